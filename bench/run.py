"""Speed of factsheet on these machines: ratios measured in one run (see bench/README.md).

    python bench/run.py [--runs 3] [--article examples/luhansk-2022-09-20.txt]

1. The sample article end to end on the embedded model, several runs: wall time (median),
   model time (waiting for the server) and the tool's own overhead as a share of model time,
   tokens in/out, and server start-up (model load).
2. `factsheet --help` cold start, against a bare `python -c pass` in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from factsheet.client import ModelClient
    from factsheet.models import Sheet


def embedded(article_path: Path, runs: int) -> None:
    """Each run as a user meets it: start the server (model load), make the sheet, stop."""
    from factsheet import config

    rows = []
    for run in range(runs):
        started = time.perf_counter()
        with config.connect(config.settings(use_local=True)) as connection:
            load = time.perf_counter() - started
            wall, sheet, client = connection.run(lambda client: _made(article_path, client))
        total = time.perf_counter() - started
        usage = client.usage
        tool = wall - usage.seconds
        rows.append((total, wall, usage.seconds, tool, load))
        print(
            f"run {run + 1}: {total:5.1f} s in all = {load:4.1f} s start-up + {usage.seconds:5.1f} s "
            f"model + {tool:4.2f} s tool ({tool / usage.seconds:.1%} of model) + stop; "
            f"{usage.requests} requests, {usage.prompt_tokens} prompt + {usage.completion_tokens} "
            f"completion tokens; {sheet.footer.verified} verified, {sheet.footer.flagged} flagged",
            flush=True,
        )
    median = statistics.median
    print(f"\nembedded model, {article_path.name}, {runs} runs on {_cores()} cores (medians):")
    print(
        f"  end to end: {median(r[0] for r in rows):.1f} s "
        f"(min {min(r[0] for r in rows):.1f}, max {max(r[0] for r in rows):.1f})"
    )
    print(f"  start-up (server + model load): {median(r[4] for r in rows):.1f} s")
    print(f"  model time: {median(r[2] for r in rows):.1f} s")
    print(
        f"  tool overhead / model time: {median(r[3] / r[2] for r in rows):.2%} "
        f"(start-up / model time: {median(r[4] / r[2] for r in rows):.1%})"
    )


async def _made(article_path: Path, client: ModelClient) -> tuple[float, Sheet, ModelClient]:
    """Read, make and render the sheet: (seconds, the sheet, the client with its usage)."""
    from factsheet import pipeline, render
    from factsheet.article import read_article

    begin = time.perf_counter()
    sheet = await pipeline.make_sheet(read_article(str(article_path)), client, server="bench")
    render.render_markdown(sheet)
    return time.perf_counter() - begin, sheet, client


def command_line(article_path: Path, runs: int) -> None:
    """`factsheet make ARTICLE --local --no-cache` as a user types it, timed whole."""
    samples = []
    for _ in range(runs):
        begin = time.perf_counter()
        subprocess.run([sys.executable, "-m", "factsheet", "make", str(article_path), "--local",
                        "--no-cache", "--no-progress"], check=True, capture_output=True)  # fmt: skip
        samples.append(time.perf_counter() - begin)
    print(
        f"\n`factsheet make {article_path.name} --local --no-cache`, {runs} runs: median "
        f"{statistics.median(samples):.1f} s (min {min(samples):.1f}, max {max(samples):.1f})"
    )


def cold_start(runs: int = 7) -> None:
    def timed(command: list[str]) -> float:
        samples = []
        for _ in range(runs):
            begin = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            samples.append(time.perf_counter() - begin)
        return statistics.median(samples)

    bare = timed([sys.executable, "-c", "pass"])
    helped = timed([sys.executable, "-m", "factsheet", "--help"])
    print(
        f"\ncold start, median of {runs}: `factsheet --help` {helped:.3f} s, bare python "
        f"{bare:.3f} s (ratio {helped / bare:.1f}x; factsheet's own share {helped - bare:.3f} s)"
    )


def _cores() -> int:
    import os

    return os.cpu_count() or 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--article", type=Path, default=ROOT / "examples/luhansk-2022-09-20.txt")
    parser.add_argument("--skip-model", action="store_true", help="only the cold-start check")
    args = parser.parse_args()
    cold_start()
    if not args.skip_model:
        embedded(args.article, args.runs)
        command_line(args.article, args.runs)


if __name__ == "__main__":
    main()
