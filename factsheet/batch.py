"""Many articles at once: one event loop, N requests in flight, one failure never stops the others.

Each article is read, looked up in the cache and, on a miss, made by the pipeline with its
own client (so its token usage is its own). Every client shares one HTTP session and one
limit of ``jobs`` requests in flight; the server (the embedded one included) is started
only when the first article misses the cache, so a fully cached run never loads a model.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factsheet import cache, config, loop, pipeline, render
from factsheet.article import Article, read_article
from factsheet.errors import FactsheetError
from factsheet.models import Sheet
from factsheet.output import check_target, write_atomic, write_stdout
from factsheet.page import counts, render_html
from factsheet.secrets import mask

if TYPE_CHECKING:
    from factsheet.client import ModelClient

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
# Articles being read, made or written at once, per request slot: enough that a slot freed by
# an answer is taken at once by an article already read, few enough that the first requests
# go out before the whole folder has been read.
WINDOW_PER_JOB = 2


@dataclass
class Outcome:
    """What happened to one article."""

    source: str
    output: Path | None = None
    error: str | None = None
    exit_code: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0
    cached: bool = False
    counts: dict[str, int] = field(default_factory=dict)  # items by status (the HTML index)

    @property
    def result(self) -> str:
        return "failed" if self.error else ("cached" if self.cached else "ok")


def report(outcomes: list[Outcome]) -> dict[str, object]:
    """The run as data (`make --format json` with several articles prints it): each article's
    result and usage, and the totals."""
    rows = [
        {
            "article": o.source, "result": o.result,
            "sheet": str(o.output) if o.output else None, "error": o.error, "exit_code": o.exit_code,
            "requests": o.requests, "prompt_tokens": o.prompt_tokens,
            "completion_tokens": o.completion_tokens,
        }
        for o in outcomes
    ]  # fmt: skip
    total = {name: sum(int(row[name] or 0) for row in rows)
             for name in ("requests", "prompt_tokens", "completion_tokens")}  # fmt: skip
    results = [row["result"] for row in rows]
    total |= {result: results.count(result) for result in ("ok", "cached", "failed")}
    return {"articles": rows, "total": total}


def expand(inputs: list[str]) -> list[str]:
    """Files as given; folders become their .txt/.html/.htm files, sorted."""
    sources: list[str] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():  # a pipe or device among them fails alone, by type, before any read
            sources += sorted(str(p) for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            sources.append(item)
    return sources


def output_names(sources: list[str], fmt: str) -> dict[str, str]:
    """One output file per article, named after it ('a.txt' -> 'a.md'); clashes keep the suffix."""
    stems = [Path(s).stem if s != "-" else "stdin" for s in sources]
    taken = ["index"] if fmt == "html" else []  # index.html lists the pages
    return {
        source: f"{stem if stems.count(stem) == 1 and stem not in taken else Path(source).name}.{fmt}"
        for source, stem in zip(sources, stems, strict=True)
    }


@dataclass
class Batch:
    """The settings shared by every article of a run."""

    settings: config.Settings
    fmt: str
    out_dir: Path | None  # None: each article's output is given (``run``'s ``outputs``)
    unverified: pipeline.Unverified = "show"
    use_cache: bool = True
    force: bool = False
    on_token: Callable[[int], None] | None = None
    on_request: Callable[[int], None] | None = None

    def run(
        self, sources: list[str], jobs: int, on_done: Callable[[Outcome], None] | None = None,
        outputs: dict[str, Path | None] | None = None,
    ) -> list[Outcome]:  # fmt: skip
        """Make every sheet, ``jobs`` requests at a time; outcomes come back in input order.

        Each sheet goes to its file in ``out_dir``, or where ``outputs`` says (None: stdout).
        """
        with contextlib.ExitStack() as servers:  # the embedded server, if one is started
            return loop.run(self._run(sources, max(1, jobs), on_done, servers, outputs))

    async def _run(
        self, sources: list[str], jobs: int, on_done: Callable[[Outcome], None] | None,
        servers: contextlib.ExitStack, outputs: dict[str, Path | None] | None,
    ) -> list[Outcome]:  # fmt: skip
        names = output_names(sources, self.fmt)
        if outputs is None:
            assert self.out_dir is not None
            outputs = {source: self.out_dir / names[source] for source in sources}
        window = asyncio.Semaphore(WINDOW_PER_JOB * jobs)
        making = _Making()
        async with contextlib.AsyncExitStack() as sessions:
            connection = _LazyConnection(self, jobs, servers, sessions)

            async def one(source: str) -> Outcome:
                async with window:
                    outcome = await self.one(source, outputs[source], connection, making)
                if on_done:
                    on_done(outcome)
                return outcome

            return list(await asyncio.gather(*(one(s) for s in sources)))

    async def one(
        self, source: str, output: Path | None, connection: _LazyConnection, making: _Making
    ) -> Outcome:
        """One article, start to finish; every error is caught and reported, never raised.

        With the cache on, an article whose text another file of this run is already being
        made from waits for that sheet instead of asking the model again.
        """
        client = None
        try:
            if output is not None:
                check_target(output, self.force)
            article = await asyncio.to_thread(read_article, source)  # files, or a URL's page
            key = cache.key(article.sha256, self.settings.model, connection.server,
                            unverified=self.unverified)  # fmt: skip
            sheet = cache.load(key) if self.use_cache else None
            twin = making.twin(key) if self.use_cache else None
            if sheet is None and twin is not None:  # its failure, if it fails, is this one's too
                sheet = cache.as_cached(await asyncio.shield(twin))
            if sheet is None:
                with making.making(key) as done:
                    client = await connection.client()
                    sheet = await pipeline.make_sheet(article, client, self.unverified, connection.server)
                    done(sheet)
                cache.store(key, sheet)
            page = self.page(sheet, article)
            if output is None:
                write_stdout(page)
            else:
                write_atomic(page, output)
            made = Outcome(source, output, cached=client is None, counts=counts(sheet))
            return self._outcome(made, client)
        except FactsheetError as error:
            failed = Outcome(source, error=mask(str(error)), exit_code=int(error.exit_code))
        except Exception as error:  # a bug in one article must not stop the others
            failed = Outcome(source, error=mask(f"unexpected {type(error).__name__}: {error}"), exit_code=1)
        return self._outcome(failed, client)  # what a failed article spent is counted too

    def page(self, sheet: Sheet, article: Article) -> str:
        if self.fmt == "html":
            return render_html(sheet, article.text, article.name)
        return render.render_json(sheet) if self.fmt == "json" else render.render_markdown(sheet)

    @staticmethod
    def _outcome(outcome: Outcome, client: ModelClient | None) -> Outcome:
        """The outcome with the article's requests and tokens, if it asked the model."""
        if client is not None:
            usage = client.usage
            outcome.requests = usage.requests
            outcome.prompt_tokens, outcome.completion_tokens = usage.prompt_tokens, usage.completion_tokens
        return outcome


class _Making:
    """The sheets being made in this run, by cache key: a file with the same text as one being
    made (a wire story under two names) waits for that sheet instead of asking again."""

    def __init__(self) -> None:
        self._sheets: dict[str, asyncio.Future[Sheet]] = {}

    def twin(self, key: str) -> asyncio.Future[Sheet] | None:
        return self._sheets.get(key)

    @contextlib.contextmanager
    def making(self, key: str) -> Iterator[Callable[[Sheet], None]]:
        """Announce the sheet for ``key``; yield the call that hands it to the twins."""
        sheet: asyncio.Future[Sheet] = asyncio.get_running_loop().create_future()
        sheet.add_done_callback(lambda f: f.cancelled() or f.exception())  # a failure nobody awaits
        self._sheets[key] = sheet
        try:
            yield sheet.set_result
        except asyncio.CancelledError:
            sheet.cancel()
            raise
        except Exception as error:
            sheet.set_exception(error)
            raise


class _LazyConnection:
    """Connects on the first cache miss; a failure to connect is every later article's too."""

    def __init__(
        self, batch: Batch, jobs: int, servers: contextlib.ExitStack, sessions: contextlib.AsyncExitStack
    ) -> None:
        self.batch, self.jobs = batch, jobs
        self.servers, self.sessions = servers, sessions
        self.server = config.server_label(batch.settings)
        self._lock = asyncio.Lock()
        self._new_client: Callable[[], ModelClient] | None = None
        self._failure: FactsheetError | None = None

    async def client(self) -> ModelClient:
        async with self._lock:
            if self._failure is not None:
                raise self._failure
            if self._new_client is None:
                try:  # starting the embedded server blocks for seconds: not on the event loop
                    batch = self.batch
                    connecting = config.connect(batch.settings, batch.on_token, batch.on_request)
                    connection = await asyncio.to_thread(self.servers.enter_context, connecting)
                except FactsheetError as error:
                    self._failure = error
                    raise
                self._new_client = await self.sessions.enter_async_context(connection.clients(self.jobs))
        return self._new_client()
