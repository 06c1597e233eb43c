"""What the resolver keeps within an article gives what working it out again gives: the
article's frame is made again once what it reads has moved (`loose._frame`)."""

from __future__ import annotations

from collections import Counter

from sitroom.geo import loose
from sitroom.geo.context import ArticleContext


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
