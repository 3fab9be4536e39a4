"""A live line on stderr while the model writes: elapsed time, tokens and tokens/s."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass


@contextlib.contextmanager
def token_progress(model: str, enabled: bool = True) -> Iterator[Callable[[int], None]]:
    """Yield a callback that counts tokens; show a rich spinner when stderr is a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield lambda _tokens: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
        TextColumn("{task.completed:.0f} tokens"), TextColumn("{task.fields[rate]}"),
    )  # fmt: skip
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(f"Extracting with {model}", total=None, rate="")

        def on_token(tokens: int) -> None:
            bar.advance(task, tokens)
            elapsed = bar.tasks[task].elapsed or 0.0
            if elapsed > 0:
                bar.update(task, rate=f"{bar.tasks[task].completed / elapsed:.1f} tokens/s")

        yield on_token


@dataclass
class BatchMeter:
    """What a batch reports as it goes; each callback does nothing unless a bar is shown."""

    on_token: Callable[[int], None] = lambda _tokens: None
    on_request: Callable[[int], None] = lambda _change: None  # +1 out, -1 back
    on_done: Callable[[bool], None] = lambda _ok: None


@contextlib.contextmanager
def batch_progress(total: int, enabled: bool = True) -> Iterator[BatchMeter]:
    """A bar over articles: done, failed, running (requests in flight), tokens and ETA."""
    if not enabled or not sys.stderr.isatty():
        yield BatchMeter()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    counts = {"done": 0, "failed": 0, "running": 0, "tokens": 0}
    columns = (
        BarColumn(bar_width=20), MofNCompleteColumn(), TextColumn("{task.fields[status]}"),
        TextColumn("ETA"), TimeRemainingColumn(),
    )  # fmt: skip
    with Progress(*columns, console=Console(stderr=True)) as bar:  # fits 80 columns
        task = bar.add_task("articles", total=total, status="")

        def count(name: str, change: int) -> None:  # all on the batch's one event loop thread
            counts[name] += change
            bar.update(task, completed=counts["done"] + counts["failed"], status=(
                f"{counts['done']} done, {counts['failed']} failed, {counts['running']} running, "
                f"{counts['tokens']:,} tokens"))  # fmt: skip

        count("done", 0)
        yield BatchMeter(
            on_token=lambda tokens: count("tokens", tokens),
            on_request=lambda change: count("running", change),
            on_done=lambda ok: count("done" if ok else "failed", 1),
        )


@contextlib.contextmanager
def article_progress(total: int | None, what: str) -> Iterator[Callable[..., None]]:
    """A bar on stderr (a terminal only) for `factsheet batch`: advance() after each article,
    or advance(done, total) with a batch engine's counts."""
    if not sys.stderr.isatty():
        yield lambda *_: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn(what), BarColumn(bar_width=20), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(what, total=total)

        def advance(done: int | None = None, of: int | None = None) -> None:
            if done is None:
                bar.advance(task)
            else:
                bar.update(task, completed=done, total=of)

        yield advance
