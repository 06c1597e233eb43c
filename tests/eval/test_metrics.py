"""Distance, date tolerance, P/R/F1 and macro-F1: the arithmetic under every eval figure."""

from datetime import date

import pytest

from sitroom.eval.metrics import (
    actor_match,
    actor_names,
    date_within,
    macro_f1,
    plover_current,
    plover_from_acled,
    prf,
)
from sitroom.geodesy import haversine_km


def test_haversine_known_distances():
    # London → Paris is about 344 km; Baghdad → Basra about 448 km.
    assert haversine_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(343.5, abs=1.5)
    assert haversine_km(33.3152, 44.3661, 30.5085, 47.7804) == pytest.approx(448, abs=5)
    assert haversine_km(15.35, 44.2, 15.35, 44.2) == 0.0


def test_haversine_is_symmetric_and_crosses_the_dateline():
    a = haversine_km(-17.7, 178.0, -17.7, -179.0)
    assert a == pytest.approx(haversine_km(-17.7, -179.0, -17.7, 178.0))
    assert a < 400  # 3 degrees of longitude near the equator, not 357


def test_prf_math():
    assert prf(3, 4, 6) == pytest.approx((0.75, 0.5, 0.6))
    assert prf(0, 0, 5) == (0.0, 0.0, 0.0)
    assert prf(0, 3, 0) == (0.0, 0.0, 0.0)
    assert prf(5, 5, 5) == (1.0, 1.0, 1.0)


def test_date_exact_precision_allows_no_slack():
    gold = date(2020, 5, 9)
    assert date_within(date(2020, 5, 9), gold, 1, 1)
    assert not date_within(date(2020, 5, 8), gold, 1, 1)
    assert not date_within(None, gold, 1, 1)


def test_date_week_precision_from_either_side():
    gold = date(2020, 5, 9)
    assert date_within(date(2020, 5, 3), gold, 2, 1)  # the coder said "that week"
    assert date_within(date(2020, 5, 15), gold, 1, 2)  # the system said "that week"
    assert not date_within(date(2020, 5, 20), gold, 2, 1)


def test_date_month_precision_and_ranges():
    assert date_within(date(2020, 5, 30), date(2020, 5, 1), 3, 1)
    assert not date_within(date(2020, 4, 15), date(2020, 5, 2), 1, 3)  # "in April" ≠ 2 May
    assert date_within(date(2020, 5, 28), date(2020, 5, 2), 1, 3)  # "in May"
    assert date_within(date(2014, 1, 25), date(2014, 1, 24), 1, 1, gold_end=date(2014, 1, 25))
    assert not date_within(date(2014, 1, 27), date(2014, 1, 24), 1, 1, gold_end=date(2014, 1, 25))


def test_macro_f1_averages_gold_classes_only():
    per_class = {"Armed clash": (2, 2, 4), "Attack": (1, 2, 1), "Grenade": (0, 3, 0)}
    # Armed clash F1 = 2/3, Attack F1 = 2/3; Grenade has no gold and is left out.
    assert macro_f1(per_class) == pytest.approx(2 / 3)
    assert macro_f1({}) is None


def test_actor_names_compare_exactly_or_without_parentheses():
    assert actor_match("military forces of sudan (2019-)", "Military Forces of Sudan (2019-)")
    assert not actor_match("Military Forces of Sudan", "Military Forces of Sudan (2019-)")
    assert actor_match("Military Forces of Sudan", "Military Forces of Sudan (2019-)", loose=True)
    assert actor_names("Civilians (Mali)") == {"civilians"}
    assert not actor_match("", "")


def test_loose_actor_names_match_an_acronym_a_full_name_or_a_noted_label():
    assert actor_match("ADF: Allied Democratic Forces", "ADF (Allied Democratic Forces)", loose=True)
    assert actor_match("RSF: Rapid Support Forces", "Rapid Support Forces", loose=True)
    assert actor_match("Al-Shabaab", "Al Shabaab", loose=True)
    assert actor_match("Rioters (Chad)", "Rioters (Chad) - market traders", loose=True)
    assert actor_match("Ansar Allah", "Houthis / Ansar Allah (suspected)", loose=True)
    assert not actor_match("Military Forces of Chad", "Police Forces of Chad - riot police", loose=True)
    assert not actor_match("Protesters (Chad)", "Rioters (Chad) - market traders", loose=True)


def test_plover_draft_types_map_to_current():
    assert plover_current("FIGHT") == ["ASSAULT", "COERCE"]
    assert plover_current("DEMAND") == ["REQUEST"]
    assert plover_current("DISAPPROVE") == ["ACCUSE"]
    assert plover_current("PROTEST") == ["PROTEST"]
    assert plover_current("DOCUMENT") == []
    assert plover_from_acled("Battles", "Armed clash") == "ASSAULT"
    assert plover_from_acled("Strategic developments", "Arrests") == "COERCE"
