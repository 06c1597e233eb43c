"""The cached attribute ruler and lemmatizer write exactly what spaCy's own components do."""

import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

from sitroom.nlp import MODEL_NAME
from sitroom.nlp.fast import FastAttributeRuler, FastLemmatizer, speed_up

# Our own sentences, chosen to reach the ruler's rarer patterns: contractions, "gonna",
# "let's", "y'all", "there were", auxiliaries, determiners used as pronouns, blank lines.
TEXTS = [
    "Gunmen ain't gonna stop, the mayor said on Tuesday; let's see what y'all do next.",
    "There were three blasts near the market in Northtown.\n\nThat was the second attack this week.",
    "Police gets reports that soldiers got hurt when rockets hit the base at 5 a.m. Those who fled "
    "say nothin' has changed; c'mon, they said, which ones were hit?",
    "Protesters in the capital are marching again, and they've been joined by students.",
    "  \n The   ministry's statement, issued late, blamed 'rebels' for 12 deaths (four children).",
    "",
]


@pytest.fixture(scope="module")
def models():
    return spacy.load(MODEL_NAME), speed_up(spacy.load(MODEL_NAME))


def test_swapped_in_under_the_same_names(models):
    stock, fast = models
    assert fast.pipe_names == stock.pipe_names
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), FastLemmatizer)


def test_same_annotations_as_spacy(models):
    stock, fast = models
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
    for _ in range(2):  # cold, then from the caches
        for want, got in zip(stock.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
            assert [(t.text, t.pos_, t.lemma_, str(t.morph)) for t in got] == [
                (t.text, t.pos_, t.lemma_, str(t.morph)) for t in want
            ]
            assert (got.to_array(attrs) == want.to_array(attrs)).all()


def test_rules_reach_the_contractions(models):
    _, fast = models
    doc = fast("They ain't gonna leave.")
    assert [t.lemma_ for t in doc][1:5] == ["be", "not", "go", "to"]


def test_patterns_it_cannot_read_still_run_on_a_matcher():
    """Operators and other attributes go to spaCy's Matcher; the order of rules still holds."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "big"}, {"LOWER": "red", "OP": "+"}]], {"LEMMA": "colour"}, index=-1)
    ruler.add([[{"ORTH": "Dog"}]], {"LEMMA": "hound"})
    ruler.add([[{"LOWER": {"REGEX": "^d.g$"}}]], {"LEMMA": "canine", "POS": "NOUN"})
    ruler.add([[{"LOWER": "a"}, {"LOWER": "big"}]], {"POS": "ADJ"}, index=1)
    fast = FastAttributeRuler(nlp, "fast").adopt(ruler)
    assert len(fast.matcher) == 2
    for text in ["a big red red dog", "A Dog and a dig", "big red Dog"]:
        want, got = ruler(nlp.make_doc(text)), fast(nlp.make_doc(text))
        assert [(t.lemma_, t.pos_) for t in got] == [(t.lemma_, t.pos_) for t in want]
