"""Why is this event one record? Its sources, each merge decision with the pairwise model's
features and score, and the nearby events kept apart with theirs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sitroom.fuse.cluster import pair_score
from sitroom.fuse.features import describe, sentences
from sitroom.fuse.model import active_model
from sitroom.fuse.save import candidates_near
from sitroom.model import Event
from sitroom.store import Store


@dataclass
class Explanation:
    event: Event
    sources: list[dict[str, Any]] = field(default_factory=list)  # one per mention
    not_merged: list[dict[str, Any]] = field(default_factory=list)  # nearby, kept apart

    def to_dict(self) -> dict[str, Any]:
        return {
            "event": self.event.to_record(),
            "source_count": len(self.sources),
            "sources": self.sources,
            "not_merged": self.not_merged,
        }


def _summary(event: Event) -> str:
    actors = " vs ".join(a for a in (event.actor1, event.actor2) if a) or "actors unknown"
    when = event.event_date.isoformat() if event.event_date else "undated"
    return (
        f"{event.event_id_cnty} {when} (tp{event.time_precision})"
        f" {event.sub_event_type or event.event_type}"
        f" at {event.location or event.country or '?'} (gp{event.geo_precision}); {actors};"
        f" {event.fatalities} killed"
    )


def explain(store: Store, event_id: str) -> Explanation | None:
    """The canonical record, each mention and its merge reason, and nearby events not merged."""
    stored = store.get_event(event_id)
    if stored is None:
        return None
    out = Explanation(stored.event)
    for s in stored.sources:
        mention = Event.from_record(s["mention"])
        out.sources.append(
            {
                "article_id": s["article_id"],
                "source": s["source"],
                "published": s["published"],
                "url": s["url"],
                "duplicate_of": store.original_of(s["article_id"]),
                "mention": _summary(mention),
                "reason": s["merge_reason"] or "",
            }
        )
    mine = [t for src in stored.sources for t in sentences(Event.from_record(src["mention"]))]
    threshold = active_model().threshold
    for other in candidates_near(store, stored.event):
        if other.event_id_cnty == event_id:
            continue
        theirs = [t for m in store.mentions_of(other.event_id_cnty) for t in sentences(m)]
        theirs = theirs or sentences(other)
        found = pair_score(other, stored.event, theirs, mine)
        if found is None:
            reason = "different event type family"
        elif found.blocked:
            reason = (
                "stated days further apart than their precision plus a night"
                f" ({describe(found.features)})"
            )
        elif found.probability < threshold:
            reason = (
                f"p={found.probability:.2f} < {threshold:.2f} ({describe(found.features)})"
            )
        else:
            reason = (
                f"stored apart, though the model would merge them now: p={found.probability:.2f}"
                f" ({describe(found.features)}); run `sitroom fuse --rebuild`"
            )
        out.not_merged.append(
            {"event_id": other.event_id_cnty, "event": _summary(other), "reason": reason}
        )
    return out


def render(expl: Explanation) -> str:
    """Plain text for the terminal."""
    lines = [f"canonical: {_summary(expl.event)}", f"sources ({len(expl.sources)}):"]
    for i, s in enumerate(expl.sources, 1):
        copy = f" [copy of {s['duplicate_of']}]" if s["duplicate_of"] else ""
        lines.append(
            f"  {i}. {s['source'] or '?'} {s['published'] or ''} article {s['article_id']}{copy}"
        )
        lines.append(f"     mention: {s['mention']}")
        lines.append(f"     why: {s['reason']}")
    if expl.not_merged:
        lines.append(f"nearby events kept apart ({len(expl.not_merged)}):")
        for n in expl.not_merged:
            lines.append(f"  - {n['event']}")
            lines.append(f"    why not: {n['reason']}")
    else:
        lines.append("no other stored event nearby in time and space")
    return "\n".join(lines)
