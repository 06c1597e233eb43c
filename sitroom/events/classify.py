"""ACLED event_type/sub_event_type and PLOVER type/mode for one mention.

The decision follows ACLED's codebook: the weapon decides remote violence (rockets →
Shelling/artillery/missile attack, drones and warplanes → Air/drone strike, IEDs →
Remote explosive/landmine/IED ...); who was hit decides between battles and violence
against civilians; protests are told apart by what the authorities did to them.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitroom.events.clearing import cleared_ground
from sitroom.events.confidence import confidence
from sitroom.events.crowds import (
    armed_obstruction,
    blast_at_rally,
    burning_barricades,
    crowd_agent,
    crowd_fight,
    crowd_fired_on,
    crowd_fought,
    crowd_rules,
    crowd_told,
    custody_riot,
    demonstrating,
    riot_words_near,
    shot_dead,
    told_peaceful,
    violent_crowd,
    wrecked_at_protest,
)
from sitroom.events.findings import VIOLENT_CLASSES, Mention, behind_reason, event_words, in_aside
from sitroom.events.joining import no_event, policing_protest, unheld, without_stepping_in
from sitroom.events.lexicon import Lexicon
from sitroom.events.mishaps import (
    crew_held,
    disposed,
    mishap,
    mutual_fire,
    property_dismantled,
    property_only,
    raid_taking,
    seized_goods,
    shots_only_heard,
    warning_shots,
    weapon_used,
    without_air_support,
)
from sitroom.events.parsing import aimed_heavy_gun, lemma, weapons_in
from sitroom.events.plover import PROTEST_CLASSES, best_weapon, plover
from sitroom.events.sides import (
    agent_kind,
    armed_agent,
    killed_in,
    lemmas_of,
    patient_side,
    side,
)
from sitroom.events.struck import struck_from_afar
from sitroom.events.taxonomy import Taxonomy
from sitroom.events.territory import (
    bare_control,
    entered_ground,
    ground_seized,
    held_for_a_while,
    keeps_order,
    recovered_weapons,
    territory_object,
    without_fighting,
)
from sitroom.nlp import child_tokens, sentence, subtree_tokens

#: What a crowd fights with, or is fought with, and stays a crowd: bare hands, stones and
#: sticks, tear gas.
CROWD_WEAPONS = frozenset({"", "primitive", "riot_control"})
#: Weapons fired from afar: what they destroy was struck, not seized or defused.
REMOTE_WEAPONS = frozenset({"air", "shelling", "strike"})
#: Planted blasts a fight can follow: set off on a convoy and followed by gunfire on the
#: same troops, ACLED codes the whole ambush an armed clash.
PLANTED_BLASTS = frozenset({"ied", "bomb"})


@dataclass
class Classification:
    event_type: str
    sub_event_type: str
    disorder_type: str
    civilian_targeting: str
    plover_type: str
    plover_mode: str
    cue: Span | Token  # the words the sub-event type rests on (weapon or trigger)
    confidence: float


def _lone_suspect(mention: Mention, lex: Lexicon) -> bool:
    """'a suspected bandit': one person only suspected of belonging to an armed side."""
    return any(
        p.root.tag_ in ("NN", "NNP")
        and any(lemma(c) in lex.cue("suspect_modifiers") for c in child_tokens(p.root) if c.dep_ in ("amod", "compound"))
        for p in mention.patients
    )


def _counted(mention: Mention) -> bool:
    """Explosions counted by the dozen are fire exchanged, not one bomb."""
    for trig in mention.members:
        tok = trig.token
        if trig.nominal and tok.tag_ == "NNS" and any(c.dep_ == "nummod" for c in child_tokens(tok)):
            return True
    return False


def _small_arms_fight(f: _Facts, mention: Mention, lex: Lexicon) -> bool:
    """Small arms fired beside heavy weapons or explosions ('mortars and small arms at
    positions', 'explosions and shots involving small arms'): fighting on the ground. At
    armed men any gun counts; with no target told, a gun named as the attacker ('gunmen')
    does not."""
    if f.patient_side == "armed":
        return f.wclass == "shelling" and any(w == "firearms" for w, _ in mention.weapons)
    targets = [p for p in mention.patients if not weapons_in(list(p), lex)]  # "fired mortars"
    if targets or not (f.wclass == "shelling" or "explode" in f.classes):
        return False
    agent = range(mention.agent.start, mention.agent.end) if mention.agent is not None else range(0)
    return any(w == "firearms" and words.start not in agent for w, words in mention.weapons)


def _protest_context(mention: Mention, lex: Lexicon) -> bool:
    if armed_obstruction(mention, lex):
        return False
    if set(mention.classes) & PROTEST_CLASSES:
        return True
    head = mention.head.token
    armed = any(w not in CROWD_WEAPONS for w, _ in mention.weapons)
    if any(
        lemma(t) in lex.cue("protester_nouns") and t.pos_ == "NOUN" and not behind_reason(t, head)
        and not unheld(t, lex)
        and not (armed and _occasion_before(t, head))
        for t in subtree_tokens(head)
    ):
        return True
    return (
        side(mention.patient, lex) == "protester" or agent_kind(mention.agent, lex) == "protester"
    )


def _occasion_before(tok: Token, head: Token) -> bool:
    """'A day after the protest, a bomb went off': the protest is the occasion the blast is
    measured from, not a crowd it struck or came from."""
    for anc in tok.ancestors:
        if anc.i == head.i:
            return False
        if anc.dep_ == "prep" and anc.lower_ in event_words("occasion_marks"):
            return True
    return False


def _effective_classes(mention: Mention) -> set[str]:
    """Nouns in a prepositional aside ('detained men during a raid') do not retype the
    event the verb tells; they do when the head itself is violent or a noun."""
    head = mention.head
    # 'targeted ... amid a string of assaults': the circumstance, not the event
    told = [t for t in mention.members if t is head or not in_aside(t.token, head.token)]
    aside = {t.cls for t in mention.members} - {t.cls for t in told}
    if head.nominal or head.cls in VIOLENT_CLASSES:
        return set(mention.classes) - aside
    # 'launched a search operation and arrested four': no fight told beside the arrests
    swept = event_words("operation_nouns") if head.cls == "arrest" else frozenset()
    return {t.cls for t in mention.members if not (t.nominal and (t.token.dep_ == "pobj" or lemma(t.token) in swept))}


@dataclass(frozen=True)
class _Facts:
    """What the kinetic rules look at, worked out once per mention."""

    classes: set[str]
    trig: Span | Token
    weapon: tuple[str, Span | Token] | None
    wclass: str
    wcue: Span | Token
    patient_side: str
    crowd_hit: str
    agent: str
    by_cls: dict[str, Span | Token]


def _kinetic(mention: Mention, lex: Lexicon) -> tuple[str, str, Span | Token]:
    """(event_type, sub_event_type, cue) for violence, protest, arrest and property triggers.

    The rules run in order; the first that decides wins (a decision may be "not ACLED's")."""
    mention = without_air_support(without_stepping_in(mention, lex), lex)
    trig = mention.head.span
    sides = [patient_side(p, mention, lex) for p in mention.patients] or [""]
    side_hit = next((s for s in ("protester", "civilian", "armed") if s in sides), sides[0])
    crowd_hit = crowd_fired_on(mention, lex) if side_hit != "protester" else ""
    classes = _effective_classes(mention)
    weapon = aimed_heavy_gun(best_weapon(mention, lex), classes, side_hit, lex)
    facts = _Facts(
        classes=classes,
        trig=trig,
        weapon=weapon,
        wclass=weapon[0] if weapon else "",
        wcue=weapon[1] if weapon else trig,
        # a place attacked is where it happened; people of a side hit there tell the type
        patient_side=crowd_hit or side_hit,  # 'opened fire as mourners marched': the marchers
        crowd_hit=crowd_hit,
        agent=agent_kind(mention.agent, lex),
        by_cls={t.cls: t.span for t in mention.members},
    )
    rules = (
        _crimes_and_mobs, _protest_rules, _crowds, _policing, _capture_rules, _remote_rules, _violent_rules
    )
    for rule in rules:
        found = rule(facts, mention, lex)
        if found is not None:
            return found
    return "", "", trig


Decision = tuple[str, str, "Span | Token"] | None


def _crimes_and_mobs(f: _Facts, mention: Mention, lex: Lexicon) -> Decision:
    classes, by_cls = f.classes, f.by_cls
    if "sexual" in classes:
        return "Violence against civilians", "Sexual violence", by_cls["sexual"]
    # soldiers killed and others taken in one attack: a battle; 'kidnapped and killed': an attack
    in_battle = f.patient_side == "armed" and bool(classes & VIOLENT_CLASSES)
    if "abduct" in classes and not in_battle and not killed_in(mention, lex):
        return "Violence against civilians", "Abduction/forced disappearance", by_cls["abduct"]
    # vigilantes who attack armed men ('targeted a bandit camp') fight them: no mob; one
    # suspect they beat to death is their victim
    armed_foe = f.patient_side == "armed" and not _lone_suspect(mention, lex)
    mob_agent = lemmas_of(mention.agent) & lex.cue("mob_agents") and not armed_foe
    if "mob" in classes or (mob_agent and classes & (VIOLENT_CLASSES | {"destroy"})):
        return "Riots", "Mob violence", by_cls.get("mob", f.trig)
    return None


def _crowds(f: _Facts, mention: Mention, lex: Lexicon) -> Decision:
    if wrecked_at_protest(f.classes, mention, lex):
        return "Riots", "Violent demonstration", f.trig
    return crowd_rules(f.classes, mention, lex, f.trig)


def _protest_rules(f: _Facts, mention: Mention, lex: Lexicon) -> Decision:
    rioting = violent_crowd(mention, lex) if f.agent == "state" else None  # 'fired on rioters'
    if (blast_at_rally(f.wclass, f.wcue, lex) and mention.head.cls not in PROTEST_CLASSES) or not (rioting is not None or _protest_context(mention, lex)) or f.crowd_hit in ("civilian", "armed"):
        return None  # marchers fired on by gunmen: an attack on civilians; fighters: a fight; a blast
    classes, by_cls, trig, wclass = f.classes, f.by_cls, f.trig, f.wclass
    if "riot" in classes and custody_riot(mention, lex):
        return "Riots", "Mob violence", by_cls["riot"]  # a prison riot
    crowd_cue = f.wcue if f.weapon else trig
    violent = classes & VIOLENT_CLASSES
    # force against the crowd, not a fight it joined ('protesters clashed with police' is
    # a violent demonstration, or an intervention when the police dispersed them)
    stepping_in = "disperse" in classes or wclass in ("riot_control", "live_fire")
    fought = crowd_fought(classes, mention, lex) if stepping_in else None
    fought = rioting if fought is None else fought
    if fought is not None:  # stones thrown, then tear gas: the crowd's violence decides
        return "Riots", "Violent demonstration", fought
    # tear gas or rubber bullets fired at a crowd, or shots into the air: an intervention
    spared = (wclass == "riot_control" and not shot_dead(mention)) or warning_shots(mention, lex) or shots_only_heard(
        mention, lex
    )
    force = violent - {"clash"} - ({"shoot"} if spared else set())
    # 'police shot dead two students during a rally': people of the protest, no riot told;
    # a crowd that fought ('youths fought running battles with police, and one demonstrator
    # was shot dead') makes a violent demonstration, whoever died
    if "clash" in classes and f.patient_side == "protester" and not told_peaceful(mention, lex):
        return "Riots", "Violent demonstration", by_cls["clash"]
    marchers = f.patient_side == "protester" or (
        f.agent == "state" and f.patient_side == "civilian" and not riot_words_near(mention, lex)
    )
    if marchers and (force or wclass == "live_fire" and not spared):
        return "Protests", "Excessive force against protesters", crowd_cue
    burning = burning_barricades(mention, lex) if f.patient_side != "protester" else None
    if burning is not None:  # tyres burned: a violent demonstration, dispersed or not
        return "Riots", "Violent demonstration", burning
    shots_over = spared and "shoot" in violent  # 'fired into the air as supporters marched'
    if f.patient_side == "protester" and (classes & {"disperse", "arrest"} or wclass == "riot_control" or shots_over):
        return "Protests", "Protest with intervention", crowd_cue
    if classes & {"disperse", "arrest"} or wclass == "riot_control":
        return "Protests", "Protest with intervention", crowd_cue
    if "mob" in classes:
        return "Riots", "Mob violence", by_cls["mob"]
    villagers = side(mention.agent, lex) == "civilian"
    if "clash" in classes and not classes & PROTEST_CLASSES and villagers:
        return "Riots", "Mob violence", by_cls["clash"]  # villagers fighting, no protest
    rioting = f.agent == "protester" and classes & (VIOLENT_CLASSES | {"destroy", "loot"})
    wrecked = classes & {"destroy", "loot"}  # 'protested and set the branch on fire'
    unrest = f.patient_side != "protester" and (
        violent or wrecked or riot_words_near(mention, lex)
    )
    if "riot" in classes or rioting or unrest:
        if "riot" in classes or demonstrating(mention, classes & PROTEST_CLASSES, lex):
            return "Riots", "Violent demonstration", by_cls.get("riot", trig)
        # residents or youths who stone a convoy, no demonstration told: a mob
        return "Riots", "Mob violence", trig
    if classes & {"protest", "labor_strike"}:
        cue = by_cls.get("protest", by_cls.get("labor_strike", trig))
        return "Protests", "Peaceful protest", cue
    return None


def _policing(f: _Facts, mention: Mention, lex: Lexicon) -> Decision:
    if policing_protest(f.classes, mention, lex):  # arrests, dispersal beside a protest
        return "Protests", "Protest with intervention", f.trig
    return None


def _capture_rules(f: _Facts, mention: Mention, lex: Lexicon) -> Decision:
    classes = f.classes
    if not classes & {"capture", "recapture", "seize"}:
        return None
    cls = next(c for c in ("recapture", "capture", "seize") if c in classes)
    if cls == "seize" and classes & VIOLENT_CLASSES and not ground_seized(mention, lex):
        return None  # 'attacked the post, wounded a guard and seized motorbikes': the attack
    cue, agent = f.by_cls[cls], f.agent
    pat = lemmas_of(mention.patient)
    if cls == "seize" and pat & lex.cue("seized_weapons"):
        return "Strategic developments", "Disrupted weapons use", cue
    if recovered_weapons(mention, lex):  # 'recovered two IEDs'; in a fight, the fight decides
        return None if classes & VIOLENT_CLASSES else ("Strategic developments", "Disrupted weapons use", cue)
    if cls == "recapture" and bare_control(mention) and keeps_order(mention, lex):
        return "", "", cue  # 'police regained control' of a crowd: order restored, no territory
    if cleared_ground(mention) and classes & HARMFUL:  # 'rid the forest of bandits, killing
        return "Battles", "Armed clash", cue  # seven': the fight, not ground taken
    if cleared_ground(mention):  # 'cleared the village of insurgents': taken from them
        won = "Government regains territory" if agent != "nonstate" else "Non-state actor overtakes territory"
        return "Battles", won, cue
    if territory_object(mention, lex) or cls == "recapture" and mention.patient is None:
        if without_fighting(mention, lex):
            return "Strategic developments", "Non-violent transfer of territory", cue
        if held_for_a_while(mention, lex):  # 'briefly seized the town': no ground changed
            return "Battles", "Armed clash", cue  # hands for good, the fight taking it did
        if agent == "state" or (cls == "recapture" and agent != "nonstate"):
            return "Battles", "Government regains territory", cue
        return "Battles", "Non-state actor overtakes territory", cue
    controlled = any(set(t.key[1:]) & event_words("control_nouns") for t in mention.members)
    if controlled and not classes & VIOLENT_CLASSES:
        return "", "", cue  # control gained of a crowd or a hospital: no ground, no fight
    if f.patient_side == "armed" and cls == "capture":
        return "Battles", "Armed clash", cue  # fighters captured on the front
    if cls == "seize" and seized_goods(mention, lex):  # a boat with its crew: people taken
        held = agent != "state" and crew_held(mention, lex)
        return ("Violence against civilians", "Abduction/forced disappearance", cue) if held else (
            "Strategic developments", "Looting/property destruction", cue)
    if f.patient_side not in ("", "place") or pat & lex.cue("seized_persons"):  # people taken
        if agent == "state":
            return "Strategic developments", "Arrests", cue
        return "Violence against civilians", "Abduction/forced disappearance", cue
    if cls == "seize":
        return "", "", cue  # police seizing counterfeit goods is not ACLED's business
    return None


def _remote_rules(f: _Facts, mention: Mention, lex: Lexicon) -> Decision:
    classes, by_cls, trig, wclass, weapon = f.classes, f.by_cls, f.trig, f.wclass, f.weapon
    destroying = mention.head.cls == "destroy" or "disrupt" in classes
    slip = mishap(mention, lex)  # 'exploded prematurely' in its planters' hands, a malfunction
    if slip:
        return "Strategic developments", slip, trig
    if classes <= {"arrest"} and wclass != "riot_control":
        return None  # 'a man was arrested over the bombs': the arrest; tear gas: a crowd's
    remote = wclass in REMOTE_WEAPONS  # 'jets destroyed an arms depot': the strike
    if destroying and not remote and lemmas_of(mention.patient) & lex.cue("seized_weapons"):
        return "Strategic developments", "Disrupted weapons use", trig
    if "disrupt" in classes or disposed(mention, f.classes, f.agent):
        return "Strategic developments", "Disrupted weapons use", by_cls.get("disrupt", trig)
    if mutual_fire(mention, lex) and wclass not in ("air", "suicide", "chemical", "ied"):
        return "Battles", "Armed clash", trig
    if wclass in ("shelling", "firearms") and _small_arms_fight(f, mention, lex):
        return "Battles", "Armed clash", trig  # mortars and small arms at positions: a battle
    fire = by_cls.get("clash") or by_cls.get("shoot")
    if wclass in PLANTED_BLASTS and fire is not None and f.patient_side == "armed":
        return "Battles", "Armed clash", fire  # 'a roadside bomb hit the convoy, then gunmen opened fire'
    if weapon and lex.weapon_classes[wclass].sub_event_type:
        sub = lex.weapon_classes[wclass].sub_event_type
        if "clash" in classes and wclass == "shelling":
            return "Battles", "Armed clash", by_cls["clash"]
        return "Explosions/Remote violence", sub, f.wcue
    if wclass == "riot_control" and f.patient_side == "civilian" and not crowd_told(mention, lex):
        # no crowd told of: 'fired rubber bullets at fishermen' is force against civilians
        return "Violence against civilians", "Attack", f.wcue
    if wclass == "riot_control":  # tear gas, rubber bullets, water cannon: crowd control
        return "Protests", "Protest with intervention", f.wcue
    if "explode" in classes and not weapon and _counted(mention):
        # 'monitors counted 12 explosions' near a front line: shelling
        return "Explosions/Remote violence", "Shelling/artillery/missile attack", trig
    if wclass == "bomb" or classes & {"explode", "bomb"}:
        if "bomb" in classes and f.agent == "state":
            return "Explosions/Remote violence", "Air/drone strike", by_cls["bomb"]
        return "Explosions/Remote violence", "Remote explosive/landmine/IED", f.wcue
    crowds = (
        side(mention.agent, lex) == "civilian"
        or crowd_agent(mention.agent, lex, fighting=True)
        or crowd_fight(mention, lex)
    )
    if "clash" in classes and crowds and wclass in CROWD_WEAPONS:
        # 'police clashed with the demonstrators': the demonstration turned violent
        sub = "Violent demonstration" if _protest_context(mention, lex) else "Mob violence"
        return "Riots", sub, by_cls["clash"]  # villagers fighting: not armed groups
    if "clash" in classes:
        return "Battles", "Armed clash", by_cls["clash"]
    if "remote" in classes:
        return "Explosions/Remote violence", "Shelling/artillery/missile attack", by_cls["remote"]
    return None


#: Violence that hurts people: with any of these, property damage is part of an attack.
HARMFUL = VIOLENT_CLASSES - {"attack"}


def _violent_rules(f: _Facts, mention: Mention, lex: Lexicon) -> Decision:
    classes, by_cls = f.classes, f.by_cls
    violent = classes & VIOLENT_CLASSES
    if violent == {"shoot"} and warning_shots(mention, lex):
        for cls, sub in (("loot", "Looting/property destruction"), ("arrest", "Arrests")):
            if cls in classes:
                return "Strategic developments", sub, by_cls[cls]
        return "Strategic developments", "Other", f.trig  # shots in the air, no one hit
    unharmed = not f.classes & HARMFUL and not weapon_used(mention)
    if violent == {"attack"} and unharmed:
        taken = raid_taking(f.classes, f.by_cls, f.agent, lex)
        if taken is not None:
            return taken
    unharmed = unharmed and all(side(p, lex) != "armed" for p in mention.patients)
    if violent and unharmed and property_only(f.classes, mention, lex):
        return "Strategic developments", "Looting/property destruction", f.trig
    if violent:
        cue = by_cls[sorted(violent)[0]]
        afar = struck_from_afar(classes, f.agent, f.weapon is not None, mention, lex)
        if afar:  # 'the military struck militant hideouts': a strike, as the noun tells
            return "Explosions/Remote violence", afar, cue
        if f.patient_side == "armed":
            return "Battles", "Armed clash", cue
        if f.wclass in CROWD_WEAPONS and crowd_agent(mention.agent, lex):
            return "Riots", "Mob violence", cue  # 'a group of local people beat a man to death'
        if f.patient_side in ("civilian", "place") or classes & {"massacre", "torture"}:
            return "Violence against civilians", "Attack", cue
        if f.patient_side == "" and (f.agent in ("state", "nonstate") or armed_agent(mention, lex)):
            return "Battles", "Armed clash", cue
        return "Violence against civilians", "Attack", cue
    for cls, sub in (("arrest", "Arrests"), ("loot", "Looting/property destruction"),
                     ("destroy", "Looting/property destruction")):
        if cls in classes:
            return "Strategic developments", sub, by_cls[cls]
    return None


def _non_kinetic(mention: Mention, lex: Lexicon) -> tuple[str, str]:
    cls = lex.classes[mention.head.cls]
    if cls.name == "release" and any(
        lemma(t) in event_words("exchange_nouns") for t in sentence(mention.head.token)
    ):
        return "Strategic developments", "Agreement"  # prisoner exchanges
    if cls.family == "transfer" and mention.head.cls == "withdraw":
        froms = [
            c for c in child_tokens(mention.head.token)
            if c.dep_ == "prep" and c.lower_ in event_words("withdraw_preps")
        ]
        if not froms or mention.head.nominal:
            return "", ""
    if property_dismantled(mention, lex):
        return "Strategic developments", "Looting/property destruction"
    if entered_ground(mention, lex):  # 'rebels entered the town', no fighting in the mention
        return "Strategic developments", "Non-violent transfer of territory"
    return cls.acled if cls.acled else ("", "")


def classify(mention: Mention, lex: Lexicon, tax: Taxonomy) -> Classification:
    if mention.family == "kinetic":
        event_type, sub, cue = _kinetic(mention, lex)
    else:
        event_type, sub = _non_kinetic(mention, lex)
        cue = mention.head.span
    if event_type and not tax.is_valid(event_type, sub):
        raise ValueError(f"classification produced an invalid pair: {event_type}/{sub}")
    ptype, mode = plover(mention, sub, lex, tax)
    if no_event(mention, lex):  # 'joined forces with': what they did decides
        event_type = sub = ptype = mode = ""
    civilian = ""
    if event_type == "Violence against civilians" or (
        event_type == "Explosions/Remote violence" and side(mention.patient, lex) == "civilian"
    ):
        civilian = "Civilian targeting"
    return Classification(
        event_type=event_type,
        sub_event_type=sub,
        disorder_type=tax.disorder_type(event_type, sub),
        civilian_targeting=civilian,
        plover_type=ptype,
        plover_mode=mode,
        cue=cue,
        confidence=confidence(mention, lex, bool(sub)),
    )
