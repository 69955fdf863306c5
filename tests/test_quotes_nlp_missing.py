"""provenance[nlp] not installed: a typed error naming the install command, and the
CLI's usage exit code. Runs with or without spaCy (its import is made to fail)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from provenance import Archive, capture
from provenance.cli import main
from provenance.errors import NlpUnavailable, ProvenanceError
from provenance.parse import parse_document
from provenance.quotes import nlp
from tests.conftest import SEED_URL


@pytest.fixture
def no_spacy(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    nlp.load_model.cache_clear()
    monkeypatch.setitem(sys.modules, "spacy", None)  # "import spacy" raises ImportError
    yield
    nlp.load_model.cache_clear()


@pytest.mark.usefixtures("no_spacy")
def test_missing_extra_raises_one_typed_error() -> None:
    with pytest.raises(NlpUnavailable) as err:
        nlp.extractor()
    assert isinstance(err.value, ProvenanceError) and isinstance(err.value, ImportError)
    assert "pip install 'provenance-cite[nlp]'" in str(err.value)
    assert "\n" not in str(err.value)
    assert not nlp.available()
    english = parse_document(
        b'News.\n\n"We will see," she said.\n', media_type="text/plain", charset="utf-8"
    )
    with pytest.raises(NlpUnavailable):
        nlp.extract_quotes_nlp(english)


@pytest.mark.usefixtures("no_spacy")
def test_index_with_nlp_exits_2_without_the_extra(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a", durable=False)
    capture(SEED_URL, archive, offline=True)
    result = CliRunner().invoke(main, ["index", "--archive", str(archive.path), "--nlp"])
    assert result.exit_code == 2
    assert "provenance-cite[nlp]" in result.stderr
    assert result.stderr.count("\n") == 1
