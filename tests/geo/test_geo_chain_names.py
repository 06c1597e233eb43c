"""Names the chains must read whole, and where a place known only as a province goes,
on sentences written for these tests (issue 12, Musts 2 and 6)."""

from __future__ import annotations

import pytest

from tests.geo.helpers import events, links_of

pytestmark = pytest.mark.slow




def test_two_particles_in_a_row_stay_inside_the_name(gaz):
    # Romance "de la" / "de los" and Arabic "wa ash" between the words of one name
    assert links_of(gaz, "Masked men shot a driver in San Juan de los Morros, Guarico.") == {
        "San Juan de los Morros": "Guarico"
    }
    assert links_of(gaz, "Jets struck Zamakh wa Manwakh district (Hadramawt) twice.") == {
        "Zamakh wa Manwakh": "Hadramawt"
    }


def test_a_name_with_two_particles_places_the_event(run_geo):
    (event,) = events(run_geo("Masked men shot a driver in San Juan de los Morros, Guarico."))
    assert (event.location, event.country, event.geo_precision) == (
        "San Juan de los Morros",
        "Venezuela",
        1,
    )
    (strike,) = events(run_geo("Jets struck Zamakh wa Manwakh district (Hadramawt) twice."))
    assert (strike.location, strike.country, strike.geo_precision) == (
        "Zamakh wa Manwakh",
        "Yemen",
        2,
    )


def test_a_border_district_is_a_district(run_geo):
    (event,) = events(run_geo("Artillery hit farms in the Shadaa border district of Sadah on Friday."))
    assert (event.location, event.admin1, event.geo_precision) == ("Shadaa", "Sadah", 2)


def test_a_province_alone_is_placed_at_its_seat(gaz, run_geo):
    """ACLED puts an event known only to lie in a province at the province's capital."""
    from sitroom.geo.gazetteer import km

    (event,) = events(run_geo("Commandos fought insurgents in Kandahar province overnight."))
    assert (event.admin1, event.geo_precision) == ("Kandahar", 3)
    unit = gaz.admin_unit("AF", "Kandahar", 1)
    seat = gaz.seat(unit)
    assert seat is not None
    assert km(event.latitude, event.longitude, seat.lat, seat.lon) < 1
    assert km(event.latitude, event.longitude, unit.lat, unit.lon) > 20


def test_persian_ezafe_stays_inside_the_name(run_geo):
    (event,) = events(run_geo("Nurses in Kut e Abdollah went on strike on Sunday."))
    assert (event.location, event.country) == ("Kut-e Abdollah", "Iran")
    (blast,) = events(run_geo("A roadside bomb killed two policemen in Qala i Naw, Badghis, on Sunday."))
    assert (blast.location, blast.admin1) == ("Qala i Naw", "Badghis")


def test_a_district_in_a_part_of_a_province_is_the_place(run_geo):
    (event,) = events(run_geo("Shells fell on Nihm district in the east of Sanaa governorate on Friday."))
    assert (event.location, event.geo_precision) == ("Nihm", 2)


def test_a_far_province_is_not_inside_the_named_one(gaz, run_geo):
    """An unknown quarter read as a namesake province elsewhere falls back to the
    province the text names; a neighbouring province may be one carved out of it."""
    from sitroom.geo.containment import outside

    (event,) = events(run_geo("Heavy gunfire was heard in As Sabaa (Tripoli) at night."))
    assert (event.location, event.country, event.geo_precision) == ("Tripoli", "Libya", 3)
    menaka, gao = gaz.admin_unit("ML", "Menaka", 1), gaz.admin_unit("ML", "Gao", 1)
    assert not outside(menaka, gao)


def test_a_town_named_like_its_district_holds_the_district_towns(run_geo):
    """'X (Badin, Sindh)': Badin names the district whose row is 'Badin District'."""
    (event,) = events(run_geo("Traders closed their shops in Matli town (Badin, Sindh) in protest."))
    assert (event.location, event.geo_precision) == ("Matli", 1)


def test_a_loose_spelling_is_no_district_of_another_province(gaz):
    from sitroom.geo.containment import loosely_inside

    town = next(h for h in gaz.lookup("Qaysar") if h.cc == "AF" and h.level == 3)
    far = next(h for h in gaz.variants("Yangi Kala") if h.cc == "AF" and h.level == 2)
    assert far.admin1 != town.admin1
    assert not loosely_inside(far, town)


def test_an_abbreviated_province_in_brackets_is_a_container(gaz, run_geo):
    """'X (UP)': an abbreviation the gazetteer knows as a province holds X; one it does
    not know ('J&K' written with an ampersand) is dropped as before."""
    (event,) = events(run_geo("Rival families fought with sticks in Kotwali Nagar, Pratapgarh (UP) on Friday."))
    assert (event.admin1, event.geo_precision) == ("Uttar Pradesh", 2)
    (clash,) = events(run_geo("A mob stoned a police post in Nigohan (UP) after a curfew arrest."))
    assert (clash.location, clash.geo_precision) == ("Uttar Pradesh", 3)
    links = links_of(gaz, "Shells hit houses in Mendhar village (Rajouri district, J&K) today.")
    assert links == {"Mendhar": "Rajouri"}


def test_a_site_named_after_a_town_is_in_that_town(run_geo):
    """'the Kirkuk headquarters', 'the Herat parliament building': the town is where the
    site is, not an owner of it."""
    ctx = run_geo("Rioters stormed the Herat parliament building on Monday.")
    (event,) = events(ctx)
    assert (event.location, event.geo_precision) == ("Herat", 1)


def test_a_name_joined_to_its_province_by_a_comma_is_a_place(run_geo):
    """'On Tuesday, X, Y state, ...': no locative word, but the chain says X is a place."""
    (event,) = events(run_geo("Last week, Carora, Lara state, saw bakers protest over flour prices."))
    assert (event.location, event.admin1, event.geo_precision) == ("Carora", "Lara", 1)


def test_the_countryside_of_a_town_named_like_its_province_holds_the_provinces_towns(run_geo):
    (event,) = events(run_geo("A mine killed a shepherd by Ein Issa in the Ar-Raqqa countryside."))
    assert (event.location, event.geo_precision) == ("Ayn Isa", 1)


def test_a_site_or_district_filed_under_its_whole_name(run_geo):
    (camp,) = events(run_geo("Guards searched tents in Hole camp on Sunday."))
    assert (camp.location, camp.country) == ("Al-Hol camp", "Syria")
    (shot,) = events(run_geo("Gunmen shot a tribal elder in Zhari district, Kandahar."))
    assert (shot.location, shot.geo_precision) == ("Zharey", 2)


def test_a_road_that_connects_two_towns_has_them_as_its_ends(gaz):
    from sitroom.geo.chains import find_links

    text = "Gunmen ambushed a bus on the highway linking Kabul and Jalalabad on Friday."
    found = find_links(text, lambda n: bool(gaz.lookup(n)), [])
    ends = {
        (text[lk.start : lk.end], text[lk.near.start : lk.near.end]) for lk in found if lk.near
    }
    assert ends == {("Kabul", "Jalalabad")}
