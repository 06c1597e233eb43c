"""Clauses of a sentence that tell another occasion than an event mention ('Gunmen shot dead
three villagers on Monday, days after jets bombed their hideouts'; '..., after militants
used drones to drop explosives'): the weapons named there are not the mention's instrument,
and a mention told in a clause measured back from another event ('days after', 'a week
after') is an earlier occasion. One reading (`other_occasions`) serves both: the weapons each
kinetic mention keeps, and the sentence-wide search for the weapon of a lone mention. Used by
`sitroom.events.detect`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.events.findings import Mention, event_words
from sitroom.nlp import span_tokens, subtree_tokens
from sitroom.time.offsets import earlier_clause, measured


def set_apart(sent: Span, kinetic: list[Mention]) -> None:
    """Each kinetic mention told measured back from another is retrospective (its mark,
    "after"), and each mention drops the weapons of the sentence's other occasions."""
    marks = {id(m): measured_occasion(m, kinetic) for m in kinetic}
    for mention in kinetic:
        if marks[id(mention)] is not None and not mention.retrospective:
            mention.retrospective = marks[id(mention)]
        theirs = other_occasions(sent, mention, [marks[id(m)] for m in kinetic if m is not mention], beside=False)
        mention.weapons = [w for w in mention.weapons if not any(t in theirs for t in w[1])]


def other_occasions(
    sent: Span, mention: Mention, measured_marks: list[Token | None], beside: bool = True
) -> set[Token]:
    """The tokens of clauses that tell another occasion than ``mention``: another mention's
    clause measured back from it (``measured_marks``: their marks from `measured_occasion`,
    None where there is none), and with ``beside`` a clause under 'after', 'since' ... beside
    its own (read only where the mention's weapon is searched for in the whole sentence: a
    mention the parse tells in such a clause keeps its weapon there)."""
    marks = event_words("occasion_marks")
    head = mention.head.token
    out: set[Token] = set()
    for tok in span_tokens(sent) if beside else ():
        if tok.dep_ == "mark" and tok.lower_ in marks and tok.head.dep_ == "advcl":
            clause = tok.head
            if clause is not head and clause not in head.ancestors and head not in clause.ancestors:
                out |= set(subtree_tokens(clause))
    for mark in measured_marks:
        if mark is not None:
            out |= set(subtree_tokens(mark.head))
    return out


def measured_occasion(mention: Mention, kinetic: list[Mention]) -> Token | None:
    """'Gunmen shot dead three villagers on Monday, days after jets bombed their hideouts':
    a clause measured back from another event of the sentence ('days after', 'a week after')
    tells an earlier occasion, not the news; its mark ("after"), read as time/offsets reads
    it (which dates it back when the length is a number of days)."""
    clause = earlier_clause(mention.head.token)
    if clause is None or not measured(clause):
        return None
    verb, mark = clause
    above = {verb.head.i, *(a.i for a in verb.head.ancestors)}
    return mark if any(m.head.token.i in above for m in kinetic if m is not mention) else None
