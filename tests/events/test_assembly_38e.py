"""One incident, one record, with its own numbers (stop 38). Sentences of my own.

A count spread over a whole country ('across the country', 'nationwide') or counted to now
over days of unrest ('have died in a week of protests') tallies many incidents: it is
neither a record of its own at today's rally nor that rally's toll."""

from datetime import date

import pytest

from tests.events.helpers import event_records

TUESDAY = date(2024, 3, 5)


def _rows(pipeline, text):
    return [
        (e.event_type, e.location, e.fatalities)
        for e in event_records(pipeline, text, TUESDAY)
        if e.status == "new"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Police fired tear gas at hundreds of students marching in Dhaka on Tuesday. Across "
         "the country, at least 40 people have died in a week of protests, rights groups said.",
         [("Protests", "Dhaka", 0)]),
        ("Thousands of demonstrators rallied peacefully in Lagos on Tuesday against rising food "
         "costs. More than 30 people have died across the country in three weeks of unrest, a "
         "rights group said.", [("Protests", "Lagos", 0)]),
        ("Hundreds of traders marched to the governor's office in Qom on Tuesday. Officials "
         "said 35 people had died in a week of unrest.", [("Protests", "Qom", 0)]),
    ],
)
def test_a_spread_tally_is_no_rallys_record_nor_toll(pipeline, text, want):
    assert _rows(pipeline, text) == want


def test_dead_of_days_of_clashes_at_one_place_stay_the_incidents(pipeline):
    text = ("Herders and farmers fought with machetes outside Kasese on Monday. Three men died during "
            "two days of fighting in the village, police said.")
    assert [r[2] for r in _rows(pipeline, text)] == [3]


# A statement's day is not the incident's: a later sentence that only says when the incident
# started ('The attack began on Friday evening', 'It started at dawn on Saturday') dates it.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Gunmen killed three farmers in Guma, police said on Sunday. The attack began on Friday "
         "evening.", "2024-03-01"),
        ("Police said on Sunday that gunmen killed three farmers in Guma. The attack began on Friday "
         "evening.", "2024-03-01"),
        ("Azerbaijani forces shelled the village of Khachik, the defence ministry said on Monday. It "
         "started shortly after dawn on Saturday.", "2024-03-02"),
    ],
)
def test_the_start_told_after_a_statement_dates_the_incident(pipeline, text, day):
    assert [str(e.event_date) for e in event_records(pipeline, text, TUESDAY)] == [day]


# 'laid siege to' asserts a siege (an attack) by its subject; 'the siege of X' told in passing
# asserts none.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Insurgents laid siege to the village of Pama on Sunday, trapping hundreds of residents, "
         "a local official said.", [("Unidentified Armed Group (Burkina Faso)", "Pama", "2024-03-03")]),
        ("Al Shabaab fighters laid siege to a police station in Beledweyne on Saturday before troops "
         "drove them back.", [("Al Shabaab", "Beledweyne", "2024-03-02")]),
    ],
)
def test_a_siege_laid_is_an_attack_by_its_subject(pipeline, text, want):
    assert [(e.actor1, e.location, str(e.event_date)) for e in event_records(pipeline, text, TUESDAY)] == want


def test_a_siege_recalled_in_passing_makes_no_record(pipeline):
    text = ("Residents of Djibo said food was running out two years into the siege of the town. "
            "Gunmen killed four herders near Arbinda on Monday.")
    assert [e.fatalities for e in event_records(pipeline, text, TUESDAY)] == [4]


# 'launched an attack / an assault on X on Sunday': the light verb of the attack noun, which
# tells the kind; not a launch of rockets ('on Sunday' aims nothing).
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Insurgents launched an attack on the village of Pama on Sunday, a local official said.",
         [("Violence against civilians", "Attack")]),
        ("Insurgents launched an assault on the village of Pama on Sunday, a local official said.",
         [("Violence against civilians", "Attack")]),
        ("Gunmen launched an attack on a police post in Kaya on Sunday, killing two officers.",
         [("Battles", "Armed clash")]),
        ("Rebels launched rockets at the town of Goma on Sunday, killing two people.",
         [("Explosions/Remote violence", "Shelling/artillery/missile attack")]),
    ],
)
def test_a_launched_attack_is_no_shelling(pipeline, text, want):
    assert [(e.event_type, e.sub_event_type) for e in event_records(pipeline, text, TUESDAY)] == want
