"""A line's first two words stay in one sentence: after a headline the parser may cut the
first word of a name off the rest of the lead ("Boko | Haram militants abducted ..."), and
the lead's parse, its dates and its actors go with it."""

from __future__ import annotations

import pytest

HEADLINE = "Militants abduct 20 women in northeast Nigeria\n\n"


@pytest.mark.parametrize(
    "lead",
    [
        "Boko Haram militants abducted at least 20 women near the town of Gwoza on Friday, residents said.",
        "Boko Haram fighters stormed a village near Bama on Tuesday and burned houses, a militia leader said.",
    ],
    ids=["abducted", "stormed"],
)
def test_the_leads_first_words_are_one_sentence(pipeline, lead):
    doc = pipeline.nlp(HEADLINE + lead + "\n")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[-1] == lead, sents
