"""The command line: parse arguments, run the pipeline, turn errors into exit codes.

Heavy modules (openai, pydantic models, the pipeline) are imported inside the commands so
that ``factsheet --help`` starts fast.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from factsheet import errors
from factsheet.errors import ExitCode, FactsheetError, OutputError, UsageError

if TYPE_CHECKING:
    from factsheet import config
    from factsheet.models import Sheet

app = typer.Typer(
    name="factsheet",
    help="Turn a news article into a verified one-page Markdown fact sheet.\n\n"
    "Examples:\n\n"
    "  factsheet make article.txt\n\n"
    "  factsheet make article.html -o sheet.md\n\n"
    "  factsheet make article.txt --format json -o sheet.json\n\n"
    "  factsheet make article.txt --format html -o sheet.html\n\n"
    "  factsheet check article.txt sheet.json",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)


class Format(StrEnum):
    md = "md"
    json = "json"
    html = "html"


class ReportFormat(StrEnum):
    text = "text"
    json = "json"


class UnverifiedPolicy(StrEnum):
    show = "show"
    drop = "drop"


TracebackOption = Annotated[
    bool, typer.Option("--traceback", help="Show the full traceback on errors (for bug reports).")
]
JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", min=1, help="Processes reading articles at once (default: this machine's cores)."
    ),
]


def _jobs(jobs: int | None) -> int:
    from factsheet.archive import default_jobs

    return jobs if jobs is not None else default_jobs()


@app.command(
    epilog="Examples: factsheet make article.txt | factsheet make page.html -o s.md "
    "| OPENAI_BASE_URL=http://localhost:11434/v1 factsheet make a.txt --model qwen2.5"
)
def make(
    articles: Annotated[
        list[str],
        typer.Argument(
            help="Articles: .txt or .html files, folders of them, http(s) URLs, or - for stdin.",
            metavar="ARTICLE...",
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Write the sheet here, not to stdout; with several "
            "articles, a folder that gets one sheet per article.",
        ),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "-j",
            "--jobs",
            min=1,
            help="Model requests in flight at once: articles, or a long article's parts "
            "(the embedded model takes one at a time).",
        ),
    ] = 4,
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="md (the sheet), json (the sheet with offsets, `factsheet schema`) or html (the "
            "reviewer's page: the sheet beside the article, every item highlighted; with several "
            "articles, an index.html too).",
        ),
    ] = Format.md,
    model: Annotated[str | None, typer.Option("--model", "-m", help="Model name on the server.")] = None,
    use_local: Annotated[
        bool, typer.Option("--local", help="Use the embedded model even if a server is set.")
    ] = False,
    model_path: Annotated[
        str | None,
        typer.Option(
            "--model-path",
            help="A GGUF file for the embedded runtime "
            "(default: $FACTSHEET_MODEL_PATH, else the bundled model).",
        ),
    ] = None,
    unverified: Annotated[
        UnverifiedPolicy,
        typer.Option(
            "--unverified",
            help="show: list flagged items under 'Unverified'; drop: leave them out (counted in the footer).",
        ),
    ] = UnverifiedPolicy.show,
    retries: Annotated[
        int | None,
        typer.Option(
            "--retries",
            min=0,
            max=10,
            help="Retries of one request on 408/409/429/5xx and timeouts (default 3).",
        ),
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option(
            "--timeout",
            help="Seconds for one whole model answer, from request to last byte, retries included.",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing output.")] = False,
    use_cache: Annotated[
        bool,
        typer.Option(
            "--cache/--no-cache",
            help="Reuse a sheet made before for the same article, model, prompts and options (default: on).",
        ),
    ] = True,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Show progress on stderr.")
    ] = True,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose",
            "-v",
            help="Say on stderr what the run does: the embedded model's start-up time, context and "
            "threads; each request's part, tokens (counted before it is sent, where the server can) "
            "and usage. Replaces the progress display.",
        ),
    ] = False,
    traceback: TracebackOption = False,
) -> None:
    """Make a fact sheet from ARTICLE and print it (or write it with -o)."""
    if verbose:
        _verbose()
        progress = False
    with _errors(traceback):
        from factsheet import batch as batches
        from factsheet import config

        sources = batches.expand(articles)
        if len(sources) != 1 or Path(articles[0]).is_dir():
            _make_many(
                sources,
                output,
                fmt.value,
                model,
                use_local,
                model_path,
                unverified.value,
                timeout,
                force,
                use_cache,
                jobs,
                progress,
                retries,
            )
            return
        chosen = config.settings(model, use_local, model_path, timeout, retries)
        _make_one(sources[0], output, fmt.value, chosen, unverified.value, force, use_cache, jobs, progress)


def _verbose() -> None:
    """factsheet's INFO lines on stderr, each as 'factsheet: ...'."""
    import logging

    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("factsheet: %(message)s"))
    logger = logging.getLogger("factsheet")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def _make_one(
    source: str, output: Path | None, fmt: str, chosen: config.Settings, unverified: str, force: bool,
    use_cache: bool, jobs: int, progress: bool,
) -> None:  # fmt: skip
    """One article, through the same runner as many (batch.py): to stdout, or to -o's file."""
    from factsheet.batch import Batch
    from factsheet.progress import token_progress

    _check_output(output, force)
    with token_progress(chosen.model, enabled=progress) as on_token:
        run = Batch(chosen, fmt, None, unverified, use_cache, force, on_token)  # type: ignore[arg-type]
        [outcome] = run.run([source], jobs, outputs={source: output})
    if outcome.error:
        _fail(outcome.error, outcome.exit_code)


@app.command(epilog="Example: factsheet check article.txt sheet.json")
def check(
    article: Annotated[str, typer.Argument(help="The article the sheet was made from.")],
    sheet: Annotated[Path, typer.Argument(help="A JSON sheet (factsheet make --format json).")],
    traceback: TracebackOption = False,
) -> None:
    """Re-verify a (possibly hand-edited) JSON sheet against its article; exit 6 on failure."""
    with _errors(traceback):
        from factsheet.article import read_article
        from factsheet.errors import CheckFailed
        from factsheet.verify import verify

        text = read_article(article)
        checked = verify(text.text, _load_sheet(sheet))
        items = checked.items()
        for item in items:
            mark = "ok  " if item.check.status == "verified" else "FAIL"
            typer.echo(f"{mark} {type(item).__name__.lower()}: {item.check.reason}")
        failed = sum(i.check.status != "verified" for i in items)
        if failed:
            raise CheckFailed(f"{failed} of {len(items)} items are not supported by {article}.")
        typer.echo(f"All {len(items)} items are supported by {article}.")


@app.command(epilog="Example: OPENAI_BASE_URL=http://localhost:11434/v1 factsheet doctor --model qwen2.5")
def doctor(
    model: Annotated[str | None, typer.Option("--model", "-m", help="Model name.")] = None,
    use_local: Annotated[bool, typer.Option("--local", help="Use the embedded model.")] = False,
    model_path: Annotated[str | None, typer.Option("--model-path", help="A GGUF file.")] = None,
    timeout: Annotated[
        float | None, typer.Option("--timeout", help="Seconds for the probe's answer.")
    ] = None,
    traceback: TracebackOption = False,
) -> None:
    """Probe the configured server once (no article is sent): reachable, model listed, output
    mode, usage, latency. Exits 0 if it answered, else with the error's code."""
    with _errors(traceback):
        from factsheet import config
        from factsheet import doctor as checks

        chosen = config.settings(model, use_local, model_path, timeout)
        with config.connect(chosen) as connection:
            found = connection.run(checks.probe)
        width = max(len(check) for check, _ in found.rows)
        for check, result in found.rows:
            typer.echo(f"{check:<{width}}  {result}")


@app.command(name="clear-cache", epilog="Example: factsheet clear-cache")
def clear_cache() -> None:
    """Delete every cached sheet (kept in $FACTSHEET_CACHE_DIR or ~/.cache/factsheet/sheets)."""
    from factsheet import cache

    with _errors(False):
        typer.echo(f"Deleted {cache.clear()} cached sheets from {cache.sheets_dir()}.")


@app.command(epilog="Example: factsheet schema > factsheet.schema.json")
def schema() -> None:
    """Print the JSON schema of --format json output (the versioned contract)."""
    from factsheet import render

    typer.echo(render.json_schema(), nl=False)


@app.command(name="eval", epilog="Example: factsheet eval gold/ --corpus corpus/")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Folder of gold annotation .json files.")],
    corpus: Annotated[
        Path | None,
        typer.Option(
            help="Folder the gold files' 'file' paths are relative to (default: the "
            "nearest corpus/ beside GOLD or a folder above it)."
        ),
    ] = None,
    model: Annotated[str | None, typer.Option("--model", "-m", help="Model name.")] = None,
    use_local: Annotated[bool, typer.Option("--local", help="Use the embedded model.")] = False,
    model_path: Annotated[str | None, typer.Option("--model-path", help="A GGUF file.")] = None,
    details: Annotated[bool, typer.Option("--details", help="List every miss.")] = False,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="text or json.")] = ReportFormat.text,
    traceback: TracebackOption = False,
) -> None:
    """Score the tool against gold annotations (GOLD and its subfolders), field by field."""
    with _errors(traceback):
        from factsheet import config
        from factsheet import evaluate as scoring

        chosen = config.settings(model, use_local, model_path, None)
        with config.connect(chosen) as connection:
            report = connection.run(
                lambda client: scoring.evaluate(
                    gold, corpus or scoring.default_corpus(gold), client, connection.server
                )
            )
        shown = (
            scoring.format_json(report)
            if fmt is ReportFormat.json
            else scoring.format_report(report, details)
        )
        typer.echo(shown, nl=False)


def _make_many(
    sources: list[str],
    output: Path | None,
    fmt: str,
    model: str | None,
    use_local: bool,
    model_path: str | None,
    unverified: str,
    timeout: float | None,
    force: bool,
    use_cache: bool,
    jobs: int,
    progress: bool,
    retries: int | None = None,
) -> None:
    """Several articles: one sheet each in the folder -o names, then a summary table."""
    from factsheet import config
    from factsheet.batch import Batch, Outcome
    from factsheet.errors import BatchFailed, Interrupted, Terminated
    from factsheet.progress import batch_progress

    if not sources:
        raise UsageError("No .txt, .html or .htm articles were found in the given folders.")
    if output is None:
        raise UsageError("Several articles need -o FOLDER for their sheets.")
    _output_folder(output, "with several articles -o names a folder")
    chosen = config.settings(model, use_local, model_path, timeout, retries)
    jobs = 1 if chosen.local else jobs  # the embedded server answers one at a time (config.connect)
    finished: list[Outcome] = []

    with batch_progress(len(sources), progress) as meter:

        def done(outcome: Outcome) -> None:
            finished.append(outcome)
            meter.on_done(outcome.error is None)

        run = Batch(
            chosen,
            fmt,
            output,
            unverified,  # type: ignore[arg-type]
            use_cache,
            force,
            meter.on_token,
            meter.on_request,
        )
        try:
            outcomes = run.run(sources, jobs, done)
        except (KeyboardInterrupt, SystemExit) as stop:
            if isinstance(stop, SystemExit) and stop.code != ExitCode.TERMINATED:
                raise
            stopped = Terminated if isinstance(stop, SystemExit) else Interrupted
            written = sum(o.error is None for o in finished)
            raise stopped(
                f"{stopped.__name__} after {len(finished)} of {len(sources)} articles. The {written} "
                f"sheets in {output} are whole (there are no partial files). To finish, run the same "
                "command with --force: the sheets already made come from the cache."
            ) from None
    _summary(outcomes)
    if fmt == "html":
        _write_index(outcomes, output, force)
    if fmt == "json":  # the sheets are files; stdout gets the run's report, usage included
        import json

        from factsheet.batch import report

        typer.echo(json.dumps(report(outcomes), indent=2, ensure_ascii=False))
    failed = [o for o in outcomes if o.error]
    if failed:
        raise BatchFailed(f"{len(failed)} of {len(outcomes)} articles failed (see the table above).")


def _write_index(outcomes: list, folder: Path, force: bool) -> None:  # type: ignore[type-arg]
    """The batch's index.html: every article, a link to its page or its error."""
    from factsheet.output import write_atomic
    from factsheet.page import GENERATOR, IndexRow, render_index

    rows = [IndexRow(o.source, o.output.name if o.output else None, o.error, o.counts) for o in outcomes]
    index = folder / "index.html"
    if index.exists() and not force and GENERATOR not in index.read_text(errors="replace")[:2000]:
        typer.echo(f"{index} exists and factsheet did not write it: the index was not written "
                   "(--force overwrites it).", err=True)  # fmt: skip
        return
    write_atomic(render_index(rows), index)
    typer.echo(f"Index of the pages: {index}", err=True)


def _summary(outcomes: list) -> None:  # type: ignore[type-arg]
    """A table on stderr: each article, what happened, tokens; then the totals."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title="factsheet: summary", show_lines=False)
    for column in ("article", "result", "requests", "tokens in", "tokens out", "sheet or error"):
        table.add_column(column, overflow="fold")
    for o in outcomes:
        result = "FAILED" if o.result == "failed" else o.result
        table.add_row(
            o.source,
            result,
            str(o.requests),
            str(o.prompt_tokens),
            str(o.completion_tokens),
            o.error or str(o.output),
        )
    table.add_row(
        "total",
        f"{sum(not o.error for o in outcomes)} ok",
        str(sum(o.requests for o in outcomes)),
        str(sum(o.prompt_tokens for o in outcomes)),
        str(sum(o.completion_tokens for o in outcomes)),
        "",
    )
    Console(stderr=True, width=160).print(table)


def _load_sheet(path: Path) -> Sheet:
    from pydantic import ValidationError

    from factsheet.errors import InputError
    from factsheet.models import Sheet

    try:
        return Sheet.model_validate_json(path.read_bytes())
    except FileNotFoundError:
        raise InputError(f"{path} does not exist; check the path.") from None
    except (OSError, ValidationError, UnicodeDecodeError) as error:
        first = str(error).splitlines()[0]
        raise InputError(f"{path} is not a factsheet JSON sheet ({first}).") from None


def _check_output(output: Path | None, force: bool) -> None:
    """Fail before any model work if the output cannot be written."""
    from factsheet.output import check_target

    if output is not None:
        check_target(output, force)


class _errors:
    """The one place that turns errors into a sentence on stderr and an exit code."""

    def __init__(self, traceback: bool) -> None:
        self.traceback = traceback or bool(os.environ.get("FACTSHEET_TRACEBACK"))
        if self.traceback:
            errors.contain_bugs = False  # (a bug in reading one part stops the run, to be seen)

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, error, tb) -> None:  # type: ignore[no-untyped-def]
        terminated = isinstance(error, SystemExit) and error.code == ExitCode.TERMINATED
        if error is None or isinstance(error, typer.Exit) or self.traceback:
            return
        if isinstance(error, SystemExit) and not terminated:
            return
        if terminated:
            _fail("Terminated; nothing was written.", int(ExitCode.TERMINATED))
        if isinstance(error, KeyboardInterrupt):
            _fail("Interrupted; nothing was written.", 130)
        if isinstance(error, FactsheetError):
            _fail(str(error), int(error.exit_code))
        _fail(
            f"Unexpected error ({type(error).__name__}: {_scrub(str(error))[:200]}); "
            "run again with --traceback and report it.",
            int(ExitCode.ERROR),
        )


batch_app = typer.Typer(
    help="Archive scale on batch engines (the OpenAI Batch API, vLLM's run-batch): prepare the "
    "requests as JSONL, run them on the engine, collect the sheets.",
    no_args_is_help=True,
    add_completion=False,
)
app.add_typer(batch_app, name="batch")


@batch_app.command("prepare", epilog="Example: factsheet batch prepare articles/ -o requests.jsonl")
def batch_prepare(
    articles: Annotated[list[str], typer.Argument(help="Files or folders of .txt/.html articles.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The requests file (JSONL) to write.")],
    model: Annotated[str | None, typer.Option("--model", "-m", help="Model name on the engine.")] = None,
    mode: Annotated[
        str,
        typer.Option(
            "--mode", help="Output mode: json_schema (OpenAI, vLLM), json_object_schema, json_object."
        ),
    ] = "json_schema",
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing requests file.")] = False,
    use_cache: Annotated[
        bool,
        typer.Option(
            "--cache/--no-cache", help="No request for an article a batch already made the sheet of."
        ),
    ] = True,
    jobs: JobsOption = None,
    traceback: TracebackOption = False,
) -> None:
    """Write one OpenAI-batch request line per article part, and the articles' manifest beside it."""
    with _errors(traceback):
        from factsheet import archive, config
        from factsheet import batch as batches
        from factsheet.errors import BatchFailed
        from factsheet.models import OUTPUT_MODES
        from factsheet.progress import article_progress

        if mode not in OUTPUT_MODES[:3]:
            raise UsageError(f"--mode must be one of {', '.join(OUTPUT_MODES[:3])}.")
        sources = batches.expand(articles)
        if not sources:
            raise UsageError("No .txt, .html or .htm articles were found in the given folders.")
        _check_output(output, force)
        chosen = model or os.environ.get("FACTSHEET_MODEL") or config.DEFAULT_REMOTE_MODEL
        with article_progress(len(sources), "preparing") as advance:
            done = archive.prepare(sources, output, chosen, mode, advance, use_cache, _jobs(jobs))
        for source, why in done.failed:
            typer.echo(f"factsheet: {source}: {why}", err=True)
        typer.echo(
            f"{done.requests} requests for {done.articles} articles in {output} (model {chosen}, {mode}; "
            f"{done.cached} articles from the cache need none); "
            f"run them on the engine, then: factsheet batch collect {output} RESULTS.jsonl -o SHEETS/",
            err=True,
        )
        if done.failed:
            raise BatchFailed(f"{len(done.failed)} of {len(sources)} articles could not be prepared (above).")


@batch_app.command(
    "collect", epilog="Example: factsheet batch collect requests.jsonl results.jsonl -o sheets/"
)
def batch_collect(
    requests: Annotated[Path, typer.Argument(help="The requests file prepare wrote.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The folder for the sheets.")],
    results: Annotated[
        list[Path] | None,
        typer.Argument(
            help="The engine's results files: the first round's, then any later (none when "
            "every article came from the cache)."
        ),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="md, json or html.")] = Format.md,
    force: Annotated[bool, typer.Option("--force", help="Overwrite existing sheets.")] = False,
    use_cache: Annotated[
        bool, typer.Option("--cache/--no-cache", help="Keep each sheet made, for a later prepare.")
    ] = True,
    jobs: JobsOption = None,
    traceback: TracebackOption = False,
) -> None:
    """Make the sheets from the engine's results, exactly as a live run; re-asks go to the next round.

    Exit 0: all written; 9: some failed; 10: some wait for the next round's answers.
    """
    with _errors(traceback):
        from factsheet import archive
        from factsheet import batch as batches
        from factsheet.errors import BatchFailed, Pending
        from factsheet.output import check_target, write_atomic
        from factsheet.page import render_html
        from factsheet.progress import article_progress
        from factsheet.render import render_json, render_markdown

        _output_folder(output)
        manifest = archive.read_manifest(requests)
        with article_progress(len(manifest["articles"]), "collecting") as advance:
            found = archive.collect(requests, results or [], advance, use_cache, _jobs(jobs))
        names = batches.output_names([a["source"] for a in manifest["articles"]], fmt.value)
        failed = dict(found.failed)
        for source, sheet in found.sheets.items():
            page = {"json": render_json, "md": render_markdown}.get(fmt.value)
            text = page(sheet) if page else render_html(sheet, found.articles[source].text, Path(source).name)
            try:
                check_target(output / names[source], force)
                write_atomic(text, output / names[source])
            except FactsheetError as error:
                failed[source] = str(error)
        for line in found.ignored:
            typer.echo(f"factsheet: ignored {line}", err=True)
        for source, why in failed.items():
            typer.echo(f"factsheet: {source}: {_scrub(why)}", err=True)
        written = len(found.sheets) - len(set(failed) & set(found.sheets))
        usage = found.usage
        typer.echo(
            f"{written} sheets written to {output}, {len(failed)} failed, {len(found.pending)} waiting; "
            f"{usage.requests} answers used, {usage.prompt_tokens} prompt + {usage.completion_tokens} "
            "completion tokens (the engine's count).",
            err=True,
        )
        path = archive.next_round_path(requests, found.next_round) if found.next_round else None
        if path is not None:
            write_atomic("".join(line.json() + "\n" for line in found.next_round), path)
            typer.echo(
                f"{len(found.next_round)} requests for the next round in {path}: run them on the engine, "
                f"then collect again with every results file: factsheet batch collect {requests} "
                f"{' '.join(map(str, results or []))} RESULTS-OF-{path.name} -o {output}",
                err=True,
            )
        if failed:
            raise BatchFailed(f"{len(failed)} of {len(manifest['articles'])} articles failed (above).")
        if found.pending:
            raise Pending(f"{len(found.pending)} articles wait for the next round ({path}).")


@batch_app.command("submit", epilog="Example: factsheet batch submit requests.jsonl")
def batch_submit(
    requests: Annotated[Path, typer.Argument(help="The requests file prepare wrote.")],
    traceback: TracebackOption = False,
) -> None:
    """Upload the requests to the OpenAI Batch API and create the batch, once (resumable)."""
    with _errors(traceback):
        from factsheet import archive

        with _batch_api():
            batch_id, created = archive.submit(requests, _batch_client())
        said = "submitted as" if created else "was already submitted as"
        typer.echo(
            f"{requests} {said} batch {batch_id}; `factsheet batch status {requests} --wait` waits for it."
        )


@batch_app.command("status", epilog="Example: factsheet batch status requests.jsonl --wait")
def batch_status(
    requests: Annotated[Path, typer.Argument(help="The requests file that was submitted.")],
    wait: Annotated[bool, typer.Option("--wait", help="Poll until the batch is finished.")] = False,
    every: Annotated[float, typer.Option("--every", help="Seconds between polls with --wait.")] = 30.0,
    traceback: TracebackOption = False,
) -> None:
    """Show where the batch stands: its status and how many requests are done."""
    import time

    with _errors(traceback):
        from factsheet import archive
        from factsheet.progress import article_progress

        client = _batch_client()
        with _batch_api(), article_progress(None, "batch") as advance:
            batch = archive.batch_of(requests, client)
            while wait and batch.status not in archive.DONE:
                time.sleep(every)
                batch = archive.batch_of(requests, client)
                counts = batch.request_counts
                if counts is not None:
                    advance(counts.completed + counts.failed, counts.total)
        counts = batch.request_counts
        done = (
            f"{counts.completed} completed, {counts.failed} failed of {counts.total}"
            if counts
            else "no counts"
        )
        typer.echo(f"batch {batch.id}: {batch.status} ({done})")


@batch_app.command("fetch", epilog="Example: factsheet batch fetch requests.jsonl -o results.jsonl")
def batch_fetch(
    requests: Annotated[Path, typer.Argument(help="The requests file that was submitted.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The results file to write.")],
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing results file.")] = False,
    traceback: TracebackOption = False,
) -> None:
    """Download the finished batch's output and error lines into one results file."""
    with _errors(traceback):
        from factsheet import archive

        _check_output(output, force)
        with _batch_api():
            batch, lines = archive.fetch(requests, _batch_client(), output)
        typer.echo(f"batch {batch.id} ({batch.status}): {lines} result lines in {output}; next: factsheet "
                   f"batch collect {requests} {output} -o SHEETS/", err=True)  # fmt: skip


def _batch_client() -> Any:
    """The SDK client for the Batch API, configured as for live runs (OPENAI_API_KEY, OPENAI_BASE_URL)."""
    import openai

    from factsheet import config

    chosen = config.settings()
    if chosen.local:
        raise UsageError(
            "The Batch API needs a server that offers it (OPENAI_API_KEY, and OPENAI_BASE_URL if not "
            "OpenAI); for a local or vLLM engine, run `vllm run-batch` on the requests file instead (README)."
        )
    return openai.OpenAI(base_url=chosen.base_url or config.OPENAI_URL, api_key=chosen.api_key or "none",
                         max_retries=chosen.retries, timeout=chosen.timeout)  # fmt: skip


@contextlib.contextmanager
def _batch_api() -> Iterator[None]:
    """The Batch API's errors as factsheet's: a sentence and exit 5, never a traceback."""
    import openai

    from factsheet.errors import UnreachableError

    try:
        yield
    except openai.APIStatusError as error:
        raise UnreachableError(f"The Batch API refused the request (HTTP {error.status_code}): "
                               f"{error.message}") from None  # fmt: skip
    except openai.APIError as error:
        raise UnreachableError(
            f"The Batch API could not be reached ({error}); check OPENAI_BASE_URL."
        ) from None


def _output_folder(output: Path, what: str = "-o names the folder for the sheets") -> None:
    """The folder -o names, made if missing; a file there, or no way to make it, is an error."""
    if output.exists() and not output.is_dir():
        raise OutputError(f"{output} is a file; {what}.")
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"The folder {output} cannot be created ({error.strerror}).") from None


def _scrub(text: str) -> str:
    """Never print the API key, whatever a server echoed back."""
    from factsheet.secrets import mask

    return mask(text)


def _fail(message: str, code: int) -> NoReturn:
    typer.echo(f"factsheet: error: {_scrub(message)}", err=True)
    raise typer.Exit(code)


def _terminated(signum: int, frame: object) -> NoReturn:
    raise SystemExit(128 + signum)  # unwinds: the embedded server is stopped, temp files go


def main() -> None:
    """Entry point of the `factsheet` command."""
    import signal

    signal.signal(signal.SIGTERM, _terminated)
    # SIGINT stops a run cleanly even when factsheet was started with it ignored (a job that a
    # non-interactive shell put in the background inherits SIG_IGN, and Python keeps it).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        app()
    except UsageError as error:  # raised outside a command
        typer.echo(f"factsheet: error: {error}", err=True)
        raise SystemExit(int(ExitCode.USAGE)) from None
