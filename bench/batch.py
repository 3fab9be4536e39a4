"""Batch speed against a fake OpenAI-compatible server with a fixed latency (no model).

    python bench/batch.py [--articles 100 500] [--jobs 16] [--latency 1.0]

The fake server (the tests' one, on loopback) answers every request after ``--latency``
seconds with a valid extraction made from the request's own JSON schema: for each closed
list it picks "none" where that is allowed, else the first option, so every article's
quotes, figures and events go through verification and rendering, and none needs a
second request. Prints, measured in this run:

- the wall time of `factsheet make FOLDER -o OUT -j N` against the ideal
  (articles x latency / jobs) and against whole waves (ceil(articles / jobs) x latency);
- where the time beyond the waves goes: start-up until the first request reaches the
  server, the spread of the waves, and the tail after the last answer;
- the tool's own CPU time per article as a share of the model time per article;
- a cached re-run (0 model calls) and the `factsheet --help` cold start.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fakeserver import Reply, serve  # noqa: E402  (the tests' loopback fake server)


def answer(request: dict[str, Any]) -> str:
    """A valid extraction for this request, made from the schema it sent."""
    form = request.get("response_format", {})
    schema = form.get("schema") or form.get("json_schema", {}).get("schema")
    return json.dumps(instance(schema) if schema else {})


def instance(schema: dict[str, Any]) -> Any:
    """The plainest value that ``schema`` allows: none where allowed, else the first option."""
    if "enum" in schema:
        return None if None in schema["enum"] else schema["enum"][0]
    if "anyOf" in schema:
        options = schema["anyOf"]
        return instance(next((o for o in options if o.get("type") == "null"), options[0]))
    kind = schema.get("type")
    if kind == "object":
        return {name: instance(part) for name, part in schema.get("properties", {}).items()}
    if kind == "array":
        return [instance(schema["items"]) for _ in range(schema.get("minItems", 0))]
    return {"string": "an event", "integer": 0, "number": 0, "boolean": False}.get(str(kind))


def make_folder(folder: Path, count: int) -> None:
    corpus = sorted((ROOT / "tests/data/corpus/wikinews").glob("*.txt"))
    for n in range(count):
        source = corpus[n % len(corpus)].read_text()
        (folder / f"article-{n:03d}.txt").write_text(f"{source}\n\nCopy {n}.\n")


def run(args: list[str], env: dict[str, str]) -> tuple[float, float, float, str]:
    """(start, wall, CPU seconds, stderr) of one `factsheet` process."""
    cpu_before = _children_cpu()
    begin = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "factsheet", *args], env=env, capture_output=True,
                          text=True)  # fmt: skip
    wall = time.perf_counter() - begin
    return begin, wall, _children_cpu() - cpu_before, done.stderr


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[100, 500])
    parser.add_argument("--jobs", type=int, default=16)
    parser.add_argument("--latency", type=float, default=1.0)
    options = parser.parse_args()
    for articles in options.articles:
        batch(articles, options.jobs, options.latency)
    bare = statistics.median(_timed([sys.executable, "-c", "pass"]) for _ in range(7))
    helped = statistics.median(_timed([sys.executable, "-m", "factsheet", "--help"]) for _ in range(7))
    print(f"`factsheet --help` cold start (median of 7): {helped:.3f} s; bare python "
          f"{bare:.3f} s; factsheet's own {helped - bare:.3f} s")  # fmt: skip


def batch(articles: int, jobs: int, latency: float) -> None:
    """One folder of ``articles`` through `factsheet make -j`, then again from the cache."""
    work = Path(tempfile.mkdtemp(prefix="factsheet-bench-"))
    try:
        folder, out = work / "in", work / "out"
        folder.mkdir()
        make_folder(folder, articles)
        with serve([Reply(answer, delay=latency)]) as (url, fake):
            env = {**os.environ, "OPENAI_BASE_URL": url, "OPENAI_API_KEY": "sk-bench",
                   "FACTSHEET_CACHE_DIR": str(work / "cache")}  # fmt: skip
            args = ["make", str(folder), "-o", str(out), "-j", str(jobs), "--no-progress"]
            begin, wall, cpu, stderr = run(args, env)
            requests = len(fake.requests)
            ideal = articles * latency / jobs
            waves = math.ceil(articles / jobs) * latency
            print(f"{articles} articles, -j {jobs}, {latency:.1f} s per request: {requests} requests, "
                  f"wall {wall:.2f} s")  # fmt: skip
            print(f"  ratio to ideal {ideal:.2f} s (articles x latency / jobs): {wall / ideal:.3f}")
            print(f"  ratio to whole waves {waves:.2f} s (ceil(articles / jobs) x latency): "
                  f"{wall / waves:.3f}")  # fmt: skip
            start = min(fake.arrived) - begin
            tail = begin + wall - max(fake.answered)
            spread = wall - start - tail - waves
            print(f"  beyond the waves: start-up to the first request {start:.2f} s, waves' spread "
                  f"{spread:.2f} s, after the last answer {tail:.2f} s")  # fmt: skip
            print(f"  tool CPU per article: {cpu / articles * 1000:.1f} ms = "
                  f"{cpu / articles / latency:.2%} of the model time per article "
                  f"(whole process, start-up included: {cpu:.2f} s CPU)")  # fmt: skip
            _, cached, _, _ = run([*args, "--force"], env)
            print(f"  cached re-run: {len(fake.requests) - requests} model calls, wall {cached:.2f} s "
                  f"({cached / wall:.1%} of the first run)")  # fmt: skip
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
