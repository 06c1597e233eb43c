"""Theatres of armed groups from conflicts the earlier rows did not cover
(`sitroom/geo/data/theatres.csv`): a group named in a report draws an ambiguous village
name to the namesake where that group fights; sentences written for these tests."""

from __future__ import annotations

import pytest

from sitroom.geo.mentions import mentions_from_spans
from sitroom.geo.resolve import resolve_all
from sitroom.geo.theatres import actor_focus, focused_context


def _placed(text: str, name: str, gaz):
    start = text.index(name)
    mentions = mentions_from_spans(text, [(start, start + len(name))])
    resolve_all(mentions, gaz, focused_context(mentions, gaz, text))
    return mentions[0].resolved


@pytest.mark.parametrize(
    ("text", "name", "cc", "admin1"),
    [
        ("BRN insurgents set off a roadside bomb in Betong as a patrol passed.", "Betong", "TH", "Yala"),
        ("Armed youths of the White Army marched on Bor before dawn.", "Bor", "SS", "Jonglei"),
        ("The TPNPB claimed it shot two workers near Korem on Friday.", "Korem", "ID", "Papua"),
        ("Fighters of the Lions' Den fired at soldiers near Bethlehem.", "Bethlehem", "PS", "West Bank"),
        ("Jaish al-Adl gunmen ambushed a border patrol near Pishin.", "Pishin", "IR", "Sistan and Baluchestan"),
        ("Los Choneros hitmen shot a shopkeeper in Balsas overnight.", "Balsas", "EC", "El Oro"),
        ("RED-Tabara rebels looted cattle from Tunga, residents said.", "Tunga", "CD", "Sud-Kivu"),
    ],
)
def test_a_named_group_draws_the_village_into_its_theatre(text, name, cc, admin1, gaz):
    place = _placed(text, name, gaz)
    assert place is not None and (place.cc, place.admin1) == (cc, admin1)


def test_the_same_village_without_the_group_stays_the_other_namesake(gaz):
    place = _placed("Gunmen set off a roadside bomb in Betong as a patrol passed.", "Betong", gaz)
    assert place is not None and place.cc != "TH"


def test_a_lower_case_word_that_spells_an_acronym_names_no_group(gaz):
    assert actor_focus("In fact, the bridge at the fact-finding site was shut.", gaz).theatres == frozenset()
