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
