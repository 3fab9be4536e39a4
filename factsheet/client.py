"""The re-ask loop: ask until the answer parses, validates and passes its check.

Invalid answers are re-asked at most ``MAX_REASKS`` times with the structured error list
and a short history; transport is transport.py's (retries, deadline, usage, the server's
rules), and the schema on the wire is wire.py's.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import openai
from pydantic import BaseModel, ValidationError

from factsheet import prompts
from factsheet.errors import ModelError
from factsheet.transport import DEFAULT_RETRIES, MAX_ANSWER_TOKENS, Reply, ServerRules, Transport, Usage
from factsheet.wire import Narrow, output_format, wire_schema

__all__ = [
    "DEFAULT_RETRIES",
    "MAX_REASKS",
    "ModelClient",
    "ServerRules",
    "Usage",
    "output_format",
    "problems",
    "reask_messages",
    "wire_schema",
]

T = TypeVar("T", bound=BaseModel)
MAX_REASKS = 2
# Event-loop turns a finished request yields so that the one waiting for its slot can get onto
# the socket first (bench/batch.py: this halves the time lost at each wave of -j requests).
HANDOFF_TURNS = 3


@dataclass
class ModelClient:
    """One model on one OpenAI-compatible server, for one article (its usage is the article's).

    ``limit`` and ``rules`` are shared by every client of a batch run: at most ``limit``
    requests are in flight at once (``-j``), whichever articles they belong to, and what the
    server was found to take (its output mode, its parameters) is not tried again.
    """

    client: openai.AsyncOpenAI
    model: str
    rules: ServerRules = field(default_factory=ServerRules)
    max_tokens: int = MAX_ANSWER_TOKENS
    on_token: Callable[[int], None] | None = None
    usage: Usage = field(default_factory=Usage)
    deadline: float = 120.0
    limit: asyncio.Semaphore | None = None
    on_request: Callable[[int], None] | None = None  # +1 as a request goes out, -1 when it ends

    @property
    def server(self) -> str:
        return str(self.client.base_url).rstrip("/")

    @property
    def mode(self) -> str:
        """The output mode the next request is sent in."""
        return self.rules.mode

    @property
    def context(self) -> int | None:
        """The model's context in tokens, where known (the embedded model's)."""
        return self.rules.context

    async def count(
        self, messages: list[dict[str, str]], answer_type: type[BaseModel], narrow: Narrow = None
    ) -> int | None:
        """The prompt's tokens by the model's own tokenizer; None where the server cannot count."""
        return await self.transport.count(messages, answer_type, narrow)

    @property
    def transport(self) -> Transport:
        return Transport(
            self.client, self.model, self.rules, self.usage, self.deadline, self.max_tokens, self.on_token
        )

    async def ask(
        self,
        messages: list[dict[str, str]],
        answer_type: type[T],
        check: Callable[[T], list[str]] | None = None,
        narrow: Narrow = None,
    ) -> T:
        """Ask until the answer parses, validates and passes ``check``; re-ask at most twice.

        ``narrow`` tightens the schema sent for this request (e.g. the valid candidate ids).
        """
        history = list(messages)
        reply, errors = Reply("", None), []
        for _ in range(1 + MAX_REASKS):
            reply = await self._send(history, answer_type, narrow)
            if reply.refusal:
                raise ModelError(f"The model refused to answer: {reply.refusal}")
            outcome = problems(reply, answer_type, check)
            if not isinstance(outcome, list):
                return outcome
            errors = outcome
            history = reask_messages(messages, reply.text, errors)
        raise ModelError(
            f"{self.model} on {self.server} gave no valid answer in {1 + MAX_REASKS} tries "
            f"(last problem: {errors[0] if errors else 'empty answer'}).",
            attempts=self.usage.requests,
            last_answer=reply.text,
        )

    async def _send(
        self, messages: list[dict[str, str]], answer_type: type[BaseModel], narrow: Narrow
    ) -> Reply:
        async with self.limit or contextlib.nullcontext():
            self._in_flight(1)
            try:
                reply = await self.transport.send(messages, answer_type, narrow)
            finally:
                self._in_flight(-1)
        if self.limit is not None:  # let the request waiting for this slot go out before
            for _ in range(HANDOFF_TURNS):  # this article's verification takes the CPU
                await asyncio.sleep(0)
        return reply

    def _in_flight(self, change: int) -> None:
        if self.on_request:
            self.on_request(change)


def problems(reply: Reply, answer_type: type[T], check: Callable[[T], list[str]] | None) -> T | list[str]:
    """The validated answer, or the list of errors to send back to the model (a live answer's,
    or a batch engine's: archive.py)."""
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


def reask_messages(messages: list[dict[str, str]], answer: str, errors: list[str]) -> list[dict[str, str]]:
    """The question again, with the answer that failed and the list of what was wrong with it
    (a live re-ask, and a batch's next round: archive.py)."""
    reask = prompts.render("reask", errors=errors)
    return [*messages, {"role": "assistant", "content": answer[:6000]}, {"role": "user", "content": reask}]
