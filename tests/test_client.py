"""Model and network faults, tried against a fault-injecting server on loopback."""

from __future__ import annotations

import asyncio
import json
import socket
from typing import Any

import openai
import pytest
from pydantic import BaseModel

from factsheet.client import MAX_REASKS, ModelClient, ServerRules
from factsheet.errors import ContextOverflow, ModelError, UnreachableError
from factsheet.models import OUTPUT_MODES
from tests.fakeserver import Reply, serve

GOOD = json.dumps({"city": "Svatove", "count": 200})
KEY = "sk-test-secret-key-0000000000000000"


class Small(BaseModel):
    city: str
    count: int


RETRIES = 2


def client(url: str, timeout: float = 5.0, mode: str = OUTPUT_MODES[1], deadline: float = 60.0,
           model: str = "fake-model") -> ModelClient:  # fmt: skip
    raw = openai.AsyncOpenAI(base_url=url, api_key=KEY, max_retries=RETRIES, timeout=timeout)
    return ModelClient(raw, model, ServerRules(mode), deadline=deadline)


def ask(model: ModelClient, messages: list[dict[str, str]], answer_type: type[Small]) -> Any:
    """One question on its own event loop; the HTTP session is closed after."""

    async def asked() -> Any:
        try:
            return await model.ask(messages, answer_type)
        finally:
            await model.client.close()

    return asyncio.run(asked())


def test_plain_answer_and_usage() -> None:
    with serve([Reply(GOOD)]) as (url, fake):
        model = client(url)
        assert ask(model, [{"role": "system", "content": "x"}], Small).city == "Svatove"
    assert model.usage.requests == 1 and model.usage.prompt_tokens == 100
    assert fake.requests[0]["response_format"]["type"] == "json_object"


@pytest.mark.parametrize("headers", [{"retry-after": "0"}, {}])
def test_429_backs_off_and_retries(headers: dict[str, str]) -> None:
    with serve([Reply(status=429, headers=headers), Reply(GOOD)]) as (url, fake):
        model = client(url)
        assert ask(model, [{"role": "user", "content": "x"}], Small).count == 200
    assert len(fake.requests) == 2 and model.usage.requests == 2


@pytest.mark.parametrize("status", [500, 502, 503])
def test_5xx_retried_a_bounded_number_of_times_then_a_clear_error(status: int) -> None:
    with serve([Reply(status=status)]) as (url, fake):
        with pytest.raises(UnreachableError, match=f"HTTP {status}") as error:
            ask(client(url), [{"role": "user", "content": "x"}], Small)
    assert len(fake.requests) == 1 + RETRIES  # the SDK's retries, bounded by --retries
    assert url.rsplit("/", 1)[0] in str(error.value)


def test_transport_errors_never_reach_the_prompt() -> None:
    with serve([Reply(status=503), Reply(GOOD)]) as (url, fake):
        ask(client(url), [{"role": "user", "content": "x"}], Small)
    assert fake.requests[0]["messages"] == fake.requests[1]["messages"]


def test_hanging_request_times_out_and_is_retried() -> None:
    with serve([Reply(GOOD, delay=1.5), Reply(GOOD)]) as (url, fake):
        assert ask(client(url, timeout=0.5), [{"role": "user", "content": "x"}], Small)
    assert len(fake.requests) == 2


def test_connection_refused_is_unreachable() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(UnreachableError, match="could not be reached"):
        ask(client(f"http://127.0.0.1:{port}/v1"), [{"role": "user", "content": "x"}], Small)


def test_connection_dropped_mid_answer_is_retried() -> None:
    with serve([Reply(GOOD, drop=True), Reply(GOOD)]) as (url, fake):
        assert ask(client(url), [{"role": "user", "content": "x"}], Small).count == 200
    assert len(fake.requests) == 2


def test_invalid_json_is_re_asked_with_the_error_list_and_short_history() -> None:
    with serve([Reply("{not json"), Reply(GOOD)]) as (url, fake):
        model = client(url)
        assert ask(model, [{"role": "user", "content": "x"}], Small).count == 200
    reask = fake.requests[1]["messages"]
    assert len(reask) == 3 and "not valid JSON" in reask[-1]["content"]
    assert model.usage.requests == 2


def test_schema_invalid_answer_names_the_field_in_the_re_ask() -> None:
    with serve([Reply(json.dumps({"city": "X"})), Reply(GOOD)]) as (url, fake):
        ask(client(url), [{"role": "user", "content": "x"}], Small)
    assert "count" in fake.requests[1]["messages"][-1]["content"]


def test_answers_that_never_validate_end_after_bounded_re_asks() -> None:
    with serve([Reply("nothing useful")]) as (url, fake):
        with pytest.raises(ModelError, match="no valid answer"):
            ask(client(url), [{"role": "user", "content": "x"}], Small)
    assert len(fake.requests) == 1 + MAX_REASKS


def test_answer_cut_off_at_max_tokens_is_re_asked() -> None:
    with serve([Reply(GOOD[:10], finish_reason="length"), Reply(GOOD)]) as (url, fake):
        ask(client(url), [{"role": "user", "content": "x"}], Small)
    assert "cut off" in fake.requests[1]["messages"][-1]["content"]


def test_refusal_is_a_clear_error() -> None:
    with serve([Reply("", refusal="I can't help with that.")]) as (url, _):
        with pytest.raises(ModelError, match="refused"):
            ask(client(url), [{"role": "user", "content": "x"}], Small)


def test_empty_choice_list_is_re_asked_then_an_error() -> None:
    with serve([Reply(choices=False)]) as (url, fake):
        with pytest.raises(ModelError):
            ask(client(url), [{"role": "user", "content": "x"}], Small)
    assert len(fake.requests) == 1 + MAX_REASKS


def test_server_rejecting_json_schema_falls_back_to_the_next_mode() -> None:
    rejected = Reply(status=422, message="response_format json_schema is not supported")
    with serve([rejected, Reply(GOOD)]) as (url, fake):
        model = client(url, mode=OUTPUT_MODES[0])
        ask(model, [{"role": "user", "content": "x"}], Small)
    assert fake.requests[0]["response_format"]["type"] == "json_schema"
    assert fake.requests[1]["response_format"]["type"] == "json_object"
    assert model.mode == OUTPUT_MODES[1]


def test_server_ignoring_the_schema_is_still_validated() -> None:
    with serve([Reply("Sure! Here it is: " + json.dumps({"town": 1}))]) as (url, _):
        with pytest.raises(ModelError):
            ask(client(url), [{"role": "user", "content": "x"}], Small)


def test_prose_around_valid_json_is_accepted() -> None:
    with serve([Reply("```json\n" + GOOD + "\n```")]) as (url, _):
        assert ask(client(url), [{"role": "user", "content": "x"}], Small).city == "Svatove"


def test_usage_is_counted_when_the_server_reports_none() -> None:
    with serve([Reply(GOOD, usage=False)]) as (url, _):
        model = client(url)
        ask(model, [{"role": "user", "content": "x" * 400}], Small)
    assert model.usage.estimated and model.usage.completion_tokens > 0


def test_401_names_the_variable_and_never_the_key() -> None:
    with serve([Reply(status=401)]) as (url, _):
        with pytest.raises(UnreachableError) as error:
            ask(client(url), [{"role": "user", "content": "x"}], Small)
    assert "OPENAI_API_KEY" in str(error.value) and KEY not in str(error.value)


def test_unknown_model_404_says_check_model() -> None:
    with serve([Reply(status=404)]) as (url, _):
        with pytest.raises(UnreachableError, match="--model"):
            ask(client(url), [{"role": "user", "content": "x"}], Small)


def test_llama_cpp_python_500_blaming_response_format_falls_back() -> None:
    """llama-cpp-python's server answers json_schema with a 500 naming response_format."""
    message = "1 validation error: ('body', 'response_format', 'type'): Input should be 'text'"
    with serve([Reply(status=500, message=message)] * (1 + RETRIES) + [Reply(GOOD)]) as (url, fake):
        model = client(url, mode=OUTPUT_MODES[0])
        assert ask(model, [{"role": "user", "content": "x"}], Small).count == 200
    assert len(fake.requests) == 2 + RETRIES and model.mode == OUTPUT_MODES[1]  # a 500 is retried first


def test_a_bad_request_that_names_no_format_is_reported_not_a_mode_change() -> None:
    """One bad request must not switch the output mode of a whole run; one that says the
    prompt is longer than the context is a ContextOverflow (the pipeline cuts the part)."""
    with serve([Reply(status=400, message="messages: too many tokens in the context")]) as (url, fake):
        model = client(url, mode=OUTPUT_MODES[0])
        with pytest.raises(ContextOverflow, match="too many tokens"):
            ask(model, [{"role": "user", "content": "x"}], Small)
    assert len(fake.requests) == 1 and model.mode == OUTPUT_MODES[0]
    with serve([Reply(status=400, message="messages: 'role' is required")]) as (url, fake):
        model = client(url, mode=OUTPUT_MODES[0])
        with pytest.raises(UnreachableError, match="'role' is required"):
            ask(model, [{"role": "user", "content": "x"}], Small)
    assert len(fake.requests) == 1 and model.mode == OUTPUT_MODES[0]


def test_a_reasoning_model_s_parameter_rules_are_learnt_once_from_its_answers() -> None:
    """OpenAI's reasoning models refuse max_tokens and any temperature but the default."""
    refusals = [
        Reply(status=400, message="Unsupported parameter: 'max_tokens' is not supported with this model. "
                                  "Use 'max_completion_tokens' instead."),
        Reply(status=400, message="Unsupported value: 'temperature' does not support 0 with this model. "
                                  "Only the default (1) value is supported."),
        Reply(GOOD), Reply(GOOD),
    ]  # fmt: skip
    with serve(refusals) as (url, fake):
        model = client(url, mode=OUTPUT_MODES[0])
        ask(model, [{"role": "user", "content": "x"}], Small)
        again = client(url, mode=OUTPUT_MODES[0])
        again.rules = model.rules  # the next article of the run
        ask(again, [{"role": "user", "content": "y"}], Small)
    last = fake.requests[-1]
    assert "max_tokens" not in last and last["max_completion_tokens"] and "temperature" not in last
    assert last["response_format"]["type"] == "json_schema"  # never taken for a format rejection
    assert len(fake.requests) == 4  # two lessons, then one request per answer


def test_every_request_asks_for_usage_and_usage_is_exact() -> None:
    with serve([Reply(GOOD)]) as (url, fake):
        model = client(url)
        ask(model, [{"role": "user", "content": "x"}], Small)
    assert fake.requests[0]["stream_options"] == {"include_usage": True}
    assert not model.usage.estimated and model.usage.prompt_tokens == 100


def test_a_plain_json_body_answering_a_streamed_request_is_read() -> None:
    with serve([Reply(GOOD, plain=True)]) as (url, _):
        model = client(url)
        assert ask(model, [{"role": "user", "content": "x"}], Small).count == 200
    assert model.usage.completion_tokens == 7 and not model.usage.estimated


def test_an_html_page_instead_of_an_answer_says_what_the_server_did() -> None:
    with serve([Reply(html=True)]) as (url, _):
        with pytest.raises(ModelError, match="text/html"):
            ask(client(url), [{"role": "user", "content": "x"}], Small)


def test_timeout_bounds_the_whole_answer_even_when_bytes_trickle() -> None:
    """A keep-alive byte every 0.3 s never trips a read timeout; the deadline still ends it."""
    import time

    with serve([Reply(trickle=0.3)]) as (url, _):
        begin = time.perf_counter()
        with pytest.raises(UnreachableError, match="within 2 s"):
            ask(client(url, timeout=1.0, deadline=2.0), [{"role": "user", "content": "x"}], Small)
    assert time.perf_counter() - begin < 6
