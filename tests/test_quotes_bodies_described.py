"""Descriptions of bodies: "the company" prefers a body the text called a company (or
a giant); a description used again ("The firm was sold to X. ... The firm said") is not
the body named after it; a letter a source reported on is not that source's; a woman
may be a "spokesman"; "37% of voters, Reyes" gives Reyes no role. Short passages of
our own."""

from __future__ import annotations

from tests.quote_helpers import names_no_one, quote_of

LEAD = "Harbour Vote\n\n"


def test_the_company_is_the_body_called_a_company() -> None:
    text = LEAD + (
        "The Harbour Index was held back partly by a drop in the oil giant Acme "
        'Petroleum. The company reported its smallest profit in years, "well below what '
        'anyone expected."\n'
    )
    assert quote_of(text, "well below").speaker_name == "Acme Petroleum"


def test_the_same_description_again_is_not_the_buyer() -> None:
    text = LEAD + (
        "Jo Lee co-founded a lobbying firm in 1980. The firm was sold to the marketing "
        "giant Brandwell Partners in 1991.\n\n"
        'The firm said it "never took money from the board at any time."\n'
    )
    assert names_no_one(quote_of(text, "it "))


def test_a_letter_reported_on_is_not_the_reporter_s() -> None:
    text = LEAD + (
        "The Herald reports that the letter, postmarked from Ohio, was sent to the mayor.\n\n"
        'The letter warned that if Reyes did not withdraw, "harm would come to his kids."\n'
    )
    q = quote_of(text, "harm would come")
    assert q.speaker_name != "Herald"
    assert names_no_one(q)
    text = LEAD + (
        "Acme denied the claim in a statement on Monday.\n\n"
        '"We have done nothing wrong," the statement read.\n'
    )
    assert quote_of(text, "We have done nothing wrong").speaker_name == "Acme"


def test_a_spokesman_may_be_she() -> None:
    text = LEAD + (
        "Harbour spokesman Hope Varga confirmed that the group was set up on its own.\n\n"
        '"They are not part of the campaign," she said.\n'
    )
    assert quote_of(text, "They are not part").speaker_name == "Hope Varga"


def test_a_share_of_voters_is_no_role() -> None:
    text = LEAD + (
        "In the poll Tom Reyes was chosen by 37% of likely voters, Jo Hale by 30% and Ada "
        "Kerr by 16%.\n\n"
        "The more politics gets polarized, the more voters fear the candidate at the pole "
        "furthest from them.\n"
    )
    assert names_no_one(quote_of(text, "the candidate at the pole"))
