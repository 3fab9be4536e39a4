"""Secrets never leave: the API key (and any Authorization or api-key value) is masked in every
message, report and log line, as a whole token only, whatever its length."""

from __future__ import annotations

import os
import re

MASK = "***"
# A bearer token or api-key header value echoed back by a server or a proxy.
_HEADER_VALUES = re.compile(
    r"(?i)\b(authorization\s*[:=]\s*(?:bearer\s+)?|bearer\s+|api-key\s*[:=]\s*)([^\s,;\"'})\]]+)"
)


def mask(text: str, key: str | None = None) -> str:
    """``text`` with the key masked wherever it stands as a whole token (never inside another
    word: a one-letter key does not mask the letter in 'max_tokens'), and header values too."""
    key = os.environ.get("OPENAI_API_KEY") if key is None else key
    if key:
        text = re.sub(rf"(?<![\w-]){re.escape(key)}(?![\w-])", MASK, text)
    return _HEADER_VALUES.sub(lambda m: m.group(1) + MASK, text)
