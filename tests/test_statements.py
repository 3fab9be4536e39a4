"""Claims under reporting verbs and narrated events, read from the parse."""

from __future__ import annotations

import pytest

from factsheet.statements import find_claims, find_events
from factsheet.text import parse


def claims(article: str) -> list[tuple[str, str]]:
    return [(c.source, c.said.text) for c in find_claims(parse(article))]


def test_claims_are_reported_clauses_not_quotes_or_passives() -> None:
    article = (
        "Moscow had declared that its troops were in full control of the region. "
        "However, Luhansk’s governor, Serhiy Haidai, on Monday declared on Telegram that "
        "Ukraine’s forces were in “complete control” of Bilohorivka. The attacker is reported to "
        "have jumped on stage. Tusk said “We are with you all, every one of you.”"
    )
    assert claims(article) == [
        ("Moscow", "its troops were in full control of the region"),
        ("Serhiy Haidai", "Ukraine’s forces were in “complete control” of Bilohorivka"),
    ]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Johnson has repeatedly stated that Britain must leave by that date with or without a deal.",
         "Johnson"),
        ("Alison Kock of the University of Cape Town has reported a correlation with the entry of orcas.",
         "Alison Kock"),
        ("According to the fire service, the blaze started in a kitchen on the ground floor.",
         "the fire service"),
        ("He said that the police suspect the attackers had been radicalised online.", None),
        ("A search of the van found an alleged murder weapon, which was not identified.", None),
    ],
)  # fmt: skip
def test_a_claim_s_source_is_who_said_or_reported_it(sentence: str, source: str | None) -> None:
    found = claims(sentence)
    assert (found[0][0] if found else None) == source


def test_events_are_sentences_that_tell_what_happened_with_their_place_and_time() -> None:
    """A quote is no event; a report is one (the model picks the key events among them)."""
    article = (
        "A fire destroyed a hotel in Cardiff on Monday night. Police said the cause was unknown. "
        '"It was terrible," a neighbour said. The owners had closed it in 2015.'
    )
    found = [(e.what, e.where, e.when) for e in find_events(parse(article))]
    assert found == [
        ("A fire destroyed a hotel in Cardiff on Monday night", "Cardiff", "Monday night"),
        ("Police said the cause was unknown", None, None),
        ("The owners had closed it in 2015", None, "2015"),
    ]
