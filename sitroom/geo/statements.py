"""Where a statement, demand or meeting took place: the actor's seat, not what was discussed.

"Turkey's foreign ministry denounced the shelling of its convoy in Idlib" happened in
Turkey; "rebel commanders agreed to a ceasefire pending talks about a summit in Geneva"
happened where the commanders are. For such non-violent events a place
counts only if the parse attaches it to the act itself ("said in Geneva", "Baghdad
announced"), not inside its content: the object of the statement verb, its subordinate
clauses, objects of "regarding/about/over/on...", or quoted speech.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sitroom.lang import pack_words
from sitroom.model import Event

#: PLOVER types that are said, asked, agreed or decided rather than done on the ground.
STATEMENT_TYPES = frozenset(
    {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "SANCTION",
        "DEMAND",  # PLOVER draft names (now REQUEST / ACCUSE)
        "DISAPPROVE",
    }
)
#: Event types under which a statement may be filed (never violence, protests or riots).
NON_VIOLENT_TYPES = frozenset({"", "Strategic developments"})
#: Verbs whose object is what was said, whatever PLOVER type the event got.
SPEECH_LEMMAS = pack_words("geo/words", "speech_lemmas")
#: Arcs below which a clause or noun phrase is what the act is about.
CONTENT_DEPS = frozenset(
    {"dobj", "ccomp", "xcomp", "advcl", "acl", "relcl", "attr", "oprd", "parataxis", "csubj"}
)
#: Prepositions whose object is a topic ("talks regarding X", "a dispute over X").
CONTENT_PREPS = pack_words("geo/words", "content_preps")
#: "on the outskirts of", "on the sidelines of": "on" used for a location.
LOCATIVE_NOUNS = pack_words("geo/words", "locative_nouns")
#: "condemnation of attacks in X": the preposition that ties a topic to its noun.
OF_PREPS = pack_words("geo/words", "of_preps")
#: Verbs whose direct object is the place of the act: "the president visited Baghdad".
VISIT_LEMMAS = pack_words("geo/words", "visit_lemmas")
#: People a statement is told to: "told reporters in Baghdad" happened in Baghdad.
AUDIENCE = pack_words("geo/words", "audience")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "csubjpass", "expl"})

_QUOTE = re.compile(r"[\"“”]")


def is_statement(event: Event, trigger: Token) -> bool:
    """A non-violent event that consists in saying, asking, agreeing or deciding something."""
    if event.event_type not in NON_VIOLENT_TYPES or not event.plover_type:
        return False
    return event.plover_type in STATEMENT_TYPES or trigger.lemma_.lower() in SPEECH_LEMMAS


def quoted_ranges(sentence: Span) -> list[tuple[int, int]]:
    """Character ranges of the quotations in a sentence (pairs of straight or curly quotes)."""
    marks = [sentence.start_char + m.start() for m in _QUOTE.finditer(sentence.text)]
    return [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]


def _content_arc(tok: Token, trigger: Token) -> bool:
    """Whether the arc from ``tok`` to its head enters the content of what was said."""
    if tok.dep_ == "dobj" and tok.head == trigger and trigger.lemma_.lower() in VISIT_LEMMAS:
        return False  # "visited Baghdad": where the act took place
    if tok.dep_ in CONTENT_DEPS:
        return not (tok.dep_ == "dobj" and tok.lemma_.lower() in AUDIENCE)
    if tok.dep_ == "dative":
        return tok.lemma_.lower() not in AUDIENCE
    if tok.dep_ == "prep":
        lemma = tok.lemma_.lower()
        if lemma in OF_PREPS:
            return tok.head == trigger  # "condemnation of attacks in Syria"
        if lemma in CONTENT_PREPS:
            objects = [c for c in tok.children if c.dep_ == "pobj"]
            return not any(o.lemma_.lower() in LOCATIVE_NOUNS for o in objects)
    return False


def _ancestors(tok: Token) -> list[Token]:
    """``tok`` and its heads up to the sentence root."""
    chain = [tok]
    while chain[-1].head != chain[-1]:
        chain.append(chain[-1].head)
    return chain


def in_content(name: Token, trigger: Token, quotes: list[tuple[int, int]]) -> bool:
    """Whether a place name lies inside what the statement is about, not where it was made."""
    for start, end in quotes:
        if start <= name.idx < end and not start <= trigger.idx < end:
            return True
    up = _ancestors(name)
    above_trigger = {t.i for t in _ancestors(trigger)}
    for tok in up:
        if tok.i in above_trigger:
            return False  # reached the act itself (or the clause above it) on a clean path
        if tok.dep_ in SUBJECT_DEPS and tok.head.i in above_trigger:
            return False  # the actor's own name: "Baghdad announced", "the Kyiv council said"
        if _content_arc(tok, trigger):
            return True
    return False


def name_token(sentence: Span, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens covering a character range."""
    span = sentence.doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None
