"""Names the gazetteer holds under another form (sitroom/geo/forms.py): abbreviations,
former names, a qualifier before a known name, a unit word after it, a place's adjective.
Sentences written here."""

from __future__ import annotations

import pytest

from sitroom.geo import forms
from tests.geo.helpers import resolve_names

pytestmark = pytest.mark.slow


def _resolved(gaz, text: str, *names: str):
    mentions, _ = resolve_names(gaz, text, *names)
    return [(m.resolved.name, m.resolved.cc) if m.resolved else None for m in mentions]


def test_every_row_of_the_names_files_points_at_a_gazetteer_row(gaz):
    for table in (forms.abbreviations(), forms.other_names()):
        for form, rows in table.items():
            for row in rows:
                assert forms.places((row,), gaz), (form, row)


def test_abbreviation_letters_match_with_or_without_points():
    assert forms.letters("N.B.") == forms.letters("NB") == "NB"
    assert forms.letters("Herts.") == "Herts"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The trucking firm moved its depot from NJ to Delaware.", "NJ", ("New Jersey", "US")),
        ("Traffic stood still across L.A. after the storm.", "L.A.", ("Los Angeles", "US")),
        ("A commuter from St Albans, Herts, won the prize.", "Herts", ("Hertfordshire", "GB")),
        ("The embassy in Riyadh said KSA would host the summit.", "KSA", ("Saudi Arabia", "SA")),
    ],
)
def test_an_abbreviation_names_its_place(gaz, text, name, expected):
    assert _resolved(gaz, text, name) == [expected]


def test_an_ambiguous_abbreviation_follows_the_article(gaz):
    # "WA": Washington state in an American story, Western Australia beside Perth
    us = "Apple growers in Yakima and Spokane said WA had its best harvest in years."
    au = "Miners in Perth and Kalgoorlie said WA had its best year for gold."
    assert _resolved(gaz, us, "Yakima", "Spokane", "WA")[2] == ("Washington", "US")
    assert _resolved(gaz, au, "Perth", "Kalgoorlie", "WA")[2] == ("Western Australia", "AU")


def test_an_abbreviation_in_lower_case_is_a_word():
    assert forms.other_forms("wa", "wa", [], None) == []  # type: ignore[arg-type]


def test_a_former_name_names_the_place_of_today(gaz):
    text = "Tea from Ceylon reached the Soviet Union by rail."
    assert _resolved(gaz, text, "Ceylon", "Soviet Union") == [("Sri Lanka", "LK"), ("Russia", "RU")]


def test_a_former_name_that_is_a_province_today_stays_the_province(gaz):
    # Zaire is a province of Angola as well as the old name of the Congo
    text = "Flooding hit Mbanza Kongo, the capital of Zaire province in Angola."
    assert _resolved(gaz, text, "Mbanza Kongo", "Zaire", "Angola")[1] == ("Zaire", "AO")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Buses ran late across North London on Friday.", "North London", ("London", "GB")),
        ("House prices in Greater Kano rose again.", "Greater Kano", ("Kano", "NG")),
        ("Diaries written in Nazi Germany were shown.", "Nazi Germany", ("Germany", "DE")),
        ("Shelling hit towns across Eastern Ukraine.", "Eastern Ukraine", ("Ukraine", "UA")),
    ],
)
def test_a_qualified_name_names_its_place(gaz, text, name, expected):
    assert _resolved(gaz, text, name) == [expected]


def test_a_qualifier_before_a_hamlet_name_finds_nothing(gaz):
    # the words after a direction are often a body ("Western Trust"), not a small town
    assert forms.folded("Western Trust", gaz) == []


def test_an_institutions_qualifier_names_no_middling_town(gaz):
    # towns of 20,000-57,000 are called Union, Police and University; the names here are
    # a company, a force and a campus
    for name in ("Western Union", "Metro Police", "Central University"):
        assert all(h.level <= 2 for h in forms.folded(name, gaz)), name


def test_an_accent_dropped_is_no_adjective(gaz):
    # "Further" is Fürth only with its umlaut dropped: a word, not the town's adjective
    assert forms.folded("Further", gaz) == []


def test_initials_that_are_other_bodies_are_no_abbreviations():
    # the news agency, the bank and the company: the states they also abbreviate go unread
    for form in ("AP", "WB", "HP"):
        assert form not in forms.abbreviations()


def test_a_unit_word_after_a_name_names_its_unit(gaz):
    text = "A market in Gwoza Local Government Area was raided, Borno officials said."
    place = _resolved(gaz, text, "Gwoza Local Government Area", "Borno")[0]
    assert place == ("Gwoza", "NG")


def test_a_place_adjective_names_the_place(gaz):
    hits = forms.folded("Siberian", gaz)
    assert hits and {(h.name, h.cc) for h in hits} == {("Siberia", "RU")}
    asia = forms.folded("South East Asian", gaz)
    assert [h.name for h in asia] == ["Southeast Asia"]


def test_an_adjective_never_names_a_hamlet(gaz):
    # "Korean" is no hamlet called Korea: an adjective names a region or a large town only
    assert all(h.level <= 1 or h.population >= forms.ADJECTIVE_TOWN for h in forms.folded("Korean", gaz))


def test_a_name_the_gazetteer_has_is_not_folded(gaz):
    # "West Darfur" is a state of its own, not Darfur
    text = "Aid convoys reached West Darfur on Sunday."
    assert _resolved(gaz, text, "West Darfur") == [("West Darfur", "SD")]


def test_a_unit_word_prefers_the_unit_over_its_town(gaz):
    text = "Farmers from Bauchi LGA took their complaint to the Bauchi State police."
    hits = forms.folded("Bauchi LGA", gaz)
    assert hits and all(h.level == 2 for h in hits)
    assert _resolved(gaz, text, "Bauchi LGA")[0] == ("Bauchi", "NG")


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Shells fell on Horlivka in the DPR overnight.", ("Horlivka", "DPR"), ("Donetsk", "UA")),
        ("Settlers uprooted olive trees near Nablus in the oPt.", ("Nablus", "oPt"), ("Palestine", "PS")),
        ("Students rallied in Sulaymaniyah, Kurdistan, over salaries.", ("Sulaymaniyah", "Kurdistan"), ("Kurdistan Region", "IQ")),
        ("Shopkeepers closed their stores in Sanandaj, Kurdistan, in protest.", ("Sanandaj", "Kurdistan"), ("Kordestan", "IR")),
    ],
)
def test_conflict_abbreviations_and_other_names_follow_the_article(gaz, text, names, expected):
    assert _resolved(gaz, text, *names)[1] == expected


def test_a_slip_in_a_country_name_names_the_country(gaz):
    text = "Typhoon relief flights left Manila for the southern Phillipines."
    assert _resolved(gaz, text, "Manila", "Phillipines")[1] == ("Philippines", "PH")
    assert forms.folded("Nigerien", gaz) == []  # a demonym's spelling is no slip
    # nor a people's name the demonym table lacks: a party, not a misspelt country
    for people in ("Argentinian", "Somalian", "Afghanistani"):
        assert forms._slip(people, gaz) == [], people
    assert forms.folded("Argentinian", gaz) == []
    assert forms.folded("Argentinia", gaz)[0].name == "Argentina"  # a slip still is


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("A fuel depot burned in Belgorod Oblast after the raid.", "Belgorod Oblast", "Belgorodskaya oblast"),
        ("Storms cut power lines across Krasnodar Krai.", "Krasnodar Krai", "Krasnodarskiy kray"),
        ("Teachers in Kano State went on strike.", "Kano State", "Kano"),
    ],
)
def test_a_province_named_after_its_seat_is_the_province(gaz, text, name, expected):
    assert _resolved(gaz, text, name)[0][0] == expected
    assert any(h.fcode == "ADM1" and h.name == expected for h in forms.other_forms(name, name, [], gaz))


def test_a_region_named_like_its_capital_is_the_province_not_the_capital_city(gaz):
    # the capital has a unit of its own ("Kyiv City"); "Kyiv region" is the oblast around it
    (unit,) = forms.other_forms("Kyiv region", "Kyiv region", [], gaz)
    assert (unit.fcode, unit.admin1) == ("ADM1", "Kyiv")


def test_an_english_name_of_a_russian_republic(gaz):
    text = "Forest fires spread across Yakutia this week."
    assert _resolved(gaz, text, "Yakutia") == [("Saha, Respublika", "RU")]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Municipality of Sain Alto", ("Sain Alto", "MX")),
        ("District Autonome d'Abidjan", ("Abidjan", "CI")),
        ("Barangay Marbel", ("Marbel", "PH")),
    ],
)
def test_a_unit_word_before_a_name_names_its_unit(gaz, name, expected):
    assert {(h.name, h.cc) for h in forms.folded(name, gaz)} == {expected}


def test_a_qualified_name_asks_own_names_only(gaz):
    # "Burdwan" is only another name of a town: "East Burdwan" is a district, not that town
    assert forms.folded("East Burdwan", gaz) == []


def test_a_divided_province_names_its_parts(gaz):
    text = "Soldiers clashed with gunmen in Datu Piang, Maguindanao, on Friday."
    assert _resolved(gaz, text, "Datu Piang", "Maguindanao")[1][0].startswith("Maguindanao del")
