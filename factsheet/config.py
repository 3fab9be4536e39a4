"""Where the model is: a flag, then the environment, then the embedded default."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import openai

from factsheet import local
from factsheet.client import OUTPUT_MODES, ModelClient

DEFAULT_REMOTE_MODEL = "gpt-4o-mini"
DEFAULT_TIMEOUT = 120.0
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


def settings(
    model: str | None = None,
    use_local: bool = False,
    model_path: str | None = None,
    timeout: float | None = None,
) -> Settings:
    """Flags first, then OPENAI_BASE_URL / OPENAI_API_KEY / FACTSHEET_MODEL, then embedded."""
    base_url = os.environ.get("OPENAI_BASE_URL") or None
    api_key = os.environ.get("OPENAI_API_KEY") or None
    is_local = use_local or model_path is not None or (base_url is None and api_key is None)
    if is_local:
        return Settings(True, None, None, model or local.MODEL_NAME, model_path,
                        timeout or LOCAL_TIMEOUT)  # fmt: skip
    chosen = model or os.environ.get("FACTSHEET_MODEL") or DEFAULT_REMOTE_MODEL
    return Settings(False, base_url, api_key, chosen, None, timeout or DEFAULT_TIMEOUT)


def server_label(config: Settings) -> str:
    """How the footer (and the cache key) names the server."""
    if config.local:
        return f"embedded llama.cpp ({local.model_path(config.model_path).name})"
    return str(openai.OpenAI(base_url=config.base_url, api_key="-").base_url)


@contextlib.contextmanager
def connect(
    config: Settings, on_token: Callable[[int], None] | None = None
) -> Iterator[tuple[Callable[[], ModelClient], str]]:
    """A factory of model clients for the run (one per article, so usage is per article),
    starting the embedded server if needed, and the server's label."""
    if not config.local:
        client = openai.OpenAI(
            base_url=config.base_url, api_key=config.api_key or "not-needed",
            timeout=config.timeout, max_retries=0,
        )  # fmt: skip
        yield (lambda: ModelClient(client, config.model, on_token=on_token)), server_label(config)
        return
    path = local.model_path(config.model_path)
    with local.serve(path) as base_url:
        client = openai.OpenAI(base_url=base_url, api_key="local", timeout=config.timeout, max_retries=0)
        # llama-cpp-python's server takes a schema inside json_object: a grammar.
        yield (
            (lambda: ModelClient(client, path.stem, mode=OUTPUT_MODES[1], on_token=on_token)),
            server_label(config),
        )
