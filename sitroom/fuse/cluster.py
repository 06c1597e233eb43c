"""Grouping mentions into events, the same whatever order the articles came in.

An arriving article's mentions and every mention of the stored events they could join
(the *touched* events) are grouped again from scratch: mentions in a stable order (by
article id, then position), each joining the group whose canonical record the pairwise
model scores highest at or above its threshold, else starting a group. Two mentions of
one article never share a group (one report lists distinct events). The same set of
mentions therefore always gives the same groups, whichever arrived first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sitroom.fuse.config import FusionConfig, load_config
from sitroom.fuse.features import describe, features, sentence, text_similarity
from sitroom.fuse.match import type_family
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
    record: Event | None = None
    sentences: list[str] = field(default_factory=list)

    def add(self, item: Item) -> None:
        self.members.append(item)
        self.record = canonical([m.event for m in self.members])
        self.sentences.append(sentence(item.event))


@dataclass(frozen=True)
class Score:
    group: int
    probability: float
    features: dict[str, float]


@dataclass
class Placement:
    """Where a mention went, and the best group it was refused by (for `sitroom why`)."""

    group: int
    joined: Score | None = None  # None: it started the group
    refused: Score | None = None
    candidates: int = 0


def score(
    item: Item, group: Group, model: PairModel, cfg: FusionConfig
) -> Score | None:
    """The model's probability that the mention reports the group's incident (None: never)."""
    record = group.record
    assert record is not None
    if any(m.article_id == item.article_id for m in group.members):
        return None
    family = type_family(item.event, cfg)
    if not family or family != type_family(record, cfg):
        return None
    sim = text_similarity([sentence(item.event)], group.sentences)
    values = features(item.event, record, sim, cfg)
    return Score(-1, model.probability(values), values)


def pair_score(a: Event, b: Event, a_sentences: list[str], b_sentences: list[str]) -> Score | None:
    """The model's view of two stored events (None: different type families, never one)."""
    cfg = load_config()
    family = type_family(a, cfg)
    if not family or family != type_family(b, cfg):
        return None
    values = features(a, b, text_similarity(a_sentences, b_sentences), cfg)
    return Score(-1, active_model().probability(values), values)


def regroup(items: Sequence[Item], model: PairModel | None = None) -> tuple[list[Group], dict]:
    """Groups for the mentions, and each mention's placement keyed by its key."""
    model = model or active_model()
    cfg = load_config()
    groups: list[Group] = []
    placed: dict[tuple[str, int], Placement] = {}
    for item in sorted(items, key=lambda i: i.key):
        best: Score | None = None
        refused: Score | None = None
        n = 0
        for index, group in enumerate(groups):
            found = score(item, group, model, cfg)
            if found is None:
                continue
            n += 1
            found = Score(index, found.probability, found.features)
            if found.probability >= model.threshold:
                if best is None or found.probability > best.probability:
                    best = found
            elif refused is None or found.probability > refused.probability:
                refused = found
        if best is not None:
            groups[best.group].add(item)
            placed[item.key] = Placement(best.group, best, refused, n)
        else:
            groups.append(Group())
            groups[-1].add(item)
            placed[item.key] = Placement(len(groups) - 1, None, refused, n)
    return groups, placed


def reason(placement: Placement, ids: Sequence[str], threshold: float) -> str:
    """The merge reason stored with a mention: the model's score and the features behind it."""
    if placement.joined is not None:
        s = placement.joined
        return (
            f"merged into {ids[s.group]}: p={s.probability:.2f} ≥ {threshold:.2f}"
            f" ({describe(s.features)})"
        )
    if placement.refused is not None:
        s = placement.refused
        return (
            f"new event: {placement.candidates} candidate(s), none at p ≥ {threshold:.2f};"
            f" closest {ids[s.group]}: p={s.probability:.2f} ({describe(s.features)})"
        )
    return "new event: no stored event nearby in time and space"
