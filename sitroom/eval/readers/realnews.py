"""Article-level gold (`real-news-dev/articles.jsonl`): every new incident in a real report.

Each line is one article: ``text``, ``published``, ``gold`` (events with a ``tier``,
``acceptable_sub_event_types``, ``acceptable_event_dates``, ``radius_km``) and ``not_new``
(background the article recalls). Tiers, alternatives and radii become the ``_``-hints the
scorer understands (`sitroom.eval.article`); ``not_new`` travels in the document's meta so
that a background item reported as new counts as a leak. The whole set is dev.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sitroom.eval.gold import GoldDocument, parse_date, reader, to_float
from sitroom.eval.readers._files import files
from sitroom.eval.readers.acled import FIELDS as ACLED_FIELDS

FIELDS = ACLED_FIELDS
NEEDED = {"text", "published", "gold", "not_new"}
#: A record finds a gold incident when family and date agree and it is placed in the
#: incident's region; whether the place is right (within ``radius_km``) is scored apart,
#: so the geo stage's errors do not hide how records are assembled.
MATCH_KM = 161.0


def _is_article_line(line: str) -> bool:
    try:
        rec = json.loads(line)
    except ValueError:
        return False
    return isinstance(rec, dict) and set(rec) >= NEEDED


def _article_files(path: Path) -> list[Path]:
    out = []
    for p in files(path, ".jsonl"):
        with p.open(encoding="utf-8") as fh:
            first = next((ln for ln in fh if ln.strip()), "")
        if _is_article_line(first):
            out.append(p)
    return out


def gold_event(g: dict[str, Any]) -> dict[str, Any]:
    """A gold event as ACLED columns plus the scorer's hints (tier, alternatives, radius)."""
    out = dict(g)
    out["event_date"] = parse_date(g.get("event_date"))
    out["latitude"], out["longitude"] = to_float(g.get("latitude")), to_float(g.get("longitude"))
    out["_optional"] = g.get("tier") == "should"
    out["_sub_alternatives"] = list(g.get("acceptable_sub_event_types") or [])
    out["_dates"] = [d for d in map(parse_date, g.get("acceptable_event_dates") or []) if d]
    out["_radius_km"] = to_float(g.get("radius_km"))
    out["_match_km"] = MATCH_KM
    return out


@reader(
    "realnews",
    recognizes=lambda p: bool(_article_files(p)),
    fields=FIELDS,
    note="real news articles, article-level gold: must events scored, should events optional, "
    "not_new items reported as new are leaks (all dev)",
)
def read_realnews(path: Path) -> Iterator[GoldDocument]:
    for jsonl in _article_files(path):
        with jsonl.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                rec = json.loads(line)
                yield GoldDocument(
                    text=str(rec["text"]),
                    published=parse_date(rec.get("published")),
                    source=str(rec.get("outlet") or ""),
                    events=[gold_event(g) for g in rec.get("gold") or []],
                    split="dev",
                    doc_id=str(rec.get("id", "")),
                    meta={
                        "not_new": list(rec.get("not_new") or []),
                        "title": str(rec.get("title") or ""),
                        "conflict": str(rec.get("conflict") or ""),
                    },
                )
