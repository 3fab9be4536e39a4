"""Where the model is: a flag, then the environment, then the embedded default."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from factsheet import local, loop
from factsheet.models import OUTPUT_MODES

if TYPE_CHECKING:
    from factsheet.client import ModelClient

T = TypeVar("T")
log = logging.getLogger("factsheet")  # --verbose shows its INFO lines on stderr
OPENAI_URL = "https://api.openai.com/v1"

DEFAULT_REMOTE_MODEL = "gpt-4o-mini"
DEFAULT_TIMEOUT = 120.0  # seconds for one whole answer, retries included
DEFAULT_RETRIES = 3  # the openai SDK's retries of one request (408, 409, 429, 5xx, timeouts)
LOCAL_TIMEOUT = 900.0  # 2 cores write about 10 tokens a second


@dataclass(frozen=True)
class Settings:
    """What a run talks to."""

    local: bool
    base_url: str | None
    api_key: str | None
    model: str
    model_path: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    retries: int = DEFAULT_RETRIES


def settings(
    model: str | None = None,
    use_local: bool = False,
    model_path: str | None = None,
    timeout: float | None = None,
    retries: int | None = None,
) -> Settings:
    """Flags first, then OPENAI_BASE_URL / OPENAI_API_KEY / FACTSHEET_MODEL, then embedded."""
    base_url = os.environ.get("OPENAI_BASE_URL") or None
    api_key = os.environ.get("OPENAI_API_KEY") or None
    is_local = use_local or model_path is not None or (base_url is None and api_key is None)
    if is_local:
        return Settings(
            True,
            None,
            None,
            model or local.MODEL_NAME,
            model_path,
            timeout or LOCAL_TIMEOUT,
            DEFAULT_RETRIES if retries is None else retries,
        )
    chosen = model or os.environ.get("FACTSHEET_MODEL") or DEFAULT_REMOTE_MODEL
    return Settings(
        False,
        base_url,
        api_key,
        chosen,
        None,
        timeout or DEFAULT_TIMEOUT,
        DEFAULT_RETRIES if retries is None else retries,
    )


def server_label(config: Settings) -> str:
    """How the footer (and the cache key) names the server: the base URL as the openai
    client spells it (one trailing slash), without importing openai for a cached run."""
    if config.local:
        return f"embedded llama.cpp ({local.model_name(config.model_path)})"
    return (config.base_url or OPENAI_URL).rstrip("/") + "/"


@dataclass
class Connection:
    """A reachable server and the model on it; ``clients`` opens the HTTP session."""

    base_url: str
    api_key: str
    model: str
    server: str
    timeout: float
    mode: str = OUTPUT_MODES[0]
    retries: int = DEFAULT_RETRIES
    on_token: Callable[[int], None] | None = None
    on_request: Callable[[int], None] | None = None
    most_at_once: int | None = None  # requests the server can take at once (None: no limit)
    embedded: local.Plan | None = None  # the embedded server's context and threads, if it is ours

    @contextlib.asynccontextmanager
    async def clients(self, jobs: int | None = None) -> AsyncIterator[Callable[[], ModelClient]]:
        """A factory of model clients (one per article, so usage is per article) sharing one
        HTTP session, the output mode the server accepts and, with ``jobs``, a limit of that
        many requests in flight."""
        import openai

        from factsheet.client import ModelClient, ServerRules

        if self.most_at_once:
            jobs = min(jobs or self.most_at_once, self.most_at_once)
        limit, rules = asyncio.Semaphore(jobs) if jobs else None, ServerRules.for_model(self.model, self.mode)
        if self.embedded:  # llama-cpp-python: no usage in streams; it counts tokens; its context
            root = self.base_url.removesuffix("/v1")
            rules.stream, rules.context = False, self.embedded.context
            rules.tokenizer = f"{root}/extras/tokenize/count"
        raw = openai.AsyncOpenAI(
            base_url=self.base_url, api_key=self.api_key, timeout=self.timeout, max_retries=self.retries
        )
        async with raw:
            yield lambda: ModelClient(
                raw,
                self.model,
                rules,
                on_token=self.on_token,
                limit=limit,
                on_request=self.on_request,
                deadline=self.timeout,
            )

    def run(self, work: Callable[[ModelClient], Coroutine[Any, Any, T]], jobs: int | None = None) -> T:
        """Run ``work(client)`` with one client on its own event loop (``jobs`` requests at once)."""

        async def main() -> T:
            async with self.clients(jobs) as new_client:
                return await work(new_client())

        return loop.run(main())


@contextlib.contextmanager
def connect(
    config: Settings,
    on_token: Callable[[int], None] | None = None,
    on_request: Callable[[int], None] | None = None,
) -> Iterator[Connection]:
    """The connection for a run, starting the embedded server (and stopping it after) if needed.

    ``on_token`` hears of each token streamed, ``on_request`` of each request going out (+1)
    and ending (-1): what a progress display shows.
    """
    if not config.local:
        yield Connection(
            config.base_url or OPENAI_URL,
            config.api_key or "not-needed",
            config.model,
            server_label(config),
            config.timeout,
            on_token=on_token,
            on_request=on_request,
            retries=config.retries,
        )
        return
    path = local.model_path(config.model_path)
    chosen = local.plan(path)
    started = time.perf_counter()
    with local.serve(path, chosen) as base_url:
        log.info(
            "embedded model ready in %.1f s (%s, context %d tokens, %d threads)",
            time.perf_counter() - started, path.name, chosen.context, chosen.threads,
        )  # fmt: skip
        # llama-cpp-python's server takes a schema inside json_object: a grammar. It answers
        # one request at a time (server/app.py holds a lock per request): no batching to use.
        yield Connection(
            base_url,
            "local",
            path.stem,
            server_label(config),
            config.timeout,
            mode=OUTPUT_MODES[1],
            on_token=on_token,
            on_request=on_request,
            most_at_once=1,
            retries=config.retries,
            embedded=chosen,
        )
