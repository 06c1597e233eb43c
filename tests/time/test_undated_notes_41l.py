"""A report with no publication date loses the days the clock gave its events, and its
notes lose them too: an analyst reading "On 3 May ..." beside an empty date would trust a
day no one wrote. A day the text gives with its year stays in both."""

from __future__ import annotations

import re

from sitroom.model import Article

_DAY_TOLD = re.compile(r"^On \d{1,2} [A-Z][a-z]+ \d{4}, ")


def test_an_undated_reports_notes_tell_no_day(pipeline):
    text = "Gunmen stormed a police post near Dori on Tuesday, killing three officers, police said."
    events = [e for e in pipeline.extract(Article(text=text)) if e.record_kind == "event"]
    assert events and all(e.event_date is None for e in events)
    assert all(not _DAY_TOLD.match(e.notes) and e.notes[:1].isupper() for e in events), [e.notes for e in events]


def test_a_day_told_with_its_year_stays_in_the_note(pipeline):
    text = "Gunmen stormed a police post near Dori on 14 March 2023, killing three officers, police said."
    events = [e for e in pipeline.extract(Article(text=text)) if e.record_kind == "event"]
    assert events and all(e.notes.startswith("On 14 March 2023, ") for e in events), [e.notes for e in events]
