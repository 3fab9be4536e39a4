"""Stage 1: read an article (text file, HTML file or stdin) into an ``Article``."""

from __future__ import annotations

import hashlib
import os
import re
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from factsheet.errors import InputError

MAX_BYTES = 2_000_000  # about 300,000 words: far beyond any news article
PART_CHARS = 10_000  # about 2,500 tokens: longer articles are extracted in parts
MIN_HALF = 200  # a part cut in two (it did not fit the model's context) keeps this much each side
FETCH_TIMEOUT = 30.0
STDIN_SECONDS = 120.0  # the most a read of standard input may take ($FACTSHEET_STDIN_TIMEOUT)
MIN_WORDS = 15

DATE_PREFIX = re.compile(r"\A\s*date[:\s]+(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
_LONG_DATE = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?"
    r"((?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2},\s+\d{4})\b"
)


@dataclass(frozen=True)
class Article:
    """An article's text as read (offsets in the sheet point into ``text``)."""

    text: str
    name: str
    title: str | None
    date: date | None
    offset: int = 0  # a part of a longer article: where the part starts in it

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def read_article(source: str) -> Article:
    """Read a .txt or .html file, or '-' for stdin, and find its title and date."""
    if source == "-":
        raw = _read_stdin()
        name = "stdin"
    elif source.startswith(("http://", "https://")):
        raw, name = _fetch(source), source.rstrip("/").rsplit("/", 1)[-1] or source
    else:
        raw = _read_file(Path(source))
        name = Path(source).name
    _check_size(raw, source)
    text = decode(raw, source)
    if source.lower().endswith((".html", ".htm")) or source.startswith("http") or \
            _looks_like_html(text):  # fmt: skip
        text = html_to_text(text, source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text.split()) < MIN_WORDS:
        raise InputError(
            f"{source} holds too little text to make a fact sheet from "
            f"({len(text.split())} words; at least {MIN_WORDS} are needed)."
        )
    return Article(text=text, name=name, title=find_title(text), date=find_date(text))


def _fetch(url: str) -> bytes:
    """Fetch a page (when the user has network); then it takes the HTML path."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "factsheet/0.1"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as reply:
            return bytes(reply.read(MAX_BYTES + 1))
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise InputError(f"{url} could not be fetched ({reason}).") from None


def split(article: Article, limit: int = PART_CHARS) -> list[tuple[int, Article]]:
    """An article too long for one request, cut on paragraph boundaries (in a paragraph longer
    than half a part, at a sentence's end, else at a space): (offset, part) pairs."""
    if len(article.text) <= limit:
        return [(0, article)]
    parts: list[tuple[int, Article]] = []
    start = 0
    while start < len(article.text):
        end = min(len(article.text), start + limit)
        if end < len(article.text):
            cuts = _cuts(article.text, start + limit // 2, end)
            end = cuts[-1] if cuts else end
        parts.append((start, _part(article, start, end)))
        start = end
    return parts


# Where a text may be cut, best first: after a line break, a sentence's end, a word.
CUTS = tuple(re.compile(pattern) for pattern in (r"\n", r"[.!?][\"”’)]?\s", r"\s"))


def _cuts(text: str, low: int, high: int) -> list[int]:
    """The offsets in [low, high] where text may be cut, of the best kind it has there: after
    line breaks, else after sentences' ends, else after words (never inside a word: 'kil' and
    'led' tell no one's death); none in a text of one word."""
    for pattern in CUTS:
        # (a match is at most three characters: one ending at low starts three before it)
        found = [m.end() for m in pattern.finditer(text, max(0, low - 3), high) if m.end() >= low]
        if found:
            return found
    return []


def halve(article: Article) -> list[tuple[int, Article]] | None:
    """The article in two, cut at the paragraph break nearest its middle, else at the sentence
    end or space nearest it; None for a text too short to be worth cutting."""
    text = article.text
    if len(text) < MIN_HALF * 2:
        return None
    middle = len(text) // 2
    cuts = _cuts(text, MIN_HALF, len(text) - MIN_HALF)
    if not cuts:
        return None
    cut = min(cuts, key=lambda at: abs(at - middle))
    return [(0, _part(article, 0, cut)), (cut, _part(article, cut, len(text)))]


def _part(article: Article, start: int, end: int) -> Article:
    title = article.title if start == 0 else None  # a title line only opens the first part
    return Article(article.text[start:end], article.name, title, article.date, article.offset + start)


def _read_stdin() -> bytes:
    """Standard input, bounded in size and in time (a pipe that never closes ends the read)."""
    if sys.stdin.isatty():
        raise InputError(
            "Standard input is a terminal; pipe an article in (cat article.txt | factsheet make -)."
        )
    import select

    try:
        fd = sys.stdin.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (a test runner's stand-in)
        return bytes(sys.stdin.buffer.read(MAX_BYTES + 1))
    seconds = float(os.environ.get("FACTSHEET_STDIN_TIMEOUT") or STDIN_SECONDS)
    chunks, size = [], 0
    deadline = time.monotonic() + seconds
    while size <= MAX_BYTES:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise InputError(f"Standard input sent no end of file within {seconds:.0f} s; close the pipe.")
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _read_file(path: Path) -> bytes:
    if path.is_dir():
        raise InputError(f"{path} is a directory; give the path of an article file.")
    if path.exists() and not path.is_file():  # checked before opening: a FIFO blocks the open
        raise InputError(
            f"{path} is not a regular file (a pipe, socket or device); save the article to a "
            "file, or pipe it in with '-'."
        )
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"{path} does not exist; check the path.") from None
    except NotADirectoryError:
        raise InputError(f"{path} does not exist: a part of that path is a file, not a folder.") from None
    except OSError as error:
        raise InputError(f"{path} cannot be read ({error.strerror}).") from None


def _check_size(raw: bytes, source: str) -> None:
    if len(raw) > MAX_BYTES:
        raise InputError(
            f"{source} is larger than the {MAX_BYTES // 1_000_000} MB limit; give one article at a time."
        )
    if not raw.strip():
        raise InputError(f"{source} is empty; give a file that holds an article's text.")


def decode(raw: bytes, source: str) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 text."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" in raw and _mostly_text(raw):
        raise InputError(
            f"{source} holds NUL bytes inside its text; remove them (for example with "
            "tr -d '\\000') and try again."
        )
    elif b"\x00" not in raw:
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            text = ""
        if text and _mostly_printable(text):
            return text
    raise InputError(
        f"{source} is not text in a known encoding (UTF-8, UTF-16 with BOM, Latin-1); "
        "convert it to UTF-8 first."
    )


def _mostly_text(raw: bytes) -> bool:
    """A text file with a few stray NUL bytes, not a binary one."""
    sample = raw[:65536]
    return sample.count(b"\x00") <= max(1, len(sample) // 1000) and not sample.startswith(b"\x00")


def _mostly_printable(text: str) -> bool:
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text)
    return printable >= 0.98 * len(text)


def _looks_like_html(text: str) -> bool:
    head = text[:500].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


def html_to_text(html: str, source: str) -> str:
    """Extract an HTML page's main text with trafilatura."""
    import trafilatura  # heavy: imported only for HTML input

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or not text.strip():
        raise InputError(f"{source} is an HTML page with no article text that could be found.")
    title = trafilatura.extract_metadata(html)
    heading = title.title if title is not None and title.title else None
    if heading and text.startswith(heading):
        text = text[len(heading) :].lstrip("\n")
    return f"{heading}\n\n{text}" if heading else text


def find_title(text: str) -> str | None:
    """The first line, if it stands alone and reads like a headline."""
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip()
    if not rest.startswith("\n") or not first or len(first) > 160:
        return None
    if first.endswith((".", ",", ";", ":")) or DATE_PREFIX.match(first):
        return None
    return first


def headline(article: Article) -> str:
    """The article's own title, else the opening words of its first sentence."""
    if article.title:
        return article.title
    body = DATE_PREFIX.sub("", article.text, count=1).strip()
    sentence = re.split(r"(?<=[.!?])\s", body, maxsplit=1)[0]
    words = sentence.split()
    clause = " ".join(words[:14])
    cut = clause.rfind(",", 40)
    clause = clause[:cut] if cut > 0 else clause
    return clause.rstrip(" ,;:.") + ("…" if len(words) > 14 or cut > 0 else "")


def lead(article: Article, sentences: int = 2) -> str:
    """The article's opening sentences (after any title and dateline)."""
    body = DATE_PREFIX.sub("", article.text, count=1).strip()
    if article.title:
        body = body[len(article.title) :].strip()
    paragraphs = [p for p in body.split("\n") if len(p.split()) > 8 and p.rstrip()[-1:] in '.!?"”’']
    text = " ".join(paragraphs)
    return " ".join(re.split(r"(?<=[.!?])\s+", text)[:sentences]).strip()


def find_date(text: str) -> date | None:
    """The article's date: a leading 'date YYYY-MM-DD', else a dateline near the top."""
    match = DATE_PREFIX.match(text)
    if match:
        try:
            return date.fromisoformat(match.group(1))
        except ValueError:
            return None
    match = _LONG_DATE.search(text[:400])
    if match:
        try:
            return datetime.strptime(match.group(1).replace("  ", " "), "%B %d, %Y").date()
        except ValueError:
            return None
    return None
