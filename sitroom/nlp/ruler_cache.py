"""The entity ruler's phrase patterns, their tokens remembered between runs.

spaCy's `EntityRuler.add_patterns` runs each of the eleven thousand phrase patterns
through the tokenizer (and makes a vocabulary entry for every new word) to learn the
lower-case words its `PhraseMatcher` compares: about half a CPU second of every
pipeline's cold start, spent again on every run for the same answer. Here those words
are kept in a small file under the user's cache directory, named by a digest of
everything the answer depends on (spaCy's version, the language, the tokenizer's rules,
the pattern texts), and handed to the matcher as the word hashes it would have computed
itself: the same matches, labels and entity ids. A missing, unreadable or unwritable
cache only means the tokenizer runs, as before.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from sitroom.filecache import CACHE_ENV, cache_dir, read_json, write_json

if TYPE_CHECKING:
    from spacy.language import Language

#: CACHE_ENV and cache_dir: where the file lives (`sitroom.filecache`).
__all__ = ["CACHE_ENV", "PREFIX", "Phrase", "add_ruler", "cache_dir", "phrase_words"]
PREFIX = "ruler-words-"


class Phrase(NamedTuple):
    """Stands in for a phrase pattern's Doc in ``ruler.phrase_patterns``, which spaCy
    reads only for the pattern's text (``ruler.patterns``, ``len(ruler)``, saving)."""

    text: str


def _digest(nlp: Language, texts: list[str]) -> str:
    import spacy

    h = hashlib.sha256()
    h.update(json.dumps([spacy.__version__, nlp.lang]).encode())
    h.update(nlp.tokenizer.to_bytes(exclude=["vocab"]))
    h.update(json.dumps(texts, ensure_ascii=False).encode())
    return h.hexdigest()[:24]


def _read(path: Path, texts: list[str]) -> dict[str, list[str]] | None:
    """The remembered words, or None when the file is missing, unreadable, or lacks a
    text's words (a cache directory is the user's: a file there may have been edited)."""
    words = read_json(path)
    if not isinstance(words, dict):
        return None
    for text in texts:
        found = words.get(text)
        if not isinstance(found, list) or not all(isinstance(w, str) for w in found):
            return None
    return words


def phrase_words(nlp: Language, texts: list[str]) -> dict[str, list[str]]:
    """The lower-case words the tokenizer makes of each text (from the cache when it can).
    Keyed by the sorted texts: the components may list them in any order."""
    unique = sorted(set(texts))
    path = cache_dir() / f"{PREFIX}{_digest(nlp, unique)}.json"
    words = _read(path, unique)
    if words is None:
        docs = nlp.tokenizer.pipe(unique)
        words = {text: [t.lower_ for t in doc] for text, doc in zip(unique, docs, strict=True)}
        write_json(path, words, PREFIX)
    return words


def add_ruler(nlp: Language, patterns: list[dict], before: str | None = None) -> Any:
    """An entity ruler whose phrase patterns match on LOWER, added to ``nlp`` and holding
    ``patterns`` (as ``ruler.add_patterns`` would): token patterns go through spaCy,
    phrase patterns to the matcher as the word hashes of their remembered words."""
    ruler = nlp.add_pipe("entity_ruler", before=before, config={"phrase_matcher_attr": "LOWER"})
    phrases = [p for p in patterns if isinstance(p["pattern"], str)]
    tokens = [p for p in patterns if not isinstance(p["pattern"], str)]
    if tokens:
        ruler.add_patterns(tokens)
    strings = ruler.nlp.vocab.strings
    words = phrase_words(ruler.nlp, [p["pattern"] for p in phrases])
    for entry in phrases:
        lowers = words[entry["pattern"]]
        label = entry["label"]
        if entry.get("id"):  # as EntityRuler.add_patterns names a phrase with an id
            ent_label = label
            label = ruler._create_label(label, entry["id"])
            ruler._ent_ids[ruler.matcher._normalize_key(label)] = (ent_label, entry["id"])
        ruler.phrase_patterns[label].append(Phrase(entry["pattern"]))
        ruler.phrase_matcher.add(label, [[strings.add(w) for w in lowers]])
    return ruler
