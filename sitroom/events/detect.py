"""Find event mentions in one parsed sentence: triggers, their arguments, and assertion.

A *trigger* is a verb ("shelled", "opened fire") or a noun ("airstrike", "clashes")
from the lexicon. Nouns are events only when the sentence asserts them (subject of a
verb, object of a light verb such as "carried out", or anchored to a place); otherwise
they refer back to something already told ("followed the attack"). Triggers of one
family in one sentence describe one occurrence unless they have different explicit
agents, so coordinated clauses do not multiply events.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from sitroom.events.lexicon import Lexicon, Term, load_lexicon
from sitroom.events.parsing import (
    base_forms,
    children,
    first_child,
    is_weapon_word,
    lemma,
    phrase,
    prep_objects,
    weapons_in,
    with_conjuncts,
)

#: Families whose triggers combine into one violent/kinetic occurrence per sentence.
KINETIC = frozenset({"violence", "property", "territory", "seize", "protest", "arrest"})
CIRCUMSTANCE_PREPS = frozenset({"amid", "despite", "after", "before", "following", "since"})
PARTICLES = frozenset({"down", "up", "out", "off", "over", "back", "away"})
SUBJECTS = ("nsubj", "csubj")
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
PLACE_PREPS = frozenset({"in", "at", "on", "near", "outside", "inside", "around", "across"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_ENTS = frozenset({"ORG", "NORP", "GPE", "PERSON"})
DEFINITE = frozenset({"the", "this", "that", "these", "those", "such", "both"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "them", "this", "these"})
CONTINUATIVE = frozenset({"continue", "begin", "start", "go", "proceed", "manage", "keep"})
GOVERNED_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "pcomp", "prep"})


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


# ---------------------------------------------------------------- trigger finding


def verb_keys(tok: Token) -> list[Term]:
    """Lookup keys for a verb, most specific first: particle, object and preposition."""
    keys: list[Term] = []
    for base in base_forms(tok):
        for c in tok.children:
            if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in PARTICLES):
                keys.append((base, c.lower_))  # 'shot down', also when tagged an adverb
            elif c.dep_ in ("dobj", "nsubjpass", "oprd", "acomp"):
                keys.append((base, lemma(c)))  # 'opened fire', 'found dead'
            elif c.dep_ == "prep":
                keys.append((base, c.lower_))
    keys += [(b,) for b in base_forms(tok)]
    return keys


def _object_lemmas(tok: Token) -> set[str]:
    """Objects of a verb, looking through 'to the streets' and 'dozens of mines'."""
    objs = children(tok, "dobj", "nsubjpass", "attr")
    objs += [o for p in children(tok, "prep") for o in children(p, "pobj")]
    objs += [c for o in objs for c in o.conjuncts]
    quantities = load_lexicon().cue("quantity_nouns")
    objs += [o for q in objs if lemma(q) in quantities for _p, o in prep_objects(q, {"of"})]
    return {lemma(o) for o in objs}


def _verb_trigger(tok: Token, lex: Lexicon) -> Trigger | None:
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ == "amod":
        return None
    for key in verb_keys(tok):
        cls = lex.verbs.get(key)
        if cls is None:
            continue
        needed = lex.object_required.get(key)  # 'find' needs weapons; 'find dead' nothing
        if needed and not (_object_lemmas(tok) & needed):
            return None
        trig = Trigger(tok, cls, False, tok.doc[tok.i : tok.i + 1])
        trig.key = key
        return trig
    return None


def _light_key(tok: Token, lex: Lexicon) -> str | None:
    for base in base_forms(tok):
        for c in tok.children:
            if c.dep_ in ("prt", "dobj") and (base, c.lower_) in lex.light_verbs:
                return f"{base} {c.lower_}"
        if (base,) in lex.light_verbs:
            return base
    return None


def _argument_position(noun: Token, lex: Lexicon) -> Token:
    """The token whose role stands for the noun's: the first conjunct ('rocket and artillery
    shelling was reported'), the quantity it counts ('a total of 19 explosions')."""
    while noun.dep_ in ("conj", "compound") and noun.head != noun:
        noun = noun.head  # 'rocket and artillery shelling', 'a protest sit-in'
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        quantity = noun.head.head
        if lemma(quantity) in lex.cue("quantity_nouns"):
            return _argument_position(quantity, lex)
    return noun


def _light_verb_for(noun: Token, lex: Lexicon) -> Token | None:
    """The light verb asserting ``noun`` ("carried out an attack", "held a protest")."""
    word = noun
    noun = _argument_position(noun, lex)
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in ("VERB", "NOUN"):
        head = head.head  # 'took part in protests', 'participated in a march'
        if head.lower_ == "part" and head.head.pos_ == "VERB":
            head = head.head
        key = _light_key(head, lex)
        return head if key in ("take part", "participate") else None
    if noun.dep_ not in ("dobj", "nsubjpass", "obj") or head.pos_ not in ("VERB", "AUX"):
        return None
    key = _light_key(head, lex)
    if key is None:
        return None
    allowed = lex.light_verb_nouns.get(key.split()[0])
    if allowed is not None and lemma(word) not in allowed:
        return None
    return head


def _is_labor_strike(noun: Token, lex: Lexicon) -> bool:
    mods = {lemma(c) for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    if mods & lex.labor_strike_modifiers:
        return True
    head = noun.head
    return head.lower_ == "on" and lemma(head.head) in ("go", "be", "remain")


def _noun_trigger(tok: Token, lex: Lexicon) -> Trigger | None:
    if tok.pos_ not in ("NOUN", "PROPN") or (tok.pos_ == "PROPN" and not tok.text.islower()):
        return None
    cls = next((lex.nouns[f] for f in base_forms(tok) if f in lex.nouns), None)
    if cls is None:
        return None
    if lemma(tok) == "strike" and _is_labor_strike(tok, lex):
        cls = "labor_strike"
    mods = {lemma(c) for c in tok.children if c.dep_ in ("amod", "compound")}
    if "sexual" in mods:
        cls = "sexual"  # 'sexual assault', 'sexual violence'
    elif cls == "sexual" and lemma(tok) == "violence":
        return None
    if lemma(tok) == "exchange" and any(
        lemma(o) in ("fire", "gunfire") for _p, o in prep_objects(tok, {"of"})
    ):
        cls = "clash"
    return Trigger(tok, cls, True, tok.doc[tok.i : tok.i + 1])


def _announce_trigger(tok: Token, lex: Lexicon) -> Trigger | None:
    """'announced a truce / a halt / the resumption of talks': the object names the event."""
    if lemma(tok) not in ("announce", "declare") or tok.pos_ != "VERB":
        return None
    for obj in children(tok, "dobj", "nsubjpass"):
        cls = lex.announce_objects.get(lemma(obj))
        if cls is None:
            continue
        if lemma(obj) == "resumption":
            inner = [lemma(o) for p in children(obj, "prep") for o in children(p, "pobj")]
            cls = lex.nouns.get(inner[0], cls) if inner else cls
        return Trigger(
            tok,
            cls,
            False,
            tok.doc[tok.i : obj.i + 1] if obj.i > tok.i else tok.doc[obj.i : tok.i + 1],
        )
    return None


def _weapon_launch(tok: Token, lex: Lexicon) -> bool:
    """'fired/launched rockets' — firing verbs count when a weapon is fired or aimed."""
    objs = children(tok, "dobj", "nsubjpass")
    if any(is_weapon_word(o, lex) or weapons_in(list(o.subtree), lex) for o in objs):
        return True
    return bool(prep_objects(tok, {"on", "at", "upon", "toward", "towards", "into"}))


def find_triggers(sent: Span, lex: Lexicon) -> list[Trigger]:
    found: list[Trigger] = []
    for tok in sent:
        trig = _announce_trigger(tok, lex) or _verb_trigger(tok, lex) or _noun_trigger(tok, lex)
        if trig is not None and (trig.nominal or _plausible_verb(trig, sent, lex)):
            found.append(trig)
    return found


def _plausible_verb(trig: Trigger, sent: Span, lex: Lexicon) -> bool:
    """Generic verbs ('fired', 'hit', 'gathered') are conflict events only in context."""
    tok, base = trig.token, lemma(trig.token)
    if base in ("fire", "launch") and trig.cls in ("remote", "shoot"):
        return _weapon_launch(tok, lex)
    if base == "die":  # 'died from gunfire', 'died in an airstrike', not 'died of illness'
        words = list(tok.subtree)
        return bool(weapons_in(words, lex)) or any(lex.nouns.get(lemma(t)) for t in words)
    if base in ("fall", "land", "impact"):  # 'three rockets fell near the airport'
        subj = first_child(tok, *SUBJECTS)
        return subj is not None and bool(weapons_in(list(subj.subtree), lex))
    if base == "engage":  # 'engaged in clashes', 'engaged with militants', not 'engaged in talks'
        inside = {lex.nouns.get(lemma(o), "") for _p, o in prep_objects(tok, {"in"})}
        return "clash" in inside or bool(prep_objects(tok, {"with"}) or children(tok, "dobj"))
    if base in ("hit", "strike", "target", "pound"):
        return _has_conflict_argument(tok, lex)
    if trig.cls == "destroy":  # 'fires are burning' is no attack; 'burned houses' may be
        if "fire" in trig.key[1:]:
            return True  # 'set fire to ...': the object is part of the trigger
        objs = children(tok, "dobj", "nsubjpass")
        return bool(objs) and lemma(objs[0]) not in ("fire", "blaze", "flame")
    if base == "demonstrate":
        return not children(tok, "dobj", "ccomp")
    if base in ("gather", "assemble", "march"):
        return _protest_gathering(tok, sent, lex)
    return True


def _protest_gathering(tok: Token, sent: Span, lex: Lexicon) -> bool:
    """'Thousands gathered' is a protest when people gather, or the sentence says protest."""
    purposes = lex.cue("protest_purposes")
    if any(c.dep_ in ("advcl", "xcomp") and lemma(c) in purposes for c in tok.children):
        return True  # 'gathered in front of the palace to demand ...'
    subj = first_child(tok, *SUBJECTS)
    if subj is not None and (
        lemma(subj) in lex.cue("protest_subjects")
        or any(lemma(t) in lex.cue("protest_subjects") for t in subj.subtree)
    ):
        return True
    return any(lex.nouns.get(lemma(t)) == "protest" for t in sent)


def _has_conflict_argument(tok: Token, lex: Lexicon) -> bool:
    """'hit'/'strike'/'target' are attacks with a weapon, an armed attacker or target, or an
    actor-like attacker and a place; not 'floods hit Japan' or 'sanctions targeting Iran'."""
    if weapons_in(list(tok.subtree), lex):
        return True
    agent = agent_of(tok, lex)
    agent_words = {lemma(t) for t in agent} if agent is not None else set()
    if agent_words & lex.cue("non_conflict_causes"):
        return False
    if agent is not None and weapons_in(list(agent), lex):
        return True  # 'an armed drone ..., targeting X
    armed = lex.cue("armed_nouns")
    if agent_words & (armed | lex.cue("nonstate_cues")):
        return True
    objs = [o for o in children(tok, "dobj", "nsubjpass")]
    objs += [o for _p, o in prep_objects(tok, {"on", "at", "against"})]
    obj_words = {lemma(t) for o in objs for t in phrase(o)}
    if obj_words & armed:
        return True
    actor_like = agent is not None and any(t.ent_type_ in ("ORG", "NORP", "GPE") for t in agent)
    placed = any(o.ent_type_ in PLACE_ENTS or lemma(o) in lex.cue("place_nouns") for o in objs)
    civilians = bool(obj_words & lex.cue("civilian_nouns"))
    return actor_like and (placed or civilians)


# ---------------------------------------------------------------- assertion


def _negated(tok: Token, lex: Lexicon) -> bool:
    neg = lex.cue("negation_words")
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in neg):
            return True
    return False


def _modal(tok: Token, lex: Lexicon) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in lex.cue("modal_cues") for c in tok.children)


def _infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def assertion(trig: Trigger, lex: Lexicon) -> tuple[bool, str]:
    """Is the trigger asserted as having happened? Returns (asserted, why-not)."""
    tok = trig.light if trig.light is not None else trig.token
    if (
        trig.nominal
        and trig.light is None
        and tok.head.pos_ in ("VERB", "AUX")
        and tok.dep_ in SUBJECTS + PASSIVE_SUBJECTS
    ):
        tok = tok.head  # "the attack will target ..." → judge the verb
    if _negated(trig.token, lex) or (tok != trig.token and _negated(tok, lex)):
        return False, "negated"
    cur = tok
    for _ in range(8):
        if _modal(cur, lex):
            return False, "modal"
        if any(
            c.dep_ == "mark" and c.lower_ in lex.cue("hypothetical_marks") for c in cur.children
        ):
            return False, "conditional"
        purpose = cur.dep_ in ("xcomp", "advcl", "acl", "ccomp", "relcl") or cur.head == cur
        if _infinitive(cur) and lemma(cur.head) not in CONTINUATIVE and purpose:
            return False, "infinitive"
        head = cur.head
        if head == cur or cur.dep_ not in GOVERNED_DEPS:
            break
        if lemma(head) in lex.cue("hypothetical_governors") and cur.dep_ != "conj":
            return False, f"governed by {head.lower_}"
        if cur.dep_ == "conj" and (_negated(head, lex) and not children(cur, "nsubj")):
            return False, "negated"
        cur = head
    return True, ""


# ---------------------------------------------------------------- nominal assertion


def _anchored_to_place(noun: Token, lex: Lexicon) -> bool:
    for _prep, obj in prep_objects(noun, PLACE_PREPS | {"of"}):
        if obj.ent_type_ in PLACE_ENTS or lemma(obj) in lex.cue("place_nouns"):
            return True
        if any(t.ent_type_ in PLACE_ENTS for t in obj.subtree):
            return True
        if _prep == "of" and obj.ent_type_ == "PERSON":
            return True
    return False


def nominal_status(trig: Trigger, lex: Lexicon) -> str:
    """'event' if the sentence asserts the nominal, else 'reference' or 'none'."""
    noun = trig.token
    light = _light_verb_for(noun, lex)
    if light is not None and _alleged_doing(light, noun, lex):
        return "reference"  # 'accused the army of carrying out the strike'
    if light is not None:
        trig.light = light
        return "event"
    if lemma(noun) in lex.light_only_nouns:
        occurs = noun.dep_ in SUBJECTS and lemma(noun.head) in lex.cue("occurrence_verbs")
        return "event" if occurs and not _negated(noun.head, lex) else "none"
    eventive_kind = lex.classes[trig.cls].family == "protest" or trig.cls == "sexual"
    if eventive_kind and _eventive_protest(noun, lex):
        return "event"
    role = _argument_position(noun, lex)
    head = role.head
    if (
        role.dep_ in SUBJECTS + PASSIVE_SUBJECTS
        and head.pos_ in ("VERB", "AUX")
        and lemma(head) not in lex.cue("reference_verbs")
        and not _definite_reference(noun, lex)
    ):
        return "event"
    if _anchored_to_place(noun, lex) and lemma(head) not in lex.cue("reference_verbs"):
        return "event"
    return "reference" if lemma(noun) in lex.cue("reference_nouns") else "none"


def _alleged_doing(light: Token, noun: Token, lex: Lexicon) -> bool:
    """'accused X of carrying out the strike', 'denied launching the attack': a definite
    event already told, now alleged or denied, not a new occurrence."""
    if not (_determiners(noun) & DEFINITE) or light.tag_ != "VBG":
        return False
    governor = light.head.head if light.head.lower_ == "of" else light.head
    return lemma(governor) in lex.cue("allegation_verbs")


def _eventive_protest(noun: Token, lex: Lexicon) -> bool:
    """'a protest against X', 'mass rallies', 'widespread sexual violence': news, not
    references (these nouns rarely point back at an event already told)."""
    if _definite_reference(noun, lex) and noun.dep_ not in SUBJECTS:
        return False
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in lex.cue("protest_noun_preps"):
            return True
        if c.dep_ in ("amod", "nummod", "compound") and lemma(c) not in lex.cue(
            "retrospective_words"
        ):
            return True
    return noun.tag_ == "NNS"


def _definite_reference(noun: Token, lex: Lexicon) -> bool:
    """'the attack' (not 'the deadliest attack') points back to something already told."""
    dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss")}
    mods = {c.lower_ for c in noun.children if c.dep_ == "amod"}
    return (
        bool(dets & DEFINITE)
        and not (mods & lex.cue("retrospective_words"))
        and not (_anchored_to_place(noun, lex))
    )


# ---------------------------------------------------------------- arguments


def _is_pronoun(tok: Token) -> bool:
    return tok.pos_ == "PRON" or tok.lower_ in PRONOUNS


def agent_of(tok: Token, lex: Lexicon, _depth: int = 0) -> Span | None:
    """Who acted: the subject, the by-agent of a passive, or the subject inherited from
    the governing clause ("An armed drone followed ..., targeting X")."""
    for c in tok.children:
        if c.dep_ == "agent":
            objs = children(c, "pobj")
            if objs:
                return with_conjuncts(objs[0])
    subj = first_child(tok, *SUBJECTS)
    if subj is not None:
        if subj.lower_ in RELATIVE and tok.dep_ == "relcl":
            return phrase(tok.head)
        return with_conjuncts(subj)
    if first_child(tok, *PASSIVE_SUBJECTS) is not None:
        return None
    if tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBG"):
        return phrase(tok.head)  # 'gunmen riding ...', or a finite verb the parser hung on a noun
    inherits = tok.dep_ in ("conj", "xcomp") or (tok.dep_ == "advcl" and tok.tag_ in ("VBG", "VBN"))
    if _depth < 3 and inherits and tok.head != tok:
        return agent_of(tok.head, lex, _depth + 1)
    return None


def nominal_agent(noun: Token, lex: Lexicon) -> Span | None:
    """'Israeli airstrike', 'the group's attack', 'an attack by gunmen', else the light verb's
    subject."""
    for _p, obj in prep_objects(noun, {"by"}):
        return with_conjuncts(obj)
    for c in noun.children:
        if c.dep_ == "poss" and not _is_pronoun(c):
            return phrase(c)
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ACTOR_ENTS - {"PERSON"}:
            return noun.doc[c.left_edge.i : c.i + 1]
    light = _light_verb_for(noun, lex)
    if light is not None:
        return agent_of(light, lex)
    return None


def patient_of(trig: Trigger, lex: Lexicon) -> Span | None:
    """Who or what was acted on: object, passive subject, or 'on/against/targeting X'."""
    tok = trig.token
    if trig.nominal:
        for _p, obj in prep_objects(tok, {"on", "against", "targeting", "at", "of"}):
            if _p != "of" or trig.cls in ("kill", "assassinate", "abduct", "arrest", "massacre"):
                return with_conjuncts(obj)
        return None
    if trig.cls == "clash":
        for _p, obj in prep_objects(tok, {"with", "against"}):
            return with_conjuncts(obj)
    for dep in ("dobj", "nsubjpass"):
        obj = first_child(tok, dep)
        if obj is not None and lemma(obj) in trig.key[1:]:
            inner = [o for _p, o in prep_objects(obj, {"of", "over"})]
            if inner:  # 'took control of the town'
                return with_conjuncts(inner[0])
            continue  # 'opened fire': the object is part of the trigger
        if obj is not None and not is_weapon_word(obj, lex):
            return with_conjuncts(obj)
        if obj is not None:  # 'fired mortars and small arms at army positions'
            for _p, aim in prep_objects(obj, {"at", "on", "against", "toward", "towards"}):
                return with_conjuncts(aim)
            for conj in obj.conjuncts:
                for _p, aim in prep_objects(conj, {"at", "on", "against", "toward", "towards"}):
                    return with_conjuncts(aim)
    for _p, obj in prep_objects(
        tok, {"on", "against", "at", "upon", "targeting", "towards", "toward"}
    ):
        if obj.ent_type_ not in ("DATE", "TIME"):
            return with_conjuncts(obj)
    for c in tok.children:  # "..., targeting X" participle
        if c.dep_ in ("advcl", "xcomp") and lemma(c) == "target":
            obj = first_child(c, "dobj")
            if obj is not None:
                return with_conjuncts(obj)
    return None


def origin_and_target(tok: Token) -> tuple[Span | None, Span | None]:
    """Launch site ('from X') and aim ('towards X') of a remote attack."""
    origin = target = None
    for prep, obj in prep_objects(tok, {"from", "toward", "towards", "at", "on", "into"}):
        if prep == "from" and origin is None:
            origin = phrase(obj)
        elif prep in ("toward", "towards", "at", "into") and target is None:
            target = phrase(obj)
    return origin, target


# ---------------------------------------------------------------- aggregates


def aggregate_cue(mention: Mention, lex: Lexicon) -> Token | None:
    """Habitual or summary wording ('regularly attacked', '200 times', 'a series of')."""
    for trig in mention.members:
        tok = trig.token
        clause = tok.head if trig.nominal and trig.light is not None else tok
        for c in list(clause.children) + list(tok.children):
            if c.dep_ == "advmod" and c.lower_ in lex.cue("aggregate_adverbs"):
                return c
            if lemma(c) in lex.cue("aggregate_time_nouns") and any(
                g.dep_ == "nummod" or g.like_num for g in c.children
            ):
                return c
            if (
                c.dep_ == "prep"
                and c.lower_ == "since"
                and any(a.lower_ in ("has", "have") for a in clause.children)
            ):
                return c
            if c.dep_ == "prep":
                for t in c.subtree:
                    if lemma(t) in ("series", "wave", "string", "spate", "campaign"):
                        return t
        if trig.nominal:
            for c in tok.children:
                if lemma(c) in lex.cue("aggregate_quantifiers"):
                    return c
            if tok.head.lower_ == "of" and lemma(tok.head.head) in lex.cue("aggregate_quantifiers"):
                return tok.head.head
    return None


def ongoing_cue(mention: Mention, lex: Lexicon) -> Token | None:
    """A standing situation, not an occurrence: 'as fighting continues', 'amid ongoing
    clashes', 'the war that has killed thousands', 'have been fighting for months'. Read on
    the head trigger only: a member under 'amid' must not make the whole event old."""
    trig = mention.head
    tok = trig.token
    if not trig.nominal and tok.tag_ != "VBG":
        if tok.dep_ == "relcl" and _perfect(tok) and lemma(tok.head) in lex.cue("war_nouns"):
            return tok.head  # 'the war, which has killed tens of thousands'
        return None
    for c in tok.children:
        if c.dep_ == "amod" and c.lower_ in lex.cue("ongoing_words"):
            return c
    if tok.head.lower_ == "amid" and tok.dep_ == "pobj":
        return tok.head
    verb = _next_verb(tok)
    if verb is not None and lemma(verb) in lex.cue("ongoing_verbs") and _present(verb):
        return verb
    if not trig.nominal and _perfect(tok):
        return tok  # 'have been fighting around the town'
    return None


def _next_verb(tok: Token) -> Token | None:
    """The first verb after a nominal in its sentence ('fighting between A and B continues')."""
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return t
        if t.is_punct and t.text not in ("-", "'"):
            return None
    return None


def _present(verb: Token) -> bool:
    """'continues', 'are raging', 'has continued': told as still going on at publication."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ in ("VBG", "VBN") and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def retrospective_cue(mention: Mention, lex: Lexicon) -> Token | None:
    for trig in mention.members:
        if trig.nominal:
            for c in trig.token.children:
                if c.dep_ == "amod" and c.lower_ in lex.cue("retrospective_words"):
                    return c
    return None


# ---------------------------------------------------------------- clustering


def _explicit_agent(trig: Trigger) -> Token | None:
    if trig.nominal:
        return None
    subj = first_child(trig.token, *SUBJECTS)
    if subj is None or _is_pronoun(subj) or subj.lower_ in RELATIVE:
        return None
    return subj


def _family(cls: str, lex: Lexicon) -> str:
    fam = lex.classes[cls].family
    return "kinetic" if fam in KINETIC else fam


def cluster(triggers: list[Trigger], lex: Lexicon) -> list[list[Trigger]]:
    """Group asserted triggers into occurrences: same family, no conflicting explicit agents."""
    groups: list[list[Trigger]] = []
    for trig in sorted(triggers, key=lambda t: (t.nominal, t.token.i)):
        fam = _family(trig.cls, lex)
        placed = False
        for group in groups:
            if _family(group[0].cls, lex) != fam:
                continue
            mine = _explicit_agent(trig)
            theirs = [a for a in (_explicit_agent(t) for t in group) if a is not None]
            if mine is not None and theirs and all(a.lower_ != mine.lower_ for a in theirs):
                related = _in_subtree(trig.token, group) or _in_subtree_any(group, trig.token)
                if not related or _different_weapons(trig, group, lex):
                    continue
                if _separate_targets(trig, group, theirs, lex):
                    continue
            group.append(trig)
            placed = True
            break
        if not placed:
            groups.append([trig])
    return groups


def _separate_targets(
    trig: Trigger, group: list[Trigger], agents: list[Token], lex: Lexicon
) -> bool:
    """Both sides name a target and neither target is the other's attacker: two attacks
    ('jets bombed Idlib while rebels shelled Hama'), not one fight ('... and troops hit back')."""
    mine = patient_of(trig, lex)
    if mine is None:
        return False
    for other in group:
        theirs = patient_of(other, lex)
        if theirs is None:
            continue
        attackers = {a.lower_ for a in agents}
        if (
            mine.root.lower_ in attackers
            or theirs.root.lower_ == (_explicit_agent(trig) or trig.token).lower_
        ):
            return False
        if mine.root.i != theirs.root.i:
            return True
    return False


def _in_subtree(tok: Token, group: list[Trigger]) -> bool:
    return any(tok in set(t.token.subtree) for t in group)


def _in_subtree_any(group: list[Trigger], tok: Token) -> bool:
    sub = set(tok.subtree)
    return any(t.token in sub for t in group)


def _different_weapons(trig: Trigger, group: list[Trigger], lex: Lexicon) -> bool:
    mine = {w for w, _ in weapons_in(list(trig.token.subtree), lex)}
    theirs = {w for t in group for w, _ in weapons_in(list(t.token.subtree), lex)}
    return bool(mine and theirs and not (mine & theirs))


def _head_trigger(group: list[Trigger]) -> Trigger:
    """The verb highest in the tree (fewest ancestors), verbs before nouns."""
    return min(group, key=lambda t: (t.nominal, len(list(t.token.ancestors)), t.token.i))


# ---------------------------------------------------------------- the sentence


def analyze_sentence(sent: Span, lex: Lexicon) -> SentenceFindings:
    triggers = find_triggers(sent, lex)
    asserted: list[Trigger] = []
    rejected: list[Trigger] = []
    references: list[Token] = []
    pending: list[tuple[Trigger, str]] = []
    for trig in triggers:
        if trig.nominal:
            status = nominal_status(trig, lex)
            if status != "event":
                pending.append((trig, status))
                continue
        ok, why = assertion(trig, lex)
        trig.asserted, trig.reason = ok, why
        trig.negated = why == "negated"
        trig.hypothetical = bool(why) and not trig.negated
        (asserted if ok else rejected).append(trig)
    for trig, status in pending:
        governed = _governed_by(trig.token, asserted + rejected)
        if governed is not None and _family(governed.cls, lex) == _family(trig.cls, lex):
            trig.asserted = True  # "killed in an airstrike": part of the governing event
            asserted.append(trig)
        elif status == "reference" and _determiners(trig.token) & DEFINITE:
            references.append(trig.token)
    trigger_tokens = {t.token for t in triggers}
    for tok in sent:
        if (
            tok.pos_ == "NOUN"
            and lemma(tok) in lex.cue("reference_nouns")
            and tok not in trigger_tokens
            and tok not in references
            and _determiners(tok) & DEFINITE
        ):
            references.append(tok)
    # nominal triggers only asserted via a rejected verb go with it
    rejected_tokens = {t.token for t in rejected}
    asserted = [
        t
        for t in asserted
        if not (t.nominal and t.light is None and _governed_token(t.token, rejected_tokens))
    ]
    mentions = [build_mention(group, lex) for group in cluster(asserted, lex)]
    mentions = [m for m in mentions if not _accidental(m, lex)]
    mentions = [m for m in mentions if not _accompanies(m, mentions)]
    kinetic = [m for m in mentions if m.family == "kinetic"]
    if len(kinetic) == 1 and not kinetic[0].weapons:
        # "the killing of X ... in an American strike": the weapon sits elsewhere in the parse
        told = {t for ref in references for t in ref.subtree}  # 'carrying out the strike'
        kinetic[0].weapons = weapons_in(
            list(set(sent) - _not_instruments(kinetic[0]) - told), lex
        )
    return SentenceFindings(mentions, references, rejected)


def _accompanies(mention: Mention, mentions: list[Mention]) -> bool:
    """A statement made while doing something else ('protesters rallied, demanding jobs';
    'gunmen attacked, accusing the village of ...') is part of that event, not its own."""
    if mention.family != "statement":
        return False
    head = mention.head.token
    if head.dep_ not in ("advcl", "acl", "xcomp", "conj", "relcl") or head.tag_ == "VBD":
        return False
    ancestors = set(head.ancestors)
    return any(
        m.family == "kinetic" and any(t.token in ancestors for t in m.members) for m in mentions
    )


def _accidental(mention: Mention, lex: Lexicon) -> bool:
    """Deaths and blasts from disasters and accidents are not political violence."""
    if (
        mention.family != "kinetic"
        or mention.weapons
        and any(w not in ("bomb",) for w, _ in mention.weapons)
    ):
        return False
    causes = lex.cue("non_conflict_causes")
    for trig in mention.members:
        words = {lemma(t) for t in trig.token.subtree}
        if trig.cls in ("kill", "explode", "destroy") and words & causes:
            return True
    agent = mention.agent
    exploded = mention.head.cls == "explode" and agent is not None
    if exploded and lemma(agent.root) in lex.cue("accident_subjects"):
        return True  # 'a gas cylinder exploded'
    return bool({lemma(t) for t in mention.agent or []} & causes)


def _determiners(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("det", "predet")}


def _governed_by(tok: Token, triggers: list[Trigger]) -> Trigger | None:
    by_token = {t.token: t for t in triggers}
    for anc in tok.ancestors:
        if anc in by_token:
            return by_token[anc]
    return None


def _governed_token(tok: Token, tokens: set[Token]) -> bool:
    return any(a in tokens for a in tok.ancestors)


def _not_instruments(mention: Mention) -> set[Token]:
    """Words that name weapons without being this event's instrument: the victims ('killed
    two suicide bombers') and circumstances ('amid the overflight of drones')."""
    out: set[Token] = set()
    for target in mention.patients:
        out |= set(target)
    for trig in mention.members:
        for c in trig.token.children:
            if c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE_PREPS:
                out |= set(c.subtree)
    return out


def build_mention(group: list[Trigger], lex: Lexicon) -> Mention:
    head = _head_trigger(group)
    fam = _family(head.cls, lex)
    mention = Mention(head=head, members=group, family=fam)
    for trig in [head, *[t for t in group if t is not head]]:
        agent = nominal_agent(trig.token, lex) if trig.nominal else agent_of(trig.token, lex)
        if agent is not None and mention.agent is None:
            mention.agent = agent
            mention.agent_explicit = _explicit_agent(trig) is not None
        target = patient_of(trig, lex)
        if target is not None:
            mention.patients.append(target)
            mention.patient = mention.patient or target
        origin, target = origin_and_target(trig.token)
        mention.origin = mention.origin or origin
        mention.target_place = mention.target_place or target
    tokens: set[Token] = set()
    for trig in group:
        tokens |= set(trig.token.subtree)
    if mention.agent is not None:
        tokens |= set(mention.agent)
    if fam == "kinetic":
        mention.weapons = weapons_in(list(tokens - _not_instruments(mention)), lex)
    mention.aggregate = aggregate_cue(mention, lex)
    mention.retrospective = retrospective_cue(mention, lex)
    mention.ongoing = ongoing_cue(mention, lex)
    return mention
