"""An event whose sentence names no place but points back at one named before: "Gunmen
killed four farmers in X on Tuesday. They returned to the same town on Wednesday ..."
happened at X, at X's own precision, not at the article's focus guessed at precision 3
(`sitroom.geo.component.locate`). The place is that of the nearest earlier event, of a
sentence before this one, that its own sentence placed (precision 1 or 2)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from sitroom.components import Candidate
from sitroom.lang import pack_words
from sitroom.model import Event

#: "the same town", "the same base": the word that points back, and the nouns of a place.
_SAME_WORDS = pack_words("geo/words", "same_place_words")
_PLACE_NOUNS = pack_words("geo/words", "same_place_nouns")


def says_same_place(sent: Span) -> bool:
    """The sentence has 'the same <place noun>' ('returned to the same town')."""
    return any(
        t.lower_ in _SAME_WORDS and t.head.i > t.i and t.head.lemma_.lower() in _PLACE_NOUNS
        for t in sent
    )


def same_place_event(cand: Candidate, candidates: Sequence[Candidate]) -> Event | None:
    """The nearest earlier event placed by a sentence before ``cand``'s own, when ``cand``'s
    sentence points back at a place ('the same town'); else None."""
    sent = cand.sentence
    if not says_same_place(sent):
        return None
    for c in reversed([c for c in candidates if c.sentence.end <= sent.start]):
        ev = c.event
        if ev.latitude is not None and ev.geo_precision in (1, 2) and ev.location:
            return ev
    return None
