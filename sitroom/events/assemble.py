"""Incident assembly: the mentions of one real incident become one record.

A report tells an incident over many sentences: the headline, the lead with its date
and place, casualty updates, victims, the weapon, quotes. Each sentence yields a
candidate; here candidates that describe the same incident (compatible family, the same
or a contained place, a compatible date) are merged into the first one, which takes the
best of them: the stated date, the most precise place, the most specific sub-event type,
the highest toll (with low/high bounds), named actors, and evidence from every sentence.
Another town, another day, another kind of violence stay separate records: ACLED's unit
of record is one event per location per day per actor pair."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components import Candidate
from sitroom.events.attribution import doers_account
from sitroom.events.background import (
    answered,
    drop_displacement,
    drop_tallies,
    in_passing,
    measured_before,
    opens_separately,
    recall_context,
    recalled,
)
from sitroom.events.crossfire import fought_back, in_crossfire, take_answering_side
from sitroom.events.headlines import drop_summary_headline
from sitroom.events.incident import (
    PLACE_FIELDS,
    VIOLENT_TYPES,
    Incident,
    Rules,
    absorbs,
    compatible,
    country_only,
    date_range,
    has_date,
    joins,
    listing_key,
    load_rules,
    mark_datelines,
    mergeable,
    nested,
    own_place,
    place_chain,
    places_agree_strictly,
    same_unit,
    same_words,
    take_sides,
    unarmed_detail,
    weak_place,
)
from sitroom.events.launch import take_origin
from sitroom.events.lexicon import load_lexicon
from sitroom.events.listed import settle_listed
from sitroom.events.parsing import lemma, trigger_root, weapons_in
from sitroom.events.parties import UNIDENTIFIED, contingent_of, nameless, same_state, takes_side
from sitroom.events.roundup import elsewhere
from sitroom.events.taxonomy import load_taxonomy
from sitroom.events.tolls import remember_toll, take_tolls
from sitroom.model import ARMED_CODES, CIVILIAN_CODE, Event, Evidence
from sitroom.nlp import NOMINAL_SUBJECTS


def _precision(c: Candidate) -> tuple[int, int]:
    """Smaller is finer: geo_precision, then how deep the place chain goes; a dateline's
    place is the coarsest."""
    if weak_place(c):
        return (4, 0)
    return (c.event.geo_precision or 3, -len(place_chain(c.event)))


def _take_place(keep: Event, other: Event) -> None:
    for name in PLACE_FIELDS:
        setattr(keep, name, getattr(other, name))
    for name in ("location", "latitude", "longitude", "geo_precision", "country"):
        if name in other.evidence:
            keep.cite(name, other.evidence[name])


def _take_date(keep: Candidate, other: Candidate) -> None:
    k, o = keep.event, other.event
    k.event_date, k.year, k.time_precision = o.event_date, o.year, o.time_precision
    if other.date_stated is not None:  # the time stage dated it: its date hand-offs come along
        keep.time_ref, keep.date_range = other.time_ref, other.date_range
        keep.date_source, keep.date_stated = other.date_source, other.date_stated
    if "event_date" in o.evidence:
        k.cite("event_date", o.evidence["event_date"])


def _finer_day(keep: Candidate, other: Candidate) -> bool:
    """'Fighting has killed nine since Sunday ... Drones struck on Monday': a day told
    inside the lead's span dates the record finer than the span's start."""
    k, o, span = keep.event, other.event, date_range(keep)
    if keep.time_ref is None or keep.time_ref.kind != "since" or span is None or o.event_date is None:
        return False  # only a running event's open range
    if not k.time_precision or not o.time_precision:
        return False
    return o.time_precision < k.time_precision and span[0] <= o.event_date <= span[1]


def _take_type(keep: Candidate, other: Candidate) -> None:
    k, o = keep.event, other.event
    for name in (
        "event_type", "sub_event_type", "disorder_type", "civilian_targeting",
        "plover_type", "plover_mode",
    ):  # fmt: skip
        setattr(k, name, getattr(o, name))
    for name in ("event_type", "sub_event_type", "disorder_type", "civilian_targeting"):
        if name in o.evidence:
            k.cite(name, o.evidence[name])
    if other.weapon:
        keep.weapon = other.weapon
    if other.weapon_span:
        keep.weapon_span = other.weapon_span
    if other.weapons:
        keep.weapons = other.weapons


def _armed_opponent(k: Event, o: Event) -> None:
    """A mention that makes the incident a battle ('they were fighting with armed men')
    names who fought back: that armed side replaces the civilians the lead counted."""
    if k.event_type != "Battles" or k.inter2 != CIVILIAN_CODE or o.inter2 not in ARMED_CODES:
        return
    k.actor2, k.inter2, k.assoc_actor_2 = o.actor2, o.inter2, o.assoc_actor_2
    if "actor2" in o.evidence:
        k.cite("actor2", o.evidence["actor2"])


def _faced(k: Event, o: Event, side: str) -> str:
    """The actor on the record's other side, which a mention's actor on ``side`` never
    joins: the force told acting against the attackers ("a police officer returned fire").
    Not where the record's other side is civilians (victims the lead read as its actor) or
    the mention names that actor on both sides (a fight among its own men)."""
    other = "2" if side == "1" else "1"
    faced = getattr(k, f"actor{other}")
    if getattr(k, f"inter{other}") == CIVILIAN_CODE or getattr(o, f"actor{other}") == faced:
        return ""
    return faced


def _crossfire_dead(other: Candidate, side: str) -> bool:
    """'Three civilians were killed in crossfire', told after a fight: the fight's toll,
    not its other side."""
    o = other.event
    return (
        side == "2" and o.inter2 == CIVILIAN_CODE and other.patient is not None and in_crossfire(other.patient)
    )


def _take_actors(keep: Candidate, other: Candidate) -> None:
    k, o = keep.event, other.event
    take_answering_side(keep, other)  # 'The police shot back': the doers' foe
    for side in ("1", "2"):
        mine, theirs = getattr(k, f"actor{side}"), getattr(o, f"actor{side}")
        fought = k.event_type == "Battles" and getattr(k, f"inter{side}") in ARMED_CODES
        if (
            theirs
            and (not mine or nameless(mine))
            and takes_side(theirs, _faced(k, o, side), o, empty=side == "1" and not mine)
            and not (fought and getattr(o, f"inter{side}") == CIVILIAN_CODE)
            and not (side == "1" and mine and fought_back(other))
            and not _crossfire_dead(other, side)
            and not (side == "1" and o.inter1 == CIVILIAN_CODE and k.event_type in VIOLENT_TYPES)
            and not same_state(theirs, getattr(k, f"actor{'2' if side == '1' else '1'}"))
        ):  # an unnamed armed side stays armed, not the civilians told later nor the police who
            # fought it back; residents at work do not attack; a state never fights its own forces
            setattr(k, f"actor{side}", theirs)
            setattr(k, f"inter{side}", getattr(o, f"inter{side}"))
            setattr(k, f"assoc_actor_{side}", getattr(o, f"assoc_actor_{side}"))
            if f"actor{side}" in o.evidence:
                k.cite(f"actor{side}", o.evidence[f"actor{side}"])
    if contingent_of(o.actor1, k.actor2):  # "the AU convoy was hit ... Ugandan troops then fired"
        k.actor2, k.inter2 = o.actor1, o.inter1  # the side hit, named by its contingent
        k.cite("actor2", o.evidence.get("actor1"))
    if keep.agent is None and other.agent is not None:
        keep.agent = other.agent
    if keep.patient is None and other.patient is not None:
        keep.patient = other.patient


def merge(inc: Incident, c: Candidate, rules: Rules) -> None:
    """Fold candidate ``c`` into the incident's lead record. A mention that only joins the
    incident (arrests at a protest) adds its evidence and toll, never its type or actors."""
    keep, k, o = inc.lead, inc.lead.event, c.event
    if has_date(c) and (not has_date(keep) or _finer_day(keep, c)):
        _take_date(keep, c)
    if joins(k, o, rules):
        _add_member(inc, c, rules)
        return
    if absorbs(keep, c, rules):  # the arrests were made at this protest: it is the record
        _take_type(keep, c)
        take_sides(keep, c)
    if (
        _precision(c) < _precision(keep)
        and (places_agree_strictly(k, o) or country_only(keep))
        and (own_place(c) or not own_place(keep))
        and (nested(k, o) or not same_words(keep, c))
    ):
        _take_place(k, o)
        keep.data["dateline_place"] = c.data.get("dateline_place", False)
        keep.described_place = c.described_place
    if _doers_version(keep, c):  # what the claimant says it hit: neither type nor toll
        if _told_by(c, "own_fatalities"):
            c.data.pop("own_fatalities", None)
    elif (
        rules.rank.get(o.sub_event_type, 0) > rules.rank.get(k.sub_event_type, 0)
        and (o.event_type == k.event_type or not c.nominal)
        and not unarmed_detail(keep, c)
        and not _one_ambush(c, keep, rules, hit=keep)  # 'stormed the base', 'first blew up a car'
    ) or _one_ambush(keep, c, rules):
        _take_type(keep, c)  # 'after the riots of last week' does not make today's march a riot
    if _pair_named(k, o):
        take_sides(keep, c)
    _take_actors(keep, c)
    _armed_opponent(k, o)
    if not k.attributed_to and o.attributed_to:
        k.attributed_to = o.attributed_to
        if "attributed_to" in o.evidence:
            k.cite("attributed_to", o.evidence["attributed_to"])
    take_origin(keep, c)
    _add_member(inc, c, rules)


def _pair_named(k: Event, o: Event) -> bool:
    """'Fighting broke out between the army and Karen rebels', then 'The KNLA attacked army
    positions': the mention names the side the record left unidentified, as the one that
    attacked the record's first side: the record takes the mention's sides, in its order.
    Not where the record names no second side: 'forces fired shells at villages', then
    'the resistance forces responded' tells who answered, not who attacked."""
    return (
        bool(k.actor1 and o.actor1)
        and k.actor1 == o.actor2
        and UNIDENTIFIED not in o.actor1.lower()
        and UNIDENTIFIED in k.actor2.lower()
    )


def _doers_version(keep: Candidate, c: Candidate) -> bool:
    """``c`` is the attacker's own account of the incident the report told first in its
    own words ('JNIM claimed the attack, saying it had killed 300 militiamen')."""
    if c.event.sub_event_type in _GROUND:
        return False  # ground it says it took is news of its own, not a version
    lex = load_lexicon()
    return doers_account(trigger_root(c), lex) and not doers_account(trigger_root(keep), lex)


_GROUND = frozenset({
    "Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory",
})


def _told_by(c: Candidate, key: str) -> bool:
    """The toll remembered under ``key`` is told in the mention's own sentence (not one it
    borrowed from the sentences after it: 'Later the official said the dead rose to five')."""
    said = (c.data.get(key) or (None,) * 4)[3]
    return said is not None and c.sentence.start_char <= said.start < c.sentence.end_char


def _one_ambush(blast: Candidate, fight: Candidate, rules: Rules, hit: Candidate | None = None) -> bool:
    """A roadside bomb and gunfire or fighting with the same troops told beside it ('... killed
    in the clashes that followed'; 'stormed the base ... first blew up a car at the gate'): one
    ambush, typed by the fight, in either order; not a blast among civilians ('a car bomb at a
    hotel ... then fought police'). ``hit``: who was hit (the blast's target is its car)."""
    followers = rules.followed_by.get(blast.event.sub_event_type, ())
    if fight.event.sub_event_type not in followers or _among_civilians(hit or blast):
        return False  # a bomb among civilians, then the gunmen fight the police: the bombing
    # told beside the blast: "the Taliban is battling IS in several areas", paragraphs
    # later, is the war around it, not the fight that followed
    told = (blast.sentence_index, fight.sentence_index)
    if None not in told and abs(told[1] - told[0]) > rules.follow_within:
        return False
    return bool(fight.data.get("classes", frozenset()) & rules.fire_classes)


def _among_civilians(keep: Candidate) -> bool:
    """The blast hit civilians, and what it hit names no organised force ('a vehicle in an
    AMISOM convoy' is the troops' vehicle, whatever side the record read)."""
    if keep.event.inter2 != CIVILIAN_CODE:
        return False
    hit = keep.patient
    return hit is None or not any(t.ent_type_ == "ORG" for t in hit.root.subtree)


def _add_member(inc: Incident, c: Candidate, rules: Rules) -> None:
    keep, k, o = inc.lead, inc.lead.event, c.event
    inc.members.append(c)
    take_tolls(k, [keep, *inc.members], rules, inc.toll_facts)
    k.confidence = max(k.confidence, o.confidence)
    if "notes" in o.evidence:
        k.cite(f"mention_{len(inc.members)}", o.evidence["notes"])
    keep.data.setdefault("merged", []).append(c)


def assemble(cands: list[Candidate], rules: Rules | None = None) -> list[Candidate]:
    """Candidates in text order → one candidate per incident (others pass through)."""
    rules = rules or load_rules()
    cands = drop_summary_headline(drop_tallies(drop_displacement(settle_listed(cands)), rules))
    split_lead_total(cands, rules)
    mark_datelines(cands, rules)
    for c in cands:
        remember_toll(c)
    out: list[Candidate] = []
    open_incidents: list[Incident] = []
    merged_into: dict[int, Candidate] = {}
    for c in cands:
        if not mergeable(c, rules):
            out.append(c)
            continue
        if recalled(c, rules):
            c.event.status, c.status_reason = "background", "recalled"
            out.append(c)
            continue
        target = _target(open_incidents, c, rules)
        if (
            target is not None
            and opens_separately(c, target, rules)
            and not same_unit(target.lead, c)
        ):
            target, c.separate_incident = None, True
        own_date = (c.date_source or ("stated" if has_date(c) else "")) == "stated"
        passing = ((not own_date or measured_before(c)) and in_passing(c, rules)) or answered(c, rules)
        if target is None and open_incidents and passing:
            c.event.status, c.status_reason = "background", "in passing"
            out.append(c)
            continue
        if target is None:
            open_incidents.append(Incident(c))
            out.append(c)
            continue
        merge(target, c, rules)
        merged_into[id(c)] = target.lead
    for c in out:  # a parent merged away points to the record that absorbed it
        while c.parent is not None and id(c.parent) in merged_into:
            c.parent = merged_into[id(c.parent)]
    recall_context([i.lead for i in open_incidents], rules)
    date_from_news([i.lead for i in open_incidents], rules)
    refine_weapons(open_incidents, out)
    return out


def split_lead_total(cands: list[Candidate], rules: Rules) -> None:
    """'Drone strikes on two villages killed seven. Four died in A and three in B': a list
    right after a toll whose counts sum to it divides that toll; the lead keeps none of
    its own (it would give A all seven), and each listed place takes the lead's type where
    its own bare verb ('were killed') tells a vaguer one."""
    groups: dict[tuple, list[Candidate]] = {}
    for c in cands:
        key = listing_key(c)
        if key is not None:
            groups.setdefault(key, []).append(c)
    for group in groups.values():
        total, first = sum(c.event.fatalities for c in group), group[0]
        lead = next((
            c for c in reversed(cands)
            if c.sentence_index is not None and first.sentence_index is not None
            and 0 < first.sentence_index - c.sentence_index <= 1 and not c.listed_places
        ), None)
        if len(group) < 2 or not total or lead is None or lead.event.fatalities != total:
            continue
        ev = lead.event
        ev.fatalities = ev.fatalities_low = ev.fatalities_high = 0
        ev.evidence.pop("fatalities", None)
        told = [c.event for c in cands if c.sentence_index == lead.sentence_index and c.event.event_type in VIOLENT_TYPES]
        best = max(told, key=lambda e: rules.rank.get(e.sub_event_type, 0), default=ev)
        for c in group:
            vaguer = rules.rank.get(c.event.sub_event_type, 0) < rules.rank.get(best.sub_event_type, 0)
            if vaguer and c.event.event_type in VIOLENT_TYPES:
                c.event.event_type, c.event.sub_event_type = best.event_type, best.sub_event_type


def _target(incidents: list[Incident], c: Candidate, rules: Rules) -> Incident | None:
    """The latest open incident the candidate may belong to; one in the candidate's own
    country before one in another (a sentence placed only by geo's fallback fits both)."""
    fits = (
        i for i in reversed(incidents)
        if compatible(i, c, rules) and not _off_news_day(i, c, incidents) and not elsewhere(i, c, incidents)
    )
    first = next(fits, None)
    if first is None or not c.event.country or first.lead.event.country == c.event.country:
        return first
    return next((i for i in fits if i.lead.event.country == c.event.country), first)


def _news_day(incidents: list[Incident]) -> Candidate | None:
    """The report's first incident dated to the day: the day its undated news happened."""
    return next(
        (i.lead for i in incidents if has_date(i.lead) and i.lead.event.time_precision == 1),
        None,
    )


def _off_news_day(inc: Incident, c: Candidate, incidents: list[Incident]) -> bool:
    """An undated incident told after a dated one happened on the news day: a mention
    dated to another day ('a car bombing last Friday') is not it."""
    news = _news_day(incidents)
    if news is None or news is inc.lead or has_date(inc.lead) or not has_date(c):
        return False
    day, rng = news.event.event_date, date_range(c)
    return day is not None and rng is not None and not rng[0] <= day <= rng[1]


def date_from_news(leads: list[Candidate], rules: Rules) -> None:
    """Incidents the report tells without a day of their own ('another soldier was hurt at
    the base in Ocana') happened on the report's news day: the day of its first incident
    dated to the day, when that is recent news. Never the publication day by default."""
    news = next(
        (
            c
            for c in leads
            if c.event.status == "new" and has_date(c) and c.event.time_precision == 1
        ),
        None,
    )
    if news is None or news.event.event_date is None:
        return
    for c in leads:
        if c.event.status != "new" or has_date(c) or c.event.event_date is None:
            continue
        published = c.event.event_date  # an undated record carries the publication day
        if 0 <= (published - news.event.event_date).days <= rules.news_days:
            _take_date(c, news)
            c.date_source = "previous"


GENERIC_VIOLENCE = ("Attack",)


def refine_weapons(incidents: list[Incident], records: list[Candidate]) -> None:
    """A weapon named in the sentences that follow an incident's lead, before the next
    record's sentence ('Russia used Iskander missiles'), refines a generic attack or a
    lower-ranked weapon to remote violence of that weapon's kind, as ACLED codes it."""
    if not incidents:
        return
    lex = load_lexicon()
    starts = sorted({c.sentence.start for c in records})
    for inc in incidents:
        ev = inc.lead.event
        if ev.status != "new" or ev.event_type not in VIOLENT_TYPES:
            continue
        own = {inc.lead.sentence.start, *(m.sentence.start for m in inc.members)}
        first = inc.lead.sentence.end  # the lead's own words were classified already
        later = [s for s in starts if s > inc.lead.sentence.start and s not in own]
        stop = later[0] if later else len(inc.lead.sentence.doc)
        if stop <= first:
            continue
        best = _best_weapon(inc.lead.sentence.doc[first:stop], lex)
        if best is None:
            continue
        wclass, span = best
        current = lex.weapon_classes.get(inc.lead.weapon)
        if ev.event_type == "Explosions/Remote violence" and (
            current is None or current.rank >= lex.weapon_classes[wclass].rank
        ):
            continue
        if (
            ev.event_type != "Explosions/Remote violence"
            and ev.sub_event_type not in GENERIC_VIOLENCE
        ):
            continue
        _set_remote(inc.lead, lex.weapon_classes[wclass].sub_event_type, wclass, span)


def _best_weapon(span: Span, lex) -> tuple[str, Span] | None:
    found = [
        (w, s)
        for w, s in weapons_in(list(span), lex)
        if lex.weapon_classes[w].sub_event_type and not _speaker(s, lex) and not _stopped(s, lex)
    ]
    return max(found, key=lambda x: lex.weapon_classes[x[0]].rank, default=None)


def _speaker(span: Span, lex) -> bool:
    """'the air force said': a source, not a weapon."""
    root = span.root
    return root.dep_ in NOMINAL_SUBJECTS and lemma(root.head) in lex.cue("say_verbs")


def _stopped(span: Span, lex) -> bool:
    """'air defences shot down 35 of 50 drones', 'intercepted a missile': weapons stopped
    on their way, not the weapon of the attack told before."""
    verb = next((a for a in span.root.ancestors if a.pos_ == "VERB"), None)
    if verb is None:
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else verb
    particles = [after.lower_] if after.dep_ in ("prt", "advmod") and after.head == verb else []
    keys = [(lemma(verb), *particles), (lemma(verb),)]
    return any(lex.verbs.get(k) == "disrupt" for k in keys)


def _set_remote(c: Candidate, sub_event_type: str, wclass: str, span: Span) -> None:
    tax = load_taxonomy()
    ev = c.event
    ev.event_type, ev.sub_event_type = "Explosions/Remote violence", sub_event_type
    ev.disorder_type = tax.disorder_type(ev.event_type, sub_event_type)
    ev.civilian_targeting = ""
    c.weapon, c.weapon_span = wclass, span
    ev.cite("sub_event_type", Evidence(span.start_char, span.end_char, span.text))
