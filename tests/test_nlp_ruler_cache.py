"""The entity ruler built from remembered phrase words matches what spaCy's own
`add_patterns` matches, cold or warm, and a broken cache only costs the tokenizer
(sentences and names written for this test)."""

from __future__ import annotations

import json

import spacy

from sitroom.nlp import ruler_cache
from tests.ruler_setup import entity_rows, spacy_ruler

PATTERNS = [
    {"label": "ORG", "pattern": [{"ORTH": "QRX"}], "id": "qrx"},
    {"label": "GPE", "pattern": "Harrowgate Vale", "id": "geo"},
    {"label": "GPE", "pattern": "al-Marwan", "id": "geo"},
    {"label": "GPE", "pattern": "St. Olvin's Cross"},
    {"label": "LOC", "pattern": "Harrowgate"},
    {"label": "FAC", "pattern": "Camp Dorrit (North)", "id": "geo"},
    {"label": "ORG", "pattern": "Blue-Lantern Front", "id": "actor"},
]

TEXTS = [
    "QRX fighters crossed from Harrowgate Vale into al-Marwan on Monday.",
    "Near st. olvin's cross and AL-MARWAN, the blue-lantern front held Camp Dorrit (North).",
    "Harrowgate alone, harrowgate vale again, and Al Marwan spelled apart.",
]


def _ruler(cached: bool):
    if not cached:
        return spacy_ruler(PATTERNS)
    nlp = spacy.blank("en")
    return nlp, ruler_cache.add_ruler(nlp, PATTERNS)


def _ents(nlp):
    return entity_rows(nlp, TEXTS)


def test_cold_and_warm_cache_match_what_spacy_matches(tmp_path, monkeypatch):
    monkeypatch.setenv(ruler_cache.CACHE_ENV, str(tmp_path))
    nlp, ruler = _ruler(False)
    expected = _ents(nlp)
    assert any(expected)
    for _ in ("cold", "warm"):
        mine, mine_ruler = _ruler(True)
        assert _ents(mine) == expected
        assert mine_ruler.patterns == ruler.patterns
        assert len(mine_ruler) == len(ruler)
    assert len(list(tmp_path.glob(f"{ruler_cache.PREFIX}*.json"))) == 1


class _CountingTokenizer:
    """The real tokenizer, counting the texts it is asked to split."""

    def __init__(self, real) -> None:
        self.real, self.calls = real, 0

    def to_bytes(self, **kwargs):
        return self.real.to_bytes(**kwargs)

    def pipe(self, texts):
        self.calls += 1
        return self.real.pipe(texts)


def test_a_warm_cache_skips_the_tokenizer(tmp_path, monkeypatch):
    monkeypatch.setenv(ruler_cache.CACHE_ENV, str(tmp_path))
    nlp = spacy.blank("en")
    nlp.tokenizer = counting = _CountingTokenizer(nlp.tokenizer)
    texts = [p["pattern"] for p in PATTERNS if isinstance(p["pattern"], str)]
    cold = ruler_cache.phrase_words(nlp, texts)
    warm = ruler_cache.phrase_words(nlp, list(reversed(texts)))  # any order: the same key
    assert counting.calls == 1
    assert warm == cold
    assert warm["St. Olvin's Cross"] == ["st.", "olvin", "'s", "cross"]


def test_a_broken_or_unwritable_cache_only_costs_the_tokenizer(tmp_path, monkeypatch):
    monkeypatch.setenv(ruler_cache.CACHE_ENV, str(tmp_path))
    expected = _ents(_ruler(False)[0])
    _ruler(True)
    for path in tmp_path.glob(f"{ruler_cache.PREFIX}*.json"):
        path.write_text("{not json", encoding="utf-8")
    assert _ents(_ruler(True)[0]) == expected
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv(ruler_cache.CACHE_ENV, str(blocked / "cache"))  # cannot be a folder
    assert _ents(_ruler(True)[0]) == expected


def test_a_cache_file_without_a_texts_words_is_rebuilt(tmp_path, monkeypatch):
    """A file of the right name that lacks some text's words (edited by hand, or written
    by another program) is read as no cache at all, never as missing words."""
    monkeypatch.setenv(ruler_cache.CACHE_ENV, str(tmp_path))
    expected = _ents(_ruler(False)[0])
    _ruler(True)
    for path in tmp_path.glob(f"{ruler_cache.PREFIX}*.json"):
        kept = json.loads(path.read_text(encoding="utf-8"))
        renamed = {f"{text} (renamed)": words for text, words in kept.items()}
        path.write_text(json.dumps(renamed), encoding="utf-8")  # as many entries, other keys
    assert _ents(_ruler(True)[0]) == expected


def test_a_cache_file_with_words_that_are_not_text_is_rebuilt(tmp_path, monkeypatch):
    """Numbers where words belong (a hand edit) are no cache, not a crash at start-up."""
    monkeypatch.setenv(ruler_cache.CACHE_ENV, str(tmp_path))
    expected = _ents(_ruler(False)[0])
    _ruler(True)
    for path in tmp_path.glob(f"{ruler_cache.PREFIX}*.json"):
        kept = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps({text: [1, 2] for text in kept}), encoding="utf-8")
    assert _ents(_ruler(True)[0]) == expected
