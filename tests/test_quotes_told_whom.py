"""The one told is no part of what was told: 'Reyes told police he "panicked."' reports
'he "panicked."', whoever the listener is (police, the court, his wife, CNN). Short
passages of our own."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes

LEAD = "Night of the Fire\n\n"


@pytest.mark.parametrize("listener", ["police", "investigators", "the court", "his wife", "CNN"])
def test_the_listener_is_not_in_the_clause(listener: str) -> None:
    text = LEAD + f'Tom Reyes told {listener} he "panicked" when the alarm went off.\n'
    q = next(q for q in quotes(text) if "panicked" in q.text)
    assert q.kind == "mixed"
    assert q.text.startswith('he "panicked"')
    assert q.speaker_name == "Tom Reyes"
