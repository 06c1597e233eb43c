"""Joint choices over the article's names: one name written twice means one place.

`sitroom.geo.resolve` chooses each mention's place with what its own sentence says and the
article's frame. A name the text puts in a container once ("Elmfield, Pennsylvania") and
later writes bare ("the Elmfield council") means the same place both times (one sense per
discourse); resolved alone, the bare mention could be won by a bigger namesake that the
article's other places happen to sit near. Pure functions: the caller applies the changes
and keeps the article's frame in step.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sitroom.geo.containment import holders, outside
from sitroom.geo.context import Mention
from sitroom.geo.gazetteer import Hit
from sitroom.geo.normalize import name_key


def _placed(m: Mention) -> Hit | None:
    """The mention's reading when the text itself placed it: inside a container it names
    (and the reading lies in it) or near an anchor it names."""
    hit = m.resolved
    if hit is None or m.modifier:
        return None
    chain = holders(m)
    if chain and not outside(hit, chain[0]):
        return hit
    if m.near is not None and m.near.resolved is not None:
        return hit
    return None


def _bare(m: Mention) -> bool:
    """A mention with nothing of its own to go by: no container, anchor or kind word."""
    return m.container is None and m.near is None and not m.kind and not m.modifier


def one_sense(mentions: Sequence[Mention]) -> list[tuple[Mention, Hit]]:
    """(mention, place) for each bare mention whose name the text placed elsewhere in the
    article, when every such placement agrees on one place and the bare mention was read
    as another; a placement of another level (a district, not its town) sets nothing."""
    placed: dict[str, set[int]] = defaultdict(set)
    hits: dict[int, Hit] = {}
    for m in mentions:
        hit = _placed(m)
        if hit is not None:
            placed[name_key(m.text)].add(hit.id)
            hits[hit.id] = hit
    changes: list[tuple[Mention, Hit]] = []
    for m in mentions:
        ids = placed.get(name_key(m.text))
        if not ids or len(ids) != 1 or not _bare(m):
            continue
        target = hits[next(iter(ids))]
        own = m.resolved
        if own is not None and own.id != target.id and own.level == target.level:
            changes.append((m, target))
    return changes
