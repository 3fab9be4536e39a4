"""A live line on stderr while the model writes: elapsed time, tokens and tokens/s."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator


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


@contextlib.contextmanager
def batch_progress(
    total: int, jobs: int, enabled: bool = True
) -> Iterator[tuple[Callable[[int], None], Callable[[bool], None]]]:
    """A bar over articles: done / failed / running, tokens and ETA. Yields (on_token, on_done)."""
    if not enabled or not sys.stderr.isatty():
        yield (lambda _tokens: None), (lambda _ok: None)
        return
    import threading

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    counts = {"done": 0, "failed": 0, "tokens": 0}
    lock = threading.Lock()
    columns = (
        BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[status]}"),
        TimeRemainingColumn(),
    )  # fmt: skip
    with Progress(*columns, console=Console(stderr=True)) as bar:
        task = bar.add_task("articles", total=total, status="")

        def show() -> None:
            finished = counts["done"] + counts["failed"]
            running = min(jobs, total - finished)
            bar.update(task, completed=finished, status=(
                f"{counts['done']} done, {counts['failed']} failed, {running} running, "
                f"{counts['tokens']} tokens"))  # fmt: skip

        def on_token(tokens: int) -> None:
            with lock:
                counts["tokens"] += tokens
            show()

        def on_done(ok: bool) -> None:
            with lock:
                counts["done" if ok else "failed"] += 1
            show()

        show()
        yield on_token, on_done
