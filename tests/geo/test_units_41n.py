"""Named admin units of stop 41 (issue 12, Musts 2 and 5), in wordings written here.

The unit word written with a province's name picks the country that calls its provinces
so ("Plateau state" is Nigeria's, "Plateau department" Benin's, "Northern state" Sudan's);
where people come from ("labourers from X", "natives of X", "hailing from X") is not where
the deed befell them when the sentence names another place."""

from __future__ import annotations

import pytest

from sitroom.geo.gazetteer import Hit
from sitroom.geo.unit_words import called, sole_country, telling_word
from tests.wire_reports import assert_row, event_records, wording_param

pytestmark = pytest.mark.slow

_s = wording_param


def _at(country: str, admin1: str | None, location: str | None, precision: int | None) -> tuple:
    return (None, None, None, None, country, admin1, location, precision, None, None, None)


UNIT_WORDS = [
    _s("Gunmen killed seven farmers in a village in Plateau state on Tuesday, police said.",
       (_at("Nigeria", "Plateau", None, 3), None), "ng-plateau-state"),
    _s("Gunmen killed seven farmers in a village in Plateau department on Tuesday, police said.",
       (_at("Benin", "Plateau", None, 3), None), "bj-plateau-department"),
    _s("Militiamen torched a market in Northern state on Tuesday, leaving five dead.",
       (_at("Sudan", "Northern", None, 3), None), "sd-northern-state"),
    _s("Militiamen torched a market in the Red Sea state on Tuesday, leaving five dead.",
       (_at("Sudan", "Red Sea", None, 3), None), "sd-red-sea-state"),
]


@pytest.mark.parametrize(("text", "want"), UNIT_WORDS)
def test_the_unit_word_picks_the_country(pipeline, text, want):
    row, near = want
    assert_row(event_records(pipeline, text, "2025-04-09"), row, near)


HOMES = [
    _s("Gunmen shot dead six labourers from Punjab province in the Kech district of Balochistan on Tuesday, "
       "officials said.", (_at("Pakistan", "Balochistan", "Kech District", 2), None), "pk-labourers-from"),
    _s("Gunmen killed five construction workers, natives of Punjab province, in Turbat on Tuesday, police said.",
       (_at("Pakistan", "Balochistan", "Turbat", 1), None), "pk-natives-of"),
    _s("Bandits killed four traders from Zamfara state on a road in Katsina state on Tuesday.",
       (_at("Nigeria", "Katsina", None, None), None), "ng-traders-from"),
]


@pytest.mark.parametrize(("text", "want"), HOMES)
def test_the_victims_home_is_not_the_deeds_place(pipeline, text, want):
    row, near = want
    assert_row(event_records(pipeline, text, "2025-04-09"), row, near)


def _unit(cc: str, name: str) -> Hit:
    return Hit(0, name, "A", "ADM1", cc, name, "", "", 0.0, 0.0, 0, 3, "test")


def test_a_word_no_country_owns_alone_tells_nothing():
    pool = [_unit("ZM", "Central"), _unit("LK", "Central")]
    assert called(pool, "province", frozenset()) == pool  # both call them provinces
    assert called(pool, "district", frozenset()) == pool  # no telling word
    assert telling_word("states") == "state"
    assert sole_country(pool, "province") == []


def test_a_country_the_article_names_keeps_its_unit():
    pool = [_unit("NG", "Plateau"), _unit("BJ", "Plateau")]
    assert [h.cc for h in called(pool, "state", frozenset())] == ["NG"]
    assert called(pool, "state", frozenset({"BJ"})) == pool
