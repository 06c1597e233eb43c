"""What detection finds in a sentence (triggers, mentions) and the parse labels it reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Span, Token

from sitroom.events.lexicon import Term
from sitroom.lang import PackWords, pack_words
from sitroom.nlp import child_tokens, subtree_tokens


@cache  # one PackWords per list (each pack keeps its value)
def event_words(name: str) -> PackWords:
    """A word list of the events stage (``events/words.yaml`` of the active language pack)."""
    return pack_words("events/words", name)


#: Families whose triggers combine into one violent/kinetic occurrence per sentence.
KINETIC = frozenset({"violence", "property", "territory", "seize", "protest", "arrest"})
CIRCUMSTANCE_PREPS = event_words("circumstance_preps")
REASON_PREPS = event_words("reason_preps")
PROTEST_REASON_PREPS = event_words("protest_reason_preps")
REASON_NOUNS = event_words("reason_nouns")
PARTICLES = event_words("particles")
SUBJECTS = ("nsubj", "csubj")
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
PLACE_PREPS = event_words("place_preps")
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_ENTS = frozenset({"ORG", "NORP", "GPE", "PERSON"})
DEFINITE = event_words("definite")
RELATIVE = event_words("relative")
PRONOUNS = event_words("pronouns")
CONTINUATIVE = event_words("continuative")
GOVERNED_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "pcomp", "prep"})
#: Classes of violence done to someone (for classify and territory).
VIOLENT_CLASSES = frozenset(
    {
        "attack",
        "kill",
        "shoot",
        "remote",
        "bomb",
        "clash",
        "explode",
        "assassinate",
        "massacre",
        "torture",
        "mob",
    }
)


def gives_reason(word: str, protest: bool = False) -> bool:
    """Is ``word`` (lower-cased) a preposition giving a reason ('arrested for', 'protested
    over')? For a protest also what it is against or follows ('against', 'following')."""
    return word in REASON_PREPS or (protest and word in PROTEST_REASON_PREPS)


def behind_reason(tok: Token, head: Token, protest: bool = False) -> bool:
    """Is ``tok`` in a reason given for ``head`` ('arrested for taking part in a protest',
    'protested over the killing of ...', 'a vigil in memory of ...')? Another occurrence,
    not part of head's event. What a protest is against, follows or objects to ('protested
    the arrest of ...', 'rallied against the attacks', 'following a riot last month') is
    its cause too."""
    if protest and any(c.dep_ == "mark" and gives_reason(c.lower_, True) for c in child_tokens(tok)):
        return True  # 'protested after three students were killed'
    prev = tok
    for anc in tok.ancestors:
        if anc.i == head.i:
            return protest and prev.dep_ in ("dobj", "obj")
        if anc.dep_ in ("prep", "advcl") and gives_reason(anc.lower_, protest):
            return True  # 'for taking part', 'following a riot' (parsed as a verb)
        if anc.dep_ == "pobj" and anc.lemma_.lower() in REASON_NOUNS:
            return True
        if protest and any(c.dep_ == "mark" and gives_reason(c.lower_, True) for c in child_tokens(anc)):
            return True
        prev = anc
    return False


def answers_another(tok: Token, other: Token) -> bool:
    """One of two triggers lies in what the other answers or remembers, below a reason noun
    on the path between them ("fired rockets in response to a strike that killed three",
    "raided the village in revenge for an attack that killed two herders"): two occasions,
    not one."""
    for low, high in ((tok, other), (other, tok)):
        path = []
        for anc in low.ancestors:
            if anc.i == high.i:
                return any(_answering(a) for a in path)
            path.append(anc)
    return False


def _answering(tok: Token) -> bool:
    """A reason noun ("in response to ..."), or the preposition right after one where the
    parse hangs it on the verb ("raided X in revenge | for an attack ...")."""
    if tok.dep_ == "pobj":
        return tok.lemma_.lower() in REASON_NOUNS
    return tok.dep_ == "prep" and tok.i > 0 and tok.doc[tok.i - 1].lemma_.lower() in REASON_NOUNS


def in_aside(tok: Token, head: Token) -> bool:
    """Inside a circumstance of another event ('... amid a wave of assaults by men who have
    long fought'): below a circumstance preposition that ``head`` does not sit below."""
    for anc in tok.ancestors:
        if anc == head:
            return False
        if anc.dep_ == "prep" and anc.lower_ in CIRCUMSTANCE_PREPS:
            return head not in set(subtree_tokens(anc))
    return False


def in_own_clause(tok: Token, head: Token) -> bool:
    """``tok`` is ``head``, or hangs on it through no clause of its own ('killed in the
    deadliest attack', not 'killed in a raid on men who fled the earlier attack')."""
    for anc in [tok, *tok.ancestors]:
        if anc == head:
            return True
        if anc.dep_ in event_words("clause_deps"):
            return False
    return True


@dataclass
class Trigger:
    """One trigger word (or phrase) and what the parse says about it."""

    token: Token
    cls: str
    nominal: bool
    span: Span
    light: Token | None = None  # "carried out", "launched" asserting a nominal
    asserted: bool = True
    negated: bool = False
    hypothetical: bool = False
    reason: str = ""
    key: Term = ()  # the lexicon entry matched: ("open", "fire")

    @property
    def found(self) -> bool:
        """A killing told by the finding of its dead ('police found three bodies', 'residents
        discovered the corpse'): the verb's subject found them, it did not kill them."""
        return len(self.key) > 1 and self.key[0] in event_words("finding_verbs")


@dataclass
class Mention:
    """A cluster of triggers that together describe one occurrence."""

    head: Trigger
    members: list[Trigger]
    family: str
    agent: Span | None = None
    agent_explicit: bool = False
    patient: Span | None = None
    origin: Span | None = None
    target_place: Span | None = None
    weapons: list[tuple[str, Span]] = field(default_factory=list)  # (weapon class, words)
    patients: list[Span] = field(default_factory=list)  # every member's target, first = patient
    aggregate: Token | None = None
    retrospective: Token | None = None
    ongoing: Token | None = None

    @property
    def classes(self) -> list[str]:
        return [t.cls for t in self.members]


@dataclass
class SentenceFindings:
    mentions: list[Mention]
    references: list[Token]  # nominal mentions pointing back at an earlier event
    rejected: list[Trigger]  # negated / hypothetical triggers, kept for inspection
    witnessed: set[str] = field(default_factory=set)  # families a witness's quote set aside


def keep_own_weapons(kinetic: list[Mention]) -> None:
    """A violent mention told inside another's clause ("fired a missile at a ship in
    response to an air strike that killed four") keeps the weapons of its own words: the
    mention whose clause holds it does not take them (the missile attack is no air strike)."""
    for outer in kinetic:
        top = outer.head.token
        for inner in kinetic:
            if inner is outer or not top.is_ancestor(inner.head.token):
                continue
            theirs = {t.i for trig in inner.members for t in subtree_tokens(trig.token)}
            outer.weapons = [w for w in outer.weapons if not any(t.i in theirs for t in w[1])]
