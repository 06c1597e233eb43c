"""Component `actors`: actor1/actor2 (+ associated actors, inter codes) for each candidate.

Reads the spans the `events` stage found (agent, patient); where it found none, it falls
back on the parse around the trigger: the clause subject or passive "by" agent for actor1,
the object or target phrase ("on/at/against/towards ...") for actor2. Generic actors
("security forces", "civilians") take the country named in the sentence or, failing that,
the one the article places events in most. Because geo runs later, a guessed country (and
any generic left unnamed) is recorded in ``candidate.actors_pending``; the
finalize step calls `complete_pending` with the final country to re-resolve.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from spacy.tokens import Span

from sitroom.actors.anaphora import antecedent, left_named, possessed
from sitroom.actors.arrested import arrested_side
from sitroom.actors.attributed import keep_suspected
from sitroom.actors.claims import apply_accusations
from sitroom.actors.clashes import fought_by_agent, split_clash
from sitroom.actors.crowd import CROWDS
from sitroom.actors.defence import attacker_first
from sitroom.actors.dictionary import ActorDictionary, Mention
from sitroom.actors.either import merge_either
from sitroom.actors.facilities import FacilityTarget, facility_target, military_target_type
from sitroom.actors.handover import receiver_first
from sitroom.actors.losers import loser_spans
from sitroom.actors.mutual import VAC, fill_other_side, killed_by_a_fight, kind_of
from sitroom.actors.named_target import named_target
from sitroom.actors.operations import operation_spans
from sitroom.actors.owners import owned_side, planter_spans, struck_a_mine, vehicle_owner
from sitroom.actors.spans import (
    agent_spans,
    patient_spans,
    placed,
    with_entities,
)
from sitroom.actors.victims import victim_spans
from sitroom.components import Candidate, Component, Context, Settings, component
from sitroom.events.crossfire import without_bystanders
from sitroom.events.statehood import names_a_people
from sitroom.lang import pack_words
from sitroom.model import Actor, Event, Evidence, interaction
from sitroom.nlp import (
    doc_text,
    head_token,
    sentences,
    span_text,
)

#: ACLED codes the crowd itself as actor1 of protests and riots; a named organizer joins it.
_CROWDS = CROWDS
_CROWD_KINDS = {"civilians", "protesters", "rioters", "unidentified"}
#: A crowd of either class: "protesters who threw stones were dispersed" is a riot's crowd.
_CROWD_CLASSES = set(_CROWDS.values())
#: The class a crowd protests against: never the other side of its protest or riot.
_PROTESTED = "government"
#: English words of the stage: the language pack's ``actors/words.yaml``.
_PRONOUNS = pack_words("actors/words", "anaphors")
#: Events whose victims told in the sentence are the other side when its phrases name none.
_FIGHTS = {"Battles", "Explosions/Remote violence"}
_UNNAMED = "unidentified"
_DEFENSIVE = pack_words("actors/words", "defensive_verbs")
#: Events whose other side is never the civilians: a protest's people are its crowd. (A
#: battle's may be: finalize makes a clash with civilians an attack on them.)
_NO_CIVILIAN_SIDE = {"Protests"}
_CIVILIANS = "civilians"
#: Changes of territory: the side the place was taken from is actor2.
_TERRITORY = {"Non-state actor overtakes territory", "Government regains territory"}


def _ruler_patterns(settings: Settings) -> list[dict]:
    """Names and aliases from the dictionary (plus the user's --actors files) for the ruler."""
    from sitroom.actors import ruler_patterns

    return ruler_patterns(tuple(settings.actor_files))


@component(
    "actors",
    requires=(
        "candidates", "candidate.agent", "candidate.patient", "event.event_type",
        "candidate.family", "candidate.triggers", "candidate.weapons", "candidate.aggregate",
        "candidate.sentence_index",
    ),
    assigns=(
        "event.actor1", "event.assoc_actor_1", "event.inter1", "event.actor2",
        "event.assoc_actor_2", "event.inter2", "event.interaction", "candidate.actors_pending",
    ),
    patterns=_ruler_patterns,
)
def actors_component(settings: Settings) -> Component:
    from sitroom.actors import load_dictionary

    dictionary = load_dictionary(tuple(settings.actor_files))

    def run(ctx: Context) -> None:
        apply_accusations(ctx, dictionary)
        for candidate in ctx.candidates:
            assign_actors(candidate, ctx, dictionary)

    return run


def assign_actors(candidate: Candidate, ctx: Context, dictionary: ActorDictionary) -> None:
    """Fill actor1/2, assoc_actor_1/2, inter1/2 and interaction of one candidate event."""
    event = candidate.event
    when = event.event_date or ctx.published
    given = event.country or _hinted_country(ctx)
    country = given or event_country(candidate.sentence, ctx, dictionary)
    pending = resolve_candidate(candidate, dictionary, country, when)
    if not given:  # a guess: the finalize step re-resolves once geo knows the country
        pending["country"] = country or ""
    candidate.actors_pending = pending


def resolve_candidate(
    candidate: Candidate, dictionary: ActorDictionary, country: str | None, when: date | None
) -> dict[str, str]:
    """Actor fields of one candidate for a given event country; returns what stays open."""
    event = candidate.event
    pending: dict[str, str] = {}
    side1 = _first_side(agent_spans(candidate), dictionary, country, when, allow_bare=True)
    if not side1 and candidate.agent is None:
        side1 = left_named(candidate, dictionary, country, when)
    if not side1 and candidate.agent is None:  # "killed during a police raid"
        owners = operation_spans(head_token(candidate.trigger))
        side1 = _first_side(owners, dictionary, country, when, allow_bare=True)
    taken = {m.actor.name for _, m, _ in side1[:1] if m.actor} if side1 else set()
    side2 = _first_side(  # 'killed in crossfire as troops fought rebels': not a side
        without_bystanders(patient_spans(candidate)), dictionary, country, when, allow_bare=False, exclude=taken
    )
    planted = struck_a_mine(candidate)
    if planted:  # "an army vehicle struck an IED planted by JNIM"
        hit = side1 or side2 or _owning(candidate, dictionary, country, when)  # "a police truck"
        side1 = _first_side(planter_spans(candidate), dictionary, country, when, allow_bare=True)
        side2 = hit
    side1, side2 = split_clash(candidate, side1, side2, dictionary, when)
    if not side2 and event.event_type in _FIGHTS:  # "soldiers were killed when ..."
        side2 = _first_side(  # "killed in crossfire as soldiers fought RSF fighters": the foe
            [*fought_by_agent(candidate), *without_bystanders(victim_spans(candidate))],
            dictionary, country, when, False, taken)
        side2 = [] if kind_of(side2) == _UNNAMED else side2  # "fighters were killed": whose?
    if not side2 and event.sub_event_type in _TERRITORY:  # "seized the town from the army"
        side2 = _first_side(loser_spans(candidate), dictionary, country, when, False, taken)
    side2 = arrested_side(event, side2, dictionary, country, when)
    if event.event_type == "Battles" and kind_of(side2) == _CIVILIANS and killed_by_a_fight(candidate):
        side2 = []  # "fighting between armed groups killed three people": its toll, no side
    side1, side2 = receiver_first(  # "handed over the camp to the army": the army first
        candidate, side1, side2, lambda spans, giver: _first_side(spans, dictionary, country, when, True, giver))
    side2 = named_target(candidate, side2, lambda spans: _first_side(spans, dictionary, country, when, False, taken))
    fended = False
    if event.event_type == "Battles":  # "troops repelled an attack by X": X attacked

        def resolve(spans: list[Span], exclude: set[str]) -> Side:
            return _first_side(spans, dictionary, country, when, allow_bare=True, exclude=exclude)

        side1, side2, fended = attacker_first(candidate, side1, side2, resolve)
    defensive = not fended and head_token(candidate.trigger).lemma_ in _DEFENSIVE
    if defensive and side2 and candidate.agent is None and candidate.patient is None:
        side1, side2 = side2, side1  # "the army repelled a Taliban attack": the Taliban attacked
    violent = event.event_type in (VAC, "Battles", "Explosions/Remote violence")
    target = _facility(candidate, dictionary, country, when) if violent else None
    if target is not None:
        side2, military = _with_facility(side2, target)
        weapon = military_target_type(event, candidate.sentence) if military else None
        if weapon is not None:
            event.cite("event_type", _span_evidence(weapon))
            event.cite("sub_event_type", _span_evidence(weapon))
    crowd = _CROWDS.get(event.event_type)
    if crowd and kind_of(side2) in _CROWD_CLASSES and kind_of(side1) not in _CROWD_CLASSES:
        side1, side2 = side2, side1  # "police dispersed protesters": the crowd is actor1
    if crowd and kind_of(side2) == _PROTESTED:
        side2 = []  # "protesting against the government's plan": what they protest, no side
    if event.event_type in _NO_CIVILIAN_SIDE and kind_of(side2) == _CIVILIANS:
        side2 = []  # "citizens protested": the crowd itself
    actor1 = _fill(event, "1", side1, pending)
    keep_suspected(event, side1 if actor1 is not None else [])  # "believed to belong to X"
    if planted and actor1 is None:  # "a police vehicle struck a roadside bomb": whoever laid it
        actor1 = _unnamed_planter(event, candidate, dictionary, country, when, pending)
    _fill(event, "2", side2, pending)
    if actor1 is not None:
        _affiliated_assoc(event, actor1, candidate, dictionary, country, when)
    if event.event_type in _CROWDS:
        _crowd_actor1(event, actor1, dictionary, country, when, pending)
    fill_other_side(candidate, side1, dictionary, country, when, pending)
    event.interaction = interaction(event.inter1, event.inter2)
    return pending


def _unnamed_planter(
    event: Event, candidate: Candidate, dictionary: ActorDictionary, country: str | None,
    when: date | None, pending: dict[str, str],
) -> Actor | None:
    """The unnamed side that laid a device a vehicle struck: ACLED's unidentified armed group."""
    unknown = dictionary.generic_actor(_UNNAMED, country, when)
    if unknown is None:
        pending.setdefault("actor1", _UNNAMED)
        return None
    event.actor1, event.inter1 = unknown.name, unknown.inter
    trigger = head_token(candidate.trigger)
    event.cite("actor1", Evidence(trigger.idx, trigger.idx + len(trigger.text), trigger.text))
    return unknown


def _facility(
    candidate: Candidate, dictionary: ActorDictionary, country: str | None, when: date | None
) -> FacilityTarget | None:
    """The attacked facility among the target phrases, with the forces the text ties to it."""
    doc_sents = sentences(candidate.sentence.doc)
    after = [s for s in doc_sents if s.start >= candidate.sentence.end]
    sents = [candidate.sentence, *after[:2]]
    lead = doc_sents[0] if doc_sents else None
    spans = patient_spans(candidate)
    if candidate.patient is not None:  # "killed six fighters at the base, which hosts ..."
        spans += patient_spans(replace(candidate, patient=None))
    for trigger in candidate.triggers:  # "... after an attack on a base"
        if trigger is not candidate.trigger:
            spans += patient_spans(replace(candidate, trigger=trigger, patient=None))
    return facility_target(spans, sents, lead, dictionary, country, when)


def _with_facility(side: Side, target: FacilityTarget) -> tuple[Side, bool]:
    """The facility's forces become actor2 where the target named no one, else associated
    actors of the side; False when the text names civilians as the victims (an attack at
    a base that killed civilians stays theirs)."""
    kind = kind_of(side)
    if kind == "civilians" and names_a_people(side[0][0].root):
        side, kind = [], ""  # "wounding three Americans" at a base US forces hold: those forces
    if kind == "civilians":
        return side, False
    named = [m for _, m, _ in side if m.actor is not None]
    if not named and not kind:
        return [(span, m, i) for i, (span, m) in enumerate(target.forces)], True
    have = {m.actor.name for m in named}
    extra = [(span, m, len(side) + i) for i, (span, m) in enumerate(target.forces)
             if m.actor is not None and m.actor.name not in have]
    return side + extra, True


def _span_evidence(span: Span) -> Evidence:
    return Evidence(span.start_char, span.end_char, span.text)


_ACTOR_FIELDS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")


def _clear_actors(event: Event) -> None:
    for field in _ACTOR_FIELDS:
        setattr(event, field, "")
        event.evidence.pop(field, None)
    event.inter1 = event.inter2 = event.interaction = 0


def _hinted_country(ctx: Context) -> str | None:
    return ctx.country_hint or None


def _crowd_actor1(
    event: Event,
    actor1: Actor | None,
    dictionary: ActorDictionary,
    country: str | None,
    when: date | None,
    pending: dict[str, str],
) -> None:
    """Protests → "Protesters (X)" as actor1 (an organizing group becomes associated)."""
    cls = _CROWDS[event.event_type]
    if actor1 is not None and actor1.kind == cls:
        return
    crowd = dictionary.generic_actor(cls, country or (actor1.country if actor1 else None), when)
    if actor1 is not None and actor1.kind == "state" and _bystander_side2(event) and event.sub_event_type != _PEACEFUL:
        # "police fired tear gas ... seven people were injured": the force that intervened
        # is actor2 (ACLED's protest with intervention), not the injured bystanders; in a
        # peaceful protest no force stepped in ("supporters of the former president marched")
        event.actor2, event.inter2 = actor1.name, actor1.inter
        event.cite("actor2", event.evidence.get("actor1"))
        pending.pop("actor2", None)
    elif actor1 is not None and actor1.kind not in _CROWD_KINDS:
        assoc = [a for a in event.assoc_actor_1.split("; ") if a]
        event.assoc_actor_1 = "; ".join([actor1.name, *assoc])  # an organizer joins the crowd
        event.cite("assoc_actor_1", event.evidence.get("actor1"))
    if crowd is None:
        event.actor1, event.inter1 = "", 0
        event.evidence.pop("actor1", None)
        pending["actor1"] = cls
        return
    if event.actor1 != crowd.name:
        event.evidence.pop("actor1", None)  # the words named the force or organizer, not the crowd
    event.actor1, event.inter1 = crowd.name, crowd.inter
    pending.pop("actor1", None)


_PEACEFUL = "Peaceful protest"


def _bystander_side2(event: Event) -> bool:
    """actor2 empty or only rioters, protesters or civilians (inter 5-7): the crowd and its
    bystanders, so the intervening force takes the place."""
    return not event.actor2 or event.inter2 in (5, 6, 7)


def complete_pending(
    candidate: Candidate, country: str, dictionary: ActorDictionary, when: date | None = None
) -> None:
    """Re-resolve a candidate's actors once the event's country is known (finalize step).

    The actors stage runs before geo; where it had to guess the country, or left generic
    actors ("gunmen", "civilians") unnamed, this names them for the final country and
    recomputes the inter codes (a state's forces abroad are 8).
    """
    pending = candidate.actors_pending
    event = candidate.event
    if pending and country:
        _clear_actors(event)
        left = resolve_candidate(candidate, dictionary, country, when or event.event_date)
        candidate.actors_pending = left
    if event.country == country:
        localize_event(event, dictionary)
    event.interaction = interaction(event.inter1, event.inter2)


def localize_event(event: Event, dictionary: ActorDictionary) -> None:
    """Recompute inter1/inter2 for the event's final country: a state's forces abroad are 8."""
    if not event.country:
        return
    for side in ("1", "2"):
        name = getattr(event, f"actor{side}")
        inter = dictionary.inter_for(name, event.country, event.event_date) if name else None
        if inter is not None:
            setattr(event, f"inter{side}", inter)
    event.interaction = interaction(event.inter1, event.inter2)


# ---------------------------------------------------------------------- the country
def event_country(sentence: Span, ctx: Context, dictionary: ActorDictionary) -> str | None:
    """The country an event most likely happened in, from the sentence, then the article."""
    named = _weighted_countries(span_text(sentence), dictionary)
    if named:
        return named.most_common(1)[0][0]
    article = _article_countries(ctx, dictionary)
    if article:
        return article.most_common(1)[0][0]
    return None  # a nationality ("Turkish forces shelled ...") says whose forces, not where


_IN = pack_words("actors/words", "locative_preps")
_SIDES = pack_words("actors/words", "sides")


def _weighted_countries(text: str, dictionary: ActorDictionary) -> Counter[str]:
    """Countries named in a sentence; "in (southern) Somalia" counts more than "US drone"."""
    counts: Counter[str] = Counter()
    for name, start, _ in dictionary.countries_in(text, demonyms=False):
        before = text[max(0, start - 40) : start].lower().split()[-2:]
        located = bool(before) and (
            before[-1] in _IN or (len(before) == 2 and before[0] in _IN and before[1] in _SIDES)
        )
        counts[name] += 3 if located else 1
    return counts


def _article_countries(ctx: Context, dictionary: ActorDictionary) -> Counter[str]:
    """Countries the article places things in ("in Iraq"), else any it names."""
    cached = ctx.data.get("actors_article_countries")
    if cached is None:
        weighted = _weighted_countries(doc_text(ctx.doc), dictionary)
        located = Counter({c: n // 3 for c, n in weighted.items() if n >= 3})
        cached = located or weighted
        ctx.data["actors_article_countries"] = cached
    return cached


# ---------------------------------------------------------------------- filling the event
Side = list[tuple[Span, Mention, int]]  # (phrase, mention, order)


def _first_side(
    spans: list[Span],
    dictionary: ActorDictionary,
    country: str | None,
    when: date | None,
    allow_bare: bool,
    exclude: set[str] | None = None,
) -> Side:
    """The mentions of the first phrase that names an actor (or an unresolved generic)."""
    for span in map(with_entities, spans):
        text = span_text(span)
        if text.lower() in _PRONOUNS:  # "... blamed the Houthis, as they fired"
            named = antecedent(span, dictionary, country, when)
            if named:
                return named  # else "the rebels" is what it says: unnamed rebels
        found = possessed(span, dictionary, country, when)
        if not found:
            bare = allow_bare and not placed(span)
            found = dictionary.mentions(text, country, when, allow_bare_state=bare)
        found = [m for m in found if not (m.actor and exclude and m.actor.name in exclude)]
        found = [m for m in found if not m.generic or m.country or _coversroot(span, m)]
        if not allow_bare and not any(m.actor is not None for m in found):
            found = owned_side(span, dictionary, country, when, exclude or set()) or found
        if any(m.actor is not None or m.generic for m in found):
            return [(span, m, i) for i, m in enumerate(found)]
    return []


_COLLECTIVE = pack_words("actors/words", "collective_heads")


def _evidence(span: Span, mention: Mention) -> Evidence:
    """Article-offset evidence of a mention found inside a phrase (the doc is the article)."""
    start, end = span.start_char + mention.start, span.start_char + mention.end
    # span.text, not span.doc.text: spaCy rebuilds the whole document's text on each access
    return Evidence(start, end, span.text[mention.start : mention.end])


def _owning(candidate: Candidate, dictionary: ActorDictionary, country: str | None, when: date | None) -> Side:
    """The side whose vehicle struck the mine, named on the vehicle ("a police truck")."""
    span = with_entities(candidate.agent) if candidate.agent is not None else None
    return [(span, m, i) for i, m in enumerate(vehicle_owner(span, dictionary, country, when))] if span else []


def _coversroot(span: Span, mention: Mention) -> bool:
    """A bare generic word must be the phrase's head: "military reinforcements" is no army;
    a head that only counts armed men ("a police team", "a group of gunmen") passes, not
    one a word describes ("a military group") nor a group of civilians; a group an adjective
    calls armed ("a militant group") is an unnamed armed group."""
    root = span.root.idx - span.start_char
    if mention.start <= root < mention.end:
        return True
    if span.root.lemma_.lower() not in _COLLECTIVE or not mention.actor:
        return False
    at = span.start_char + mention.start
    word = next((t for t in span if t.idx == at), None)
    armed = mention.actor.kind != "civilians"
    if word is not None and word.pos_ == "ADJ" and mention.generic == _UNNAMED:
        return True  # 'a newly formed militant group': an unnamed armed group all the same
    return armed and word is not None and word.pos_ in ("NOUN", "PROPN")


def _fill(event: Event, side: str, mentions: Side, pending: dict[str, str]) -> Actor | None:
    field = f"actor{side}"
    primary: Actor | None = None
    assoc: list[str] = []
    for span, mention, _ in merge_either(mentions):
        actor = mention.actor
        if actor is None:
            if primary is None and mention.generic and mention.generic != "unidentified":
                pending.setdefault(field, mention.generic)
            elif primary is None and mention.generic == "unidentified":
                pending.setdefault(field, "unidentified")
            continue
        evidence = _evidence(span, mention)
        if primary is None:
            primary = actor
            event.cite(field, evidence)
            assoc.extend(mention.assoc)
        elif actor.name != primary.name and actor.name not in assoc:
            assoc.append(actor.name)
            event.cite(f"assoc_actor_{side}", evidence)
    if primary is None:
        return None
    setattr(event, field, primary.name)
    setattr(event, f"inter{side}", primary.inter)
    if assoc:
        setattr(event, f"assoc_actor_{side}", "; ".join(assoc))
    return primary


def _affiliated_assoc(
    event: Event,
    actor: Actor,
    candidate: Candidate,
    dictionary: ActorDictionary,
    country: str | None,
    when: date | None,
) -> None:
    """A parent group named in the same sentence joins actor1 as an associated actor."""
    parents = set(actor.affiliations)
    if not parents:
        return
    for mention in dictionary.mentions(candidate.sentence.text, country, when):
        name = mention.actor.name if mention.actor else ""
        current = [a for a in event.assoc_actor_1.split("; ") if a]
        if name in parents and name not in current and name not in (event.actor1, event.actor2):
            event.assoc_actor_1 = "; ".join([*current, name])
            event.cite("assoc_actor_1", _evidence(candidate.sentence, mention))
