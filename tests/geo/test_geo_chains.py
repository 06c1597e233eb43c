"""Containment chains, parties that are not places, transliteration variants, offsets at
sea and the trained ranker — on sentences written for these tests."""

from __future__ import annotations

import json
import time

import pytest

from tests.geo.helpers import events, links_of

pytestmark = pytest.mark.slow




def test_parenthesised_chain_links_each_name_to_the_next(gaz):
    text = "Gunmen abducted two farmers in Kolwa (Gwoza LGA, Borno) on Monday."
    assert links_of(gaz, text) == {"Kolwa": "Gwoza", "Gwoza": "Borno"}


def test_comma_chain_stops_at_a_party_and_at_a_list(gaz):
    text = "Troops raided Kolwa, Gwoza LGA, Borno, Nigerian police said."
    assert links_of(gaz, text) == {"Kolwa": "Gwoza", "Gwoza": "Borno"}
    assert links_of(gaz, "Shelling hit Homs, Hama and Idlib.") == {}


def _comma_links(gaz, text):
    """Each name's container as the comma chains read it, every known name already found
    (as a tagger or a gold corpus gives them)."""
    import re

    from sitroom.geo.chains import find_links

    spans = [(m.start(), m.end()) for m in re.finditer(r"[A-Z][a-z]+", text) if gaz.lookup(m.group())]
    found = find_links(text, lambda n: bool(gaz.lookup(n)), spans, frozenset())
    return {
        text[lk.start : lk.end]: text[lk.container.start : lk.container.end]
        for lk in found
        if lk.container is not None
    }


def test_the_subject_after_an_opening_phrase_is_not_a_container(gaz):
    # "Beyond X, Y has ...": the comma closes the opening phrase; Y is who has
    text = "Beyond Gwoza, Maiduguri has two more camps for the displaced."
    assert _comma_links(gaz, text) == {}


def test_a_town_and_its_state_after_an_opening_preposition_still_chain(gaz):
    text = "In Gwoza, Borno, gunmen burned a market on Monday."
    assert _comma_links(gaz, text) == {"Gwoza": "Borno"}


def test_a_place_and_its_country_before_a_verb_still_chain_mid_sentence(gaz):
    text = "A blast at a market in Kabul, Afghanistan has killed six people."
    assert _comma_links(gaz, text) == {"Kabul": "Afghanistan"}


def test_a_date_after_a_comma_is_not_a_container(gaz):
    from sitroom.geo.chains import find_links

    text = "TIKRIT, March 4 (Example Wire) - Two mortar rounds hit a market on Sunday."
    found = find_links(text, lambda n: bool(gaz.lookup(n)), [(0, 6)])
    assert all(lk.container is None for lk in found)
    text = "Kirkuk, Monday: police said a bomb went off near a checkpoint."
    found = find_links(text, lambda n: bool(gaz.lookup(n)), [(0, 6)])
    assert all(lk.container is None for lk in found)


def test_acronym_in_brackets_is_not_a_container(gaz):
    assert links_of(gaz, "Fighters of the Islamic State (IS) attacked a post.") == {}


def test_one_name_with_of_is_not_a_chain(gaz):
    text = "Rebels entered the Democratic Republic of Congo from the east."
    assert "Democratic Republic" not in links_of(gaz, text)


def test_region_before_a_settlement_word_is_the_container(gaz):
    # "the <region> town of X": X is the town, the region holds it
    assert links_of(gaz, "Gunmen killed a chief in the Borno town of Gwoza.") == {"Gwoza": "Borno"}
    assert links_of(gaz, "The Borno town of Gwoza was shelled.") == {"Gwoza": "Borno"}
    # "X district of Y" and a name ending in "City" still read the usual way
    assert links_of(gaz, "Police raided homes in Makhmour district of Erbil.") == {
        "Makhmour": "Erbil"
    }
    assert links_of(gaz, "Shelling hit homes in Gaza City of the Gaza Strip.") == {
        "Gaza": "Gaza Strip"
    }


def test_the_settlement_not_its_region_places_the_event(run_geo):
    (clash,) = events(run_geo("Troops clashed with rebels in the Nord-Kivu town of Rutshuru."))
    assert (clash.location, clash.admin1, clash.geo_precision) == ("Rutshuru", "Nord-Kivu", 1)
    (raid,) = events(run_geo("Gunmen killed a chief in the Borno town of Gwoza on Monday."))
    assert (raid.location, raid.geo_precision) == ("Gwoza", 1)


def test_a_known_town_after_town_of_is_a_place_whatever_its_entity_label(run_geo):
    # spaCy may call the name a product or a nationality; "the town of" says it is a place
    (event,) = events(run_geo("Gunmen shot two farmers in the Syrian town of Manbij on Friday."))
    assert (event.location, event.country, event.geo_precision) == ("Manbij", "Syria", 1)


def test_unknown_village_falls_back_to_its_district_not_the_country(run_geo):
    (event,) = events(run_geo("Gunmen abducted two farmers in Kolwa (Gwoza LGA, Borno) on Monday."))
    assert (event.country, event.admin1, event.geo_precision) == ("Nigeria", "Borno", 2)
    assert event.location == "Gwoza"


def test_place_in_province_beats_the_province_city(run_geo):
    (event,) = events(run_geo("Artillery hit Azaz in Aleppo on Friday."))
    assert event.location == "Izaz" and event.geo_precision == 1  # A'zaz, not Aleppo city


def test_road_between_two_towns_is_placed_near_the_first(run_geo):
    (event,) = events(
        run_geo("Insurgents ambushed a convoy on the Bama - Maiduguri road on Friday.")
    )
    assert (event.location, event.geo_precision) == ("Bama", 2)


def test_demonym_and_acting_countries_never_place_the_event(run_geo):
    (drone,) = events(run_geo("A Turkish drone struck a car near the town of Sinjar."))
    assert drone.country == "Iraq" and drone.location == "Sinjar"
    (patrol,) = events(
        run_geo("Turkey and Russia ran a joint patrol along the M4 road in Idlib.")
    )
    assert patrol.country == "Syria"


def test_an_owner_country_is_not_the_inner_place_of_a_chain(run_geo):
    (strike,) = events(run_geo("Rockets hit a French outpost in eastern Chad on Friday."))
    assert strike.country == "Chad"
    (raid,) = events(run_geo("Two drones struck a US outpost in northern Kirkuk on Friday."))
    assert raid.country == "Iraq" and raid.location != "United States"


def test_the_place_attacked_is_named_after_the_attack_noun(run_geo):
    (strike,) = events(run_geo("A Russian missile strike on Kramatorsk killed five civilians."))
    assert strike.location == "Kramatorsk" and strike.country == "Ukraine"


def test_placeless_sentence_takes_the_article_focus_not_the_country(run_geo):
    ctx = run_geo(
        "Fighting raged around Kramatorsk in Donetsk on Monday. "
        "Russia said its troops had advanced. Ukraine said two soldiers died."
    )
    first, _, third = events(ctx)
    assert first.location == "Kramatorsk"
    assert third.country == "Ukraine" and third.location == "Kramatorsk"
    assert third.geo_precision == 3  # the sentence itself names no place


def test_distance_at_sea_moves_the_point_and_keeps_the_coast_country(run_geo):
    text = "A cargo vessel reported an explosion nearby, 70 nautical miles southwest of Hodeidah, Yemen."
    (event,) = events(run_geo(text))
    assert event.country == "Yemen" and event.geo_precision == 2
    assert 120 < _km(event.latitude, event.longitude, 14.80, 42.95) < 140


def _km(lat1, lon1, lat2, lon2):
    from sitroom.geodesy import haversine_km

    return haversine_km(lat1, lon1, lat2, lon2)


def test_an_offset_is_read_in_kilometres_and_degrees():
    from sitroom.geo.offsets import offset_before

    assert offset_before("about 68 nautical miles south-west of ") == (
        pytest.approx(125.9, 0.01),
        225.0,
    )
    assert offset_before("5 km north of ") is None  # short offsets stay at the named place


def test_loose_keys_fold_transliteration_noise():
    from sitroom.geo.normalize import loose_key

    assert loose_key("nassriya") == loose_key("nassriyah") == loose_key("nasriyeh")
    assert loose_key("hawija") == loose_key("hawijah")
    assert loose_key("shaddadah") == loose_key("shadadah")


def test_variant_spellings_find_the_place(gaz):
    assert "IQ" in {h.cc for h in gaz.variants("Nassriya")}
    assert "IQ" in {h.cc for h in gaz.variants("Shirqat")}
    assert "UA" in {h.cc for h in gaz.variants("Balakliia")}
    assert not gaz.variants("Xyzzq")


def test_shipped_ranker_matches_its_features_and_loads_fast():
    from sitroom.geo.ranker import FEATURES, WEIGHTS, load_ranker

    start = time.perf_counter()
    ranker = load_ranker()
    assert time.perf_counter() - start < 0.5
    assert len(ranker.coef) == len(FEATURES) == len(ranker.mean)
    assert WEIGHTS.stat().st_size < 20_000
    assert json.loads(WEIGHTS.read_text())["trained_on"].startswith("dev splits")


def test_ranker_from_other_features_is_refused(tmp_path):
    from sitroom.geo.ranker import load_ranker

    bad = tmp_path / "r.json"
    bad.write_text(json.dumps({"features": ["x"], "mean": [0], "scale": [1], "coef": [1]}))
    from sitroom.errors import ConfigError

    with pytest.raises(ConfigError, match="gazetteer train"):  # one line in the CLI
        load_ranker(bad)


GOLD = """<articles>
<article><text>Shelling hit Kirkuk and then Tikrit overnight, near Baghdad.</text><locations>
<location><start>13</start><end>19</end><lat>35.468</lat><lon>44.392</lon></location>
<location><start>30</start><end>36</end><lat>34.616</lat><lon>43.679</lon></location>
<location><start>53</start><end>60</end><lat>33.34</lat><lon>44.40</lon></location>
</locations></article>
<article><text>Test split: never read.</text><locations/></article>
<article><text>Protesters marched in Paris and Versailles.</text><locations>
<location><start>22</start><end>27</end><lat>48.853</lat><lon>2.349</lon></location>
<location><start>32</start><end>42</end><lat>48.805</lat><lon>2.120</lon></location>
</locations></article>
</articles>"""


def test_gazetteer_train_writes_weights_from_dev_articles(tmp_path):
    from typer.testing import CliRunner

    from sitroom.cli import app
    from sitroom.geo.ranker import FEATURES, load_ranker

    (tmp_path / "geoparsing").mkdir()
    (tmp_path / "geoparsing" / "GeoVirus.xml").write_text(GOLD, encoding="utf-8")
    out = tmp_path / "ranker.json"
    result = CliRunner().invoke(app, ["gazetteer", "train", str(tmp_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "candidates" in result.output
    weights = json.loads(out.read_text())
    assert weights["features"] == list(FEATURES) and weights["mentions"] >= 3
    assert load_ranker(out).coef.shape == (len(FEATURES),)


def test_a_named_line_is_no_place_inside_the_rest_of_its_name(gaz):
    text = "Mortar rounds landed along the Line of Control near a border post on Friday."
    assert links_of(gaz, text) == {}
    text = "Snipers fired across the Line of Contact at a trench on Friday."
    assert links_of(gaz, text) == {}


def test_an_of_chain_still_links_a_town_to_its_region(gaz):
    text = "Drones struck Babruysk of the Mogilev region on Friday."
    assert links_of(gaz, text) == {"Babruysk": "Mogilev"}
