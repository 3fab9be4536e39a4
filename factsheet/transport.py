"""Sending one request and reading its answer: the SDK's retries, a deadline on the whole
answer, exact usage, and a server's rules learnt from its own answers.

* Retries are the ``openai`` SDK's (408, 409, 429 and 5xx, with jitter, ``Retry-After`` and
  ``retry-after-ms``), bounded by ``--retries``; tenacity retries only what the SDK cannot see,
  a stream that breaks in the middle of an answer.
* ``--timeout`` bounds the whole answer, from the request to its last byte, retries included:
  a server that trickles bytes or never answers ends the run in that time.
* Every streamed request asks for usage (``stream_options.include_usage``); tokens are
  "estimated" only when the server sent none.
* A 400 that names a parameter or value the model does not take (a reasoning model's
  ``max_tokens`` or ``temperature``) is adapted once and remembered for the run: never taken
  for a format rejection. Only an error that names ``response_format`` moves the output mode
  on; any other 400/422 is reported with the server's own message.
* A server that answers a streamed request with one plain JSON body is read all the same.
* A server known to send no usage in a stream (the embedded llama-cpp-python server) is
  asked for whole answers instead, which carry its exact usage.
* A request longer than the model's context (the server says so) raises ContextOverflow,
  which the pipeline answers by cutting the article part in two; where the server can count
  tokens, ``count`` says beforehand how many the prompt takes.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import time
from dataclasses import dataclass
from typing import Any, cast

import openai
import tenacity
from openai.types.chat import ChatCompletion
from pydantic import BaseModel

from factsheet.errors import ContextOverflow, ModelError, UnreachableError
from factsheet.models import OUTPUT_MODES
from factsheet.wire import Narrow, output_format, wire_schema

log = logging.getLogger("factsheet")
STREAM_ATTEMPTS = 3  # a stream that breaks mid-answer is asked again, at most this often
# How servers word a prompt longer than the context (OpenAI's code, vLLM, llama.cpp and
# llama-cpp-python, Ollama).
_OVERFLOW = re.compile(
    r"context_length_exceeded|maximum context length|exceeds? (?:the )?(?:available )?context"
    r"|context (?:window|size|length)|too many tokens|input is too long",
    re.IGNORECASE,
)
DEFAULT_RETRIES = 3  # the SDK's own retries of one request (--retries)
MAX_ANSWER_TOKENS = 1200  # max_tokens of every request (an answer of labels takes far fewer)


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


@dataclass
class ServerRules:
    """What one server takes, learnt from its answers and shared by every client of a run:
    the output mode it accepts and how it wants its parameters."""

    mode: str = OUTPUT_MODES[0]
    token_limit: str = "max_tokens"  # or "max_completion_tokens" (reasoning models)
    temperature: bool = True  # False: the model takes only its default
    usage_option: bool = True  # False: the server refuses stream_options
    stream: bool = True  # False: ask for whole answers (a server that streams no usage)
    context: int | None = None  # the model's context in tokens, where the server is ours
    tokenizer: str | None = None  # a URL that counts a text's tokens with the model's tokenizer

    @classmethod
    def for_model(cls, model: str, mode: str = OUTPUT_MODES[0]) -> ServerRules:
        """A first guess from the model's name (OpenAI's reasoning models take
        max_completion_tokens and only the default temperature); the server's answers correct it."""
        reasoning = re.match(r"(?:openai/)?(?:o\d|gpt-5)", model) is not None
        return cls(mode, "max_completion_tokens" if reasoning else "max_tokens", not reasoning)

    def reject(self, mode: str) -> None:
        """``mode`` was rejected: move on to the next weaker one (if no request did already)."""
        if self.mode == mode and mode != OUTPUT_MODES[-1]:
            self.mode = OUTPUT_MODES[OUTPUT_MODES.index(mode) + 1]

    def adapt(self, message: str) -> bool:
        """Adapt to a 400 that names a parameter or value the model does not take; False if
        the message names none we can change."""
        text = message.lower()
        if (
            "max_tokens" in text
            and self.token_limit == "max_tokens"
            and ("max_completion_tokens" in text or "unsupported" in text or "not supported" in text)
        ):
            self.token_limit = "max_completion_tokens"
        elif "temperature" in text and self.temperature:
            self.temperature = False
        elif "stream_options" in text and self.usage_option:
            self.usage_option = False
        else:
            return False
        return True


class _Dropped(Exception):
    """The connection broke in the middle of a streamed answer."""


@dataclass
class Transport:
    """Sends requests for one model on one server and reads the answers."""

    client: openai.AsyncOpenAI
    model: str
    rules: ServerRules
    usage: Usage
    deadline: float = 120.0
    max_tokens: int = MAX_ANSWER_TOKENS
    on_token: Any = None  # Callable[[int], None]

    @property
    def server(self) -> str:
        return str(self.client.base_url).rstrip("/")

    async def send(
        self, messages: list[dict[str, str]], answer_type: type[BaseModel], narrow: Narrow
    ) -> Reply:
        """One answer within the deadline, in the strictest output mode the server takes."""
        try:
            async with asyncio.timeout(self.deadline):
                return await self._send(messages, answer_type, narrow)
        except TimeoutError:
            raise UnreachableError(
                f"{self.server} gave no complete answer within {self.deadline:g} s (--timeout bounds "
                "the whole answer); try a longer --timeout, or check the server."
            ) from None

    async def _send(
        self, messages: list[dict[str, str]], answer_type: type[BaseModel], narrow: Narrow
    ) -> Reply:
        while True:
            mode = self.rules.mode  # read now: another article may have moved it on
            try:
                return await self._attempts(messages, answer_type, narrow, mode)
            except openai.APIStatusError as error:
                message = _message(error)
                if _client_error(error) and self.rules.adapt(message):
                    continue  # a parameter the model does not take: adapted, asked again
                if _names_format(error, message) and mode != OUTPUT_MODES[-1]:
                    self.rules.reject(mode)
                    continue
                if _client_error(error) or error.status_code == 500:
                    if _OVERFLOW.search(message):
                        raise ContextOverflow(f"{self.server}: {message}") from None
                raise _refused(self.server, self.model, error, message) from None
            except (openai.APITimeoutError, openai.APIConnectionError, _Dropped) as error:
                raise UnreachableError(
                    f"{self.server} could not be reached ({_describe(error)}); check OPENAI_BASE_URL "
                    "and that the server is running."
                ) from None

    async def _attempts(
        self, messages: list[dict[str, str]], answer_type: type[BaseModel], narrow: Narrow, mode: str
    ) -> Reply:
        retrying = tenacity.AsyncRetrying(
            retry=tenacity.retry_if_exception_type(_Dropped),
            stop=tenacity.stop_after_attempt(STREAM_ATTEMPTS),
            wait=tenacity.wait_random_exponential(multiplier=0.5, max=8),
            reraise=True,
        )
        return cast(Reply, await retrying(self._once, messages, answer_type, narrow, mode))

    async def _once(
        self, messages: list[dict[str, str]], answer_type: type[BaseModel], narrow: Narrow, mode: str
    ) -> Reply:
        self.usage.requests += 1
        started = time.perf_counter()
        try:
            sent = with_schema_in_prompt(messages, answer_type, narrow, mode)
            raw = await self.client.chat.completions.with_raw_response.create(
                model=self.model,
                messages=cast(Any, sent),
                stream=self.rules.stream,
                **self._arguments(answer_type, narrow, mode),
            )
            self.usage.requests += raw.retries_taken  # the SDK's own retries of this request
            kind = raw.headers.get("content-type", "")
            if "text/event-stream" in kind:
                return await self._read(raw.parse(), sent)
            return await self._whole(raw.http_response, kind, sent)
        finally:
            self.usage.seconds += time.perf_counter() - started

    def _arguments(self, answer_type: type[BaseModel], narrow: Narrow, mode: str) -> dict[str, Any]:
        return request_arguments(self.rules, mode, answer_type, narrow, self.max_tokens)

    async def count(
        self, messages: list[dict[str, str]], answer_type: type[BaseModel], narrow: Narrow
    ) -> int | None:
        """The prompt's tokens as the model's own tokenizer counts them (the messages in the
        ChatML turns the embedded model's template wraps them in); None where the server
        cannot count."""
        if not self.rules.tokenizer:
            return None
        sent = with_schema_in_prompt(messages, answer_type, narrow, self.rules.mode)
        turns = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in sent)
        try:
            counted = await self.client.post(
                self.rules.tokenizer, cast_to=object,
                body={"input": turns + "<|im_start|>assistant\n", "model": self.model},
            )  # fmt: skip
            return int(cast(dict[str, Any], counted)["count"])
        except (openai.APIError, KeyError, TypeError, ValueError):
            return None  # counting is a help: a server that cannot count is asked all the same

    async def _read(self, stream: Any, sent: list[dict[str, str]]) -> Reply:
        pieces: list[str] = []
        finish = refusal = usage = None
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
        except openai.APIStatusError:
            raise
        except Exception as error:  # the transport broke mid-answer
            raise _Dropped(f"connection dropped mid-answer: {type(error).__name__}") from error
        finally:  # the connection goes back to the pool, or is dropped
            with contextlib.suppress(Exception):
                await stream.close()
        self._count(usage, sent, pieces)
        return Reply("".join(pieces), finish, refusal)

    async def _whole(self, response: Any, kind: str, sent: list[dict[str, str]]) -> Reply:
        """A server (or a proxy) that answered a streamed request with one plain body."""
        body = (await response.aread()).decode("utf-8", "replace")
        try:
            completion = ChatCompletion.model_validate(json.loads(body))
        except ValueError:
            raise ModelError(
                f"{self.server} answered a streamed request with {kind or 'no content type'}, neither an "
                f"event stream nor a chat completion ({body[:80]!r}); is OPENAI_BASE_URL an "
                "OpenAI-compatible API?"
            ) from None
        if not completion.choices:
            return Reply("", None)
        choice = completion.choices[0]
        text = choice.message.content or ""
        self._count(completion.usage, sent, [text] if text else [])
        if self.on_token and completion.usage:  # a whole answer: its tokens at once
            self.on_token(completion.usage.completion_tokens or 0)
        return Reply(text, choice.finish_reason, getattr(choice.message, "refusal", None))

    def _count(self, usage: Any, sent: list[dict[str, str]], pieces: list[str]) -> None:
        if usage is not None:
            self.usage.prompt_tokens += usage.prompt_tokens or 0
            self.usage.completion_tokens += usage.completion_tokens or 0
            log.info(
                "answer: %d prompt + %d completion tokens (the server's count)",
                usage.prompt_tokens or 0, usage.completion_tokens or 0,
            )  # fmt: skip
            return
        # The server reported no usage: one streamed piece is one token on llama.cpp;
        # the prompt is estimated at four characters a token.
        self.usage.estimated = True
        self.usage.completion_tokens += len(pieces)
        self.usage.prompt_tokens += sum(len(m["content"]) for m in sent) // 4
        log.info("answer: %d pieces streamed (the server reported no usage)", len(pieces))


def request_arguments(
    rules: ServerRules, mode: str, answer_type: type[BaseModel], narrow: Narrow, max_tokens: int
) -> dict[str, Any]:
    """A request's parameters beyond model and messages, as this server takes them (a live
    request's, and a batch line's body: archive.py)."""
    arguments: dict[str, Any] = {**output_format(mode, answer_type, narrow), rules.token_limit: max_tokens}
    if rules.temperature:
        arguments["temperature"] = 0
    if rules.usage_option and rules.stream:
        arguments["stream_options"] = {"include_usage": True}
    return arguments


def with_schema_in_prompt(
    messages: list[dict[str, str]], answer_type: type[BaseModel], narrow: Narrow, mode: str
) -> list[dict[str, str]]:
    """In the modes without a schema parameter, the schema travels in the system prompt."""
    sent = [*messages]
    if mode in ("json_object", "prompt"):
        schema = wire_schema(answer_type, strict=False)
        shown = json.dumps(narrow(schema) if narrow else schema)
        sent[0] = {**sent[0], "content": f"{sent[0]['content']}\nJSON schema: {shown}"}
    return sent


def _client_error(error: openai.APIStatusError) -> bool:
    return isinstance(error, openai.BadRequestError | openai.UnprocessableEntityError)


def _names_format(error: openai.APIStatusError, message: str) -> bool:
    """A rejection of the output mode itself: the error names response_format (a 400 or 422,
    or llama-cpp-python's 500 for a json_schema it does not take)."""
    named = "response_format" in message or "json_schema" in message
    return named and (_client_error(error) or error.status_code == 500)


def _refused(server: str, model: str, error: openai.APIStatusError, message: str) -> Exception:
    if isinstance(error, openai.AuthenticationError):
        return UnreachableError(f"{server} refused the API key (HTTP 401); check OPENAI_API_KEY.")
    if isinstance(error, openai.NotFoundError):
        return UnreachableError(f"{server} has no model {model!r} (HTTP 404); check --model.")
    if isinstance(error, openai.PermissionDeniedError):
        return UnreachableError(f"{server} denied access: {message}")
    if isinstance(error, openai.RateLimitError | openai.InternalServerError) or error.status_code >= 500:
        return UnreachableError(
            f"{server} kept failing after its retries (HTTP {error.status_code}: {message})."
        )
    return UnreachableError(f"{server} rejected the request (HTTP {error.status_code}): {message}")


def _message(error: openai.APIStatusError) -> str:
    body = error.body
    if isinstance(body, dict):
        detail = body.get("message") or body.get("detail") or body.get("error") or body
        if isinstance(detail, dict):
            detail = detail.get("message") or detail
        return str(detail)[:300]
    return str(error.message)[:300]


def _describe(error: BaseException) -> str:
    if isinstance(error, openai.APITimeoutError):
        return "the request timed out"
    if isinstance(error, _Dropped):
        return str(error)
    return "connection refused or lost"
