"""A sentence that tells only where an incident's weapons were fired from: "Two rockets hit a
base near X on Monday. The rockets were launched from the village of Y", "A drone struck a
car in X. The drone took off from Y". Y is the lead's launch site (its ``origin``), not a
second incident there: ACLED codes the target's place (issue 12, Must 6) and one record.
Used by `sitroom.events.incident` (joining, and the place kept) and `sitroom.events.assemble`;
`own_place`, whether a mention's own words place it, lives here with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitroom.events.findings import DEFINITE
from sitroom.nlp import head_token

if TYPE_CHECKING:
    from sitroom.components import Candidate


def at_launch_site(c: Candidate) -> bool:
    """Placed only at where its weapons were fired from: its place is words of the launch
    phrase the event reading found ("launched from the town of Y"), and it aims at nothing."""
    place, origin = c.event.evidence.get("location"), c.data.get("origin")
    if place is None or origin is None or c.data.get("target") is not None:
        return False
    return origin.start_char <= place.start and place.end <= origin.end_char


def own_place(c: Candidate) -> bool:
    """Placed by words of its own sentence, not by geo's fallback and not by where its
    speaker is ('the health ministry in Ramallah said ...'); a speaker's span that holds the
    deed's own word is a misparse ('X, backed by Y, killed ..., officials said'), no speaker's."""
    ev, speaker = c.event.evidence.get("location"), c.attribution
    if ev is None or at_launch_site(c):  # (where its weapons came from: no place of its deed)
        return False
    if speaker is None or speaker.start_char <= head_token(c.trigger).idx < speaker.end_char:
        return True
    return not (speaker.start_char <= ev.start and ev.end <= speaker.end_char)


def launch_site_told(lead: Candidate, c: Candidate) -> bool:
    """``c`` tells the lead's weapons again with a definite word ("the rockets", "these
    drones") and is placed only at their launch site."""
    if not at_launch_site(c) or at_launch_site(lead):
        return False
    span = c.weapon_span
    if span is None or not c.weapon or c.weapon != lead.weapon:
        return False
    root = span.root if hasattr(span, "root") else span
    return any(t.dep_ == "det" and t.lower_ in DEFINITE for t in root.children)


def take_origin(keep: Candidate, c: Candidate) -> None:
    """The record without a launch site takes that of a mention placed only there, with the
    words that name it and a "launched from" tag (as `sitroom.geo` tags a lead's own)."""
    k, o = keep.event, c.event
    if k.origin:
        return
    if o.origin or not at_launch_site(c):
        k.origin = o.origin
        if "origin" in o.evidence:
            k.cite("origin", o.evidence["origin"])
        return
    k.origin = f"{o.location}, {o.country}" if o.country else o.location
    k.cite("origin", o.evidence["location"])
    tags = [t for t in k.tags.split("; ") if t]
    k.tags = "; ".join([*tags, f"launched from {o.location}"])
