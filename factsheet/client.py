"""Talk to any OpenAI-compatible server: structured output, retries, re-asks, token usage.

Transport failures (429, 5xx, timeouts, dropped connections) back off and retry a bounded
number of times and never reach the prompt. Invalid answers are re-asked at most
``MAX_REASKS`` times with the structured error list and a short history. Token usage is
summed over every request.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import functools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

import openai
import tenacity
from pydantic import BaseModel, ValidationError

from factsheet import prompts
from factsheet.errors import ModelError, UnreachableError
from factsheet.models import OUTPUT_MODES

T = TypeVar("T", bound=BaseModel)
Narrow = Callable[[dict[str, Any]], dict[str, Any]] | None

MAX_REASKS = 2
TRANSPORT_ATTEMPTS = 4
MAX_RETRY_AFTER = 60.0
# Event-loop turns a finished request yields so that the one waiting for its slot can get onto
# the socket first (bench/batch.py: this halves the time lost at each wave of -j requests).
HANDOFF_TURNS = 3


@dataclass
class Usage:
    """Requests and tokens over every attempt (estimated when a server reports none)."""

    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    estimated: bool = False
    seconds: float = 0.0  # waiting for the server, over every request

    def add(self, other: Usage) -> None:
        self.requests += other.requests
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.estimated = self.estimated or other.estimated
        self.seconds += other.seconds


@dataclass
class Reply:
    text: str
    finish_reason: str | None
    refusal: str | None = None


class _Dropped(Exception):
    """The connection broke in the middle of a streamed answer."""


class _Rejected(Exception):
    """The server refused the request's output mode (``mode``)."""

    def __init__(self, mode: str, error: openai.APIStatusError) -> None:
        super().__init__(mode)
        self.mode, self.error = mode, error


@dataclass
class Modes:
    """The output mode requests are sent in, shared by every client of a run: once the server
    rejects a mode, no article asks in it again."""

    current: str = OUTPUT_MODES[0]

    def reject(self, mode: str) -> None:
        """``mode`` was rejected: move on to the next weaker one (if no request did already)."""
        if self.current == mode and mode != OUTPUT_MODES[-1]:
            self.current = OUTPUT_MODES[OUTPUT_MODES.index(mode) + 1]


@dataclass
class ModelClient:
    """One model on one OpenAI-compatible server, for one article (its usage is the article's).

    ``limit`` and ``modes`` are shared by every client of a batch run: at most ``limit``
    requests are in flight at once (``-j``), whichever articles they belong to, and an output
    mode the server rejected is not tried again.
    """

    client: openai.AsyncOpenAI
    model: str
    modes: Modes = field(default_factory=Modes)
    max_tokens: int = 1200
    on_token: Callable[[int], None] | None = None
    usage: Usage = field(default_factory=Usage)
    wait_cap: float = 20.0
    limit: asyncio.Semaphore | None = None
    on_request: Callable[[int], None] | None = None  # +1 as a request goes out, -1 when it ends

    @property
    def server(self) -> str:
        return str(self.client.base_url).rstrip("/")

    @property
    def mode(self) -> str:
        """The output mode the next request is sent in."""
        return self.modes.current

    async def ask(
        self,
        messages: list[dict[str, str]],
        answer_type: type[T],
        check: Callable[[T], list[str]] | None = None,
        narrow: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    ) -> T:
        """Ask until the answer parses, validates and passes ``check``; re-ask at most twice.

        ``narrow`` tightens the schema sent for this request (e.g. the valid candidate ids).
        """
        history = list(messages)
        reply, errors = Reply("", None), []
        for _ in range(1 + MAX_REASKS):
            reply = await self._complete(history, answer_type, narrow)
            if reply.refusal:
                raise ModelError(f"The model refused to answer: {reply.refusal}")
            outcome = _problems(reply, answer_type, check)
            if not isinstance(outcome, list):
                return outcome
            errors = outcome
            reask = prompts.render("reask", errors=errors)
            history = [*messages, _assistant(reply.text), {"role": "user", "content": reask}]
        raise ModelError(
            f"{self.model} on {self.server} gave no valid answer in {1 + MAX_REASKS} tries "
            f"(last problem: {errors[0] if errors else 'empty answer'}).",
            attempts=self.usage.requests,
            last_answer=reply.text,
        )

    async def _complete(
        self, messages: list[dict[str, str]], answer_type: type[BaseModel], narrow: Narrow
    ) -> Reply:
        """One answer, falling back to a weaker output mode when the server rejects one."""
        while True:
            try:
                return await self._send_with_retries(messages, answer_type, narrow)
            except _Rejected as rejected:
                if rejected.mode == OUTPUT_MODES[-1]:
                    raise ModelError(
                        f"{self.server} rejected the request: {_message(rejected.error)}"
                    ) from None
                self.modes.reject(rejected.mode)

    async def _send_with_retries(
        self, messages: list[dict[str, str]], answer_type: type[BaseModel], narrow: Narrow
    ) -> Reply:
        retrying = tenacity.AsyncRetrying(
            retry=tenacity.retry_if_exception(_transient),
            stop=tenacity.stop_after_attempt(TRANSPORT_ATTEMPTS),
            wait=self._wait,
            reraise=True,
        )
        try:
            return await retrying(self._send, messages, answer_type, narrow)
        except openai.AuthenticationError:
            raise UnreachableError(
                f"{self.server} refused the API key (HTTP 401); check OPENAI_API_KEY."
            ) from None
        except openai.PermissionDeniedError as error:
            raise UnreachableError(f"{self.server} denied access: {_message(error)}") from None
        except openai.NotFoundError:
            raise UnreachableError(
                f"{self.server} has no model {self.model!r} (HTTP 404); check --model."
            ) from None
        except (openai.APITimeoutError, openai.APIConnectionError, _Dropped) as error:
            raise UnreachableError(
                f"{self.server} could not be reached after {TRANSPORT_ATTEMPTS} attempts "
                f"({_describe(error)}); check OPENAI_BASE_URL and that the server is running."
            ) from None
        except (openai.RateLimitError, openai.InternalServerError) as error:
            raise UnreachableError(
                f"{self.server} kept failing after {TRANSPORT_ATTEMPTS} attempts "
                f"(HTTP {error.status_code}: {_message(error)})."
            ) from None

    def _wait(self, state: tenacity.RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        if isinstance(error, openai.APIStatusError):
            retry_after = error.response.headers.get("retry-after")
            if retry_after and retry_after.replace(".", "", 1).isdigit():
                return min(float(retry_after), MAX_RETRY_AFTER)
        return float(min(self.wait_cap, 0.5 * 2**state.attempt_number))

    async def _send(
        self, messages: list[dict[str, str]], answer_type: type[BaseModel], narrow: Narrow
    ) -> Reply:
        reply = await self._send_in_slot(messages, answer_type, narrow)
        if self.limit is not None:  # let the request waiting for this slot go out before
            for _ in range(HANDOFF_TURNS):  # this article's verification takes the CPU
                await asyncio.sleep(0)
        return reply

    async def _send_in_slot(
        self, messages: list[dict[str, str]], answer_type: type[BaseModel], narrow: Narrow
    ) -> Reply:
        async with self.limit or contextlib.nullcontext():
            mode = self.mode  # read now: another article may have moved it on while this one waited
            self.usage.requests += 1
            started = time.perf_counter()
            self._in_flight(1)
            try:
                return await self._request(messages, answer_type, narrow, mode)
            except openai.APIStatusError as error:
                if _rejects_format(error):
                    raise _Rejected(mode, error) from error
                raise
            finally:
                self.usage.seconds += time.perf_counter() - started
                self._in_flight(-1)

    def _in_flight(self, change: int) -> None:
        if self.on_request:
            self.on_request(change)

    async def _request(
        self, messages: list[dict[str, str]], answer_type: type[BaseModel], narrow: Narrow, mode: str
    ) -> Reply:
        request = output_format(mode, answer_type, narrow)
        sent = [*messages]
        if mode in ("json_object", "prompt"):  # the schema travels in the prompt
            schema = json.dumps(_narrowed(wire_schema(answer_type, strict=False), narrow))
            sent[0] = {**sent[0], "content": f"{sent[0]['content']}\nJSON schema: {schema}"}
        stream = await self.client.chat.completions.create(
            model=self.model, messages=cast(Any, sent), temperature=0, max_tokens=self.max_tokens,
            stream=True, **request,
        )  # type: ignore[call-overload]  # fmt: skip
        return await self._read(stream, sent)

    async def _read(self, stream: Any, sent: list[dict[str, str]]) -> Reply:
        pieces: list[str] = []
        finish = refusal = None
        usage = None
        try:
            async for chunk in stream:
                usage = chunk.usage or usage
                if not chunk.choices:
                    continue
                choice = chunk.choices[0]
                if choice.delta and choice.delta.content:
                    pieces.append(choice.delta.content)
                    if self.on_token:
                        self.on_token(1)
                refusal = getattr(choice.delta, "refusal", None) or refusal
                finish = choice.finish_reason or finish
        except openai.APIError:
            raise
        except Exception as error:  # the transport broke mid-answer
            raise _Dropped(f"connection dropped mid-answer: {type(error).__name__}") from error
        finally:  # the connection goes back to the pool, or is dropped
            with contextlib.suppress(Exception):
                await stream.close()
        self._count(usage, sent, pieces)
        return Reply("".join(pieces), finish, refusal)

    def _count(self, usage: Any, sent: list[dict[str, str]], pieces: list[str]) -> None:
        if usage is not None:
            self.usage.prompt_tokens += usage.prompt_tokens or 0
            self.usage.completion_tokens += usage.completion_tokens or 0
            return
        # The server reported no usage: one streamed piece is one token on llama.cpp;
        # the prompt is estimated at four characters a token.
        self.usage.estimated = True
        self.usage.completion_tokens += len(pieces)
        self.usage.prompt_tokens += sum(len(m["content"]) for m in sent) // 4


def output_format(mode: str, answer_type: type[BaseModel], narrow: Narrow = None) -> dict[str, Any]:
    """The request arguments for one structured-output mode."""
    name = answer_type.__name__.lower()
    if mode == "json_schema":
        schema = _narrowed(wire_schema(answer_type, strict=True), narrow)
        return {
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": name, "strict": True, "schema": schema},
            },
            "stream_options": {"include_usage": True},
        }
    if mode == "json_object_schema":  # llama.cpp's server: a grammar from the schema
        schema = _narrowed(wire_schema(answer_type, strict=False), narrow)
        return {"response_format": {"type": "json_object", "schema": schema}}
    if mode == "json_object":
        return {"response_format": {"type": "json_object"}}
    return {}


def _narrowed(schema: dict[str, Any], narrow: Narrow) -> dict[str, Any]:
    return narrow(schema) if narrow else schema


def wire_schema(answer_type: type[BaseModel], strict: bool) -> dict[str, Any]:
    """A fresh copy of the (cached) schema sent to servers for this answer type."""
    return copy.deepcopy(_wire_schema(answer_type, strict))


@functools.cache
def _wire_schema(answer_type: type[BaseModel], strict: bool) -> dict[str, Any]:
    """The JSON schema sent to servers: references inlined, titles dropped.

    Strict mode (OpenAI) also drops length limits it does not accept; grammar servers
    (llama.cpp) keep them, so a small model cannot ramble.
    """
    schema = answer_type.model_json_schema()
    definitions = schema.pop("$defs", {})

    # Strict servers (OpenAI) read descriptions; grammar servers never show them to the model.
    drop = {"title"} | ({"maxLength", "maxItems", "default"} if strict else {"description"})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return inline(definitions[node["$ref"].split("/")[-1]])
            return {
                key: ({k: inline(v) for k, v in value.items()} if key == "properties" else inline(value))
                for key, value in node.items()
                if key not in drop
            }
        if isinstance(node, list):
            return [inline(item) for item in node]
        return node

    return dict(inline(schema))


def _problems(reply: Reply, answer_type: type[T], check: Callable[[T], list[str]] | None) -> T | list[str]:
    """The validated answer, or the list of errors to send back to the model."""
    if reply.finish_reason == "length":
        return ["Your answer was cut off at the token limit: answer again, more briefly."]
    try:
        answer = answer_type.model_validate_json(_json_text(reply.text))
    except ValidationError as error:
        return [_error_line(e) for e in error.errors()[:8]]
    errors = check(answer) if check else []
    return answer if not errors else errors


def _error_line(error: Any) -> str:
    where = ".".join(str(p) for p in error["loc"]) or "answer"
    if error["type"] == "json_invalid":
        return "The answer is not valid JSON: answer with one JSON object only."
    return f"{where}: {error['msg']}"


def _json_text(text: str) -> str:
    """The JSON object inside an answer that may wrap it in prose or a code fence."""
    fenced = re.search(r"```(?:json)?\s*(\{.*\})\s*```", text, re.DOTALL)
    if fenced:
        return fenced.group(1)
    start, end = text.find("{"), text.rfind("}")
    return text[start : end + 1] if 0 <= start < end else text


def _assistant(text: str) -> dict[str, str]:
    return {"role": "assistant", "content": text[:6000]}


def _rejects_format(error: openai.APIStatusError) -> bool:
    """A 400/422, or a 500 that blames response_format (llama-cpp-python's server does that)."""
    if isinstance(error, openai.BadRequestError | openai.UnprocessableEntityError):
        return True
    return error.status_code == 500 and "response_format" in str(error.body or error.message)


def _transient(error: BaseException) -> bool:
    return isinstance(
        error,
        openai.RateLimitError | openai.InternalServerError | openai.APITimeoutError
        | openai.APIConnectionError | _Dropped,
    )  # fmt: skip


def _message(error: openai.APIStatusError) -> str:
    body = error.body
    if isinstance(body, dict):
        detail = body.get("message") or body.get("detail") or body.get("error") or body
        return str(detail)[:300]
    return str(error.message)[:300]


def _describe(error: BaseException) -> str:
    if isinstance(error, openai.APITimeoutError):
        return "the request timed out"
    if isinstance(error, _Dropped):
        return str(error)
    return "connection refused or lost"
