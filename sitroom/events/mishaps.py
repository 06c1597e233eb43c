"""Violence that is not an attack on people: explosions no one set off at anyone (a drone
that crashed after a malfunction; a bomb that went off prematurely while being planted,
which ACLED counts as disrupted weapons use)
the burning or wrecking of things with no one harmed, and raids that only took people or
goods. ACLED codes these as strategic developments. Used by `sitroom.events.classify`; and
deaths and blasts of disasters and accidents, no political violence at all (`accidental`, read by
`sitroom.events.detect`)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from sitroom.events.findings import PLACE_ENTS, Mention, event_words
from sitroom.events.lexicon import Lexicon
from sitroom.events.parsing import lemma, prep_objects, weapons_in
from sitroom.events.sides import spaced_words
from sitroom.nlp import child_tokens, head_token, sentence_of, subtree_tokens


def mishap(mention: Mention, lex: Lexicon) -> str:
    """The strategic-development sub-event type of an explosion whose clause says it was a
    mishap (the clause is the explosion's, up its chain of 'and'): a malfunction or a drill
    ('crashed due to a malfunction and exploded') is other, and so is a device left from a
    past war ('a rocket leftover from the civil war exploded'); a device that went off before
    its time in its carriers' or planters' hands ('exploded prematurely') is ACLED's
    disrupted weapons use; '' for no mishap."""
    if _explosion_told_with(mention, lex.cue("mishap_words") | lex.cue("legacy_words")):
        return "Other"
    return "Disrupted weapons use" if _explosion_told_with(mention, lex.cue("premature_words")) else ""


def _explosion_told_with(mention: Mention, words: frozenset[str]) -> bool:
    for trig in mention.members:
        if trig.cls != "explode":
            continue
        root = trig.token
        while root.dep_ == "conj" and root.head is not root:
            root = root.head
        # a word of its own, not a name's modifier ('a police training centre')
        if any(lemma(t) in words and t.dep_ != "compound" for t in subtree_tokens(root)):
            return True
    return False


def property_only(classes: set[str], mention: Mention, lex: Lexicon) -> bool:
    """Things burned or wrecked ('burned the houses and attacked the cattle', 'an arson
    attack on a factory'): every target is property. The caller has made sure that no one
    was harmed and no weapon was used."""
    if not mention.patients:
        return False
    arson = any(
        lemma(c) in lex.cue("arson_words")
        for t in mention.members
        for c in child_tokens(t.token)
        if c.dep_ in ("amod", "compound")
    )
    if "destroy" not in classes and not arson:
        return False
    return all(lemma(p.root) in lex.cue("property_nouns") for p in mention.patients)


def weapon_used(mention: Mention) -> bool:
    """A weapon the clause tells of, not one that only names the attackers ('gunmen',
    'armed men' attacked and damaged a building: property destroyed, no one shot)."""
    agent = mention.agent
    if agent is None:
        return bool(mention.weapons)
    return any(not (agent.start <= words.start and words.end <= agent.end)
               for _w, words in mention.weapons)


def raid_taking(
    classes: set[str], by_cls: dict[str, Span | Token], agent_kind: str, lex: Lexicon
) -> tuple[str, str, Span | Token] | None:
    """A raid or a storming that hurt no one and took people or things is what it took:
    'police raided the party office and detained twelve' is an arrest, 'gunmen stormed the
    clinic and seized its equipment' looting, not a battle. The caller has made sure that
    no one was harmed and no weapon was used."""
    raid = by_cls["attack"]
    if lemma(head_token(raid)) not in lex.cue("raid_words"):
        return None
    if "arrest" in classes or (agent_kind == "state" and "capture" in classes):
        return "Strategic developments", "Arrests", by_cls.get("arrest", raid)
    for cls in ("loot", "seize", "destroy"):
        if cls in classes:
            return "Strategic developments", "Looting/property destruction", by_cls[cls]
    return None


def warning_shots(mention: Mention, lex: Lexicon) -> bool:
    """Shots fired into the air ('fired several rounds into the air', 'shots fired in the
    air near the border', 'heard shots being fired in the air') or told as warning shots
    ('fired warning shots at the marchers'): no one was shot at. The
    caller checks that no one was hurt."""
    targets, kinds = lex.cue("warning_shot_targets"), lex.cue("warning_shot_words")
    for trig in mention.members:
        if trig.cls == "shoot" and any(
            c.dep_ in ("amod", "compound") and lemma(c) in kinds for c in child_tokens(trig.token)
        ):
            return True  # 'fired warning shots at the crowd'
        told = [c for c in child_tokens(trig.token) if c.dep_ in ("acl", "relcl")]  # 'shots fired'
        for tok in (trig.token, trig.token.head, *told):
            for prep in child_tokens(tok):
                if prep.dep_ == "prep" and any(
                    o.dep_ == "pobj" and lemma(o) in targets for o in child_tokens(prep)
                ):
                    return True
    return False


def shots_only_heard(mention: Mention, lex: Lexicon) -> bool:
    """Shooting told only as a noun aimed at no one ('gunfire was heard as police dispersed
    the protesters', 'shots rang out as troops broke up the march'): a sound beside the
    dispersal, not fire told against the crowd ('gunfire into the crowd' is aimed; a verb,
    'opened fire on them', tells it), with no one told hurt: not by a kill or wound
    trigger (the caller checks) nor by a noun or a count of casualties."""
    shots = [t for t in mention.members if t.cls == "shoot"]
    aims = lex.cue("aimed_fire_preps")
    return bool(shots) and not _casualties_told(mention, lex) and all(
        t.nominal and t is not mention.head
        and not any(c.dep_ == "prep" and c.lower_ in aims for c in child_tokens(t.token))
        for t in shots
    )


def _casualties_told(mention: Mention, lex: Lexicon) -> bool:
    """People hurt told by a noun ('treated for gunshot wounds') or a count of casualties
    ('three were hurt', 'several injured'): shots that hit someone, no mere sound."""
    sent = mention.head.token.sent
    injuries = lex.cue("injury_nouns")
    if any(lemma(t) in injuries for t in sent):
        return True
    counted = any(t.like_num or lemma(t) in lex.cue("aggregate_quantifiers") for t in sent)
    return counted and any(lemma(t) in lex.cue("casualty_words") for t in sent)


def disposed(mention: Mention, classes: set[str], agent_kind: str) -> bool:
    """'police detonated a bomb planted outside the church': state forces setting off a
    device that hurt no one, told as found or planted by others, dispose of it (a
    controlled explosion); 'an army truck detonated an IED' struck it."""
    head = mention.head
    if not (
        head.cls == "explode" and not head.nominal and agent_kind == "state"
        and classes <= {"explode", "bomb", "disrupt"}
        and lemma(head.token) in event_words("disposal_verbs")
    ):
        return False
    devices = [c for c in child_tokens(head.token) if c.dep_ == "dobj"]
    return any(lemma(a) in event_words("found_devices") for d in devices for a in child_tokens(d)
               if a.dep_ in ("acl", "relcl"))


def seized_goods(mention: Mention, lex: Lexicon) -> bool:
    """'seized a vehicle of the militia', 'seized five tons of cannabis': a thing taken,
    not the people the words around it name (the owner 'GATIA' is no hostage)."""
    if mention.patient is None:
        return False
    root = mention.patient.root
    goods = lex.cue("property_nouns") | lex.cue("seized_goods")
    measures = lex.cue("quantity_nouns") | lex.cue("measure_nouns")
    if lemma(root) in measures:  # 'five tons of cannabis'
        return any(lemma(o) in goods for _p, o in prep_objects(root, {"of"}))
    return lemma(root) in goods


def crew_held(mention: Mention, lex: Lexicon) -> bool:
    """'seized a fishing dhow and forced its crew to sail them south', 'hijacked a boat with
    its five crew', 'took its crew hostage': a vessel taken with the people aboard is a
    hijacking of people (an abduction), not goods taken."""
    pat = mention.patient
    if pat is None or lemma(pat.root) not in lex.cue("vessel_nouns"):
        return False
    crew = lex.cue("seafarers")

    def seafarer(tok: Token) -> bool:
        return lemma(tok) in crew or any(c.dep_ == "compound" and lemma(c) in crew for c in tok.children)

    if any(seafarer(o) for _p, o in prep_objects(pat.root, {"with"})):
        return True
    verb = mention.head.token
    return any(seafarer(c) for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ in ("dobj", "nsubjpass"))


def property_dismantled(mention: Mention, lex: Lexicon) -> bool:
    """'police dismantled a cannabis lab', 'troops dismantled a rebel workshop': property taken
    apart (Looting/property destruction), not weapons put out of use. A place or vehicle of
    weapons ('a weapons factory', 'a bomb-making lab', 'a truck laden with explosives') is
    weapons put out of use: a weapon word anywhere in the thing dismantled."""
    pat = mention.patient
    if mention.head.cls != "disrupt" or pat is None or lemma(pat.root) not in lex.cue("property_nouns"):
        return False
    words = list(subtree_tokens(pat.root))
    return not any(lemma(t) in lex.cue("seized_weapons") for t in words) and not weapons_in(words, lex)


def mutual_fire(mention: Mention, lex: Lexicon) -> bool:
    """Fire exchanged or returned, in this sentence or the next ('a grenade was thrown at
    the checkpoint. Soldiers returned fire', '... Monitors counted 40 explosions in both
    directions'): both sides fought. Not the next sentence's fire at a place of its own
    ('Elsewhere, troops exchanged fire near X'): that is another fight."""
    tok = mention.head.token
    sent = sentence_of(tok.doc, tok.i)
    text = spaced_words(sent)
    after = sentence_of(tok.doc, sent.end) if sent.end < len(tok.doc) else None
    answered = spaced_words(after) if after is not None and not _places_of_its_own(after, sent) else ""
    returned = lex.cue("return_fire_cues") | lex.cue("mutual_fire_cues")
    return any(f" {cue} " in text or f" {cue} " in answered for cue in returned)


def _places_of_its_own(after: Span, sent: Span) -> bool:
    """Does ``after`` name a place ``sent`` does not?"""
    named = {e.text.lower() for e in sent.ents if e.label_ in PLACE_ENTS}
    return any(e.label_ in PLACE_ENTS and e.text.lower() not in named for e in after.ents)


def without_air_support(mention: Mention, lex: Lexicon) -> Mention:
    """'an operation backed by airstrikes killed 18 militants', 'troops supported by the
    air force': aircraft that back a ground fight do not make it an air strike; the other
    weapons, or none, tell the event."""
    heads = {t.token.i for t in mention.members}
    kept = [(c, w) for c, w in mention.weapons if c != "air" or not _backing(w.root, heads, lex)]
    return mention if len(kept) == len(mention.weapons) else replace(mention, weapons=kept)


def _backing(word: Token, heads: set[int], lex: Lexicon) -> bool:
    """Is ``word`` inside a phrase of backing ('backed by', 'with the support of',
    'along with') before its trigger is reached?"""
    for anc in word.ancestors:
        if anc.i in heads:
            return False
        if lemma(anc) in lex.cue("support_words"):
            return True
    return False


#: Trigger classes of the harm a disaster may do (a storm killed, a blast, a wreck).
_HARMS = frozenset({"kill", "explode", "destroy"})


def accidental(mention: Mention, lex: Lexicon) -> bool:
    """Deaths and blasts from disasters and accidents are not political violence."""
    if (
        mention.family != "kinetic"
        or mention.weapons
        and any(w not in ("bomb",) for w, _ in mention.weapons)
    ):
        return False
    causes = lex.cue("non_conflict_causes")
    # the mention's own deeds name no disaster: 'killed when fighters stormed a hotel' is
    # the verb 'storm', an attack, not the noun of weather
    deeds = {t.token.i for t in mention.members if t.cls not in _HARMS}
    for trig in mention.members:
        words = {lemma(t) for t in subtree_tokens(trig.token) if t.i not in deeds}
        if trig.cls in _HARMS and words & causes:
            return True
    agent = mention.agent
    exploded = mention.head.cls == "explode" and agent is not None
    if exploded and lemma(agent.root) in lex.cue("accident_subjects"):
        return True  # 'a gas cylinder exploded'
    return bool({lemma(t) for t in mention.agent or []} & causes)
