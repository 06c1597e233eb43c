"""Events dated by their distance from another: "The raid came two days after four farmers
were killed", "Gunmen struck on Monday, a week after soldiers raided the camp".

The clause under "after" tells an earlier event; the length in front of "after" says how
much earlier than the event it is measured from. Without this, the earlier event takes
the date of the news around it, one or more days late.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from sitroom.nlp import child_tokens
from sitroom.time.expressions import TimeRef, resolve
from sitroom.time.numbers import lexicon_words, words
from sitroom.time.refs import UNITS

_EARLIER_MARKS = lexicon_words("earlier_marks")
_FILLERS = lexicon_words("offset_fillers")

#: How far up from the trigger the "after" clause's verb may stand ("after militants
#: launched an attack": the trigger "attack" sits one step below "launched").
_MAX_CLIMB = 2


def earlier_clause(trigger: Token) -> tuple[Token, Token] | None:
    """(verb, mark) of the "after ..." clause holding the trigger, or None."""
    tok = trigger
    for _ in range(_MAX_CLIMB + 1):
        mark = next((c for c in child_tokens(tok) if c.dep_ == "mark" and c.lower_ in _EARLIER_MARKS), None)
        if mark is not None and tok.dep_ == "advcl":
            return tok, mark
        if tok.dep_ in ("advcl", "ROOT") or tok.head is tok:
            return None  # the trigger's own clause opens without "after"
        tok = tok.head
    return None


def measured(clause: tuple[Token, Token]) -> bool:
    """The "after ..." clause (verb, mark) is measured from the event it hangs on ("two
    days after", "weeks after"): it tells another occasion than that event."""
    return _length(*clause) is not None


def _length(verb: Token, mark: Token) -> Token | None:
    """The measured length ("two days", "a week"; also where the parser tags no date, as
    'a day' may be) in front of "after"."""
    for head in (mark, verb):
        for c in child_tokens(head):
            if c.dep_ == "npadvmod" and (c.ent_type_ == "DATE" or c.lower_ in UNITS) and c.i < mark.i:
                return c
    return None


def offset_date(clause: tuple[Token, Token], anchor: date, published: date) -> tuple[TimeRef, Span] | None:
    """The date of an event told in ``clause`` (its verb and "after", from `earlier_clause`)
    as "N days after ...", counted back from ``anchor`` (the date of the event it is
    measured from), with the span that says so."""
    verb, mark = clause
    length = _length(verb, mark)
    if length is None:
        return None
    told = [t.text for t in length.subtree if t.i < mark.i and t.lower_ not in _FILLERS]
    if told == [length.text] and length.tag_ == "NNS":
        told = [*words("bare_length_count"), *told]  # "days after ...": a few days
    ref = resolve(" ".join(told) + " before", published, anchor=anchor)
    if ref is None or ref.kind != "relative" or ref.date > anchor:
        return None
    return ref, verb.doc[min(t.i for t in length.subtree):mark.i + 1]
