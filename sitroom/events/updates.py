"""A later sentence that updates an incident's toll ("Three of the wounded died in hospital
overnight, raising the death toll to nine", "Rescuers found two more bodies on Saturday,
bringing the toll to 11"): it tells the same incident's dead on a later day, so it joins
the incident told before it whatever day it names. Used by `sitroom.events.incident`."""

from __future__ import annotations

from sitroom.components import Candidate


def toll_update(lead: Candidate, c: Candidate, news_days: int) -> bool:
    """``c`` names no doer, its toll is a running toll (the casualty stage's ``toll_total``),
    it is told after ``lead`` and dated on or after the lead's day, within ``news_days``:
    the update of the lead's toll, not an incident of its own."""
    if c.agent is not None or not c.toll_total or c.date_range is None or lead.date_range is None:
        return False
    told = (lead.sentence_index, c.sentence_index)
    if None in told or told[1] <= told[0]:
        return False
    days = (c.date_range[0] - lead.date_range[1]).days
    return 0 <= days <= news_days
