"""One exception family; each str() is a sentence fit for the user, each class an exit code."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import IntEnum
from typing import TypeVar


class ExitCode(IntEnum):
    """Documented exit codes (README: "Exit codes")."""

    OK = 0
    ERROR = 1  # unexpected failure (a bug): run again with --traceback and report it
    USAGE = 2  # bad flags or arguments (also what typer uses)
    INPUT = 3  # the article could not be read or holds no text
    MODEL = 4  # the model did not give a usable answer after bounded retries and re-asks
    UNREACHABLE = 5  # the server could not be reached or refused us (auth, connection, timeout)
    CHECK_FAILED = 6  # `factsheet check`: some item is not supported by the article
    OUTPUT = 7  # the sheet could not be written
    LOCAL_MODEL = 8  # the embedded model is not installed, or its file is damaged
    BATCH_FAILED = 9  # several articles: at least one failed (each is named in the summary)
    PENDING = 10  # `factsheet batch collect`: some articles wait for the next round's answers
    INTERRUPTED = 130  # Ctrl-C: no partial file; a batch keeps the sheets it finished
    TERMINATED = 143  # SIGTERM: the same


class FactsheetError(Exception):
    """Base class: the message is shown to the user as is."""

    exit_code = ExitCode.ERROR


class UsageError(FactsheetError):
    exit_code = ExitCode.USAGE


class InputError(FactsheetError):
    exit_code = ExitCode.INPUT


class ModelError(FactsheetError):
    """The model answered, but never usefully; carries what was spent."""

    exit_code = ExitCode.MODEL

    def __init__(self, message: str, attempts: int = 0, last_answer: str | None = None) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.last_answer = last_answer


class ContextOverflow(ModelError):
    """The request was longer than the model's context: the pipeline cuts the part in two
    and asks again; it reaches the user only for a single paragraph too long to cut."""


class UnreachableError(FactsheetError):
    exit_code = ExitCode.UNREACHABLE


class CheckFailed(FactsheetError):
    exit_code = ExitCode.CHECK_FAILED


class OutputError(FactsheetError):
    exit_code = ExitCode.OUTPUT


class LocalModelError(FactsheetError):
    exit_code = ExitCode.LOCAL_MODEL


class BatchFailed(FactsheetError):
    exit_code = ExitCode.BATCH_FAILED


class Pending(FactsheetError):
    exit_code = ExitCode.PENDING


class Interrupted(FactsheetError):
    exit_code = ExitCode.INTERRUPTED


class Terminated(FactsheetError):
    exit_code = ExitCode.TERMINATED


# --- a bug costs one part of the sheet, not the sheet ---------------------------------------

# Whether a bug met while reading or checking one part of an article (a sentence the rules never
# foresaw) costs that part only: the part is left out or flagged, with a warning on stderr. Off
# with --traceback, and in the tests, so that the bug itself is seen.
contain_bugs = True

log = logging.getLogger("factsheet")
T = TypeVar("T")


def contained(what: str, fallback: T, read: Callable[[], T]) -> T:
    """``read()``, or ``fallback`` where it fails with a bug (not one of factsheet's own errors,
    which mean what they say): the run goes on, and says what it left out."""
    if not contain_bugs:
        return read()
    try:
        return read()
    except FactsheetError:
        raise
    except Exception as error:  # a bug in the rules, on a shape of English they never met
        log.warning(
            "warning: %s: an internal error (%s: %s); the sheet goes on without it. Run again with "
            "--traceback and report it.", what, type(error).__name__, str(error)[:200],
        )  # fmt: skip
        return fallback
