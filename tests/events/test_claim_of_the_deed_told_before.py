"""'X said it had carried out the attack' after the attack is told: the speaker claims
that attack, and names its attacker where the report gave none. Sentences of my own."""

from datetime import date

from sitroom.model import Article

FRIDAY = date(2024, 5, 10)


def attackers(pipeline, text):
    out = pipeline.extract(Article(text=text, published=FRIDAY))
    return [e.actor1 for e in out if e.record_kind == "event"]


def test_a_group_that_says_it_carried_out_the_ambush_is_its_attacker(pipeline):
    text = "Gunmen ambushed a patrol in Arauca on Sunday, killing three soldiers. The ELN said it had carried out the ambush."
    assert attackers(pipeline, text) == ["ELN: National Liberation Army"]


def test_a_group_that_says_they_carried_out_the_raid_is_its_attacker(pipeline):
    text = (
        "Militants stormed a checkpoint in North Waziristan on Friday, killing four policemen. "
        "The Pakistani Taliban said they had carried out the raid."
    )
    assert attackers(pipeline, text) == ["TTP: Tehreek-i-Taliban Pakistan"]
