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
