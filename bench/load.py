"""The embedded model under load: the sample's own request through llama.cpp directly
(llama-cpp-python in this process, no server, no tool), quiet and with one CPU-bound process
beside it (``yes > /dev/null``), for each thread count. Prints the loaded/quiet ratio of each,
which is what factsheet's thread choice (factsheet/local.py, ``threads``) rests on.

    python bench/load.py [--threads 2 1] [--runs 1]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
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


def once(llama: object, messages: list[dict[str, str]], shape: dict[str, object]) -> tuple[float, int, int]:
    started = time.perf_counter()
    answer = llama.create_chat_completion(  # type: ignore[attr-defined]
        messages=messages, response_format=shape, max_tokens=1200, temperature=0
    )
    usage = answer["usage"]
    return time.perf_counter() - started, usage["prompt_tokens"], usage["completion_tokens"]


def cpu() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threads", type=int, nargs="+", default=[os.cpu_count() or 1, 1])
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()

    import llama_cpp

    from factsheet import local

    messages, shape = request(SAMPLE)
    model = local.bundled_model()
    print(f"{cpu()}, {os.cpu_count()} cores; the sample's request, raw llama.cpp (no server, no tool)")
    for threads in args.threads:
        llama = llama_cpp.Llama(
            str(model), n_ctx=local.CONTEXT_TOKENS, n_threads=threads, n_threads_batch=threads, verbose=False
        )
        times: dict[str, float] = {}
        for condition in ("quiet", "one hog"):
            hog = subprocess.Popen(["yes"], stdout=subprocess.DEVNULL) if condition == "one hog" else None
            try:
                runs = []
                for _ in range(args.runs):
                    llama.reset()  # cold prompt cache: every run processes the whole prompt
                    runs.append(once(llama, messages, shape))
            finally:
                if hog:
                    hog.kill()
                    hog.wait()
            times[condition] = statistics.median(r[0] for r in runs)
            _, prompt, completion = runs[0]
            print(
                f"  {threads} threads, {condition:7}: {times[condition]:6.1f} s "
                f"({prompt} prompt + {completion} completion tokens)",
                flush=True,
            )
        print(f"  {threads} threads: loaded / quiet = {times['one hog'] / times['quiet']:.2f}x", flush=True)
        del llama


if __name__ == "__main__":
    main()
