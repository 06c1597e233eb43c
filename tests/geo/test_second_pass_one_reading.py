"""The second pass does not choose again a name whose one candidate is its first reading
when the frame keeps that reading (`resolve._read_again`): `choose` returns a candidate it
is given or None, and for None the first reading is kept, so the name stays that very
place. The same readings and the very same frame as when every name is chosen again."""

from __future__ import annotations

import random
import re

import pytest

from sitroom.geo import resolve
from sitroom.geo.frame_counts import FRAME_COUNTERS
from sitroom.geo.mentions import mentions_from_spans
from sitroom.geo.theatres import focused_context

PLACES = (
    "Timbuktu", "Kramatorsk", "Sievierodonetsk", "Ouagadougou", "Fallujah", "Springfield",
    "Tripoli", "Mosul", "Aleppo", "Borno", "Gwoza",
    "Jackson", "Nineveh", "Lagos", "Bamako", "Kidal", "Gao", "Texas", "Georgia",
)
FILLERS = (
    "Gunmen stormed a market in {} at dawn.", "Residents of {} reported shelling overnight.",
    "Troops moved from {} toward {} on Tuesday.", "The road between {} and {} was shut.",
    "Aid reached {}, {} after a week.", "Officials in {} denied the report.",
)


def _read(text: str, gaz):
    spans = [m.span() for m in re.finditer("|".join(map(re.escape, PLACES)), text)]
    mentions = mentions_from_spans(text, spans)
    ctx = resolve.resolve_all(mentions, gaz, focused_context(mentions, gaz, text))
    readings = [(m.span, m.resolved.id if m.resolved else None, m.resolved) for m in mentions]
    return readings, [list(getattr(ctx, f).items()) for f in FRAME_COUNTERS], list(ctx.anchors)


def _article(rng: random.Random) -> str:
    names = rng.sample(PLACES, rng.randint(2, 5))
    return " ".join(rng.choice(FILLERS).format(*rng.choices(names, k=2)) for _ in range(rng.randint(2, 9)))


def _chosen_again(m, gaz, ctx, inner, kept):
    """Every name chosen again, whatever its candidates (before the shortcut)."""
    anchor = (m.near.resolved or resolve.enclosing(m.near)) if m.near is not None else None
    return resolve.choose(resolve.candidates(m, gaz, ctx, inner), m, ctx, gaz, anchor, inner)


@pytest.mark.parametrize("seed", [1, 2])
def test_a_kept_single_reading_is_not_chosen_again(gaz, seed, monkeypatch):
    rng = random.Random(seed)
    texts = [_article(rng) for _ in range(25)]
    skipped = []
    choose = resolve.choose
    real = resolve._read_again

    def counting(m, gaz, ctx, inner, kept):
        calls = []
        monkeypatch.setattr(resolve, "choose", lambda *a, **k: calls.append(1) or choose(*a, **k))
        try:
            return real(m, gaz, ctx, inner, kept)
        finally:
            monkeypatch.setattr(resolve, "choose", choose)
            skipped.append(not calls)

    monkeypatch.setattr(resolve, "_read_again", counting)
    fast = [_read(t, gaz) for t in texts]
    monkeypatch.setattr(resolve, "_read_again", _chosen_again)
    plain = [_read(t, gaz) for t in texts]
    for (f_read, f_frame, f_anchors), (p_read, p_frame, p_anchors) in zip(fast, plain, strict=True):
        assert [r[:2] for r in f_read] == [r[:2] for r in p_read]
        assert f_frame == p_frame
        assert [a.id for a in f_anchors] == [a.id for a in p_anchors]
    assert any(skipped) and not all(skipped)
