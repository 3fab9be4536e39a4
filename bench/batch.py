"""Batch speed against a fake OpenAI-compatible server with a fixed latency (no model).

    python bench/batch.py [--articles 100] [--jobs 16] [--latency 1.0]

Prints, measured in this run: the wall time of `factsheet make FOLDER -o OUT -j N` against
the ideal (articles x latency / jobs, and the whole-wave ideal ceil(articles/jobs) x latency),
the tool's own time per article beside the model's, a cached re-run (0 model calls), and the
`factsheet --help` cold start.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fakeserver import Reply, serve  # noqa: E402  (the tests' loopback fake server)

EMPTY = json.dumps({"speakers": {}, "figures": {}, "events": [], "claims": []})


def make_folder(folder: Path, count: int) -> None:
    corpus = sorted((ROOT / "tests/data/corpus/wikinews").glob("*.txt"))
    for n in range(count):
        source = corpus[n % len(corpus)].read_text()
        (folder / f"article-{n:03d}.txt").write_text(f"{source}\n\nCopy {n}.\n")


def run(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    begin = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "factsheet", *args], env=env, capture_output=True,
                          text=True)  # fmt: skip
    return time.perf_counter() - begin, done.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=16)
    parser.add_argument("--latency", type=float, default=1.0)
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="factsheet-bench-"))
    try:
        folder, out = work / "in", work / "out"
        folder.mkdir()
        make_folder(folder, options.articles)
        with serve([Reply(EMPTY, delay=options.latency)]) as (url, fake):
            env = {**os.environ, "OPENAI_BASE_URL": url, "OPENAI_API_KEY": "sk-bench",
                   "FACTSHEET_CACHE_DIR": str(work / "cache")}  # fmt: skip
            wall, stderr = run(["make", str(folder), "-o", str(out), "-j", str(options.jobs),
                                "--no-progress"], env)  # fmt: skip
            requests = len(fake.requests)
            ideal = options.articles * options.latency / options.jobs
            waves = math.ceil(options.articles / options.jobs) * options.latency
            print(
                f"{options.articles} articles, -j {options.jobs}, {options.latency:.1f} s per "
                f"request: {requests} requests, wall {wall:.2f} s"
            )
            print(f"  ratio to ideal {ideal:.2f} s (articles x latency / jobs): {wall / ideal:.3f}")
            print(
                f"  ratio to whole waves {waves:.2f} s (ceil(articles / jobs) x latency): {wall / waves:.3f}"
            )
            cached, _ = run(["make", str(folder), "-o", str(out), "-j", str(options.jobs),
                             "--force", "--no-progress"], env)  # fmt: skip
            print(
                f"  cached re-run: {len(fake.requests) - requests} model calls, wall {cached:.2f} s "
                f"({cached / wall:.1%} of the first run): the fixed cost of a run (start-up, "
                "imports, reading and writing)"
            )
            tool = max(0.0, wall - waves - cached) * options.jobs / options.articles
            print(
                f"  tool time per article beyond the waits and that fixed cost: {tool * 1000:.0f} ms "
                f"= {tool / options.latency:.1%} of the model time per article"
            )
        bare = statistics.median(_timed([sys.executable, "-c", "pass"]) for _ in range(7))
        helped = statistics.median(_timed([sys.executable, "-m", "factsheet", "--help"])
                                   for _ in range(7))  # fmt: skip
        print(
            f"`factsheet --help` cold start (median of 7): {helped:.3f} s; bare python "
            f"{bare:.3f} s; factsheet's own {helped - bare:.3f} s"
        )
        if "failed" in stderr.lower() and "0 failed" not in stderr.lower():
            print(stderr[-2000:])
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _timed(command: list[str]) -> float:
    begin = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - begin


if __name__ == "__main__":
    main()
