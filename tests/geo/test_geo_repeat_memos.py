"""What the resolver keeps within an article gives what working it out again gives: a pool
of candidates ranked again with nothing its rows read moved is read from the article's
rankings (`ranked.ranked_order`), and the article's frame is made again once what it reads
has moved (`loose._frame`)."""

from __future__ import annotations

from collections import Counter

from sitroom.geo import loose
from sitroom.geo.context import ArticleContext, Mention
from sitroom.geo.focal import placed
from sitroom.geo.mentions import mentions_from_spans
from sitroom.geo.ranked import ranked_order
from sitroom.geo.ranker import default_ranker, feature_rows, nearest_km
from sitroom.geo.resolve import build_context, resolve_all
from sitroom.geo.support import Support


def _fresh(pool, mention, ctx, anchor=None):
    rows = feature_rows(pool, mention, ctx, anchor, nearest_km(pool, ctx.anchors))
    return default_ranker().scores(rows).argsort()[::-1].tolist()


def test_a_pool_ranked_again_is_ranked_as_if_fresh(gaz):
    pool = tuple(gaz.lookup("Springfield"))
    mention = Mention("Springfield", 0, 11)
    ctx = ArticleContext(countries=Counter({"US": 1.0}))
    ctx.support = Support(["Springfield", "Sangamon County", "Peoria"], gaz)
    first = ranked_order(pool, mention, ctx, None, default_ranker())
    assert first == _fresh(pool, mention, ctx)
    assert ranked_order(pool, mention, ctx, None, default_ranker()) is first  # read, not ranked
    ctx.admin1s[("US", "Illinois")] += 1.0  # the frame moves: ranked again
    moved = ranked_order(pool, mention, ctx, None, default_ranker())
    assert moved is not first and moved == _fresh(pool, mention, ctx)
    ctx.anchors.append(next(h for h in gaz.lookup("Peoria") if h.cc == "US" and h.level == 3))
    assert ranked_order(pool, mention, ctx, None, default_ranker()) == _fresh(pool, mention, ctx)
    other = Mention("Springfield", 0, 11, kind="city")  # another kind word: its own rows
    assert ranked_order(pool, other, ctx, None, default_ranker()) == _fresh(pool, other, ctx)


def test_the_frame_is_made_again_once_what_it_reads_moves(gaz):
    """`loose._frame` hands back the frame it made while the article's countries, located
    names and their weight stay as they were, and judges every reading as a frame made
    afresh does; once one of them moves, a new frame."""
    ctx = ArticleContext(countries=Counter({"UA": 2.0}), places=Counter({"UA": 2.0}), names=3.0)
    ctx.anchors.append(next(h for h in gaz.lookup("Kharkiv") if h.cc == "UA" and h.level == 3))
    pool = [*gaz.lookup("Izium"), *gaz.lookup("Springfield"), *gaz.lookup("Stanytsia")]
    first = loose._frame(ctx, gaz)
    assert loose._frame(ctx, gaz) is first
    assert [first.elsewhere(h) for h in pool] == [loose._Frame(ctx, gaz).elsewhere(h) for h in pool]
    for move in (
        lambda: ctx.countries.update({"US": 1.0}),
        lambda: ctx.places.update({"RU": 1.0}),
        lambda: setattr(ctx, "names", 9.0),
    ):
        before = loose._frame(ctx, gaz)
        move()
        after = loose._frame(ctx, gaz)
        assert after is not before
        assert [after.elsewhere(h) for h in pool] == [loose._Frame(ctx, gaz).elsewhere(h) for h in pool]


class _Forgetful(dict):
    """An article's rankings that keep nothing: every pool ranked afresh."""

    def __setitem__(self, key, value) -> None:
        pass


class _Counting(dict):
    """An article's rankings that count how often a pool was read from them."""

    read = 0

    def get(self, key, default=None):
        found = super().get(key, default)
        self.read += found is not None
        return found


TEXT = (
    "Storms flooded Springfield on Monday. Crews from Peoria worked in Springfield overnight, "
    "and Springfield schools stayed shut while Peoria sent buses to Decatur."
)


def _spans(*names: str) -> list[tuple[int, int]]:
    spans = []
    for name in names:
        start = 0
        while (start := TEXT.find(name, start)) >= 0:
            spans.append((start, start + len(name)))
            start += len(name)
    return sorted(spans)


def _resolved(gaz, rankings: dict) -> list:
    mentions = mentions_from_spans(TEXT, _spans("Springfield", "Decatur", "Peoria"))
    ctx = build_context(mentions, gaz)
    ctx.rankings = rankings
    resolve_all(mentions, gaz, ctx)
    # (each name's place: without a frame "Decatur" reads as Georgia's, far from the other
    # two, and falls back to the article's Springfield, `geo.focal`)
    return [(m.resolved, placed(m)) for m in mentions]


def test_an_article_repeating_its_names_resolves_as_without_the_memos(gaz, monkeypatch):
    counting = _Counting()
    kept = _resolved(gaz, counting)
    assert counting.read > 0 and all(p is not None for _, p in kept)
    monkeypatch.setattr(loose, "_frame", loose._Frame)  # a frame made for every name
    assert kept == _resolved(gaz, _Forgetful())
