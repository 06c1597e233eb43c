"""The readings `choose` keeps of a name's candidates in one pass (`Support.unrefused`) and
the frame's countries' points read on first use (`loose._Frame.homes`) answer as the
per-candidate questions did: `Support.agreeing` of each refused reading, the frame's
points read when it is made."""

from __future__ import annotations

from collections import Counter

from sitroom.geo.context import ArticleContext
from sitroom.geo.loose import _Frame, far_namesakes
from sitroom.geo.support import Support


def _framed(gaz, **weights: float) -> ArticleContext:
    ctx = ArticleContext()
    ctx.countries = Counter(weights)
    return ctx


def test_kept_readings_are_those_the_frame_keeps_or_other_names_vouch_for(gaz):
    names = ["Paris", "Henry County", "Tennessee", "Jackson", "Hinds County", "Mississippi"]
    support = Support(names, gaz)
    for name in ("Paris", "Jackson"):
        hits = list(gaz.lookup(name))
        pool = tuple(hits)
        far = [i % 4 != 0 or h.cc == "US" for i, h in enumerate(hits)]  # (whatever the frame)
        want = [h for h, f in zip(hits, far, strict=True) if not f or support.agreeing(h, pool, name)]
        assert Support(names, gaz).unrefused(hits, far, pool, name) == want
        assert support.unrefused(hits, far, pool, name) == want  # (the answers already asked)
        assert any(f for h, f in zip(hits, far, strict=True) if h in want)  # some vouched for


def test_the_frames_points_are_read_as_when_it_was_made(gaz):
    ctx = _framed(gaz, FR=2.0, US=0.0, DE=1.0)
    frame = _Frame(ctx, gaz)
    assert frame.homes == [gaz.country_places["FR"], gaz.country_places["DE"]]
    assert frame.homes is frame.homes  # (read once)
    assert _Frame(_framed(gaz, FR=1.0, XZ=1.0), gaz).homes is None  # a country with no point


def test_far_namesakes_judged_by_a_frame_of_two_countries(gaz):
    ctx = _framed(gaz, FR=3.0, BE=1.0)
    hits = list(gaz.lookup("Paris"))
    far = far_namesakes(hits, ctx, gaz, None)
    by_place = {(h.cc, h.admin1): f for h, f in zip(hits, far, strict=True) if h.level == 3}
    assert by_place[("FR", "Ile-de-France")] is False
    assert any(by_place.values())  # the small American towns lie far from France and Belgium
