"""Stage 4: render a checked Sheet as Markdown (jinja2) or JSON."""

from __future__ import annotations

import json
import re
from functools import cache

import jinja2

from factsheet.models import Figure, Sheet

# Characters that Markdown (and the HTML it allows) would read as syntax.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>|!~&])")


def markdown_text(value: object) -> str:
    """Article or model text made inert: one line, every Markdown/HTML character escaped."""
    text = re.sub(r"\s+", " ", str(value)).strip()
    return _MARKDOWN.sub(r"\\\1", text)


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


@cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("factsheet", "templates"),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["md"] = markdown_text
    environment.filters["number"] = number
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
