"""`sitroom eval`: score the pipeline against gold sets (registered on sitroom.cli.app.app)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from sitroom.cli.app import app


@app.command("eval")
def eval_command(
    gold: Path = typer.Argument(
        ..., exists=True, help="Gold folder (../shared/eval: every set in it), one set's folder or a file."
    ),
    split: str = typer.Option("dev", "--split", help="dev (odd ids: tune on it), test (even ids: report it) or all."),
    by: str = typer.Option(
        None, "--by", help="Also break scores down by this gold field (country, event_type...)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    limit: int = typer.Option(
        None, "--limit", help="At most N documents per gold set (a stable spread)."
    ),
    reader: list[str] = typer.Option(
        [], "--reader", help="Only these gold sets (repeatable): acled, case2021, pitf, ucdp, plover, petrarch2,"
        " realnews, jsonl, geoparsing, fusion."
    ),
    n_process: int = typer.Option(1, "--n-process", help="spaCy parsing processes."),
    as_markdown: bool = typer.Option(False, "--markdown", help="One Markdown line per gold set."),
    dump: Path = typer.Option(
        None, "--dump", help="Write gold, predictions and alignment per document (JSONL; dev only)."
    ),
    fusion_orders: int = typer.Option(
        0, "--fusion-orders", help="Fusion sets: also ingest in N shuffled orders and compare the clusters."
    ),
) -> None:
    """Score the pipeline against gold: event detection P/R/F1, then the accuracy of each field
    (type, place within 25/161 km, date, fatalities, actors) over matched events.

    Fusion sets report merge precision/recall; geoparsing sets, toponyms placed within 25/161 km.

    Example: sitroom eval ../shared/eval --split test --markdown

    Example: sitroom eval ../shared/eval/real-news-dev --limit 10
    """
    from rich.console import Console

    from sitroom.eval.gold import readers
    from sitroom.eval.render import markdown, render
    from sitroom.eval.runner import evaluate

    if split not in ("dev", "test", "all"):
        raise typer.BadParameter("--split must be dev, test or all")
    unknown = set(reader) - set(readers()) - {"geoparsing", "fusion"}
    if unknown:
        known = ", ".join(sorted([*readers(), "geoparsing", "fusion"]))
        raise typer.BadParameter(
            f"unknown gold set(s) {', '.join(sorted(unknown))}; known: {known}"
        )
    if dump is not None and split != "dev":
        raise typer.BadParameter("--dump is for the dev split only: tune on dev, report test")
    err = Console(stderr=True)
    report = evaluate(
        gold,
        split=None if split == "all" else split,
        limit=limit,
        names=reader,
        by=by,
        n_process=n_process,
        progress=lambda msg: err.print(f"[dim]eval: {msg}[/dim]"),
        dump=dump,
        fusion_orders=fusion_orders,
    )
    if not report["readers"] and "geoparsing" not in report and "fusion" not in report:
        raise typer.BadParameter(f"no gold reader recognizes {gold}")
    if as_json:
        typer.echo(json.dumps(report, indent=1, default=str))
    elif as_markdown:
        typer.echo(markdown(report))
    else:
        render(report)
