"""A fault-injecting OpenAI-compatible server on loopback, for tests.

Every answer it gives is a hand-written fixture for a failure case (or the plain success
that follows one), not a recording of a real model.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    """One scripted answer."""

    content: str | Callable[[dict], str] = ""  # type: ignore[type-arg]  # or made from the request
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    finish_reason: str = "stop"
    delay: float = 0.0
    drop: bool = False  # close the connection halfway through the stream
    choices: bool = True
    refusal: str | None = None
    usage: bool = True
    message: str = ""  # the error body's message (default: "fake error <status>")
    plain: bool = False  # answer a streamed request with one plain JSON chat completion
    html: bool = False  # answer with an HTML page (a proxy's login page, say)
    trickle: float = 0.0  # send a keep-alive comment every this many seconds, and never finish


def sse(reply: Reply) -> bytes:
    """The reply as a chat-completion event stream, a few characters per chunk."""
    chunks = []
    base = {"id": "fake", "object": "chat.completion.chunk", "created": 0, "model": "fake"}
    pieces = [reply.content[i : i + 8] for i in range(0, len(reply.content), 8)]
    for piece in pieces if reply.choices else []:
        delta = {"content": piece}
        chunks.append({**base, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]})
    if reply.refusal:
        delta = {"refusal": reply.refusal}
        chunks.append({**base, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]})
    if reply.choices:
        chunks.append({**base, "choices": [{"index": 0, "delta": {},
                                            "finish_reason": reply.finish_reason}]})  # fmt: skip
    if reply.usage:
        usage = {"prompt_tokens": 100, "completion_tokens": len(pieces), "total_tokens": 0}
        chunks.append({**base, "choices": [], "usage": usage})
    body = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"
    return body.encode()


class FakeServer:
    """Serves the scripted replies in order (the last one repeats) and records requests."""

    def __init__(self, replies: list[Reply]) -> None:
        self.replies = replies
        self.requests: list[dict] = []  # type: ignore[type-arg]
        self.headers: list[dict[str, str]] = []
        self.arrived: list[float] = []  # time.perf_counter() when each request was read
        self.answered: list[float] = []  # ... and when its answer was written
        self.in_flight = 0
        self.most_at_once = 0  # the most requests it was answering at one time
        self.lock = threading.Lock()

    def next_reply(self) -> Reply:
        index = min(len(self.requests) - 1, len(self.replies) - 1)
        return self.replies[index]


@contextmanager
def serve(replies: list[Reply]) -> Iterator[tuple[str, FakeServer]]:
    """Run a FakeServer on a free loopback port; yield its base URL."""
    fake = FakeServer(replies)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real servers do
        disable_nagle_algorithm = True  # else small writes wait on delayed ACKs (40 ms each)

        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("content-length", 0))
            body = json.loads(self.rfile.read(length) or b"{}")
            with fake.lock:
                fake.requests.append(body)
                fake.arrived.append(time.perf_counter())
                fake.headers.append(dict(self.headers))
                reply = fake.next_reply()
                fake.in_flight += 1
                fake.most_at_once = max(fake.most_at_once, fake.in_flight)
            try:
                self.answer(reply, body)
            finally:
                with fake.lock:
                    fake.in_flight -= 1

        def answer(self, reply: Reply, request: dict) -> None:  # type: ignore[type-arg]
            if callable(reply.content):
                reply = dataclasses.replace(reply, content=reply.content(request))
            time.sleep(reply.delay)
            if reply.status != 200:
                message = reply.message or f"fake error {reply.status}"
                body = json.dumps({"error": {"message": message}}).encode()
                self.send_response(reply.status)
                for name, value in {"content-type": "application/json", **reply.headers}.items():
                    self.send_header(name, value)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            if reply.plain or reply.html:
                self.whole(reply)
                return
            if reply.trickle:
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.end_headers()
                for _ in range(int(120 / reply.trickle)):  # a keep-alive byte, again and again
                    self.wfile.write(b": keep-alive\n\n")
                    self.wfile.flush()
                    time.sleep(reply.trickle)
                return
            body = sse(reply)
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            if reply.drop:
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[: len(body) // 3])
                self.wfile.flush()
                self.connection.shutdown(2)
                return
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            fake.answered.append(time.perf_counter())

        def whole(self, reply: Reply) -> None:
            if reply.html:
                body, kind = b"<html><body>Please log in</body></html>", "text/html"
            else:
                completion = {
                    "id": "fake", "object": "chat.completion", "created": 0, "model": "fake",
                    "choices": [{"index": 0, "finish_reason": reply.finish_reason,
                                 "message": {"role": "assistant", "content": reply.content}}],
                    "usage": {"prompt_tokens": 100, "completion_tokens": 7, "total_tokens": 107},
                }  # fmt: skip
                body, kind = json.dumps(completion).encode(), "application/json"
            self.send_response(200)
            self.send_header("content-type", kind)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 - the model list, for `factsheet doctor`
            body = json.dumps({"object": "list", "data": [{"id": "fake-model", "object": "model"}]}).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    class Server(ThreadingHTTPServer):
        request_queue_size = 256  # the default 5 drops a burst of connections (SYN retried after 1 s)

        def handle_error(self, request: object, client_address: object) -> None:
            """A client that hung up mid-answer is what some tests do: no traceback on stderr,
            where it would land in a later test's captured output."""
            if not isinstance(sys.exc_info()[1], ConnectionError):
                super().handle_error(request, client_address)  # type: ignore[arg-type]

    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", fake
    finally:
        server.shutdown()
        server.server_close()
