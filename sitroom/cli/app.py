"""The Typer application every command module registers on.

Every command runs inside `one_line_errors`: a `SitroomError` (bad input, a store that
cannot open, a missing model...) prints as one ``error:`` line with its next step and
exits with the error's code; any other exception is a bug and keeps its traceback.
Mistakes on the command line itself (an unknown option or command, a missing argument, a
bad value) print as one ``error:`` line too, naming the command's ``--help``
(`OneLineErrorGroup`), instead of Click's usage box.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import typer
from rich.console import Console
from typer.core import TyperGroup

try:  # Typer 0.2x carries its own copy of Click; its exceptions are the ones raised
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover - a Typer that uses the installed Click
    from click import exceptions as click_errors

from sitroom.errors import SitroomError, explain

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
            error_line(explain(exc))
            raise typer.Exit(exc.exit_code) from None

    return run


def usage_line(exc: click_errors.ClickException) -> str:
    """A command-line mistake as one line: Click's message, then where to look."""
    message = " ".join(exc.format_message().split()).rstrip(".")
    ctx = getattr(exc, "ctx", None)
    if ctx is None:
        return message
    missing = isinstance(exc, click_errors.MissingParameter) or message.startswith("Missing argument")
    usage = " ".join(ctx.get_usage().split()).removeprefix("Usage: ")
    where = f"usage: {usage}; " if missing else ""
    return f"{message} ({where}see '{ctx.command_path} --help')"


class OneLineErrorGroup(TyperGroup):
    """The command group: a mistake on the command line (unknown option or command, a
    missing argument, a bad value) prints as one ``error:`` line and exits with Click's
    code (2 for usage); ``--help`` and a bare group's help are left as Click prints them."""

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_context(*args, **kwargs)
        except click_errors.NoArgsIsHelpError:
            raise
        except click_errors.ClickException as exc:
            raise fail(usage_line(exc), exc.exit_code) from None

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except click_errors.NoArgsIsHelpError:
            raise
        except click_errors.ClickException as exc:
            raise fail(usage_line(exc), exc.exit_code) from None


class SitroomTyper(typer.Typer):
    """A Typer whose commands print sitroom's errors, and command-line mistakes, as one line."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("cls", OneLineErrorGroup)
        super().__init__(*args, **kwargs)

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
