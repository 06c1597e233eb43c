"""A chain the text states outright ("X city (X, Province)", "X, Y") decides between a
name's readings: the article's frame does not veto a reading the chain vouches for, and a
named container vetoes a place whose readings all lie outside it."""

from __future__ import annotations

from sitroom.geo.context import ArticleContext
from sitroom.geo.loose import far_namesake
from tests.geo.helpers import events, hit


def _framed_far_away() -> ArticleContext:
    ctx = ArticleContext()
    ctx.countries["LY"] += 1.0
    ctx.places["LY"] += 1.0
    return ctx


def test_a_province_that_holds_the_chains_town_is_no_far_namesake(gaz):
    ctx = _framed_far_away()  # one unambiguous name of another continent set the frame
    province = hit("Westmark", "Westmark", 30.0, 70.0, fcode="ADM1", cc="PK")
    town = hit("Dunmore", "Westmark", 30.2, 70.3, cc="PK", pop=200_000)
    elsewhere = hit("Dunmore", "Eastfold", 10.0, -60.0, cc="CO", pop=200_000)
    assert far_namesake(province, ctx, gaz, None)  # alone, the frame refuses it
    assert not far_namesake(province, ctx, gaz, None, [town])
    assert far_namesake(province, ctx, gaz, None, [elsewhere])  # it holds none of them
    village = hit("Ashby", "Westmark", 30.1, 70.1, cc="PK", pop=800)
    assert far_namesake(village, ctx, gaz, None)
    assert not far_namesake(village, ctx, gaz, province)  # "Ashby, Westmark": its container


def test_a_chain_after_a_far_unambiguous_name_still_places_the_event(run_geo):
    ctx = run_geo(
        "Shopkeepers closed the Ghat market before rallying outside the council in "
        "Bahawalnagar city (Bahawalnagar, Punjab)."
    )
    (event,) = events(ctx)
    assert (event.country, event.location) == ("Pakistan", "Bahawalnagar")


def test_a_known_name_that_locates_a_site_places_the_event(run_geo):
    (event,) = events(run_geo("Teachers staged a sit-in at the school of Kerkennah over unpaid wages."))
    assert (event.country, event.location) == ("Tunisia", "Kerkennah")


def test_the_container_narrows_the_readings_before_the_kind_does(run_geo):
    # a container is read as an admin unit, but the district of that name lies across the
    # border: the town inside the province the text names is the one meant
    ctx = run_geo("Gunmen abducted a trader near his shop in Kafr Saad (Rafah, North Sinai) on Sunday.")
    (event,) = events(ctx)
    assert (event.country, event.location, event.geo_precision) == ("Egypt", "Rafah", 2)


def test_a_far_city_does_not_stand_alone_against_the_province_above_its_container(run_geo):
    text = "On 3 June, in {}, {}, Merida state, farmers marched over the price of seed."
    (event,) = events(run_geo(text.format("San Juan", "Tovar")))
    assert (event.country, event.location) == ("Venezuela", "Tovar")
    (event,) = events(run_geo(text.format("Santa Rosa", "Lagunillas")))
    assert (event.country, event.location) == ("Venezuela", "Lagunillas")


def test_a_name_inside_a_longer_known_name_starts_no_chain_of_its_own():
    from sitroom.geo.chains import find_links

    text = "Police were ambushed near Villa de Tarnby, Oskland, on Monday."
    known = {"Villa de Tarnby", "Tarnby", "Oskland"}.__contains__
    inner = text.index("Tarnby")
    found = find_links(text, known, [(inner, inner + len("Tarnby"))])
    chained = {text[lk.start : lk.end]: text[lk.container.start : lk.container.end] for lk in found if lk.container}
    assert chained == {"Villa de Tarnby": "Oskland"}


def test_sub_joins_the_words_of_one_name():
    from sitroom.geo.chains import find_links

    text = "Loggers were chased from Poiana de sub Deal of the Oskland county on Monday."
    known = {"Poiana de sub Deal", "Oskland"}.__contains__
    found = find_links(text, known, [])
    chained = {text[lk.start : lk.end]: text[lk.container.start : lk.container.end] for lk in found if lk.container}
    assert chained == {"Poiana de sub Deal": "Oskland"}


def _chained(text: str, known: set[str], units: set[str] = frozenset()) -> dict[str, str]:
    from sitroom.geo.chains import find_links

    found = find_links(text, known.__contains__, [], is_unit=units.__contains__)
    return {text[lk.start : lk.end]: text[lk.container.start : lk.container.end] for lk in found if lk.container}


def test_an_unknown_name_between_a_place_and_its_province_stays_in_the_chain(run_geo):
    text = "Nurses marched in Oldtown, Puerto Alto, Westmark, over unpaid wages."
    assert _chained(text, {"Oldtown", "Westmark"}, {"Westmark"}) == {
        "Oldtown": "Puerto Alto",
        "Puerto Alto": "Westmark",
    }
    # not before a list of provinces, nor before a town
    listed = "Nurses marched in Oldtown, Puerto Alto, Westmark and Eastfold."
    assert "Oldtown" not in _chained(listed, {"Oldtown", "Westmark", "Eastfold"}, {"Westmark", "Eastfold"})
    town = "Nurses marched in Oldtown, Puerto Alto, Ashby, over unpaid wages."
    assert "Oldtown" not in _chained(town, {"Oldtown", "Ashby"})
    (event,) = events(run_geo("Nurses marched in Buenos Aires, Puerto Nuevo Alto, Ancash, over unpaid wages."))
    assert (event.country, event.admin1, event.location) == ("Peru", "Ancash", "Buenos Aires")


def test_the_names_a_cued_list_continues_with_share_its_province():
    text = "Troops searched houses in the towns of Ashby and Carrow, Westmark, at dawn."
    assert _chained(text, {"Ashby", "Carrow", "Westmark"}) == {"Ashby": "Westmark", "Carrow": "Westmark"}


def test_a_sites_kind_word_alone_is_no_place(run_geo):
    ctx = run_geo("Two lawyers were detained after their hearing in Court on Tuesday.")
    (event,) = events(ctx)
    assert event.country != "Switzerland"
    mentions, _ = ctx.data["geo"]
    assert all(m.resolved is None for m in mentions if m.text == "Court")


def test_a_name_before_a_party_noun_names_the_party_even_after_between(run_geo):
    ctx = run_geo("Clashes broke out between Abala militia and herders near the river on Friday.")
    mentions, _ = ctx.data["geo"]
    assert [m.modifier for m in mentions if m.text == "Abala"] == [True]


def test_a_group_named_after_a_place_is_not_a_place_in_it():
    from sitroom.geo.chains import find_links

    text = "Fighters loyal to the Islamic State in Oskland attacked a convoy."
    group = text.index("Islamic State")
    found = find_links(text, {"Oskland"}.__contains__, [], frozenset({(group, group + len("Islamic State"))}))
    assert not [lk for lk in found if lk.container is not None]


def test_a_bracket_chain_reads_past_another_name_in_square_brackets():
    text = "Rebels shelled Tarn Hill camp [Old Tarn] (Ashby, Westmark) at dawn."
    assert _chained(text, {"Ashby", "Westmark"}) == {"Tarn Hill": "Ashby", "Ashby": "Westmark"}


def test_a_bracket_chain_without_a_head_still_holds_its_parts():
    text = "Shells fell on two farms (Ashby, Westmark) at dawn."
    assert _chained(text, {"Ashby", "Westmark"}) == {"Ashby": "Westmark"}


def test_a_road_named_by_its_ends_gives_way_to_a_place_of_a_stated_kind(run_geo):
    ctx = run_geo("Villagers blocked the Kirkuk-Tikrit road with burning tyres in the Hawija area on Monday.")
    (event,) = events(ctx)
    assert "Hawija" in event.location
