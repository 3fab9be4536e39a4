"""Loopback emulators of OpenAI-compatible server families, each enforcing the request rules its
documentation states. They answer a valid extraction made from the request's own schema: a
hand-written fixture, not a model (cassettes stay the record of the real embedded model).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from factsheet.wire import strict_problems


@dataclass(frozen=True)
class Family:
    """What one server family accepts, as its documentation states it."""

    name: str
    doc: str
    formats: tuple[str, ...]  # response_format types it takes
    strict_schema: bool = False  # json_schema must follow OpenAI's strict rules
    reasoning: bool = False  # refuses max_tokens and a temperature other than 1
    usage_when_asked: bool = True  # a usage chunk when stream_options.include_usage is set
    known: frozenset[str] = frozenset()  # the parameters it knows (empty: it ignores unknown ones)


OPENAI_PARAMETERS = frozenset(
    {
        "model",
        "messages",
        "stream",
        "stream_options",
        "response_format",
        "temperature",
        "max_tokens",
        "max_completion_tokens",
        "top_p",
        "n",
        "stop",
        "seed",
        "user",
        "tools",
        "tool_choice",
    }
)
FAMILIES = {
    # https://platform.openai.com/docs/guides/structured-outputs#supported-schemas and
    # https://platform.openai.com/docs/api-reference/chat/create (stream_options.include_usage)
    "openai-chat": Family(
        "openai-chat",
        "platform.openai.com/docs/guides/structured-outputs",
        ("json_schema", "json_object", "text"),
        strict_schema=True,
        known=OPENAI_PARAMETERS,
    ),
    # https://platform.openai.com/docs/guides/reasoning: max_completion_tokens, default temperature
    "openai-reasoning": Family(
        "openai-reasoning",
        "platform.openai.com/docs/guides/reasoning",
        ("json_schema", "json_object", "text"),
        strict_schema=True,
        reasoning=True,
        known=OPENAI_PARAMETERS,
    ),
    # https://github.com/ollama/ollama/blob/main/docs/openai.md (json_schema since 0.5)
    "ollama": Family(
        "ollama", "github.com/ollama/ollama/blob/main/docs/openai.md", ("json_schema", "json_object", "text")
    ),
    # https://docs.vllm.ai/en/latest/features/structured_outputs.html
    "vllm": Family(
        "vllm",
        "docs.vllm.ai/en/latest/features/structured_outputs.html",
        ("json_schema", "json_object", "text"),
    ),
    # https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md
    "llama.cpp": Family(
        "llama.cpp",
        "github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md",
        ("json_schema", "json_object", "text"),
    ),
    # llama-cpp-python 0.3.36 server/types.py: response_format.type is "text" or "json_object"
    # (with an optional "schema"); no usage in a stream
    "llama-cpp-python": Family(
        "llama-cpp-python",
        "llama-cpp-python server/types.py",
        ("json_object", "text"),
        usage_when_asked=False,
    ),
}


@dataclass
class Emulator:
    family: Family
    requests: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)

    def check(self, request: dict[str, Any]) -> tuple[int, str] | None:
        """(status, message) when the family refuses the request, else None."""
        family = self.family
        unknown = sorted(set(request) - family.known) if family.known else []
        if unknown:
            return 400, f"Unrecognized request argument supplied: {unknown[0]}"
        if family.reasoning and "max_tokens" in request:
            return 400, (
                "Unsupported parameter: 'max_tokens' is not supported with this model. "
                "Use 'max_completion_tokens' instead."
            )
        if family.reasoning and request.get("temperature", 1) != 1:
            return 400, (
                "Unsupported value: 'temperature' does not support "
                f"{request['temperature']} with this model. Only the default (1) value is supported."
            )
        form = request.get("response_format") or {"type": "text"}
        if form.get("type") not in family.formats:
            status = 500 if family.name == "llama-cpp-python" else 400
            return status, f"response_format: type {form.get('type')!r} is not supported"
        if form.get("type") == "json_schema" and family.strict_schema:
            problems = strict_problems(form["json_schema"]["schema"])
            if problems or form["json_schema"].get("strict") is not True:
                return 400, f"Invalid schema for response_format 'answer': {(problems or ['strict'])[0]}"
        return None

    def answer(self, request: dict[str, Any]) -> bytes:
        form = request.get("response_format") or {}
        schema = form.get("schema") or form.get("json_schema", {}).get("schema") or {}
        content = json.dumps(instance(schema))
        base = {"id": "emulated", "object": "chat.completion.chunk", "created": 0, "model": request["model"]}
        chunks = [
            {
                **base,
                "choices": [{"index": 0, "delta": {"content": content[i : i + 16]}, "finish_reason": None}],
            }
            for i in range(0, len(content), 16)
        ]
        chunks.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        asked = (request.get("stream_options") or {}).get("include_usage")
        if asked and self.family.usage_when_asked:
            chunks.append(
                {
                    **base,
                    "choices": [],
                    "usage": {"prompt_tokens": 321, "completion_tokens": 12, "total_tokens": 333},
                }
            )
        return ("".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n").encode()


def instance(schema: dict[str, Any]) -> Any:
    """The plainest value a schema allows: null where allowed, else the first option."""
    if "enum" in schema:
        return None if None in schema["enum"] else schema["enum"][0]
    if "anyOf" in schema:
        return instance(schema["anyOf"][-1])
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "null" in kinds:
        return None
    if "object" in kinds:
        return {name: instance(part) for name, part in schema.get("properties", {}).items()}
    if "array" in kinds:
        return [instance(schema["items"]) for _ in range(schema.get("minItems", 0))]
    return {"string": "x", "integer": 0, "number": 0, "boolean": False}.get(str(kinds[0]), None)


@contextmanager
def emulate(name: str) -> Iterator[tuple[str, Emulator]]:
    """Run the emulator of one server family on a free loopback port; yield its base URL."""
    emulator = Emulator(FAMILIES[name])

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 - the model list
            self.send(
                200,
                "application/json",
                json.dumps(
                    {"object": "list", "data": [{"id": "emulated-model", "object": "model"}]}
                ).encode(),
            )

        def do_POST(self) -> None:  # noqa: N802
            request = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))))
            emulator.requests.append(request)
            refused = emulator.check(request)
            if refused:
                emulator.rejected.append(refused[1])
                self.send(
                    refused[0], "application/json", json.dumps({"error": {"message": refused[1]}}).encode()
                )
                return
            self.send(200, "text/event-stream", emulator.answer(request))

        def send(self, status: int, kind: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("content-type", kind)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", emulator
    finally:
        server.shutdown()
        server.server_close()
