"""Containers whose own name holds "and" (Jammu and Kashmir, Sistan and Baluchestan,
Trinidad and Tobago): the chain keeps the whole name, so the town is filed in it and not in
a town called by the name's first word. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.geo.helpers import assert_placed, links_of

pytestmark = pytest.mark.slow


def test_a_district_of_a_region_named_with_and_is_filed_in_the_whole_region(gaz):
    text = "Militants ambushed an army patrol in Rajouri district of Jammu and Kashmir."
    assert links_of(gaz, text) == {"Rajouri": "Jammu and Kashmir"}


def test_a_province_named_with_and_keeps_its_kind_word(gaz):
    text = "Gunmen shot a border guard in Saravan in Sistan and Baluchestan province."
    assert links_of(gaz, text) == {"Saravan": "Sistan and Baluchestan"}


def test_two_provinces_joined_by_and_stay_two(gaz):
    text = "Troops shelled Kolwa in Borno and Yobe on Monday."
    assert links_of(gaz, text) == {"Kolwa": "Borno"}


def test_a_kashmir_district_is_not_placed_at_jammu_city(pipeline):
    text = (
        "Two soldiers were killed when militants attacked a checkpoint in Kupwara district "
        "of Jammu and Kashmir on Monday."
    )
    assert_placed(pipeline, "2024-03-05", text, ("India", "Jammu and Kashmir", "Kupwara", 2))


def test_a_town_in_a_caribbean_country_named_with_and_stays_in_that_country(pipeline):
    text = "Gunmen shot dead three men outside a bar in San Fernando in Trinidad and Tobago on Saturday."
    assert_placed(pipeline, "2024-03-05", text, ("Trinidad and Tobago", "San Fernando", "San Fernando", 1))
