"""The Typer application every command module registers on.

Every command runs inside `one_line_errors`: a `SitroomError` (bad input, a store that
cannot open, a missing model...) prints as one ``error:`` line with its next step and
exits with the error's code; any other exception is a bug and keeps its traceback.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import typer
from rich.console import Console

from sitroom.errors import SitroomError

stderr = Console(stderr=True)


def error_line(message: str) -> None:
    """Print one error line to stderr (never wrapped into a box or a traceback)."""
    stderr.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line error and return the Exit to raise."""
    error_line(message)
    return typer.Exit(code)


def one_line_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Run a command; turn a SitroomError into one line and its exit code."""

    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except SitroomError as exc:
            error_line(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            raise typer.Exit(exc.exit_code) from None

    return run


class SitroomTyper(typer.Typer):
    """A Typer whose commands print sitroom's errors as one line."""

    def command(self, *args: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], Any]:
        register = super().command(*args, **kwargs)

        def decorator(func: Callable[..., Any]) -> Callable[..., Any]:
            register(one_line_errors(func))
            return func

        return decorator


app = SitroomTyper(
    name="sitroom",
    help="A situation room for conflict news: turn reports into verifiable, geocoded ACLED-style events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
