"""German frames of quoted fragments and colon quotes: the cue verb's subject by
clause (subordinate clause, apposition, inverted order), ``laut X`` / ``X zufolge``
around a fragment, Konjunktiv I quotes that go on with the reported speech, and
quoted names and terms that are no speech. Short passages of our own."""

from __future__ import annotations

import pytest

from tests.quote_helpers import GERMAN_LEAD, german_quote_with, mention, quotes

LEAD = GERMAN_LEAD
quote_with = german_quote_with


@pytest.mark.parametrize(
    ("passage", "inner", "speaker"),
    [
        # the cue ends a subordinate clause: its subject follows the subordinator
        ("Der Verband legte nach, indem er den Vorstand zum Handeln aufforderte: "
         "\u201eSo kann es nicht weitergehen.\u201c", "So kann es", "er"),
        # an apposition between the subject and the cue
        ("Die Leiterin des Amtes in Kiel, Petra Lund, kritisierte die Entscheidung scharf: "
         "\u201eDas Amt muss sich fragen lassen, warum.\u201c", "Das Amt muss", "Die Leiterin des Amtes"),
        # a subordinate clause first: the subject follows the cue
        ("Nachdem er nach den Kosten gefragt wurde, entgegnete Jan Holm knapp: "
         "\u201eDas sagen wir sp\u00e4ter.\u201c", "Das sagen wir", "Jan Holm"),
        # an opening phrase, the cue, then the subject, then an object
        ("In seiner Rede begr\u00fcndete der neue Pr\u00e4sident seine Haltung so: "
         "\u201eWir brauchen eigene Energie.\u201c", "Wir brauchen", "der neue Pr\u00e4sident"),
    ],
)  # fmt: skip
def test_colon_quote_takes_the_cue_subject(passage: str, inner: str, speaker: str) -> None:
    assert quote_with(passage, inner) == ("direct", speaker)


@pytest.mark.parametrize(
    ("passage", "inner", "speaker"),
    [
        ("Das Buch ist laut einem Mitglied der Jury eine \u201ekluge und komische Geschichte "
         "\u00fcber das Leben am Stadtrand\u201c.", "kluge und komische", "einem Mitglied der Jury"),
        ("Die Stelle dient nach Angaben des Ministeriums der \u201ebesseren Abstimmung von "
         "Schutz und Abwehr im Netz\u201c.", "besseren Abstimmung", "des Ministeriums"),
        ("Dem Gutachten zufolge ist der Plan \u201evoll und ganz mit dem Recht vereinbar\u201c.",
         "voll und ganz", "Dem Gutachten"),
        # the cue after a fronted clause: the subject follows it
        ("Die Pl\u00e4ne der Regierung, die Wahl zu verschieben, bezeichnete er als einen "
         "\u201eAkt der blanken Willk\u00fcr\u201c.", "Akt der blanken", "er"),
        # opening phrase, cue, subject, object, particle
        ("In einem Gespr\u00e4ch mit dem Minister wies der Gesch\u00e4ftsf\u00fchrer alle Vorw\u00fcrfe als "
         "\u201ev\u00f6llig haltlos und frei erfunden\u201c zur\u00fcck.", "haltlos", "der Gesch\u00e4ftsf\u00fchrer"),
        # "so X" after the fragment, in the same sentence
        ("Die \u201eunter Druck stehenden Soldaten\u201c h\u00e4tten Fehler gemacht, so Holm.",
         "unter Druck", "Holm"),
        # a name with a particle opens the sentence
        ("Von der Heide betonte, unter den Helfern seien \u201eviele Frauen mit Erfahrung im "
         "Umgang mit Kindern\u201c.", "viele Frauen", "Von der Heide"),
        # "Mit den Worten „…“": the subject of the verb after the quote
        ("Mit den Worten \u201eJetzt reden alle \u00fcber die gro\u00dfen Fragen\u201c wandte er sich "
         "an die Runde.", "Jetzt reden", "er"),
        # a noun after a number and a hyphen
        ("Der 58-J\u00e4hrige habe geschrieben, er m\u00fcsse seine Kinder \u201eaus diesem "
         "schlechten Leben\u201c holen.", "schlechten Leben", "Der 58-J\u00e4hrige"),
    ],
)  # fmt: skip
def test_fragment_speaker(passage: str, inner: str, speaker: str) -> None:
    assert quote_with(passage, inner) == ("mixed", speaker)


def test_passive_cue_names_no_speaker() -> None:
    # the thing called "..." is no speaker of it
    passage = (
        "In der Presse war der Auftrag schon als \u201eGesch\u00e4ft des ganzen Jahrhunderts\u201c "
        "bezeichnet worden."
    )
    _, speaker = quote_with(passage, "Gesch\u00e4ft des")
    assert speaker is None


def test_konjunktiv_quote_goes_on_with_the_speaker_before() -> None:
    text = (
        "Von der Heide betonte, unter den Helfern seien \u201eviele Frauen mit Erfahrung\u201c. "
        "Sie seien \u201egut geeignet, als Erzieher zu arbeiten\u201c. Die \u00c4mter w\u00fcrden \u201erasch "
        "helfen\u201c."
    )
    found = [q for q in quotes(LEAD + text) if q.kind == "mixed"]
    assert [mention(q) for q in found] == ["Von der Heide"] * 3
    assert found[2].resolution.endswith("carried from the previous quote")


def test_quote_in_the_indicative_is_not_carried() -> None:
    # no Konjunktiv, no frame: a term, not more of Heide's words
    text = (
        "Von der Heide betonte, unter den Helfern seien \u201eviele Frauen mit Erfahrung\u201c. "
        "Die Stadt plant ein \u201eneues Haus f\u00fcr alle Kinder im Viertel\u201c."
    )
    _, speaker = quote_with(text, "neues Haus")
    assert speaker is None


@pytest.mark.parametrize(
    ("passage", "inner"),
    [
        # a source named in quotation marks after "laut"
        ("Soldaten h\u00e4tten laut \u201eReuters\u201c Warnsch\u00fcsse abgegeben.", "Reuters"),
        # a name after its noun
        ("Der Fernsehsender \u201eKanal Neun\u201c berichtete, das Kabinett habe zugestimmt.",
         "Kanal Neun"),
        # a short term after a definite article, even in a sentence with a cue
        ("Er kritisierte die F\u00f6rderung der \u201eSammelstelle\u201c scharf.", "Sammelstelle"),
        # a title after an article, no one said to say it
        ("Im Finale des \u201eGro\u00dfen Preises von Europa f\u00fcr junge Musik\u201c gewann Kiel.",
         "Preises von Europa"),
        # "von „…“" with no speaker: a name, not speech
        ("Die Bank h\u00e4lt am Plan von \u201eper saldo tausend wegfallenden Stellen\u201c fest.",
         "wegfallenden Stellen"),
    ],
)  # fmt: skip
def test_quoted_names_are_no_speech(passage: str, inner: str) -> None:
    assert quote_with(passage, inner) == ("scare", None)


def test_speaking_of_a_quoted_phrase_is_speech() -> None:
    # "sprachen von „…“": a speaker, not a name
    kind, speaker = quote_with(
        "Die Analysten sprachen in diesem Zusammenhang von \u201ePanikverk\u00e4ufen\u201c.",
        "Panikverk",
    )
    assert (kind, speaker) == ("mixed", "Die Analysten")


def test_intention_with_a_quoted_fragment() -> None:
    # an intention attributed: the party "wants" what the quote says
    kind, speaker = quote_with(
        "Die Partei will hohe Einkommen (\u201eab einem Jahreseinkommen von einer Million "
        "Euro\u201c) st\u00e4rker belasten.",
        "Jahreseinkommen",
    )
    assert (kind, speaker) == ("mixed", "Die Partei")
