"""A content-addressed cache of finished sheets: the same article, model, server, prompts,
schema, code and options give the same key, and a second run makes no model call."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from factsheet import prompts
from factsheet.errors import OutputError
from factsheet.local import cache_dir
from factsheet.models import SCHEMA_VERSION, Sheet
from factsheet.output import write_atomic


def sheets_dir() -> Path:
    return cache_dir() / "sheets"


@cache
def code_version() -> str:
    """A hash of factsheet's own source and templates: a code change is a new key."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted([*package.glob("*.py"), *package.glob("templates/*")]):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def key(article_sha256: str, model: str, server: str, **options: object) -> str:
    """The cache key of one sheet."""
    parts = {
        "article": article_sha256, "model": model, "server": server,
        "prompts": prompts.prompt_version(), "schema": SCHEMA_VERSION, "code": code_version(),
        "options": options,
    }  # fmt: skip
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def load(cache_key: str) -> Sheet | None:
    """The cached sheet, or None (a damaged entry counts as a miss)."""
    path = sheets_dir() / f"{cache_key}.json"
    try:
        sheet = Sheet.model_validate_json(path.read_bytes())
    except (OSError, ValidationError):
        return None
    return as_cached(sheet)


def as_cached(sheet: Sheet) -> Sheet:
    """The sheet marked as served without asking the model (its footer says so)."""
    return sheet.model_copy(update={"footer": sheet.footer.model_copy(update={"cached": True})})


def store(cache_key: str, sheet: Sheet) -> None:
    """Keep a sheet (atomically; a cache that cannot be written is skipped silently)."""
    folder = sheets_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(sheet.model_dump_json(), folder / f"{cache_key}.json")
    except (OSError, OutputError):
        pass


def through(cache_key: str, use: bool, make: Callable[[], Sheet]) -> Sheet:
    """The cached sheet for this key if ``use``, else ``make()`` it (and keep it)."""
    sheet = load(cache_key) if use else None
    if sheet is None:
        sheet = make()
        store(cache_key, sheet)
    return sheet


def clear() -> int:
    """Delete every cached sheet; return how many there were."""
    folder = sheets_dir()
    sheets = list(folder.glob("*.json")) if folder.is_dir() else []
    failed: list[str] = []
    for sheet in sheets:
        try:
            sheet.unlink()
        except OSError as error:
            failed.append(error.strerror or "error")
    if failed:
        raise OutputError(f"{len(failed)} of {len(sheets)} cached sheets in {folder} could not be "
                          f"deleted ({failed[0]}); check the folder's permissions.")  # fmt: skip
    shutil.rmtree(folder, ignore_errors=True)
    return len(sheets)
