"""An accusation in the form "blamed the attack on X" names X as the attacker, unconfirmed,
where the report names none of its own. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Gunmen killed 12 villagers near Bandiagara in central Mali on Sunday. The mayor of a "
         "nearby town blamed the killings on Dogon hunters.", "Dogon Ethnic Militia (Mali)"),
        ("A bomb hidden in a minibus exploded at a market in Beledweyne on Sunday, killing four "
         "people. Regional officials blamed the blast on al-Shabaab.", "Al Shabaab"),
    ],
)
def test_the_party_the_attack_is_blamed_on_is_actor1_unconfirmed(pipeline, text, actor1):
    events = pipeline.extract(Article(text, published=date(2024, 5, 7)))
    (event,) = [e for e in events if e.record_kind == "event" and e.status == "new"]
    assert event.actor1 == actor1
    assert event.claim == "unconfirmed"

