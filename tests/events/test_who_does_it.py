"""Words whose reading hangs on who does them: ground 'taken' in a vote is an election won,
shots 'traded' by unarmed sides are words or a match, and a 'base' built by a party or an aid
agency is no armed group's base. Sentences written for these tests."""

import pytest

OVERTAKES = ("Battles", "Non-state actor overtakes territory")


def _typed(extract, text: str) -> list[tuple[str, str]]:
    _ctx, cands = extract(text)
    return [(c.event.event_type, c.event.sub_event_type) for c in cands if c.event.event_type]


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
