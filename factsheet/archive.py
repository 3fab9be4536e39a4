"""Archive scale on batch engines: the OpenAI Batch API and vLLM's ``run-batch``.

``prepare`` runs the live pipeline on each article with a client that writes each request it
would send as one line of the OpenAI batch format instead of sending it (so the parts, the
prompts and the wire schema are the live ones, byte for byte). ``collect`` runs the same
pipeline again with a client that answers from the engine's results file: every answer is
validated, checked against the article and repaired exactly as in a live run. An answer
that fails validation gets its re-ask written to the next round's requests file
(``<requests>.r1.jsonl``, ...), at most ``MAX_REASKS`` rounds, as a live run re-asks; an engine
error gets the same request again in the next round. ``submit``/``status``/``fetch`` drive
the OpenAI Batch API through the SDK, with a state file so that an interrupted submit never
uploads or pays twice.

A line's ``custom_id`` is ``<article key>-p<part>-r<round>``: the article key is its place in
the requests file and the start of its text's SHA-256. ``<requests>.articles.json`` (written
beside the requests) says where each article came from, so ``collect`` can read it again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing
import os
import re
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from factsheet import cache, loop, pipeline, prompts, text
from factsheet.article import Article, read_article
from factsheet.client import MAX_REASKS, ServerRules, Usage, problems, reask_messages
from factsheet.errors import FactsheetError, InputError, ModelError
from factsheet.models import Answer, FigureAnswer, Sheet
from factsheet.transport import MAX_ANSWER_TOKENS, request_arguments, with_schema_in_prompt
from factsheet.transport import Reply as Answered
from factsheet.wire import Narrow, wire_schema

T = TypeVar("T", bound=BaseModel)
URL = "/v1/chat/completions"
MANIFEST_SUFFIX = ".articles.json"
PARSES_SUFFIX = ".parses"
_ID = re.compile(r"^(?P<base>.+-p\d+)-r(?P<round>\d+)$")
MIN_ARTICLES_PER_JOB = 4  # fewer, and starting a worker costs more than it saves
PARSE_BATCH = 8  # articles prepare parses in one pass of the pipeline (bench/archive.py)


@dataclass
class Line:
    """One request of a batch file."""

    custom_id: str
    body: dict[str, Any]

    def json(self) -> str:
        return json.dumps(
            {"custom_id": self.custom_id, "method": "POST", "url": URL, "body": self.body}, ensure_ascii=False
        )


def request_body(model: str, mode: str, messages: list[dict[str, str]], narrow: Narrow) -> dict[str, Any]:
    """The body a live run would send (transport.py), whole instead of streamed."""
    rules = ServerRules.for_model(model, mode)
    rules.stream = False
    return {
        "model": model,
        "messages": with_schema_in_prompt(messages, Answer, narrow, mode),
        **request_arguments(rules, mode, Answer, narrow, MAX_ANSWER_TOKENS),
    }


def _key(messages: list[dict[str, str]]) -> str:
    return hashlib.sha256(json.dumps(messages, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def placeholder(narrow: Narrow) -> Answer:
    """A valid answer that asks nothing of anyone (prepare's stand-in: its sheet is not kept)."""
    schema = narrow(wire_schema(Answer, True)) if narrow else wire_schema(Answer, True)
    labels = schema["properties"]["figures"].get("properties", {})
    return Answer(figures={label: FigureAnswer(kind="other", reported_by=None) for label in labels},
                  events=[], claims=[])  # fmt: skip


class _EngineClient:
    """Quacks like ModelClient for ``pipeline.make_sheet``: asks nothing over the network.

    With ``replies`` None it records each request as a round-0 line (prepare); else it answers
    from the engine's replies, validating each as a live run does, and records the lines the
    next round needs (a re-ask, or a request the engine failed)."""

    context = None

    def __init__(
        self, article_key: str, model: str, mode: str, server: str,
        replies: dict[str, Reply] | None = None, known: dict[str, str] | None = None,
    ) -> None:  # fmt: skip
        self.article_key, self.model, self.mode, self.server = article_key, model, mode, server
        self.replies, self.known = replies, known
        self.recording = replies is None  # prepare: make_sheet stops once the requests are written
        self.usage = Usage()
        self.lines: list[Line] = []  # prepare: the requests; collect: the next round's
        self.failures: list[str] = []
        self._parts = 0

    async def count(self, *_: Any) -> int | None:
        return None

    async def ask(self, messages: list[dict[str, str]], answer_type: type[T],
                  check: Callable[[T], list[str]] | None = None, narrow: Narrow = None) -> T:  # fmt: skip
        body = request_body(self.model, self.mode, messages, narrow)
        if self.replies is None or self.known is None:
            self._parts += 1
            self.lines.append(Line(f"{self.article_key}-p{self._parts}-r0", body))
            return placeholder(narrow)  # type: ignore[return-value]
        base = self.known.get(_key(body["messages"]))
        if base is None:
            self.failures.append("its request is not in the requests file: the article or factsheet's "
                                 "prompts changed since prepare; prepare it again")  # fmt: skip
            return placeholder(narrow)  # type: ignore[return-value]
        history = list(messages)
        for round_ in range(1 + MAX_REASKS):
            reply = self.replies.get(f"{base}-r{round_}")
            sent = request_body(self.model, self.mode, history, narrow)
            if reply is None:  # not asked yet, or the line is missing from the results
                self.lines.append(Line(f"{base}-r{round_}", sent))
                return placeholder(narrow)  # type: ignore[return-value]
            self.usage.requests += 1
            self.usage.prompt_tokens += reply.prompt_tokens
            self.usage.completion_tokens += reply.completion_tokens
            if reply.error is not None:  # the engine failed this line: ask the same again
                if round_ == MAX_REASKS:
                    part = base.rsplit("-p", 1)[-1]
                    self.failures.append(f"the engine failed part {part} in every round ({reply.error})")
                    return placeholder(narrow)  # type: ignore[return-value]
                continue
            outcome = problems(Answered(reply.text, reply.finish_reason), answer_type, check)
            if not isinstance(outcome, list):
                return outcome
            history = reask_messages(messages, reply.text, outcome)
        self.failures.append(f"{self.model} gave no valid answer for part {base.rsplit('-p', 1)[-1]} in "
                             f"{1 + MAX_REASKS} rounds")  # fmt: skip
        return placeholder(narrow)  # type: ignore[return-value]


@dataclass
class Reply:
    """One line of an engine's results: the answer's text, or the engine's error."""

    text: str = ""
    finish_reason: str | None = None
    error: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0


# ---- prepare ----------------------------------------------------------------------------------


@dataclass
class Prepared:
    articles: int = 0
    requests: int = 0
    cached: int = 0  # articles whose sheet is in the cache: no request
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, why)


def prepare(
    sources: list[str], target: Path, model: str, mode: str, on_done: Callable[[], None] | None = None,
    use_cache: bool = True, jobs: int = 1,
) -> Prepared:  # fmt: skip
    """Write one request line per article part to ``target`` and the articles' manifest
    beside it. An article that cannot be read is reported and left out; one whose sheet a
    batch made before for the same text, model and mode (the cache) needs no request.
    ``jobs`` processes read the articles at once (see ``workers``)."""
    done, lines, articles = Prepared(), [], []
    parses = parses_path(target)
    with contextlib.suppress(OSError):  # the requests file's own write says what is wrong
        parses.mkdir(parents=True, exist_ok=True)
    work = [(index, source, model, mode, use_cache, parses) for index, source in enumerate(sources, 1)]
    batches = [(work[n : n + PARSE_BATCH],) for n in range(0, len(work), PARSE_BATCH)]
    made_all = (one for some in workers(_prepare_some, batches, jobs, PARSE_BATCH) for one in some)
    for source, made, entry, why in made_all:
        if why is not None:
            done.failed.append((source, why))
        else:
            lines += made
            articles.append(entry)
            done.articles += 1
            done.cached += entry["cached"]
        if on_done:
            on_done()
    done.requests = len(lines)
    manifest = {"version": 1, "model": model, "mode": mode, "prompt_version": prompts.prompt_version(),
                "articles": articles}  # fmt: skip
    _write(target, "".join(line.json() + "\n" for line in lines))
    _write(manifest_path(target), json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
    return done


def _prepare_one(
    article: Article | str,
    cached: bool,
    index: int,
    source: str,
    model: str,
    mode: str,
    parses: Path,
) -> tuple[str, list[Line], dict[str, Any], str | None]:
    """One article's request lines and manifest entry, or why it cannot be prepared (the
    article, or why it could not be read, and whether its sheet is cached come from
    ``_prepare_some``); its parse is kept for collect."""
    if isinstance(article, str):
        return source, [], {}, article
    key = f"{index:06d}-{article.sha256[:12]}"
    client = _EngineClient(key, model, mode, "batch")
    try:
        if not cached:
            loop.run(pipeline.make_sheet(article, client))  # type: ignore[arg-type]
            _keep_parse(parses / f"{key}.spacy", article)
    except FactsheetError as error:
        return source, [], {}, str(error)
    entry = {"key": key, "source": _where(source), "sha256": article.sha256, "cached": cached}
    return source, client.lines, entry, None


def _prepare_some(work: list[tuple[Any, ...]]) -> list[tuple[str, list[Line], dict[str, Any], str | None]]:
    """Several articles' request lines (see ``_prepare_one``): each read (or why not), those
    with no sheet in the cache parsed in one pass (text.parse_many; bench/archive.py measures
    what it saves), then asked about."""
    read: list[Article | str] = []
    for _, source, *_ in work:
        try:
            read.append(read_article(source))
        except FactsheetError as error:
            read.append(str(error))
    _, _, model, mode, use_cache, _ = work[0]
    cached = [isinstance(a, Article) and use_cache and cache.load(_cache_key(a, model, mode)) is not None
              for a in read]  # fmt: skip
    fresh = [a.text for a, done in zip(read, cached, strict=True) if isinstance(a, Article) and not done]
    held = text.parse_many(fresh)  # noqa: F841 (held in use: every stage finds these parses)
    return [
        _prepare_one(article, done, index, source, model, mode, parses)
        for (index, source, model, mode, _, parses), article, done in zip(work, read, cached, strict=True)
    ]


# ---- several processes ------------------------------------------------------------------------

W = TypeVar("W")
_SHARED: dict[str, Any] = {}  # what every article of a collect needs (the workers inherit it)


def workers(
    task: Callable[..., W], work: list[tuple[Any, ...]], jobs: int, articles_each: int = 1
) -> Iterator[W]:
    """task(*args) for each args in work (of ``articles_each`` articles), in order: in this
    process, or in ``jobs`` forked worker processes that inherit the loaded English pipeline
    (each article is read and parsed in one process; the spaCy parse is most of the time, and
    it is CPU-bound)."""
    jobs = min(jobs, len(work) * articles_each // MIN_ARTICLES_PER_JOB)
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from (task(*args) for args in work)
        return
    text.nlp()  # loaded once, before the fork: the workers share its memory
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        try:
            chunk = max(1, MIN_ARTICLES_PER_JOB // articles_each)
            yield from pool.map(_call, [(task, args) for args in work], chunksize=chunk)
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def _call(job: tuple[Callable[..., W], tuple[Any, ...]]) -> W:
    task, args = job
    return task(*args)


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


SERVER = "batch engine"  # how the footer and the cache name the server of a batch's answers


def _cache_key(article: Article, model: str, mode: str) -> str:
    return cache.key(article.sha256, model, SERVER, mode=mode)


def _where(source: str) -> str:
    return (
        source if source.startswith(("http://", "https://")) or source == "-" else str(Path(source).resolve())
    )


def manifest_path(requests: Path) -> Path:
    return requests.with_name(requests.name + MANIFEST_SUFFIX)


def parses_path(requests: Path) -> Path:
    """Where prepare keeps each article's parse for collect (``<requests>.parses/``): collect
    reads it instead of parsing again, and parses again where it is missing or stale."""
    return requests.with_name(requests.name + PARSES_SUFFIX)


def _keep_parse(path: Path, article: Article) -> None:
    from factsheet.output import write_atomic

    with contextlib.suppress(FactsheetError):  # not written: collect parses again, the same sheet
        write_atomic(text.to_bytes(text.parse(article.text)), path)


def _kept_parse(path: Path, article: Article) -> text.Text | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return text.from_bytes(article.text, data)


def _write(path: Path, text: str) -> None:
    from factsheet.output import write_atomic

    write_atomic(text, path)


# ---- collect ----------------------------------------------------------------------------------


@dataclass
class Collected:
    """What collect made of each article, and the next round's requests, if any."""

    sheets: dict[str, Sheet] = field(default_factory=dict)  # source -> its sheet
    articles: dict[str, Article] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)  # source -> why
    pending: dict[str, int] = field(default_factory=dict)  # source -> lines it waits for
    next_round: list[Line] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # results lines that match no request
    usage: Usage = field(default_factory=Usage)


def collect(requests: Path, results: list[Path], on_done: Callable[[], None] | None = None,
            use_cache: bool = True, jobs: int = 1) -> Collected:  # fmt: skip
    """Join results to requests on custom_id; make each article's sheet as a live run would
    (and keep it in the cache, so that preparing the same article again asks nothing).
    ``jobs`` processes make the sheets at once (see ``workers``)."""
    manifest = read_manifest(requests)
    lines = _requests(requests)
    known = {_key(line.body["messages"]): _ID.match(line.custom_id).group("base")  # type: ignore[union-attr]
             for line in lines if line.custom_id.endswith("-r0")}  # fmt: skip
    replies, ignored = _replies(results, {line.custom_id.rsplit("-p", 1)[0] for line in lines})
    found = Collected(ignored=ignored)
    _SHARED.update(manifest=manifest, replies=replies, known=known, use_cache=use_cache,
                   parses=parses_path(requests))  # fmt: skip
    try:
        for one in workers(_collect_one, [(entry,) for entry in manifest["articles"]], jobs):
            if one.failed is not None:
                found.failed[one.source] = one.failed
            elif one.failures:
                found.failed[one.source] = str(ModelError("; ".join(dict.fromkeys(one.failures))))
            elif one.next_round:
                found.pending[one.source] = len(one.next_round)
                found.next_round += one.next_round
            elif one.sheet is not None and one.article is not None:
                found.sheets[one.source], found.articles[one.source] = one.sheet, one.article
            found.usage.add(one.usage)
            if on_done:
                on_done()
    finally:
        _SHARED.clear()
    return found


@dataclass
class _Made:
    """What collect made of one article (in whichever process made it)."""

    source: str
    failed: str | None = None  # why the article could not be read or its sheet made
    article: Article | None = None
    sheet: Sheet | None = None
    usage: Usage = field(default_factory=Usage)
    failures: list[str] = field(default_factory=list)  # the engine's answers that failed
    next_round: list[Line] = field(default_factory=list)  # re-asks, and requests the engine failed


def _collect_one(entry: dict[str, Any]) -> _Made:
    manifest, use_cache = _SHARED["manifest"], _SHARED["use_cache"]
    made = _Made(entry["source"])
    try:
        article = read_article(made.source)
        if article.sha256 != entry["sha256"]:
            raise InputError(f"{made.source} changed since prepare (its SHA-256 differs); prepare it again.")
        cache_key = _cache_key(article, manifest["model"], manifest["mode"])
        if entry.get("cached"):
            kept = cache.load(cache_key)
            if kept is None:
                raise InputError(
                    f"{made.source}'s sheet was in the cache at prepare and is gone; prepare it again."
                )
            made.article, made.sheet = article, cache.as_cached(kept)
            return made
        client = _EngineClient(entry["key"], manifest["model"], manifest["mode"], SERVER, _SHARED["replies"],
                               _SHARED["known"])  # fmt: skip
        held = _kept_parse(_SHARED["parses"] / f"{entry['key']}.spacy", article)  # noqa: F841 (held in use)
        sheet = loop.run(pipeline.make_sheet(article, client))  # type: ignore[arg-type]
    except FactsheetError as error:
        made.failed = str(error)
        return made
    made.usage, made.failures, made.next_round = client.usage, client.failures, client.lines
    if not client.failures and not client.lines:
        made.article, made.sheet = article, sheet
        if use_cache:
            cache.store(cache_key, sheet)
    return made


def read_manifest(requests: Path) -> dict[str, Any]:
    path = manifest_path(requests)
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        assert isinstance(manifest, dict) and manifest.get("version") == 1
        return manifest
    except FileNotFoundError:
        raise InputError(f"{path} is missing: collect needs the manifest that `factsheet batch prepare` "
                         f"wrote beside {requests.name}.") from None  # fmt: skip
    except (ValueError, AssertionError):
        raise InputError(f"{path} is not a factsheet batch manifest.") from None


def _requests(path: Path) -> list[Line]:
    lines = []
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path} cannot be read ({error.strerror}).") from None
    for number, raw in enumerate(text.splitlines(), 1):
        try:
            data = json.loads(raw)
            lines.append(Line(data["custom_id"], data["body"]))
        except (ValueError, KeyError, TypeError):
            raise InputError(f"{path}, line {number}, is not a batch request line.") from None
    return lines


def _replies(paths: list[Path], articles: set[str]) -> tuple[dict[str, Reply], list[str]]:
    """Every usable results line by custom_id; and what was left out, said per line."""
    replies: dict[str, Reply] = {}
    ignored: list[str] = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise InputError(f"{path} cannot be read ({error.strerror}).") from None
        matched = 0
        for number, raw in enumerate(text.splitlines(), 1):
            if not raw.strip():
                continue
            try:
                data = json.loads(raw)
                custom_id = str(data["custom_id"])
            except (ValueError, KeyError, TypeError):
                ignored.append(f"{path.name}, line {number}: not a results line (truncated?)")
                continue
            if _ID.match(custom_id) is None or custom_id.rsplit("-p", 1)[0] not in articles:
                ignored.append(f"{path.name}, line {number}: {custom_id!r} matches no request")
                continue
            matched += 1
            replies[custom_id] = _reply(data)
        if text.strip() and matched == 0:
            raise InputError(f"No line of {path} answers a request of this requests file: it comes from "
                             "another requests file.")  # fmt: skip
    return replies, ignored


def _reply(data: dict[str, Any]) -> Reply:
    """A results line, OpenAI's and vLLM's shape: {custom_id, response: {status_code, body}, error}."""
    error, response = data.get("error"), data.get("response") or {}
    if error:
        return Reply(error=str(error.get("message") or error.get("code") or error) if isinstance(error, dict)
                     else str(error))  # fmt: skip
    if response.get("status_code", 200) != 200:
        body = response.get("body") or {}
        message = body.get("error", {}).get("message") if isinstance(body.get("error"), dict) else body
        return Reply(error=f"HTTP {response.get('status_code')}: {message}")
    body = response.get("body") or {}
    try:
        choice = body["choices"][0]
        usage = body.get("usage") or {}
        return Reply(choice["message"].get("content") or "", choice.get("finish_reason"),
                     prompt_tokens=int(usage.get("prompt_tokens") or 0),
                     completion_tokens=int(usage.get("completion_tokens") or 0))  # fmt: skip
    except (KeyError, IndexError, TypeError, AttributeError):
        return Reply(error="the engine's answer holds no chat completion")


def next_round_path(requests: Path, lines: list[Line]) -> Path:
    """Where the next round's requests go: beside the first, named by its round."""
    top = max(int(_ID.match(line.custom_id).group("round")) for line in lines)  # type: ignore[union-attr]
    stem = re.sub(r"\.r\d+$", "", requests.name.removesuffix(".jsonl"))
    return requests.with_name(f"{stem}.r{top}.jsonl")


# ---- the OpenAI Batch API ---------------------------------------------------------------------

DONE = {"completed", "failed", "expired", "cancelled"}


def state_path(requests: Path) -> Path:
    """Where submit records what it uploaded and created for this requests file."""
    return requests.with_name(requests.name + ".batch.json")


def _state(requests: Path) -> dict[str, Any]:
    digest = hashlib.sha256(requests.read_bytes()).hexdigest()
    path = state_path(requests)
    if not path.exists():
        return {"requests_sha256": digest}
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        raise InputError(
            f"{path} is not a factsheet batch state file; move it away to submit anew."
        ) from None
    if state.get("requests_sha256") != digest:
        raise InputError(
            f"{requests} changed since it was submitted (batch {state.get('batch_id') or 'not created'}; "
            f"state in {path}); submit a new requests file under a new name."
        )
    return dict(state)


def _save(requests: Path, state: dict[str, Any]) -> None:
    _write(state_path(requests), json.dumps(state, indent=1) + "\n")


def submit(requests: Path, client: Any) -> tuple[str, bool]:
    """Upload the requests and create the batch, once: (batch id, whether this call created it).
    Each step is recorded as it succeeds, so an interrupted submit resumes where it stopped and
    never uploads or creates twice."""
    if not requests.is_file():
        raise InputError(f"{requests} does not exist.")
    state = _state(requests)
    if state.get("batch_id"):
        return str(state["batch_id"]), False
    if not state.get("input_file_id"):
        with requests.open("rb") as handle:
            state["input_file_id"] = client.files.create(file=handle, purpose="batch").id
        _save(requests, state)
    batch = client.batches.create(
        input_file_id=state["input_file_id"], endpoint=URL, completion_window="24h",
        metadata={"made_by": "factsheet", "requests": requests.name[:400]},
    )  # fmt: skip
    state["batch_id"] = batch.id
    _save(requests, state)
    return str(batch.id), True


def batch_of(requests: Path, client: Any) -> Any:
    """The batch submitted for this requests file, as the API reports it now."""
    state = _state(requests) if requests.is_file() else {}
    if not state.get("batch_id"):
        raise InputError(f"{requests} has not been submitted (no batch in {state_path(requests)}); "
                         "run `factsheet batch submit` first.")  # fmt: skip
    return client.batches.retrieve(state["batch_id"])


def fetch(requests: Path, client: Any, target: Path) -> tuple[Any, int]:
    """Download the finished batch's results and errors into one results file (the engine's
    error lines are results too: collect reports them per article and asks them again)."""
    batch = batch_of(requests, client)
    if batch.status not in DONE:
        raise InputError(f"Batch {batch.id} is {batch.status}, not finished; `factsheet batch status --wait` "
                         "waits for it.")  # fmt: skip
    text = ""
    for file_id in (batch.output_file_id, batch.error_file_id):
        if file_id:
            part = client.files.content(file_id).read().decode("utf-8")
            text += part if not part or part.endswith("\n") else part + "\n"
    _write(target, text)
    return batch, len(text.splitlines())
