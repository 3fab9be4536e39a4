"""Load the jinja prompt files from prompts/ by name."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import jinja2

PROMPT_NAMES = ("system", "extract", "reask")


def prompts_dir() -> Path:
    """prompts/ inside an installed wheel, else at the top of a source checkout."""
    packaged = Path(__file__).parent / "prompts"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "prompts"


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(prompts_dir()),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=False,
        autoescape=False,
    )


def render(name: str, **values: object) -> str:
    """Render prompts/<name>.jinja with the given values (a missing value is an error)."""
    return _environment().get_template(f"{name}.jinja").render(**values).strip()


@cache
def prompt_version() -> str:
    """A short hash of every prompt file: it changes whenever a prompt changes."""
    digest = hashlib.sha256()
    for name in PROMPT_NAMES:
        digest.update((prompts_dir() / f"{name}.jinja").read_bytes())
    return digest.hexdigest()[:12]
