"""Where in a parsed sentence the actors of an event are: agent and patient phrases. Used
when the `events` stage left `candidate.agent` / `candidate.patient` empty: the clause
subject or passive "by" agent, "clashes between A and B", the object or a target phrase
("on/at/against/towards ..."), each best first."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Span, Token

from sitroom.actors.apposition import kinds_beside
from sitroom.actors.attributed import attributed_groups
from sitroom.components import Candidate
from sitroom.events.lexicon import load_lexicon
from sitroom.events.parsing import is_dateline
from sitroom.events.sides import side
from sitroom.events.stepping import suffered_by_subject
from sitroom.lang import pack_words
from sitroom.nlp import child_tokens, doc_memo, entities, head_token

_TARGET_PREPS = pack_words("actors/words", "target_preps")
_YIELDING = pack_words("actors/words", "yielding_verbs")
_YIELD_PREPS = pack_words("actors/words", "yield_preps")
SUBJECTS = {"nsubj", "csubj"}
_SUBJECTS = SUBJECTS
_CUT = {"relcl", "acl", "advcl", "punct", "parataxis"}  # coordinated actors stay
_CLAUSE = {"relcl", "acl", "advcl", "ccomp", "conj", "parataxis", "xcomp", "csubj"}
CLASH = pack_words("actors/words", "clash_verbs")
_TARGETING = pack_words("actors/words", "targeting_verbs")
_BETWEEN = pack_words("actors/words", "between_preps")
_FIGHT_SETTING = pack_words("actors/words", "fight_setting_preps")
_HITTING = pack_words("actors/words", "people_hit_verbs")
CLASH_PREPS = pack_words("actors/words", "clash_preps")
_CLASH_PREPS = CLASH_PREPS
_CLASH_NOUNS = pack_words("actors/words", "clash_nouns")
_AGENT_PREPS = pack_words("actors/words", "agent_preps")
_PLACE_PREPS = pack_words("actors/words", "locative_preps")
_FROM = pack_words("actors/words", "origin_preps")
_CARRY_OUT = pack_words("actors/words", "carry_out_verbs")
_SIDELESS = pack_words("actors/words", "sideless_people")
_BYSTANDER = pack_words("actors/words", "bystander_words")
HARM = pack_words("actors/words", "harm_verbs")
_HARM = HARM
_CROWD_TYPES = {"Protests", "Riots"}
_FINDERS = pack_words("events/words", "finding_verbs")
_NAMED_ENTS = ("ORG", "NORP", "PERSON")
_GROUP_ENTS = ("ORG", "NORP")
_VERB_TAG = "VB"
_NOUNS = ("NOUN", "PROPN")
_OTHER_SIDE = pack_words("actors/words", "other_side_words")
_CARRYING = pack_words("actors/words", "carrying_verbs")
_ESCORTING = pack_words("actors/words", "escorting_verbs")
_MEMBER_PREPS = pack_words("actors/words", "member_preps")
_MEMBER_LINKS = pack_words("actors/words", "member_links")
_SPEAKING = pack_words("actors/words", "speaking_verbs")
_FACTIONS = pack_words("actors/words", "faction_nouns")


def _where(span: Token | Span | None) -> tuple[int, ...] | None:
    """A token's or span's place in its doc, as a memo key."""
    if span is None:
        return None
    return (span.i,) if isinstance(span, Token) else (span.start, span.end)


def _memo(kind: str, candidate: Candidate, build: Callable[[Candidate], list[Span]]) -> list[Span]:
    """``build(candidate)``, remembered per document for the trigger, agent and patient it
    reads: the actors stage and finalize ask again for each candidate (a fresh list each time)."""
    key = (kind, _where(candidate.trigger), _where(candidate.agent), _where(candidate.patient))
    memo = doc_memo(candidate.trigger.doc, "actor_spans")
    if key not in memo:
        memo[key] = tuple(build(candidate))
    return list(memo[key])


def agent_spans(candidate: Candidate) -> list[Span]:
    """Phrases that may name actor1, best first (last, the doer a claim replaced)."""
    return _memo("agent", candidate, _agent_spans)


def _agent_spans(candidate: Candidate) -> list[Span]:
    if candidate.agent is not None:
        agent = _with_weapon(candidate.agent)
        first, _ = _fight_sides(candidate, alone=True)  # "fighting between two clan militias"
        named = [phrase(first)] if first is not None else _named_in_apposition(agent)
        claimed = [candidate.claimed_over] if candidate.claimed_over is not None else []
        parent = _parent_in_apposition(agent)  # after the faction's own name, which may be unknown
        return [*named, *_groups_of(agent.root), agent, *parent, *_owners(agent), *kinds_beside(agent), *claimed]
    trigger = head_token(candidate.trigger)
    if trigger.lemma_ in _FINDERS and candidate.event.event_type != "Strategic developments":
        return []  # 'police found three bodies': who found the dead did not kill them
    spans = [phrase(t) for t in _passive_agents(trigger)]
    subjects = list(_clause_subjects(trigger))
    spans += [s for t in subjects for s in (*_groups_of(t), phrase(t))]
    for subject in subjects:  # "a mine laid by unidentified militants ... exploded"
        for clause in child_tokens(subject):
            if clause.dep_ == "acl":
                spans += [phrase(t) for t in _passive_agents(clause)]
    first = _between(trigger)[0] or _fight_sides(candidate, alone=True)[0]  # "Fighting between two clans killed"
    if first is not None:  # "clashes between regime forces and rebels"
        spans.append(phrase(first))
    if trigger.dep_ in ("acl", "relcl") and trigger.tag_ != "VBN" and not subjects:
        spans.append(phrase(trigger.head))  # "gunmen who killed", a reduced relative
    if trigger.pos_ in ("NOUN", "PROPN"):  # "an Israeli airstrike", "a US drone strike"
        spans.append(trigger.doc[trigger.left_edge.i : trigger.i + 1])
    return spans + _clash_partners(trigger)


def _groups_of(head: Token) -> list[Span]:
    """The named group the men of ``head`` belong to: 'gunmen from the Balochistan
    Liberation Army', 'fighters led by Hayat Tahrir al-Sham', 'militants loyal to X', 'fighters
    of the militant group al Shabaab' (a proper name only: 'gunmen from the village' belong to no group). Armed men only:
    'protesters from the opposition party' are protesters, whoever sent them."""
    if side(head.doc[head.i : head.i + 1], load_lexicon()) != "armed":
        return []
    found: list[Token] = []
    for child in child_tokens(head):
        if child.dep_ == "prep" and child.lower_ in _MEMBER_PREPS:
            found += [o for o in child_tokens(child) if o.dep_ == "pobj"]
        elif child.dep_ in ("acl", "amod") and child.lemma_.lower() in _MEMBER_LINKS:
            preps = [p for p in child_tokens(child) if p.dep_ in ("prep", "agent")]
            found += [o for p in preps for o in child_tokens(p) if o.dep_ == "pobj"]
    # 'fighters of the militant group al Shabaab': the group named in apposition to its kind
    found += [a for t in found if t.pos_ == "NOUN" for a in child_tokens(t) if a.dep_ == "appos"]
    return [phrase(t) for t in found if t.pos_ == "PROPN"] + attributed_groups(head)


def placed(span: Span) -> bool:
    """Where someone is or comes from ("a group originally from Uganda"): a bare country there
    is a place, not its army."""
    head = span.root
    prep = head.head.lower_
    return head.dep_ == "pobj" and (prep in _PLACE_PREPS or prep in _FROM)


def _owners(agent: Span) -> list[Span]:
    """Who is behind a phrase that names a weapon, not a side: "an airstrike by Afghan
    forces", "a bomb planted by the rebels", "the army conducted airstrikes ..."."""
    head = agent.root
    owners: list[Token] = []
    for child in child_tokens(head):
        if child.dep_ == "prep" and child.lower_ in _AGENT_PREPS:
            owners += [p for p in child_tokens(child) if p.dep_ == "pobj"]
        elif child.dep_ == "acl":
            owners += _passive_agents(child)
    verb = head.head
    if head.dep_ in ("dobj", "obj") and verb.pos_ == "VERB" and verb.lemma_.lower() in _CARRY_OUT:
        owners += [s for s in child_tokens(verb) if s.dep_ in _SUBJECTS]
    # "planted by unknown persons": people who name no side leave the owner unidentified
    return [phrase(t) for t in owners if t.lemma_.lower() not in _SIDELESS]


def _clash_partners(trigger: Token) -> list[Span]:
    """ "Three soldiers were killed in clashes with the rebels": the side the victims fought
    (a verb of fighting keeps its "with" side for actor2)."""
    if is_clash(trigger):
        return []
    if any(t.lemma_.lower() in _BYSTANDER for t in trigger.subtree):
        return []  # "killed in crossfire during clashes with the police": a bystander
    verbs = [trigger, *(c for c in child_tokens(trigger) if c.dep_ == "conj")]
    spans: list[Span] = []
    for verb in verbs:
        for token in _target_scope(verb):
            head = token.head
            if token.dep_ != "prep" or token.lower_ not in _CLASH_PREPS or head.i == trigger.i:
                continue
            if is_clash(head):
                spans += [phrase(p) for p in child_tokens(token) if p.dep_ == "pobj"]
    return spans


def patient_spans(candidate: Candidate) -> list[Span]:
    """Phrases that may name actor2, best first."""
    return _memo("patient", candidate, _patient_spans)


def _patient_spans(candidate: Candidate) -> list[Span]:
    trigger = head_token(candidate.trigger)
    harmed = [] if candidate.event.event_type in _CROWD_TYPES else _harmed(trigger)
    if candidate.patient is not None and not _is_weapon(candidate.patient):
        _, second = _fight_sides(candidate)  # the dead of a fight are its toll, not a side
        first = [phrase(second)] if second is not None else _people_hit_there(candidate)
        # "launched an attack on X", "attacked a post and clashed with X": when the patient
        # names no side, the trigger's target phrases outside it may
        patient = {t.i for t in candidate.patient}
        targets = [s for s in _target_phrases(candidate, trigger) if s.root.i not in patient]
        return [*first, candidate.patient, *_carried(candidate.patient.root), *targets, *harmed]
    spans: list[Span] = []
    _, second = _between(trigger)
    if second is not None:
        spans.append(phrase(second))
    for verb in _with_head_verb(trigger):  # "an airstrike killed three civilians"
        if verb.pos_ in ("VERB", "AUX"):
            spans += [
                phrase(c)
                for c in child_tokens(verb)
                if c.dep_ in ("dobj", "obj", "nsubjpass") and c.i != trigger.i
            ]
    if trigger.dep_ in ("acl", "relcl") and trigger.tag_ == "VBN":
        spans.append(phrase(trigger.head))  # "a vehicle targeted by ..."
    for token in _with_head_verb(trigger):
        for verb in child_tokens(token):  # "..., aiming at the troops stationed at X"
            if verb.dep_ in ("advcl", "xcomp", "acl") and verb.lemma_ in _TARGETING:
                spans += [phrase(o) for o in child_tokens(verb) if o.dep_ == "dobj"]
    for verb in _with_head_verb(trigger):  # "a vehicle carrying PKK members"
        for obj in child_tokens(verb):
            if obj.dep_ in ("dobj", "obj") and obj.i != trigger.i:
                spans.append(obj.doc[obj.left_edge.i : obj.right_edge.i + 1])
    if not any(c.dep_ in ("dobj", "obj") for c in child_tokens(trigger)):
        spans += _lost_object(trigger)
    return spans + _target_phrases(candidate, trigger) + harmed


def _target_phrases(candidate: Candidate, trigger: Token) -> list[Span]:
    """The objects of the trigger's target prepositions ("fired from X towards the base"),
    and of a verb joined to it that shares its subject ("... and clashed with X")."""
    preps = _TARGET_PREPS | (_CLASH_PREPS.value() if is_clash(trigger) else set())
    if trigger.lemma_.lower() in _YIELDING:  # "militants surrendered to the army"
        preps = preps | _YIELD_PREPS.value()
    agents = {t.i for span in agent_spans(candidate) for t in span}
    spans: list[Span] = []
    for verb in [trigger, *_shared_subject_verbs(trigger)]:
        if verb is not trigger and is_clash(verb):
            preps = preps | _CLASH_PREPS.value()
        for token in _target_scope(verb):
            if token.dep_ == "prep" and token.lower_ in preps and token.i not in agents:
                spans += [phrase(p) for p in child_tokens(token) if p.dep_ == "pobj"]
                if token.lower_ in _CLASH_PREPS:  # "clashed with X coming from Y"
                    spans += [phrase(s) for s in _clause_object(token)]
    return spans


def _carried(vehicle: Token) -> list[Span]:
    """ "a bomb struck a vehicle carrying soldiers", "a convoy escorted by soldiers": whom a hit
    vehicle carried or who guarded it is its side (after the vehicle itself: "a police truck")."""
    return [
        phrase(o)
        for verb in child_tokens(vehicle)
        if verb.dep_ == "acl" and verb.lemma_.lower() in _CARRYING
        for o in [*child_tokens(verb), *(p for a in child_tokens(verb) if a.dep_ == "agent" for p in child_tokens(a))]
        if o.dep_ in ("dobj", "obj") or o.dep_ == "pobj" and verb.lemma_.lower() in _ESCORTING
    ]


def _clause_object(prep: Token) -> list[Token]:
    """ "clashed with Houthi forces coming from Hays": the parser makes the participle the
    object of the preposition and the forces its subject."""
    return [s for c in child_tokens(prep) if c.dep_ == "pcomp" for s in child_tokens(c) if s.dep_ in _SUBJECTS]


def _shared_subject_verbs(trigger: Token) -> list[Token]:
    """ "Troops fired mortars and grenade launchers at rebel posts": verbs joined to the trigger
    with no subject of their own (the tagger reads "grenade" as one): its subject fired at them."""
    if not trigger.tag_.startswith(_VERB_TAG):
        return []
    return [
        c
        for c in child_tokens(trigger)
        if c.dep_ == "conj" and c.pos_ == "VERB"
        and not any(s.dep_ in _SUBJECTS or s.dep_ == "nsubjpass" for s in child_tokens(c))
    ]


#: Words allowed between a verb and the name it governs: "killed four IS militants".
_BEFORE_NAME = {"DET", "NUM", "ADJ"}


def _lost_object(trigger: Token) -> list[Span]:
    """The name right after a verb whose object the parse lost ("shelled IS militants",
    with "IS" read as the verb "is"): a named entity the verb governs by position."""
    if not trigger.tag_.startswith(_VERB_TAG):
        return []
    doc, j = trigger.doc, trigger.i + 1
    while j < len(doc) and j - trigger.i <= 3 and doc[j].pos_ in _BEFORE_NAME:
        j += 1
    return [e for e in entities(doc) if e.start == j and e.label_ in _NAMED_ENTS]


def _harmed(trigger: Token) -> list[Span]:
    """ "Shelling hit a market, killing six civilians": whom the participle clause of harm
    names, after every phrase of the trigger's own (a market names no side). Not for a
    crowd's events: two groups of a brawl "injuring two men" are both rioters."""
    spans: list[Span] = []
    for verb in _with_head_verb(trigger):
        for clause in child_tokens(verb):
            if clause.dep_ in ("advcl", "conj") and clause.tag_ == "VBG" and clause.lemma_ in _HARM:
                spans += [phrase(o) for o in child_tokens(clause) if o.dep_ in ("dobj", "obj")]
    return spans


def _with_weapon(agent: Span) -> Span:
    """'killed in an Israeli airstrike': a lone demonym names its owner only with the weapon
    it qualifies ('Israeli airstrike' resolves to Israel's forces; bare 'Israeli' does not)."""
    head = agent.root.head
    if len(agent) == 1 and agent.root.dep_ in ("amod", "compound") and head.i > agent.end - 1:
        phrase = agent.doc[agent.start : head.i + 1]
        if _is_weapon(phrase):
            return phrase
    # 'Ukrainian shelling killed ...' parsed with the adjective as the subject and the weapon
    # hung on the verb: the word right after the lone adjective is what it qualifies
    if len(agent) == 1 and agent.root.tag_ == "JJ" and agent.end < len(agent.doc):
        phrase = agent.doc[agent.start : agent.end + 1]
        if _is_weapon(phrase[1:]):
            return phrase
    return agent


def _is_weapon(span: Span) -> bool:
    """ "Shells were lobbed at the camp": the passive subject is the weapon, not the target."""
    from sitroom.events.lexicon import load_lexicon
    from sitroom.events.parsing import is_weapon_word

    lex = load_lexicon()
    head = span.root
    singular = head.lower_[:-1] if head.lower_.endswith("s") else head.lower_
    return is_weapon_word(head, lex) or (singular,) in lex.weapons


def is_clash(token: Token) -> bool:
    """A verb or noun of fighting ("clashed", "a gunfight", "a shoot-out": the tokenizer
    splits the hyphenated noun, so its pieces are read together)."""
    lemma = token.lemma_.lower()
    if lemma in CLASH or lemma in _CLASH_NOUNS:
        return True
    i = token.i
    return i >= 2 and token.doc[i - 1].text == "-" and (
        token.doc[i - 2].lower_ + token.lower_ in _CLASH_NOUNS
    )


def _with_head_verb(trigger: Token) -> list[Token]:
    """The trigger, and the verb it hangs on: "launched an attack on", "fired to disperse"."""
    out = [trigger]
    deps = ("dobj", "obj", "attr", "nsubj", "nsubjpass", "xcomp", "advcl")
    if trigger.dep_ in deps and trigger.head is not trigger:
        out.append(trigger.head)
    return out


def _target_scope(trigger: Token) -> list[Token]:
    """Tokens of the trigger's own clause (and its verb's), in order: not subordinate clauses.
    Remembered per trigger: the agent's and the patient's phrases each walk it again."""
    memo = doc_memo(trigger.doc, "target_scope")
    if trigger.i not in memo:
        memo[trigger.i] = tuple(_walk_scope(trigger))
    return list(memo[trigger.i])


#: The capture's own clause, for `actors.losers.loser_spans`.
target_scope = _target_scope


def _walk_scope(trigger: Token) -> list[Token]:
    scope: dict[int, Token] = {}
    stack = list(_with_head_verb(trigger))
    while stack:
        token = stack.pop()
        if token.i in scope:
            continue
        scope[token.i] = token
        stack.extend(c for c in child_tokens(token) if c.dep_ not in _CLAUSE)
    return [scope[i] for i in sorted(scope)]


def _between(trigger: Token) -> tuple[Token | None, Token | None]:
    """ "clashes between A and B" → (A, B)."""
    return next(_between_pairs(_target_scope(trigger)), (None, None))


def _between_pairs(tokens: Iterable[Token]) -> Iterator[tuple[Token, Token | None]]:
    """(A, B) of each "between A and B" among ``tokens`` (B None for "between two groups")."""
    for token in tokens:
        if token.dep_ == "prep" and token.lower_ in _BETWEEN:
            pobj = next((p for p in child_tokens(token) if p.dep_ == "pobj"), None)
            if pobj is not None:
                yield pobj, next((c for c in child_tokens(pobj) if c.dep_ == "conj"), None) or _other_side(token, pobj)


def _other_side(between: Token, first: Token) -> Token | None:
    """ "between A on one side and B on the other": the parser may join B to the verb; the
    words "on the other" after it tell it is the second side."""
    for c in child_tokens(between.head):
        joined = c.dep_ == "conj" and c.i > first.i and c.pos_ in _NOUNS
        if joined and any(t.lower_ in _OTHER_SIDE for t in c.subtree):
            return c
    return None


def _named_in_apposition(agent: Span) -> list[Span]:
    """ "The country's largest rebel group, the ELN, attacked ...": the name beside a kind
    told in a common noun; the kind stays next in line for a name no dictionary knows."""
    kind = agent.root
    if kind.pos_ != "NOUN" or kind.ent_type_:
        return []
    return [phrase(c) for c in child_tokens(kind) if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in _GROUP_ENTS]


def _parent_in_apposition(agent: Span) -> list[Span]:
    """ "the Jaime Martinez front, a faction of the FARC dissidents": the group that a faction
    named in apposition belongs to."""
    return [
        phrase(o)
        for a in child_tokens(agent.root) if a.dep_ == "appos" and a.lemma_.lower() in _FACTIONS
        for p in child_tokens(a) if p.dep_ == "prep" and p.lower_ == "of"
        for o in child_tokens(p) if o.dep_ == "pobj"
    ]


def _people_hit_there(candidate: Candidate) -> list[Span]:
    """ "Troops killed two gunmen during a raid on a village": when the target is a place,
    the people another trigger of the event killed or hurt tell the side, not the place. Not
    in a fight ("exchanged fire ..., in which a civilian was killed"): its dead are its toll."""
    lex = load_lexicon()
    if candidate.patient is None or side(candidate.patient, lex) != "place":
        return []
    triggers = [head_token(t) for t in candidate.triggers]
    if any(is_clash(t) for t in triggers):
        return []
    people = []
    for trigger in (t for t in triggers if t.lemma_ in _HITTING):
        for c in child_tokens(trigger):
            if c.dep_ in ("dobj", "obj", "nsubjpass") and side(phrase(c), lex) in ("armed", "civilian"):
                people.append(phrase(c))
    return people


def _fight_sides(candidate: Candidate, alone: bool = False) -> tuple[Token | None, Token | None]:
    """The two sides of a fight told as the deed's doer or setting: "clashes between A and B
    killed five civilians", "five were killed in fighting between A and B"; ``alone``: also
    one side of one kind ("clashes between two rival gangs killed eight": the gangs)."""
    trigger = head_token(candidate.trigger)
    nouns = [candidate.agent.root] if candidate.agent is not None else [
        c for c in child_tokens(trigger) if c.dep_ == "advcl" and c.i < trigger.i]  # the parse's "Fighting ..., killed"
    for prep in child_tokens(trigger):
        if prep.dep_ == "prep" and prep.lower_ in _FIGHT_SETTING:
            nouns += [p for p in child_tokens(prep) if p.dep_ == "pobj"]
    for noun in nouns:
        if not is_clash(noun):  # the trigger too, when the parse made it its own doer
            continue
        onset = noun.dep_ == "nsubj" and noun.head.pos_ == "VERB"  # "fighting broke out between A and B"
        for first, other in _between_pairs([*child_tokens(noun), *(child_tokens(noun.head) if onset else ())]):
            if other is not None or alone:  # "fighting between two rival groups": `mutual`'s
                return first, other
    return None, None


def _clause_subjects(trigger: Token) -> Iterable[Token]:
    lex = load_lexicon()
    for token in _with_head_verb(trigger):
        if suffered_by_subject(token, lex):  # 'soldiers died', 'stepped on a mine': no attacker
            continue
        if token.i != trigger.i and token.lemma_.lower() in _SPEAKING:
            continue  # 'the UN condemned the attack': who speaks of the deed did not do it
        yield from (
            c
            for c in child_tokens(token)
            if c.dep_ in _SUBJECTS and c.i != trigger.i and not is_dateline(c)
        )


def _passive_agents(trigger: Token) -> Iterable[Token]:
    for token in _with_head_verb(trigger):
        for agent in child_tokens(token):
            if agent.dep_ == "agent":
                yield from (c for c in child_tokens(agent) if c.dep_ in ("pobj", "pcomp"))


def phrase(token: Token) -> Span:
    """The token's phrase: its subtree without relative clauses, conjunctions and commas."""
    keep = [token]
    # (not the report's dateline, which the parser may hang on the subject after it)
    stack = [c for c in child_tokens(token) if c.dep_ not in _CUT and not (c.i < token.i and is_dateline(c))]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(c for c in child_tokens(t) if c.dep_ not in ("relcl", "acl", "advcl"))
    first = min(t.i for t in keep)
    last = max(t.i for t in keep)
    return token.doc[first : last + 1]


def with_entities(span: Span) -> Span:
    """Widen a phrase to whole named entities it touches ("IS" mis-tagged as a verb before
    "militants" still belongs to the entity "IS militants"), and to a name right before or
    after it that the tagger read as a verb, which cut the phrase in two ("two [IS] suicide
    bombers", "thirty [IS] fighters")."""
    start, end = span.start, span.end
    for ent in entities(span.doc):
        if ent.label_ not in _NAMED_ENTS:
            continue
        touching = ent.start < end and ent.end > start
        adjacent = ent.end == start or ent.start == end
        if touching or (adjacent and all(t.tag_.startswith(_VERB_TAG) for t in ent)):
            start, end = min(start, ent.start), max(end, ent.end)
    return span.doc[start:end] if (start, end) != (span.start, span.end) else span
