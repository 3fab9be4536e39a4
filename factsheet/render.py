"""Stage 4: render a checked Sheet as Markdown (jinja2) or JSON."""

from __future__ import annotations

import json
import re
from functools import cache

import jinja2

from factsheet.models import Figure, Sheet

# Characters that Markdown (and the HTML it allows) would read as syntax.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>|!~&])")


# What GFM's autolinks and linkify renderers would turn into links: URLs, www. and bare
# domains, e-mail addresses, @mentions and #123 references.
_LINKABLE = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>`]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w@])@[\w-]+"
    r"|(?<![\w&#])#\d+"
    r"|(?<![\w@.-])(?:[\w-]+\.)+[a-z]{2,}(?![\w-])",
    re.IGNORECASE,
)


def markdown_text(value: object) -> str:
    """Article or model text made inert: one line, every Markdown/HTML character escaped, and
    anything a GFM or linkify renderer would make a link shown as code instead."""
    text = re.sub(r"\s+", " ", str(value)).strip()
    pieces, cursor = [], 0
    for found in _LINKABLE.finditer(text):
        if found.start() < cursor:
            continue
        link = found.group().rstrip(".,;:!?)]}'\"”’")  # a sentence's punctuation is not the link's
        pieces += [_MARKDOWN.sub(r"\\\1", text[cursor : found.start()]), _code(link)]
        cursor = found.start() + len(link)
    pieces.append(_MARKDOWN.sub(r"\\\1", text[cursor:]))
    return "".join(pieces)


def _code(text: str) -> str:
    """A code span holding text verbatim (never linked, never read as Markdown)."""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def number(figure: Figure) -> str:
    """'up to 200', 'at least 7', '20-30', 'unspecified' ..."""
    low, high = figure.low, figure.high
    words = {
        "exact": f"{low}",
        "at_least": f"at least {low}",
        "more_than": f"more than {low}",
        "up_to": f"up to {high}",
        "about": f"about {low}",
        "range": f"{low}–{high}",
        "vague": "unspecified",
    }
    return words[figure.qualifier]


def templates(autoescape: bool) -> jinja2.Environment:
    """The package's templates, strict about undefined names; HTML ones escape everything."""
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("factsheet", "templates"),
        undefined=jinja2.StrictUndefined,
        autoescape=autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["number"] = number
    return environment


@cache
def _environment() -> jinja2.Environment:
    environment = templates(autoescape=False)
    environment.filters["md"] = markdown_text
    return environment


def render_markdown(sheet: Sheet) -> str:
    """The one-page Markdown fact sheet."""
    page = _environment().get_template("sheet.md.jinja").render(sheet=sheet)
    return re.sub(r"\n{3,}", "\n\n", page).strip() + "\n"


def render_json(sheet: Sheet) -> str:
    """The sheet as JSON: the versioned contract (``factsheet schema``)."""
    return sheet.model_dump_json(indent=2) + "\n"


def json_schema() -> str:
    return json.dumps(Sheet.model_json_schema(), indent=2) + "\n"
