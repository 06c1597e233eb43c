"""More shapes of containment chains and how the event's place follows from them, on
sentences written for these tests (issue 12, Musts 2 and 6)."""

from __future__ import annotations

import pytest

from tests.geo.helpers import events, links_of

pytestmark = pytest.mark.slow


def only_event(ctx):
    (cand,) = ctx.candidates
    return cand.event




def test_a_village_of_a_named_district_is_not_a_region_holding_it(gaz):
    # "the <region> village of X" reads backwards only when X is not itself a district
    text = "Police found a body in the Shakar Kalay village of Maywand district, Kandahar."
    assert links_of(gaz, text) == {"Shakar Kalay": "Maywand", "Maywand": "Kandahar"}


def test_a_name_before_its_admin_word_starts_a_chain(gaz):
    assert links_of(gaz, "Gunmen killed a teacher in Pul Khalid of Obe district, Herat.") == {
        "Pul Khalid": "Obe",
        "Obe": "Herat",
    }
    # another name for the district in brackets before the admin word
    text = "Militants attacked a post in Arghandab (Jelga) district, Kandahar."
    assert links_of(gaz, text) == {"Arghandab": "Kandahar"}


def test_a_settlement_word_makes_a_tagged_party_a_place(gaz):
    text = "Troops massed at the edge of Tal Tamer town in Hasakah."
    start = text.index("Tal Tamer")
    parties = frozenset({(start, start + len("Tal Tamer"))})
    assert links_of(gaz, text, parties) == {"Tal Tamer": "Hasakah"}
    assert links_of(gaz, "Taliban in Kandahar said they would talk.", frozenset({(0, 7)})) == {}


def test_unknown_village_in_a_named_district_falls_back_to_the_district(run_geo):
    (event,) = events(run_geo("Police found a body in the Shakar Kalay village of Maywand district, Kandahar."))
    assert (event.location, event.admin1, event.geo_precision) == ("Maywand", "Kandahar", 2)
    (raid,) = events(run_geo("Shells fell at Ad Qarwazi village in Bajil district, Al Hudaydah on Monday."))
    assert (raid.location, raid.geo_precision) == ("Bajil", 2)


def test_a_province_named_after_its_capital_holds_its_other_towns(run_geo):
    (event,) = events(run_geo("A grenade hit a shop in Izmail, Odessa on Monday."))
    assert event.country == "Ukraine" and event.geo_precision == 1
    assert event.location != "Odesa"  # Izmail, in the Odesa region, not the port city


def test_a_district_is_not_inside_another_district(run_geo):
    # the only "Caracoli" district is in another department: the village falls back
    (event,) = events(run_geo("Residents protested in Caracoli, Soledad, Atlantico on Monday."))
    assert (event.location, event.admin1, event.geo_precision) == ("Soledad", "Atlantico", 2)


def test_the_container_is_the_namesake_that_files_the_town(run_geo):
    (event,) = events(run_geo("Residents blocked a road in San Felipe (Valparaiso) on Monday."))
    assert (event.country, event.admin1) == ("Chile", "Valparaiso")


def test_a_city_keeps_its_place_when_its_bracket_is_a_foreign_namesake(run_geo):
    (event,) = events(run_geo("Protesters marched in Panama City (San Francisco) on Monday."))
    assert (event.location, event.country) == ("Panama City", "Panama")


def test_a_smaller_place_in_brackets_after_a_province_places_the_event(run_geo):
    (event,) = events(run_geo("Traders protested in Sindh (Karachi) on Monday."))
    assert (event.location, event.geo_precision) == ("Karachi", 1)


def test_a_country_before_a_bracket_gives_way_to_the_bracket(run_geo):
    text = "An air raid hit the Wadi Nushur area in northwestern Yemen (Razih, Sadah) on Monday."
    (event,) = events(run_geo(text))
    assert (event.location, event.admin1, event.geo_precision) == ("Razih", "Sadah", 2)


def test_a_district_west_of_a_city_is_the_place_not_a_qualifier(run_geo):
    (event,) = events(run_geo("Warplanes bombed Sirwah district west of Marib on Monday."))
    assert (event.location, event.geo_precision) == ("Sirwah", 2)


def test_an_english_word_before_a_name_is_not_part_of_it(gaz):
    text = "Shells fell at Ad Dawar village in Bajil district, Al Hudaydah."
    assert "Ad Dawar" in links_of(gaz, text)
    assert not any(name.startswith("at ") for name in links_of(gaz, text))


def test_a_province_before_town_of_holds_the_town_without_the(run_geo):
    (event,) = events(run_geo("Gunmen killed two farmers in Daraa town of Nawa on Monday."))
    assert (event.location, event.geo_precision) == ("Nawa", 1)
    (other,) = events(run_geo("Gunmen killed two farmers in Nawa town of Daraa on Monday."))
    assert (other.location, other.geo_precision) == ("Nawa", 1)


def test_a_sea_takes_the_nearest_coast_country_not_a_party(run_geo):
    (attack,) = events(run_geo("Rebel forces attacked a merchant ship in the Red Sea on Monday."))
    assert attack.location == "Red Sea" and attack.geo_precision == 3
    assert attack.country  # a point at sea still has the country of its coast
    (other,) = events(run_geo("US warships shot down drones over the Red Sea on Monday."))
    assert other.country not in ("", "United States")
    first, second = events(
        run_geo("Fighting raged in Hodeidah on Sunday. Rebels attacked a ship in the Red Sea on Monday.")
    )
    assert second.location == "Red Sea" and second.country == "Yemen"


def test_off_the_coast_of_a_port_is_near_it(run_geo):
    (event,) = events(run_geo("A ship was struck by a missile off the coast of Hodeidah on Monday."))
    assert (event.country, event.geo_precision) == ("Yemen", 2)


def test_a_known_name_after_an_area_adjective_or_a_direction_is_a_place(run_geo):
    (event,) = events(run_geo("Hundreds protested in central Thessaloniki on Monday."))
    assert (event.country, event.geo_precision) == ("Greece", 1)
    (raid,) = events(run_geo("Troops killed four militants in a valley east of Samarra on Monday."))
    assert (raid.country, raid.geo_precision) == ("Iraq", 2)


def test_a_capitalised_town_word_is_part_of_the_container_name(gaz):
    text = "A man was shot in New Grant, Princes Town, on Monday."
    assert links_of(gaz, text) == {"New Grant": "Princes Town"}


def test_a_road_named_by_its_ends_does_not_move_a_placed_event(run_geo):
    text = "In Kitengela, Kajiado County, protesters blocked the Nairobi–Namanga road and clashed with police."
    (event,) = events(run_geo(text))
    assert (event.location, event.geo_precision) == ("Kitengela", 1)
    (ambush,) = events(run_geo("Insurgents ambushed a convoy on the Bama - Maiduguri road on Friday."))
    assert ambush.location == "Bama"  # no other place: the road is where it happened


def test_a_place_is_not_its_own_container(run_geo):
    (event,) = events(run_geo("Residents protested in the Don Ramiro neighborhood in Barinas, Barinas state."))
    # the city, not the state; a neighbourhood of a named town is coded at the town,
    # precision 1, as ACLED codes most of its neighbourhood events (`geo.local`)
    assert (event.location, event.geo_precision) == ("Barinas", 1)
    assert abs(event.latitude - 8.62) < 0.2
    (other,) = events(run_geo("Traders marched in Kayes, Kayes Commune (Kayes) on Monday."))
    assert (other.location, other.geo_precision) == ("Kayes", 1)


def test_a_province_name_means_its_seat_town_whatever_the_spelling(run_geo):
    (event,) = events(run_geo("Doctors protested in Vinnytsia on Monday."))
    assert event.geo_precision == 1
    (shot,) = events(run_geo("A driver was shot dead in Chilpancingo de los Bravo, Guerrero on Monday."))
    assert shot.geo_precision == 1


def test_the_namesake_filed_under_the_district_wins(run_geo):
    (event,) = events(run_geo("Police dispersed workers who threw stones in Mora village (Surat, Gujarat)."))
    assert (event.location, event.geo_precision) == ("Mora", 1)


def test_a_plural_admin_word_ends_the_name(gaz):
    # (the listed Arghandab shares Maywand's container)
    assert links_of(gaz, "Airstrikes hit Arghandab and Maywand districts, Kandahar.") == {
        "Maywand": "Kandahar",
        "Arghandab": "Kandahar",
    }


def test_a_town_filed_under_another_province_is_not_in_the_named_district(run_geo):
    # Kano's Tudun Wada is not in Kaduna North: the district, or Kaduna's own Tudun Wada
    # quarter where the gazetteer has it (Who's On First villages), never Kano's town
    (event,) = events(run_geo("Youths stoned police in the Tudun Wada area (Kaduna North LGA, Kaduna)."))
    assert (event.admin1, event.geo_precision) == ("Kaduna", 2)
    assert abs(event.latitude - 10.5) < 0.25 and abs(event.longitude - 7.44) < 0.25


def test_city_after_a_name_means_the_town_not_the_region(run_geo):
    # a suburb no gazetteer has (San Jeronimo, once used here, is now a known place)
    (event,) = events(run_geo("Relatives of prisoners protested in Qorvintay suburb, Cusco city."))
    assert (event.location, event.geo_precision) == ("Cusco", 2)
    assert abs(event.latitude + 13.52) < 0.1  # the city, not the region's centre


def test_a_tagged_party_after_in_is_still_the_inner_place(gaz):
    text = "Gunmen killed a man in al-Shamsani in Hasakah on Monday."
    start = text.index("al-Shamsani")
    parties = frozenset({(start, start + len("al-Shamsani"))})
    assert links_of(gaz, text, parties) == {"al-Shamsani": "Hasakah"}


def test_a_neighbourhood_read_as_a_far_namesake_does_not_move_the_chain_place(run_geo):
    (event,) = events(run_geo("In Tonala, Jalisco, armed men shot a security guard in Colonia La Jauja."))
    assert (event.location, event.admin1) == ("Tonala", "Jalisco")


def test_a_district_centre_stays_in_the_chain(gaz):
    assert links_of(gaz, "A policeman was shot in Gulran district center, Herat.") == {
        "Gulran": "Herat"
    }


def test_a_place_near_another_is_no_far_namesake(run_geo):
    # the only known "Yenegu"-like spelling is a city 1,000 km away: the event stays in the district
    text = "Soldiers clashed with insurgents at Yenegu village, near Izge (Gwoza LGA, Borno) on Monday."
    (event,) = events(run_geo(text))
    assert (event.location, event.admin1, event.geo_precision) == ("Gwoza", "Borno", 2)


def test_an_event_known_only_by_its_province_sits_at_the_seat_town(run_geo):
    # ACLED codes geo_precision 3 at the province's capital, not the middle of its outline
    (event,) = events(run_geo("Shells killed six civilians in Hay Zaytuna Jadid (Tripoli) on Monday."))
    assert (event.admin1, event.geo_precision) == ("Tripoli", 3)
    assert _km(event.latitude, event.longitude, 32.887, 13.187) < 5  # Tripoli city


def _km(lat1, lon1, lat2, lon2):
    from sitroom.geodesy import haversine_km

    return haversine_km(lat1, lon1, lat2, lon2)


def test_every_name_of_a_list_lies_in_the_container_of_its_last(gaz):
    from sitroom.geo.chains import find_links

    text = "Gunmen torched huts in Tumbuk and Galari of Konduga district, Borno."
    tumbuk = (text.index("Tumbuk"), text.index("Tumbuk") + len("Tumbuk"))
    found = find_links(text, lambda n: bool(gaz.lookup(n)), [tumbuk])
    chained = {text[lk.start : lk.end]: text[lk.container.start : lk.container.end] for lk in found if lk.container}
    assert chained == {"Tumbuk": "Konduga", "Galari": "Konduga", "Konduga": "Borno"}
    # an unknown name that no tagger found is not taken for a listed place
    assert "Tumbuk" not in links_of(gaz, text)
    text = "Raiders hit Dikwa, Bama and Gwoza (Borno) overnight."
    assert links_of(gaz, text) == {"Dikwa": "Borno", "Bama": "Borno", "Gwoza": "Borno"}


def test_a_chain_before_a_list_is_not_read_as_a_list(gaz):
    text = "Troops raided Kolwa, Gwoza LGA, Borno on Friday."
    assert links_of(gaz, text) == {"Kolwa": "Gwoza", "Gwoza": "Borno"}


def test_a_long_comma_list_of_towns_is_no_chain(gaz):
    # "A, B, C and D": four places, not A inside B inside C
    assert links_of(gaz, "Curfews were imposed in Dikwa, Bama, Gwoza and Konduga.") == {}


def test_unknown_listed_villages_fall_back_to_the_shared_district(run_geo):
    (event,) = events(run_geo("Militants shot two guards in Tumbuk and Galari of Konduga district, Borno."))
    assert (event.location, event.geo_precision) == ("Konduga", 2)


def test_a_listed_name_outside_the_shared_container_falls_back_to_it(run_geo):
    # "municipalities" ends both names; a namesake of the first in the next state is not
    # what a list placed in Nuevo Leon means
    ctx = run_geo("Shots were fired in Escobedo and Apodaca municipalities, Nuevo Leon, on Sunday.")
    mentions, _ = ctx.data["geo"]
    first = next(m for m in mentions if m.text == "Escobedo")
    assert first.listed and first.container.text == "Nuevo Leon"
    assert first.resolved is None or first.resolved.admin1 == "Nuevo Leon"
    assert only_event(ctx).admin1 == "Nuevo Leon"


def test_a_word_after_a_particle_is_no_listed_name(gaz):
    text = "Soldiers met rebels in San Pedro de Kirkuk and Gwoza (Borno)."
    assert "Kirkuk" not in links_of(gaz, text)


def test_the_tail_of_an_unknown_name_is_no_listed_place(gaz):
    # "Sham" ends a group's name; only a sentence's first word may be dropped
    text = "Fighters of Ahrar al Sham and Gwoza (Borno) clashed."
    assert links_of(gaz, text) == {"Gwoza": "Borno"}
    assert links_of(gaz, "In Bama and Gwoza (Borno) shops shut.") == {"Bama": "Borno", "Gwoza": "Borno"}


def test_a_plural_admin_word_in_ies_ends_the_names(gaz):
    text = "Roads were shut in Apodaca and Guadalupe municipalities, Nuevo Leon."
    assert links_of(gaz, text) == {"Apodaca": "Nuevo Leon", "Guadalupe": "Nuevo Leon"}


def test_both_ends_of_a_stretch_lie_in_its_container(gaz):
    from sitroom.geo.chains import share_list_containers
    from sitroom.geo.context import Mention

    text = "Jets struck positions from Dikwa to Bama in Borno overnight."
    names = [Mention(n, text.index(n), text.index(n) + len(n)) for n in ("Dikwa", "Bama", "Borno")]
    dikwa, bama, borno = names
    bama.container = borno
    share_list_containers(names, text)
    assert dikwa.container is borno and dikwa.listed
    # a stretch needs its "from"; a bare "to" joins no list
    other = "Troops moved Dikwa to Bama in Borno."
    names = [Mention(n, other.index(n), other.index(n) + len(n)) for n in ("Dikwa", "Bama", "Borno")]
    names[1].container = names[2]
    share_list_containers(names, other)
    assert names[0].container is None


def test_an_unknown_place_in_a_known_citys_name_falls_back_to_that_citys_province(run_geo):
    # "Pampa Verde" is known only as Peruvian villages: no reading of "La Paz" holds it,
    # and the department of the city of two million is the container meant
    (event,) = events(run_geo("Street vendors protested in Pampa Verde, La Paz on Monday."))
    assert (event.country, event.admin1, event.geo_precision) == ("Bolivia", "La Paz", 3)
