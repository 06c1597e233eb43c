"""The geo stage's fast paths give what the plain versions give: a kind-word alternation
grouped by first letter matches what the flat one matches, a text without a road word is
not scanned for roads, and the frame and the ranker's features, read once for a whole pool
of candidates, still tell each candidate apart."""

from __future__ import annotations

import math
import re

import pytest

from sitroom.geo.chain_parts import by_first_letter, generic_words
from sitroom.geo.chains import _LINK_VERBS, _ROAD_WORDS, _has_word, find_links
from sitroom.geo.context import ArticleContext, Mention
from sitroom.geo.gazetteer import km
from sitroom.geo.loose import far_namesakes
from sitroom.geo.ranker import FEATURES, feature_rows, nearest_km
from sitroom.geo.support import Support
from sitroom.lang import default_pack
from tests.geo.helpers import hit

SENTENCES = (
    "Gunmen raided the Sub-District office of Northvale and two Districts of Brackwater State.",
    "Shelling hit Lowmoor village, Eastreach district, and the Kelso Township market.",
    "Police closed the Fernhill - Oakridge Road after the Stonebridge Municipalities met.",
    "The highway linking Ashgrove and Millbrook reopened; a Refugee Camp near Dunmere emptied.",
    "Residents of the BORDER TOWN of Redcliff and of Quarry Hamlets fled to Westfield City.",
)


def _flat(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


@pytest.mark.parametrize("words", [
    ["sub-district", "district", "state", "states", "lga", "local government area", "Township"],
    sorted(generic_words(default_pack()), key=len, reverse=True),
])
def test_grouped_alternation_matches_as_the_flat_one(words):
    grouped = re.compile(r"(?i:(?P<w>" + by_first_letter(words) + r")s?)\b")
    flat = re.compile(r"(?i:(?P<w>" + _flat(words) + r")s?)\b")
    for text in SENTENCES:
        assert [m.span("w") for m in grouped.finditer(text)] == [
            m.span("w") for m in flat.finditer(text)
        ]
    assert any(grouped.search(text) for text in SENTENCES)


def test_a_road_word_is_found_case_aside_and_its_absence_said():
    assert _has_word("They cut the ROAD to the port.", _ROAD_WORDS)
    assert _has_word("the road “north” of town", _ROAD_WORDS)  # not ASCII: the regex reads it
    assert _has_word("the axi\u017f of the advance", _ROAD_WORDS)  # long s: an 's' to re
    assert not _has_word("Fighting on the Fernhill – Oakridge front.", _ROAD_WORDS)
    assert _has_word("the highway Linking Ashgrove and Millbrook", _LINK_VERBS)
    assert not _has_word("Ashgrove and Millbrook", _LINK_VERBS)


def test_road_and_linking_road_chains_still_read():
    text = SENTENCES[2] + " " + SENTENCES[3]
    found = find_links(text, lambda _: True, [])
    near = {(text[lk.start : lk.end], text[lk.near.start : lk.near.end]) for lk in found if lk.near}
    assert ("Fernhill", "Oakridge") in near
    assert ("Ashgrove", "Millbrook") in near


def _pool():
    return (
        hit("Dunmore", "Westmark", 30.2, 70.3, cc="PK", pop=200_000),
        hit("Dunmore", "Eastfold", 10.0, -60.0, cc="CO", pop=900),
        hit("Dunmore", "Eastfold", 10.1, -60.2, fcode="ADM2", cc="CO"),
        hit("Dunmore", "Lakeshire", 47.0, 8.0, cc="CH", pop=2_000, primary=False),
        hit("Dunmore", "Dunmore", 31.0, 71.0, fcode="ADM1", cc="PK"),
    )


def _framed() -> ArticleContext:
    ctx = ArticleContext()
    ctx.countries.update({"PK": 2.0, "AF": 1.0})
    ctx.places.update({"PK": 1.5})
    ctx.anchors.append(hit("Ashby", "Westmark", 30.1, 70.1, cc="PK", pop=800))
    ctx.names = 3.0
    return ctx


def test_the_frame_refuses_small_namesakes_abroad_unless_the_text_vouches(gaz):
    pool = _pool()
    framed = _framed()  # about Pakistan: the Colombian and Swiss readings lie far away
    assert far_namesakes(pool, framed, gaz, None) == [False, True, True, True, False]
    assert not any(far_namesakes(pool, ArticleContext(), gaz, None))  # no frame, no refusal
    # "Dunmore, Eastfold": the readings inside the container the text names stand
    eastfold = hit("Eastfold", "Eastfold", 10.05, -60.1, fcode="ADM1", cc="CO")
    assert far_namesakes(pool, framed, gaz, eastfold) == [False, False, False, True, False]
    # "Lowmoor (Dunmore district)": the district holding a reading of Lowmoor stands
    lowmoor = hit("Lowmoor", "Eastfold", 10.12, -60.18, cc="CO")
    assert far_namesakes(pool, framed, gaz, None, [lowmoor]) == [False, True, False, True, False]


def test_the_pool_wide_features_read_the_pool_and_the_article(gaz):
    pool = _pool()
    mention = Mention("Dunmore", 10, 17, kind="town")
    mention.container = Mention("Westmark", 20, 28)
    mention.container.resolved = pool[4]
    for ctx in (_framed(), ArticleContext()):
        ctx.support = Support(["Dunmore", "Westmark", "Ashby"], gaz)
        near = nearest_km(pool, ctx.anchors)
        rows = feature_rows(pool, mention, ctx, pool[0], near)
        assert all(len(row) == len(FEATURES) for row in rows)
        col = {name: [row[i] for row in rows] for i, name in enumerate(FEATURES)}
        assert col["largest_namesake"] == [1.0, 0.0, 0.0, 0.0, 0.0]
        assert col["namesake_countries"] == [math.log(3)] * 5  # Pakistan, Colombia, Switzerland
        assert col["container_other_country"] == [0.0, 1.0, 1.0, 1.0, 0.0]
        assert col["kind_fits"] == [1.0, 1.0, 0.0, 1.0, 0.0]  # "town": the towns, not the units
        assert col["anchor_log_km"][0] == 0.0  # the anchor itself
        if ctx.countries:
            assert col["country_share"] == pytest.approx([2 / 3, 0, 0, 0, 2 / 3])
            assert col["country_absent"] == [0.0, 1.0, 1.0, 1.0, 0.0]
            ranked = sorted(range(5), key=lambda i: col["nearest_place_log_km"][i])
            assert ranked == [0, 4, 3, 1, 2]  # by distance to the article's town Ashby
        else:
            assert col["country_share"] == col["country_absent"] == [0.0] * 5
            assert col["no_other_places"] == [1.0] * 5


@pytest.mark.parametrize("kind", ["", "town", "container", "admin1"])
def test_the_prior_column_is_the_curated_score_summed_alike(gaz, kind):
    """The ranker sums the curated prior from its parts (`feature_rows`): the very float
    `resolve.scored` gives, with and without a kind word, a container, a frame, an anchor."""
    from sitroom.geo.resolve import scored

    pool = _pool()
    for container, anchor in ((None, None), (pool[4], pool[0]), (pool[4], None)):
        mention = Mention("Dunmore", 10, 17, kind=kind)
        if container is not None:
            mention.container = Mention("Westmark", 20, 28)
            mention.container.resolved = container
        for ctx in (_framed(), ArticleContext()):
            ctx.support = Support(["Dunmore", "Westmark", "Ashby"], gaz)
            near = nearest_km(pool, ctx.anchors)
            rows = feature_rows(pool, mention, ctx, anchor, near)
            share = [ctx.countries.get(h.cc, 0) / ctx.total if ctx.countries else None for h in pool]
            far = [
                None if anchor is None or anchor.id == h.id else km(h.lat, h.lon, anchor.lat, anchor.lon)
                for h in pool
            ]
            prior = FEATURES.index("prior")
            assert [row[prior] for row in rows] == [
                scored(h, mention, ctx, container, d, f, s) for h, d, f, s in zip(pool, near, far, share, strict=True)
            ]


def test_the_pool_support_counts_are_the_single_candidates(gaz):
    pool = _pool()
    support = Support(["Dunmore", "Westmark", "Ashby", "Eastfold", "Dunmore district"], gaz)
    counts = support.counts(pool, "Dunmore")
    fresh = Support(["Dunmore", "Westmark", "Ashby", "Eastfold", "Dunmore district"], gaz)
    assert counts == [
        (*fresh.of(h, pool, "Dunmore"), fresh.peers(h, "Dunmore"), fresh.region(h, "Dunmore")) for h in pool
    ]


def test_outermost_drops_exactly_the_starts_a_longer_known_name_holds():
    import random

    from sitroom.geo.chain_parts import Link
    from sitroom.geo.chains import _outermost

    rng = random.Random(7)
    text = "x" * 80
    for _ in range(300):
        starts = []
        for _ in range(rng.randint(0, 12)):
            a = rng.randint(0, 70)
            starts.append(Link(a, a + rng.randint(1, 9)))
        # every name is "x" * n: the gazetteer "knows" some lengths
        lengths = {s.end - s.start for s in starts if rng.random() < 0.6}
        whole = [s for s in starts if s.end - s.start in lengths]
        expected = [
            s for s in starts
            if not any(w.start <= s.start and s.end <= w.end and w.end - w.start > s.end - s.start for w in whole)
        ]
        assert _outermost(text, starts, lambda n, ls=lengths: len(n) in ls) == expected


def test_nearest_places_are_the_matrix_floats_in_python_or_numpy_as_anchors_grow(monkeypatch):
    """`nearest_km` gives the whole matrix's minimum (the candidate itself left out) whether
    it measures in Python (few pairs) or with numpy (many), also once the article's anchor
    list has grown since it was last asked. To 1e-12 of the distance, not to the bit: numpy's
    vectorised sine and cosine may differ from libm's in the last bit on some CPUs (AMD EPYC:
    996.950831942125 against 996.9508319421248 km)."""
    import random

    import numpy as np

    from sitroom.geo import ranker
    from sitroom.geodesy import Points, haversine_to_points_km

    rng = random.Random(12)
    anchors = [hit(f"A{i}", "", rng.uniform(-40, 60), rng.uniform(-120, 120)) for i in range(3)]

    def matrix(pool):
        d = haversine_to_points_km([h.lat for h in pool], [h.lon for h in pool],
                                   Points([a.lat for a in anchors], [a.lon for a in anchors]))
        d[np.array([h.id for h in pool])[:, None] == np.array([a.id for a in anchors])[None, :]] = np.inf
        return [v if math.isfinite(v) else None for v in d.min(axis=1).tolist()]

    for limit in (0, 10_000):  # numpy only, Python only
        monkeypatch.setattr(ranker, "PAIRS_IN_PYTHON", limit)
        for size in (1, 4, 30):
            pool = tuple(hit(f"P{size}-{k}", "", rng.uniform(-40, 60), rng.uniform(-120, 120)) for k in range(size))
            pool = (*pool, anchors[0])  # an anchor's own reading: the others measure it
            assert nearest_km(pool, anchors) == pytest.approx(matrix(pool), rel=1e-12)
            anchors.append(hit(f"B{size}-{limit}", "", rng.uniform(-40, 60), rng.uniform(-120, 120)))
            assert nearest_km(pool, anchors) == pytest.approx(matrix(pool), rel=1e-12)  # not the memo
    assert nearest_km((anchors[0],), anchors[:1]) == [None]  # no other place
