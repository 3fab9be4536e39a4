"""No API key or bearer token in cassettes, sheets or messages."""

from __future__ import annotations

import re

from tests.conftest import ROOT, TEST_KEY


def test_cassettes_hold_no_keys() -> None:
    cassettes = list((ROOT / "cassettes").rglob("*.yaml"))
    assert cassettes, "no cassettes recorded"
    for path in cassettes:
        text = path.read_text(encoding="utf-8")
        assert TEST_KEY not in text, path
        assert not re.search(r"sk-[A-Za-z0-9_-]{16,}|Bearer [A-Za-z0-9_.-]{12,}", text), path
        # as a header (a YAML key), not the word in an article ("without authorization")
        assert not re.search(r"^\s*(?:authorization|api-key|set-cookie):", text, re.I | re.M), path
