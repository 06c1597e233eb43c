"""Agreement among an article's names (`sitroom.geo.support`) and the miss buckets of the
geoparsing diagnostic (`sitroom.eval.geo_misses`), on sentences written for these tests."""

from __future__ import annotations

from sitroom.eval.geo_misses import bucket_misses
from sitroom.geo.mentions import mentions_from_spans
from sitroom.geo.resolve import resolve_all
from sitroom.geo.support import Support


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    out = []
    for name in names:
        start = text.index(name)
        out.append((start, start + len(name)))
    return out


def _resolve(text: str, *names: str, gaz):
    mentions = mentions_from_spans(text, _spans(text, *names))
    resolve_all(mentions, gaz)
    return {m.text: m.resolved for m in mentions}


def test_a_town_and_its_county_agree(gaz):
    support = Support(["Paris", "Henry County"], gaz)
    paris = gaz.lookup("Paris")
    counts = {(h.cc, h.admin1): support.of(h, paris, "Paris") for h in paris}
    assert counts[("US", "Tennessee")][1] == 1  # Henry County, Tennessee holds it
    assert counts[("FR", "Ile-de-France")][:2] == (0, 0)


def test_the_county_picks_the_small_namesake(gaz):
    text = "The school board in Paris met on Monday. Henry County deputies closed two roads."
    got = _resolve(text, "Paris", "Henry County", gaz=gaz)
    assert got["Paris"].cc == "US" and got["Paris"].admin1 == "Tennessee"
    assert got["Henry County"].admin1 == "Tennessee"


def test_a_name_that_can_mean_the_same_place_is_no_support(gaz):
    support = Support(["Mexico", "Mexico City"], gaz)
    pool = gaz.lookup("Mexico")
    city = next(h for h in pool if h.fcode == "PPLC")
    assert support.of(city, pool, "Mexico")[:2] == (0, 0)
    text = "Mexico sent troops to the border. Protesters marched in Mexico City."
    assert _resolve(text, "Mexico", "Mexico City", gaz=gaz)["Mexico"].is_country


def test_the_same_name_with_a_kind_word_does_not_vouch_for_itself(gaz):
    """ "Jackson County" holds some town called Jackson whichever Jackson the text means:
    the name written twice is no second place agreeing; another county still is."""
    pool = tuple(gaz.lookup("Jackson"))
    michigan = next(h for h in pool if h.level == 3 and h.admin1 == "Michigan")
    assert Support(["Jackson", "Jackson County"], gaz).of(michigan, pool, "Jackson")[:2] == (0, 0)
    mississippi = next(h for h in pool if h.level == 3 and h.admin1 == "Mississippi")
    assert Support(["Jackson", "Hinds County"], gaz).of(mississippi, pool, "Jackson")[1] == 1


GOLD = """<articles>
 <article><text>Rain fell on Kirkuk and on Qqzzvville.</text><locations>
  <location><name>Kirkuk</name><start>13</start><end>19</end><lat>35.468</lat><lon>44.392</lon></location>
  <location><name>Qqzzvville</name><start>27</start><end>37</end><lat>30.0</lat><lon>40.0</lon></location>
 </locations></article>
 <article><text>Skip me.</text><locations/></article>
 <article><text>Snow fell on Kirkuk.</text><locations>
  <location><name>Kirkuk</name><start>13</start><end>19</end><lat>-70.0</lat><lon>0.0</lon></location>
 </locations></article>
</articles>"""


def test_misses_are_bucketed(tmp_path, gaz):
    (tmp_path / "GeoVirus.xml").write_text(GOLD, encoding="utf-8")
    summary, rows = bucket_misses(tmp_path, "dev", gaz)
    assert summary["toponyms"] == 3 and summary["misses"] == 2
    assert summary["no_candidate"] == 1 and summary["namesakes_only"] == 1
    # the unknown name falls back to Kirkuk, the article's place (`geo.focal`), 650 km off
    assert summary["fallbacks"] == 1 and summary["fallback_rights"] == 0
    assert summary["upper_bound"] == round(1 / 3, 4)
    assert {r[2] for r in rows} == {"Qqzzvville", "Kirkuk"}


def test_a_site_named_after_its_place_is_that_place(gaz):
    from sitroom.geo.named import named_after

    assert {h.cc for h in named_after("Harare City Council", gaz)} >= {"ZW"}
    assert any(h.is_country and h.cc == "JP" for h in named_after("Bank of Japan", gaz))
    assert not named_after("Harare City Parade", gaz)  # not a site or a body
    assert not named_after("Council", gaz)
    text = "Officials at the Kandahar Central Prison said two guards were hurt."
    got = _resolve(text, "Kandahar Central Prison", gaz=gaz)["Kandahar Central Prison"]
    assert got is not None and got.cc == "AF"


def test_gold_offsets_a_few_characters_off_are_moved_to_the_name():
    from sitroom.eval.geoparsing import _align

    text = "Snow closed the roads around Edmonton on Friday."
    start = text.index("Edmonton")
    assert _align(text, start - 9, start - 1, "Edmonton") == (start, start + 8)
    assert _align(text, start, start + 5, "Edmonton") == (start, start + 8)  # end off only
    assert _align(text, 0, 4, "Calgary") == (0, 4)  # not there: left as given


def test_provinces_named_together_are_peers(gaz):
    support = Support(["California", "Oregon", "Idaho"], gaz)
    pool = gaz.lookup("California")
    state = next(h for h in pool if h.fcode == "ADM1" and h.cc == "US")
    town = next(h for h in pool if h.level == 3 and h.cc == "US")
    assert support.peers(state, "California") == 2
    assert support.peers(town, "California") == 0  # a town is no province's peer
    text = "Farmers in California, Oregon and Idaho asked for drought relief."
    got = _resolve(text, "California", "Oregon", "Idaho", gaz=gaz)
    assert got["California"].fcode == "ADM1"


def test_a_name_repeated_is_no_peer_of_itself(gaz):
    support = Support(["Georgia", "Georgia"], gaz)
    country = next(h for h in gaz.lookup("Georgia") if h.is_country)
    assert support.peers(country, "Georgia") == 0


def test_the_frame_counts_each_final_reading_once(gaz):
    """The second pass takes a name's readings (all its repeats) out of the frame while it
    reads the name again, and puts the final readings back: nothing counted twice or lost."""
    from collections import Counter

    from sitroom.geo.resolve import _weight, build_context

    text = "Storms hit Dublin overnight. Dublin crews cleared trees, Franklin County officials said."
    mentions = mentions_from_spans(text, _spans(text, "Dublin", "Franklin County") + [(29, 35)])
    seed = build_context(mentions, gaz)
    expected = Counter(seed.countries)
    expected_units = Counter(seed.admin1s)
    ctx = resolve_all(mentions, gaz)
    for m in mentions:
        hit = m.resolved
        assert hit is not None
        expected[hit.cc] += _weight(m)
        expected_units[(hit.cc, hit.admin1)] += _weight(m) if hit.level >= 1 else 0
    assert {k: v for k, v in ctx.countries.items() if v} == {k: v for k, v in expected.items() if v}
    assert {k: v for k, v in ctx.admin1s.items() if v} == {k: v for k, v in expected_units.items() if v}


def _gold(lat: float, lon: float, geonameid: int | None = None):
    from sitroom.eval.geoparsing import GoldToponym

    return GoldToponym(0, 1, lat, lon, geonameid)


def test_a_country_read_at_another_point_inside_it_is_the_right_area(gaz):
    from sitroom.eval.geo_misses import other_point

    canada = next(h for h in gaz.lookup("Canada") if h.is_country)
    assert other_point(canada, _gold(56.0, -106.0))  # a point in Saskatchewan: still Canada
    assert not other_point(canada, _gold(47.0, -100.0))  # North Dakota is not


def test_a_province_counts_only_where_its_outline_holds_the_gold_point(gaz):
    from sitroom.eval.geo_misses import other_point

    alberta = next(h for h in gaz.lookup("Alberta") if h.fcode == "ADM1")
    assert other_point(alberta, _gold(52.3, -117.5))  # the Rockies' side of the province
    assert not other_point(alberta, _gold(52.1, -106.6))  # Saskatoon, next door


def test_where_the_gold_names_its_entity_only_that_entity_counts(gaz):
    from sitroom.eval.geo_misses import other_point

    state = next(h for h in gaz.lookup("New York") if h.fcode == "ADM1")
    city = 5128581  # the gold means the city, which the state's outline also holds
    assert not other_point(state, _gold(40.71, -74.01, city))
    assert other_point(state, _gold(40.71, -74.01, state.id))
    assert not other_point(None, _gold(40.71, -74.01))


def test_gold_geonames_ids_are_read_where_the_corpus_gives_them():
    import xml.etree.ElementTree as ET

    from sitroom.eval.geoparsing import _toponym

    text = "Floods reached Gympie."
    lgl = "<toponym><start>15</start><end>21</end><gaztag geonameid='2164422'><lat>-26.19</lat><lon>152.66</lon></gaztag></toponym>"
    gwn = "<toponym><start>15</start><end>21</end><geonamesID>2164422</geonamesID><latitude>-26.19</latitude><longitude>152.66</longitude></toponym>"
    bare = "<location><start>15</start><end>21</end><lat>-26.19</lat><lon>152.66</lon></location>"
    assert _toponym(ET.fromstring(lgl), text).geonameid == 2164422
    assert _toponym(ET.fromstring(gwn), text).geonameid == 2164422
    assert _toponym(ET.fromstring(bare), text).geonameid is None


def test_a_pool_asked_again_counts_what_a_fresh_support_counts(gaz):
    """`Support.counts` keeps each (name, pool) it answered: asked again, in another order of
    asking or beside a smaller pool of the same name, every count is what an article's
    support asked only once gives."""
    names = ["Jackson", "Hinds County", "Madison", "Tennessee", "Paris", "Henry County"]
    texts = ("Jackson", "Madison", "Paris")
    pools = {t: tuple(gaz.lookup(t)) for t in texts}
    asked = Support(names, gaz)
    for text in (*texts, *reversed(texts)):
        pool = pools[text]
        asked.counts(pool[: len(pool) // 2], text)  # a part first: its places are kept
        assert asked.counts(pool, text) == Support(names, gaz).counts(pool, text)
        assert asked.counts(pool, text) is asked.counts(pool, text)  # read, not counted again
