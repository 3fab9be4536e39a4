"""What every benchmark says of the machine it ran on (its figures are only comparable with
figures from the same machine and run)."""

from __future__ import annotations

import platform
from pathlib import Path


def cpu() -> str:
    """The CPU's model name (Linux's /proc/cpuinfo), else what the platform says."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"
