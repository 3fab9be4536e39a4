"""The tool's own time per article for `factsheet batch prepare` and `collect` (the engine's
time is the engine's): a folder of N Wikinews articles (the corpus, cycled), prepared, answered
by the tests' fake run-batch (tests/engines.py: plain valid answers, instantly), collected.
Prints ms per article for each step against the goal (50 ms), and, for scale, what reading
one article through spaCy costs on its own, one by one and eight at a time as prepare parses
them (the parse prepare must make; collect reads back the parse prepare kept,
``<requests>.parses/``), measured in the same run.

    python bench/archive.py [--articles 200]

Both steps run with one process and with --jobs set to this machine's cores.
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
        started = time.perf_counter()
        some = [read_article(s).text for s in sources[50:100]] or [read_article(s).text for s in sources[:50]]
        for n in range(0, len(some), archive.PARSE_BATCH):
            held = text.parse_many(some[n : n + archive.PARSE_BATCH])
        batched = (time.perf_counter() - started) / len(some)
        del held
        kept = [(read_article(s).text, text.to_bytes(text.parse(read_article(s).text))) for s in sources[:50]]
        text.forget_parses()
        started = time.perf_counter()
        held = [text.from_bytes(t, data) for t, data in kept]
        reread = (time.perf_counter() - started) / len(kept)
        del held
        text.forget_parses()

        timings = {}
        for jobs in sorted({1, archive.default_jobs()}):
            requests = work / f"requests-{jobs}.jsonl"
            started = time.perf_counter()
            done = archive.prepare(
                sources, requests, "bench-model", "json_schema", use_cache=False, jobs=jobs
            )
            prepare = (time.perf_counter() - started) / len(sources)
            text.forget_parses()

            results = work / f"results-{jobs}.jsonl"
            run_batch(requests, results)
            started = time.perf_counter()
            found = archive.collect(requests, [results], use_cache=False, jobs=jobs)
            collect = (time.perf_counter() - started) / len(sources)
            text.forget_parses()
            timings[jobs] = (prepare, collect)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    outcome = f"{len(found.sheets)} sheets, {len(found.failed)} failed, {len(found.pending)} pending"
    articles = f"{len(sources)} articles ({size / 1000:.1f} kB on average)"
    print(f"{cpu()}; {articles}, {done.requests} requests; {outcome}")
    print(f"  spaCy's parse alone, one process: {parse * 1000:6.0f} ms per article")
    print(
        f"  the same, {archive.PARSE_BATCH} articles per pass:  {batched * 1000:6.0f} ms per article "
        f"({batched / parse:.2f}x; prepare's floor)"
    )
    print(f"  a kept parse read back:           {reread * 1000:6.1f} ms per article (collect's floor)")
    for jobs, (prepare, collect) in timings.items():
        ratios = f"{prepare / parse:.2f}x and {collect / parse:.2f}x the one-process parse"
        steps = f"prepare {prepare * 1000:4.0f} ms, collect {collect * 1000:4.0f} ms per article"
        print(f"  --jobs {jobs}: {steps} (goal 50 ms; {ratios})")


if __name__ == "__main__":
    main()
