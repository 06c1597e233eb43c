"""Find event mentions in one parsed sentence: triggers, their arguments, and assertion.

A *trigger* is a verb ("shelled", "opened fire") or a noun ("airstrike", "clashes")
from the lexicon. Nouns are events only when the sentence asserts them (subject of a
verb, object of a light verb such as "carried out", or anchored to a place); otherwise
they refer back to something already told ("followed the attack"). Triggers of one
family in one sentence describe one occurrence unless they have different explicit
agents, so coordinated clauses do not multiply events.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.events.aggregates import (
    aggregate_cue,
    counted_in_series,
    ongoing_cue,
    retrospective_cue,
)
from sitroom.events.arguments import (
    agent_of,
    argument_position,
    is_pronoun,
    light_verb_for,
    nominal_agent,
    origin_and_target,
    patient_of,
)
from sitroom.events.assertion import assertion, characterised, negated
from sitroom.events.findings import (
    CIRCUMSTANCE_PREPS,
    DEFINITE,
    KINETIC,
    PASSIVE_SUBJECTS,
    PLACE_ENTS,
    PLACE_PREPS,
    RELATIVE,
    SUBJECTS,
    Mention,
    SentenceFindings,
    Trigger,
    answers_another,
    behind_reason,
    event_words,
    in_aside,
    keep_own_weapons,
)
from sitroom.events.joining import unheld
from sitroom.events.lexicon import Lexicon, load_lexicon
from sitroom.events.mishaps import accidental
from sitroom.events.occasions import other_occasions, set_apart
from sitroom.events.parsing import (
    arms_taken,
    cause_of_death,
    first_child,
    lemma,
    prep_objects,
    separate_clause,
    weapons_in,
)
from sitroom.events.sides import worn_by_people
from sitroom.events.stepping import suffered_by_subject
from sitroom.events.triggers import find_triggers
from sitroom.events.untold import GRIEVANCE, is_protest, not_told
from sitroom.nlp import child_tokens, span_tokens, subtree_tokens
from sitroom.time.numbers import lexicon_words
from sitroom.time.offsets import earlier_clause, measured
from sitroom.time.tally import in_tally

# ---------------------------------------------------------------- nominal assertion


def _anchored_to_place(noun: Token, lex: Lexicon) -> bool:
    for _prep, obj in prep_objects(noun, PLACE_PREPS | event_words("of_preps")):
        if obj.ent_type_ in PLACE_ENTS or lemma(obj) in lex.cue("place_nouns"):
            return True
        if any(t.ent_type_ in PLACE_ENTS for t in subtree_tokens(obj)):
            return True
        if _prep == "of" and obj.ent_type_ == "PERSON":
            return True
    return False


def nominal_status(trig: Trigger, lex: Lexicon, witnesses: bool = True) -> str:
    """'event' if the sentence asserts the nominal, else 'reference', 'witnessed', 'unheld'
    (a protest still to come) or 'none'.
    With ``witnesses`` off a witness's quote is read like any other sentence."""
    noun = trig.token
    if noun.dep_ == "compound" and lemma(noun.head) in lex.cue("alert_nouns"):
        return "none"  # 'air raid alerts sounded': what an alert or a shelter is for
    if trig.cls in event_words("fatal_classes"):  # 'died under torture', not 'documented torture'
        return "event" if cause_of_death(noun) else "none"
    if witnesses and _witnessed(noun):
        return "witnessed"  # '"We heard gunfire for two hours," a resident said'
    light = light_verb_for(noun, lex)
    if light is not None and (_alleged_doing(light, noun, lex) or _bare_definite(noun)):
        return "reference"  # 'accused the army of carrying out the strike'
    if light is not None:
        trig.light = light
        return "event"
    if lemma(noun) in lex.light_only_nouns:
        occurs = noun.dep_ in SUBJECTS and lemma(noun.head) in lex.cue("occurrence_verbs")
        return "event" if occurs and not negated(noun.head, lex) else "none"
    if characterised(noun, _definite_reference(noun, lex)):
        return "reference"  # 'the protests were part of a coup attempt'
    eventive_kind = lex.classes[trig.cls].family == "protest" or trig.cls == "sexual"
    if eventive_kind and unheld(noun, lex):
        return "unheld"  # 'ahead of a planned rally': no protest held yet, part of nothing told
    if eventive_kind and _eventive_protest(noun, lex):
        return "event"
    role = argument_position(noun, lex)
    head = role.head
    if role.dep_ == "ROOT" and not _definite_reference(noun, lex):
        return "event"  # a verbless report: 'Clashes between A and B in C.'
    if role.dep_ == "attr" and any(c.dep_ == "expl" for c in child_tokens(head)) and not (
        _definite_reference(noun, lex)
    ):
        return "event"  # 'there was a clash between A and B', 'there were explosions'

    if (
        role.dep_ in SUBJECTS + PASSIVE_SUBJECTS
        and head.pos_ in ("VERB", "AUX")
        and lemma(head) not in lex.cue("reference_verbs")
        and not _definite_reference(noun, lex)
    ):
        return "event"
    if counted_in_series(noun):
        return "reference"
    if _anchored_to_place(noun, lex) and lemma(head) not in lex.cue("reference_verbs"):
        return "event"
    if _tolled(noun):  # 'the death toll from an attack by rebels on villagers rose to 61'
        return "event"
    return "reference" if lemma(noun) in lex.cue("reference_nouns") else "none"


def _tolled(noun: Token) -> bool:
    """One incident whose toll the sentence gives ('the death toll from an attack on a wake',
    'the toll of Sunday's bombing'): told, not a reference; one told before ('the toll from
    the attack') is that one's update, and 'the toll of attacks this year' a tally."""
    held = noun.dep_ == "pobj" and noun.head.lower_ in lexicon_words("toll_incident_preps")
    one = noun.tag_ == "NN" and any(c.dep_ in ("det", "poss") for c in child_tokens(noun))
    return held and one and lemma(noun.head.head) in lexicon_words("toll_nouns") and not _determiners(noun) & DEFINITE


def _witnessed(noun: Token) -> bool:
    """'"I heard a huge blast", said a survivor', '"we saw the explosion"': a witness's own
    words on what they perceived tell the incident the report has told, not another one
    ('officers reported hearing shots' is no first person and stays an event)."""
    while noun.dep_ == "conj" and noun.head is not noun:  # 'heard a blast and then gunfire'
        noun = noun.head
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and lemma(verb) in event_words("perception_verbs")
        and any(c.dep_ in SUBJECTS and c.lower_ in event_words("first_person") for c in child_tokens(verb))
    )


def _alleged_doing(light: Token, noun: Token, lex: Lexicon) -> bool:
    """'accused X of carrying out the strike', 'denied launching the attack': a definite
    event already told, now alleged or denied, not a new occurrence."""
    if not (_determiners(noun) & DEFINITE) or light.tag_ != "VBG":
        return False
    governor = light.head.head if light.head.lower_ in event_words("of_preps") else light.head
    return lemma(governor) in lex.cue("allegation_verbs")


def _bare_definite(noun: Token) -> bool:
    """'said it had carried out the attack', 'we believe militants carried out the
    attack': a definite event noun with nothing of its own (no place, no modifier, no
    clause) points back at the event told."""
    if not _determiners(noun) & DEFINITE or noun.tag_ != "NN":
        return False
    return not any(c.dep_ not in ("det", "punct") for c in child_tokens(noun))


def _eventive_protest(noun: Token, lex: Lexicon) -> bool:
    """'a protest against X', 'mass rallies', 'widespread sexual violence': news, not
    references (these nouns rarely point back at an event already told)."""
    if _definite_reference(noun, lex) and noun.dep_ not in SUBJECTS:
        return False
    for c in child_tokens(noun):
        if c.dep_ == "prep" and c.lower_ in lex.cue("protest_noun_preps"):
            return True
        if c.dep_ in ("amod", "nummod", "compound") and lemma(c) not in lex.cue(
            "retrospective_words"
        ):
            return True
    return noun.tag_ == "NNS"


def _definite_reference(noun: Token, lex: Lexicon) -> bool:
    """'the attack' (not 'the deadliest attack') points back to something already told."""
    dets = {c.lower_ for c in child_tokens(noun) if c.dep_ in ("det", "poss")}
    mods = {c.lower_ for c in child_tokens(noun) if c.dep_ == "amod"}
    return (
        bool(dets & DEFINITE)
        and not (mods & lex.cue("retrospective_words"))
        and not (_anchored_to_place(noun, lex))
    )


# ---------------------------------------------------------------- clustering


def _explicit_agent(trig: Trigger, lex: Lexicon) -> Token | None:
    """The subject that did it; none for verbs whose subject suffered it ('troops suffered
    casualties when rebels attacked': one occurrence, not two sides' two)."""
    if trig.nominal or suffered_by_subject(trig.token, lex):
        return None
    subj = first_child(trig.token, *SUBJECTS)
    if subj is None or is_pronoun(subj) or subj.lower_ in RELATIVE:
        return None
    return subj


def _family(cls: str, lex: Lexicon) -> str:
    fam = lex.classes[cls].family
    return "kinetic" if fam in KINETIC else fam


def cluster(triggers: list[Trigger], lex: Lexicon) -> list[list[Trigger]]:
    """Group asserted triggers into occurrences: same family, no conflicting explicit agents."""
    groups: list[list[Trigger]] = []
    agents = {id(t): _explicit_agent(t, lex) for t in triggers}  # once each, not per group met
    # a clause a story break opens ('..., while in a separate incident ...') tells its own,
    # and so does a war's running tally ('...; 8,000 have died since the invasion began')
    # and so does a clause measured back from the news ('..., a week after a drone hit the town')
    clauses = {id(t): (separate_clause(t.token), _tallied(t.token), _measured_back(t.token)) for t in triggers}
    for trig in sorted(triggers, key=lambda t: (t.nominal, t.token.i)):
        fam = _family(trig.cls, lex)
        placed = False
        mine = agents[id(trig)]
        for group in groups:
            if _family(group[0].cls, lex) != fam or clauses[id(group[0])] != clauses[id(trig)]:
                continue
            if any(answers_another(trig.token, t.token) for t in group):
                continue  # "fired rockets in response to a strike that killed three"
            theirs = [a for a in (agents[id(t)] for t in group) if a is not None]
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


def _tallied(tok: Token) -> bool:
    """'Clashes have continued since Saturday, killing nine': the participle tells what the
    tallied clause above it did, so it lies in that tally too."""
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ in ("VERB", "AUX"):
        return in_tally(tok.head)
    return in_tally(tok)


def _measured_back(tok: Token) -> Token | None:
    """The verb of a clause measured back from the event it hangs on ('a week after a drone
    strike hit the town'), which tells an earlier occasion; None when there is none."""
    for head in (tok, *tok.ancestors):  # '..., killing two' under the measured clause too
        clause = earlier_clause(head)
        if clause is not None and measured(clause):
            return clause[0]
    return None


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
            or theirs.root.lower_ == (_explicit_agent(trig, lex) or trig.token).lower_
        ):
            return False
        if mine.root.i != theirs.root.i:
            return True
    return False


def _in_subtree(tok: Token, group: list[Trigger]) -> bool:
    return any(tok in set(subtree_tokens(t.token)) for t in group)


def _in_subtree_any(group: list[Trigger], tok: Token) -> bool:
    sub = set(subtree_tokens(tok))
    return any(t.token in sub for t in group)


def _different_weapons(trig: Trigger, group: list[Trigger], lex: Lexicon) -> bool:
    mine = {w for w, _ in weapons_in(list(subtree_tokens(trig.token)), lex)}
    theirs = {w for t in group for w, _ in weapons_in(list(subtree_tokens(t.token)), lex)}
    return bool(mine and theirs and not (mine & theirs))


def _head_trigger(group: list[Trigger]) -> Trigger:
    """The verb highest in the tree (fewest ancestors), verbs before nouns."""
    return min(group, key=lambda t: (t.nominal, len(list(t.token.ancestors)), t.token.i))


# ---------------------------------------------------------------- the sentence


def analyze_sentence(sent: Span, lex: Lexicon, witnesses: bool = True) -> SentenceFindings:
    """What the sentence tells. A witness's quote ('"we heard gunfire"') is set aside, its
    families kept in ``witnessed``: the article may tell the event elsewhere, or not at all
    (then it is read again with ``witnesses`` off)."""
    triggers = find_triggers(sent, lex)
    asserted: list[Trigger] = []
    rejected: list[Trigger] = []
    references: list[Token] = []
    pending: list[tuple[Trigger, str]] = []
    witnessed: set[str] = set()
    for trig in triggers:
        if trig.nominal:
            status = nominal_status(trig, lex, witnesses)
            if status == "witnessed":
                witnessed.add(_family(trig.cls, lex))
                status = "reference"
            if status != "event":
                pending.append((trig, status))
                continue
        ok, why = assertion(trig, lex)
        trig.asserted, trig.reason = ok, why
        trig.negated = why == "negated"
        trig.hypothetical = bool(why) and not trig.negated
        (asserted if ok else rejected).append(trig)
    for trig, status in pending:
        if status != "unheld" and _part_of_told(trig, asserted, rejected, lex):
            trig.asserted = True  # "killed in an airstrike": part of the governing event
            asserted.append(trig)
        elif status == "reference" and _determiners(trig.token) & DEFINITE:
            references.append(trig.token)
    trigger_tokens = {t.token for t in triggers}
    for tok in span_tokens(sent):
        if (
            tok.pos_ == "NOUN"
            and lemma(tok) in lex.cue("reference_nouns")
            and tok not in trigger_tokens
            and tok not in references
            and _determiners(tok) & DEFINITE
        ):
            references.append(tok)
    for trig, why in not_told(asserted, lex):
        asserted.remove(trig)
        trig.asserted, trig.reason = False, why
        rejected.append(trig)
    # nominal triggers only asserted via a rejected verb go with it (not with a grievance:
    # a misparse may hang the protest on it)
    rejected_tokens = {t.token for t in rejected if t.reason != GRIEVANCE}
    asserted = [
        t
        for t in asserted
        if not (t.nominal and t.light is None and _governed_token(t.token, rejected_tokens))
    ]
    mentions = [build_mention(group, lex) for group in cluster(asserted, lex)]
    mentions = [m for m in mentions if not accidental(m, lex)]
    mentions = [m for m in mentions if not _accompanies(m, mentions)]
    kinetic = [m for m in mentions if m.family == "kinetic"]
    set_apart(sent, kinetic)  # an earlier occasion's weapons are its own, not the news's
    keep_own_weapons(kinetic)
    if len(kinetic) == 1 and not kinetic[0].weapons:
        # "the killing of X ... in an American strike": the weapon sits elsewhere in the parse
        told = {t for ref in references for t in subtree_tokens(ref)}  # 'carrying out the strike'
        told |= other_occasions(sent, kinetic[0], [])
        kinetic[0].weapons = weapons_in(
            list(set(sent) - _not_instruments(kinetic[0]) - told), lex
        )
    return SentenceFindings(mentions, references, rejected, witnessed)


def _part_of_told(trig: Trigger, asserted: list[Trigger], rejected: list[Trigger], lex: Lexicon) -> bool:
    """An event noun the sentence does not assert by itself is part of an event it does
    tell: the trigger governing it, of the same family ('killed in an airstrike'), or the
    relative clause it heads ('a bombing ... that killed four')."""
    governed = _governed_by(trig.token, asserted + rejected)
    if (
        governed is not None
        and _family(governed.cls, lex) == _family(trig.cls, lex)
        and not behind_reason(trig.token, governed.token, is_protest(governed))
        and not _another_kind_before(trig, governed, lex)
    ):
        return True
    return _told_by_relative(trig, asserted, lex)


def _told_by_relative(trig: Trigger, asserted: list[Trigger], lex: Lexicon) -> bool:
    """'claimed a bombing during Mass that killed four': the event noun a relative clause
    of the same family tells is that clause's event, whatever governs the noun; so is one
    whose target the clause of its own kind hangs on ('the bombing of a church that killed
    four'; not 'the arrest of men who set fire to crops')."""
    noun, fam, kind = trig.token, _family(trig.cls, lex), lex.classes[trig.cls].family
    targets = {o.i for _p, o in prep_objects(noun, event_words("object_preps") | event_words("of_preps"))}
    return any(
        t.token.dep_ == "relcl" and _family(t.cls, lex) == fam
        and (t.token.head.i == noun.i or (t.token.head.i in targets and lex.classes[t.cls].family == kind))
        for t in asserted
    )


def _another_kind_before(trig: Trigger, governed: Trigger, lex: Lexicon) -> bool:
    """'Hours after the riot, a car bomb exploded': an event of another kind in a
    circumstance of the governing one ('after', 'amid') is the occasion it follows, not a
    part of it ('died after an explosion' is the same kind and stays one event)."""
    if lex.classes[trig.cls].family == lex.classes[governed.cls].family:
        return False
    return in_aside(trig.token, governed.token)


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


def _determiners(tok: Token) -> set[str]:
    return {c.lower_ for c in child_tokens(tok) if c.dep_ in ("det", "predet")}


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
    two suicide bombers'), what they carry, what is taken from them, and circumstances ('amid
    the overflight of drones')."""
    out: set[Token] = worn_by_people(mention, load_lexicon())
    out |= arms_taken([t.token for t in mention.members], load_lexicon())  # 'recovered two rifles'
    for target in mention.patients:
        if target.root.lower_ not in event_words("reflexive_objects"):  # 'blew himself up'
            out |= set(target)
    for trig in mention.members:
        for c in child_tokens(trig.token):
            if c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE_PREPS:
                out |= set(subtree_tokens(c))
    return out


def build_mention(group: list[Trigger], lex: Lexicon) -> Mention:
    head = _head_trigger(group)
    fam = _family(head.cls, lex)
    mention = Mention(head=head, members=group, family=fam)
    for trig in [head, *[t for t in group if t is not head]]:
        agent = nominal_agent(trig.token, lex) if trig.nominal else agent_of(trig.token, lex)
        if agent is not None and mention.agent is None and not trig.found:
            mention.agent = agent
            mention.agent_explicit = _explicit_agent(trig, lex) is not None
        target = patient_of(trig, lex)
        if target is not None:
            mention.patients.append(target)
            mention.patient = mention.patient or target
        origin, target = origin_and_target(trig.token)
        mention.origin = mention.origin or origin
        mention.target_place = mention.target_place or target
    tokens: set[Token] = set()
    for trig in group:
        tokens |= set(subtree_tokens(trig.token))
    if mention.agent is not None:
        tokens |= set(mention.agent)
    if fam == "kinetic":
        mention.weapons = weapons_in(list(tokens - _not_instruments(mention)), lex)
    mention.aggregate = aggregate_cue(mention, lex)
    mention.retrospective = retrospective_cue(mention, lex)
    mention.ongoing = ongoing_cue(mention, lex)
    return mention
