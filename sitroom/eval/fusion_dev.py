"""Fusion on real multi-outlet coverage: a gold set of articles keyed by incident.

The set (``articles.jsonl`` with an ``incident`` key per article, ``gold.json`` with one
record per incident) is ingested into a fresh store in publication order, as a user
would ingest a news feed. Each article's *lead* event (its first new, non-statement
mention: what the article reports as news) names the cluster the article ended in.
Scored over articles: pairwise merge precision/recall, B-cubed, the share of incidents
whose articles all end in one event, near-miss incidents merged into another, and the
canonical record of each incident's event against its gold (type, date, place within the
gold radius, fatalities within the gold range).
"""

from __future__ import annotations

import hashlib
import json
import random
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sitroom.eval.fusion import pairwise
from sitroom.geodesy import haversine_km
from sitroom.model import Article, Event

FUSION = "fusion"

Extractor = Callable[[list[Article]], Iterator[list[Event]]]


@dataclass(frozen=True)
class FusionArticle:
    article_id: str
    incident: str
    role: str
    article: Article


def is_fusion_set(path: Path) -> bool:
    """A folder with articles.jsonl whose records carry an ``incident`` key, and gold.json."""
    articles, gold = path / "articles.jsonl", path / "gold.json"
    if not (path.is_dir() and articles.is_file() and gold.is_file()):
        return False
    with articles.open(encoding="utf-8") as fh:
        first = next((line for line in fh if line.strip()), "")
    try:
        return "incident" in json.loads(first)
    except ValueError:
        return False


def fusion_folders(gold: Path) -> list[Path]:
    """``gold`` itself when it is a fusion set, else its subfolders that are."""
    if is_fusion_set(gold):
        return [gold]
    if not gold.is_dir():
        return []
    return [p for p in sorted(gold.iterdir()) if is_fusion_set(p)]


def load_set(folder: Path) -> tuple[list[FusionArticle], dict[str, dict[str, Any]]]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    out = []
    with (folder / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            published = date.fromisoformat(rec["published"]) if rec.get("published") else None
            article = Article(
                text=rec["text"],
                source=rec.get("outlet", ""),
                url=rec.get("url", ""),
                title=rec.get("title", ""),
                published=published,
                origin=f"{FUSION}:{rec['id']}",
            )
            out.append(FusionArticle(rec["id"], rec["incident"], rec.get("role", ""), article))
    return out, gold


def publication_order(articles: list[FusionArticle], seed: int | None = None) -> list[FusionArticle]:
    """By publication date; same-day ties by a hash of the URL (file order is no signal).
    With a seed, a random order instead (to check that fusion does not depend on order)."""
    if seed is not None:
        shuffled = list(articles)
        random.Random(seed).shuffle(shuffled)
        return shuffled

    def key(a: FusionArticle) -> tuple[str, str]:
        tie = hashlib.blake2b((a.article.url or a.article_id).encode(), digest_size=8).hexdigest()
        return (a.article.published.isoformat() if a.article.published else "", tie)

    return sorted(articles, key=key)


def lead_index(events: list[Event]) -> int | None:
    """The mention an article reports as news: its first new event (statements aside)."""
    for i, e in enumerate(events):
        if e.status == "new" and e.record_kind != "statement":
            return i
    return 0 if events else None


def ingest(
    order: list[FusionArticle], extracted: dict[str, list[Event]], store: Any
) -> dict[str, str]:
    """Save each article with copies of its extracted events; article id → the event its
    lead mention ends in (a syndicated copy: its original's first)."""
    from sitroom.fuse.save import save

    for fa in order:
        save(store, fa.article, [e.copy() for e in extracted[fa.article_id]])
    lead: dict[str, str] = {}
    for fa in order:  # read back at the end: later articles may have regrouped earlier ones
        original = store.original_of(fa.article.id)
        events = extracted[fa.article_id]
        pick = 0 if original else lead_index(events)
        rows = {p: e for p, e, _ in store.article_mentions(fa.article.id)}
        if pick is not None and pick in rows:
            lead[fa.article_id] = rows[pick]
    return lead


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 over items (an item without prediction is alone)."""
    items = sorted(gold)
    label = {i: pred.get(i, f"alone:{i}") for i in items}
    p = r = 0.0
    for i in items:
        same_pred = [j for j in items if label[j] == label[i]]
        same_gold = [j for j in items if gold[j] == gold[i]]
        both = sum(1 for j in same_pred if gold[j] == gold[i])
        p += both / len(same_pred)
        r += both / len(same_gold)
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _within_range(value: int, gold: dict[str, Any]) -> bool:
    low, high = (list(gold.get("fatalities_range") or []) + [None, None])[:2]
    low = 0 if low is None else low
    return value >= low and (high is None or value <= high)


def field_scores(event: Event, gold: dict[str, Any]) -> dict[str, bool]:
    """The canonical record against one incident's gold."""
    subs = [gold.get("sub_event_type"), *(gold.get("accepted_sub_event_types") or [])]
    gold_day = date.fromisoformat(gold["event_date"])
    out = {
        "event_type": event.event_type == gold.get("event_type"),
        "sub_event_type": event.sub_event_type in subs,
        "date_exact": event.event_date == gold_day,
        "date_1day": event.event_date is not None and abs((event.event_date - gold_day).days) <= 1,
        "place": (
            event.latitude is not None
            and gold.get("latitude") is not None
            and haversine_km(event.latitude, event.longitude, gold["latitude"], gold["longitude"])
            <= float(gold.get("radius_km") or 25)
        ),
        "fatalities": _within_range(event.fatalities, gold),
    }
    return out


def score(
    articles: list[FusionArticle],
    gold: dict[str, dict[str, Any]],
    lead: dict[str, str],
    canonical: Callable[[str], Event | None],
) -> dict[str, Any]:
    """Every fusion figure for one ingest: merges, incidents, near misses, canonical fields."""
    truth = {a.article_id: a.incident for a in articles}
    merge = pairwise(truth, {a: {e} for a, e in lead.items()})
    bp, br, bf = bcubed(truth, lead)
    by_incident: dict[str, list[str]] = {}
    for a in articles:
        by_incident.setdefault(a.incident, []).append(a.article_id)
    incidents: dict[str, Any] = {}
    fields: Counter = Counter()
    one_event = multi = merged_misses = 0
    for key, ids in sorted(by_incident.items()):
        events = [lead.get(i, f"alone:{i}") for i in sorted(ids)]
        top, _ = Counter(events).most_common(1)[0]
        others = {truth[a] for a, e in lead.items() if e in set(events)} - {key}
        row: dict[str, Any] = {
            "role": gold.get(key, {}).get("role", ""),
            "articles": {i: lead.get(i, "") for i in sorted(ids)},
            "merged_with": sorted(others),
        }
        if len(ids) > 1:
            multi += 1
            one = len(set(events)) == 1 and not others
            one_event += one
            row["one_event"] = one
        if row["role"] == "distractor" and others:
            merged_misses += 1
        event = canonical(top) if not top.startswith("alone:") else None
        if event is not None and key in gold:
            row["fields"] = field_scores(event, gold[key])
            row["canonical"] = _brief(event)
            fields.update(k for k, ok in row["fields"].items() if ok)
            fields["scored"] += 1
        incidents[key] = row
    scored = fields.pop("scored", 0)
    return {
        "articles": len(articles),
        "incidents": len(by_incident),
        "clusters": len({lead.get(a.article_id, f"alone:{a.article_id}") for a in articles}),
        "pairwise": merge.to_dict(),
        "bcubed": {"precision": round(bp, 4), "recall": round(br, 4), "f1": round(bf, 4)},
        "multi_outlet_one_event": f"{one_event}/{multi}",
        "one_event_share": round(one_event / multi, 4) if multi else None,
        "near_misses_merged": merged_misses,
        "canonical_fields": {k: round(fields[k] / scored, 4) for k in _FIELDS} if scored else {},
        "canonical_scored": scored,
        "by_incident": incidents,
    }


_FIELDS = ("event_type", "sub_event_type", "date_exact", "date_1day", "place", "fatalities")


def _brief(event: Event) -> str:
    when = event.event_date.isoformat() if event.event_date else "undated"
    return (
        f"{event.event_id_cnty} {when} {event.sub_event_type or event.event_type}"
        f" at {event.location or event.country} (gp{event.geo_precision}),"
        f" {event.fatalities} [{event.fatalities_low}-{event.fatalities_high}] killed,"
        f" {len([s for s in event.source.split(';') if s.strip()])} sources"
    )


def fusion_report(
    folder: Path, extractor: Extractor, orders: int = 0, progress: Callable[[str], None] | None = None
) -> dict[str, Any]:
    """Extract once, ingest in publication order into a fresh SQLite store and score; with
    ``orders`` > 0, also ingest that many shuffled orders and report the spread."""
    articles, gold = load_set(folder)
    if progress:
        progress(f"{FUSION}: {len(articles)} articles, {len(gold)} incidents ({folder.name})")
    extracted = dict(
        zip(
            [a.article_id for a in articles],
            extractor([a.article for a in articles]),
            strict=True,
        )
    )

    report = {"set": folder.name, **run_ingest(articles, gold, extracted)}
    if orders:
        shuffled = [run_ingest(articles, gold, extracted, seed) for seed in range(1, orders + 1)]
        report["orders"] = {
            "runs": orders,
            "same_partition": sum(r["partition"] == report["partition"] for r in shuffled),
            "pairwise_f1": [r["pairwise"]["f1"] for r in shuffled],
        }
    report.pop("partition")
    return report


def run_ingest(
    articles: list[FusionArticle],
    gold: dict[str, dict[str, Any]],
    extracted: dict[str, list[Event]],
    seed: int | None = None,
) -> dict[str, Any]:
    """One ingest of the extracted set into a fresh SQLite store, scored."""
    from sitroom.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "fusion.db"))
        try:
            lead = ingest(publication_order(articles, seed), extracted, store)
            found = score(articles, gold, lead, lambda i: _event(store, i))
            found["events_stored"] = store.count_events()
            found["partition"] = _partition(lead)
            return found
        finally:
            store.close()


def _event(store: Any, event_id: str) -> Event | None:
    stored = store.get_event(event_id)
    return stored.event if stored is not None else None


def _partition(lead: dict[str, str]) -> list[list[str]]:
    """Which articles share a lead event, independent of event ids (for order checks)."""
    groups: dict[str, list[str]] = {}
    for article_id, event_id in lead.items():
        groups.setdefault(event_id, []).append(article_id)
    return sorted(sorted(g) for g in groups.values())

