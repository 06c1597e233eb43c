"""Streets, buildings, venues and parks the gazetteer lacks lie in the article's local town
(`sitroom.geo.local`), as ACLED codes an event at a site inside a town: at the town,
geo_precision 1. A site in an article that names no clear town is never placed."""

from __future__ import annotations

import pytest

from sitroom.geo.local import is_local_site
from tests.geo.helpers import mentions_by_name


@pytest.mark.parametrize(
    "name",
    ["Quillfeather Street", "the Saint Orwen Church", "Vellanby Park", "Rue Quillfeather",
     "Quorrin Estate", "Jessop Township", "Old Mill Market", "St. Orwen Hospital",
     "the Quorrin School of Music", "Church of Saint Orwen", "Stade Vellanby", "the Old Quarter"],
)
def test_a_head_word_of_a_street_building_or_park_makes_a_local_site(name):
    assert is_local_site(name)


@pytest.mark.parametrize(
    "name",
    ["Street", "the Church", "Quillfeather", "Quillfeather River", "Lake Quillfeather",
     "Vellanby National Park", "Quillfeather Forest Reserve", "Streeton", "Bank of Quorrin",
     "the Summit of the Americas"],
)
def test_a_bare_head_word_a_waterway_or_a_wide_reserve_is_no_local_site(name):
    assert not is_local_site(name)


slow = pytest.mark.slow


@slow
def test_a_street_the_sentence_puts_in_a_town_is_in_that_town(gaz):
    got = mentions_by_name(gaz, "A grenade exploded on Quillfeather Street in Mosul on Monday.", "Quillfeather Street", "Mosul")
    site = got["Quillfeather Street"]
    assert site.resolved is not None and site.resolved.name == "Mosul" and site.resolved.fclass == "P"
    assert site.within is got["Mosul"]


@slow
def test_a_site_in_a_city_read_as_its_province_is_in_the_city(gaz):
    got = mentions_by_name(gaz, "Police closed Quillfeather Street in Baghdad after the blast.", "Quillfeather Street", "Baghdad")
    hit = got["Quillfeather Street"].resolved
    assert hit is not None and hit.level == 3 and hit.name == "Baghdad"


@slow
def test_a_site_the_text_puts_in_a_province_stays_unplaced_for_the_province_fallback(gaz):
    text = "A bomb went off near Quillfeather Street in Baghdad province on Monday."
    got = mentions_by_name(gaz, text, "Quillfeather Street", "Baghdad")
    assert got["Quillfeather Street"].resolved is None


@slow
def test_a_site_takes_the_town_of_the_next_sentence(gaz):
    text = (
        "Gunmen fired on worshippers at the Saint Orwen Church on Sunday, killing two. "
        "The attack happened in Maiduguri, Borno's state capital."
    )
    got = mentions_by_name(gaz, text, "Saint Orwen Church", "Maiduguri", "Borno")
    hit = got["Saint Orwen Church"].resolved
    assert hit is not None and hit.name == "Maiduguri" and hit.level == 3


@slow
def test_a_site_far_from_any_named_town_takes_the_town_the_article_dwells_on(gaz):
    text = (
        "Traders in Kisumu closed their stalls on Monday. Kisumu police said the city was calm. "
        "A council meeting was held later. Youths then blocked the gates of Vellanby Park "
        "for several hours. Nobody was hurt."
    )
    got = mentions_by_name(gaz, text, "Kisumu", "Kisumu", "Vellanby Park")
    hit = got["Vellanby Park"].resolved
    assert hit is not None and hit.name == "Kisumu"


@slow
def test_a_site_of_a_sentence_naming_two_distant_towns_is_not_guessed(gaz):
    text = "Envoys from Nairobi and Mombasa met at the Vellanby Hall on Friday."
    got = mentions_by_name(gaz, text, "Nairobi", "Mombasa", "Vellanby Hall")
    assert got["Vellanby Hall"].resolved is None


@slow
def test_a_site_in_an_article_naming_no_town_stays_unplaced(gaz):
    text = "A bomb exploded outside the Vellanby Memorial Stadium on Friday. Seven people died."
    got = mentions_by_name(gaz, text, "Vellanby Memorial Stadium")
    assert got["Vellanby Memorial Stadium"].resolved is None


@slow
def test_an_attack_on_a_hospital_in_a_town_is_placed_at_the_town_precisely(events):
    found = events("Gunmen stormed the Saint Orwen Hospital in Mosul on Tuesday, killing three guards.")
    ev = found[0]
    assert (ev.location, ev.geo_precision) == ("Mosul", 1)
    assert ev.evidence["location"].text == "Saint Orwen Hospital in Mosul"


@slow
def test_an_event_whose_only_place_is_a_church_lands_at_the_town_named_next(events):
    text = (
        "Unidentified gunmen opened fire on worshippers at the Holy Orwen Church on Sunday, killing two. "
        "The attack happened in Maiduguri, Borno's state capital."
    )
    ev = events(text)[0]
    assert (ev.location, ev.geo_precision) == ("Maiduguri", 1)
    assert ev.evidence["location"].text == "Holy Orwen Church"


@slow
def test_an_event_at_a_stadium_in_an_article_with_no_town_has_no_place(events):
    ev = events("A man set off explosives outside the Vellanby Memorial Stadium on Friday and seven spectators died.")[0]
    assert ev.latitude is None and ev.country == ""


@slow
def test_a_site_named_after_a_far_city_lies_in_the_town_its_sentence_puts_it_in(gaz):
    text = "Pupils fled the Liverpool Friendship School in Kisumu after gunfire on Monday."
    got = mentions_by_name(gaz, text, "Liverpool Friendship School", "Kisumu")
    hit = got["Liverpool Friendship School"].resolved
    assert hit is not None and (hit.name, hit.cc) == ("Kisumu", "KE")


@slow
def test_a_site_named_after_a_city_abroad_lies_in_the_articles_town(gaz):
    text = (
        "Parents marched in Cairo on Monday, and Cairo police said the march in Giza was calm. "
        "Pupils of the Liverpool Friendship School joined it. Its founder, born in Liverpool, "
        "England, moved to Egypt in 1990."
    )
    names = ("Cairo", "Cairo", "Giza", "Liverpool Friendship School", "Liverpool", "England", "Egypt")
    got = mentions_by_name(gaz, text, *names)
    hit = got["Liverpool Friendship School"].resolved
    assert hit is not None and (hit.name, hit.cc) == ("Cairo", "EG")


@slow
def test_a_site_named_after_a_town_of_the_same_country_keeps_that_town(gaz):
    text = (
        "Doctors at the Kirkuk Teaching Hospital treated the wounded on Monday. "
        "Officials in Baghdad said more staff would be sent."
    )
    got = mentions_by_name(gaz, text, "Kirkuk Teaching Hospital", "Baghdad")
    hit = got["Kirkuk Teaching Hospital"].resolved
    assert hit is not None and hit.name == "Kirkuk"


@slow
def test_a_school_in_a_town_read_as_its_district_is_in_the_town(events):
    ev = events("Gunmen abducted two teachers from the Vellanby Secondary School in Zaria on Wednesday.")[0]
    assert (ev.location, ev.geo_precision) == ("Zaria", 1)


@slow
def test_a_site_takes_no_town_named_after_another_story_opens(events):
    text = (
        "A grenade went off at the Ostrel Market on Tuesday, wounding three traders. "
        "In a separate incident, gunmen attacked a police post in Maiduguri."
    )
    by_type = {e.event_type: e for e in events(text)}
    assert set(by_type) == {"Explosions/Remote violence", "Battles"}  # two incidents, not one
    assert by_type["Explosions/Remote violence"].geo_precision != 1
    story = "A grenade went off at the Ostrel Market on Tuesday, wounding three traders. The blast happened in Maiduguri."
    assert events(story)[0].geo_precision == 1  # same story: the market is in the town


@slow
def test_police_in_a_town_leave_the_town_to_the_site(events):
    text = "A car bomb went off outside the Zarnak Hotel on Sunday, killing five. Police in Mogadishu blamed militants."
    ev = events(text)[0]
    assert (ev.location, ev.geo_precision) == ("Mogadishu", 1)


@slow
def test_another_part_of_the_same_city_is_no_new_story(events):
    text = (
        "A suicide bomber struck a mosque in Kabul on Friday, killing nine. "
        "In another part of the city, a bomb went off at the Ostrel Market, killing three traders."
    )
    assert [(e.location, e.geo_precision) for e in events(text)] == [("Kabul", 1), ("Kabul", 1)]
