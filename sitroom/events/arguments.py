"""The arguments around a trigger: who acted, on whom, from where, and the light verb
that asserts an event noun ("carried out an attack"). Used by `sitroom.events.triggers`
and `sitroom.events.detect`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.events.findings import (
    ACTOR_ENTS,
    PASSIVE_SUBJECTS,
    PLACE_ENTS,
    PRONOUNS,
    RELATIVE,
    SUBJECTS,
    Trigger,
    event_words,
)
from sitroom.events.lexicon import Lexicon
from sitroom.events.parsing import (
    base_forms,
    behind_place,
    children,
    first_child,
    is_weapon_word,
    lemma,
    phrase,
    prep_objects,
    subject_of,
    with_conjuncts,
)
from sitroom.events.stepping import device_layer, suffered_by_subject
from sitroom.nlp import child_tokens, subtree_tokens


def _light_key(tok: Token, lex: Lexicon) -> str | None:
    for base in base_forms(tok):
        for c in child_tokens(tok):
            if c.dep_ in ("prt", "dobj") and (base, c.lower_) in lex.light_verbs:
                return f"{base} {c.lower_}"
        if (base,) in lex.light_verbs:
            return base
    return None


def argument_position(noun: Token, lex: Lexicon) -> Token:
    """The token whose role stands for the noun's: the first conjunct ('mortar and tank
    fire was reported'), the quantity it counts ('a total of 23 explosions')."""
    while noun.dep_ in ("conj", "compound") and noun.head != noun:
        noun = noun.head  # 'mortar and tank fire', 'a protest sit-in'
    if noun.dep_ == "pobj" and noun.head.lower_ in event_words("of_preps"):
        quantity = noun.head.head
        if lemma(quantity) in lex.cue("quantity_nouns"):
            return argument_position(quantity, lex)
    return noun


def light_verb_for(noun: Token, lex: Lexicon) -> Token | None:
    """The light verb asserting ``noun`` ("carried out an attack", "held a protest")."""
    word = noun
    noun = argument_position(noun, lex)
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in event_words("participation_preps") and head.head.pos_ in (
        "VERB", "NOUN"
    ):
        head = head.head  # 'took part in protests', 'participated in a march'
        if head.lower_ in event_words("participation_nouns") and head.head.pos_ == "VERB":
            head = head.head
        key = _light_key(head, lex)
        return head if key in event_words("participation_verbs") else None
    if noun.dep_ not in ("dobj", "nsubjpass", "obj") or head.pos_ not in ("VERB", "AUX"):
        return None
    key = _light_key(head, lex)
    if key is None:
        return None
    allowed = lex.light_verb_nouns.get(key.split()[0])
    if allowed is not None and lemma(word) not in allowed:
        return None
    return head


def place_falls(tok: Token, lex: Lexicon) -> bool:
    """A place or territory as the subject and someone it fell to: 'Bunagana fell to M23',
    not 'prices fell to a low' or 'the task fell to him'."""
    subj = first_child(tok, *SUBJECTS)
    if subj is None or not prep_objects(tok, event_words("fall_preps")):
        return False
    words = list(subtree_tokens(subj))
    return any(t.ent_type_ in PLACE_ENTS for t in words) or any(
        lemma(t) in lex.cue("territory_nouns") for t in words
    )


def is_pronoun(tok: Token) -> bool:
    return tok.pos_ == "PRON" or tok.lower_ in PRONOUNS


def reported_doer(tok: Token, agent: Span | None, lex: Lexicon) -> Span | None:
    """'The military said it struck a depot': a pronoun doing the deed of a reported clause
    is the speaker, whose words say what kind of doer it is."""
    if agent is None or len(agent) != 1 or agent[0].tag_ != "PRP":
        return agent
    if tok.dep_ != "ccomp" or lemma(tok.head) not in lex.cue("say_verbs"):
        return agent
    speaker = subject_of(tok.head, *SUBJECTS)
    return with_conjuncts(speaker) if speaker is not None else agent

def agent_of(tok: Token, lex: Lexicon, _depth: int = 0) -> Span | None:
    """Who acted: the subject, the by-agent of a passive, or the subject inherited from
    the governing clause ("An armed drone followed ..., targeting X")."""
    for c in child_tokens(tok):
        if c.dep_ == "agent":
            objs = children(c, "pobj")
            if objs:
                return with_conjuncts(objs[0])
    if lemma(tok) in event_words("fall_verbs") and place_falls(tok, lex):  # 'fell to the insurgents'
        return with_conjuncts(prep_objects(tok, event_words("fall_preps"))[0][1])
    subj = subject_of(tok, *SUBJECTS)
    if subj is not None and suffered_by_subject(tok, lex):  # 'X died in a strike': X is the
        return device_layer(tok)  # victim; 'X stepped on a mine laid by Y': Y did it
    if subj is not None and subj.lower_ in RELATIVE and tok.dep_ == "relcl":
        # 'gunmen who killed': the relative's noun; 'a bombing that killed four': the
        # bombing's doer; 'the bombing of a church that killed four': the church did nothing
        if _target_of_event(tok, lex):
            return None
        return nominal_agent(tok.head, lex) if lemma(tok.head) in lex.nouns else phrase(tok.head)
    if subj is not None:
        return _behind_disguise(tok) or with_conjuncts(subj)
    if first_child(tok, *PASSIVE_SUBJECTS) is not None:
        return None
    if tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBG"):
        return phrase(tok.head)  # 'gunmen riding ...', or a finite verb the parser hung on a noun
    inherits = tok.dep_ in ("conj", "xcomp") or (tok.dep_ == "advcl" and tok.tag_ in ("VBG", "VBN"))
    # 'Fighting between two clans ... killed nine, elders said' parsed as a clause of 'said':
    # who tells the news did not do it
    told = tok.dep_ == "advcl" and lemma(tok.head) in lex.cue("say_verbs")
    if _depth < 3 and inherits and tok.head != tok and not told:
        return agent_of(_verb_behind_adjective(tok) or tok.head, lex, _depth + 1)
    # 'Security forces ended the siege after killing the attackers': the clause's own doer
    prep = tok.head
    doing = tok.dep_ == "pcomp" and tok.tag_ == "VBG" and prep.lower_ in event_words("doing_preps")
    if _depth < 3 and doing and prep.dep_ == "prep" and prep.head.pos_ == "VERB":
        return agent_of(prep.head, lex, _depth + 1)
    return None


def _object_read_as_adverb(verb: Token) -> Token | None:
    """'seized a fishing dhow off the island': a rare noun the parser reads as the verb's
    adverb; its article ('a', 'the', 'its') says it is the object."""
    if first_child(verb, "dobj") is not None:
        return None
    for c in child_tokens(verb):
        if c.dep_ == "advmod" and c.i > verb.i and any(d.dep_ in ("det", "poss") for d in c.children):
            return c
    return None


def _behind_disguise(tok: Token) -> Span | None:
    """'Gunmen dressed as police officers killed five': the parser reads 'as police officers
    killed' as a clause of 'dressed'; who killed is who was dressed up, not the disguise."""
    verb = tok.head
    if tok.dep_ != "advcl" or lemma(verb) not in event_words("disguise_verbs"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ in event_words("disguise_marks") for c in child_tokens(tok)):
        return None
    if verb.dep_ == "acl":  # 'Men dressed as soldiers abducted ...'
        return phrase(verb.head)
    subj = subject_of(verb, *SUBJECTS)
    return with_conjuncts(subj) if subj is not None else None


def _verb_behind_adjective(tok: Token) -> Token | None:
    """'Rioters set cars ablaze and looted shops': the parser joins 'looted' to the adjective
    'ablaze', which it hangs on the verb ('set houses ablaze') or on the object ('ablaze ...
    shops'); that verb ('set') is the clause the conjunct shares its subject with."""
    adj = tok.head
    if tok.dep_ != "conj" or adj.pos_ != "ADJ":
        return None
    if adj.dep_ in ("oprd", "acomp", "advcl", "xcomp"):  # 'set houses ablaze', however parsed
        return adj.head if adj.head.pos_ == "VERB" else None
    noun = adj.head
    verb = noun.head
    return verb if adj.dep_ == "amod" and noun.dep_ in ("dobj", "obj") and verb.pos_ == "VERB" else None


def _target_of_event(clause: Token, lex: Lexicon) -> bool:
    """The relative clause hangs on the object of an event noun's preposition and tells
    that event ('the bombing of a church that killed four', 'an attack on a hotel that
    killed nine'): the noun is the target. Not the doer ('an attack by gunmen who ...'), nor
    one who did something else ('the arrest of men who set fire to crops')."""
    noun = clause.head
    prep = noun.head
    preps = event_words("object_preps") | event_words("of_preps")
    if noun.dep_ != "pobj" or prep.lower_ not in preps:
        return False
    told, own = lex.nouns.get(lemma(prep.head)), lex.verbs.get((lemma(clause),))
    return told is not None and own is not None and lex.classes[told].family == lex.classes[own].family


def nominal_agent(noun: Token, lex: Lexicon) -> Span | None:
    """'Israeli airstrike', 'the group's attack', 'an attack by gunmen', else the light verb's
    subject."""
    for _p, obj in prep_objects(noun, event_words("agent_preps")):
        return with_conjuncts(obj)
    for done in children(noun, "acl"):  # 'strikes carried out by Turkish jets'
        if done.tag_ == "VBN" and lemma(done) in event_words("doing_participles"):
            for _p, obj in prep_objects(done, event_words("agent_preps")):
                return with_conjuncts(obj)
    for c in child_tokens(noun):
        if c.dep_ == "poss" and not is_pronoun(c):
            return phrase(c)
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ACTOR_ENTS - {"PERSON"}:
            return noun.doc[c.left_edge.i : c.i + 1]
    light = light_verb_for(noun, lex)
    if light is not None and lemma(light) not in lex.cue("perception_verbs"):
        return agent_of(light, lex)
    return None


def patient_of(trig: Trigger, lex: Lexicon) -> Span | None:
    """Who or what was acted on: object, passive subject, or 'on/against/targeting X'."""
    tok = trig.token
    if trig.nominal:
        for _p, obj in prep_objects(tok, event_words("patient_preps")):
            if _p != "of" or trig.cls in ("kill", "assassinate", "abduct", "arrest", "massacre"):
                return with_conjuncts(obj)
        return _aimed_at(tok)
    if trig.cls == "clash":
        for _p, obj in prep_objects(tok, event_words("clash_preps")):
            return with_conjuncts(obj)
    subj = first_child(tok, *SUBJECTS)
    if subj is not None and suffered_by_subject(tok, lex):
        return with_conjuncts(subj)
    if subj is not None and lemma(tok) in event_words("fall_verbs") and place_falls(tok, lex):
        return with_conjuncts(subj)  # the place that fell
    for dep in ("dobj", "nsubjpass"):
        obj = first_child(tok, dep)
        obj = behind_place(obj) if obj is not None and dep == "nsubjpass" else obj
        if obj is not None and lemma(obj) in trig.key[1:]:
            inner = [o for _p, o in prep_objects(obj, event_words("control_object_preps"))] or [
                c for c in child_tokens(obj) if c.dep_ == "poss" and not is_pronoun(c)]
            # 'used live ammunition against protesters': whom the instrument was turned on (not
            # 'thwarted an incursion on the frontline': the deed's own place)
            if not inner and (trig.cls == "disperse" or is_weapon_word(obj, lex)):
                inner = [o for _p, o in prep_objects(obj, event_words("instrument_target_preps"))]
            if inner:  # 'took control of the town'; 'a man's body was found': the man
                return with_conjuncts(inner[0])
            continue  # 'opened fire': the object is part of the trigger
        if obj is not None and not is_weapon_word(obj, lex) and not _same_deed(obj, trig, lex):
            return with_conjuncts(obj)
        if obj is not None:  # 'fired mortars and small arms at army positions', 'fired shots at'
            for _p, aim in prep_objects(obj, event_words("aim_preps")):
                return with_conjuncts(aim)
            for conj in obj.conjuncts:
                for _p, aim in prep_objects(conj, event_words("aim_preps")):
                    return with_conjuncts(aim)
    misread = _object_read_as_adverb(tok)
    if misread is not None:
        return with_conjuncts(misread)
    for _p, obj in prep_objects(tok, event_words("target_preps")):
        if obj.ent_type_ not in ("DATE", "TIME"):
            return with_conjuncts(obj)
    if trig.cls == "shoot":  # 'fired into a crowd of mourners': the crowd was shot at
        crowds = lex.cue("crowd_nouns") | lex.cue("protester_nouns")
        for _p, obj in prep_objects(tok, event_words("shot_into_preps")):
            if lemma(obj) in crowds:
                return with_conjuncts(obj)
    if _harmed_noun(tok, lex):
        return with_conjuncts(tok.head)  # 'five villagers killed by bandits': the villagers
    return _aimed_at(tok)


def _same_deed(obj: Token, trig: Trigger, lex: Lexicon) -> bool:
    """'fired shots at the crowd': the object names the verb's own violent deed again (a
    noun of the trigger's class), so whoever was aimed at is the one acted on ('staged a
    demonstration' keeps its object)."""
    info = lex.classes.get(trig.cls)
    return info is not None and info.family == "violence" and lex.nouns.get(lemma(obj)) == trig.cls


def _harmed_noun(tok: Token, lex: Lexicon) -> bool:
    """'five villagers killed by bandits', 'two traders abducted near X': a participle of
    harm hung on the people it was done to."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and lemma(tok) in event_words("reduced_passive_verbs")
        and tok.head.pos_ == "NOUN"
        and lemma(tok.head) not in lex.nouns
    )


def _aimed_at(tok: Token) -> Span | None:
    """What a '..., targeting X' participle names: 'shelled the town, targeting the
    market', 'an arson attack targeting a paint factory'."""
    for c in child_tokens(tok):
        if c.dep_ in ("advcl", "xcomp", "acl") and lemma(c) in event_words("targeting_verbs"):
            obj = first_child(c, "dobj")
            if obj is not None:
                return with_conjuncts(obj)
    return None


def origin_and_target(tok: Token) -> tuple[Span | None, Span | None]:
    """Launch site ('from X') and aim ('towards X') of a remote attack."""
    origin = target = None
    for prep, obj in prep_objects(tok, event_words("direction_preps")):
        if prep == "from" and origin is None:
            origin = phrase(obj)
        elif prep in event_words("toward_preps") and target is None:
            target = phrase(obj)
    return origin, target
