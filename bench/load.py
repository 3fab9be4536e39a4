"""The embedded model against its floor, and under load, in one run on one machine.

* floor: the sample's own request (the same messages, schema, context and threads) through
  llama.cpp directly: llama-cpp-python in this process, no server, no tool; model load
  included, as factsheet's start-up is.
* factsheet end to end, as a user meets it: choose threads and context, start the server,
  read, ask, check, render, stop. Its ratio to the floor (goal <= 1.3x).
* the same with one CPU-bound process (``yes > /dev/null``) started before it: its ratio to
  the quiet run (goal <= 2x). factsheet sees the busy core and takes one thread fewer.
* with --threads-study: raw llama.cpp with each thread count, quiet and loaded, which is what
  the thread choice rests on.
* tokens per article: prompt, completion, and the prompt beyond the article's own tokens as a
  share of them (goal <= 0.5), all counted by the model's tokenizer or reported by its server.

    python bench/load.py [--runs 1] [--threads-study]
"""

from __future__ import annotations

import argparse
import functools
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from machine import cpu  # noqa: E402

SAMPLE = ROOT / "examples" / "luhansk-2022-09-20.txt"


def request(path: Path) -> tuple[list[dict[str, str]], dict[str, object]]:
    """The messages and response format factsheet sends the embedded model for this article."""
    from factsheet.article import read_article
    from factsheet.extract import ask_about, narrow_answer
    from factsheet.models import Answer
    from factsheet.wire import output_format

    question = ask_about(read_article(str(path)))
    shape = output_format("json_object_schema", Answer, lambda s: narrow_answer(s, question))
    return question.messages, shape["response_format"]  # type: ignore[return-value]


def raw(
    messages: list[dict[str, str]], shape: dict[str, object], threads: int, context: int
) -> dict[str, Any]:
    """Load the model and answer the request in this process: the floor."""
    import llama_cpp

    from factsheet import local

    started = time.perf_counter()
    llama = llama_cpp.Llama(
        str(local.bundled_model()), n_ctx=context, n_threads=threads, n_threads_batch=threads, verbose=False
    )
    loaded = time.perf_counter()
    answer = llama.create_chat_completion(
        messages=messages, response_format=shape, max_tokens=1200, temperature=0
    )
    done = time.perf_counter()
    article_tokens = len(llama.tokenize(SAMPLE.read_bytes(), add_bos=False))
    del llama
    return {
        "seconds": done - started,
        "load": loaded - started,
        "usage": answer["usage"],
        "article": article_tokens,
    }


def tool() -> dict[str, Any]:
    """factsheet end to end on the embedded model, as `factsheet make --local` runs it."""
    from factsheet import config, local, pipeline, render
    from factsheet.article import read_article

    started = time.perf_counter()
    chosen = local.plan(local.bundled_model())
    with config.connect(config.settings(use_local=True)) as connection:
        ready = time.perf_counter()

        async def made(client: Any) -> Any:
            sheet = await pipeline.make_sheet(read_article(str(SAMPLE)), client, server="bench")
            render.render_markdown(sheet)
            return client

        client = connection.run(made)
    done = time.perf_counter()
    usage = client.usage
    return {
        "seconds": done - started, "start-up": ready - started, "threads": chosen.threads,
        "context": chosen.context, "prompt": usage.prompt_tokens, "completion": usage.completion_tokens,
        "requests": usage.requests, "estimated": usage.estimated, "model": usage.seconds,
    }  # fmt: skip


@contextmanager
def hog(on: bool) -> Iterator[None]:
    """One CPU-bound process beside the run (started first, as on a busy machine)."""
    process = subprocess.Popen(["yes"], stdout=subprocess.DEVNULL) if on else None
    time.sleep(0.5 if on else 0)
    try:
        yield
    finally:
        if process:
            process.kill()
            process.wait()


def median_of(runs: int, measure: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    found = [measure() for _ in range(runs)]
    middle = sorted(found, key=lambda r: r["seconds"])[len(found) // 2]
    return {**middle, "all": [round(r["seconds"], 1) for r in found]}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--threads-study", action="store_true")
    args = parser.parse_args()

    from factsheet import local

    cores = len(os.sched_getaffinity(0))
    messages, shape = request(SAMPLE)
    context = local.plan(local.bundled_model(), threads=cores).context
    print(f"{cpu()}, {cores} cores; the sample article ({SAMPLE.stat().st_size} bytes), context {context}")

    floor = median_of(args.runs, lambda: raw(messages, shape, cores, context))
    quiet = median_of(args.runs, tool)
    with hog(True):
        loaded = median_of(args.runs, tool)
    usage = floor["usage"]
    print(
        f"  floor, raw llama.cpp ({cores} threads): {floor['seconds']:6.1f} s (load {floor['load']:.1f} s; "
        f"{usage['prompt_tokens']} prompt + {usage['completion_tokens']} completion)"
    )
    for name, run in (("factsheet, quiet", quiet), ("factsheet, one hog", loaded)):
        print(
            f"  {name:<34} {run['seconds']:6.1f} s (start-up {run['start-up']:.1f} s, "
            f"model {run['model']:.1f} s, {run['threads']} threads; {run['requests']} request, "
            f"{run['prompt']} prompt + "
            f"{run['completion']} completion{' estimated' if run['estimated'] else ', the server count'}) "
            f"runs {run['all']}"
        )
    beyond = quiet["prompt"] / floor["article"] - 1
    print(f"\n  factsheet / raw llama.cpp, quiet: {quiet['seconds'] / floor['seconds']:.2f}x (goal <= 1.3x)")
    print(f"  factsheet loaded / quiet:         {loaded['seconds'] / quiet['seconds']:.2f}x (goal <= 2x)")
    print(f"  completion tokens for the sample: {quiet['completion']} (goal <= 150)")
    print(
        f"  prompt beyond the article:        {beyond:.2f} of the article's {floor['article']} tokens "
        "(goal <= 0.5)"
    )
    print(f"  start-up of the model server:     {quiet['start-up']:.1f} s")

    if args.threads_study:
        print("\n  raw llama.cpp by thread count (what the thread choice rests on):")
        for threads in range(cores, 0, -1):
            times = {}
            for busy in (False, True):
                with hog(busy):
                    measure = functools.partial(raw, messages, shape, threads, context)
                    times[busy] = median_of(args.runs, measure)["seconds"]
            print(
                f"    {threads} threads: quiet {times[False]:.1f} s, one hog {times[True]:.1f} s, "
                f"loaded / quiet {times[True] / times[False]:.2f}x"
            )


if __name__ == "__main__":
    main()
