"""A capital or a country that acts stands for its government, as "Moscow said" does: the
doer of a passive ("shelled by Moscow"), the side a place was lost to ("lost ground to
Russia"). The event lies where the text puts it, never in the capital that acted. And a
town named by its role ("the industrial hub of X") is a place when the article's frame
holds it. Sentences written here."""

from __future__ import annotations

import pytest

from tests.geo.helpers import assert_placed

pytestmark = pytest.mark.slow

REPORTS = [
    pytest.param("2024-03-05", "Kharkiv, which has been shelled by Moscow for months, came under fire again on Monday.", ("Ukraine", "Kharkiv", "Kharkiv", 1), id="capital-by-agent-relative"),
    pytest.param("2024-03-05", "Sumy was bombarded by Moscow overnight, wounding four residents.", ("Ukraine", "Sumy", "Sumy", 1), id="capital-by-agent"),
    pytest.param("2023-12-28", "Kyiv has lost ground to Moscow this winter, withdrawing from the town of Marinka on Monday.", ("Ukraine", "Donetsk", "Maryinka", 1), id="capital-gained"),
    pytest.param("2018-07-14", "Daraa fell to Damascus in July after a Russian-backed offensive, and rebels surrendered their heavy weapons in Nawa.", ("Syria", "Dar'a", "Dara", 1), id="syria-capital-gained"),
    pytest.param("2024-03-05", "Ukraine's army withdrew from the industrial hub of Avdiivka last month.", ("Ukraine", "Donetsk", "Avdiyivka", 1), id="hub-of"),
]


@pytest.mark.parametrize(("published", "text", "place"), REPORTS)
def test_a_government_that_acts_is_no_place(pipeline, published, text, place):
    assert_placed(pipeline, published, text, place)


def test_a_capital_where_it_happened_is_still_the_place(pipeline):
    assert_placed(pipeline, "2024-03-05", "Riot police detained dozens of protesters in Moscow on Sunday.", ("Russia", "Moskva", "Moscow", 1))
