"""Archive scale on batch engines: prepare -> engine -> collect, re-ask rounds, the Batch API's
submit/status/fetch with resume, and each bad input, on loopback fakes (tests/engines.py)."""

from __future__ import annotations

import functools
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factsheet import text
from factsheet.cli import app
from factsheet.errors import ExitCode
from factsheet.models import Sheet
from tests.conftest import DATA, SAMPLE
from tests.emulators import emulate
from tests.engines import BatchAPI, batch_api, plain_answer, run_batch

runner = CliRunner()
LONG = (
    DATA
    / "corpus"
    / "wikinews"
    / "2020-10-26-github-blocks-public-access-to-youtube-dl-after-riaa-issues-dmca-notic.txt"
)
MODEL = "Qwen/Qwen2.5-7B-Instruct"


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stderr + result.stdout


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three articles: the sample, a 9 kB one (two parts), and a short one."""
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(SAMPLE, articles / "sample.txt")
    (articles / "long.txt").write_text(LONG.read_text() * 2)  # over 10,000 characters: two parts at least
    (articles / "short.txt").write_text(
        "Flood in Springfield\n\nThree people were killed by the flood on Monday, police said. "
        '"We have never seen water this high," Mayor Ann Lee said.\n'
    )
    return articles


def prepared(folder: Path, tmp_path: Path) -> Path:
    requests = tmp_path / "requests.jsonl"
    code, shown = run("batch", "prepare", str(folder), "-o", str(requests), "--model", MODEL)
    assert code == 0, shown
    return requests


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(raw) for raw in path.read_text().splitlines() if raw.strip()]


def test_prepare_writes_one_openai_batch_line_per_part(folder: Path, tmp_path: Path) -> None:
    requests = prepared(folder, tmp_path)
    found = lines(requests)
    assert all(set(line) == {"custom_id", "method", "url", "body"} for line in found)
    assert all(line["url"] == "/v1/chat/completions" and line["method"] == "POST" for line in found)
    assert all("stream" not in line["body"] and line["body"]["model"] == MODEL for line in found)
    assert all(line["body"]["response_format"]["type"] == "json_schema" for line in found)
    ids = [line["custom_id"] for line in found]
    assert len(set(ids)) == len(ids) and all(i.endswith("-r0") for i in ids)
    assert len(found) >= 4  # the long article comes in parts: -p1, -p2, ...
    assert any(i.endswith("-p2-r0") for i in ids)
    manifest = json.loads((tmp_path / "requests.jsonl.articles.json").read_text())
    assert [Path(a["source"]).name for a in manifest["articles"]] == ["long.txt", "sample.txt", "short.txt"]


def test_round_trip_through_run_batch_gives_the_live_sheets(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """vLLM's run-batch (its output shape) on the requests, then collect: the sheets are the
    sheets a live run makes from the same answers (all but the footer's server and usage)."""
    requests = prepared(folder, tmp_path)
    results = tmp_path / "results.jsonl"
    run_batch(requests, results)
    code, shown = run("batch", "collect", str(requests), str(results), "-o", str(tmp_path / "batch"),
                      "--format", "json")  # fmt: skip
    assert code == 0, shown
    assert "3 sheets written" in shown and "(the engine's count)" in shown
    with emulate("vllm") as (url, _):
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-000000000000000000")
        code, shown = run(
            "make", str(folder), "-o", str(tmp_path / "live"), "--format", "json", "--model", MODEL
        )
    assert code == 0, shown
    for name in ("long.json", "sample.json", "short.json"):
        batch = Sheet.model_validate_json((tmp_path / "batch" / name).read_text())
        live = Sheet.model_validate_json((tmp_path / "live" / name).read_text())
        assert batch.model_dump(exclude={"footer"}) == live.model_dump(exclude={"footer"})
        assert batch.footer.model == MODEL and not batch.footer.tokens_estimated
        assert batch.footer.verified == live.footer.verified


def test_collect_reads_the_parses_prepare_kept_and_parses_again_what_is_missing_or_stale(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    requests = prepared(folder, tmp_path)
    results = tmp_path / "results.jsonl"
    run_batch(requests, results)
    kept = sorted((tmp_path / "requests.jsonl.parses").glob("*.spacy"))
    assert len(kept) == 3
    parsed: list[str] = []
    original = text.Text.__dict__["pieces"].func
    counting = functools.cached_property(lambda self: parsed.append(self.text) or original(self))
    counting.__set_name__(text.Text, "pieces")
    monkeypatch.setattr(text.Text, "pieces", counting)
    articles = {p.read_text() for p in folder.iterdir()}

    text.forget_parses()
    code, shown = run("batch", "collect", str(requests), str(results), "-o", str(tmp_path / "kept"))
    assert code == 0, shown
    assert not articles & set(parsed)  # each article's parse was read back, none made again

    kept[0].write_bytes(b"not a parse")  # stale or broken: parsed again
    kept[1].unlink()
    text.forget_parses()
    code, shown = run("batch", "collect", str(requests), str(results), "-o", str(tmp_path / "again"))
    assert code == 0, shown
    assert len(articles & set(parsed)) == 2
    for sheet in (tmp_path / "kept").iterdir():
        assert sheet.read_text() == (tmp_path / "again" / sheet.name).read_text()


def test_an_invalid_answer_is_re_asked_in_the_next_round(folder: Path, tmp_path: Path) -> None:
    """The engine's first answer for the short article is not JSON (a hand-written fixture):
    collect writes the other sheets, exits 10, and writes the re-ask as round 1."""
    requests = prepared(folder, tmp_path)
    results = tmp_path / "results.jsonl"

    def broken_for_short(body: dict[str, Any]) -> str:
        return "not json" if "Springfield" in body["messages"][-1]["content"] else plain_answer(body)

    run_batch(requests, results, broken_for_short)
    code, shown = run("batch", "collect", str(requests), str(results), "-o", str(tmp_path / "sheets"))
    assert code == ExitCode.PENDING, shown
    assert sorted(p.name for p in (tmp_path / "sheets").iterdir()) == ["long.md", "sample.md"]
    round_1 = tmp_path / "requests.r1.jsonl"
    [reask] = lines(round_1)
    assert reask["custom_id"].endswith("-p1-r1")
    assert [m["role"] for m in reask["body"]["messages"]] == ["system", "user", "assistant", "user"]
    assert "not valid" in reask["body"]["messages"][-1]["content"]
    run_batch(round_1, tmp_path / "results.r1.jsonl")
    code, shown = run("batch", "collect", str(requests), str(results), str(tmp_path / "results.r1.jsonl"),
                      "-o", str(tmp_path / "sheets"), "--force")  # fmt: skip
    assert code == 0, shown
    assert (tmp_path / "sheets" / "short.md").exists()


def test_an_answer_still_invalid_after_every_round_fails_that_article_only(
    folder: Path, tmp_path: Path
) -> None:
    requests = prepared(folder, tmp_path)

    def always_bad(body: dict[str, Any]) -> str:
        return "not json" if "Springfield" in json.dumps(body) else plain_answer(body)

    results = [tmp_path / "results.jsonl"]
    run_batch(requests, results[0], always_bad)
    for round_ in (1, 2):
        code, _ = run(
            "batch", "collect", str(requests), *map(str, results), "-o", str(tmp_path / f"s{round_}")
        )
        assert code == ExitCode.PENDING
        results.append(tmp_path / f"results.r{round_}.jsonl")
        run_batch(tmp_path / f"requests.r{round_}.jsonl", results[-1], always_bad)
    code, shown = run("batch", "collect", str(requests), *map(str, results), "-o", str(tmp_path / "s3"))
    assert code == ExitCode.BATCH_FAILED and "no valid answer" in shown and "short.txt" in shown
    assert sorted(p.name for p in (tmp_path / "s3").iterdir()) == ["long.md", "sample.md"]


def test_engine_errors_truncated_and_unknown_lines_are_said_and_asked_again(
    folder: Path, tmp_path: Path
) -> None:
    requests = prepared(folder, tmp_path)
    results = tmp_path / "results.jsonl"
    run_batch(
        requests, results, lambda body: None if "Springfield" in json.dumps(body) else plain_answer(body)
    )
    found = results.read_text().splitlines()
    sample_line = next(i for i, line in enumerate(found) if '"custom_id": "000002-' in line)
    found[sample_line] = found[sample_line][:40]  # a truncated line
    found.append(json.dumps({"custom_id": "999999-abcdef-p1-r0", "response": None, "error": None}))
    results.write_text("\n".join(found) + "\n")
    code, shown = run("batch", "collect", str(requests), str(results), "-o", str(tmp_path / "sheets"))
    assert code == ExitCode.PENDING, shown
    assert f"line {sample_line + 1}: not a results line (truncated?)" in shown
    assert "'999999-abcdef-p1-r0' matches no request" in shown
    again = {line["custom_id"] for line in lines(tmp_path / "requests.r1.jsonl")}
    assert any(i.startswith("000002-") and i.endswith("-r0") for i in again)  # the truncated: asked again
    assert any(i.startswith("000003-") and i.endswith("-r1") for i in again)  # the engine's error: again
    assert [p.name for p in (tmp_path / "sheets").iterdir()] == ["long.md"]


def test_results_of_another_requests_file_are_refused(folder: Path, tmp_path: Path) -> None:
    requests = prepared(folder, tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(SAMPLE, other / "x.txt")
    other_requests = tmp_path / "other.jsonl"
    assert run("batch", "prepare", str(other / "x.txt"), "-o", str(other_requests))[0] == 0
    text = other_requests.read_text().replace('"custom_id": "000001-', '"custom_id": "000007-')
    other_requests.write_text(text)
    run_batch(other_requests, tmp_path / "other-results.jsonl")
    code, shown = run(
        "batch", "collect", str(requests), str(tmp_path / "other-results.jsonl"), "-o", str(tmp_path / "s")
    )
    assert code == ExitCode.INPUT and "comes from another requests file" in shown


def test_missing_manifest_and_changed_article_are_clear(folder: Path, tmp_path: Path) -> None:
    requests = prepared(folder, tmp_path)
    run_batch(requests, tmp_path / "results.jsonl")
    (folder / "short.txt").write_text((folder / "short.txt").read_text() + "Updated later.\n")
    code, shown = run(
        "batch", "collect", str(requests), str(tmp_path / "results.jsonl"), "-o", str(tmp_path / "s")
    )
    assert code == ExitCode.BATCH_FAILED and "changed since prepare" in shown
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == ["long.md", "sample.md"]
    (tmp_path / "requests.jsonl.articles.json").unlink()
    code, shown = run(
        "batch", "collect", str(requests), str(tmp_path / "results.jsonl"), "-o", str(tmp_path / "t")
    )
    assert code == ExitCode.INPUT and "manifest" in shown and "Traceback" not in shown


def test_openai_batch_api_submit_status_fetch_collect(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    requests = prepared(folder, tmp_path)
    api = BatchAPI()
    with batch_api(api) as url:
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-000000000000000000")
        code, shown = run("batch", "submit", str(requests))
        assert code == 0 and "submitted as batch batch_1" in shown
        assert run("batch", "submit", str(requests))[1].count("already submitted as batch batch_1") == 1
        assert api.uploads == 1 and len(api.batches) == 1  # never paid twice
        code, shown = run("batch", "fetch", str(requests), "-o", str(tmp_path / "results.jsonl"))
        assert code == ExitCode.INPUT and "not finished" in shown
        code, shown = run("batch", "status", str(requests), "--wait", "--every", "0.01")
        assert code == 0 and "completed" in shown
        code, shown = run("batch", "fetch", str(requests), "-o", str(tmp_path / "results.jsonl"))
        assert code == 0, shown
    code, shown = run(
        "batch", "collect", str(requests), str(tmp_path / "results.jsonl"), "-o", str(tmp_path / "s")
    )
    assert code == 0, shown
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == ["long.md", "sample.md", "short.md"]


def test_an_interrupted_submit_resumes_without_uploading_again(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openai.resources.batches as batches

    requests = prepared(folder, tmp_path)
    api = BatchAPI()
    real_create = batches.Batches.create
    calls = {"n": 0}

    def interrupted_once(self, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 1:
            raise KeyboardInterrupt
        return real_create(self, **kwargs)

    monkeypatch.setattr(batches.Batches, "create", interrupted_once)
    with batch_api(api) as url:
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-000000000000000000")
        assert run("batch", "submit", str(requests))[0] == ExitCode.INTERRUPTED
        assert api.uploads == 1 and not api.batches
        code, shown = run("batch", "submit", str(requests))
        assert code == 0 and "submitted as batch batch_1" in shown
        assert api.uploads == 1 and len(api.batches) == 1


def test_an_expired_batch_gives_its_answers_and_asks_the_rest_again(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    requests = prepared(folder, tmp_path)
    api = BatchAPI(expire_after=2)
    with batch_api(api) as url:
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-000000000000000000")
        run("batch", "submit", str(requests))
        code, shown = run("batch", "status", str(requests), "--wait", "--every", "0.01")
        assert "expired" in shown
        assert run("batch", "fetch", str(requests), "-o", str(tmp_path / "results.jsonl"))[0] == 0
    code, shown = run(
        "batch", "collect", str(requests), str(tmp_path / "results.jsonl"), "-o", str(tmp_path / "s")
    )
    assert code == ExitCode.PENDING, shown
    assert len(lines(tmp_path / "requests.r1.jsonl")) == len(lines(requests)) - 2


def test_batch_api_needs_a_server(tmp_path: Path, folder: Path) -> None:
    requests = prepared(folder, tmp_path)
    code, shown = run("batch", "submit", str(requests))
    assert code == ExitCode.USAGE and "vllm run-batch" in shown


def test_an_archive_prepared_again_asks_nothing_for_the_sheets_already_made(
    folder: Path, tmp_path: Path
) -> None:
    requests = prepared(folder, tmp_path)
    run_batch(requests, tmp_path / "results.jsonl")
    assert (
        run("batch", "collect", str(requests), str(tmp_path / "results.jsonl"), "-o", str(tmp_path / "s"))[0]
        == 0
    )
    again = tmp_path / "again.jsonl"
    code, shown = run("batch", "prepare", str(folder), "-o", str(again), "--model", MODEL)
    assert code == 0 and again.read_text() == "" and "3 articles from the cache need none" in shown
    code, shown = run("batch", "collect", str(again), "-o", str(tmp_path / "t"), "--format", "json")
    assert code == 0, shown
    sheet = Sheet.model_validate_json((tmp_path / "t" / "sample.json").read_text())
    assert sheet.footer.cached
    code, _ = run(
        "batch", "prepare", str(folder), "-o", str(tmp_path / "fresh.jsonl"), "--model", MODEL, "--no-cache"
    )
    assert code == 0 and len(lines(tmp_path / "fresh.jsonl")) == len(lines(requests))


def test_several_processes_give_the_same_requests_and_sheets_as_one(tmp_path: Path) -> None:
    """--jobs 2 (forked workers sharing the loaded pipeline): the same lines in the same order,
    and the same sheets, as one process; an unreadable article is reported by the worker."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for n, source in enumerate(sorted((DATA / "corpus" / "wikinews").glob("*.txt"))[:8]):
        shutil.copy(source, articles / f"{n}.txt")
    (articles / "9-empty.txt").write_text("Too short.\n")
    made = {}
    for jobs in ("1", "2"):
        requests = tmp_path / f"requests-{jobs}.jsonl"
        code, shown = run("batch", "prepare", str(articles), "-o", str(requests), "--model", MODEL,
                          "--no-cache", "--jobs", jobs)  # fmt: skip
        assert code == ExitCode.BATCH_FAILED and "9-empty.txt" in shown, shown
        results = tmp_path / f"results-{jobs}.jsonl"
        run_batch(requests, results)
        code, shown = run("batch", "collect", str(requests), str(results), "-o", str(tmp_path / f"s{jobs}"),
                          "--format", "json", "--no-cache", "--jobs", jobs)  # fmt: skip
        assert code == 0, shown
        sheets = {p.name: Sheet.model_validate_json(p.read_text()) for p in (tmp_path / f"s{jobs}").iterdir()}
        made[jobs] = (
            requests.read_text(),
            {name: s.model_dump(exclude={"footer"}) for name, s in sheets.items()},
        )
    assert made["1"] == made["2"] and len(made["1"][1]) == 8


def test_workers_run_in_other_processes_in_order() -> None:
    import os

    from factsheet.archive import workers

    found = list(workers(_pid_and, [(n,) for n in range(12)], 2))
    assert [n for _, n in found] == list(range(12))
    assert os.getpid() not in {pid for pid, _ in found}
    assert {pid for pid, _ in workers(_pid_and, [(n,) for n in range(3)], 2)} == {os.getpid()}  # too few


def _pid_and(n: int) -> tuple[int, int]:
    import os

    return os.getpid(), n


def test_articles_parsed_together_read_as_parsed_one_by_one() -> None:
    """prepare parses eight articles in one pass (text.parse_many): the same words, tags,
    heads and entities as one at a time, and each found again by text.parse."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "corpus" / "wikinews").glob("*.txt"))[:3]]

    def reading(parsed: text.Text) -> list[tuple[str, str, int, str]]:
        return [(t.text, t.tag_, t.head.i, t.ent_type_) for piece in parsed.pieces for t in piece.doc]

    text.forget_parses()
    alone = [reading(text.Text(t)) for t in texts]
    together = text.parse_many(texts)
    assert [reading(t) for t in together] == alone
    assert all(text.parse(t) is made for t, made in zip(texts, together, strict=True))
