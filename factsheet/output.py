"""Writing sheets: atomically, so an interrupted run never leaves half a sheet."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from factsheet.errors import OutputError


def write_atomic(page: str, output: Path) -> None:
    """Write to a temp file beside ``output``, then rename it into place."""
    temp = output.with_name(f".{output.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        temp.write_text(page, encoding="utf-8")
        os.replace(temp, output)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise OutputError(f"{output} could not be written ({error.strerror}).") from None
