"""Targets from facilities: the forces a text ties to an attacked base become actor2.

Sentences of our own, through the whole pipeline (events → actors → geo → time).
"""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.actors.facilities import Host, load_sites, site_in
from sitroom.model import Article

US = "Military Forces of the United States (2021-)"
MONDAY = date(2024, 4, 22)


def _attacks(pipeline, text, published=MONDAY):
    events = pipeline(Article(text=text, published=published, source="Test"))
    return [e for e in events if e.event_type in ("Explosions/Remote violence", "Battles")]


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("Mortar shells were fired at the US base near Qayyarah on Sunday, police said.", US),
        ("A drone struck the American outpost at Rmelan on Sunday.", US),
        ("Two rockets landed inside a small airbase in Nineveh, which hosts US troops, on Sunday.",
         US),
        ("A drone hit a logistics base used by US forces west of Mosul on Sunday.", US),
        ("An explosive drone was launched at a coalition base near Erbil airport on Sunday.",
         "Global Coalition Against Daesh"),
        ("Three drones targeted a remote outpost in Anbar on Sunday. Two US soldiers at the "
         "outpost were treated for concussions.", US),
        ("Gunmen stormed a military base in Kunduz province on Sunday.",
         "Military Forces of Afghanistan (2021-)"),
        ("Two rockets targeted a depot near Mosul airport, which houses US troops, on Sunday.",
         US),
        ("A drone struck the al-Omar oil field, where US forces are based, on Sunday.", US),
        ("Militants fired rockets at Ain al-Asad air base on Sunday, wounding three Americans.",
         US),
        ("A drone attack on a base housing US troops near Shaddadi killed two SDF fighters on "
         "Sunday.", US),
    ],
)
def test_the_forces_at_the_facility_become_actor2(pipeline, text, actor2):
    found = _attacks(pipeline, text)
    assert found, text
    event = found[0]
    assert event.actor2 == actor2 or actor2 in event.assoc_actor_2, (text, event.actor2)
    assert event.event_type != "Violence against civilians" and not event.civilian_targeting
    side = "actor2" if event.actor2 == actor2 else "assoc_actor_2"
    cited = event.evidence[side]
    assert text[cited.start : cited.end] == cited.text and cited.text


def test_rockets_at_a_base_are_never_violence_against_civilians(pipeline):
    text = "Rockets were fired at the American base at Qayyarah on Sunday night, officials said."
    (event,) = _attacks(pipeline, text)
    assert event.event_type == "Explosions/Remote violence"
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.actor2 == US and event.civilian_targeting == ""


def test_a_hosted_site_names_its_forces_only_when_the_text_ties_them(pipeline):
    bare = "An explosive drone was launched at Harir air base on Sunday."
    (event,) = _attacks(pipeline, bare)
    assert event.actor2 == ""  # the site alone names no one
    tied = ("An explosive drone was launched at Harir air base on Sunday. "
            "No American troops were hurt, officials said.")
    event = _attacks(pipeline, tied)[0]
    assert event.actor2 == US
    assert event.evidence["actor2"].text == "American troops"


def test_a_relative_clause_adds_hosted_forces_beside_the_named_victims(pipeline):
    text = ("A drone attack killed four fighters of the Syrian Democratic Forces at the "
            "al-Omar oil field in Deir ez-Zor, which hosts US troops, on Sunday.")
    event = _attacks(pipeline, text)[0]
    assert event.actor2 == "QSD: Syrian Democratic Forces"
    assert event.assoc_actor_2 == US


def test_site_data_has_public_sources_and_periods():
    data = load_sites()
    assert all(s.source.startswith("https://") and s.hosts for s in data.sites)
    assert site_in("a rocket hit Ain al-Asad on Friday").name == "Ain al-Asad Air Base"
    assert site_in("the Harir air base") is not None and site_in("a farm near Hit") is None
    bagram = site_in("Bagram airfield")
    assert bagram.hosts[0].active(date(2020, 1, 1)) and not bagram.hosts[0].active(
        date(2022, 1, 1))
    assert Host(state="X").active(None)


@pytest.mark.parametrize(
    "text",
    [
        "Shells hit a camp for displaced people near Idlib on Sunday, killing three children.",
        "Gunmen stormed a residential compound in Kirkuk on Sunday, killing five civilians.",
    ],
)
def test_civilian_places_are_no_military_facility(pipeline, text):
    events = pipeline(Article(text=text, published=MONDAY, source="Test"))
    assert events and all("Military Forces" not in e.actor2 for e in events)


def test_a_missions_contingent_is_named_after_the_mission():
    from sitroom.actors import load_dictionary

    d = load_dictionary()

    def named(text, country, day):
        return [m.actor.name for m in d.mentions(text, country, day) if m.actor]

    assert named("Kenyan troops", "Somalia", date(2020, 5, 1)) == [
        "AMISOM: African Union Mission in Somalia (2007-) (Kenya)"]
    assert named("Kenyan soldiers", "Somalia", date(2023, 1, 1)) == [
        "ATMIS: African Union Transition Mission in Somalia (2022-) (Kenya)"]
    assert named("Kenyan troops", "Kenya", date(2020, 5, 1)) == ["Military Forces of Kenya (2013-2022)"]
