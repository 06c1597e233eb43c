"""Where no one is the verb's subject, the side whose operation it happened in did it:
"a trader was shot dead in a police operation". Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article


def _actor1(pipeline, text):
    events = pipeline.extract(Article(text, published=date(2024, 5, 7)))
    (event,) = [e for e in events if e.record_kind == "event"]
    return event.actor1


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("A man wanted for selling shabu died in a police anti-narcotics operation in Pasay "
         "on Monday.", "Police Forces of the Philippines"),
        ("Three militants were killed during a military operation in North Waziristan on "
         "Monday.", "Military Forces of Pakistan"),
        ("A shopkeeper was shot dead during a raid by soldiers in Bama, Borno state, on "
         "Monday.", "Military Forces of Nigeria"),
    ],
)
def test_the_operations_owner_is_actor1(pipeline, text, actor1):
    assert _actor1(pipeline, text).startswith(actor1)


def test_an_operation_with_no_owner_names_no_one(pipeline):
    text = "A man was killed during a raid in Kismayo on Monday."
    assert _actor1(pipeline, text).startswith("Unidentified Armed Group")


def test_islamic_militants_are_an_islamist_militia(dictionary):
    found = dictionary.mentions("suspected Islamic militants", "Mozambique", date(2024, 5, 7))
    assert [m.actor.name for m in found] == ["Islamist Militia (Mozambique)"]
