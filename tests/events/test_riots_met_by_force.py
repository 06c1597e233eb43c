"""Security forces who fire on a crowd told violent ('stone-throwing youths', 'rioters',
'protesters who had torched a post') meet a riot: Riots / Violent demonstration, the crowd
as rioters and the force as the other side. A peaceful crowd, or people shot during a rally
with no violence of theirs told, suffer excessive force; villagers with no protest told
are civilians attacked. Sentences of my own, from several countries."""

from datetime import date

from tests.events.helpers import event_records

TUESDAY = date(2024, 3, 5)
RIOT = ("Riots", "Violent demonstration")
FORCE = ("Protests", "Excessive force against protesters")


def typed(pipeline, text):
    return [(e.event_type, e.sub_event_type, e.fatalities) for e in event_records(pipeline, text, TUESDAY)]


def test_police_firing_on_stone_throwing_youths_meet_a_riot(pipeline):
    out = event_records(pipeline, "Police fired on stone-throwing youths in Srinagar on Friday, wounding four.", TUESDAY)
    assert [(e.event_type, e.sub_event_type) for e in out] == [RIOT]
    assert out[0].actor1.startswith("Rioters") and out[0].actor2.startswith("Police Forces")


def test_troops_wounding_rock_throwing_youths_meet_a_riot(pipeline):
    text = "Israeli troops shot and wounded two rock-throwing Palestinian youths near Hebron on Friday."
    assert typed(pipeline, text) == [(*RIOT, 0)]


def test_live_rounds_at_stone_throwing_protesters_are_no_excessive_force(pipeline):
    text = "Security forces fired live rounds at stone-throwing protesters in Nairobi on Tuesday, killing two."
    assert typed(pipeline, text) == [(*RIOT, 2)]


def test_soldiers_shooting_at_rioters_burning_tyres_meet_a_riot(pipeline):
    text = "Soldiers shot at rioters who were burning tyres in Port-au-Prince on Monday, killing three."
    assert typed(pipeline, text) == [(*RIOT, 3)]


def test_protesters_who_had_torched_a_post_are_rioters_when_fired_on(pipeline):
    text = "Riot police fired on protesters who had torched a police post in Dhaka on Sunday, killing one."
    assert typed(pipeline, text) == [(*RIOT, 1)]


def test_students_shot_dead_during_a_rally_suffer_excessive_force(pipeline):
    text = "Police shot dead two students during a rally in Lagos on Monday."
    assert typed(pipeline, text) == [(*FORCE, 2)]


def test_a_peaceful_march_fired_on_suffers_excessive_force(pipeline):
    text = "Police opened fire on a peaceful march of teachers in Harare on Monday, killing one demonstrator."
    assert typed(pipeline, text) == [(*FORCE, 1)]


def test_villagers_fired_on_with_no_protest_told_are_civilians_attacked(pipeline):
    text = "Soldiers opened fire on villagers in Mandalay region on Monday, killing five."
    assert typed(pipeline, text) == [("Violence against civilians", "Attack", 5)]


def test_a_crowd_that_fought_the_police_is_a_riot_whoever_died(pipeline):
    text = "Youths fought running battles with police in Kisumu on Monday, and one demonstrator was shot dead."
    assert typed(pipeline, text) == [(*RIOT, 1)]


def test_protesters_who_clashed_with_troops_riot(pipeline):
    text = "Protesters clashed with soldiers outside the governor's office in Lashkar Gah on Sunday, and two marchers were shot dead."
    assert typed(pipeline, text) == [(*RIOT, 2)]


def test_a_crowd_told_peaceful_keeps_excessive_force_though_clashes_followed(pipeline):
    text = "Police shot dead three protesters in Kampala on Friday after scuffles broke out at a peaceful sit-in."
    assert typed(pipeline, text) == [(*FORCE, 3)]
