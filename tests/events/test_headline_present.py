"""Headlines told in the present, whose verb the small model reads as a noun, are parsed
again in the past (`sitroom.events.retense`). Sentences written for these tests."""

import pytest

from sitroom.events import load_lexicon
from sitroom.events.retense import past_form, retense_headlines
from tests.events.helpers import typed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants detonate roadside bomb in Quetta",
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("Army shells rebel positions near Kidal",
         ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("Houthis fire missiles at cargo ship off Hodeidah",
         ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("Residents torch police station in Cap-Haitien", ("Riots", "Mob violence")),
    ],
)
def test_a_present_headline_verb_read_as_a_noun_is_the_event(extract, text, expected):
    assert typed(extract, text) == [expected], text


def test_the_subject_of_a_present_headline_is_who_acted(extract):
    _ctx, cands = extract("Al Shabaab detonate car bomb outside Kismayo hotel")
    assert [c.agent.text for c in cands] == ["Al Shabaab"]


def test_the_words_and_their_offsets_stay_the_articles(extract):
    text = "Army shells rebel positions near Kidal"
    ctx, _cands = extract(text)
    assert ctx.doc.text == text
    shells = ctx.doc[1]
    assert (shells.text, shells.idx, shells.dep_, shells.lemma_) == ("shells", 5, "ROOT", "shell")


@pytest.mark.parametrize(
    "text",
    [
        "Police station attack in Kano leaves two dead.",  # the noun is told, no object follows
        "Heavy fighting in the east of Sumy region.",  # no subject before it
        "Troops shelled rebel positions near Kidal on Monday.",  # the verb is read as one
    ],
)
def test_sentences_with_no_misread_verb_keep_their_parse(nlp, text):
    doc = nlp(text)
    before = [(t.dep_, t.head.i, t.tag_) for t in doc]
    assert retense_headlines(doc, load_lexicon(), lambda: nlp) == 0
    assert [(t.dep_, t.head.i, t.tag_) for t in doc] == before


@pytest.mark.parametrize(
    ("base", "past"),
    [("shell", "shelled"), ("torch", "torched"), ("detonate", "detonated"), ("carry", "carried"),
     ("take", "took"), ("kidnap", "kidnapped")],
)
def test_past_forms(base, past):
    assert past_form(base) == past


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Army Shells Rebel Positions Near Kidal",
         ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("Militants Detonate Roadside Bomb In Quetta",
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ],
)
def test_a_title_cased_headline_verb_read_as_a_name_is_the_event(extract, text, expected):
    assert typed(extract, text) == [expected], text


def test_a_title_cased_headline_with_no_trigger_verb_keeps_its_parse(nlp):
    doc = nlp("Envoy Visits Refugee Camp Near Cox's Bazar")
    before = [(t.dep_, t.head.i, t.tag_) for t in doc]
    assert retense_headlines(doc, load_lexicon(), lambda: nlp) == 0
    assert [(t.dep_, t.head.i, t.tag_) for t in doc] == before
