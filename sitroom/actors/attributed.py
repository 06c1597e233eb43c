"""Armed men a report only believes to be a group's: "gunmen believed to belong to the OLA",
"fighters suspected of being members of X", "attackers thought to be X militants".

ACLED names the suspected group as the perpetrator; sitroom does too, and keeps the doubt:
the record's claim is ``unconfirmed``, citing the word of belief. The believed group is read
on the phrase's own verb of belief (an ``acl``), or, where the parser made that verb the
sentence's root with the armed men its subject, on that root.

    attributed_groups(head)               # the phrases naming the group, for agent_spans
    keep_suspected(event, side)   # once the group is actor1
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.lang import pack_words
from sitroom.model import Event, Evidence
from sitroom.nlp import child_tokens

#: Verbs of belief whose complement names the group ("believed to belong to X").
_BELIEVING = pack_words("actors/words", "believing_verbs")
_MEMBER_LINKS = pack_words("actors/words", "member_links")
_MEMBER_PREPS = pack_words("actors/words", "member_preps")
_OF = pack_words("actors/words", "of_preps")
_UP = 5  # heads walked up from a group's name to the verb of belief
#: The links walked up: 'to (belong) to X', 'of (being) X', 'to be members of X'.
_CHAIN = {"pobj", "prep", "xcomp", "pcomp", "attr", "compound"}


def _belief_verbs(head: Token) -> list[Token]:
    verbs = [c for c in child_tokens(head) if c.dep_ in ("acl", "amod", "relcl") and _believing(c)]
    if head.dep_ in ("nsubj", "nsubjpass") and _believing(head.head):
        verbs.append(head.head)  # "Gunmen believed to belong to X abducted ...", misparsed
    return verbs


def _believing(token: Token) -> bool:
    return token.pos_ in ("VERB", "ADJ") and token.lemma_.lower() in _BELIEVING


def attributed_groups(head: Token) -> list[Span]:
    """The group the armed men of ``head`` are believed to belong to, as phrases to resolve."""
    found: list[Token] = []
    for verb in _belief_verbs(head):
        links = [c for c in child_tokens(verb) if c.dep_ in ("xcomp", "prep")]
        links += [p for c in links if c.dep_ == "prep" for p in child_tokens(c) if p.dep_ == "pcomp"]
        for link in links:
            found += _named_by(link)
    return [_phrase(t) for t in found if _names_someone(t)]


def _named_by(link: Token) -> list[Token]:
    """'belong to X' → X; 'be (members|fighters) of X' → X; 'be X militants' → militants."""
    out: list[Token] = []
    if link.lemma_.lower() in _MEMBER_LINKS:
        out += [o for p in child_tokens(link) if p.dep_ == "prep" for o in child_tokens(p) if o.dep_ == "pobj"]
    for attr in child_tokens(link):
        if attr.dep_ != "attr":
            continue
        members = [
            o for p in child_tokens(attr)
            if p.dep_ == "prep" and (p.lower_ in _OF or p.lower_ in _MEMBER_PREPS)
            for o in child_tokens(p) if o.dep_ == "pobj"
        ]
        out += members or [attr]
    return out


def _names_someone(token: Token) -> bool:
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP") for t in _phrase(token))


def _phrase(token: Token) -> Span:
    """The noun phrase of ``token``: its left modifiers and the token itself."""
    return token.doc[token.left_edge.i : token.i + 1]


def belief_cue(span: Span) -> Token | None:
    """The verb of belief a group's phrase hangs from ("believed" of "believed to belong to X")."""
    token = span.root
    if _believing(token):  # the phrase is the whole "gunmen believed to belong to X"
        return token
    for _ in range(_UP):
        if token.dep_ not in _CHAIN:
            return None
        token = token.head
        if _believing(token):
            return token
    return None


def keep_suspected(event: Event, side: list) -> None:
    """A believed group made actor1 (the first named phrase of ``side``): the claim stays
    unconfirmed, citing the word of belief."""
    span = next((span for span, mention, _ in side if mention.actor is not None), None)
    cue = belief_cue(span) if span is not None else None
    if cue is None or event.claim != "reported":
        return
    event.claim = "unconfirmed"
    event.cite("claim", Evidence(cue.idx, cue.idx + len(cue.text), cue.text))
