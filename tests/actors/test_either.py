"""A perpetrator the report cannot pin on one of two groups is ACLED's "A and/or B"."""

from __future__ import annotations

from datetime import date

from sitroom.model import Article


def perpetrator(pipeline, text):
    (event,) = [e for e in pipeline.extract(Article(text, published=date(2021, 9, 6)))
                if e.record_kind == "event"]
    return event


def test_one_group_or_another_makes_one_and_or_actor(pipeline):
    text = "Suspected ISWAP or Boko Haram fighters burned a market near Gwoza in Borno on Monday."
    event = perpetrator(pipeline, text)
    assert event.actor1 == (
        "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"
    )
    assert event.evidence["actor1"].text == "ISWAP or Boko Haram"


def test_a_slash_between_two_groups_reads_as_or(pipeline):
    text = "Boko Haram/ISWAP fighters abducted six farmers near Damboa in Borno on Sunday."
    event = perpetrator(pipeline, text)
    assert event.actor1 == (
        "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad and/or Islamic State (West Africa)"
    )


def test_two_groups_joined_by_and_stay_actor_and_associate(pipeline):
    text = "Al-Shabaab and ISIS fighters clashed with Puntland troops near Bosaso on Saturday."
    event = perpetrator(pipeline, text)
    assert "and/or" not in event.actor1


def test_a_state_force_or_a_rebel_group_stays_two_actors(pipeline):
    text = "Four herders were shot dead by either Chadian soldiers or FACT rebels near Mao on Friday."
    event = perpetrator(pipeline, text)
    assert "and/or" not in event.actor1
