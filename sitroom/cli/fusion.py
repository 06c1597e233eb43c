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
from sitroom.errors import SitroomError

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
        raise fail(f"no event {event_id!r} in {db}: `sitroom events` lists the stored ids")
    if as_json:
        stdout.print_json(json.dumps(expl.to_dict(), ensure_ascii=False, default=str))
    else:
        typer.echo(render(expl))


RulesOpt = Annotated[
    Path | None,
    typer.Option(
        "--rules",
        help="Watch rules (YAML): list each lull rule's quiet periods and the resumptions"
        " that ended them.",
    ),
]


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
            "--lull-days",
            help="Also list quiet periods longer than this per --kind, and the events that"
            " ended them.",
        ),
    ] = None,
    kind: Annotated[
        str,
        typer.Option(
            help="What 'the same kind' means for lulls: pair, actor, target, type, "
            "admin1, country, or several joined with '+' (target+country)."
        ),
    ] = "pair",
    rules: RulesOpt = None,
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
    """Event counts by week/type/actor/admin1, with quiet periods, resumptions and escalation.

    Example: sitroom trends --by week --country Iraq --lull-days 30 --kind target+country
    Example: sitroom trends --rules rules.yaml   (quiet periods of each lull rule)
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
    lulls = _lulls(events, kind, lull_days, rules)
    group = None if by == "week" else by  # escalation per type/actor/region, or overall
    spikes = tr.escalations(events, by=group, window=window, z=z) if escalation else []
    rows = tr.counts(events, by)
    if as_json:
        out = {
            "by": by,
            "events": len(events),
            "counts": [{"key": k, "count": n} for k, n in rows],
            **{name: [x.to_dict() for x in found] for name, found in lulls.items()},
            "escalation": [e.to_dict() for e in spikes],
        }
        stdout.print_json(json.dumps(out, ensure_ascii=False))
        return
    _print_trends(f"{len(events)} events by {by} ({db})", by, rows)
    _print_lulls(lulls, kind, lull_days)
    if escalation:
        stdout.print(
            f"[bold]escalation weeks (> mean + {z:g} sd of {window} weeks):[/] {len(spikes)}"
        )
        for e in spikes:
            stdout.print(f"  {e.describe()}", highlight=False)


def _print_trends(title: str, by: str, rows: list[tuple[str, int]]) -> None:
    """The trends table."""
    table = Table(title=title)
    table.add_column(by)
    table.add_column("events", justify="right")
    for key, n in rows:
        table.add_row(key, str(n))
    stdout.print(table)


def _lulls(events, kind: str, lull_days: int | None, rules: Path | None) -> dict[str, list]:
    """Resumptions and quiet periods per kind (--lull-days) and per watch rule (--rules)."""
    from sitroom.fuse import trends as tr

    out: dict[str, list] = {"lulls": [], "quiet_periods": [], "rule_quiet_periods": []}
    last = tr.latest_date(events)
    try:
        if lull_days is not None:
            out["lulls"] = tr.lulls(events, kind, lull_days)
            out["quiet_periods"] = tr.kind_quiet_periods(events, kind, lull_days, last)
        if rules is not None:
            from sitroom.fuse.rules import load_rules

            out["rule_quiet_periods"] = tr.rule_quiet_periods(events, load_rules(rules), last)
    except OSError as exc:
        raise fail(f"watch rules {rules}: {exc.strerror or exc}; check the --rules path", 2) from None
    except ValueError as exc:
        from sitroom.fuse.rules import RuleError

        where = f"watch rules {rules}: " if isinstance(exc, RuleError) else ""
        raise fail(f"{where}{exc}", 2) from None
    return out


def _print_lulls(lulls: dict[str, list], kind: str, lull_days: int | None) -> None:
    if lull_days is not None:
        stdout.print(
            f"[bold]resumptions after more than {lull_days} quiet days ({kind}):[/]"
            f" {len(lulls['lulls'])}"
        )
        for g in lulls["lulls"]:
            stdout.print(f"  {g.describe()}", highlight=False)
        stdout.print(f"[bold]quiet periods ({kind}):[/] {len(lulls['quiet_periods'])}")
        for q in lulls["quiet_periods"]:
            stdout.print(f"  {q.describe()}", highlight=False)
    if lulls["rule_quiet_periods"]:
        stdout.print(f"[bold]quiet periods per watch rule:[/] {len(lulls['rule_quiet_periods'])}")
        for q in lulls["rule_quiet_periods"]:
            stdout.print(f"  {q.describe()}", highlight=False)


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


@app.command("fuse")
def fuse_command(
    rebuild: Annotated[
        bool,
        typer.Option("--rebuild", help="Group every stored mention again (after a model change)."),
    ] = False,
    train: Annotated[
        Path | None,
        typer.Option(
            "--train",
            help="Fit the merge model on fusion gold under this folder (e.g. ../shared/eval)"
            " and write sitroom/fuse/data/pair_model.json (or --model).",
        ),
    ] = None,
    model: Annotated[
        Path | None, typer.Option("--model", help="Where --train writes the model.")
    ] = None,
    cv: Annotated[
        bool,
        typer.Option(
            "--cv/--no-cv",
            help="With --train, also cross-validate leave-one-incident-out (minutes; stored"
            " in the model's meta).",
        ),
    ] = True,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOpt = False,
) -> None:
    """Re-fuse a store with the current model, or retrain the model (one command each).

    Examples: sitroom fuse --rebuild --db sitroom.db; sitroom fuse --train ../shared/eval
    """
    if rebuild == (train is not None):
        raise fail("choose one: --rebuild (re-fuse a store) or --train GOLD (fit the model)", 2)
    if train is not None:
        from sitroom.eval.fusion_train import train as fit_model
        from sitroom.eval.runner import pipeline_extractor

        extractor, _ = pipeline_extractor()
        try:
            done = fit_model(
                train, extractor, model, progress=lambda m: typer.echo(m, err=True), cv=cv
            )
        except SitroomError:
            raise  # its message says what to do; printed as one line
        except (OSError, ValueError) as exc:
            raise fail(f"{exc}: pass the folder holding fusion-dev (and acled) gold", 2) from None
        summary = done
    else:
        from sitroom.fuse.save import rebuild as refuse

        store = _existing_store(db)
        try:
            summary = refuse(store)
        finally:
            store.close()
    if as_json:
        stdout.print_json(json.dumps(summary, ensure_ascii=False, default=str))
    else:
        typer.echo(" ".join(f"{k}={v}" for k, v in summary.items() if not isinstance(v, dict)))
