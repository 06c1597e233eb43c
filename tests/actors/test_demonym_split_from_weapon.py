"""'Ukrainian shelling killed a man in Donetsk': the parser may make the lone adjective the
subject and hang the weapon on the verb; the demonym still names the weapon's owner, as
'Russian shelling killed a woman in Kherson' does. Sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.helpers import event_records

MONDAY = date(2024, 6, 3)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Ukrainian shelling killed a man in Donetsk on Monday.", "Military Forces of Ukraine"),
        ("Ukrainian shelling wounded two civilians in the town of Kursk.", "Military Forces of Ukraine"),
        ("Russian shelling killed a woman in Kherson on Monday.", "Military Forces of Russia"),
    ],
)
def test_the_demonym_before_the_weapon_names_its_owner(pipeline, text, owner):
    [record] = event_records(pipeline, text, MONDAY)
    assert record.actor1.startswith(owner)


def test_a_plain_adjective_before_the_weapon_names_no_one(pipeline):
    [record] = event_records(pipeline, "Heavy shelling killed three people in Kadugli on Monday.", MONDAY)
    assert record.actor1 == "Unidentified Armed Group (Sudan)"
