"""The core commands: extract, ingest, actors (events, show and export are in `records`)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from sitroom.cli.app import app, fail
from sitroom.cli.extraction import (
    MaxCharsOpt,
    MaxSentenceOpt,
    TimeoutOpt,
    WorkersOpt,
    build_extractor,
    limits_from,
)

#: Piped output gets a wide console so the table stays readable in logs and CI.
stdout = Console(width=None if sys.stdout.isatty() else 180)
stderr = Console(stderr=True)

DbOption = Annotated[
    str, typer.Option("--db", help="Store: a SQLite file path, or postgresql://user@host/db.")
]
FormatOption = Annotated[
    str, typer.Option("--format", "-f", help="table, jsonl, csv, acled-csv or geojson.")
]
ActorsOption = Annotated[
    list[Path] | None,
    typer.Option("--actors", help="Extra actor dictionary (YAML/CSV) merged over the shipped one."),
]
DEFAULT_DB = "sitroom.db"


def _date_option(value: str | None, name: str) -> date | None:
    from sitroom.ingest import BadInput, parse_date

    if value is None:
        return None
    try:
        return parse_date(value, name)
    except BadInput as exc:
        raise fail(str(exc), 2) from None


def _open(db: str):
    from sitroom.store import StoreError, open_store

    try:
        return open_store(db)
    except StoreError as exc:
        raise fail(str(exc)) from None


def emit(events: list, fmt: str, out=None, title: str = "") -> None:
    from sitroom import export

    out = out or sys.stdout
    if fmt == "table":
        if out is sys.stdout:
            stdout.print(export.render_table(events, title=title))
        else:
            Console(file=out, width=200).print(export.render_table(events, title=title))
    elif fmt == "jsonl":
        export.write_jsonl(events, out)
    elif fmt == "csv":
        export.write_csv(events, out)
    elif fmt == "acled-csv":
        export.write_acled_csv(events, out)
    elif fmt == "geojson":
        export.write_geojson(events, out)
    else:
        raise fail(f"unknown format {fmt!r}: choose one of {', '.join(export.FORMATS)}", 2)


PublishedOpt = Annotated[
    str | None,
    typer.Option(help="Publication date (ISO) for inputs that carry none (no metadata, no dateline)."),
]
SourceOpt = Annotated[str | None, typer.Option(help="Source name for inputs that do not name one.")]
OverrideOpt = Annotated[
    bool, typer.Option("--override", help="Make --published/--source replace the inputs' own.")
]


def warn_undated(articles: list) -> None:
    """One line naming the reports no date could be found for; their events are stored undated."""
    undated = [a.origin or a.id for a in articles if a.published is None]
    if not undated:
        return
    names = ", ".join(undated[:3]) + (f" and {len(undated) - 3} more" if len(undated) > 3 else "")
    stderr.print(
        f"[bold yellow]warning:[/] no publication date in {names} (no metadata, dateline or"
        " --published): their events are marked undated; pass --published DATE to date them",
        highlight=False, soft_wrap=True,
    )


def progress_bar(label: str, disable: bool = False):
    """A bar with count, rate (reports/s) and time left, on stderr; gone when done."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("left"),
        TimeRemainingColumn(), console=stderr, disable=disable, transient=True,
    )


def advance(progress, task) -> None:
    """One item done: move the bar and refresh its rate."""
    progress.advance(task)
    speed = next((t.speed for t in progress.tasks if t.id == task), None)
    progress.update(task, rate=f"{speed:.1f}/s" if speed else "…/s")


def _check_format(fmt: str) -> None:
    from sitroom.export import FORMATS

    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}", 2)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Report files or folders.")],
    published: PublishedOpt = None,
    source: SourceOpt = None,
    override: OverrideOpt = False,
    fmt: FormatOption = "table",
    actors: ActorsOption = None,
    workers: WorkersOpt = None,
    max_chars: MaxCharsOpt = None,
    max_sentence_words: MaxSentenceOpt = None,
    article_timeout: TimeoutOpt = None,
) -> None:
    """Extract events from reports and print them; nothing is stored.

    Example: sitroom extract report.txt --published 2024-04-23 --source "Shafaq News" -f jsonl
    """
    from sitroom.ingest import IngestError, read_paths
    from sitroom.ingest.service import extract_all

    _check_format(fmt)
    when = _date_option(published, "--published")
    items = list(read_paths(paths, when, source, override))
    errors = [i for i in items if isinstance(i, IngestError)]
    articles = [i for i in items if not isinstance(i, IngestError)]
    for error in errors:
        stderr.print(f"[bold red]error:[/] {error}", highlight=False, soft_wrap=True)
    if not articles:
        raise typer.Exit(1)
    warn_undated(articles)
    limits = limits_from(max_chars, max_sentence_words, article_timeout)
    extractor = build_extractor(workers, actors, limits, len(articles))
    try:
        result = extract_all(articles, extractor, limits)
    finally:
        extractor.close()
    for warning in result.warnings:
        stderr.print(f"[bold yellow]warning:[/] {warning}", highlight=False, soft_wrap=True)
    for error in result.errors:
        stderr.print(f"[bold red]error:[/] {error}", highlight=False, soft_wrap=True)
    if not result.extracted:
        raise typer.Exit(1)
    title = f"{len(result.events)} events from {result.extracted} report(s)"
    emit(result.events, fmt, title=title)
    if errors or result.errors:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files (.txt, .html, .jsonl, RSS/Atom) or folders.")],
    published: PublishedOpt = None,
    source: SourceOpt = None,
    override: OverrideOpt = False,
    db: DbOption = DEFAULT_DB,
    actors: ActorsOption = None,
    alerts: Annotated[
        Path | None, typer.Option("--alerts", help="Watch rules (YAML) to evaluate on every stored article.")
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask", help="Extract with Dask: 'local' for a local cluster or a scheduler address."
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    workers: WorkersOpt = None,
    max_chars: MaxCharsOpt = None,
    max_sentence_words: MaxSentenceOpt = None,
    article_timeout: TimeoutOpt = None,
) -> None:
    """Read reports, extract their events and store both. Re-running stores nothing twice.

    Example: sitroom ingest reports/ --db sitroom.db
    """
    from sitroom.ingest.zygote import settle_writer

    settle_writer()  # before the store and fusion load numpy
    from sitroom.ingest import read_paths
    from sitroom.ingest.service import ingest as run_ingest
    from sitroom.model import Article

    when = _date_option(published, "--published")
    store = _open(db)
    hooks = _watch_hooks(alerts)
    if dask is not None:
        if article_timeout is not None:
            raise fail("--article-timeout does not apply with --dask (a Dask task cannot be"
                       " stopped mid-article): drop one of them", 2)
        report = _ingest_with_dask(
            paths, db, dask, when, source, override, actors, hooks, workers,
            limits_from(max_chars, max_sentence_words, None),
        )
    else:
        items = list(read_paths(paths, when, source, override))
        warn_undated([i for i in items if isinstance(i, Article)])
        limits = limits_from(max_chars, max_sentence_words, article_timeout)
        extractor = build_extractor(workers, actors, limits, len(items))
        try:
            with progress_bar("ingesting", disable=quiet or len(items) < 2) as progress:
                task = progress.add_task("", total=len(items), rate="…/s")
                report = run_ingest(
                    items, store, extractor, after_save=hooks, limits=limits,
                    on_item=lambda item: advance(progress, task),
                )
        finally:
            extractor.close()
    for warning in report.warnings:  # one line each; the article was still stored
        stderr.print(f"[bold yellow]warning:[/] {warning}", highlight=False, soft_wrap=True)
    for hook in hooks:
        hook.flush(store)
    for error in report.errors:
        stderr.print(f"[bold red]error:[/] {error}", highlight=False, soft_wrap=True)
    stderr.print(
        f"{report.articles_stored} article(s) stored ({report.articles_copied} near-copies),"
        f" {report.articles_skipped} already stored, "
        f"{len(report.errors)} failed; {report.events_added} new event(s), "
        f"{report.events_merged} merged into existing events → {db}",
        highlight=False, soft_wrap=True,  # one line, whatever the terminal's width
    )
    store.close()
    if report.errors:
        raise typer.Exit(1)


def _watch_hooks(alerts: Path | None) -> list:
    """The ``--alerts`` rules as a save hook (evaluated once the run is stored), or none."""
    if alerts is None:
        return []
    from sitroom.fuse.alerts import load_watch_hook

    try:
        return [load_watch_hook(alerts, defer=True)]
    except OSError as exc:
        raise fail(f"alert rules {alerts}: {exc.strerror or exc}; check the --alerts path", 2) from None
    except ValueError as exc:
        raise fail(f"alert rules {alerts}: {exc}", 2) from None


def _ingest_with_dask(paths, db, scheduler, when, source, override, actors, hooks, workers, limits):
    """`ingest --dask`: --workers sizes a local cluster (a remote scheduler has its own);
    with watch rules the client saves the records, so the hooks see every one."""
    from sitroom.ingest.dask_ingest import ingest_with_dask

    local = scheduler in ("", "local")
    if workers is not None and not local:
        raise fail(f"--workers sizes a local cluster; the scheduler at {scheduler} has its own"
                   " workers: drop --workers", 2)
    if workers is not None and workers < 1:
        raise fail(f"--workers must be 1 or more with --dask local, not {workers}", 2)
    return ingest_with_dask(
        [str(p) for p in paths], db, scheduler=scheduler, published=when, source=source,
        actor_files=[str(p) for p in actors or []], override=override, after_save=hooks,
        n_workers=workers, limits=limits,
    )


def _filter(since, until, country, event_type, actor, status, claim=None, admin1=None, text=None):
    from sitroom.store import EventFilter

    return EventFilter(
        since=_date_option(since, "--since"), until=_date_option(until, "--until"),
        country=country, event_type=event_type, actor=actor, status=status, claim=claim,
        admin1=admin1, text=text,
    )


SinceOpt = Annotated[str | None, typer.Option(help="Events on or after this ISO date.")]
UntilOpt = Annotated[str | None, typer.Option(help="Events on or before this ISO date.")]
CountryOpt = Annotated[str | None, typer.Option(help="Country name or ISO code, e.g. Iraq or IRQ.")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="ACLED event type or sub-event type.")]
ActorOpt = Annotated[str | None, typer.Option(help="Part of an actor's name.")]
StatusOpt = Annotated[str | None, typer.Option(help="new or background.")]


@app.command()
def actors(
    actors_files: ActorsOption = None,
    country: CountryOpt = None,
    search: Annotated[str | None, typer.Option(help="Part of a name, or an alias to resolve.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or jsonl.")] = "table",
) -> None:
    """List the actor dictionary (shipped plus --actors files), or resolve one name.

    Example: sitroom actors --search "Kataeb Hezbollah"
    """
    import json

    from rich.table import Table

    from sitroom.actors import load_dictionary

    for path in actors_files or []:
        if not path.is_file():
            raise fail(f"actor dictionary {path} not found: check the --actors path", 2)
    try:
        dictionary = load_dictionary(tuple(str(p) for p in actors_files or []))
    except (OSError, ValueError) as exc:
        raise fail(f"cannot load actor dictionary: {exc}", 2) from None
    rows = dictionary.table()
    if search:
        resolved = dictionary.resolve(search, country=country)
        needle = search.lower()
        rows = [
            r for r in rows
            if needle in r["name"].lower() or (resolved is not None and r["name"] == resolved.name)
        ]
    if country:
        rows = [r for r in rows if r["country"].lower() == country.lower() or not r["country"]]
    if fmt == "jsonl":
        for row in rows:
            stdout.out(json.dumps(row, ensure_ascii=False), highlight=False)
        return
    table = Table(title=f"{len(rows)} actors", expand=False)
    for column in ("name", "inter", "country", "kind", "affiliations"):
        table.add_column(column)
    for row in rows:
        table.add_row(row["name"], str(row["inter"]), row["country"], row["kind"], row["affiliations"])
    stdout.print(table)
