"""Article-level scoring hints: optional gold, accepted alternatives, and leaks.

Gold written per article (`real-news-dev`) says more than a coded row: a ``should`` event
(``_optional``) neither counts for nor against a system; ``_sub_alternatives`` and
``_dates`` list other codes and days a careful coder would accept; ``_radius_km`` is how
far a place may be off. Its ``not_new`` list names the background the article recalls:
a prediction that matches no gold event but matches one of those is a *leak* (history
reported as news). Items marked ``recent_context`` are excused when emitted with their own
date, never when emitted with the article's.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from sitroom.eval.gold import GoldDocument, parse_date
from sitroom.model import Event

#: Share of a not_new description's content words that a prediction's sentence must hold.
LEAK_OVERLAP = 0.3
LEAK_MIN_WORDS = 2
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+|\d+")


def is_optional(g: dict[str, Any]) -> bool:
    return bool(g.get("_optional"))


def sub_types(g: dict[str, Any]) -> list[str]:
    """The gold sub-event type and the alternatives its coder accepts."""
    main = [g["sub_event_type"]] if g.get("sub_event_type") else []
    return main + [s for s in g.get("_sub_alternatives") or [] if s]


def gold_dates(g: dict[str, Any], first: date | None) -> list[date]:
    """The gold date and its accepted alternatives."""
    return ([first] if first else []) + [d for d in g.get("_dates") or [] if isinstance(d, date)]


def content_words(text: str) -> set[str]:
    """Five-letter stems of the content words ('attacks'/'attacked' → 'attac')."""
    return {
        w.lower()[:5]
        for w in _WORD.findall(text or "")
        if w.lower() not in STOP_WORDS and (len(w) > 2 or w.isdigit())
    }


def date_span(value: str) -> tuple[date, date] | None:
    """'2024-07-30', '2024-07', '2019', '2023-10/2024-02' → first and last day; else None."""
    text = str(value or "").strip()
    if "/" in text:
        a, b = (date_span(part) for part in text.split("/", 1))
        return (a[0], b[1]) if a and b else None
    parts = text.split("-")
    try:
        if len(parts) == 3:
            d = parse_date(text)
            return (d, d) if d else None
        year = int(parts[0])
        if len(parts) == 2:
            month = int(parts[1])
            nxt = date(year + month // 12, month % 12 + 1, 1)
            return date(year, month, 1), date.fromordinal(nxt.toordinal() - 1)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def _sentence(e: Event) -> str:
    ev = e.evidence.get("notes") or e.evidence.get("event_type")
    return ev.text if ev is not None else e.notes


def leak_kind(e: Event, items: list[dict[str, Any]], published: date | None) -> str:
    """'leak' when an unmatched prediction reports a not_new item as news, 'excused' when
    it is recent context emitted with its own date, '' when it matches no item."""
    words = content_words(_sentence(e))
    best, best_item = 0.0, None
    for item in items:
        desc = content_words(str(item.get("description") or ""))
        shared = len(desc & words)
        share = shared / len(desc) if desc else 0.0
        if shared >= LEAK_MIN_WORDS and share >= LEAK_OVERLAP and share > best:
            best, best_item = share, item
    if best_item is None:
        return ""
    span = date_span(str(best_item.get("date") or ""))
    own_date = (
        span is not None
        and e.event_date is not None
        and span[0] <= e.event_date <= span[1]
        and e.event_date != published
    )
    return "excused" if best_item.get("recent_context") and own_date else "leak"


def count_article(c, doc: GoldDocument, preds: list[Event], pairs) -> list[tuple[int, int]]:
    """Article-level counts; returns the pairs that count (those with required gold).

    Predictions matched to optional gold, and excused recent context, leave the
    prediction count; unmatched predictions that report a not_new item count as leaks.
    """
    optional = [(i, j) for i, j in pairs if is_optional(doc.events[j])]
    c["pred"] -= len(optional)
    c["gold"] -= sum(is_optional(g) for g in doc.events)
    c["pred_optional"] += len(optional)
    items = doc.meta.get("not_new")
    if items is not None:
        c["leak.docs"] += 1
        matched = {i for i, _ in pairs}
        for i, e in enumerate(preds):
            if i in matched:
                continue
            kind = leak_kind(e, items, doc.published)
            if kind == "leak":
                c["leaks"] += 1
            elif kind == "excused":
                c["pred"] -= 1
                c["pred_excused"] += 1
    return [(i, j) for i, j in pairs if not is_optional(doc.events[j])]
