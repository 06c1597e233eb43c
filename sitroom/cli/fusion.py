"""CLI for fusion, trends and alerts: `sitroom why`, `sitroom trends`, `sitroom alerts`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from sitroom.cli.app import app
from sitroom.cli.commands import (
    DEFAULT_DB,
    ActorOpt,
    CountryOpt,
    DbOption,
    SinceOpt,
    StatusOpt,
    TypeOpt,
    UntilOpt,
    _filter,
    _open,
    fail,
    stdout,
)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def _existing_store(db: str):
    if "://" not in db and not Path(db).exists():
        raise fail(f"no store at {db}: run `sitroom ingest` first or pass --db")
    return _open(db)


@app.command()
def why(
    event_id: Annotated[str, typer.Argument(help="An event id, e.g. IRQ12.")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonOpt = False,
) -> None:
    """Why an event is one record: its sources, each merge decision, and nearby events kept apart.

    Example: sitroom why IRQ12 --db sitroom.db
    """
    from sitroom.fuse.why import explain, render

    store = _existing_store(db)
    try:
        expl = explain(store, event_id)
    finally:
        store.close()
    if expl is None:
        raise fail(f"no event {event_id!r} in {db}")
    if as_json:
        stdout.print_json(json.dumps(expl.to_dict(), ensure_ascii=False, default=str))
    else:
        typer.echo(render(expl))


@app.command()
def trends(
    by: Annotated[str, typer.Option("--by", help="week, type, actor, admin1 or country.")] = "week",
    db: DbOption = DEFAULT_DB,
    since: SinceOpt = None,
    until: UntilOpt = None,
    country: CountryOpt = None,
    admin1: Annotated[str | None, typer.Option(help="First-level region, e.g. Nineveh.")] = None,
    event_type: TypeOpt = None,
    actor: ActorOpt = None,
    status: StatusOpt = None,
    lull_days: Annotated[
        int | None,
        typer.Option(
            "--lull-days", help="Also list events that end a quiet period longer than this."
        ),
    ] = None,
    kind: Annotated[
        str,
        typer.Option(
            help="What 'the same kind' means for lulls: pair, actor, target, type, "
            "admin1, country, or several joined with '+' (target+country)."
        ),
    ] = "pair",
    escalation: Annotated[
        bool,
        typer.Option(
            "--escalation",
            help="Also list weeks above mean + z·sd of the weeks before (per --by group"
            " unless --by week).",
        ),
    ] = False,
    window: Annotated[int, typer.Option(help="Baseline weeks for --escalation.")] = 8,
    z: Annotated[float, typer.Option(help="Standard deviations above the baseline mean.")] = 2.0,
    as_json: JsonOpt = False,
) -> None:
    """Event counts by week/type/actor/admin1, with lulls, resumptions and escalation.

    Example: sitroom trends --by week --country Iraq --lull-days 30 --kind target+country
    """
    from sitroom.fuse import trends as tr

    if by not in tr.BY:
        raise fail(f"unknown --by {by!r}: choose one of {', '.join(tr.BY)}", 2)
    flt = _filter(since, until, country, event_type, actor, status, admin1=admin1)
    store = _existing_store(db)
    try:
        events = store.events(flt)
    finally:
        store.close()
    try:
        found_lulls = tr.lulls(events, kind, lull_days) if lull_days is not None else []
    except ValueError as exc:
        raise fail(str(exc), 2) from None
    group = None if by == "week" else by  # escalation per type/actor/region, or overall
    spikes = tr.escalations(events, by=group, window=window, z=z) if escalation else []
    rows = tr.counts(events, by)
    if as_json:
        out = {
            "by": by,
            "events": len(events),
            "counts": [{"key": k, "count": n} for k, n in rows],
            "lulls": [g.to_dict() for g in found_lulls],
            "escalation": [e.to_dict() for e in spikes],
        }
        stdout.print_json(json.dumps(out, ensure_ascii=False))
        return
    title = f"{len(events)} events by {by} ({db})"
    _print_trends(title, by, rows, found_lulls if lull_days is not None else None,
                  f"more than {lull_days} quiet days ({kind})",
                  spikes if escalation else None, f"> mean + {z:g} sd of {window} weeks")


def _print_trends(title, by, rows, found_lulls, lull_label, spikes, spike_label) -> None:
    """The trends table, then the resumptions and escalation weeks when they were asked for."""
    table = Table(title=title)
    table.add_column(by)
    table.add_column("events", justify="right")
    for key, n in rows:
        table.add_row(key, str(n))
    stdout.print(table)
    if found_lulls is not None:
        stdout.print(f"[bold]resumptions after {lull_label}:[/] {len(found_lulls)}")
        for g in found_lulls:
            stdout.print(f"  {g.describe()}", highlight=False)
    if spikes is not None:
        stdout.print(f"[bold]escalation weeks ({spike_label}):[/] {len(spikes)}")
        for e in spikes:
            stdout.print(f"  {e.describe()}", highlight=False)


@app.command()
def alerts(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="At most this many, newest first.")] = 50,
    as_json: JsonOpt = False,
) -> None:
    """Alerts fired by watch rules (`sitroom ingest --alerts rules.yaml`), newest first."""
    from sitroom.fuse.alerts import list_alerts

    store = _existing_store(db)
    try:
        fired = list_alerts(store, limit)
    finally:
        store.close()
    if as_json:
        stdout.print_json(json.dumps(fired, ensure_ascii=False))
        return
    for a in fired:
        typer.echo(
            f"{a['payload'].get('fired_at', '')}  [{a['rule']}]"
            f" {a['payload'].get('text', a['event_id'])}"
        )
    if not fired:
        typer.echo("no alerts fired")
