"""Each server family's documented request rules, emulated on loopback (tests/emulators.py):
the first request is accepted as sent, and the sheet reports the server's exact usage."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from factsheet.article import read_article
from factsheet.cli import app
from factsheet.client import wire_schema
from factsheet.extract import ask_about, narrow_answer
from factsheet.models import Answer, Sheet
from factsheet.wire import strict_problems
from tests.conftest import SAMPLE
from tests.emulators import emulate

runner = CliRunner()


@pytest.mark.parametrize(
    ("family", "model"),
    [
        ("openai-chat", "gpt-4o-mini"),
        ("openai-reasoning", "o4-mini"),
        ("openai-reasoning", "gpt-5-mini"),
        ("ollama", "qwen2.5:1.5b"),
        ("vllm", "Qwen/Qwen2.5-1.5B-Instruct"),
        ("llama.cpp", "model"),
    ],
)
def test_the_first_request_is_accepted_as_sent_with_exact_usage(
    family: str, model: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with emulate(family) as (url, server):
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-000000000000000000")
        result = runner.invoke(app, ["make", str(SAMPLE), "--format", "json", "--model", model, "--no-cache"])
    assert result.exit_code == 0, result.stderr
    assert server.rejected == [] and len(server.requests) == 1
    assert server.requests[0]["response_format"]["type"] == "json_schema"
    sheet = Sheet.model_validate_json(result.stdout)
    assert sheet.footer.output_mode == "json_schema" and not sheet.footer.tokens_estimated
    assert (sheet.footer.prompt_tokens, sheet.footer.completion_tokens) == (321, 12)


def test_llama_cpp_python_s_server_gets_its_own_mode_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """The embedded server is llama-cpp-python's: the connection starts in the mode it takes
    (a schema inside json_object). It reports no usage in a stream: tokens are estimated."""
    from factsheet import config

    with emulate("llama-cpp-python") as (url, server):
        connection = config.Connection(url, "local", "model", "embedded", 60.0, mode="json_object_schema")
        sheet = connection.run(lambda client: _made(client))
    assert server.rejected == [] and len(server.requests) == 1
    assert sheet.footer.output_mode == "json_object_schema" and sheet.footer.tokens_estimated


def test_a_remote_llama_cpp_python_server_costs_one_fallback_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with emulate("llama-cpp-python") as (url, server):
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-000000000000000000")
        result = runner.invoke(app, ["make", str(SAMPLE), "--format", "json", "--retries", "0", "--no-cache"])
    assert result.exit_code == 0, result.stderr
    assert len(server.rejected) == 1 and "response_format" in server.rejected[0]
    assert Sheet.model_validate_json(result.stdout).footer.output_mode == "json_object_schema"


async def _made(client):  # type: ignore[no-untyped-def]
    from factsheet.pipeline import make_sheet

    return await make_sheet(read_article(str(SAMPLE)), client)


def test_the_wire_schema_keeps_openai_s_strict_rules() -> None:
    question = ask_about(read_article(str(SAMPLE)))
    assert strict_problems(narrow_answer(wire_schema(Answer, True), question)) == []


def test_the_strict_rules_checker_finds_what_breaks_them() -> None:
    loose = {
        "type": "object",
        "properties": {"a": {"enum": ["x"]}, "b": {"type": "string", "maxLength": 3}},
        "required": ["a"],
    }
    problems = strict_problems(loose)
    assert any("additionalProperties" in p for p in problems)
    assert any("required" in p for p in problems)
    assert any("no type" in p for p in problems) and any("maxLength" in p for p in problems)


@pytest.mark.parametrize(
    ("family", "model"),
    [
        ("openai-chat", "gpt-4o-mini"),
        ("openai-reasoning", "o4-mini"),
        ("ollama", "m"),
        ("vllm", "m"),
        ("llama.cpp", "m"),
    ],
)
def test_doctor_probes_each_family_without_an_article(
    family: str, model: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with emulate(family) as (url, server):
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-000000000000000000")
        result = runner.invoke(app, ["doctor", "--model", model])
    assert result.exit_code == 0, result.stderr
    assert "output mode accepted  json_schema" in result.stdout and "reported by the server" in result.stdout
    assert server.rejected == [] and "Answer {" in server.requests[0]["messages"][1]["content"]


def test_doctor_on_a_server_that_is_down_exits_5(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-000000000000000000")
    result = runner.invoke(app, ["doctor"])
    assert result.exit_code == 5 and "could not be reached" in result.stderr
