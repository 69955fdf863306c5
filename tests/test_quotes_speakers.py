"""Who the speaker is: pronouns, descriptions, whole noun phrases, joint
speakers, and saying "unsure" rather than guessing. Short passages of our own."""

from __future__ import annotations

import pytest

from tests.quote_helpers import chain_ok, mention, names_no_one, quote_of, quotes


def test_pronoun_goes_to_the_person_just_named_not_the_previous_speaker() -> None:
    text = (
        "Prosecutors charged the builder on Monday.\n\n"
        '"This was a deliberate fraud," U.S. Attorney John Marsh said at a news conference.\n\n'
        "The builder's defence lawyer, Karen Bloom, rejected the charges.\n\n"
        '"My client has done nothing wrong," she said in an email.'
    )
    q = quote_of(text, "My client")
    assert mention(q) == "she"
    assert q.speaker_name == "Karen Bloom"
    assert q.resolution.startswith("pronoun")


def test_pronoun_agrees_in_gender() -> None:
    text = (
        "Maria Olsen, the club's chair, met the new coach, Peter Haug, on Friday.\n\n"
        '"He has a clear plan for the team," she said.'
    )
    q = quote_of(text, "He has a clear plan")
    assert q.speaker_name == "Maria Olsen"


def test_pronoun_with_two_equal_candidates_is_unresolved() -> None:
    text = (
        "Anna Berg and Maria Cruz argued over the budget for hours.\n\n"
        '"We cannot afford this at all," she said.'
    )
    q = quote_of(text, "We cannot afford")
    assert q.speaker_name is None
    assert "unresolved" in q.resolution
    assert q.confidence < 0.5


def test_age_description_resolves_to_the_named_person() -> None:
    text = (
        "Rovers sacked their manager, Tom Reddick, 56, on Sunday after a fifth straight defeat.\n\n"
        '"I gave everything to this club," the 56-year-old said.'
    )
    q = quote_of(text, "I gave everything")
    assert mention(q) == "the 56-year-old"
    assert q.speaker_name == "Tom Reddick"
    assert q.resolution.startswith("description")


def test_role_description_resolves_to_the_named_holder() -> None:
    text = (
        "Lisa Brandt, Carlineo's attorney, asked for a delay.\n\n"
        '"My client needs more time to prepare," Carlineo\'s attorney said.'
    )
    q = quote_of(text, "My client needs")
    assert q.speaker_name == "Lisa Brandt"


def test_organisation_description_resolves_to_its_name() -> None:
    text = (
        "Shares in Brightwell Industries fell sharply on Tuesday.\n\n"
        '"We expect a stronger second half," the company said in a statement.'
    )
    q = quote_of(text, "We expect")
    assert q.speaker_name == "Brightwell Industries"
    text = (
        "The Russian Foreign Ministry summoned the ambassador on Monday.\n\n"
        '"This is unacceptable," the ministry said.'
    )
    assert quote_of(text, "This is unacceptable").speaker_name == "Russian Foreign Ministry"


def test_description_with_nothing_to_point_to_says_so() -> None:
    text = 'Intro line.\n\n"The rules were followed," the ministry said.'
    q = quote_of(text, "The rules")
    assert q.speaker_name == "the ministry"
    assert "unresolved" in q.resolution
    assert q.confidence <= 0.5


@pytest.mark.parametrize(
    ("passage", "speaker"),
    [
        ('"I am so sorry for everything," Brooke tearfully said.', "Brooke"),
        ('When Patrick said "we are finished here," nobody laughed.', "Patrick"),
        ('James Van Der Beek even wrote: "Best day of my life."', "James Van Der Beek"),
        (
            "The agency went ahead despite President Donald Trump's claim that the plan "
            '"would never work."',
            "President Donald Trump",
        ),
    ],
)
def test_speaker_span_is_a_whole_noun_phrase(passage: str, speaker: str) -> None:
    found = [q for q in quotes("Intro line.\n\n" + passage) if q.kind in ("direct", "mixed")]
    assert len(found) == 1
    assert mention(found[0]) == speaker


def test_joint_speakers_stay_together() -> None:
    text = '"We are thrilled to be back," Anna Kim and Paul Ortiz said in a joint statement.'
    q = quote_of("Intro line.\n\n" + text, "We are thrilled")
    assert mention(q) == "Anna Kim and Paul Ortiz"
    assert q.speaker_name == "Anna Kim and Paul Ortiz"


def test_joint_pronoun_after_two_people() -> None:
    text = (
        "Anna Kim and Paul Ortiz founded the bakery in 2010.\n\n"
        '"We never expected this," they said.'
    )
    assert quote_of(text, "We never expected").speaker_name == "Anna Kim and Paul Ortiz"


def test_split_quote_stays_with_its_speaker() -> None:
    text = (
        'Intro line.\n\n"We start the work today," Lee said. "The rest follows next year."\n\n'
        'Gomez said: "Nothing follows at all."'
    )
    q = quote_of(text, "We start the work")
    assert [c.text for c in q.content] == [
        "We start the work today,",
        "The rest follows next year.",
    ]
    assert q.speaker_name == "Lee"
    assert quote_of(text, "Nothing follows").speaker_name == "Gomez"


def test_person_is_not_replaced_by_their_organisation() -> None:
    text = (
        "Brightwell Industries reported its results.\n\n"
        '"Sales are up," said Maria Lopez, chief executive of Brightwell Industries.\n\n'
        '"We hired two hundred people," Lopez added.'
    )
    assert quote_of(text, "Sales are up").speaker_name == "Maria Lopez"
    assert quote_of(text, "We hired").speaker_name == "Maria Lopez"


def test_every_resolution_carries_a_consistent_chain() -> None:
    """The resolved name is the words of the last antecedent; a pronoun or a description
    points to an earlier mention; a surname to a mention that contains it."""
    from provenance.quotes.evidence import chain_problem

    text = (
        "Maria Olsen, the club's chair, met the new coach, Peter Haug, on Friday. "
        "Lisa Brandt, Carlineo's attorney, asked for a delay.\n\n"
        '"He has a clear plan," she said. "We need time," Carlineo\'s attorney said.\n\n'
        '"It went well," Haug said. Anna Kim and Paul Ortiz founded the bakery. '
        '"We never expected this," they said. "No comment," the ministry said.\n\n'
        'The researchers said: "The samples are clean."\n\n'
        '"Still clean," the researchers said.'
    )
    found = [q for q in quotes(text) if q.speaker is not None]
    assert len(found) >= 5
    for q in found:
        assert q.speaker is not None
        name = q.speaker_name or ""
        mention = (q.speaker.text, q.speaker.start)
        chain = tuple((a.text, a.start) for a in q.antecedents)
        if q.speaker_name is not None:
            assert chain_problem(mention, chain, name) is None, (q.speaker.text, chain, name)


def test_a_name_after_a_description_and_its_place() -> None:
    text = (
        "Freddy enrolled at Lehigh and joined a fraternity.\n\n"
        '"It may have been his first attempt to stand up to his father," said his best '
        "friend at Lehigh, Bruce Turry, who remembered him well.\n"
    )
    q = quote_of(text, "It may have been")
    assert q.speaker_name == "Bruce Turry"
    chain_ok(q)


def test_a_relative_clause_before_the_verb_describes_the_speaker() -> None:
    text = (
        "The case went back to court.\n\n"
        "The lawyer who represents Mary Smith said she would appeal the ruling.\n\n"
        'A woman who has accused Senator Jo Roe of fraud said: "He lied to me for years."\n'
    )
    assert names_no_one(quote_of(text, "she would appeal"))
    assert mention(quote_of(text, "she would appeal")) == "The lawyer"
    assert mention(quote_of(text, "He lied to me")) == "A woman"


def test_a_description_may_point_only_to_a_later_name_titled_with_its_role() -> None:
    from provenance.quotes.evidence import chain_problem

    judge = ("a federal judge", 10)
    assert (
        chain_problem(judge, (("Magistrate Judge Ann Roe", 90),), "Magistrate Judge Ann Roe")
        is None
    )
    assert chain_problem(judge, (("Ann Roe", 90),), "Ann Roe") is not None
    assert chain_problem(judge, (("Mayor Ann Roe", 90),), "Mayor Ann Roe") is not None
    assert chain_problem(("the judge", 10), (("Judge", 90),), "Judge") is not None
