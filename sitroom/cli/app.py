"""The Typer application every command module registers on."""

import typer

app = typer.Typer(
    name="sitroom",
    help="A situation room for conflict news: turn reports into verifiable, geocoded ACLED-style events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
