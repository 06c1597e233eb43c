"""Two wordings of stop 32's probes, in other words of my own: people killed 'in
crossfire' of a fight are its toll, not the side it was fought against (the fight stays an
armed clash, the dead no actor2), and a candidate for office killed with his guards is a
civilian attacked (ACLED's attack), not a clash with armed men; people named only by their
post ('two officers', 'personnel') in a sentence naming a force's post ('a police station',
'an army checkpoint') serve in that force."""

from __future__ import annotations

import pytest

from tests.wire_reports import assert_record, event_records

pytestmark = pytest.mark.slow

FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "fatalities")
CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize(("published", "text", "want"), [
    pytest.param("2024-09-10", "Al-Shabaab fighters briefly seized the town of Bulo Burde on Sunday before pulling out, residents said. Two women were killed in the crossfire.",
                 (*CLASH, "Al Shabaab", "", 2), id="crossfire-told-after-a-brief-capture"),
    pytest.param("2024-05-13", "Five civilians were killed in crossfire as Sudanese soldiers fought RSF fighters in El Fasher on Monday.",
                 (*CLASH, "Military Forces of Sudan (2019-)", None, 5), id="crossfire-as-soldiers-fought"),
])
def test_the_dead_of_crossfire_are_the_clash_toll(pipeline, published, text, want):
    records = event_records(pipeline, text, published)
    assert_record(records, want, FIELDS)
    assert not any(e.actor2.startswith("Civilians") for e in records)


@pytest.mark.parametrize(("published", "text", "want"), [
    pytest.param("2024-05-27", "Gunmen shot dead a congressional candidate and two of his bodyguards in Acapulco on Sunday.",
                 (*ATTACK, None, "Civilians (Mexico)", 3), id="candidate-and-bodyguards"),
    pytest.param("2024-05-25", "Suspected cartel hitmen ambushed a municipal candidate's convoy near Celaya on Friday, killing the candidate and a bodyguard.",
                 (*ATTACK, None, "Civilians (Mexico)", 2), id="candidate-convoy-ambushed"),
])
def test_a_candidate_killed_with_his_guards_is_an_attack(pipeline, published, text, want):
    assert_record(event_records(pipeline, text, published), want, FIELDS)


def test_a_civilian_shot_dead_with_no_crossfire_stays_an_attack(pipeline):
    records = event_records(pipeline, "Gunmen shot dead two farmers in their fields near Kaduna on Monday.", "2024-05-14")
    assert_record(records, (*ATTACK, None, "Civilians (Nigeria)", 2), FIELDS)


@pytest.mark.parametrize(("published", "text", "want"), [
    pytest.param("2024-08-06", "A grenade thrown at an army checkpoint in Srinagar on Monday wounded two personnel, police said.",
                 ("Explosions/Remote violence", "Grenade", None, "Military Forces of India (2014-)", 0), id="personnel-at-an-army-checkpoint"),
    pytest.param("2024-08-06", "A bomb exploded near a police station in Quetta on Monday, wounding four soldiers.",
                 ("Explosions/Remote violence", None, None, "Military Forces of Pakistan (2022-)", 0), id="soldiers-near-a-police-station-stay-soldiers"),
])
def test_staff_named_by_their_post_serve_in_its_force(pipeline, published, text, want):
    assert_record(event_records(pipeline, text, published), want, FIELDS)
