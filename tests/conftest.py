"""Shared test set-up: offline, secrets scrubbed, model traffic replayed from cassettes/."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from factsheet import errors

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SAMPLE = DATA / "corpus" / "luhansk-2022-09-20.txt"
# Cassettes were recorded from the embedded model (Qwen2.5-Coder-1.5B-Instruct Q4_K_M)
# served by llama-cpp-python's OpenAI-compatible server on this fixed loopback port.
RECORD_PORT = 8765
RECORD_URL = f"http://127.0.0.1:{RECORD_PORT}/v1"
RECORDED_MODEL = "qwen2.5-coder-1.5b-instruct-q4_k_m"
RECORDING = bool(os.environ.get("FACTSHEET_RECORD"))
TEST_KEY = os.environ.get("PYTEST_OPENAI_API_KEY", "sk-test-0000000000000000000000")
SECRET_HEADERS = ["authorization", "api-key", "openai-organization", "openai-project", "cookie"]


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FACTSHEET_CACHE_DIR", str(tmp_path / "factsheet-cache"))
    for name in (
        "OPENAI_BASE_URL", "OPENAI_API_KEY", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID",
        "FACTSHEET_MODEL", "FACTSHEET_MODEL_PATH", "FACTSHEET_TRACEBACK", "FACTSHEET_LOCAL_PORT",
    ):  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    # a bug in the rules fails the test that meets it, rather than costing one item of a sheet
    monkeypatch.setattr(errors, "contain_bugs", False)


def _scrub_request(request):  # type: ignore[no-untyped-def]
    """Drop volatile fields so that matching on the body is stable; the embedded server's
    readiness probe (GET /v1/models, made while recording only) is not model traffic."""
    if request.method == "GET" and request.path.endswith("/models"):
        return None
    if request.body:
        try:
            body = json.loads(request.body)
        except ValueError:
            return request
        for volatile in ("seed", "user"):
            body.pop(volatile, None)
        request.body = json.dumps(body, sort_keys=True).encode()
    return request


def _scrub_response(response):  # type: ignore[no-untyped-def]
    """Keep only the content type: no cookies, ids or server fingerprints in cassettes."""
    response["headers"] = {k: v for k, v in response["headers"].items() if k.lower() == "content-type"}
    return response


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, object]:
    return {
        "filter_headers": SECRET_HEADERS,
        "before_record_request": _scrub_request,
        "before_record_response": _scrub_response,
        "decode_compressed_response": True,
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(ROOT / "cassettes" / request.module.__name__.split(".")[-1])


@pytest.fixture
def model_url() -> Iterator[str]:
    """The recorded server's URL; when recording, the embedded model really serves it, started
    afresh for each test: llama.cpp reuses the previous prompt's cache, and that alone can
    change a temperature-0 answer, so two tests sending the same request must both start cold."""
    if not RECORDING:
        yield RECORD_URL
        return
    from factsheet import local

    with local.serve(local.bundled_model(), port=RECORD_PORT) as url:
        yield url


@pytest.fixture
def replayed(vcr, model_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Point factsheet at the recorded server; afterwards, every interaction was played."""
    monkeypatch.setenv("OPENAI_BASE_URL", model_url)
    monkeypatch.setenv("OPENAI_API_KEY", TEST_KEY)
    yield model_url
    if not RECORDING:
        assert vcr.play_count == len(vcr.data), "some recorded interactions were not replayed"
