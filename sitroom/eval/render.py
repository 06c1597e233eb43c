"""Rich tables for an eval report (the `--json` output is the report dict itself)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

FIELD_ORDER = (
    "event_type",
    "sub_event_type",
    "plover_type",
    "actor1",
    "actor1_loose",
    "actor2",
    "actor2_loose",
    "location@25km",
    "location@161km",
    "location@radius",
    "event_date_exact",
    "event_date_within",
    "fatalities",
)


def pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:5.1f}"


def summary_table(title: str, s: dict[str, Any]) -> Table:
    """Detection and per-field P/R/F1 plus accuracy on aligned pairs, for one reader/group."""
    t = Table(title=title, title_justify="left")
    t.add_column("metric", no_wrap=True)
    for col in ("P", "R", "F1", "acc", "aligned", "macro-F1", "tp", "pred", "gold"):
        t.add_column(col, justify="right", no_wrap=True)
    for label, name in (
        ("detection", "detection"),
        ("detection (family only)", "detection_family"),
    ):
        d = s[name]
        t.add_row(
            label,
            pct(d["p"]),
            pct(d["r"]),
            pct(d["f1"]),
            "",
            "",
            "",
            str(d["tp"]),
            str(d["pred"]),
            str(d["gold"]),
        )
    for name in FIELD_ORDER:
        d = s["fields"].get(name)
        if d is None:
            continue
        macro = pct(d["macro_f1"]) if "macro_f1" in d else ""
        t.add_row(
            name,
            pct(d["p"]),
            pct(d["r"]),
            pct(d["f1"]),
            pct(d["acc"]),
            str(d["aligned"]),
            macro,
            str(d["tp"]),
            str(d["pred"]),
            str(d["gold"]),
        )
    only = s.get("location_country_only")
    if only is not None:
        t.add_row("location country-only", "", "", "", pct(only["acc"]), str(only["aligned"]))
    if s.get("records_per_gold") is not None:
        t.add_row("records per gold event", "", "", "", f"{s['records_per_gold']:.2f}", *[""] * 5)
    if "leaks" in s:
        d = s["leaks"]
        t.add_row(
            "not_new leaks (per doc)",
            "",
            "",
            "",
            f"{d['per_doc']:.2f}",
            "",
            "",
            str(d["count"]),
            "",
            "",
        )
    if "doc_label" in s:
        d = s["doc_label"]
        t.add_row(
            "document label", "", "", "", pct(d["acc"]), str(d["n"]), pct(d["macro_f1"]), "", "", ""
        )
    return t


def confusion_table(title: str, confusion: dict[str, dict[str, int]]) -> Table:
    """Gold event_type (rows) × predicted (columns); ∅ = unmatched."""
    cols = sorted({p for row in confusion.values() for p in row})
    t = Table(title=title, title_justify="left", caption=legend(cols), caption_justify="left")
    t.add_column("gold \\ pred", no_wrap=True)
    for c in cols:
        t.add_column(abbreviate(c), justify="right", no_wrap=True)
    for g in sorted(confusion):
        t.add_row(g, *(str(confusion[g].get(c, "")) for c in cols))
    return t


def rows_table(title: str, data: dict[str, Any]) -> Table | None:
    """A table for a ``{"files": {name: {metric: value}}, "overall": {...}}`` style dict."""
    rows = {k: v for k, v in (data.get("files") or {}).items() if isinstance(v, dict)}
    if isinstance(data.get("overall"), dict):
        rows["overall"] = data["overall"]
    if not rows:
        return None
    cols = list(dict.fromkeys(k for v in rows.values() for k in v))
    t = Table(title=title, title_justify="left")
    t.add_column("set", no_wrap=True)
    for c in cols:
        t.add_column(c, justify="right", no_wrap=True)
    for name, values in rows.items():
        t.add_row(name, *(cell(values.get(c)) for c in cols))
    return t


def cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"
    return "" if value is None else str(value)


def legend(labels: list[str]) -> str:
    return "  ".join(f"{abbreviate(x)} = {x}" for x in labels if abbreviate(x) != x)


def abbreviate(label: str) -> str:
    words = label.replace("/", " ").split()
    return "".join(w[0].upper() for w in words) if len(words) > 1 else label[:8]


def fusion_table(name: str, f: dict[str, Any]) -> Table:
    """One fusion set: merges over articles, incidents, near misses, canonical fields."""
    pw, b3 = f["pairwise"], f["bcubed"]
    table = Table(
        title=f"fusion {name}: {f['articles']} articles, {f['incidents']} incidents,"
        f" {f['clusters']} clusters (publication order)"
    )
    table.add_column("measure")
    table.add_column("value", justify="right")
    rows = [
        ("pairwise precision", pct(pw["precision"])),
        ("pairwise recall", pct(pw["recall"])),
        ("pairwise F1", pct(pw["f1"])),
        ("B-cubed P / R / F1", f"{pct(b3['precision'])} / {pct(b3['recall'])} / {pct(b3['f1'])}"),
        ("multi-outlet incidents as one event", f["multi_outlet_one_event"]),
        ("near-miss incidents merged", str(f["near_misses_merged"])),
        *((f"canonical {k}", pct(v)) for k, v in f["canonical_fields"].items()),
    ]
    if "orders" in f:
        o = f["orders"]
        rows.append(("shuffled orders, same clusters", f"{o['same_partition']}/{o['runs']}"))
    for row in rows:
        table.add_row(*row)
    return table


def render(report: dict[str, Any], console: Console | None = None) -> None:
    if console is None:
        console = Console()
        if not console.is_terminal:
            console = Console(width=150)
    split, limit = report["split"], report.get("limit")
    head = f"sitroom eval — {report['gold']} — split {split}"
    console.print(f"[bold]{head}[/bold]" + (f" (limit {limit} per set)" if limit else ""))
    for name, entry in report["readers"].items():
        console.print(
            summary_table(
                f"{name}: {entry['docs']} docs, {entry['gold']} gold, {entry['pred']} predicted"
                f" — {entry['note']}",
                entry,
            )
        )
        if "confusion_event_type" in entry:
            console.print(
                confusion_table(f"{name}: event_type confusion", entry["confusion_event_type"])
            )
        for group, s in entry.get("by_group", {}).items():
            console.print(summary_table(f"{name} — {report['by']} = {group}", s))
    if "geoparsing" in report:
        geo = report["geoparsing"]
        table = rows_table("geoparsing (sitroom.eval.geoparsing)", geo)
        if table is None:
            console.print("[bold]geoparsing[/bold] (sitroom.eval.geoparsing)")
            console.print_json(data=geo)
        else:
            console.print(table)
    for name, fusion in report.get("fusion", {}).items():
        console.print(fusion_table(name, fusion))
    for note in report.get("notes", []):
        console.print(f"note: {note}")
    errors = report.get("errors", {})
    if errors.get("count"):
        console.print(
            f"[red]{errors['count']} article(s) failed in the pipeline[/red]; "
            f"first: {errors['first'][:1]}"
        )
    run = report.get("run", {})
    if run.get("words_per_s"):
        console.print(
            f"{run['words']} words in {run['seconds']:.1f} s ({run['words_per_s']:.0f} words/s)"
        )


HEADLINE = (
    ("det P", "detection", "p"),
    ("det R", "detection", "r"),
    ("det F1", "detection", "f1"),
    ("type acc", "event_type", "acc"),
    ("sub acc", "sub_event_type", "acc"),
    ("sub mF1", "sub_event_type", "macro_f1"),
    ("PLOVER acc", "plover_type", "acc"),
    ("loc@25", "location@25km", "acc"),
    ("loc@161", "location@161km", "acc"),
    ("loc@radius", "location@radius", "acc"),
    ("loc ctry-only", "location_country_only", "acc"),
    ("date exact", "event_date_exact", "acc"),
    ("date ±prec", "event_date_within", "acc"),
    ("fatal exact", "fatalities", "acc"),
    ("doc acc", "doc_label", "acc"),
    ("rec/gold", "records_per_gold", ""),
    ("leaks/doc", "leaks", "per_doc"),
)


RATIOS = ("records_per_gold", "leaks")


def ratio_cell(entry: dict[str, Any], section: str, key: str) -> str:
    """A ratio (records per gold event, leaks per document), not a percentage."""
    value = headline_value(entry, section, key)
    return "—" if value is None else f"{value:.2f}"


def headline_value(entry: dict[str, Any], section: str, key: str) -> float | None:
    if section == "records_per_gold":
        return entry.get(section)
    if section in ("detection", "doc_label", "leaks", "location_country_only"):
        return (entry.get(section) or {}).get(key)
    return (entry["fields"].get(section) or {}).get(key)


def markdown(report: dict[str, Any]) -> str:
    """One line per gold set with the headline figures (percent; field scores on aligned pairs)."""
    head = ["set", "docs", "gold", "pred", *(h[0] for h in HEADLINE)]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, e in report["readers"].items():
        cells = [name, str(e["docs"]), str(e["gold"]), str(e["pred"])]
        if not e["docs"]:  # no document in this split (real-news-dev is all dev): no score
            lines.append("| " + " | ".join(cells + ["—"] * len(HEADLINE)) + " |")
            continue
        cells += [
            pct(headline_value(e, s, k)).strip() if s not in RATIOS else ratio_cell(e, s, k)
            for _, s, k in HEADLINE
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
