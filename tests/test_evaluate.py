"""The scorer of `factsheet eval`: what counts as the same source."""

from __future__ import annotations

import pytest

from factsheet.evaluate import _same_reporter


@pytest.mark.parametrize(
    ("shown", "gold", "same"),
    [
        ("Abdullah al-Jahafi", "The city's security chief, Abdullah al-Jahafi", True),
        ("police", "Police (told reporters)", True),
        ("Anna Roe", "Tom Berger", False),
        (None, None, True),
        ("police", None, False),
    ],
)
def test_the_same_source_is_the_same_whatever_its_hyphens(
    shown: str | None, gold: str | None, same: bool
) -> None:
    """A surname with a particle ('al-Jahafi') is keyed by its last part ('jahafi'), so the
    gold's words are taken whole and in their parts (the source shown was right, scored wrong)."""
    assert _same_reporter(shown, gold) is same
