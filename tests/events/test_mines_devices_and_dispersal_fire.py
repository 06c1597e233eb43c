"""Three readings an analyst would call wrong (sentences of my own):

* a mine told by what is dug from it ('a gold mine', 'an artisanal mine') is a pit, not an
  explosive: an attack on it is no IED (events words v32 pit_mine_words);
* a vehicle that strikes a device laid in wait ('a Kenyan police vehicle struck a roadside
  bomb') is its force's, not the army's (`actors.dictionary`, actors words v25 force_words),
  and with no planter named the bomber is an unidentified armed group, not no one;
* fire used to break up a crowd, its purpose hung on the instrument by the parse ('police
  used live ammunition to disperse protesters'), is the dispersal itself: excessive force
  (tear gas so: an intervention)."""

from datetime import date

import pytest

from tests.events.helpers import event_records

TUESDAY = date(2024, 6, 25)


def records(pipeline, text):
    return [
        (e.event_type, e.sub_event_type, e.actor1, e.actor2)
        for e in event_records(pipeline, text, TUESDAY)
    ]


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Armed men raided a gold mine near Mongbwalu on Tuesday, killing nine diggers.", "Civilians (Democratic Republic of Congo)"),
        ("Gunmen stormed an artisanal mine in Zamfara state on Monday and shot dead 14 miners.", "Civilians (Nigeria)"),
    ],
)
def test_an_attack_on_a_pit_mine_is_no_explosion(pipeline, text, victims):
    found = records(pipeline, text)
    assert [(t, s, a2) for t, s, _a1, a2 in found] == [("Violence against civilians", "Attack", victims)]


def test_a_mine_stepped_on_stays_an_explosive(pipeline):
    text = "A shepherd was killed when he stepped on a mine near Kidal on Monday."
    assert [(t, s) for t, s, _a1, _a2 in records(pipeline, text)] == [
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    ]


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("A Kenyan police vehicle struck a roadside bomb near Mandera on Tuesday, killing three officers.", "Police Forces of Kenya (2022-)"),
        ("An army truck hit a landmine outside Garissa on Tuesday, wounding four soldiers.", "Military Forces of Kenya (2022-)"),
    ],
)
def test_what_strikes_a_laid_device_is_the_side_hit(pipeline, text, hit):
    assert records(pipeline, text) == [
        ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Kenya)", hit)
    ]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Police used live ammunition to disperse protesters in Nakuru on Tuesday, killing two.", "Excessive force against protesters"),
        ("Riot police used live ammunition to disperse striking teachers outside parliament in Nairobi on Tuesday.", "Excessive force against protesters"),
        ("Police used tear gas to disperse traders protesting new taxes in Eldoret on Tuesday.", "Protest with intervention"),
    ],
)
def test_fire_used_to_disperse_a_crowd_is_the_dispersal(pipeline, text, sub):
    assert [(t, s, a1) for t, s, a1, _a2 in records(pipeline, text)] == [("Protests", sub, "Protesters (Kenya)")]
