"""A planted bomb set off on troops and followed by gunfire or fighting with them is one
ambush, which ACLED codes an armed clash; a blast with no fight after it stays a blast.
Sentences of my own."""

from datetime import date

import pytest

from sitroom.model import Article

TUESDAY = date(2024, 5, 7)


def types(pipeline, text):
    return [
        (e.event_type, e.sub_event_type, e.fatalities)
        for e in pipeline.extract(Article(text=text, published=TUESDAY))
        if e.status == "new" and e.record_kind == "event"
    ]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Suspected militants set off a roadside bomb under an army truck near Wajir on "
         "Monday, then opened fire on the soldiers, killing four.", 4),
        ("An explosive device went off beside a gendarmerie patrol near Djibo on Friday and "
         "was followed by heavy gunfire that killed five gendarmes.", 5),
        ("A landmine tore through a police pickup near Khost on Saturday and the attackers "
         "then fired on the officers, killing three.", 3),
        ("Two soldiers died when a buried bomb struck their vehicle near Baiji on Sunday. A "
         "third soldier was killed in the fighting with the militants that followed.", 3),
    ],
)
def test_a_blast_then_gunfire_on_the_same_troops_is_one_armed_clash(pipeline, text, dead):
    assert types(pipeline, text) == [("Battles", "Armed clash", dead)]


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb killed two soldiers on patrol near Bulo Burte on Monday.",
        "A landmine struck an army truck near Kidal on Monday. Two soldiers were killed and "
        "a third was wounded.",
        "A buried bomb hit a militia pickup near Tabqa on Friday. A second vehicle was also "
        "hit, killing two fighters inside it.",
    ],
)
def test_a_blast_with_no_fight_after_it_stays_a_remote_explosive(pipeline, text):
    assert {t for t, _, _ in types(pipeline, text)} == {"Explosions/Remote violence"}
