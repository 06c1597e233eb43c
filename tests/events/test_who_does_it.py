"""Words whose reading hangs on who does them: ground 'taken' in a vote is an election won,
shots 'traded' by unarmed sides are words or a match, and a 'base' built by a party or an aid
agency is no armed group's base. Sentences written for these tests."""

import pytest

from tests.events.helpers import typed as _typed

OVERTAKES = ("Battles", "Non-state actor overtakes territory")
CLASH = ("Battles", "Armed clash")
BASE = ("Strategic developments", "Headquarters or base established")



@pytest.mark.parametrize(
    "text",
    [
        "The Democratic Alliance took the city of Cape Town in Wednesday's municipal poll.",
        "The BJP took the district of Imphal West in the assembly election.",
        "The PTI took the city of Peshawar in the general election.",
    ],
)
def test_ground_won_in_a_vote_is_no_capture(extract, text):
    assert _typed(extract, text) == [], text


def test_ground_taken_by_rebels_on_the_eve_of_a_vote_is_still_taken(extract):
    text = "Rebels took the town of Bambari on the eve of the presidential election."
    assert _typed(extract, text) == [OVERTAKES]


@pytest.mark.parametrize(
    "text",
    [
        "The two finance ministers traded shots over inflation during a televised debate in Nairobi.",
        "Al Ahly and Zamalek traded shots in a tense first half in Cairo.",
        "Senators exchanged shots over the budget in Manila on Monday.",
    ],
)
def test_shots_traded_by_unarmed_sides_are_no_clash(extract, text):
    assert _typed(extract, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Police and gunmen traded shots for an hour in the Mathare slum of Nairobi.",
        "Gang members traded shots with police in Port-au-Prince on Sunday.",
        "Shots were exchanged between troops and ADF rebels near Beni.",
    ],
)
def test_shots_traded_by_armed_sides_are_a_clash(extract, text):
    assert _typed(extract, text) == [CLASH], text


@pytest.mark.parametrize(
    "text",
    [
        "The farmers' union built a base of members across Punjab province.",
        "Opposition activists established a base of support in the city of Bulawayo.",
        "The UNHCR set up a base of operations in the town of Gambella.",
        "The WFP installed a supply base in the town of Malakal.",
    ],
)
def test_a_following_or_an_aid_depot_is_no_base_established(extract, text):
    assert _typed(extract, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Rebels built a new base near the town of Kidal.",
        "The army installed a forward base outside the village of Tillaberi.",
        "Government troops set up a base near the village of Kalaye in Tanganyika.",
        # a military base, whoever the parser takes its builder for
        "On 4 June 2022, UNMISS installed a temporary military base close to Leer.",
    ],
)
def test_a_base_set_up_by_armed_builders_is_established(extract, text):
    assert _typed(extract, text) == [BASE], text
