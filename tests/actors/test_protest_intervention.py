"""Protests with intervention: ACLED codes the crowd as actor1 and the force as actor2.

Arrests of demonstrators by state forces follow the same convention (actor1 Protesters of
the country, actor2 the arresting force), as ACLED codes them as protest with intervention.
"""

from __future__ import annotations

from tests.actors.test_component import run


def test_force_replaces_injured_bystanders_as_actor2(nlp):
    text = (
        "In Basra, Iraq, police fired tear gas to disperse demonstrators who tried to block "
        "a road, and at least seven people were injured, a medical source said."
    )
    ev = run(nlp, text, "fired", "Protests", agent="police", patient="at least seven people").event
    assert ev.actor1 == "Protesters (Iraq)"
    assert ev.actor2.startswith("Police Forces of Iraq")
    assert ev.evidence["actor2"].text.lower() == "police"
    assert "actor1" not in ev.evidence or "police" not in ev.evidence["actor1"].text.lower()


def test_soldiers_firing_on_marchers_in_sudan(nlp):
    text = (
        "Soldiers fired live rounds at marchers demanding civilian rule in Omdurman, Sudan, "
        "and several residents were wounded."
    )
    ev = run(nlp, text, "fired", "Protests", agent="Soldiers", patient="several residents").event
    assert ev.actor1 == "Protesters (Sudan)"
    assert ev.actor2.startswith("Military Forces of Sudan")


def test_security_forces_arresting_protesters_are_actor2(nlp):
    text = "Kenyan security forces arrested twelve protesters in Nairobi, Kenya, on Thursday."
    ev = run(
        nlp, text, "arrested", "Protests", agent="Kenyan security forces",
        patient="twelve protesters",
    ).event
    assert ev.actor1 == "Protesters (Kenya)"
    assert ev.actor2 and "Kenya" in ev.actor2 and ev.inter2 == 1


def test_riot_police_dispersing_a_sit_in_are_actor2(nlp):
    text = "Riot police dispersed a sit-in by teachers in Amman, Jordan, on Sunday."
    ev = run(nlp, text, "dispersed", "Protests", agent="Riot police").event
    assert ev.actor1 == "Protesters (Jordan)"
    assert ev.actor2.startswith("Police Forces of Jordan")


# "its troops", "their forces": the possessor is the country named before the pronoun.


def test_its_troops_are_the_forces_of_the_country_named_before(nlp):
    text = (
        "Russia's defence ministry said its troops had captured the village of Robotyne "
        "in Ukraine's Zaporizhzhia region."
    )
    ev = run(nlp, text, "captured", "Battles", agent="its troops").event
    assert ev.actor1.startswith("Military Forces of Russia")
    assert ev.evidence["actor1"].text == "troops"


def test_their_forces_after_a_named_country(nlp):
    text = (
        "Israel's military said on Monday that their forces had raided a camp near Jenin "
        "in the West Bank."
    )
    ev = run(nlp, text, "raided", "Battles", agent="their forces").event
    assert ev.actor1.startswith("Military Forces of Israel")


def test_its_without_a_country_before_falls_back(nlp):
    text = "The militia said its fighters had seized a checkpoint near Tripoli, Libya."
    ev = run(nlp, text, "seized", "Battles", agent="its fighters").event
    assert not ev.actor1.startswith("Military Forces of")
