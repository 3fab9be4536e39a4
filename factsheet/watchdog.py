"""Run a module as ``__main__`` in this process, and end when the process that started it ends.

The embedded model server runs under it (``python -m factsheet.watchdog llama_cpp.server ...``)
so that it dies with factsheet whatever kills factsheet: an out-of-memory kill, a CI
timeout or ``kill -9`` leave no server behind spinning every core.
"""

from __future__ import annotations

import os
import runpy
import sys
import threading
import time

POLL_SECONDS = 0.5


def _watch(parent: int) -> None:
    while True:
        if os.getppid() != parent:  # re-parented: the parent is gone
            os._exit(0)
        time.sleep(POLL_SECONDS)


def main() -> None:
    """``python -m factsheet.watchdog MODULE ARGS...``"""
    threading.Thread(target=_watch, args=(os.getppid(),), daemon=True).start()
    module, sys.argv = sys.argv[1], [sys.argv[1], *sys.argv[2:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
