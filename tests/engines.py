"""Loopback fakes of batch engines, for tests: vLLM's ``run-batch`` (a function that answers a
requests file into a results file, in vLLM's output shape) and the OpenAI Batch API (files and
batches endpoints on loopback). Their answers are hand-written fixtures made from each
request's own schema (tests/emulators.py), not a model's.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.emulators import instance

Answerer = Callable[[dict[str, Any]], str | None]  # a request body -> the answer's text (None: an error)


def plain_answer(body: dict[str, Any]) -> str:
    """The plainest valid answer to the request's own schema (what the emulators answer)."""
    form = body.get("response_format") or {}
    schema = form.get("schema") or form.get("json_schema", {}).get("schema")
    return json.dumps(instance(schema) if schema else {})


def result_line(custom_id: str, text: str | None, model: str = "fake-engine") -> dict[str, Any]:
    """One results line as vLLM's run-batch and OpenAI's Batch API write it."""
    if text is None:
        return {"id": f"batch_req_{custom_id}", "custom_id": custom_id, "response": None,
                "error": {"code": "server_error", "message": "the engine failed this line"}}  # fmt: skip
    body = {
        "id": f"chatcmpl-{custom_id}", "object": "chat.completion", "created": 0, "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 10, "total_tokens": 110},
    }  # fmt: skip
    response = {"status_code": 200, "request_id": custom_id, "body": body}
    return {"id": f"batch_req_{custom_id}", "custom_id": custom_id, "response": response, "error": None}


def _uploaded(data: bytes, kind: str) -> bytes:
    """The file part of a multipart/form-data upload (the one with a filename)."""
    boundary = b"--" + kind.split("boundary=", 1)[1].strip('"').encode()
    for part in data.split(boundary):
        head, _, body = part.partition(b"\r\n\r\n")
        if b"filename=" in head:
            return body.removesuffix(b"\r\n")
    raise ValueError("no file in the upload")


def run_batch(requests: Path, results: Path, answer: Answerer = plain_answer) -> None:
    """What `vllm run-batch -i requests -o results` does, with answers from ``answer``."""
    lines = [json.loads(raw) for raw in requests.read_text().splitlines() if raw.strip()]
    results.write_text(
        "".join(json.dumps(result_line(r["custom_id"], answer(r["body"]))) + "\n" for r in lines)
    )


@dataclass
class BatchAPI:
    """What the fake Batch API holds and has been asked."""

    answer: Answerer = plain_answer
    expire_after: int | None = None  # answer only this many lines, then expire the rest
    files: dict[str, bytes] = field(default_factory=dict)
    batches: dict[str, dict[str, Any]] = field(default_factory=dict)
    uploads: int = 0
    polls: int = 0


@contextmanager
def batch_api(api: BatchAPI) -> Iterator[str]:
    """The OpenAI Batch API on loopback (files.create, batches.create/retrieve, files.content).
    A batch finishes on its second retrieval."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def send(self, status: int, data: Any, raw: bytes | None = None) -> None:
            body = raw if raw is not None else json.dumps(data).encode()
            self.send_response(status)
            self.send_header(
                "Content-Type", "application/octet-stream" if raw is not None else "application/json"
            )
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:  # noqa: N802
            data = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.path.endswith("/files"):
                content = _uploaded(data, self.headers.get("Content-Type", ""))
                api.uploads += 1
                file_id = f"file-{len(api.files) + 1}"
                api.files[file_id] = content
                self.send(200, {"id": file_id, "object": "file", "bytes": len(content), "created_at": 0,
                                "filename": "requests.jsonl", "purpose": "batch",
                                "status": "processed"})  # fmt: skip
            elif self.path.endswith("/batches"):
                request = json.loads(data)
                batch_id = f"batch_{len(api.batches) + 1}"
                api.batches[batch_id] = {
                    "id": batch_id, "object": "batch", "endpoint": request["endpoint"],
                    "input_file_id": request["input_file_id"], "completion_window": "24h",
                    "status": "validating", "created_at": 0, "output_file_id": None, "error_file_id": None,
                    "request_counts": {"total": 0, "completed": 0, "failed": 0},
                }  # fmt: skip
                self.send(200, api.batches[batch_id])
            else:
                self.send(404, {"error": {"message": "no such route"}})

        def do_GET(self) -> None:  # noqa: N802
            parts = self.path.strip("/").split("/")
            if "batches" in parts:
                batch = api.batches[parts[-1]]
                api.polls += 1
                if batch["status"] == "validating":
                    batch["status"] = "in_progress"
                elif batch["status"] == "in_progress":
                    finish(batch)
                self.send(200, batch)
            elif parts[-1] == "content":
                self.send(200, None, raw=api.files[parts[-2]])
            else:
                self.send(404, {"error": {"message": "no such route"}})

    def finish(batch: dict[str, Any]) -> None:
        lines = [json.loads(raw) for raw in api.files[batch["input_file_id"]].decode().splitlines() if raw]
        answered = lines if api.expire_after is None else lines[: api.expire_after]
        out = [result_line(r["custom_id"], api.answer(r["body"])) for r in answered]
        expired = {
            "code": "batch_expired",
            "message": "This request could not be executed before the completion window expired.",
        }
        errors = [{"id": f"batch_req_{r['custom_id']}", "custom_id": r["custom_id"], "response": None,
                   "error": expired} for r in lines[len(answered):]]  # fmt: skip
        for name, rows in (("output_file_id", out), ("error_file_id", errors)):
            if rows:
                file_id = f"file-{len(api.files) + 1}"
                api.files[file_id] = "".join(json.dumps(row) + "\n" for row in rows).encode()
                batch[name] = file_id
        batch["status"] = "completed" if api.expire_after is None else "expired"
        failed = sum(row["error"] is not None for row in out) + len(errors)
        batch["request_counts"] = {"total": len(lines), "completed": len(lines) - failed, "failed": failed}

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()
