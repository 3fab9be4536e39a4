"""Many articles at once: N at a time, one failure never stops the others, a summary at the end."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from factsheet import cache, pipeline, render
from factsheet.article import read_article
from factsheet.client import ModelClient
from factsheet.errors import FactsheetError, OutputError
from factsheet.models import Sheet
from factsheet.output import write_atomic

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


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


def expand(inputs: list[str]) -> list[str]:
    """Files as given; folders become their .txt/.html/.htm files, sorted."""
    sources: list[str] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            sources += sorted(str(p) for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            sources.append(item)
    return sources


def output_names(sources: list[str], fmt: str) -> dict[str, str]:
    """One output file per article, named after it ('a.txt' -> 'a.md'); clashes keep the suffix."""
    stems = [Path(s).stem if s != "-" else "stdin" for s in sources]
    return {
        source: f"{stem if stems.count(stem) == 1 else Path(source).name}.{fmt}"
        for source, stem in zip(sources, stems, strict=True)
    }


@dataclass
class Batch:
    """The settings shared by every article of a run."""

    new_client: Callable[[], ModelClient]
    server: str
    model: str
    fmt: str
    out_dir: Path
    unverified: pipeline.Unverified = "show"
    use_cache: bool = True
    force: bool = False

    def run(
        self, sources: list[str], jobs: int, on_done: Callable[[Outcome], None] | None = None
    ) -> list[Outcome]:
        """Make every sheet, ``jobs`` at a time; outcomes come back in input order."""
        names = output_names(sources, self.fmt)
        outcomes: dict[str, Outcome] = {}
        lock = threading.Lock()
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            futures = {pool.submit(self.one, s, self.out_dir / names[s]): s for s in sources}
            for future in as_completed(futures):
                outcome = future.result()
                with lock:
                    outcomes[futures[future]] = outcome
                if on_done:
                    on_done(outcome)
        return [outcomes[s] for s in sources]

    def one(self, source: str, output: Path) -> Outcome:
        """One article, start to finish; every error is caught and reported, never raised."""
        try:
            if output.exists() and not self.force:
                raise OutputError(f"{output} already exists; pass --force to overwrite it.")
            article = read_article(source)
            key = cache.key(article.sha256, self.model, self.server, unverified=self.unverified)
            clients: list[ModelClient] = []

            def made() -> Sheet:
                clients.append(self.new_client())
                return pipeline.make_sheet(article, clients[0], self.unverified, self.server)

            sheet = cache.through(key, self.use_cache, made)
            write_atomic(self.page(sheet), output)
            return self._outcome(source, output, sheet, clients[0] if clients else None)
        except FactsheetError as error:
            return Outcome(source, error=str(error), exit_code=int(error.exit_code))
        except Exception as error:  # a bug in one article must not stop the others
            return Outcome(source, error=f"unexpected {type(error).__name__}: {error}", exit_code=1)

    def page(self, sheet: Sheet) -> str:
        return render.render_json(sheet) if self.fmt == "json" else render.render_markdown(sheet)

    @staticmethod
    def _outcome(source: str, output: Path, sheet: Sheet, client: ModelClient | None) -> Outcome:
        if client is None:
            return Outcome(source, output, cached=True)
        usage = client.usage
        return Outcome(
            source, output, prompt_tokens=usage.prompt_tokens,
            completion_tokens=usage.completion_tokens, requests=usage.requests,
        )  # fmt: skip
