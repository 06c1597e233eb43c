"""The entity ruler's exact-word token patterns, moved onto a PhraseMatcher, find what
spaCy's token Matcher finds (sentences written for this test)."""

from __future__ import annotations

import spacy

from sitroom.nlp.exact import ExactWordMatcher, exact_words, use_exact_words
from tests.ruler_setup import entity_rows, spacy_ruler

PATTERNS = [
    {"label": "ORG", "pattern": [{"ORTH": "QRX"}]},
    {"label": "ORG", "pattern": [{"ORTH": "Blue"}, {"ORTH": "Lantern"}, {"ORTH": "Front"}]},
    {"label": "ORG", "pattern": [{"ORTH": "ZV"}], "id": "zv-unit"},
    {"label": "GPE", "pattern": [{"LOWER": "port"}, {"IS_DIGIT": True}]},  # not exact words
    {"label": "GPE", "pattern": "Harrowgate Vale"},
]

TEXTS = [
    "QRX fighters and the Blue Lantern Front met near Port 7 on Monday.",
    "qrx is not the acronym, but ZV and QRX are; blue lantern front is lower case.",
    "Harrowgate Vale saw the ZV convoy pass PORT 12 before QRX QRX arrived.",
]


def _ruler_nlp(exact: bool):
    nlp, ruler = spacy_ruler(PATTERNS)
    if exact:
        use_exact_words(ruler)
    return nlp


def _ents(nlp):
    return entity_rows(nlp, TEXTS)


def test_same_entities_as_the_token_matcher():
    plain, exact = _ents(_ruler_nlp(False)), _ents(_ruler_nlp(True))
    assert exact == plain
    assert any(label == "GPE" and end - start == 2 for doc in plain for start, end, label, _ in doc)
    assert ("ZV", "zv-unit") in {
        (nlp_doc.text, nlp_doc.ent_id_) for nlp_doc in _ruler_nlp(True)(TEXTS[1]).ents
    }


def test_exact_words_only_for_orth_tests():
    assert exact_words([{"ORTH": "A"}, {"ORTH": "B"}]) == ["A", "B"]
    assert exact_words([{"ORTH": "A", "OP": "?"}]) is None
    assert exact_words([{"LOWER": "a"}]) is None
    assert exact_words([]) is None


def test_matcher_splits_patterns_and_removes_keys():
    nlp = spacy.blank("en")
    matcher = ExactWordMatcher(nlp.vocab)
    matcher.add("A", [[{"ORTH": "QRX"}], [{"LOWER": "port"}]])
    assert len(matcher.phrases) == 1 and len(matcher.rest) == 1
    assert sorted((s, e) for _, s, e in matcher(nlp("QRX left port"))) == [(0, 1), (2, 3)]
    matcher.remove("A")
    assert "A" not in matcher and matcher(nlp("QRX left port")) == []
