"""Clauses of their own: one sentence that tells two incidents.

"Gunmen killed two farmers in A, while soldiers clashed with rebels in B" is two events,
each with its own place, type and sides. The parse hangs the second clause on the first
verb, and the events stage may read both as one occurrence of one family; here a clause
with a subject and a place of its own is split off (`split_clauses`), and each mention
that names a place of its own in its own clause is placed there (`clause_places`:
geo places the record at that name, as for a listed place).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.events.continuing import points_back
from sitroom.events.detect import build_mention
from sitroom.events.findings import Mention, Trigger, event_words
from sitroom.events.lexicon import Lexicon
from sitroom.events.listed import own_names
from sitroom.nlp import NOMINAL_SUBJECTS, child_tokens, subtree_tokens

#: Arcs from a verb to a clause of its own (``events/words.yaml``).
CLAUSE_DEPS = event_words("clause_deps")


def split_clauses(mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """Each mention, or its clauses where one with a subject and a place of its own
    ('..., while Ukrainian drones hit an oil depot in B') hangs on another's verb."""
    out: list[Mention] = []
    for mention in mentions:
        out.extend(_split(mention, lex))
    for mention in out:
        _own_weapons(mention, out)
    return out


def _own_weapons(mention: Mention, mentions: list[Mention]) -> None:
    """A weapon inside the clause of another mention below this one's verb is that one's
    ('RSF fighters shelled A, while army jets bombed B': the jets bombed, not shelled)."""
    head = mention.head.token
    theirs = {
        t.i
        for other in mentions
        if other is not mention and head in other.head.token.ancestors
        for t in subtree_tokens(other.head.token)
    }
    if theirs:
        mention.weapons = [w for w in mention.weapons if not any(t.i in theirs for t in w[1])]


def _split(mention: Mention, lex: Lexicon) -> list[Mention]:
    head = mention.head.token
    for trig in mention.members:
        tok = _clause_of(trig, head)
        if tok is None or tok.dep_ not in CLAUSE_DEPS:
            continue
        mine = _subject(tok)
        if mine is None or mine.lower() == (_subject(head) or "").lower():
            continue
        if points_back(tok, head):
            continue
        below = [t for t in mention.members if t.token.i == tok.i or tok in t.token.ancestors]
        if not below or len(below) == len(mention.members):
            continue
        rest = [t for t in mention.members if t not in below]
        first, second = _rebuilt(rest, lex), _rebuilt(below, lex)
        if len(clause_places([first, second])) == 2:
            return [*_split(first, lex), *_split(second, lex)]
    return [mention]


def _clause_of(trig: Trigger, head: Token) -> Token | None:
    """The verb right below ``head`` that heads the trigger's clause: the trigger's own verb,
    or the coordinated verb it hangs on when that verb is no member ('..., and a mortar
    attack hit a market, killing three': 'attack' and 'killing' hang on 'hit')."""
    tok = trig.token
    if not trig.nominal and tok.head.i == head.i:
        return tok
    for up in tok.ancestors:
        if up.head.i == head.i and up.i != head.i:
            return up if up.pos_ == "VERB" and up.dep_ == "conj" else None
    return None


def _rebuilt(group: list[Trigger], lex: Lexicon) -> Mention:
    return build_mention(sorted(group, key=lambda t: t.token.i), lex)


def _subject(verb: Token) -> str | None:
    """The words of the verb's own active subject, if it has one (a passive's subject is
    whom it befell: 'a boy was shot ... and two children were hurt' is one attack)."""
    for c in child_tokens(verb):
        if c.dep_ == "nsubj":
            return " ".join(t.text for t in subtree_tokens(c))
    return None


def clause_places(mentions: list[Mention]) -> dict[int, Span]:
    """Mentions of one sentence that each name one place of their own in their own clause
    ('Gunmen killed two farmers in A, while soldiers clashed with rebels in B'): the place
    of each (by the mention's id), so that each record stands at its own name; {} unless
    two or more clauses do, at different names (two mentions of one clause may share its
    name: '..., and a mortar attack hit a market in B, killing three')."""
    if len(mentions) < 2:
        return {}
    own: dict[int, Span] = {}
    clauses: dict[str, set[int]] = {}
    for mention in mentions:
        clause = _own_clause(mention)
        if clause is None:
            continue  # '... staged a protest in A, demanding ...': the protest's detail
        names = own_names(mention)
        if len(names) == 1:
            name, span = next(iter(names.items()))
            own[id(mention)] = span
            clauses.setdefault(name, set()).add(clause.i)
    if len(clauses) < 2 or any(len(c) > 1 for c in clauses.values()):
        return {}
    return own


def _own_clause(mention: Mention) -> Token | None:
    """The verb of the mention's own clause: its verb (for a noun, the verb it is the
    subject or object of) when that heads the sentence or a clause with a subject of its
    own ('..., while soldiers clashed ...'), else None."""
    tok = mention.head.token
    if mention.head.nominal and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        tok = tok.head
    if tok.dep_ == "ROOT" or any(c.dep_ in NOMINAL_SUBJECTS for c in child_tokens(tok)):
        return tok
    # '..., and a mortar attack hit a market, killing three': the attack is the clause's subject
    nouns = [t.token for t in mention.members if t.nominal and t.token.dep_ in ("nsubj", "nsubjpass")]
    return nouns[0].head if nouns else None
