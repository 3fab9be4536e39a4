"""Writing sheets: atomically, so an interrupted run never leaves half a sheet."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from pathlib import Path

from factsheet.errors import OutputError


def check_target(output: Path, force: bool) -> None:
    """Fail before any model work if the sheet could not be written at ``output``."""
    if output.is_symlink() or (output.exists() and not output.is_file()):
        raise OutputError(
            f"{output} is not a regular file (a link, folder, pipe or device); "
            "--force only ever replaces a regular file: choose another path."
        )
    if output.exists() and not force:
        raise OutputError(f"{output} already exists; pass --force to overwrite it.")
    if any(p.exists() and not p.is_dir() for p in output.parents):
        raise OutputError(f"{output} cannot be written: a part of its folder path is a file.")
    if not output.parent.is_dir():
        raise OutputError(f"The folder {output.parent} does not exist; create it first.")
    if not os.access(output.parent, os.W_OK):
        raise OutputError(f"The folder {output.parent} is not writable.")


def write_atomic(page: str | bytes, output: Path) -> None:
    """Write to a temp file beside ``output``, then rename it into place."""
    temp = output.with_name(f".{output.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        if isinstance(page, bytes):
            temp.write_bytes(page)
        else:
            temp.write_text(page, encoding="utf-8")
        os.replace(temp, output)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise OutputError(f"{output} could not be written ({error.strerror}).") from None


def write_stdout(page: str) -> None:
    """Print the sheet; a full disk or a closed pipe is a clear error, not a traceback."""
    try:
        sys.stdout.write(page)
        sys.stdout.flush()
    except OSError as error:
        with contextlib.suppress(OSError):  # the interpreter's last flush must not fail again
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise OutputError(f"The sheet could not be written to standard output ({error.strerror}); "
                          "write it to a file with -o instead.") from None  # fmt: skip
