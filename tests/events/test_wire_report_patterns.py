"""Patterns found reading the real-length reports of tests/data/wire_reports_27, each
tested here on short sentences written for these tests, from several conflicts."""

from datetime import date

import pytest

from sitroom.model import Article

PUBLISHED = date(2024, 5, 16)  # a Thursday


def _records(pipeline, text: str) -> list:
    return [e for e in pipeline.extract(Article(text=text, published=PUBLISHED)) if e.record_kind == "event"]


def _types(pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in _records(pipeline, text) if e.event_type]


@pytest.mark.parametrize("text", [
    "Hours after the riot, a car bomb exploded outside a police station in Portoviejo on Wednesday.",
    "A day after the protest, a roadside bomb went off beside a bus in Kisumu on Wednesday.",
])
def test_an_event_of_another_kind_it_follows_does_not_type_the_blast(pipeline, text):
    assert _types(pipeline, text) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_a_fight_with_grenades_told_beside_it_is_an_armed_clash(pipeline):
    text = ("Heavy machine-gun fire and rocket-propelled grenades rang out over the port of Misrata "
            "on Wednesday as two militias battled for control of a fuel depot.")
    assert _types(pipeline, text) == [("Battles", "Armed clash")]


def test_assault_rifles_found_are_no_attack(pipeline):
    text = "Troops seized two assault rifles and a motorbike from the bandits near Gusau on Wednesday."
    assert ("Battles", "Armed clash") not in _types(pipeline, text)
    assert not [t for t in _types(pipeline, text) if t[0] == "Violence against civilians"]


def test_a_group_saying_it_carried_out_the_attack_adds_no_record(pipeline):
    text = (
        "Gunmen ambushed a police convoy near Poonch on Wednesday, killing three officers.\n\n"
        "The attackers fled into the forest, police said.\n\n"
        "A militant group said in a social media post that it had carried out the attack."
    )
    assert len(_records(pipeline, text)) == 1


def test_wars_two_sides_have_fought_are_no_news(pipeline):
    records = _records(pipeline, "The two countries have fought three wars over the disputed valley.")
    assert all(e.status == "background" for e in records), [(e.event_date, e.status) for e in records]


def test_bombs_of_no_kind_of_their_own_detail_the_air_strike(pipeline):
    text = (
        "Russian guided aerial bombs struck the city of Sumy on Wednesday, killing four people, the "
        "governor said.\n\nTwo bombs hit a warehouse and a block of flats in the afternoon, he said "
        "on Telegram."
    )
    assert len(_records(pipeline, text)) == 1


def test_a_bombing_a_relative_clause_tells_is_a_bombing(pipeline):
    text = ("A jihadist group claimed a bombing during Friday prayers at a mosque in Maiduguri on "
            "Friday that killed six worshippers.")
    assert _types(pipeline, text) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_missiles_told_after_an_air_strike_detail_it(pipeline):
    text = (
        "An air strike hit a school sheltering displaced families in Deir al-Balah on Wednesday, "
        "killing nine people, medics said.\n\nWitnesses said two missiles struck the courtyard "
        "where children were playing."
    )
    assert len([e for e in _records(pipeline, text) if e.status == "new"]) == 1
