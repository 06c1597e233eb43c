"""Crowds that turn violent: riots, not battles or property crime.

ACLED codes violence by unorganized crowds (residents, youths, angry depositors, a group
of people) as Riots: a crowd that burns or loots is mob violence, stones thrown at the
police are a riot, and burning tyres is a violent demonstration whoever does it. Armed
groups, named organizations and anyone using guns or bombs are not a crowd. Used by
`sitroom.events.classify`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.events.arguments import agent_of, patient_of
from sitroom.events.findings import VIOLENT_CLASSES, Mention, behind_reason, event_words
from sitroom.events.joining import protest_told
from sitroom.events.lexicon import Lexicon
from sitroom.events.parsing import for_a_protest, lemma, phrase, prep_objects
from sitroom.events.plover import PROTEST_CLASSES
from sitroom.events.sides import agent_kind, has_cue, side
from sitroom.lang.story import opens_incident
from sitroom.nlp import child_tokens, head_token, sentence, subtree_tokens

Decision = tuple[str, str, "Span | Token"] | None


def _through_collective(span: Span, lex: Lexicon) -> Token:
    """'a group of youths', 'hundreds of residents' → the people named after 'of'."""
    root = span.root
    if lemma(root) in lex.cue("collective_nouns"):
        inner = [obj for _p, obj in prep_objects(root, {"of"})]
        if inner:
            return inner[0]
    return root


def crowd_agent(span: Span | None, lex: Lexicon, fighting: bool = False) -> bool:
    """An unorganized crowd of civilians: 'angry residents', 'a group of youths',
    'hundreds of people' — not 'armed youths', not a named group. ``fighting``: in a
    fight, a bare collective ('two groups clashed') is a crowd too, unless unidentified."""
    if span is None or _armed(span, lex):
        return False
    root = _through_collective(span, lex)
    people = lemma(root) in lex.cue("crowd_nouns") or (
        root.i != span.root.i and lemma(root) in lex.cue("civilian_nouns")
    )
    # 'two groups clashed', 'rival groups': a bare collective, no one armed or named in it
    bare = lex.cue("collective_nouns") - lex.cue("armed_group_nouns")  # not 'three gangs'
    unnamed = any(t.lower_ in event_words("unnamed_words") for t in span)
    people = people or (fighting and lemma(root) in bare and not unnamed)
    mods = [lemma(c) for c in child_tokens(root) if c.dep_ in ("amod", "compound")]
    angry = any(m in lex.cue("anger_words") for m in mods)
    # 'opposing political groups', 'party factions': camps of a contest, not armed groups
    camps = lemma(root) in event_words("camp_nouns") and any(m in event_words("political_words") for m in mods)
    # 'members of the opposition party': a party's people, no armed organization
    partisans = any(lemma(t) in event_words("political_words") for t in span)
    return people or camps or partisans or (angry and root.pos_ == "NOUN")


def lemmas_in(span: Span) -> set[str]:
    return {lemma(t) for t in span}


def _stoning(mention: Mention, lex: Lexicon) -> bool:
    """Stones, rocks or bottles thrown ('pelted the police with stones', 'stoned a bus'),
    and no other weapon."""
    thrown = lex.cue("thrown_objects")
    if any(lemma(t.token) in lex.cue("stoning_verbs") for t in mention.members):
        return all(lemma(w.root) in thrown for _c, w in mention.weapons)
    return bool(mention.weapons) and all(lemma(w.root) in thrown for _c, w in mention.weapons)


def _barricades(mention: Mention, lex: Lexicon) -> bool:
    """Tyres or barricades are what the crowd acted on (set alight, burned)."""
    return any(lemma(p.root) in lex.cue("barricade_words") for p in mention.patients)


def burning_barricades(mention: Mention, lex: Lexicon) -> Token | None:
    """Tyres or barricades told burning in the mention's clause ('barricaded roads with
    burning tyres', 'blocked the highway with tires on fire', 'tyres were burned', 'blocked
    the road with burning logs'): ACLED
    codes the demonstration violent, police dispersal or not."""
    fire = lex.cue("fire_words")
    head = mention.head.token
    for tok in subtree_tokens(head):
        # anything a road is blocked with ('blocked the road with a burning bus') barricades it
        blocking = tok.head.lower_ in event_words("blocking_preps") and tok.head.head.i == head.i and (
            lemma(head) in lex.cue("blocking_verbs"))
        if lemma(tok) not in lex.cue("barricade_words") and not blocking:
            continue
        near = [*tok.subtree, tok.head, *child_tokens(tok.head)]
        if any(lemma(t) in fire or t.lower_ in fire for t in near):
            return tok
    return None


def crowd_fought(classes: set[str], mention: Mention, lex: Lexicon) -> Span | Token | None:
    """The crowd's own violence told beside its dispersal ('tear gas at workers who had
    pelted stones', 'tyres were burned ... police fired tear gas', 'officers were hurt and
    fired warning shots'): a violent demonstration, whoever stepped in after."""
    thrown = [w for _c, w in mention.weapons if lemma(w.root) in lex.cue("thrown_objects")]
    if thrown:
        return thrown[0]
    if classes & {"riot", "mob", "loot"} or ("destroy" in classes and _barricades(mention, lex)):
        return mention.head.span
    hurt = classes & lex.cue("harm_classes")
    if hurt and any(side(p, lex) == "armed" for p in mention.patients):
        return mention.head.span  # the police were hurt: the crowd fought
    return None


def violent_crowd(mention: Mention, lex: Lexicon) -> Token | None:
    """A crowd hit whose own violence is told on it ('fired on stone-throwing youths', 'shot
    at rioters', 'fired at protesters who were burning tyres'): a riot met by force, not an
    attack on civilians nor force against a peaceful protest. The word that tells it (a riot
    word or thrown object before the noun, a rioter noun, or one in a relative clause on it);
    None for a crowd told without violence."""
    told = lex.cue("riot_words") | lex.cue("thrown_objects") | lex.cue("barricade_words")
    for patient in mention.patients:
        root = _through_collective(patient, lex)
        if lemma(root) not in lex.cue("crowd_nouns"):
            continue
        if lemma(root) in lex.cue("rioter_nouns"):
            return root
        before = [t for c in child_tokens(root) if c.i < root.i and c.dep_ in ("amod", "compound") for t in c.subtree]
        clauses = [t for c in child_tokens(root) if c.dep_ == "relcl" for t in c.subtree]
        found = next((t for t in [*before, *clauses] if lemma(t) in told), None)
        if found is not None:
            return found
    return None


def wrecked_at_protest(classes: set[str], mention: Mention, lex: Lexicon) -> bool:
    """'Dockers marched on the port office; they smashed its windows', 'Students rallied
    at the gate. Two cars were set alight': wrecking or beating by the protesters (a
    pronoun) or by no one named, here or in the next sentence, makes the protest violent;
    not across 'Meanwhile,', 'In a separate incident,' or 'Later,'."""
    agent = mention.agent
    if agent is not None and agent.root.pos_ != "PRON":
        return False
    sent = mention.head.token.sent
    if opens_incident(sent.text) or sent[0].lower_ in event_words("later_openers"):
        return False  # 'Later that night, houses were burned': maybe another incident
    if not classes or not classes <= {"destroy", "loot", "attack", "torture"}:
        return False
    if any(lemma(w.root) not in lex.cue("thrown_objects") for _c, w in mention.weapons):
        return False
    return protest_told(mention.head.token, lex, people=False)  # (a crowd alone may loot)


def crowd_rules(classes: set[str], mention: Mention, lex: Lexicon, trig: Span) -> Decision:
    """Riots for a crowd's wrecking, looting or stone throwing; a violent demonstration
    for burning tyres or barricades."""
    if "destroy" in classes and _barricades(mention, lex):
        return "Riots", "Violent demonstration", trig
    if _armed(mention.agent, lex):
        return None
    if _stoning(mention, lex) and not classes & lex.cue("armed_harm_classes"):
        return "Riots", "Mob violence", trig  # stones hurt or kill: still a riot, unless armed
    if classes & lex.cue("harm_classes"):
        return None  # killing, shooting, bombing: the other rules decide
    if classes <= {"torture"} and not mention.weapons and _plain_people(mention.agent, lex):
        return "Riots", "Mob violence", trig  # 'four men beat him to death': a mob
    if not crowd_agent(mention.agent, lex):
        return None
    if classes & {"destroy", "loot"} or classes <= {"attack", "torture"}:
        return "Riots", "Mob violence", trig  # wrecked, looted, beat someone up
    return None


def _plain_people(span: Span | None, lex: Lexicon) -> bool:
    """'four men', 'traders': several people named by a civilian noun, no one armed; not
    'unknown men', whom ACLED codes an unidentified armed group."""
    if span is None or any(t.lower_ in event_words("unnamed_words") for t in span):
        return False
    return span.root.tag_ == "NNS" and side(span, lex) == "civilian"


def _armed(span: Span | None, lex: Lexicon) -> bool:
    """Soldiers, police, militants, a named organization: never a crowd ('Christian
    youths', 'Kurdish villagers' are: a faith or a people names no organization)."""
    if span is None:
        return False
    # a party's members are no armed organization ('supporters of the opposition party')
    political = any(lemma(t) in event_words("political_words") for t in span)
    if not political and any(t.ent_type_ == "ORG" for t in span):
        return True
    armed = (lex.cue("armed_nouns") - lex.cue("collective_nouns")) | lex.cue("armed_modifiers")
    return any(lemma(t) in armed for t in span)


def demonstrating(mention: Mention, protest_classes: set[str], lex: Lexicon) -> bool:
    """A demonstration is told: a protest trigger, tyres or barricades burned, or
    protesters (not just residents or youths) doing it or named around the trigger.
    Without one, a crowd's violence is mob violence."""
    if protest_classes:
        return True
    if _barricades(mention, lex):
        return True
    head = mention.head.token
    words = [*(mention.agent or []), *subtree_tokens(head)]
    cues = lex.cue("protester_nouns")
    return any(  # 'Protesters' opening a sentence is often tagged a name, plural kept
        (lemma(t) in cues or t.lower_.removesuffix("s") in cues)
        and t.pos_ in ("NOUN", "PROPN") and not behind_reason(t, head)
        for t in words
    )


def crowd_fired_on(mention: Mention, lex: Lexicon) -> str:
    """A crowd's march told as the moment of another's violence ('troops opened fire as
    villagers marched', 'gunmen shot at them while mourners marched'): the crowd is who was
    hit, never the rioters. 'protester' when state forces fire or the marchers are named
    protesters (force against a protest), 'civilian' when others fire on marchers who are
    not (an attack on civilians), 'armed' when the marchers are an armed side (a fight, no
    protest), '' when no crowd was fired on or it did the violence."""
    marks = event_words("moment_marks")
    head, agent = mention.head.token, mention.agent
    if agent is None or not (_armed(agent, lex) or side(agent, lex) == "armed"):
        return ""  # 'some rallied peacefully while others clashed with police': the crowd's own
    for trig in mention.members:
        tok = trig.token
        if trig.cls != "protest" or trig.nominal or tok.dep_ != "advcl" or tok.head.i != head.i:
            continue
        if not any(c.dep_ == "mark" and c.lower_ in marks for c in child_tokens(tok)):
            continue
        subj = next((c for c in child_tokens(tok) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.i in range(agent.start, agent.end):
            continue
        if _armed_marchers(subj, mention, lex):
            return "armed"  # 'troops opened fire as M23 fighters marched on Goma': a fight
        named = subj is not None and lemma(subj) in lex.cue("protester_nouns")
        return "protester" if named or agent_kind(agent, lex) == "state" else "civilian"
    if _gunmen(agent, lex) and mention.head.cls in VIOLENT_CLASSES and (
        _gathering_struck(mention) or _crowd_struck(mention, lex)
    ):
        return "civilian"  # 'rebels attacked a church during a night vigil': no riot
    return ""


def _crowd_struck(mention: Mention, lex: Lexicon) -> bool:
    """'gunmen opened fire on a crowd of worshippers': a crowd of civilians named only as
    whom armed men struck, with no protest, riot or fight told, is no demonstration."""
    if set(mention.classes) & ({"clash", "riot", "mob"} | PROTEST_CLASSES):
        return False
    return mention.patient is not None and side(mention.patient, lex) == "civilian"


def _gunmen(agent: Span, lex: Lexicon) -> bool:
    """Armed men of no state: 'rebels', 'militants', 'armed men' (not 'prison guards')."""
    return agent_kind(agent, lex) == "nonstate" or has_cue(agent, lex.cue("armed_modifiers"))


def _gathering_struck(mention: Mention) -> bool:
    """A gathering named as what armed men struck or when ('attacked a vigil', 'stormed a
    church during a prayer vigil'): the nominal protest trigger is the head's object, or
    the object of 'during' / 'on' / 'at' on the head or on its object."""
    head = mention.head.token
    preps = event_words("gathering_struck_preps")
    for trig in mention.members:
        tok = trig.token
        if trig.cls != "protest" or not trig.nominal:
            continue
        if tok.dep_ == "dobj" and tok.head.i == head.i:
            return True
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in preps:
            continue
        if prep.head.i == head.i or (prep.head.dep_ == "dobj" and prep.head.head.i == head.i):
            return True
    return False


def _armed_marchers(subj: Token | None, mention: Mention, lex: Lexicon) -> bool:
    """'as M23 fighters marched on Goma', 'shot at the rebels as they marched': marchers who
    are an armed side (fighters, rebels, troops, militia, an armed group's name), told as
    the clause's subject or, for a pronoun, as the ones fired on."""
    if subj is not None and subj.pos_ != "PRON":
        return _armed(phrase(subj), lex) or side(phrase(subj), lex) == "armed"
    return any(_armed(p, lex) or side(p, lex) == "armed" for p in mention.patients)


def crowd_fight(mention: Mention, lex: Lexicon) -> bool:
    """Clashes whose sides are all crowds ('clashes between rival party supporters',
    'youths of two villages clashed'), or crowds and the police: rioters, no armed group."""
    sides = [mention.agent] if mention.agent is not None else []
    for trig in mention.members:
        if trig.cls != "clash":
            continue  # the dead of 'two were killed in clashes between ...' are no side
        if trig.nominal:  # 'clashes between A and B', 'a clash erupted between A and B'
            for tok in (trig.token, trig.token.head):
                objs = [o for _p, o in prep_objects(tok, event_words("between_preps"))]
                sides += [phrase(x) for o in objs for x in (o, *o.conjuncts)]
        else:
            sides += [s for s in [patient_of(trig, lex)] if s is not None]
    crowds = [s for s in sides if crowd_agent(s, lex, fighting=True) or side(s, lex) == "civilian"]
    # 'a clash between police and shopkeepers': a crowd against those who keep order
    police = [s for s in sides if lemmas_in(s) & lex.cue("order_forces")]
    return bool(crowds) and len(crowds) + len(police) == len(sides)


def shot_dead(mention: Mention) -> bool:
    """A shot of the mention that killed ('fired tear gas, and one protester was shot
    dead'): its resultative ('dead') on the shooting verb. Tear gas told beside it spares
    no one."""
    dead = event_words("resultatives")
    return any(
        t.cls == "shoot" and any(lemma(c) in dead for c in child_tokens(t.token)) for t in mention.members
    )


def crowd_told(mention: Mention, lex: Lexicon) -> bool:
    """The sentence tells of a crowd: protesters, or a dispersal ('fired tear gas to
    disperse the marchers'), or of a political side's people ('at opposition supporters')."""
    for t in sentence(mention.head.token):
        if lemma(t) in lex.cue("protester_nouns") or lex.verbs.get((lemma(t),)) == "disperse":
            return True
        if lemma(t) in lex.cue("partisan_nouns") and t.tag_ == "NNS":
            return True
    return False


def custody_riot(mention: Mention, lex: Lexicon) -> bool:
    """A riot of people held in custody ('inmates rioted, tearing down doors', 'a prison riot
    in which a prisoner was killed') with no demand told: ACLED's mob violence, not a violent
    demonstration ('inmates rioted to demand better food' is one)."""
    head = mention.head.token
    riot = next((t.token for t in mention.members if t.cls == "riot"), head)
    if not _custody_rioters(riot, lex) and not _inside_custody(riot, lex) and not _custody_near(riot, lex):
        return False
    purposes = lex.cue("protest_purposes")
    # 'rioted to demand', 'a riot demanding their release', 'joined protesters in demanding'
    clauses = ("advcl", "xcomp", "acl", "pcomp")
    return not any(t.dep_ in clauses and lemma(t) in purposes for t in subtree_tokens(head))


def _custody_held(tok: Token, lex: Lexicon) -> bool:
    """'inmates', 'the prison': a custody word heading its phrase, not one out of it
    ('former detainees', 'ex-prisoners')."""
    out = lex.cue("out_of_service_modifiers")
    before = [t for t in tok.doc[max(tok.i - 2, 0) : tok.i] if t.text != "-"][-1:]  # 'ex-' parsed apart
    return lemma(tok) in lex.cue("custody_words") and not any(
        lemma(c) in out for c in [*before, *(c for c in child_tokens(tok) if c.i < tok.i)]
    )


def _custody_rioters(riot: Token, lex: Lexicon) -> bool:
    """Those held riot: the subject of the riot ('inmates rioted', 'prisoners staged a riot',
    'militants held in the jail rioted'), not kin or guards of theirs ('relatives of
    prisoners', 'a prison guard')."""
    verb = riot.head if riot.dep_ in ("dobj", "nsubjpass") else riot
    subjects = [w for c in child_tokens(verb) if c.dep_ in ("nsubj", "nsubjpass") for w in (c, *c.conjuncts)]
    preps = lex.cue("custody_place_preps")  # 'fighters held in the prison rioted'
    held = [o for s in subjects for c in child_tokens(s) if c.dep_ == "acl" for _p, o in prep_objects(c, preps)]
    return any(_custody_held(w, lex) for w in (*subjects, *held))


def _inside_custody(riot: Token, lex: Lexicon) -> bool:
    """The riot is inside the place of custody ('rioted at the central prison', 'a prison
    riot', 'a riot in the jail'), not outside it or after a prisoner's arrest."""
    if any(c.dep_ == "compound" and _custody_held(c, lex) for c in child_tokens(riot)):
        return True
    preps = lex.cue("custody_place_preps")
    heads = (riot, riot.head) if riot.dep_ == "dobj" else (riot,)
    return any(_custody_held(o, lex) for h in heads for _p, o in prep_objects(h, preps))


def _custody_near(riot: Token, lex: Lexicon) -> bool:
    """A riot noun told with no rioters of its own ('ended the riots through talks with the
    prisoners'): those held, named in its sentence as a phrase of their own (not 'a prisoner's
    cousin', 'a jail warder'), are the rioters."""
    if riot.pos_ != "NOUN" or any(c.dep_ in ("poss", "compound", "prep") for c in child_tokens(riot)):
        return False
    return any(_custody_held(t, lex) for t in sentence(riot) if t.dep_ not in ("poss", "compound", "amod"))


def armed_obstruction(mention: Mention, lex: Lexicon) -> bool:
    """'Militants blocked the highway and torched ten trucks': fighters who block a road
    (`obstructing_armed`, `obstruction_verbs`) are no crowd demonstrating; the block is part of
    what they did. Not 'a group of people', 'party members' or the police."""
    told = [t for t in mention.members if t.cls == "protest"]
    if not told or mention.agent is None:
        return False
    doer = lemma(_through_collective(mention.agent, lex))
    return doer in event_words("obstructing_armed") and all(
        lemma(t.token) in event_words("obstruction_verbs") for t in told
    )


def riot_words_near(mention: Mention, lex: Lexicon) -> bool:
    """'protests turned violent', 'stone-throwing protesters': words on the protest itself."""
    words = lex.cue("riot_words")
    for trig in mention.members:
        tok = trig.token
        near = [*child_tokens(tok), tok.head, *child_tokens(tok.head)]
        if any(lemma(t) in words and t.dep_ not in ("ccomp", "xcomp", "advcl") for t in near):
            return True
    return False


def told_peaceful(mention: Mention, lex: Lexicon) -> bool:
    """'clashes broke out at a peaceful sit-in': the crowd is told peaceful in the sentence."""
    words = lex.cue("peaceful_words")
    return any(lemma(t) in words for t in sentence(mention.head.token))


def armed_march(verb: Token, lex: Lexicon) -> bool:
    """A march whose marchers are an armed force or group is a column moving, not a protest
    (words: lexicon armed_marches): no event at all ('M23 rebels marched into Goma')."""
    if lemma(verb) not in lex.cue("armed_marches") or verb.pos_ != "VERB":
        return False
    if for_a_protest(verb, lex):
        return False  # 'retired soldiers marched to demand their pensions'
    agent = agent_of(verb, lex)
    if agent is None or any(lemma(t) in lex.cue("out_of_service_modifiers") for t in agent):
        return False  # veterans and former fighters march as a crowd
    marchers = lemma(agent.root)  # 'soldiers' wives marched': the wives march
    return marchers in lex.cue("armed_nouns") or marchers in lex.cue("nonstate_cues")


#: What a blast set off at a rally is fired or set off with: the event is the blast, not
#: the rally ('a suicide bomber struck a campaign rally').
BLASTS = frozenset({"suicide", "ied", "air", "shelling", "chemical"})


def blast_at_rally(wclass: str, cue: Span | Token, lex: Lexicon) -> bool:
    """A bomb, missile or air strike is what happened at a rally, unless the crowd threw
    it: 'projectiles were hurled at the riot police' and 'threw bricks and other
    projectiles' stay a violent crowd."""
    if wclass not in BLASTS:
        return False
    tok = head_token(cue)
    while tok.dep_ in ("conj", "appos") and tok.head is not tok:
        tok = tok.head  # 'bricks and other projectiles': the verb of 'bricks'
    return lemma(tok.head) not in lex.cue("throwing_verbs")
