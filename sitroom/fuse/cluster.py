"""Grouping mentions into events, the same whatever order the articles came in.

An arriving article's mentions and every mention of the stored events they could join
(the *touched* events) are grouped again from scratch, bottom-up: the pairwise model
scores every pair of mentions from different articles (it is fitted on such pairs), and
the two groups with the highest link (``linkage`` in fusion.yaml: the mean probability
over their pairs, or the highest) merge while it reaches the model's threshold. Two
mentions of one article, or of different type families, or both dated and further apart
than their dates' precision plus a night, never share a group (one report lists distinct
events; two stated days are two incidents, however alike the rest of a group makes them).
Ties go to the smallest keys (article id, position), so the same set of mentions always
gives the same groups, whichever arrived first, and a mention never sticks to whichever
group happened to exist when it was read. Each report's
headline event (its first record) pairs up first, so a second record of the same incident
in one report (which it may not join) cannot take the headline's place elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sitroom.fuse.config import FusionConfig, load_config
from sitroom.fuse.features import (
    apart_sides,
    describe,
    pair_features,
    sentences,
    side,
    terms,
    terms_similarity,
    text_similarity,
)
from sitroom.fuse.merge import canonical
from sitroom.fuse.model import PairModel, active_model
from sitroom.model import Event


@dataclass
class Item:
    """One mention: its stable key, record, and the event it sits in now (None: arriving)."""

    key: tuple[str, int]  # (article id, position); ("~event id", 0) for an imported event
    event: Event
    current: str | None = None
    previous: str | None = None  # the event it sat in before a rebuild (keeps ids stable)

    @property
    def article_id(self) -> str:
        return self.key[0]

    @property
    def fixed(self) -> bool:
        """An imported event without mentions: its record stands for itself."""
        return self.key[0].startswith("~")


@dataclass
class Group:
    members: list[Item] = field(default_factory=list)
    _record: Event | None = field(default=None, repr=False)

    def add(self, item: Item) -> None:
        self.members.append(item)
        self._record = None

    @property
    def record(self) -> Event:
        """Its canonical record, built when first asked for once every member is in (the
        writer never asks for a stored event's that nothing joined or left)."""
        if self._record is None:
            self._record = canonical([m.event for m in self.members])
        return self._record


@dataclass(frozen=True)
class Score:
    group: int
    probability: float
    features: dict[str, float]
    blocked: bool = False  # two stated days too far apart: never one group (shown by `why`)


@dataclass
class Placement:
    """Where a mention went, and the best group it was refused by (for `sitroom why`)."""

    group: int
    joined: Score | None = None  # None: it started the group
    refused: Score | None = None
    candidates: int = 0


def pair_score(a: Event, b: Event, a_sentences: list[str], b_sentences: list[str]) -> Score | None:
    """The model's view of two stored events (None: different type families, never one;
    ``blocked``: both dated too far apart to be one)."""
    cfg = load_config()
    sa, sb = side(a, cfg), side(b, cfg)
    if not sa.family or sa.family != sb.family:
        return None
    values = pair_features(sa, sb, text_similarity(a_sentences, b_sentences), cfg)
    return Score(-1, active_model().probability(values), values, apart_sides(sa, sb, cfg))


@dataclass
class _Link:
    """What joins two groups: the model's probabilities over their pairs of mentions."""

    total: float = 0.0
    count: int = 0
    best: float = 0.0
    blocked: bool = False  # a shared article or a different type family

    def value(self, linkage: str) -> float:
        if self.blocked or not self.count:
            return 0.0
        return self.best if linkage == "max" else self.total / self.count

    def __add__(self, other: _Link) -> _Link:
        return _Link(
            self.total + other.total,
            self.count + other.count,
            max(self.best, other.best),
            self.blocked or other.blocked,
        )


def pair_table(
    order: Sequence[Item], model: PairModel, cfg: FusionConfig, known: dict | None = None,
    facts: dict | None = None,
) -> dict[tuple[int, int], Score]:
    """The model's score of every pair of mentions that could be one incident (i < j).

    ``known`` remembers scores by the pair's mention keys across calls on one store: a
    stored mention's record never changes, and each article's mentions are regrouped with
    the same neighbours again and again. Imported events (``fixed``) are not remembered:
    their record is rebuilt when mentions join them. ``facts`` remembers, the same way,
    what the pairs read of each stored mention (`_facts`)."""
    found_facts = [_facts(i, cfg, facts) for i in order]  # worked out once per mention
    sides = [f[0] for f in found_facts]
    texts = [f[1] for f in found_facts]
    out: dict[tuple[int, int], Score] = {}
    for a, first in enumerate(order):
        family = sides[a].family
        if not family:
            continue
        for b in range(a + 1, len(order)):
            second = order[b]
            if first.article_id == second.article_id or family != sides[b].family:
                continue
            pair = (first.key, second.key)
            remember = known is not None and not (first.fixed or second.fixed)
            found = known.get(pair) if remember else None
            if found is None:
                sim = terms_similarity(texts[a], texts[b])
                values = pair_features(sides[a], sides[b], sim, cfg)
                if apart_sides(sides[a], sides[b], cfg):
                    found = Score(-1, 0.0, values, blocked=True)
                else:
                    found = Score(-1, model.probability(values), values)
                if remember:
                    known[pair] = found
            out[a, b] = found
    return out


def _facts(item: Item, cfg: FusionConfig, memory: dict | None) -> tuple:
    """(`side`, each sentence's `terms`) of a mention; remembered in ``memory`` by its key
    for a mention read back from the store (whose record never changes), not for an
    arriving one (its record is still being filled) or an imported event."""
    remember = memory is not None and item.current is not None and not item.fixed
    found = memory.get(item.key) if remember else None
    if found is None:
        found = (side(item.event, cfg), [terms(t) for t in sentences(item.event)])
        if remember:
            memory[item.key] = found
    return found


def _cluster(
    n: int, scores: dict, threshold: float, linkage: str, first: set[int] | None = None
) -> list[list[int]]:
    """Agglomerate indexes 0..n-1: merge the best-linked pair of groups at or above the
    threshold until none is left (ties: the smallest indexes). Groups made only of
    ``first`` indexes (each report's headline event) merge among themselves before any
    other does, so a report's second record of its incident cannot take the place of its
    headline in another outlet's group."""
    links: dict[tuple[int, int], _Link] = {}
    for a in range(n):
        for b in range(a + 1, n):
            found = scores.get((a, b))
            links[a, b] = (
                _Link(found.probability, 1, found.probability)
                if found and not found.blocked
                else _Link(blocked=True)
            )
    groups = {i: [i] for i in range(n)}
    for phase in (first, None) if first else (None,):

        def allowed(k: tuple[int, int], phase: set[int] | None = phase) -> bool:
            return phase is None or all(i in phase for i in groups[k[0]] + groups[k[1]])

        live = {k for k, v in links.items() if v.value(linkage) >= threshold and allowed(k)}
        while live:
            x, y = max(live, key=lambda k: (links[k].value(linkage), -k[0], -k[1]))
            groups[x] += groups.pop(y)
            links.pop((x, y))
            live = {k for k in live if x not in k and y not in k}
            for z in groups:
                if z == x:
                    continue
                merged = links.pop(_key(x, z)) + links.pop(_key(y, z))
                links[_key(x, z)] = merged
                if merged.value(linkage) >= threshold and allowed(_key(x, z)):
                    live.add(_key(x, z))
    return [sorted(g) for _, g in sorted(groups.items())]


def _key(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def regroup(
    items: Sequence[Item], model: PairModel | None = None, known: dict | None = None,
    facts: dict | None = None,
) -> tuple[list[Group], Placements]:
    """Groups for the mentions, and each mention's placement keyed by its key (``known``,
    ``facts``: what `pair_table` remembers)."""
    model = model or active_model()
    cfg = load_config()
    order = sorted(items, key=lambda i: i.key)
    scores = pair_table(order, model, cfg, known, facts)
    headlines = {
        i for i, item in enumerate(order)
        if item.key[1] == 0 and item.event.status == "new" and item.event.record_kind != "statement"
    }
    clusters = _cluster(len(order), scores, model.threshold, cfg.linkage, headlines)
    groups: list[Group] = []
    where: dict[int, int] = {}
    for index, members in enumerate(clusters):
        groups.append(Group())
        for i in members:
            groups[-1].add(order[i])
            where[i] = index
    return groups, Placements(order, scores, where, clusters)


class Placements:
    """Each mention's `Placement` by its key, worked out when asked for: the writer asks
    only for the mentions it writes (arriving or moved), a few of the region it regrouped."""

    def __init__(
        self, order: Sequence[Item], scores: dict, where: dict[int, int], clusters: list[list[int]]
    ) -> None:
        self._index = {item.key: i for i, item in enumerate(order)}
        self._where, self._clusters = where, clusters
        self._near: list[list[tuple[int, Score]]] = [[] for _ in order]  # each one's scored pairs
        for (a, b), found in scores.items():
            self._near[a].append((b, found))
            self._near[b].append((a, found))

    def __getitem__(self, key: tuple[str, int]) -> Placement:
        i = self._index[key]
        return _placement(i, self._where, self._clusters, sorted(self._near[i], key=_first))

    def __len__(self) -> int:
        return len(self._index)


def _first(pair: tuple[int, Score]) -> int:
    return pair[0]


def _placement(
    i: int, where: dict[int, int], clusters: list[list[int]], near: list[tuple[int, Score]]
) -> Placement:
    """A mention's mean score against each group holding a mention it could be one with:
    its own (joined) and the closest other one (refused), features of the closest pair
    (``near``: its scored pairs, by the other mention's index)."""
    by_group: dict[int, list[Score]] = {}
    for j, found in near:
        by_group.setdefault(where[j], []).append(found)
    own = where[i]
    summary = {
        g: Score(
            g,
            sum(s.probability for s in found) / (len(clusters[g]) - (g == own)),
            max(found, key=lambda s: s.probability).features,
            blocked=any(s.blocked for s in found),
        )
        for g, found in by_group.items()
    }
    first = clusters[own][0] == i  # the group's first report (by key) started the event
    joined = summary.get(own) if len(clusters[own]) > 1 and not first else None
    others = [s for g, s in summary.items() if g != own]
    refused = max(others, key=lambda s: (s.probability, -s.group), default=None)
    return Placement(own, joined, refused, len(others) + (own in summary))


def reason(placement: Placement, ids: Sequence[str], threshold: float) -> str:
    """The merge reason stored with a mention: the model's score and the features behind it."""
    if placement.joined is not None:
        s = placement.joined
        return (
            f"merged into {ids[s.group]}: p={s.probability:.2f} (mean over its other"
            f" reports; groups join at ≥ {threshold:.2f}) ({describe(s.features)})"
        )
    if placement.refused is not None:
        s = placement.refused
        return (
            f"new event: {placement.candidates} candidate(s), none at p ≥ {threshold:.2f};"
            f" closest {ids[s.group]}: p={s.probability:.2f} ({describe(s.features)})"
            + ("; a day it states is too far from one of that event's" if s.blocked else "")
        )
    return "new event: no stored event nearby in time and space"
