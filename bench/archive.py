"""The tool's own time per article for `factsheet batch prepare` and `collect` (the engine's
time is the engine's): a folder of N Wikinews articles (the corpus, cycled), prepared, answered
by the tests' fake run-batch (tests/engines.py: plain valid answers, instantly), collected.
Prints ms per article for each step against the goal (50 ms), and, for scale, what reading
one article through spaCy costs on its own (the parse that both steps must make), measured in
the same run.

    python bench/archive.py [--articles 200]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from machine import cpu  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus" / "wikinews"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()

    from factsheet import archive, text
    from factsheet.article import read_article
    from tests.engines import run_batch

    corpus = sorted(CORPUS.glob("*.txt"))
    work = Path(tempfile.mkdtemp(prefix="factsheet-bench-archive-"))
    try:
        folder = work / "articles"
        folder.mkdir()
        for n in range(args.articles):
            shutil.copy(corpus[n % len(corpus)], folder / f"{n:05d}.txt")
        sources = sorted(str(p) for p in folder.iterdir())
        size = sum(Path(s).stat().st_size for s in sources) / len(sources)
        text.nlp()  # the pipeline load is a one-off: not per article

        started = time.perf_counter()
        for source in sources[: min(50, len(sources))]:
            text.parse(read_article(source).text).pieces  # noqa: B018 (the parse is lazy)
        parse = (time.perf_counter() - started) / min(50, len(sources))
        text.forget_parses()

        requests = work / "requests.jsonl"
        started = time.perf_counter()
        done = archive.prepare(sources, requests, "bench-model", "json_schema")
        prepare = (time.perf_counter() - started) / len(sources)
        text.forget_parses()

        results = work / "results.jsonl"
        run_batch(requests, results)
        started = time.perf_counter()
        found = archive.collect(requests, [results])
        collect = (time.perf_counter() - started) / len(sources)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"{cpu()}; {len(sources)} articles ({size / 1000:.1f} kB on average), {done.requests} requests")
    print(f"  prepare: {prepare * 1000:6.0f} ms per article (goal 50 ms)")
    print(f"  collect: {collect * 1000:6.0f} ms per article (goal 50 ms); {len(found.sheets)} sheets, "
          f"{len(found.failed)} failed, {len(found.pending)} pending")  # fmt: skip
    print(
        f"  of which spaCy's parse alone: {parse * 1000:6.0f} ms per article "
        f"(prepare / parse {prepare / parse:.1f}x, collect / parse {collect / parse:.1f}x)"
    )


if __name__ == "__main__":
    main()
