"""Incident assembly: the mentions of one real incident become one record.

A report tells an incident over many sentences: the headline, the lead with its date
and place, casualty updates, victims, the weapon, quotes. Each sentence yields a
candidate; here candidates that describe the same incident (compatible family, the same
or a contained place, a compatible date) are merged into the first one, which takes the
best of them: the stated date, the most precise place, the most specific sub-event type,
the highest toll (with low/high bounds), named actors, and evidence from every sentence.
Another town, another day, another kind of violence stay separate records: ACLED's unit
of record is one event per location per day per actor pair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Span

from sitroom.components import Candidate
from sitroom.events.detect import PLACE_ENTS, PLACE_PREPS
from sitroom.events.lexicon import load_lexicon
from sitroom.events.parsing import lemma, weapons_in
from sitroom.events.taxonomy import DATA_DIR, load_taxonomy
from sitroom.model import Event, Evidence
from sitroom.nlp import entities_in

PLACE_FIELDS = (
    "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision",
)  # fmt: skip
UNIDENTIFIED = "unidentified"
VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")


@dataclass(frozen=True)
class Rules:
    """Sub-event type ranks and the families whose mentions may share an incident."""

    rank: dict[str, int]
    families: dict[str, str]
    sub_families: dict[str, str]  # sub-event types that form incidents of their own
    news_days: int  # how long before publication a dated lead still takes undated mentions
    context_days: int  # dated this much before the lead incident: context, not news
    weapon_rank: int  # sub-event types this specific name a weapon of their own
    separate_cues: tuple[str, ...]  # sentence openers that announce another incident
    came_after_preps: frozenset[str]
    came_after_verbs: frozenset[str]
    tally_marks: frozenset[str]
    dateline: re.Pattern[str]
    passing_preps: frozenset[str]
    toll_words: frozenset[str]


@lru_cache(maxsize=1)
def load_rules(path: str | None = None) -> Rules:
    raw = yaml.safe_load(Path(path or DATA_DIR / "assembly.yaml").read_text(encoding="utf-8"))
    return Rules(
        rank=dict(raw["rank"]),
        families=dict(raw["families"]),
        sub_families=dict(raw.get("sub_event_families") or {}),
        news_days=int(raw["news_days"]),
        context_days=int(raw["context_days"]),
        weapon_rank=int(raw["weapon_rank"]),
        separate_cues=tuple(raw["separate_cues"]),
        came_after_preps=frozenset(raw["came_after_preps"]),
        came_after_verbs=frozenset(raw["came_after_verbs"]),
        tally_marks=frozenset(raw["tally_marks"]),
        dateline=re.compile(raw["dateline_pattern"]),
        passing_preps=frozenset(raw["passing_preps"]),
        toll_words=frozenset(raw["toll_update_words"]),
    )


@dataclass
class Incident:
    """The lead candidate (the record that is kept) and the mentions merged into it."""

    lead: Candidate
    members: list[Candidate] = field(default_factory=list)


# ---------------------------------------------------------------------- compatibility


def family(ev: Event, rules: Rules) -> str:
    return rules.sub_families.get(ev.sub_event_type) or rules.families.get(ev.event_type, "")


def families_agree(a: Event, b: Event, rules: Rules) -> bool:
    fa, fb = family(a, rules), family(b, rules)
    return bool(fa and fb) and (fa == fb or "any" in (fa, fb))


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
    return dated.event.time_precision <= 1 and 0 <= days <= rules.news_days


def _norm(value: str) -> str:
    return " ".join(str(value or "").split()).casefold()


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
    return len(place_chain(c.event)) <= 1 or bool(c.data.get("dateline_place"))


def mark_datelines(cands: list[Candidate], rules: Rules) -> None:
    """Flag places read from a dateline: where the report was filed, a weak place."""
    for c in cands:
        ev = c.event.evidence.get("location")
        if ev is None:
            continue
        text = c.sentence.doc.text
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
            or (root.head.lower_ == "of" and root.head.head.pos_ == "NOUN")
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
        return any(country_only(c) and (not has_date(c) or actor_country(c)) for c in (a, b))
    if a.data.get("dateline_place") or b.data.get("dateline_place"):
        return True  # same country; the dateline says where the report was filed
    return ca[-1] in cb or cb[-1] in ca


def _names(ev: Event) -> set[str]:
    return {_norm(x) for x in (ev.actor1, ev.actor2) if x and UNIDENTIFIED not in _norm(x)}


def actors_agree(a: Event, b: Event) -> bool:
    """Unless both name two parties and share none, the parties may be the same."""
    na, nb = _names(a), _names(b)
    return len(na) < 2 or len(nb) < 2 or bool(na & nb)


QUOTES = '"“”'


def quoted(c: Candidate) -> bool:
    """Inside a quotation: an odd number of quote marks before the trigger in its paragraph."""
    text = c.sentence.doc.text
    start = c.trigger.idx if hasattr(c.trigger, "idx") else c.trigger.start_char
    para = text.rfind("\n", 0, start) + 1
    return sum(text[para:start].count(q) for q in QUOTES) % 2 == 1


def weapons_differ(a: Candidate, b: Candidate, rules: Rules) -> bool:
    """Two weapons of different kinds told as news (rockets, then a drone): two attacks.
    A witness's words ('the rocket fell next to us') detail the one incident."""
    ra, rb = (rules.rank.get(x.event.sub_event_type, 0) for x in (a, b))
    both_remote = a.event.event_type == b.event.event_type == "Explosions/Remote violence"
    return (
        both_remote
        and min(ra, rb) >= rules.weapon_rank
        and a.event.sub_event_type != b.event.sub_event_type
        and bool(a.weapon and b.weapon)
        and not quoted(b)
    )


def compatible(inc: Incident, c: Candidate, rules: Rules) -> bool:
    lead = inc.lead
    return (
        families_agree(lead.event, c.event, rules)
        and not any(weapons_differ(m, c, rules) for m in (lead, *inc.members))
        and dates_agree(lead, c, rules)
        and places_agree(lead, c)
        and actors_agree(lead.event, c.event)
    )


def places_agree_strictly(a: Event, b: Event) -> bool:
    return not (a.country and b.country and _norm(a.country) != _norm(b.country))


def mergeable(c: Candidate, rules: Rules) -> bool:
    """New ACLED events only: statements and recalled background keep their own records."""
    ev = c.event
    return ev.status == "new" and ev.record_kind != "statement" and bool(family(ev, rules))


# ---------------------------------------------------------------------- merging


def _precision(c: Candidate) -> tuple[int, int]:
    """Smaller is finer: geo_precision, then how deep the place chain goes; a dateline's
    place is the coarsest."""
    if c.data.get("dateline_place"):
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


def _take_actors(keep: Candidate, other: Candidate) -> None:
    k, o = keep.event, other.event
    for side in ("1", "2"):
        mine, theirs = getattr(k, f"actor{side}"), getattr(o, f"actor{side}")
        if (
            theirs
            and (not mine or UNIDENTIFIED in mine.lower())
            and UNIDENTIFIED not in theirs.lower()
        ):
            setattr(k, f"actor{side}", theirs)
            setattr(k, f"inter{side}", getattr(o, f"inter{side}"))
            setattr(k, f"assoc_actor_{side}", getattr(o, f"assoc_actor_{side}"))
            if f"actor{side}" in o.evidence:
                k.cite(f"actor{side}", o.evidence[f"actor{side}"])
    if keep.agent is None and other.agent is not None:
        keep.agent = other.agent
    if keep.patient is None and other.patient is not None:
        keep.patient = other.patient


def _take_tolls(k: Event, members: list[Candidate], rules: Rules) -> None:
    """Best = the first toll reported, unless a later sentence says it rose or the first
    was vague; low/high = the bounds over every report."""
    killed = [c for c in members if c.data.get("own_fatalities")]
    if killed:
        best = killed[0]
        for c in killed[1:]:
            mine, first = c.data["own_fatalities"], best.data["own_fatalities"]
            vague = first[2] > first[0]
            if mine[0] > first[0] and (vague or _says_rose(c, rules)):
                best = c
        k.fatalities = best.data["own_fatalities"][0]
        k.fatalities_low = min(c.data["own_fatalities"][1] or k.fatalities for c in killed)
        k.fatalities_high = max(max(c.data["own_fatalities"][2], k.fatalities) for c in killed)
        if best.data["own_fatalities"][3] is not None:
            k.cite("fatalities", best.data["own_fatalities"][3])
    hurt = [c for c in members if c.data.get("own_injuries")]
    if hurt:
        most = max(hurt, key=lambda c: c.data["own_injuries"][0])
        k.injuries = most.data["own_injuries"][0]
        if most.data["own_injuries"][1] is not None:
            k.cite("injuries", most.data["own_injuries"][1])


def _says_rose(c: Candidate, rules: Rules) -> bool:
    """The sentence the toll was read from says it rose ('the toll had risen to eight')."""
    sent = c.sentence
    ev = c.data["own_fatalities"][3]
    if ev is not None:
        span = sent.doc.char_span(ev.start, ev.end, alignment_mode="expand")
        sent = span.sent if span is not None else sent
    return any(lemma(t) in rules.toll_words or t.lower_ in rules.toll_words for t in sent)


def _remember_toll(c: Candidate) -> None:
    """Each mention's own toll, before merging changes the record."""
    ev = c.event
    if ev.fatalities:
        c.data["own_fatalities"] = (
            ev.fatalities,
            ev.fatalities_low or ev.fatalities,
            max(ev.fatalities_high, ev.fatalities),
            ev.evidence.get("fatalities"),
        )
    if ev.injuries:
        c.data["own_injuries"] = (ev.injuries, ev.evidence.get("injuries"))


def merge(inc: Incident, c: Candidate, rules: Rules) -> None:
    """Fold candidate ``c`` into the incident's lead record."""
    keep, k, o = inc.lead, inc.lead.event, c.event
    if has_date(c) and not has_date(keep):
        _take_date(keep, c)
    if _precision(c) < _precision(keep) and (places_agree_strictly(k, o) or country_only(keep)):
        _take_place(k, o)
        keep.data["dateline_place"] = c.data.get("dateline_place", False)
    if rules.rank.get(o.sub_event_type, 0) > rules.rank.get(k.sub_event_type, 0) and (
        o.event_type == k.event_type or not c.nominal
    ):  # 'after the riots of last week' does not make today's march a riot
        _take_type(keep, c)
    _take_actors(keep, c)
    if not k.attributed_to and o.attributed_to:
        k.attributed_to = o.attributed_to
        if "attributed_to" in o.evidence:
            k.cite("attributed_to", o.evidence["attributed_to"])
    if not k.origin and o.origin:
        k.origin = o.origin
    inc.members.append(c)
    _take_tolls(k, [keep, *inc.members], rules)
    k.confidence = max(k.confidence, o.confidence)
    if "notes" in o.evidence:
        k.cite(f"mention_{len(inc.members)}", o.evidence["notes"])
    keep.data.setdefault("merged", []).append(c)


def assemble(cands: list[Candidate], rules: Rules | None = None) -> list[Candidate]:
    """Candidates in text order → one candidate per incident (others pass through)."""
    rules = rules or load_rules()
    mark_datelines(cands, rules)
    for c in cands:
        _remember_toll(c)
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
        target = next((i for i in reversed(open_incidents) if compatible(i, c, rules)), None)
        if target is not None and opens_separately(c, target, rules):
            target, c.data["separate_incident"] = None, True
        own_date = (c.date_source or ("stated" if has_date(c) else "")) == "stated"
        if target is None and open_incidents and not own_date and in_passing(c, rules):
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
    refine_weapons(open_incidents, out)
    return out


def opens_separately(c: Candidate, inc: Incident, rules: Rules) -> bool:
    """'Meanwhile, ...', 'In a separate incident, ...' in a sentence of its own."""
    if c.sentence.start in {inc.lead.sentence.start, *(m.sentence.start for m in inc.members)}:
        return False
    head = " ".join(t.lower_ for t in c.sentence[:4] if not t.is_space)
    return any(head.startswith(cue) for cue in rules.separate_cues)


def in_passing(c: Candidate, rules: Rules) -> bool:
    """Told in passing: a noun after 'for', 'after', 'amid' ... ('revenge for the killing
    of ...'), or a clause marked by 'after', 'since' ... ('After three soldiers were
    killed in ..., the group ...')."""
    root = c.trigger.root if isinstance(c.trigger, Span) else c.trigger
    if root.dep_ == "pobj" and root.head.lower_ in rules.passing_preps:
        return True
    governors = load_lexicon().cue("hypothetical_governors")
    if any(lemma(t) in governors for t in root.ancestors):
        return True  # 'expecting a reprisal attack': not (yet) an event
    for tok in (root, *root.ancestors):
        if any(m.dep_ == "mark" and m.lower_ in rules.passing_preps for m in tok.children):
            return True
        if tok.dep_ in ("ROOT", "conj") or tok.head is tok:
            return False
    return False


def recalled(c: Candidate, rules: Rules) -> bool:
    """'The attack came a week after <this>', '<N> have been killed since ...': what the
    news follows, or a cumulative tally; either way not an incident of its own."""
    root = c.trigger.root if isinstance(c.trigger, Span) else c.trigger
    for tok in (root, *root.ancestors):
        head = tok.head
        if head is tok:
            break
        if lemma(head) in rules.came_after_verbs and any(
            ch.lower_ in rules.came_after_preps and ch.dep_ in ("prep", "mark") and ch.i <= tok.i
            for ch in (*head.children, *tok.children)
        ):
            return True
    return _tally(root, rules)


def _tally(verb, rules: Rules) -> bool:
    perfect = any(
        c.dep_ in ("aux", "auxpass") and lemma(c) == "have" and c.tag_ != "VBD"
        for c in verb.children
    )
    since = any(t.lower_ in rules.tally_marks for t in verb.subtree)
    return perfect and since


#: What a weapon told later refines: a one-sided attack. A clash stays a clash when
#: artillery backs it, as ACLED codes battles.
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
        later = [s for s in starts if s > max(own) and s not in own]
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
        if lex.weapon_classes[w].sub_event_type and not _speaker(s, lex)
    ]
    return max(found, key=lambda x: lex.weapon_classes[x[0]].rank, default=None)


def _speaker(span: Span, lex) -> bool:
    """'the air force said': a source, not a weapon."""
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and lemma(root.head) in lex.cue("say_verbs")


def _set_remote(c: Candidate, sub_event_type: str, wclass: str, span: Span) -> None:
    tax = load_taxonomy()
    ev = c.event
    ev.event_type, ev.sub_event_type = "Explosions/Remote violence", sub_event_type
    ev.disorder_type = tax.disorder_type(ev.event_type, sub_event_type)
    ev.civilian_targeting = ""
    c.weapon, c.weapon_span = wclass, span
    ev.cite("sub_event_type", Evidence(span.start_char, span.end_char, span.text))


def recall_context(leads: list[Candidate], rules: Rules) -> None:
    """Incidents dated well before the article's lead incident are the context it recalls
    ('almost a week after US strikes on ...'), not news: they become background."""
    rng = date_range(leads[0]) if leads else None
    if rng is None:
        return
    start = rng[0]  # the first incident's day, or publication's when it states none
    for c in leads:
        rng = date_range(c)
        if not has_date(c) or rng is None:
            continue
        ends_before = (start - rng[1]).days > rules.context_days
        week_before = rng[1] < start and (start - rng[0]).days > rules.context_days
        if ends_before or week_before:  # 'on May 2'; 'last week' in a report of today
            c.event.status = "background"
            c.status_reason = "before the lead incident"
            if "event_date" in c.event.evidence:
                c.event.cite("status", c.event.evidence["event_date"])
