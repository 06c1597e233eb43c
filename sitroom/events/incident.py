"""Incidents and the rules that say whether two event mentions can be one incident.

Compatible family, the same or a contained place, overlapping dates, shared actors; the
thresholds live in `data/assembly.yaml`, the words in the language pack's
``events/assembly.yaml``. Used by `sitroom.events.assemble`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from sitroom import yamlio
from sitroom.components import Candidate
from sitroom.events.continuing import goes_on
from sitroom.events.detail import nearby_detail
from sitroom.events.detect import PLACE_ENTS, PLACE_PREPS
from sitroom.events.findings import event_words
from sitroom.events.launch import launch_site_told, own_place
from sitroom.events.lexicon import load_lexicon
from sitroom.events.parties import actors_agree, same_attacker
from sitroom.events.parties import norm as _norm
from sitroom.events.same_weapon import named_again, shots_beside_blast
from sitroom.events.sides import side as argument_side
from sitroom.events.taxonomy import DATA_DIR
from sitroom.events.updates import toll_update
from sitroom.lang import LanguagePack, active_pack
from sitroom.model import CIVILIAN_CODE, Event
from sitroom.nlp import doc_text, entities_in, head_token
from sitroom.outlines import one_province

PLACE_FIELDS = (
    "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision",
)  # fmt: skip
_OF = event_words("of_preps")  # "the village of X"
#: Sub-event types of a weapon fired from afar, which no one shot dead nearby was hit by.
_AIMED_FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")


@dataclass(frozen=True)
class Rules:
    """Sub-event type ranks and the families whose mentions may share an incident."""

    rank: dict[str, int]
    families: dict[str, str]
    sub_families: dict[str, str]  # sub-event types that form incidents of their own
    joins: dict[str, frozenset[str]]  # a family whose mentions may join incidents of these
    absorbs: dict[str, frozenset[str]]  # a family that takes in earlier incidents of these
    news_days: int  # how long before publication a dated lead still takes undated mentions
    context_days: int  # dated this much before the lead incident: context, not news
    weapon_rank: int  # sub-event types this specific name a weapon of their own
    separate_words: frozenset[str]  # 'a separate bombing': another incident
    came_after_preps: frozenset[str]
    came_after_verbs: frozenset[str]
    dateline: re.Pattern[str]
    passing_preps: frozenset[str]
    response_nouns: frozenset[str]  # 'in retaliation to <event>': what the news answers
    toll_words: frozenset[str]
    victim_list_words: frozenset[str] = frozenset()  # 'among those killed was ...'
    #: a lead's sub-event type → the types of a later mention of its incident that replace
    #: it whatever their rank (a planted blast followed by gunfire is an armed clash)
    followed_by: dict[str, frozenset[str]] = field(default_factory=dict)
    fire_classes: frozenset[str] = frozenset()  # trigger classes of gunfire and fighting
    follow_within: int = 2  # sentences after the blast within which that fight is told
    nearby_words: frozenset[str] = frozenset()  # 'burned houses in nearby X'
    detail_km: float = 0.0  # the next sentence's place this close details the lead's
    detail_back_nouns: frozenset[str] = frozenset()  # 'The fighting broke out when ...'


def load_rules(path: str | None = None) -> Rules:
    """The assembly rules (``path``: another rule file), with the words of the active
    language pack."""
    return _rules(path, active_pack())


@lru_cache(maxsize=8)
def _rules(path: str | None, pack: LanguagePack) -> Rules:
    raw = yamlio.safe_load(Path(path or DATA_DIR / "assembly.yaml").read_text(encoding="utf-8"))
    words = pack.data("events/assembly")
    return Rules(
        rank=dict(raw["rank"]),
        families=dict(raw["families"]),
        sub_families=dict(raw.get("sub_event_families") or {}),
        joins={k: frozenset(v) for k, v in (raw.get("joins") or {}).items()},
        absorbs={k: frozenset(v) for k, v in (raw.get("absorbs") or {}).items()},
        news_days=int(raw["news_days"]),
        context_days=int(raw["context_days"]),
        weapon_rank=int(raw["weapon_rank"]),
        separate_words=frozenset(words.get("separate_words") or ()),
        came_after_preps=frozenset(words["came_after_preps"]),
        came_after_verbs=frozenset(words["came_after_verbs"]),
        dateline=re.compile(words["dateline_pattern"]),
        passing_preps=frozenset(words["passing_preps"]),
        response_nouns=frozenset(words.get("response_nouns") or ()),
        toll_words=frozenset(words["toll_update_words"]),
        victim_list_words=frozenset(words.get("victim_list_words") or ()),
        followed_by={k: frozenset(v) for k, v in (raw.get("followed_by") or {}).items()},
        fire_classes=frozenset(raw.get("fire_classes") or ()),
        follow_within=int(raw.get("follow_within", 2)),
        nearby_words=frozenset(words.get("nearby_words") or ()),
        detail_km=float(raw.get("detail_km", 0)),
        detail_back_nouns=frozenset(words.get("detail_back_nouns") or ()),
    )


@dataclass
class Incident:
    """The lead candidate (the record that is kept) and the mentions merged into it."""

    lead: Candidate
    members: list[Candidate] = field(default_factory=list)
    #: What assembly worked out about one member's toll sentence (by the candidate's id and
    #: the question), asked again at every merge: kept so a long report stays linear.
    toll_facts: dict[tuple[int, str], bool] = field(default_factory=dict, repr=False)


# ---------------------------------------------------------------------- compatibility


def family(ev: Event, rules: Rules) -> str:
    return rules.sub_families.get(ev.sub_event_type) or rules.families.get(ev.event_type, "")


def families_agree(a: Event, b: Event, rules: Rules) -> bool:
    fa, fb = family(a, rules), family(b, rules)
    return bool(fa and fb) and (fa == fb or "any" in (fa, fb))


def joins(lead: Event, later: Event, rules: Rules) -> bool:
    """A later mention of a family that is part of the lead's incident ('... and arrested
    twenty of them' after a protest), never its equal: it details the lead, not the reverse."""
    fa, fb = family(lead, rules), family(later, rules)
    return fa != fb and fa in rules.joins.get(fb, frozenset())


def absorbs(lead: Candidate, later: Candidate, rules: Rules) -> bool:
    """A protest or riot told by the main verb of a sentence after the arrests or looting it
    led to ('ten were arrested ... drivers burned tyres to demand fuel') is the incident they
    belong to; not one told in a clause that describes something else ('... the prison,
    where leaders were detained in a riot')."""
    fa, fb = family(lead.event, rules), family(later.event, rules)
    if later.nominal or fa not in rules.absorbs.get(fb, frozenset()):
        return False
    verb = head_token(later.trigger)
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def date_range(c: Candidate) -> tuple[date, date] | None:
    if c.date_range is not None:
        return c.date_range
    d = c.event.event_date
    return (d, d) if d else None


def has_date(c: Candidate) -> bool:
    """A date read from the text (or inherited from a dated event), not publication's."""
    if c.date_stated is not None:
        return c.date_stated
    return "event_date" in c.event.evidence


def own_date(c: Candidate) -> bool:
    """Dated by words of its own sentence (or its parent's), not by publication nor by
    the sentence told before it."""
    return has_date(c) and c.date_source != "previous"


def dates_agree(a: Candidate, b: Candidate, rules: Rules) -> bool:
    """The stated ranges overlap; an undated mention (dated by publication) fits a dated
    one told as news: a day or week, at most ``news_days`` before publication."""
    ra, rb = date_range(a), date_range(b)
    if ra is None or rb is None:
        return True
    if has_date(a) and has_date(b):
        return ra[0] <= rb[1] and rb[0] <= ra[1]
    if not (has_date(a) or has_date(b)):
        return True
    dated, undated = (a, rb) if has_date(a) else (b, ra)
    days = (undated[1] - date_range(dated)[1]).days
    if dated.event.time_precision <= 1:
        return 0 <= days <= rules.news_days
    # a headline tells the news of its day: it fits a lead dated only to a night or a few
    # days up to the day before ("in a night raid", "earlier this week"), not "last week"'s
    # strikes told as background, and an undated line of the body is not stretched so
    from sitroom.events.headlines import in_headline  # (headlines reads this module's rules)

    return dated.event.time_precision == 2 and 0 <= days <= 1 and in_headline(b if dated is a else a)


def place_chain(ev: Event) -> list[str]:
    """Country, admin levels and location, coarse to fine, without repeats."""
    out: list[str] = []
    for name in (ev.country, ev.admin1, ev.admin2, ev.admin3, ev.location):
        n = _norm(name)
        if n and n not in out:
            out.append(n)
    return out


def country_only(c: Candidate) -> bool:
    """Placed no finer than a country, or only by a dateline."""
    return len(place_chain(c.event)) <= 1 or weak_place(c)


def weak_place(c: Candidate) -> bool:
    """Placed only by a dateline (where the report was filed) or by where a participant came
    from ("trucks carrying fuel from X", `geo.described`)."""
    return bool(c.data.get("dateline_place")) or c.described_place


def mark_datelines(cands: list[Candidate], rules: Rules) -> None:
    """Flag places read from a dateline: where the report was filed, a weak place."""
    for c in cands:
        ev = c.event.evidence.get("location")
        if ev is None:
            continue
        text = doc_text(c.sentence.doc)
        line_start = text.rfind("\n", 0, ev.start) + 1
        line = text[line_start : ev.end + 80]
        if text[line_start : ev.start].strip() == "" and rules.dateline.match(line):
            c.data["dateline_place"] = True


def place_names(sent: Span) -> set[str]:
    """Names the sentence gives places: place entities, and any name after 'in', 'near',
    or 'the village of' (the parser often calls a village a person)."""
    out = set()
    for ent in entities_in(sent):
        root = ent.root
        after_prep = root.dep_ == "pobj" and (
            root.head.lower_ in PLACE_PREPS
            or (root.head.lower_ in _OF and root.head.head.pos_ == "NOUN")
        )
        if ent.label_ in PLACE_ENTS or (after_prep and root.pos_ == "PROPN"):
            out.add(ent.text.casefold())
    return out


def actor_country(c: Candidate) -> bool:
    """Placed in a country the attacker is named after ('Russia struck the city'): the
    place came from the actor, not from the text's place."""
    if c.agent is None or not c.event.country:
        return False
    stem = _norm(c.event.country)[:5]
    return any(_norm(t.text).startswith(stem) for t in c.agent)


def places_agree(a: Candidate, b: Candidate) -> bool:
    """The same place, or one inside the other ('Nineveh' holds 'Bashiqa'); unplaced fits
    all, and so does an undated mention placed only in some country (often the actor's:
    'Russia struck the city')."""
    ea, eb = a.event, b.event
    ca, cb = place_chain(ea), place_chain(eb)
    if not ca and not cb:  # no place resolved: the later one must name no new place
        first, later = sorted((a, b), key=lambda c: c.sentence.start)
        return first.sentence == later.sentence or not (
            place_names(later.sentence) - place_names(first.sentence)
        )
    if not ca or not cb:
        return True
    if ea.country and eb.country and _norm(ea.country) != _norm(eb.country):
        # one placed no finer than a country, by a dateline, or by geo's fallback, and not
        # dated by its own words, details the other ('Nine were killed, the army said.')
        return any(
            (country_only(c) or not own_place(c)) and (not own_date(c) or actor_country(c))
            for c in (a, b)
        )
    if a.data.get("dateline_place") or b.data.get("dateline_place"):
        return True  # same country; the dateline says where the report was filed
    if max((a, b), key=lambda c: c.sentence.start).described_place:
        return True  # told later, placed only by where a participant came from: a detail
    if not own_place(a) or not own_place(b):  # same country; one names no place of its own
        first, later = sorted((a, b), key=lambda c: c.sentence.start)
        # ... unless that one is another incident, placed by geo's fallback at the place
        # told before ('Another strike in the city killed three'): a later mention
        # naming somewhere else is not it
        return not (
            first.separate_incident
            and not own_place(first)
            and own_place(later)
            and not _chains_nested(ca, cb)
        )
    return _chains_nested(ca, cb) or same_words(a, b) or province_holds(ea, eb)


def nested(a: Event, b: Event) -> bool:
    """The same place, or one inside the other ('A (A district, B province)')."""
    ca, cb = place_chain(a), place_chain(b)
    return bool(ca and cb) and _chains_nested(ca, cb)


def province_holds(a: Event, b: Event) -> bool:
    """One is placed at a province (admin1, nothing finer) whose outline also holds the
    other's finer point, though the gazetteer files that place under a neighbouring province
    (a border town). Two specific places never nest this way: a note's villages stay apart."""
    for wide, fine in ((a, b), (b, a)):
        chain = place_chain(wide)
        if (
            wide.iso
            and wide.iso == fine.iso
            and len(chain) == 2
            and chain[-1] == _norm(wide.admin1)
            and len(place_chain(fine)) > 2
            and None not in (wide.latitude, wide.longitude, fine.latitude, fine.longitude)
        ):
            return one_province(
                wide.iso,
                (wide.latitude, wide.longitude),
                (fine.latitude, fine.longitude),
                province=wide.admin1,
            )
    return False


def _chains_nested(ca: list[str], cb: list[str]) -> bool:
    """`nested` of two non-empty `place_chain`s, for callers that hold them already."""
    return ca[-1] in cb or cb[-1] in ca


def same_words(a: Candidate, b: Candidate) -> bool:
    """The later mention places itself with a name the first one's sentence also gives
    ('near Pisky' in both): one place, even where the gazetteer read the two differently
    (the first sentence, which qualifies the name, keeps its reading when they merge)."""
    first, later = sorted((a, b), key=lambda c: c.sentence.start)
    span = later.event.evidence.get("location")
    if span is None or first.sentence == later.sentence:
        return False
    return _norm(span.text) in place_names(first.sentence)


QUOTES = '"“”'


def quoted(c: Candidate) -> bool:
    """Inside a quotation: an odd number of quote marks before the trigger in its paragraph."""
    text = doc_text(c.sentence.doc)
    start = c.trigger.idx if hasattr(c.trigger, "idx") else c.trigger.start_char
    para = text.rfind("\n", 0, start) + 1
    return sum(text[para:start].count(q) for q in QUOTES) % 2 == 1


def weapons_differ(a: Candidate, b: Candidate, rules: Rules) -> bool:
    """Two weapons of different kinds told as news (rockets, then a drone): two attacks.
    A witness's words ('a shell landed beside our house') detail the one incident, and so
    does a weapon that names no kind of its own ('two bombs hit', after guided bombs) or one
    aircraft fire too ('two missiles struck tents', after an air strike)."""
    ra, rb = (rules.rank.get(x.event.sub_event_type, 0) for x in (a, b))
    lex = load_lexicon()
    kinds, flown = lex.weapon_classes, lex.cue("air_launched_weapons")
    if any(x.weapon == "air" for x in (a, b)) and any(
        x.weapon_span is not None and x.weapon_span.root.lemma_.lower() in flown for x in (a, b)
    ):
        return False
    both_remote = a.event.event_type == b.event.event_type == "Explosions/Remote violence"
    if shots_beside_blast(a, b, _AIMED_FROM_AFAR):
        return True
    return (
        both_remote
        and min(ra, rb) >= rules.weapon_rank
        and a.event.sub_event_type != b.event.sub_event_type
        and bool(a.weapon and b.weapon)
        and not named_again(a, b, kinds)
        and not quoted(b)
    )


def listing_key(c: Candidate) -> tuple | None:
    """Records split from one sentence's list of places share this key (else None)."""
    if not c.listed_places:
        return None
    trig = c.trigger
    return (c.sentence.start, trig.i if isinstance(trig, Token) else trig.start)


def compatible(inc: Incident, c: Candidate, rules: Rules) -> bool:
    lead = inc.lead
    key = listing_key(c)
    return (
        (key is None or all(listing_key(m) != key for m in (lead, *inc.members)))
        and (
            families_agree(lead.event, c.event, rules)
            or joins(lead.event, c.event, rules)
            or absorbs(lead, c, rules)
        )
        and not any(weapons_differ(m, c, rules) for m in (lead, *inc.members))
        and (dates_agree(lead, c, rules) or toll_update(lead, c, rules.news_days))
        and (places_agree(lead, c) or next_door(lead, c, rules) or nearby_detail(lead, c, rules, own_date, own_place)
             or launch_site_told(lead, c))
        and actors_agree(lead.event, c.event)
    )


def next_door(lead: Candidate, c: Candidate, rules: Rules) -> bool:
    """Houses burned or shops looted 'in nearby X' ('in the neighbouring village of X')
    after a raid told before: the raid carried on next door, which ACLED folds into it."""
    if not joins(lead.event, c.event, rules) or c.sentence.start < lead.sentence.start:
        return False
    if not goes_on(_verb(c), _verb(lead)):
        return False  # 'Soldiers later burned houses in nearby X': others, not the raiders
    span = c.event.evidence.get("location")
    if span is None:
        return False
    named = [t for t in c.sentence if span.start <= t.idx < span.end]
    root = next((t for t in named if t.head not in named), None)
    if root is None:
        return False
    nouns = [root]
    if root.dep_ == "pobj" and root.head.lower_ in _OF:
        nouns.append(root.head.head)  # 'the nearby village of X'
    return any(ch.dep_ == "amod" and ch.lower_ in rules.nearby_words for n in nouns for ch in n.children)


def _verb(c: Candidate) -> Token:
    """The candidate's verb: its trigger's, or the verb its event noun hangs on."""
    tok = head_token(c.trigger)
    return tok.head if tok.pos_ in ("NOUN", "PROPN") else tok


def same_unit(a: Candidate, b: Candidate) -> bool:
    """ACLED's unit of record (one event per location per day per actor pair): 'another
    attack' told on the same day at the place the first names (or in 'the same district',
    placed there by geo's fallback) is the same event, however the report separates it:
    both stated to the day, placed below the country, of one event type, by the same
    attacker. A bombing told after a clash, or gunmen killing a farmer after they fought the
    police, is another event at that place, and so is a blast of another sub-event type ('In
    another part of the city, a bomb went off' after a suicide bombing)."""
    ea, eb = a.event, b.event
    return (
        ea.event_type == eb.event_type
        and ea.sub_event_type == eb.sub_event_type
        and same_attacker(ea, eb)
        and has_date(a)
        and has_date(b)
        and ea.time_precision == eb.time_precision == 1
        and ea.event_date == eb.event_date
        and len(place_chain(ea)) >= 2
        and place_chain(ea) == place_chain(eb)
        and own_place(a)
    )


def unarmed_detail(keep: Candidate, c: Candidate) -> bool:
    """'Five were wounded in the explosion' after 'militants threw a grenade': a blast that
    names no weapon details the remote violence whose weapon the lead named; 'gunmen opened
    fire on their car', naming no one who fought back, details the civilians shot dead."""
    if keep.event.inter2 == CIVILIAN_CODE and c.event.sub_event_type == "Armed clash" and not c.event.actor2:
        lex, verb = load_lexicon(), head_token(c.trigger)
        fought = lex.verbs.get((verb.lemma_.lower(),)) == "clash"
        fired = c.weapon in ("", "firearms", "live_fire")  # not 'tanks attacked our positions'
        hit = c.patient.root if c.patient is not None else None  # not 'fought them': whom?
        if fired and not fought and (hit is None or hit.pos_ != "PRON" and argument_side(c.patient, lex) != "armed"):
            return True
    remote = "Explosions/Remote violence"
    return keep.event.event_type == c.event.event_type == remote and bool(keep.weapon) and not c.weapon


def take_sides(keep: Candidate, other: Candidate) -> None:
    """Both sides of ``other``, with their evidence: the record is now ``other``'s event;
    the force that made the arrests is the other side when it names none."""
    k, o = keep.event, other.event
    force = (k.actor1, k.inter1, k.evidence.get("actor1"))
    for side in ("1", "2"):
        for name in (f"actor{side}", f"inter{side}", f"assoc_actor_{side}"):
            setattr(k, name, getattr(o, name))
        k.evidence.pop(f"actor{side}", None)
        if f"actor{side}" in o.evidence:
            k.cite(f"actor{side}", o.evidence[f"actor{side}"])
    if not k.actor2 and force[0]:
        k.actor2, k.inter2 = force[0], force[1]
        if force[2] is not None:
            k.cite("actor2", force[2])


def places_agree_strictly(a: Event, b: Event) -> bool:
    return not (a.country and b.country and _norm(a.country) != _norm(b.country))


def mergeable(c: Candidate, rules: Rules) -> bool:
    """New ACLED events only: statements and recalled background keep their own records."""
    ev = c.event
    return ev.status == "new" and ev.record_kind != "statement" and bool(family(ev, rules))


# ---------------------------------------------------------------------- merging
