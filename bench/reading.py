"""What code's reading of the article (spaCy's parse and the finders) costs, against the model.

    python bench/reading.py [--article examples/luhansk-2022-09-20.txt] [--model-seconds S]

1. Cold: a fresh process that imports spaCy, loads the English pipeline and parses the
   sample, against bare Python in the same run.
2. The sample's reading in a warm process: parse, quotes and speakers, figures, events and
   claims, checking and repair, with a stand-in client that answers at once (no model),
   and that as a share of the embedded model's time for the same article (measured by
   bench/run.py; pass it with --model-seconds, default: the latest figure in bench/README.md).
   Also what the request sends beyond the article, as a share of the article.
3. spaCy's parse by pipeline component, in ms per kB of the corpus articles.
4. Linear in size: the same reading for articles of 50 to 400 kB (Wikinews articles joined),
   as milliseconds per kB at each size; with --one-line, the same texts with no line break.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from machine import cpu  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus" / "wikinews"


def cold(article: Path, runs: int = 3) -> float:
    def timed(code: str) -> float:
        samples = []
        for _ in range(runs):
            begin = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, cwd=ROOT)
            samples.append(time.perf_counter() - begin)
        return statistics.median(samples)

    bare = timed("pass")
    parsed = timed(f"from factsheet.text import parse; parse(open({str(article)!r}).read()).pieces")
    print(f"cold parse of {article.name} in a new process: {parsed:.2f} s (bare python {bare:.2f} s; "
          f"spaCy import + pipeline load + parse: {parsed - bare:.2f} s)")  # fmt: skip
    return parsed - bare


def reading_time(text: str) -> float:
    """Seconds for the whole sheet with an instant stand-in model (code's reading only)."""
    from factsheet import pipeline
    from factsheet import text as layer
    from factsheet.article import Article, find_date, find_title
    from tests.reading import CodeReading

    layer.forget_parses()
    article = Article(text=text, name="bench", title=find_title(text), date=find_date(text))
    begin = time.perf_counter()
    asyncio.run(pipeline.make_sheet(article, CodeReading(), server="bench"))  # type: ignore[arg-type]
    return time.perf_counter() - begin


def components() -> None:
    """spaCy's parse of the corpus (paragraph by paragraph, as the text layer does), split by
    pipeline component: where a reading's time goes, in ms per kB."""
    from factsheet.text import nlp, paragraph_spans

    pipeline = nlp()
    texts = [p.read_text() for p in sorted(CORPUS.glob("*.txt"))]
    paragraphs = [t[a:b] for t in texts for a, b in paragraph_spans(t)]
    kb = sum(len(t) for t in texts) / 1000
    docs = [pipeline.make_doc(p) for p in paragraphs]
    spent = {}
    for name, component in pipeline.pipeline:
        begin = time.perf_counter()
        docs = (
            list(component.pipe(docs, batch_size=256))
            if hasattr(component, "pipe")
            else [component(d) for d in docs]
        )
        spent[name] = 1000 * (time.perf_counter() - begin) / kb
    shares = ", ".join(f"{name} {ms:.1f}" for name, ms in spent.items())
    print(
        f"spaCy by component, ms per kB of the {len(texts)} corpus articles: {shares} "
        f"(total {sum(spent.values()):.1f})"
    )


def prompt_share(path: Path) -> None:
    """What the request sends beyond the article itself (system rules, candidate lists, marks)."""
    from factsheet.article import read_article
    from factsheet.extract import ask_about

    article = read_article(str(path))
    sent = sum(len(m["content"]) for m in ask_about(article).messages)
    beyond = sent - len(article.text.strip())
    print(
        f"prompt beyond the article: {beyond} characters, {beyond / len(article.text):.2f} of the "
        f"article's {len(article.text)} (characters: the embedded server reports no token counts)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", type=Path, default=ROOT / "examples/luhansk-2022-09-20.txt")
    parser.add_argument("--model-seconds", type=float, default=None,
                        help="the embedded model's time for the article (bench/run.py)")  # fmt: skip
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200, 400],
                        help="article sizes in kB for the linearity table (1900: 1.9 MB)")  # fmt: skip
    parser.add_argument("--one-line", action="store_true",
                        help="also each size as one line with no line breaks")  # fmt: skip
    args = parser.parse_args()
    import platform
    import resource

    print(f"machine: {platform.processor() or platform.machine()}, {cpu()}")
    startup = cold(args.article)
    reading_time(args.article.read_text())  # warm the pipeline once
    warm = statistics.median(reading_time(args.article.read_text()) for _ in range(3))
    prompt_share(args.article)
    print(f"warm reading of {args.article.name} (parse, finders, checks, repair): {warm:.2f} s")
    if args.model_seconds:
        print(f"  share of the model's {args.model_seconds:.1f} s: warm {warm / args.model_seconds:.1%}, "
              f"with the cold start {(warm + startup) / args.model_seconds:.1%}")  # fmt: skip
    components()
    joined = "\n\n".join(p.read_text() for p in sorted(CORPUS.glob("*.txt")))
    sized = {kb: (joined * (kb * 1024 // len(joined) + 1))[: kb * 1024] for kb in args.sizes}
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tables = [("size", sized)]
    if args.one_line:  # the same texts with no line break: one paragraph, parsed in pieces
        tables.append(("one line", {kb: "One line\n\n" + " ".join(t.split("\n")) for kb, t in sized.items()}))
    for heading, texts in tables:
        print(f"\n{heading:8} seconds   ms per kB   peak memory beyond the start (MB, high-water)")
        for kb, text in texts.items():
            seconds = reading_time(text)
            peak = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
            print(f"{kb:4d} kB  {seconds:7.2f}   {1000 * seconds / kb:7.1f}   {peak:7.0f}", flush=True)


if __name__ == "__main__":
    main()
