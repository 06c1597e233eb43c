"""A lead's first word after a wire dateline ("PORT SUDAN (Reuters) - Drones struck ...") is
tagged a proper noun by the small model; a common noun there keeps its noun lemma, so the
weapon or the armed subject it names is read (reports written for these tests)."""

from datetime import date

import pytest

from sitroom.model import Article

PUB = date(2024, 6, 4)


@pytest.fixture(scope="module")
def nlp():
    from sitroom.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="module")
def pipeline():
    from sitroom.pipeline import Pipeline

    return Pipeline()


def _lead_word(nlp, text):
    return next(s for s in nlp(text).sents if s.start > 0)[0]


@pytest.mark.parametrize(("text", "lemma"), [
    ("GOMA, Congo, June 3 (Reuters) - Drones struck an army depot near Sake on Monday.", "drone"),
    ("MOSUL, Iraq (AP) - Gunmen killed two shepherds near Sinjar on Monday.", "gunman"),
    ("MAIDUGURI, June 3 (AFP) - Militants stormed a village near Gwoza on Monday.", "militant"),
    ("KHARKIV (Reuters) - Missiles hit an industrial area of the city on Monday.", "missile"),
])
def test_a_common_noun_opening_the_lead_keeps_its_lemma(nlp, text, lemma):
    word = _lead_word(nlp, text)
    assert (word.lemma_, word.pos_) == (lemma, "NOUN")


def test_a_name_opening_the_lead_stays_a_name(nlp):
    word = _lead_word(nlp, "SANAA, June 3 (Reuters) - Houthis fired a missile at a ship in the Red Sea.")
    assert word.pos_ == "PROPN"


def test_drones_striking_a_depot_after_a_dateline_are_a_drone_strike(pipeline):
    text = "GOMA, Congo, June 3 (Reuters) - Drones struck an army depot near Sake on Monday, the army said.\n"
    events = [e for e in pipeline.extract(Article(text=text, published=PUB)) if e.record_kind == "event"]
    assert [(e.sub_event_type, e.location) for e in events] == [("Air/drone strike", "Sake")]
