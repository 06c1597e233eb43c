"""`sitroom show` as a person reads it: the record's fields, its sources, and for each field
the sentence of the report it came from with the cited words marked."""

from __future__ import annotations

import re
from typing import Any

from rich.markup import escape
from rich.table import Table
from rich.text import Text

from sitroom.model import RECORD_COLUMNS

#: Fields shown in the header line or the sections below, not in the field table.
_NOT_IN_TABLE = {"event_id_cnty", "notes", "evidence"}


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding a span: from the previous full stop or line break to the
    next one."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    left = 0 if left < 0 else left + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(stops) + 1 if stops else len(text)
    return left, right


def _fields_table(record: dict[str, Any]) -> Table:
    table = Table(show_header=False, box=None, padding=(0, 2, 0, 0))
    table.add_column(style="bold")
    table.add_column()
    for name in RECORD_COLUMNS:
        value = record.get(name)
        if name in _NOT_IN_TABLE or value in (None, "", 0, 0.0) and name != "fatalities":
            continue
        table.add_row(name, escape(str(value)))
    return table


def _sources_table(sources: list[dict[str, Any]]) -> Table:
    table = Table(title=f"{len(sources)} source(s)", title_justify="left", expand=False)
    for column in ("#", "source", "published", "url / article", "merged because"):
        table.add_column(column)
    for i, s in enumerate(sources, 1):
        where = s.get("url") or f"article {s.get('article_id', '')}"
        table.add_row(str(i), s.get("source") or "?", str(s.get("published") or "undated"),
                      escape(where), escape(s.get("merge_reason") or "first report"))
    return table


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _evidence(record_evidence: dict[str, Any], text: str) -> Table:
    """One row per sentence: the fields it supports, the sentence with their words marked."""
    table = Table(title="evidence (the cited words underlined)", title_justify="left",
                  show_lines=True, expand=True)
    table.add_column("fields", style="bold", max_width=28)
    table.add_column("sentence", ratio=1)
    rows: dict[tuple[int, int], list[tuple[str, Any]]] = {}
    for name, span in record_evidence.items():
        if text and text[span.start:span.end] == span.text:
            key = sentence_around(text, span.start, span.end)
        else:
            key = (-1 - len(rows), 0)  # the article is not at hand: the cited words alone
        rows.setdefault(key, []).append((name, span))
    for (left, right), cited in sorted(rows.items()):
        names = ", ".join(n for n, _ in cited)
        if left < 0:
            table.add_row(names, Text(_squash(cited[0][1].text), style="bold"))
            continue
        line = Text(_squash(text[left:right]).strip())
        offset = len(_squash(text[left:right])) - len(_squash(text[left:right]).lstrip())
        for _, span in cited:
            start = len(_squash(text[left:span.start])) - offset
            end = start + len(_squash(span.text))
            line.stylize("bold underline", max(start, 0), end)
        table.add_row(names, line)
    return table


def render_event(stored: Any, article_text: str) -> list[Any]:
    """Renderables for rich: header, fields, notes, sources, evidence."""
    event = stored.event
    record = event.to_record()
    when = event.event_date.isoformat() if event.event_date else "undated"
    kind = " / ".join(x for x in (event.event_type, event.sub_event_type) if x) or (
        f"statement ({event.plover_type})" if event.plover_type else "?")
    header = Text(f"{event.event_id_cnty}  ", style="bold")
    header.append(f"{when} (time precision {event.time_precision})  {kind}  ")
    header.append(f"[{event.status}, {event.claim}]", style="dim")
    parts: list[Any] = [header, _fields_table(record)]
    if event.notes:
        parts.append(Text("notes: ", style="bold") + Text(" ".join(event.notes.split())))
    parts.append(_sources_table(stored.sources))
    if event.evidence:
        parts.append(_evidence(event.evidence, article_text))
    return parts
