"""Resolve an article's relative time phrases ("on Monday", "in July", "2 months ago")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from factsheet.numbers import parse_number

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
]  # fmt: skip
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


# Words that put what a sentence tells ahead of the article's date.
_FUTURE = re.compile(
    r"\b(?:will|would|forecasts?|forecast to|expected|scheduled|set to|plans? to|is to|are to|"
    r"next|upcoming|later this)\b",
    re.IGNORECASE,
)


def resolve(phrase: str | None, article_date: date | None, context: str = "") -> str | None:
    """The ISO date (or YYYY-MM month) a time phrase means, given the article's date and what
    the phrase is said of (``context``: "forecast to reach ... late on Monday" is ahead)."""
    if not phrase:
        return None
    text = phrase.lower()
    if article_date is None:  # only what the phrase itself dates: 'July 4, 2021', 'December 2019'
        month = _month_phrase(text)
        with_year = month if month is not None and month[2] is not None else None
        return _explicit(text, date.min, False) or (
            _in_month(with_year, date.min, text, False) if with_year is not None else None
        )
    ahead = bool(_FUTURE.search(context))
    # (a date the phrase gives, 'Saturday, August 17', before the weekday beside it)
    for resolver in (_explicit, _dated, _weekday, _relative_day, _ago, _month):
        found = resolver(text, article_date, ahead)
        if found:
            return found
    return None


def _explicit(text: str, _: date, ahead: bool) -> str | None:
    match = re.search(r"\b(\d{4}-\d{2}-\d{2})\b", text)
    return match.group(1) if match else None


def _weekday(text: str, today: date, ahead: bool) -> str | None:
    """A bare weekday in a news report means the latest one on or before the article date
    (its own day: "on Sunday" in Sunday's paper); "last Sunday" a week back at least; "next"
    the first one after it; in a sentence that looks ahead, that day or one of the three
    after it (a weekday further ahead is left unresolved)."""
    for index, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", text):
            if re.search(r"\bnext\b", text):
                return (today + timedelta(days=(index - today.weekday()) % 7 or 7)).isoformat()
            if ahead:  # a forecast: this day or one of the next three,
                days = (index - today.weekday()) % 7  # else too unsure to name a date
                return (today + timedelta(days=days)).isoformat() if days <= 3 else None
            back = (today.weekday() - index) % 7
            if back == 0 and re.search(r"\blast\b", text):
                back = 7
            return (today - timedelta(days=back)).isoformat()
    return None


def _relative_day(text: str, today: date, ahead: bool) -> str | None:
    if re.search(r"\b(today|this morning|this afternoon|this evening|tonight)\b", text):
        return today.isoformat()
    if re.search(r"\b(yesterday|last night)\b", text):
        return (today - timedelta(days=1)).isoformat()
    if re.search(r"\btomorrow\b", text):
        return (today + timedelta(days=1)).isoformat()
    return None


def _ago(text: str, today: date, ahead: bool) -> str | None:
    match = re.search(r"\b(\w+(?:[- ]\w+)?)\s+(day|week|month|year)s?\s+ago\b", text)
    if not match:
        return None
    count = parse_number(match.group(1)) if match.group(1) not in ("a", "one") else 1
    if count is None:
        return None
    then = today - timedelta(days=count * _UNIT_DAYS[match.group(2)])
    return then.isoformat()[:7] if match.group(2) in ("month", "year") else then.isoformat()


def _dated(text: str, today: date, ahead: bool) -> str | None:
    """A month with its day or its year ('August 17', '17 August', 'Aug. 17, 2019', 'December
    2019'): that day, or that month."""
    found = _month_phrase(text)
    if found is None or found[1] is None and found[2] is None:
        return None
    return _in_month(found, today, text, ahead)


def _month(text: str, today: date, ahead: bool) -> str | None:
    """'in July' means the latest July not after the article date (the first not before it,
    when ahead); with a day, that day; with a year, that year's."""
    found = _month_phrase(text)
    return _in_month(found, today, text, ahead) if found is not None else None


def _in_month(found: tuple[int, int | None, int | None], today: date, text: str, ahead: bool) -> str | None:
    """The day or the month of a month phrase's (month, day, year)."""
    index, day, year = found
    if year is None:
        if ahead or re.search(r"\bnext\b", text):  # the first such month from now on
            year = today.year if index >= today.month else today.year + 1
        else:
            year = today.year if index <= today.month else today.year - 1
    if day is None:
        return f"{year}-{index:02d}"
    try:
        return date(year, index, day).isoformat()
    except ValueError:
        return None


# A month's name or its abbreviation ('Sept.', 'Nov'), whole words only (the phrases are the
# article's times, so 'May' is the month).
_MONTH_NAMES = {name: n for n, name in enumerate(MONTHS, start=1)} | {
    name[:3]: n for n, name in enumerate(MONTHS, start=1) if name != "may"
} | {"sept": 9}  # fmt: skip


_MONTH_PHRASE = re.compile(
    r"(?:\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?\b("
    + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
    + r")\b\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\d))?(?:,?\s+(\d{4})\b)?"
)


def _month_phrase(text: str) -> tuple[int, int | None, int | None] | None:
    """(month, day, year) of the first month named: 'August 17', '17 August', 'Aug. 17, 2019',
    'December 2019' (its year, no day: not the 20 of 2019)."""
    match = _MONTH_PHRASE.search(text)
    if match is None:
        return None
    day, year = match.group(1) or match.group(3), match.group(4)
    return _MONTH_NAMES[match.group(2)], int(day) if day else None, int(year) if year else None
