"""`factsheet doctor`: probe the configured server once, with no article: is it reachable,
does it list the model, which output mode does it take, does it report usage, how long does
one tiny answer take."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:
    from factsheet.client import ModelClient


class Probe(BaseModel):
    """The tiny answer asked for."""

    model_config = ConfigDict(extra="forbid")
    ok: bool


PROBE = [
    {"role": "system", "content": "Answer with one JSON object and nothing else."},
    {"role": "user", "content": 'Answer {"ok": true}.'},
]


@dataclass
class Findings:
    rows: list[tuple[str, str]] = field(default_factory=list)

    def add(self, check: str, result: str) -> None:
        self.rows.append((check, result))


async def probe(client: ModelClient) -> Findings:
    """The checks, in order; a server error ends them with its own exit code (raised)."""
    found = Findings()
    found.add("server", client.server)
    try:
        listed = [m.id async for m in client.client.models.list()]
        found.add("model listed", "yes" if client.model in listed else f"no ({len(listed)} others listed)")
    except Exception as error:  # some servers have no model list: not fatal
        found.add("model listed", f"unknown (no model list: {type(error).__name__})")
    begin = time.perf_counter()
    await client.ask(PROBE, Probe)
    found.add("one tiny answer", f"{time.perf_counter() - begin:.2f} s, {client.usage.requests} request(s)")
    found.add("output mode accepted", client.mode)
    rules = client.rules
    found.add("parameters", f"{rules.token_limit}, temperature {'0' if rules.temperature else 'default'}")
    usage = "estimated (the server sent none)" if client.usage.estimated else "reported by the server"
    found.add(
        "token usage", f"{usage}: {client.usage.prompt_tokens} in, {client.usage.completion_tokens} out"
    )
    return found
