"""Reading the store back: `events` (filtered list), `show` (one readable record), `export`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from sitroom.cli.app import app
from sitroom.cli.commands import (
    DEFAULT_DB,
    ActorOpt,
    CountryOpt,
    DbOption,
    FormatOption,
    SinceOpt,
    StatusOpt,
    TypeOpt,
    UntilOpt,
    _check_format,
    _filter,
    _open,
    emit,
    fail,
    stderr,
    stdout,
)

ClaimOpt = Annotated[str | None, typer.Option(help="reported, claimed, unconfirmed or denied.")]
Admin1Opt = Annotated[str | None, typer.Option(help="First-level region, e.g. Anbar.")]

#: Filter fields checked against stored values when nothing matches, with the option's name.
_SUGGESTED = (("country", "--country"), ("admin1", "--admin1"), ("event_type", "--type"),
              ("actor", "--actor"))


def _stored_db(db: str) -> None:
    if not Path(db).exists() and "://" not in db:
        raise fail(f"no store at {db}: run `sitroom ingest` first or pass --db")


def _sample(store) -> dict[str, set[str]]:
    from sitroom.cli.lookup import SAMPLE_EVENTS, stored_values

    fields = ("country", "admin1", "event_type", "sub_event_type", "actor1", "actor2",
              "assoc_actor_1", "assoc_actor_2")
    values = stored_values(store.events(limit=SAMPLE_EVENTS), fields)
    return {
        "country": values["country"], "admin1": values["admin1"],
        "event_type": values["event_type"] | values["sub_event_type"],
        "actor": values["actor1"] | values["actor2"] | values["assoc_actor_1"] | values["assoc_actor_2"],
    }


def resolve_filter(store, flt) -> int:
    """Count the matches, first reading a country given as an ISO code or another spelling
    as the stored name. Returns the number of matching events."""
    matching = store.count_events(flt)
    if matching or not flt.country:
        return matching
    from sitroom.cli.lookup import resolve_country

    resolved = resolve_country(flt.country, _sample(store)["country"])
    if resolved != flt.country:
        flt.country = resolved
        matching = store.count_events(flt)
    return matching


def explain_empty(store, flt) -> str:
    """Why nothing matched, with the nearest stored value for a filter no event has."""
    from sitroom.cli.lookup import SAMPLE_EVENTS, nearest

    values = _sample(store)
    hints = []
    for name, option in _SUGGESTED:
        wanted = getattr(flt, name)
        if not wanted:
            continue
        known = values[name]
        has = any(wanted.lower() in v.lower() for v in known) if name == "actor" else (
            wanted.lower() in {v.lower() for v in known})
        if not has:
            best = nearest(wanted, known)
            hint = f'no stored event has {option} "{wanted}"'
            hints.append(hint + (f'; did you mean {option} "{best}"?' if best else ""))
    if not hints:
        dates = sorted(e.event_date for e in store.events(limit=SAMPLE_EVENTS) if e.event_date)
        span = f" (stored events run {dates[0]} to {dates[-1]})" if dates else ""
        return "each filter matches stored events, but not all of them together" + span
    return "; ".join(hints)


@app.command()
def events(
    db: DbOption = DEFAULT_DB,
    since: SinceOpt = None,
    until: UntilOpt = None,
    country: CountryOpt = None,
    admin1: Admin1Opt = None,
    event_type: TypeOpt = None,
    actor: ActorOpt = None,
    status: StatusOpt = None,
    claim: ClaimOpt = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    fmt: FormatOption = "table",
) -> None:
    """List stored events, filtered.

    Example: sitroom events --country IRQ --since 2024-04-01 --type "Air/drone strike"
    """
    _check_format(fmt)
    flt = _filter(since, until, country, event_type, actor, status, claim, admin1=admin1)
    _stored_db(db)
    store = _open(db)
    matching = resolve_filter(store, flt)
    found = store.events(flt, limit=limit) if matching else []
    stored = store.count_events()
    why = explain_empty(store, flt) if not matching and stored else ""
    store.close()
    title = f"{len(found)} of {matching} matching events, {stored} stored in {db}"
    if found or fmt != "table":
        emit(found, fmt, title=title)
    else:
        stdout.print(title, highlight=False)
    if why:
        stderr.print(f"0 matches: {why}", highlight=False, soft_wrap=True)


@app.command()
def show(
    event_id: Annotated[str, typer.Argument(help="An event id, e.g. SYR1.")],
    db: DbOption = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="The raw record as JSON.")] = False,
) -> None:
    """One event: its fields, every source that reports it, and the sentence behind each field.

    Example: sitroom show IRQ12    (sitroom show IRQ12 --json for the raw record)
    """
    import json

    from sitroom.cli.showing import render_event

    _stored_db(db)
    store = _open(db)
    stored = store.get_event(event_id)
    if stored is None:
        store.close()
        raise fail(f"no event {event_id!r} in {db}: `sitroom events` lists the stored ids")
    if as_json:
        store.close()
        record = stored.event.to_record()
        record["sources"] = [{k: v for k, v in s.items() if k != "mention"} for s in stored.sources]
        stdout.print_json(json.dumps(record, ensure_ascii=False))
        return
    article = store.get_article(stored.event.article_id) if stored.event.article_id else None
    store.close()
    for part in render_event(stored, article.text if article else ""):
        stdout.print(part)


def _export_format(out: Path, fmt: str | None) -> str:
    from sitroom.export import FORMATS, format_for_path

    implied = format_for_path(str(out)) if str(out) != "-" else None
    chosen = fmt or implied or "acled-csv"
    if chosen == "table" or chosen not in FORMATS:
        raise fail(f"unknown export format {chosen!r}: choose acled-csv, geojson, jsonl or csv", 2)
    if fmt and implied and implied != fmt and not (fmt == "csv" and implied == "acled-csv"):
        stderr.print(f"[bold yellow]warning:[/] writing {fmt} into {out.name} as --format asks",
                     highlight=False)
    return chosen


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Output file ('-' for standard output); its extension"
                                        " picks the format: .csv, .geojson, .jsonl.")],
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="acled-csv, geojson, jsonl or csv (default: from the extension).")] = None,
    db: DbOption = DEFAULT_DB,
    since: SinceOpt = None,
    until: UntilOpt = None,
    country: CountryOpt = None,
    admin1: Admin1Opt = None,
    event_type: TypeOpt = None,
    actor: ActorOpt = None,
    status: StatusOpt = None,
    claim: ClaimOpt = None,
    everything: Annotated[bool, typer.Option(
        "--all", help="acled-csv: add statements and background events (default: new events).")] = False,
    with_evidence: Annotated[bool, typer.Option(
        "--with-evidence", help="acled-csv: add evidence_<field> columns with the cited text.")] = False,
    unplaced: Annotated[str, typer.Option(
        help="geojson: 'keep' events without coordinates (null geometry) or 'list' them as left out."
    )] = "keep",
) -> None:
    """Write stored events to a file in a format analysts load.

    Example: sitroom export events.csv    (ACLED CSV of the new events)
    """
    from sitroom.export import UNPLACED

    chosen = _export_format(out, fmt)
    if unplaced not in UNPLACED:
        raise fail(f"--unplaced must be keep or list, not {unplaced!r}", 2)
    flt = _filter(since, until, country, event_type, actor, status, claim, admin1=admin1)
    acled_only = chosen == "acled-csv" and not everything
    if acled_only and status is None:
        flt.status = "new"
    _stored_db(db)
    store = _open(db)
    matching = resolve_filter(store, flt)
    found = store.events(flt) if matching else []
    flt.status = status
    left = store.count_events(flt) - len(found) if acled_only and status is None else 0
    why = explain_empty(store, flt) if not matching and store.count_events() else ""
    store.close()
    if acled_only:
        statements = [e for e in found if not e.is_acled_event]
        found = [e for e in found if e.is_acled_event]
        left += len(statements)
    summary = _write(out, chosen, found, with_evidence, unplaced)
    note = f"; {left} statement or background record(s) left out, --all adds them" if left else ""
    stderr.print(f"{len(found)} events → {out} ({chosen}{summary}{note})", highlight=False)
    if why:
        stderr.print(f"0 matches: {why}", highlight=False, soft_wrap=True)


def _write(out: Path, fmt: str, events: list, with_evidence: bool, unplaced: str) -> str:
    """Write atomically (a .tmp then rename); returns a note for the summary line."""
    import sys

    from sitroom import export

    def write(fh: Any) -> str:
        if fmt == "acled-csv":
            export.write_acled_csv(events, fh, with_evidence=with_evidence)
        elif fmt == "geojson":
            meta = export.write_geojson(events, fh, unplaced=unplaced)
            n = meta["without_coordinates"]
            if n:
                how = "kept with null geometry" if unplaced == "keep" else "left out, listed by id"
                return f": {len(events) - n} placed, {n} without coordinates {how}"
        else:
            emit(events, fmt, out=fh)
        return ""

    if str(out) == "-":
        return write(sys.stdout)
    tmp = out.with_name(out.name + ".tmp")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            summary = write(fh)
        tmp.replace(out)
    except OSError as exc:
        raise fail(
            f"cannot write {out}: {exc.strerror or exc}; "
            "check that its folder exists and is writable, or give another path"
        ) from None
    return summary
