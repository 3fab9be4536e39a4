"""Running the async pipeline from the command line: SIGTERM ends it the way Ctrl-C does.

asyncio.run already turns Ctrl-C into a cancellation of the work, which unwinds cleanly. A
SIGTERM handled by raising in the signal handler could land inside any task and print its
traceback; here it cancels the work the same way, and then the process exits 143.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def run(work: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run(work)``; on SIGTERM, cancel it, let it unwind, then exit 143."""
    return asyncio.run(_terminable(work))


async def _terminable(work: Coroutine[Any, Any, T]) -> T:
    loop, task = asyncio.get_running_loop(), asyncio.current_task()
    terminated = False

    def terminate() -> None:
        nonlocal terminated
        terminated = True
        if task is not None:
            task.cancel()

    previous, installed = signal.getsignal(signal.SIGTERM), False
    with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # not the main thread
        loop.add_signal_handler(signal.SIGTERM, terminate)
        installed = True
    try:
        return await work
    except asyncio.CancelledError:
        if terminated:
            raise SystemExit(128 + signal.SIGTERM) from None
        raise
    finally:
        if installed:
            loop.remove_signal_handler(signal.SIGTERM)
            if previous is not None:  # the command's own handler, for the clean-up that follows
                signal.signal(signal.SIGTERM, previous)
