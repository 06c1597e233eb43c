"""The second pass takes a repeated name's weights out of the frame and puts them back
summed (`frame_counts.Namesakes`), not mention by mention: the same readings and the very
same frame (every counter's keys in the same order, each with the same number) as the
plain loop that took each resolved namesake out and put it back in turn."""

from __future__ import annotations

import random
import re

import pytest

from sitroom.geo import resolve
from sitroom.geo.frame_counts import FRAME_COUNTERS, count
from sitroom.geo.mentions import mentions_from_spans
from sitroom.geo.normalize import name_key
from sitroom.geo.theatres import focused_context

PLACES = (
    "Springfield", "Tripoli", "Georgia", "Paris", "Alexandria", "Mosul", "Kharkiv", "Santa Cruz",
    "Jackson", "Aleppo", "Nineveh", "Portland", "Lagos", "Borno", "Maiduguri", "Cairo", "Texas",
)
FILLERS = (
    "Shelling was reported near {}.", "Residents of {} said the road was closed.",
    "Police in {} arrested two men.", "Officials from {} and {} met on Monday.",
    "A convoy left {}, {} early in the day.", "The market in {} reopened.",
    "Floods hit the outskirts of {} again.", "Two villages east of {} lost power.",
)


def _plain_second_pass(pending, gaz, ctx, inners, weights, early=frozenset()):
    """The loop before `Namesakes`: each resolved namesake out of the frame and back in."""
    namesakes = resolve._by_name(pending)
    for m in pending:
        if m.weak:
            continue
        own = m.resolved
        same = [o for o in namesakes[name_key(m.text)] if o.resolved is not None]
        for o in same:
            count(ctx, o, weights, -1.0)
        m.resolved = resolve._resolve_one(m, gaz, ctx, inners.get(id(m), ()))
        kept = own is not None and not resolve.elsewhere(own, ctx, gaz) and not resolve.off_anchor(own, m, resolve.NEAR_KM)
        if kept and id(m) in early and resolve._outside_unit(own, m):
            kept = False
        if m.resolved is None and kept:
            m.resolved = own
        for o in [*same, *([] if own is not None else [m])]:
            if o.resolved is not None:
                count(ctx, o, weights, 1.0)


def _read(text: str, gaz):
    """Every reading of the text's places and the article's frame, counter by counter."""
    spans = [m.span() for m in re.finditer("|".join(map(re.escape, PLACES)), text)]
    mentions = mentions_from_spans(text, spans)
    ctx = resolve.resolve_all(mentions, gaz, focused_context(mentions, gaz, text))
    readings = [(m.span, m.resolved.id if m.resolved else None) for m in mentions]
    return readings, [list(getattr(ctx, f).items()) for f in FRAME_COUNTERS], list(ctx.anchors)


def _article(rng: random.Random) -> str:
    names = rng.sample(PLACES, rng.randint(2, 5))  # few names, each written again and again
    return " ".join(
        f.format(*(rng.choice(names) for _ in range(f.count("{}"))))
        for f in rng.choices(FILLERS, k=rng.randint(4, 14))
    )


@pytest.mark.parametrize("seed", range(12))
def test_summed_namesakes_leave_the_frame_of_the_plain_loop(gaz, seed, monkeypatch):
    rng = random.Random(seed)
    for _ in range(6):
        text = _article(rng)
        summed = _read(text, gaz)
        with monkeypatch.context() as patched:
            patched.setattr(resolve, "_second_pass", _plain_second_pass)
            plain = _read(text, gaz)
        assert summed == plain, text


def test_a_town_written_many_times_reads_as_once_summed(gaz, monkeypatch):
    text = (
        "Shelling hit Kharkiv overnight. " * 3
        + "Officials in Kharkiv said a school in Kharkiv was struck. "
        + "The governor of Kharkiv and the mayor of Kharkiv visited the site near Kharkiv. "
        + "A second strike hit Kharkiv and Izium."
    )
    summed = _read(text, gaz)
    with monkeypatch.context() as patched:
        patched.setattr(resolve, "_second_pass", _plain_second_pass)
        assert _read(text, gaz) == summed
    assert all(place is not None for _, place in summed[0])
