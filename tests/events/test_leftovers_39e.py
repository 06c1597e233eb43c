"""Leftovers of the event stage (stop 39). Sentences of my own.

State forces out of uniform ('plain-clothes officers', 'undercover police') who fire into a
crowd of demonstrators use force against a protest; armed men who fire on a crowd of
civilians attack them: neither crowd riots for being shot at."""

from datetime import date

import pytest

from tests.events.helpers import event_records

TUESDAY = date(2024, 3, 5)


def _types(pipeline, text):
    return [(e.event_type, e.sub_event_type) for e in event_records(pipeline, text, TUESDAY)]


EXCESSIVE = ("Protests", "Excessive force against protesters")
ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Plain-clothes police shot into a crowd of demonstrators in Harare on Monday, wounding five.",
         [EXCESSIVE]),
        ("Soldiers fired into a crowd of protesters in Bamako on Monday, killing two.", [EXCESSIVE]),
        ("Plain-clothes officers fired into the crowd of protesters in Lusaka on Monday, killing two.",
         [EXCESSIVE]),
        ("Gunmen opened fire on a crowd of worshippers in Kaduna on Monday, killing four.", [ATTACK]),
        ("Gunmen fired into a crowd of mourners in Kaduna on Monday, killing four.", [ATTACK]),
    ],
)
def test_a_crowd_shot_into_did_not_riot(pipeline, text, want):
    assert _types(pipeline, text) == want


def test_shots_into_the_air_hit_no_one(pipeline):
    text = "Police fired into the air to disperse protesters in Harare on Monday."
    assert _types(pipeline, text) == [("Protests", "Protest with intervention")]


def test_plain_clothes_officers_are_state_forces(nlp):
    from sitroom.events import load_lexicon
    from sitroom.events.sides import agent_kind

    lex = load_lexicon()
    for text, n in (("Plain-clothes officers fired.", 4), ("Undercover agents fired.", 2),
                    ("Armed men in plain clothes fired.", 5)):
        doc = nlp(text)
        want = "" if text.startswith("Armed") else "state"
        assert agent_kind(doc[:n], lex) == want, text


def test_plain_clothes_police_are_the_states_police(pipeline):
    text = "Plainclothes officers fired into a crowd of protesters in Lusaka on Monday, killing two."
    assert [(e.actor1, e.actor2) for e in event_records(pipeline, text, TUESDAY)] == [
        ("Protesters (Zambia)", "Police Forces of Zambia (2021-)")
    ]


# A fight told by any of its words, or by fire both sides traded, stays a battle whoever died
# in it ('two farmers were killed when troops and bandits engaged in a shootout').
@pytest.mark.parametrize(
    "text",
    [
        "Police and robbers traded gunfire in Kano on Monday; two bystanders were killed.",
        "Two farmers were killed when soldiers and bandits engaged in a shootout in Zamfara on Monday.",
    ],
)
def test_dead_of_a_fight_told_by_other_words_leave_it_a_battle(pipeline, text):
    assert _types(pipeline, text) == [("Battles", "Armed clash")]


def test_a_fight_with_villagers_stays_an_attack_on_them(pipeline):
    text = "Gunmen clashed with villagers in Zamfara on Monday, killing three."
    assert _types(pipeline, text) == [ATTACK]


# 'Clashes have continued since Saturday, killing nine': the killing is the fight's, in the
# same running clause, not an attack of its own on the dead.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Clashes between two clans have continued in Galkayo since Saturday, killing at least nine "
         "people.", "2024-03-02"),
        ("Since Monday, fighting has raged in Omdurman between the army and the RSF, killing 20 people.",
         "2024-03-04"),
    ],
)
def test_a_running_fight_and_its_dead_are_one_battle(pipeline, text, day):
    got = [(e.event_type, str(e.event_date)) for e in event_records(pipeline, text, TUESDAY)]
    assert got == [("Battles", day)]


# A strike told in a clause measured back from the news ('a week after a drone hit the town')
# is another occasion: it neither retypes nor redates the fight the sentence leads with.
def test_a_strike_a_week_before_leaves_the_fight_its_own(pipeline):
    text = ("Heavy fighting broke out between the army and the TPLF near Alamata on Monday, residents "
            "said, a week after a drone strike hit the town.")
    got = {(e.event_type, str(e.event_date)) for e in event_records(pipeline, text, TUESDAY)}
    assert ("Battles", "2024-03-04") in got
    assert ("Explosions/Remote violence", "2024-03-04") not in got


# A claim two paragraphs on names the doer of the attack whose doer was untold, not the
# defenders' answer told between ('The army said it had beaten off the assault').
def test_a_later_claim_reaches_the_lead_attack_past_the_defenders_word(pipeline):
    text = ("Gunmen overran an army post near Dori on Monday, killing 12 soldiers.\n\nThe army said it "
            "had repelled the assault.\n\nJNIM claimed the attack on Tuesday.")
    assert [e.actor1 for e in event_records(pipeline, text, TUESDAY) if e.status == "new"] == [
        "JNIM: Group for Support of Islam and Muslims"
    ]
