"""Short reports of stop 36 whose armed group names a country or region in its own name
("the Islamic State in Libya", "al-Qaeda in the Islamic Maghreb", "Islamic State Sinai
Province"). That region says which branch acted, a party's attribute like the nationality
of "US warplanes", not where the deed was: a town the text names places the event even
when the tagger is unsure of it. Names that are no armed branch ("UNICEF in Yemen") and
plain places ("fighting in Libya") still place.

The wordings that failed before: the group's region (Libya, Maghreb) placed the event at
precision 3 although the report names a Tunisian or Malian town."""

from __future__ import annotations

import pytest

from tests.wire_reports import BATTLE, REMOTE, VAC, event_records, matches, record_row

pytestmark = pytest.mark.slow

FIELDS = ("event_type", "country", "admin1", "location", "geo_precision")


def _s(text: str, want: tuple, rid: str):
    return pytest.param(text, want, id=rid)


# Published 2025-03-12, a Wednesday.
SHORT = [
    # the branch's country is not where the claimed attack was
    _s("Gunmen stormed a police station in Ben Guerdane on Tuesday, killing three officers, in an attack later claimed by the Islamic State in Libya.",
       (BATTLE, "Tunisia", "Medenine", "Ben Gardane", 1), "tn-claimed-by-libya-branch"),
    _s("Militants from the Islamic State in Libya ambushed a border patrol near Dehiba on Monday, killing two Tunisian guards.",
       (BATTLE, "Tunisia", "Tataouine", "Dehiba", 2), "tn-libya-branch-ambush"),
    # a region in the group's name ('the Islamic Maghreb') is not the place either
    _s("Militants of al-Qaeda in the Islamic Maghreb ambushed a patrol near Tessalit on Sunday, killing four soldiers.",
       (BATTLE, "Mali", "Kidal", "Tessalit", 2), "ml-maghreb-branch"),
    # the branch's region beside a town still leaves the town
    _s("Fighters of the Islamic State Sinai Province attacked an army checkpoint near Bir al-Abd on Sunday, killing four conscripts.",
       (BATTLE, "Egypt", "North Sinai", "Bir al Abd", 2), "eg-sinai-province"),
    # no armed branch: the name after 'in' is the place
    _s("Heavy fighting in Libya killed five people on Tuesday, medics said.",
       (BATTLE, "Libya", "", "Libya", 3), "ly-fighting-in-country"),
    _s("Gunmen killed two aid workers in Marib on Friday. UNICEF in Yemen condemned the killing.",
       (VAC, "Yemen", "Marib", "Marib", 1), "ye-agency-in-country"),
    # a town after the movement's name is where it acted, not a branch
    _s("Eight policemen were killed on Monday when a bomber sent by Islamic State in Tikrit blew himself up at their checkpoint.",
       (REMOTE, "Iraq", "Sala al-Din", "Tikrit", 1), "iq-group-in-town"),
    _s("Government troops launched an offensive against ISIL in Fallujah on Tuesday, killing twelve militants.",
       (BATTLE, "Iraq", "Anbar", "Al Fallujah", 1), "iq-offensive-against-group-in-town"),
]


@pytest.mark.parametrize(("text", "want"), SHORT)
def test_the_group_name_does_not_place_the_event(pipeline, text, want):
    records = event_records(pipeline, text, "2025-03-12")
    assert any(matches(e, want, FIELDS) for e in records), (want, [record_row(e, FIELDS) for e in records])
