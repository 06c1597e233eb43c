"""A place's own name before another place's alternate name (sitroom/geo/exact.py).
Rows made up here, and sentences written here."""

from __future__ import annotations

import pytest

from sitroom.geo.exact import own_names_first
from tests.geo.helpers import hit, resolve_names


def _names(text: str, hits, countries=frozenset()) -> set[str]:
    return {h.name for h in own_names_first(text, hits, countries)}


def test_a_town_known_by_another_name_gives_way_to_the_town_of_that_name():
    own = hit("Tarnby", "North", 10.0, 10.0, pop=6_000)
    other = hit("Kelmworth", "South", 20.0, 20.0, pop=40_000, primary=False)
    assert _names("Tarnby", [own, other]) == {"Tarnby"}


def test_a_far_bigger_city_keeps_an_old_name_that_only_hamlets_bear():
    own = hit("Tarnby", "North", 10.0, 10.0, pop=700)
    city = hit("Kelmworth", "South", 20.0, 20.0, pop=2_000_000, primary=False)
    assert _names("Tarnby", [own, city]) == {"Tarnby", "Kelmworth"}
    # ... but not when it is merely bigger, nor beside a sizeable town of that very name
    smaller = hit("Kelmworth", "South", 20.0, 20.0, pop=6_000, primary=False)
    assert _names("Tarnby", [own, smaller]) == {"Tarnby"}
    sizeable = hit("Tarnby", "East", 12.0, 12.0, pop=90_000)
    assert _names("Tarnby", [own, sizeable, city]) == {"Tarnby"}


def test_respellings_units_and_longer_own_names_stay_readings():
    own = hit("Oskford", "North", 10.0, 10.0, pop=80_000)
    respelt = hit("Oskforde", "South", 20.0, 20.0, pop=3_000, primary=False)
    vowels = hit("Uskfard", "West", 21.0, 21.0, pop=3_000, primary=False)
    unit = hit("Oskford County", "North", 10.1, 10.1, fcode="ADM2", pop=0, primary=False)
    longer = hit("Oskford upon Tarn", "East", 11.0, 11.0, pop=9_000, primary=False)
    curated = hit("Camp Redfield", "North", 10.2, 10.2, pop=0, source="supplement", primary=False)
    pool = [own, respelt, vowels, unit, longer, curated]
    assert _names("Oskford", pool) == {h.name for h in pool}


def test_no_town_of_that_own_name_hides_nothing():
    unit = hit("Vellmark", "Vellmark", 10.0, 10.0, fcode="ADM1", pop=0)
    seat = hit("Vellmarck", "Vellmark", 10.1, 10.1, pop=300_000, primary=False)
    other = hit("Dunmore", "South", 20.0, 20.0, pop=5_000, primary=False)
    assert _names("Vellmark", [unit, seat, other]) == {"Vellmark", "Vellmarck", "Dunmore"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "kept", "dropped"),
    [
        ("Bethlehem", "Bethlehem", "Belém"),  # a translation; towns of 75,000-175,000 bear the name
        ("Lakeville", "Lakeville", "Conneaut"),  # a town's former name
        ("Pokrovsk", "Pokrovsk", "Engels"),  # a Russian city's former name, beside Ukraine's town
        ("Bombay", "Mumbai", ""),  # the far bigger city: only a hamlet bears the name
        ("Odessa", "Odesa", ""),  # a respelling of its own name
    ],
)
def test_own_names_in_the_gazetteer(gaz, name, kept, dropped):
    names = {h.name for h in own_names_first(name, gaz.lookup(name))}
    assert kept in names
    if dropped:
        assert dropped not in names


@pytest.mark.slow
def test_a_bare_name_is_read_as_the_town_of_that_name(gaz):
    (m,), _ = resolve_names(gaz, "Flooding closed two schools in Bethlehem on Monday.", "Bethlehem")
    assert m.resolved is not None and m.resolved.name == "Bethlehem"


def test_a_name_written_with_its_article_is_the_place_so_named():
    written = hit("El Qarna", "North", 34.4, 35.8, cc="LB", pop=0)
    bare_abroad = hit("Qarna", "Sonora", 29.0, -110.0, cc="MX", pop=5_000)
    bare_here = hit("Qarna", "North", 34.5, 35.9, fcode="ADM2", cc="LB", pop=0)
    kept = own_names_first("el Qarna", [written, bare_abroad, bare_here])
    assert [(h.name, h.cc, h.primary) for h in kept] == [("El Qarna", "LB", True), ("Qarna", "LB", False)]
    # without the article, both are the name's own
    assert len(own_names_first("Qarna", [written, bare_abroad, bare_here])) == 3


def test_a_town_of_the_article_keeps_its_local_name_against_a_namesake_abroad():
    own = hit("Tarnby", "North", 10.0, 10.0, cc="AA", pop=6_000)
    local = hit("Kelmworth", "South", 20.0, 20.0, cc="BB", pop=40_000, primary=False)
    assert _names("Tarnby", [own, local]) == {"Tarnby"}
    assert _names("Tarnby", [own, local], frozenset({"BB"})) == {"Tarnby", "Kelmworth"}
    # ... whatever other countries the article names; the ranker weighs the two
    assert _names("Tarnby", [own, local], frozenset({"AA", "BB"})) == {"Tarnby", "Kelmworth"}
    # a town of the article's country with the name only as an alternate, beside one of
    # that own name there, stays hidden ("Lakeville" in Ohio is not Conneaut)
    here = hit("Tarnby", "East", 21.0, 21.0, cc="BB", pop=900)
    assert _names("Tarnby", [own, here, local], frozenset({"BB"})) == {"Tarnby"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # Kurdish name of al-Malikiyah; the own-name Deriks are villages in Turkey
        ("Kurdish forces patrolled Derik and Qamishli in Hasakah province.", ("Derik", "Qamishli", "Hasakah"), "SY"),
        # Myrnohrad's former name; the own-name Dimitrov is a village in Armenia
        ("Separatists shelled Dimitrov, Kramatorsk and Sloviansk.", ("Dimitrov", "Kramatorsk", "Sloviansk"), "UA"),
    ],
)
def test_a_name_in_local_use_follows_the_article(gaz, text, names, expected):
    mentions, _ = resolve_names(gaz, text, *names)
    assert mentions[0].resolved is not None and mentions[0].resolved.cc == expected


def test_an_armys_country_keeps_no_alternate_row_of_a_town_it_strikes():
    from datetime import date

    from sitroom.model import Article
    from sitroom.pipeline import Pipeline

    (event,) = Pipeline().extract(
        Article(text="Russian missiles hit Dubno on Tuesday, damaging an energy plant.", published=date(2024, 5, 1))
    )
    assert (event.location, event.country) == ("Dubno", "Ukraine")


def test_a_unit_named_as_written_respelt_hides_one_that_only_lists_the_name():
    respelt = hit("Kelmindeh", "North", 10.0, 10.0, fcode="ADM2", pop=0, primary=False)
    listed = hit("Zarrow", "North", 10.3, 10.0, fcode="ADM2", pop=0, primary=False)
    abroad = hit("Zarrow", "East", 30.0, 30.0, fcode="ADM2", cc="YY", pop=0, primary=False)
    assert _names("Kelmindih", [respelt, listed, abroad]) == {"Kelmindeh", "Zarrow"}
    assert [h.cc for h in own_names_first("Kelmindih", [respelt, listed, abroad])] == ["XX", "YY"]
