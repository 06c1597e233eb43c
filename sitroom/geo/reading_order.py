"""The order `sitroom.geo.resolve.resolve_all` reads an article's names in: containers and
anchors first (`rank`), then the least ambiguous (`ambiguity`); and, for each container, the
candidates of the names the text puts inside it (`inner_hits`)."""

from __future__ import annotations

from collections.abc import Iterable

from sitroom.geo.containment import name_hits
from sitroom.geo.context import Mention
from sitroom.geo.gazetteer import Gazetteer, Hit


def ambiguity(m: Mention, gaz: Gazetteer) -> int:
    """How many countries share the name (unknown names last)."""
    return len({h.cc for h in gaz.lookup(m.text)}) or 99


def inner_hits(mentions: Iterable[Mention], gaz: Gazetteer) -> dict[int, list[Hit]]:
    """For each container, the candidates of the names the text puts inside it ("Manaus"
    of "Manaus, Amazonas"): a container is read as one that can hold them."""
    out: dict[int, list[Hit]] = {}
    for m in mentions:
        if m.container is None:
            continue
        hits = name_hits(m, gaz.lookup)
        cur, seen = m.container, 0
        while cur is not None and seen < 6:  # "Bafoussam (Mifi, Ouest)": Ouest holds Bafoussam
            out.setdefault(id(cur), []).extend(hits)
            cur, seen = cur.container, seen + 1
    return out


def rank(m: Mention) -> int:
    """How many containers or anchors a mention depends on: those resolve first."""
    rank, cur = 0, m
    while rank < 6:
        nxt = cur.container or cur.near
        if nxt is None:
            break
        rank, cur = rank + 1, nxt
    return rank
