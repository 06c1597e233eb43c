"""A small reading in another province than the one a local story dwells on, that no other
name of the story vouches for, is a local name the gazetteer lacks (a quarter, a street):
it falls back to the province's most-named place (`sitroom.geo.focal.province_strays`)."""

from __future__ import annotations

import pytest

from sitroom.geo.focal import ARTICLE, placed
from tests.geo.helpers import resolve_names

pytestmark = pytest.mark.slow  # (the real gazetteer)

BLAZE = (
    "Firefighters in Tulsa fought a blaze near Brookside on Sunday. Crews from Broken Arrow"
    " and Sand Springs helped, Tulsa officials said."
)
NAMES = ("Tulsa", "Brookside", "Broken Arrow", "Sand Springs", "Tulsa")


def test_an_unvouched_small_town_of_another_state_falls_back_to_the_storys_town(gaz):
    mentions, _ = resolve_names(gaz, BLAZE, *NAMES)
    brookside = mentions[1]
    assert brookside.resolved is None
    fb = brookside.fallback
    assert fb is not None and fb.source == ARTICLE and fb.hit.name == "Tulsa"
    assert fb.refused is not None and fb.refused.admin1 == "Delaware"
    # the story's own towns keep their readings
    assert [placed(m).admin1 for m in mentions] == ["Oklahoma"] * 5


def test_two_unknown_streets_of_one_story_fall_back_to_its_city(gaz):
    text = (
        "The parade turned from Magazine onto Tchoupitoulas in New Orleans. Bands from Metairie"
        " and Kenner marched, New Orleans police said."
    )
    mentions, _ = resolve_names(
        gaz, text, "Magazine", "Tchoupitoulas", "New Orleans", "Metairie", "Kenner", "New Orleans"
    )
    assert placed(mentions[0]).name == "New Orleans"
    assert mentions[0].fallback is not None and mentions[0].fallback.refused is not None


def test_a_town_whose_own_state_the_story_names_keeps_its_reading(gaz):
    text = BLAZE.replace("near Brookside", "near Brookside, a day after a storm hit Delaware")
    mentions, _ = resolve_names(gaz, text, "Tulsa", "Brookside", "Delaware", "Broken Arrow", "Sand Springs", "Tulsa")
    assert mentions[1].resolved is not None and mentions[1].resolved.admin1 == "Delaware"


def test_a_town_near_another_named_town_keeps_its_reading(gaz):
    text = BLAZE.replace("near Brookside", "near Brookside and Hockessin")
    mentions, _ = resolve_names(gaz, text, "Tulsa", "Brookside", "Hockessin", "Broken Arrow", "Sand Springs", "Tulsa")
    assert mentions[1].resolved is not None and mentions[1].resolved.admin1 == "Delaware"


def test_a_story_that_names_too_few_places_of_its_state_keeps_the_reading(gaz):
    text = BLAZE.replace(" and Sand Springs", "")
    mentions, _ = resolve_names(gaz, text, "Tulsa", "Brookside", "Broken Arrow", "Tulsa")
    assert mentions[1].resolved is not None and mentions[1].resolved.admin1 == "Delaware"
