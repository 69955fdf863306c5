""" "er" and "sie" in German text: "er" stands for masculine nouns too and "sie" for a
woman, feminine nouns and "they", so a pronoun names someone only when one person of
that gender is named in its sentence or the one before; the pronoun is never given as
a name of its own ("Er"). A name set off after a description ("die Vorsitzende des
Vereins, Anna Weber") is the speaker, and so is a person named after capitalised roles
("Der Vorsitzende Richter Klaus Brandt"); a separated particle ("fügte hinzu, ...") is no
part of what was said. Short passages of our own."""

from __future__ import annotations

from provenance.quotes import Quote
from provenance.quotes.evidence import chain_problem
from tests.quote_helpers import GERMAN_LEAD, chain_ok, names_no_one, quotes


def _one(text: str, inner: str) -> Quote:
    found = [q for q in quotes(GERMAN_LEAD + text) if inner in q.text]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes(GERMAN_LEAD + text)]
    return found[0]


def test_sie_after_one_woman_named() -> None:
    q = _one(
        "Anna Weber leitet den Verein seit zehn Jahren. Sie kündigte an, „alle rechtlichen "
        "Mittel“ auszuschöpfen.\n",
        "rechtlichen",
    )
    assert q.speaker_name == "Anna Weber"
    assert q.resolution == "pronoun"
    chain_ok(q)


def test_sie_after_two_women_names_no_one() -> None:
    q = _one(
        "Anna Weber traf Maria Braun im Rathaus. Sie kündigte an, „alle rechtlichen Mittel“ "
        "auszuschöpfen.\n",
        "rechtlichen",
    )
    assert names_no_one(q)
    assert q.speaker_name != "Sie"


def test_er_after_a_masculine_noun_names_no_one() -> None:
    q = _one(
        "Der Bericht des Vereins sorgte für Aufsehen. Er nennt die Lage „äußerst ernst“.\n",
        "äußerst ernst",
    )
    assert names_no_one(q)
    assert q.speaker_name != "Er"


def test_a_name_set_off_after_a_description() -> None:
    q = _one("„Das ist ein schwarzer Tag“, sagte die Vorsitzende des Vereins, Anna Weber.\n", "Tag")
    assert q.speaker_name == "Anna Weber"


def test_a_separated_particle_is_the_frame_s() -> None:
    q = _one(
        "Olaf Brandt sprach am Montag. Er fügte hinzu, die Lage sei „ernst, aber beherrschbar“.\n",
        "beherrschbar",
    )
    assert q.kind == "mixed"
    assert q.text.startswith("die Lage sei")


def test_roles_before_a_person_s_name() -> None:
    q = _one(
        "Der Vorsitzende Richter Klaus Brandt sagte, das Urteil sei „endgültig“.\n", "endgültig"
    )
    assert q.speaker_name == "Klaus Brandt"
    assert q.resolution == "name in the description"
    chain_ok(q)


def test_the_chain_check_takes_a_name_after_roles() -> None:
    mention = ("Der Virologe Christian Brandt", 10, 39)
    inner = (("Christian Brandt", 23, 39),)
    assert chain_problem(mention, inner, "Christian Brandt") is None
    assert chain_problem(mention, (("Brandt", 33, 39),), "Brandt") is not None
