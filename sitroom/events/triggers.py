"""Trigger finding: verbs and nouns from the lexicon, and whether a generic verb is a
conflict event in its context. The arguments around a trigger are
`sitroom.events.arguments`. Used by `sitroom.events.detect`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.events.arguments import agent_of, place_falls, reported_doer
from sitroom.events.clearing import clearing_trigger
from sitroom.events.crowds import armed_march
from sitroom.events.doers import doers_fit
from sitroom.events.findings import (
    PARTICLES,
    PLACE_ENTS,
    SUBJECTS,
    Trigger,
    event_words,
)
from sitroom.events.lexicon import Lexicon, Term, load_lexicon
from sitroom.events.parsing import (
    base_forms,
    children,
    first_child,
    for_a_protest,
    is_weapon_word,
    lemma,
    participle_as_noun,
    phrase,
    prep_objects,
    standing_state,
    weapons_in,
)
from sitroom.events.retense import title_cased
from sitroom.events.taking import taken_by_force
from sitroom.nlp import child_tokens, sentence, span_tokens, subtree_tokens

# ---------------------------------------------------------------- trigger finding


def verb_keys(tok: Token) -> list[Term]:
    """Lookup keys for a verb, most specific first: particle, object and preposition."""
    words: list[str] = []  # what each child adds after the verb, read once for every form
    for c in child_tokens(tok):
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in PARTICLES):
            words.append(c.lower_)  # 'shot down', also when tagged an adverb
        elif c.dep_ in ("dobj", "nsubjpass", "oprd", "acomp"):
            words.append(lemma(c))  # 'opened fire', 'found dead'
            if _dead_person(c):
                words.append("dead")  # 'three dead women were found'
        elif c.dep_ == "prep":
            words.append(c.lower_)
    forms = base_forms(tok)
    keys: list[Term] = [(base, word) for base in forms for word in words]
    keys += [(b,) for b in forms]
    return keys


def _found_before(tok: Token) -> list[Term]:
    """'in X, Y, the charred corpse of a trader was found': a passive verb of finding whose subject
    the parse hung elsewhere; the nouns told before it under it are what was found."""
    if lemma(tok) not in event_words("discovery_verbs") or not children(tok, "auxpass"):
        return []
    return [(lemma(tok), lemma(t)) for t in subtree_tokens(tok) if t.i < tok.i and t.pos_ == "NOUN"]


def _dead_person(noun: Token) -> bool:
    """'dead women', 'a lifeless man': a person described as dead (not 'dead fish')."""
    lex = load_lexicon()
    people = lex.cue("civilian_nouns") | lex.cue("seized_persons") | lex.cue("armed_nouns")
    dead = lex.cue("dead_words")
    return lemma(noun) in people and any(
        a.dep_ == "amod" and a.lower_ in dead for a in child_tokens(noun)
    )


def _object_lemmas(tok: Token, key: Term = ()) -> set[str]:
    """Objects of a verb, looking through 'to the streets' and 'dozens of mines'; only the key's
    preposition's when it ends in one ('took to the streets', not 'took the road to Goma')."""
    preps = [p for p in children(tok, "prep") if key[-1:] == (p.lower_,)]
    objs = [] if preps else children(tok, "dobj", "nsubjpass", "attr")
    objs += [o for p in preps or children(tok, "prep") for o in children(p, "pobj")]
    # 'used live ammunition against protesters': the parse hangs 'against' on the object
    targets = event_words("instrument_target_preps")
    objs += [o for d in children(tok, "dobj") for p in children(d, "prep") if p.lower_ in targets for o in children(p, "pobj")]
    objs += [c for o in objs for c in o.conjuncts]
    quantities = load_lexicon().cue("quantity_nouns")
    objs += [o for q in objs if lemma(q) in quantities for _p, o in prep_objects(q, {"of"})]
    return {lemma(o) for o in objs}


def _verb_trigger(tok: Token, lex: Lexicon) -> Trigger | None:
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ == "amod" or participle_as_noun(tok):
        return None
    keys = verb_keys(tok)
    taken = taken_by_force(tok, keys, lex, lambda: agent_of(tok, lex))  # 'took away two children'
    if taken is not None:
        trig = Trigger(tok, taken[1], False, tok.doc[tok.i : tok.i + 1])
        trig.key = taken[0]
        return trig
    for key in [*keys, *_found_before(tok)]:
        cls = lex.verbs.get(key)
        if cls is None or not doers_fit(tok, key, lex, agent_of):  # 'traded shots over taxes'
            continue
        needed = lex.object_required.get(key)  # 'find' needs weapons; 'find dead' nothing
        if needed and not (_object_lemmas(tok, key) & needed or _place_named(tok, key, lex)):
            continue  # 'set on' needs fire; 'On Monday ... set alight' is another key
        trig = Trigger(tok, cls, False, tok.doc[tok.i : tok.i + 1])
        trig.key = key
        return trig
    return None


#: Named-entity labels of a body of people (an organization, a nationality): not a place
_BODY_ENTS = frozenset({"ORG", "NORP"})


def _place_named(tok: Token, key: Term, lex: Lexicon) -> bool:
    """'rebels entered Goma': a verb that counts with a place noun as object counts with a
    place's name too (``place_name_objects``)."""
    if key[0] not in lex.cue("place_name_objects"):
        return False
    # the parser's NER often reads a town entered as a person ('entered Goma'): a name will do
    return any(
        c.dep_ == "dobj" and (c.ent_type_ in PLACE_ENTS or c.pos_ == "PROPN" and c.ent_type_ not in _BODY_ENTS)
        for c in child_tokens(tok)
    )


def _strike_modifiers(noun: Token) -> set[str]:
    """The strike noun's modifiers, a hyphenated one whole too ('shutter-down', 'wheel-jam')."""
    mods: set[str] = set()
    for c in child_tokens(noun):
        if c.dep_ in ("amod", "compound", "nmod"):
            mods.add(lemma(c))
            words = list(c.subtree)
            if any(t.tag_ == "HYPH" for t in words) and words[-1].i < noun.i:
                mods.add("".join(t.lower_ for t in words))
    return mods


def _is_labor_strike(noun: Token, lex: Lexicon) -> bool:
    if _strike_modifiers(noun) & lex.labor_strike_modifiers:
        return True
    head = noun.head
    if (noun.dep_ == "dobj" and lemma(head) in event_words("strike_holding_verbs")
            and not any(c.dep_ == "prep" and c.lower_ in event_words("strike_preps") for c in child_tokens(noun))):
        return True  # 'traders observed a strike', not 'staged a strike on the base'
    if head.lower_ not in event_words("strike_state_preps"):
        return False
    if lemma(head.head) in event_words("state_verbs"):
        return True  # 'went on strike'
    bare = not any(c.dep_ in ("det", "poss") for c in child_tokens(noun))
    return bare and head.head.pos_ in ("NOUN", "PROPN")  # 'nurses on strike over pay'


def noun_keys(tok: Token) -> list[str]:
    """Lookup keys for a noun, most specific first: a hyphenated word the tokenizer split
    ('sit-in', 'shoot-outs'), a compound with its modifier ('fire fight', 'mortar fire'),
    then the noun's own forms."""
    keys: list[str] = []
    doc, i = tok.doc, tok.i
    forms = base_forms(tok)
    joined = i >= 2 and not (doc[i - 2].whitespace_ or doc[i - 1].whitespace_)
    if joined and doc[i - 1].tag_ == "HYPH":
        keys += [f"{doc[i - 2].lower_}-{form}" for form in forms]
    for c in child_tokens(tok):
        if c.dep_ in ("compound", "amod") and c.i < i:  # 'mortar fire', 'communal violence'
            keys += [f"{lemma(c)} {form}" for form in forms]
    return keys + forms


def _noun_trigger(tok: Token, lex: Lexicon) -> Trigger | None:
    if tok.pos_ not in ("NOUN", "PROPN") or (tok.pos_ == "PROPN" and not tok.text.islower()
                                              and not _headline_noun(tok)):
        return None
    if _verb_read_as_noun(tok):  # 'gunmen riding a motorcycle shot dead a trader'
        cls = next((lex.verbs[(f,)] for f in base_forms(tok) if (f,) in lex.verbs), None)
        if cls is not None:
            return Trigger(tok, cls, False, tok.doc[tok.i : tok.i + 1])
    cls = next((lex.nouns[f] for f in noun_keys(tok) if f in lex.nouns), None)
    if cls is None or _illness(tok) or _weapon_kind(tok, lex) or _unit_kind(tok):
        return None
    if lemma(tok) in event_words("strike_lemmas") and _is_labor_strike(tok, lex):
        cls = "labor_strike"
    mods = {lemma(c) for c in child_tokens(tok) if c.dep_ in ("amod", "compound")}
    if "sexual" in mods:
        cls = "sexual"  # 'sexual assault', 'sexual violence'
    elif cls == "sexual" and lemma(tok) in event_words("violence_lemmas"):
        return None
    if cls == "protest" and _held_siege(tok):
        return None
    if lemma(tok) in event_words("fire_exchange_nouns") and any(
        lemma(o) in event_words("gunfire_nouns") for _p, o in prep_objects(tok, event_words("of_preps"))
    ):
        cls = "clash"
    return Trigger(tok, cls, True, tok.doc[tok.i : tok.i + 1])


def _held_siege(noun: Token) -> bool:
    """'a government blockade', 'Israel's naval blockade', 'imposed a blockade on the town':
    a blockade held by a state or an armed side (a modifier, a possessor, a demonym), imposed
    on a place or a place under it is a measure of war, not protesters blocking a road."""
    if lemma(noun) not in event_words("siege_nouns"):
        return False
    holders = event_words("siege_holders")
    for c in child_tokens(noun):
        if c.dep_ in ("amod", "compound", "poss") and (lemma(c) in holders or c.ent_type_ in ("NORP", "GPE")):
            return True
    if noun.dep_ == "pobj" and noun.head.lower_ in event_words("siege_preps"):
        return True  # 'Djibo has been under a blockade by the group since 2022': a town besieged
    return noun.dep_ in ("dobj", "nsubjpass") and lemma(noun.head) in event_words("siege_verbs")


def _headline_noun(tok: Token) -> bool:
    """'Blast' in 'Three Soldiers Wounded In Roadside Blast': a common noun a title-cased
    headline capitalised, which the tagger takes for a name (not one of the entities)."""
    return tok.is_title and not tok.ent_type_ and title_cased(sentence(tok))


def _weapon_kind(noun: Token, lex: Lexicon) -> bool:
    """'three assault rifles', 'an attack helicopter': the word names a kind of weapon,
    no event."""
    return noun.dep_ == "compound" and noun.head.i > noun.i and is_weapon_word(noun.head, lex)


def _unit_kind(noun: Token) -> bool:
    """'riot police', 'in riot gear', 'the bomb squad': the word sorts a unit or its kit by
    kind, no event."""
    return noun.dep_ == "compound" and noun.head.i > noun.i and lemma(noun.head) in event_words("unit_kind_heads")


def _illness(noun: Token) -> bool:
    """'a heart attack', 'an asthma attack': an illness named like an event, no violence."""
    return any(
        c.dep_ in ("amod", "compound") and lemma(c) in event_words("illness_modifiers")
        for c in child_tokens(noun)
    )


def _verb_read_as_noun(tok: Token) -> bool:
    """'shot dead' after a long subject: the tagger takes 'shot' for a noun; followed by
    'dead' and an object it is the verb."""
    doc, i = tok.doc, tok.i
    return (
        tok.lower_ in event_words("verbs_read_as_nouns")
        and i + 2 < len(doc)
        and doc[i + 1].lower_ in event_words("resultatives")
        and doc[i + 2].pos_ in ("DET", "NUM", "NOUN", "PROPN", "PRON", "ADJ")
    )


def _announce_trigger(tok: Token, lex: Lexicon) -> Trigger | None:
    """'announced a truce / a halt / the resumption of talks': the object names the event."""
    if lemma(tok) not in event_words("announcing_verbs") or tok.pos_ != "VERB":
        return None
    for obj in children(tok, "dobj", "nsubjpass"):
        cls = lex.announce_objects.get(lemma(obj))
        if cls is None:
            continue
        if lemma(obj) in event_words("resumption_nouns"):
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
    """'fired/launched rockets' — firing verbs count when a weapon is fired or aimed. A
    launch of an event noun ('launched an attack on the village') is the light verb of that
    noun, which tells the kind ('fired shots at a car' is a firing still)."""
    objs = children(tok, "dobj", "nsubjpass")
    if any(is_weapon_word(o, lex) or weapons_in(list(subtree_tokens(o)), lex) for o in objs):
        return True
    if lemma(tok) in event_words("launch_verbs") and any(lemma(o) in lex.nouns for o in objs):
        return False
    return bool(prep_objects(tok, event_words("strike_preps")))


def _demand_trigger(tok: Token, lex: Lexicon) -> Trigger | None:
    """'Workers occupied the plant, demanding their wages', 'inmates set fire to their
    mattresses to demand ...': what a crowd did while demanding something is a protest."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBD":
        return None
    if lemma(tok) in lex.cue("hypothetical_governors") | lex.cue("say_verbs"):
        return None  # 'called on workers to protest', 'said ..., demanding'
    if not for_a_protest(tok, lex) and not _in_protest(tok, lex):
        return None
    subj = first_child(tok, *SUBJECTS)
    crowd = lex.cue("protest_subjects")
    if subj is None or not any(lemma(t) in crowd for t in subtree_tokens(subj)):
        return None
    return Trigger(tok, "protest", False, tok.doc[tok.i : tok.i + 1])


def _in_protest(tok: Token, lex: Lexicon) -> bool:
    """'closed the road in protest at the water cuts': done as a protest (a bare protest
    noun after 'in', no determiner: 'in the protest' is where, not how)."""
    for prep in children(tok, "prep"):
        if prep.lower_ not in event_words("manner_preps"):
            continue
        for obj in children(prep, "pobj"):
            bare = not any(c.dep_ in ("det", "poss") for c in child_tokens(obj))
            if bare and lex.nouns.get(lemma(obj)) == "protest":
                return True
    return False


def find_triggers(sent: Span, lex: Lexicon) -> list[Trigger]:
    found: list[Trigger] = []
    for tok in span_tokens(sent):
        trig = (
            _announce_trigger(tok, lex)
            or _verb_trigger(tok, lex)
            or _noun_trigger(tok, lex)
            or _demand_trigger(tok, lex)
            or clearing_trigger(tok, lex)
        )
        if trig is not None and (trig.nominal or _plausible_verb(trig, sent, lex)):
            found.append(trig)
    return found


def _plausible_verb(trig: Trigger, sent: Span, lex: Lexicon) -> bool:
    """Generic verbs ('fired', 'hit', 'gathered') are conflict events only in context."""
    tok, base = trig.token, lemma(trig.token)
    if base in ("fire", "launch") and trig.cls in ("remote", "shoot"):
        return _weapon_launch(tok, lex)
    if base == "die":  # 'died from gunfire', 'died in an airstrike', not 'died of illness'
        words = list(subtree_tokens(tok))
        return bool(weapons_in(words, lex)) or any(
            lex.nouns.get(lemma(t)) and not _illness(t) for t in words
        )
    fell_to = len(trig.key) == 2 and trig.key[1] in event_words("fall_preps")
    if trig.cls == "capture" and fell_to:  # 'the outpost fell to the insurgents'
        return place_falls(tok, lex)
    if base in event_words("landing_verbs"):  # 'three rockets fell near the airport'
        subj = first_child(tok, *SUBJECTS)
        return subj is not None and bool(weapons_in(list(subtree_tokens(subj)), lex))
    if base in event_words("engage_verbs"):  # 'engaged in clashes', not 'engaged in talks'
        inside = {
            (_noun_trigger(o, lex) or trig).cls
            for _p, o in prep_objects(tok, event_words("engage_in_preps"))
        }  # 'engaged with militants' too
        with_ = prep_objects(tok, event_words("engage_with_preps"))
        return "clash" in inside or bool(with_ or children(tok, "dobj"))
    if base in event_words("hit_verbs"):
        return _has_conflict_argument(tok, lex)
    if base in event_words("stative_verbs") and standing_state(tok):
        return False  # 'the town is controlled by rebels': who holds it now, not a capture
    if trig.key[1:] and trig.key[1] in event_words("grievance_nouns"):  # 'took their anger to'
        return bool(prep_objects(tok, event_words("grievance_preps")))
    if trig.cls == "clash" and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in child_tokens(tok)):
        return False  # 'battling to get their land back', 'fought to save him': striving
    if trig.cls == "destroy":  # 'fires are burning' is no attack; 'burned houses' may be
        if "fire" in trig.key[1:] or lex.object_required.get(trig.key):
            return True  # 'set fire to ...', 'set it on fire': the object is part of the trigger
        objs = children(tok, "dobj", "nsubjpass")
        return bool(objs) and lemma(objs[0]) not in event_words("fire_nouns")
    if base == "demonstrate":
        return not children(tok, "dobj", "ccomp")
    if armed_march(tok, lex):
        return False  # 'M23 rebels marched into Goma': a column moving, no protest
    if base in event_words("gathering_verbs"):
        return _protest_gathering(tok, sent, lex)
    return True


def _protest_gathering(tok: Token, sent: Span, lex: Lexicon) -> bool:
    """'Thousands gathered' is a protest when people gather, or the sentence says protest."""
    if for_a_protest(tok, lex):
        return True  # 'gathered in front of the palace to demand ...'
    subj = first_child(tok, *SUBJECTS)
    if _moment_of_violence(tok, lex) and not (subj is not None and lemma(subj) in lex.cue("protester_nouns")):
        return False  # 'detonated his explosives as people gathered at a junction'
    if subj is not None and (
        lemma(subj) in lex.cue("protest_subjects")
        or any(lemma(t) in lex.cue("protest_subjects") for t in subtree_tokens(subj))
    ):
        return True
    return any(  # 'protesting', 'a protest'; not 'on 26 March'
        lex.nouns.get(lemma(t)) == "protest" and t.ent_type_ not in ("DATE", "TIME")
        for t in sent
    )


def _moment_of_violence(tok: Token, lex: Lexicon) -> bool:
    """'The bomber blew himself up as people gathered at a junction', 'gunmen opened fire
    while worshippers assembled': the gathering tells when and where the victims were, not a
    crowd's protest (protesters gathering as police fire are still a protest). A march or a
    chant fired on is a crowd's ('soldiers opened fire as people marched'): only plain gathering."""
    marks = event_words("moment_marks")
    if lemma(tok) not in event_words("moment_gathering_verbs"):
        return False
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in marks for c in child_tokens(tok)):
        return False
    classes = (lex.verbs.get(k) for k in verb_keys(tok.head))
    return any(c is not None and lex.classes[c].family == "violence" for c in classes)


def _has_conflict_argument(tok: Token, lex: Lexicon) -> bool:
    """'hit'/'strike'/'target' are attacks with a weapon, an armed attacker or target, or an
    actor-like attacker and a place; not 'floods hit Japan' or 'sanctions targeting Iran'."""
    if weapons_in(list(subtree_tokens(tok)), lex):
        return True
    agent = reported_doer(tok, agent_of(tok, lex), lex)
    agent_words = {lemma(t) for t in agent} if agent is not None else set()
    if agent_words & lex.cue("non_conflict_causes"):
        return False
    if agent is not None and weapons_in(list(agent), lex):
        return True  # 'an armed drone ..., targeting X
    objs = [o for o in children(tok, "dobj", "nsubjpass")]
    objs += [o for _p, o in prep_objects(tok, event_words("object_preps"))]
    armed = lex.cue("armed_nouns")
    if any(lemma(o) in lex.cue("hit_idiom_objects") and not _armed_target(o, armed, lex) for o in objs):
        return False  # 'struck a deal', 'hit its recruitment target', 'hit a wall'
    if agent_words & (armed | lex.cue("nonstate_cues") | event_words("wrecking_agents")):
        return True
    obj_words = {lemma(t) for o in objs for t in phrase(o)}
    if obj_words & armed:
        return True
    actor_like = agent is not None and any(t.ent_type_ in ("ORG", "NORP", "GPE") for t in agent)
    placed = any(o.ent_type_ in PLACE_ENTS or lemma(o) in lex.cue("place_nouns") for o in objs)
    civilians = bool(obj_words & lex.cue("civilian_nouns"))
    return actor_like and (placed or civilians)


def _armed_target(obj: Token, armed: frozenset[str], lex: Lexicon) -> bool:
    """'struck Hezbollah targets', 'hit militant targets': a target an armed side's name or
    word modifies is a military one, no idiom ('hit its recruitment target')."""
    return lemma(obj) in event_words("armed_target_nouns") and any(
        c.dep_ in ("compound", "amod", "nmod", "poss")
        and (c.ent_type_ in _BODY_ENTS or lemma(c) in armed | lex.cue("nonstate_cues") | event_words("foe_words"))
        for c in child_tokens(obj)
    )
