"""A bracket that respells the name before "area of", a district one is "near", and a
name whose exact namesakes all lie outside the provinces the article's actors work in
(issue 12, Must 2): sentences written for these tests."""

from __future__ import annotations

import pytest

from sitroom.geo.chains import find_links

pytestmark = pytest.mark.slow


def _links(gaz, text):
    found = find_links(text, lambda n: bool(gaz.lookup(n)), [])
    return {
        text[lk.start : lk.end]: text[lk.container.start : lk.container.end]
        for lk in found
        if lk.container is not None
    }


def test_a_respelt_name_in_brackets_before_area_of_is_no_container(gaz):
    text = "A mine killed two herders in the Sia Chob Kalay (Sia Chob) area of Arghandab district, Kandahar."
    links = _links(gaz, text)
    assert links["Sia Chob Kalay"] == "Arghandab"
    assert "Sia Chob" not in links


def test_another_name_in_brackets_before_area_of_stays_the_container(gaz):
    # the bracket names another place: it may be the unit that holds the head
    text = "A mine killed two herders in the Sia Chob (Arghandab) area of Kandahar on Friday."
    assert _links(gaz, text)["Sia Chob"] == "Arghandab"


def test_the_respelling_rule_compares_words():
    from sitroom.geo.parens import _spelled_like_head

    assert _spelled_like_head("in the Taqchi", "Taqcha")
    assert _spelled_like_head("the Nazar Khan Kelay", "Nazar Khan")
    assert not _spelled_like_head("in the Sia Chob", "Maiwand")


def only_event(ctx):
    (cand,) = ctx.candidates
    return cand.event


def test_near_a_district_of_another_province_falls_back_to_the_named_province(run_geo):
    # the only Myronivskyi the gazetteer knows is a raion of Kyiv oblast; "near X, Donetsk"
    # speaks of a village in Donetsk oblast
    event = only_event(run_geo("Rebels fired mortars at army trenches near Myronivskyi, Donetsk."))
    assert (event.country, event.admin1) == ("Ukraine", "Donetsk")


def test_in_a_district_of_another_province_still_stands_alone(run_geo):
    # "in X, Y" with X a district elsewhere: the text got the province wrong (unchanged)
    event = only_event(run_geo("Police detained twelve protesters in Gediz, Istanbul."))
    assert event.admin1 == "Kutahya"


def test_the_actors_provinces_admit_another_spelling(run_geo):
    # every exact "Kamyshevakha" lies in Kharkiv or Zaporizhia oblast; the monitors work in
    # Donetsk and Luhansk oblasts, where the village is spelled Komyshuvakha
    event = only_event(run_geo("OSCE monitors recorded eleven explosions near Kamyshevakha."))
    assert event.country == "Ukraine"
    assert event.admin1 in ("Donetsk", "Luhansk")


def test_a_known_city_is_no_other_spelling_of_a_village_in_the_actors_provinces(run_geo):
    # the actors work in northeast Nigeria; the second attack is in a capital abroad, whose
    # name spelled loosely also reads as a hamlet there
    ctx = run_geo(
        "Boko Haram fighters killed eight farmers in Gwoza on Monday. On Tuesday, gunmen "
        "attacked a concert hall in Paris, killing three people."
    )
    assert [c.event.country for c in ctx.candidates] == ["Nigeria", "France"]


def test_a_romanisation_inside_the_named_province_beats_exact_namesakes_abroad(gaz):
    from tests.geo.helpers import mentions_by_name

    where = mentions_by_name(gaz, "A drone struck a truck outside Dardara in al-Hasakeh at night.", "Dardara", "al-Hasakeh")
    place = where["Dardara"].resolved
    assert place is not None and (place.cc, place.admin1) == ("SY", "Al-Hasakeh")
