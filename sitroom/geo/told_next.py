"""An event whose sentence names no place, placed by the next sentence when that one points
back at the event's site: "Gunmen killed 30 people at a market on Sunday. The town, X, lies
in Y." (or at a noun of the event's own sentence: "... raided a school. The school is in X") X is where it happened, at its own precision, not the article's focus guessed at
precision 3 (`sitroom.geo.component.locate`)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from sitroom.geo.context import Mention
from sitroom.geo.gazetteer import Hit
from sitroom.lang import pack_words
from sitroom.nlp import sentences

#: "The town, X": determiners and nouns that open a sentence pointing back at a site.
_BACK_DETERMINERS = pack_words("geo/words", "site_back_determiners")
_BACK_NOUNS = pack_words("geo/words", "site_back_nouns")


def told_next(sent: Span, mentions: Sequence[Mention], focus: Hit) -> Mention | None:
    """The mention of ``focus`` in the sentence right after ``sent``, when that sentence
    opens with a determiner and a site noun ("The village, X, ...", "The attack took place
    near X"); None when there is none."""
    nxt = next((s for s in sentences(sent.doc) if s.start >= sent.end), None)
    if nxt is None or len(nxt) < 3:
        return None
    det, noun = nxt[0], nxt[1]
    if det.lower_ not in _BACK_DETERMINERS or not _points_back(noun, sent):
        return None
    return next(
        (
            m
            for m in mentions
            if m.resolved is not None and m.resolved.id == focus.id and nxt.start_char <= m.start < nxt.end_char
        ),
        None,
    )


def _points_back(noun, sent: Span) -> bool:
    """The next sentence's subject names the site or the deed ("The village", "The blast"),
    or takes up a noun of the event's own sentence ("... from a school. The school is in X")."""
    lemma = noun.lemma_.lower()
    if lemma in _BACK_NOUNS:
        return True
    return noun.pos_ == "NOUN" and any(t.pos_ == "NOUN" and t.lemma_.lower() == lemma for t in sent)
