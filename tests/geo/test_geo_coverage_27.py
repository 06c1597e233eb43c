"""Places near provincial lines and places the gazetteer lacked (stop 27): rows filed under
the province their source names or their point lies in (`build_filing`: Duk county
is Jonglei's, Qabrikha Nabatiye's), curated rows of ``supplement.csv``
(Pibor, Mambasa, Kani, Shire) and a curated alias left to its namesakes abroad (Sudan's
Tawila is not the Tawilah of Syria). Each short report, written here, is placed at the
place it names: country, province, location as the gazetteer spells it, and ACLED's
precision code. They need a gazetteer built from this checkout (skipped on an older one)."""

from __future__ import annotations

import pytest

from tests.geo.helpers import assert_placed

pytestmark = pytest.mark.slow

REPORTS = [
    pytest.param("2024-08-12", "ADF rebels killed eight villagers in Mambasa on Sunday, local officials said.", ("Democratic Republic of Congo", "Ituri", "Mambasa", 1), id="drc-mambasa"),
    pytest.param("2024-03-05", "Fighters attacked a checkpoint in Pibor on Monday, killing two soldiers, officials said.", ("South Sudan", "Jonglei", "Pibor", 1), id="south-sudan-pibor"),
    pytest.param("2023-02-20", "Armed youths raided cattle camps in Duk county on Sunday, killing 11 herders.", ("South Sudan", "Jonglei", "Duk", 2), id="south-sudan-duk"),
    pytest.param("2023-05-16", "Junta troops shelled Kani on Tuesday, killing four civilians, a resistance group said.", ("Myanmar", "Sagaing", "Kani", 1), id="myanmar-kani"),
    pytest.param("2021-07-13", "Eritrean troops detained dozens of young men in Shire on Tuesday, residents said.", ("Ethiopia", "Tigrai", "Shire", 1), id="ethiopia-shire"),
    pytest.param("2024-04-29", "Kurdish-led forces raided Tawilah village east of Qamishli on Monday, arresting five men.", ("Syria", "Al-Hasakeh", "Tawilah", 1), id="syria-tawilah"),
    pytest.param("2024-10-17", "An Israeli drone strike on a car in Qabrikha killed two men on Thursday, Lebanese media said.", ("Lebanon", "Nabatiye", "Qabrikha", 1), id="lebanon-qabrikha"),
]


@pytest.mark.parametrize(("published", "text", "place"), REPORTS)
def test_report_is_placed_at_the_place_it_names(gaz, pipeline, published, text, place):
    if gaz.stale():
        pytest.skip("the built gazetteer predates these data files: run `sitroom gazetteer build`")
    assert_placed(pipeline, published, text, place)
