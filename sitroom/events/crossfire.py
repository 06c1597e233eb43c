"""People who died in the crossfire of a fight ("three civilians were killed in crossfire",
"caught in the cross-fire as soldiers fought rebels") were not a side of it: ACLED counts
them in the clash's toll and codes the clash between the armed sides."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.lang import pack_words

_BYSTANDER = pack_words("actors/words", "bystander_words")


def in_crossfire(span: Span) -> bool:
    """The verb the phrase hangs on tells the deaths as a fight's crossfire (a noun of it,
    not 'a stray dog')."""
    verb = span.root.head
    if verb.i == span.root.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    inside = {t.i for t in span}
    return any(
        t.i not in inside and t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in _BYSTANDER
        for t in verb.subtree
    )


def without_bystanders(spans: list[Span]) -> list[Span]:
    """The phrases that may name actor2, less those naming crossfire's dead."""
    return [s for s in spans if not in_crossfire(s)]
