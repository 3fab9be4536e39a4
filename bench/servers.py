"""Requests per article on each server family's emulator (goal: 1 for a valid answer).

    python bench/servers.py [--article examples/luhansk-2022-09-20.txt]

Each family's documented request rules are enforced by tests/emulators.py on loopback; the
sample article is made once per family with the command a user types, and the requests the
server saw, the ones it refused, the output mode and whether usage was exact are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.emulators import FAMILIES, emulate  # noqa: E402

MODELS = {"openai-chat": "gpt-4o-mini", "openai-reasoning": "o4-mini", "ollama": "qwen2.5:7b",
          "vllm": "Qwen/Qwen2.5-7B-Instruct", "llama.cpp": "local", "llama-cpp-python": "local"}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", type=Path, default=ROOT / "examples/luhansk-2022-09-20.txt")
    args = parser.parse_args()
    print(f"{'family':18} {'requests':>8} {'refused':>7}  {'mode':18} {'usage':9} seconds")
    for family in FAMILIES:
        with emulate(family) as (url, server), tempfile.TemporaryDirectory() as cache:
            env = {**os.environ, "OPENAI_BASE_URL": url, "OPENAI_API_KEY": "sk-bench-0000000000000000",
                   "FACTSHEET_CACHE_DIR": cache}  # fmt: skip
            begin = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "factsheet", "make", str(args.article), "--format", "json",
                 "--model", MODELS[family], "--retries", "0", "--no-progress"],
                capture_output=True, text=True, env=env, cwd=ROOT,
            )  # fmt: skip
            seconds = time.perf_counter() - begin
        if done.returncode != 0:
            print(f"{family:18} failed: {done.stderr.strip()[:100]}")
            continue
        footer = json.loads(done.stdout)["footer"]
        usage = "estimated" if footer["tokens_estimated"] else "exact"
        print(f"{family:18} {len(server.requests):>8} {len(server.rejected):>7}  {footer['output_mode']:18} "
              f"{usage:9} {seconds:.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
