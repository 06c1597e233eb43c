"""'X did A in response to / in retaliation for B that killed N in Y': two incidents. The
news (A) keeps its own place, weapon and a toll of its own; the attack it answers (B) is
its own record, background, with B's place and toll. Sentences of my own, from several
conflicts; published on a Tuesday."""

from datetime import date

from tests.events.helpers import event_records

TUESDAY = date(2024, 3, 5)


def records(pipeline, text):
    return sorted(
        ((e.status, e.location, e.fatalities, e.sub_event_type) for e in event_records(pipeline, text, TUESDAY)),
        key=lambda r: r[0],
        reverse=True,
    )


def test_a_rocket_attack_in_retaliation_keeps_its_own_town_and_no_toll(pipeline):
    text = (
        "Hezbollah launched rockets at Shlomi on Tuesday in retaliation for an Israeli strike "
        "that killed two of its members in Naqoura on Monday."
    )
    news, answered = records(pipeline, text)
    assert news[:3] == ("new", "Shlomi", 0)
    assert answered[:3] == ("background", "Naqoura", 2)


def test_a_missile_at_a_ship_is_no_air_strike_on_the_town_it_answers(pipeline):
    text = (
        "Houthi rebels fired a missile at a cargo ship off Hodeidah on Monday in response to "
        "a US air strike that killed four of their fighters in Saada on Sunday."
    )
    news, answered = records(pipeline, text)
    assert news[0] == "new" and news[2] == 0
    assert news[1] != "Sadah" and news[3] == "Shelling/artillery/missile attack"
    assert answered == ("background", "Sadah", 4, "Air/drone strike")


def test_drones_sent_in_retaliation_leave_the_missile_toll_to_the_city_it_hit(pipeline):
    text = (
        "Ukrainian drones hit an oil depot in Belgorod on Monday in retaliation for a Russian "
        "missile strike that killed seven people in Kharkiv on Sunday."
    )
    news, answered = records(pipeline, text)
    assert news[:3] == ("new", "Belgorod", 0)
    assert answered[:3] == ("background", "Kharkiv", 7)


def test_a_border_attack_answering_an_air_strike_is_no_air_strike_itself(pipeline):
    text = (
        "Taliban fighters attacked a Pakistani border post in Kurram on Monday in response "
        "to a Pakistani air strike that killed eight people in Paktika on Saturday."
    )
    news, answered = records(pipeline, text)
    assert news[0] == "new" and news[2] == 0 and news[3] != "Air/drone strike"
    assert answered[0] == "background" and answered[2] == 8
