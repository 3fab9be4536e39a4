"""Relative times resolved against the article date (2022-09-20 was a Tuesday)."""

from datetime import date

import pytest

from factsheet.dates import resolve

ARTICLE_DATE = date(2022, 9, 20)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("on Monday", "2022-09-19"),
        ("on Tuesday", "2022-09-20"),  # the article's own day
        ("last Tuesday", "2022-09-13"),
        ("next Monday", "2022-09-26"),
        ("in July", "2022-07"),
        ("back in the month of July", "2022-07"),
        ("in October", "2021-10"),
        ("2 months ago", "2022-07"),
        ("three days ago", "2022-09-17"),
        ("yesterday", "2022-09-19"),
        ("today", "2022-09-20"),
        ("July 4, 2021", "2021-07-04"),
        ("the frontline", None),
    ],
)
def test_resolve(phrase: str, expected: str | None) -> None:
    assert resolve(phrase, ARTICLE_DATE) == expected


def test_no_article_date_no_resolution() -> None:
    assert resolve("on Monday", None) is None
    assert resolve("in July", None) is None
    # but a phrase that gives its year dates itself
    assert resolve("in July 2019", None) == "2019-07"
    assert resolve("Tuesday, September 10, 2019", None) == "2019-09-10"


@pytest.mark.parametrize(
    ("phrase", "context", "expected"),
    [
        ("late on Wednesday", "Dorian was forecast to reach the coast late on Wednesday", "2022-09-21"),
        ("on Monday", "The bridge collapsed on Monday", "2022-09-19"),
        ("in October", "Elections will be held in October", "2022-10"),
        ("in July", "The talks are scheduled for July", "2023-07"),
        ("on Tuesday", "The storm will weaken on Tuesday", "2022-09-20"),  # the article's day
        ("Monday night", "Humberto is expected to pass by Bermuda Monday night", None),  # 6 days?
    ],
)
def test_what_lies_ahead_resolves_forward(phrase: str, context: str, expected: str | None) -> None:
    assert resolve(phrase, ARTICLE_DATE, context) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a date the phrase gives beats the weekday beside it (the latest Tuesday was shown)
        ("the preceding Saturday, September 17", "2022-09-17"),
        ("Tuesday, September 10, 2019", "2019-09-10"),
        # a year is no day: 'December 2019' was read as December 20
        ("in December 2019", "2019-12"),
        # the day before the month, and the month's abbreviation
        ("15 August", "2022-08-15"),
        ("on 20 Nov 2019", "2019-11-20"),
        ("Sept. 5", "2022-09-05"),
        ("on the 3rd of March", "2022-03-03"),
        ("in May", "2022-05"),
        ("31 February", None),
    ],
)
def test_a_date_the_phrase_gives_is_the_date(phrase: str, expected: str | None) -> None:
    """Seen on the corpus: 'the preceding Saturday, August 17' was shown as the Saturday of the
    article's own week, and 'in December 2019' as 20 December."""
    assert resolve(phrase, ARTICLE_DATE) == expected
