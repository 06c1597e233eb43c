"""A blast followed, paragraphs later, by a sentence on the war around it keeps its type: only
a fight told right after the blast makes the ambush an armed clash. Report written for this
test."""

from datetime import date

from sitroom.model import Article

REPORT = (
    "KANDAHAR - A bomb planted at the gate of a market killed three shoppers on Monday, "
    "police said.\n\n"
    "No group said it had set off the bomb. The police chief said an inquiry had begun.\n\n"
    "A trader said the market had reopened only last month. Shops stayed shut on Tuesday.\n\n"
    "The army is battling the insurgents, who oppose the government, in several districts of "
    "the province."
)


def test_the_war_told_later_does_not_retype_the_blast(pipeline):
    records = [
        e for e in pipeline.extract(Article(REPORT, published=date(2024, 7, 2)))
        if e.event_type and e.status == "new"
    ]
    assert records, REPORT
    assert records[0].sub_event_type == "Remote explosive/landmine/IED", records[0].sub_event_type
