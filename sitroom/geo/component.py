"""Pipeline component `geo`: the place where each event happened, in ACLED's columns.

Per article: find place mentions, resolve them together (so they disambiguate each
other). Per event candidate: among its sentence's places, drop launch sites, owners
("US base") and containers ("Aleppo" of "Maskanah in ... Aleppo"), and
take the most specific one nearest the trigger. A sentence without a place (or naming
only the country) inherits its parent event's place, else the sub-national place the
article is about (`focus_place`), else the article's main country, at precision 3.

Statements, demands and talks (see `sitroom.geo.statements`) only use places attached
to the act itself; without one they are placed at the actor's seat (its country at
precision 3, or its capital when the article names it). An unknown village falls back
to the admin unit the article's events are in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Span

from sitroom.components import Candidate, Context, Settings, component
from sitroom.geo import forms
from sitroom.geo.capitals import with_bare_capitals, with_capitals
from sitroom.geo.choice import choose_event_mention, place_of
from sitroom.geo.described import describes_participant, without_victims_home
from sitroom.geo.district_guess import reported_district
from sitroom.geo.gazetteer import Gazetteer, Hit, hit_precision, open_gazetteer
from sitroom.geo.home_area import read_with_home
from sitroom.geo.mentions import extract_mentions
from sitroom.geo.occasions import others_places
from sitroom.geo.offsets import at_sea, named_town_near
from sitroom.geo.outlets import outlet_countries, outlet_home
from sitroom.geo.preload import preload
from sitroom.geo.qualifiers import country_qualifier, qualifier_mention
from sitroom.geo.refuge import refuge_places
from sitroom.geo.resolve import ArticleContext, Mention, resolve_all
from sitroom.geo.same_place import same_place_event
from sitroom.geo.seats import actor_seat, seat_place
from sitroom.geo.speakers import beside_capital, mark_acting_governments, speaker_named
from sitroom.geo.statements import (
    SPEECH_LEMMAS,
    in_content,
    is_statement,
    name_token,
    quoted_ranges,
)
from sitroom.geo.theatres import focused_context
from sitroom.geo.told_next import finer_next, told_next
from sitroom.geo.unit_capitals import with_unit_capitals
from sitroom.geo.unplaced import named_container, unit_place, unknown_names
from sitroom.lang import pack_words
from sitroom.lang.story import opens_story
from sitroom.model import Event, Evidence, Place
from sitroom.nlp import NOMINAL_SUBJECTS, doc_text, head_token, sentences


@dataclass
class Located:
    """A resolved place for an event and the mention it came from (None when inherited)."""

    place: Place
    mention: Mention | None


def country_test(gaz: Gazetteer) -> Callable[[str], bool]:
    def is_country(name: str) -> bool:
        return any(h.is_country for h in gaz.lookup(name))

    return is_country


def known_test(gaz: Gazetteer) -> Callable[[str], bool]:
    """Whether the gazetteer knows a name, spelt so, in another romanisation ("Zhitomir"
    of Zhytomyr), under another name (`forms.known_form`: "Aljfara"): the name is then a
    mention, and its candidates are checked as usual."""

    def known(name: str) -> bool:
        return bool(gaz.lookup(name)) or bool(gaz.romanised(name)) or forms.known_form(name, gaz)

    return known


def government_test(gaz: Gazetteer) -> Callable[[str], bool]:
    """Whether a name can stand for a government: a country, or a national capital by its
    own name ("Moscow", not a namesake's alternate name)."""

    def names_a_government(name: str) -> bool:
        return any(h.is_country or (h.fcode == "PPLC" and h.primary) for h in gaz.lookup(name))

    return names_a_government


def unit_test(gaz: Gazetteer) -> Callable[[str], bool]:
    """Whether a name is a province (it can hold a town the text names)."""

    def is_unit(name: str) -> bool:
        return any(h.level == 1 and not h.is_country for h in gaz.lookup(name))

    return is_unit


def analyse(
    ctx: Context, gaz: Gazetteer, actor_files: tuple[str, ...]
) -> tuple[list[Mention], ArticleContext]:
    """Mentions of the article, resolved once and kept in ``ctx.data`` (``actor_files``:
    the user's actor dictionaries, which the article's actor focus matches too)."""
    cached = ctx.data.get("geo")
    if cached is None:
        mentions = extract_mentions(ctx.doc, country_test(gaz), known_test(gaz), unit_test(gaz))
        mentions = with_capitals(ctx.doc, mentions, gaz)  # "in the Sudanese capital"
        mentions = with_unit_capitals(ctx.doc, mentions, gaz)  # "in the regional capital"
        told = event_sentences(ctx)
        first = focused_context(mentions, gaz, doc_text(ctx.doc), told, actor_files)
        outlet = outlet_home(outlet_countries(ctx.article.source, gaz.country_code), mentions, first, gaz)
        if outlet:  # the outlet's country is a home of names in local use, as police's is
            first.actors = replace(first.actors, outlet=outlet)
        breaks = frozenset(i for i, sent in enumerate(sentences(ctx.doc)) if opens_story(sent.text))
        mark_acting_governments(ctx.doc, mentions, government_test(gaz))
        context = resolve_all(mentions, gaz, first, told, breaks)
        read_with_home(mentions, gaz, context, ctx.article.home)  # a local paper's namesakes
        # "a hotel in the capital": a place of its sentence, not of the article's focus below
        cached = ctx.data["geo"] = (with_bare_capitals(ctx.doc, mentions, gaz, context), context)
        located = beside_capital(ctx.doc, mentions)
        focus = ctx.data["geo_focus"] = focus_place(located, context)
        frame = frame_hit(context, gaz, located) if located or not mentions else None
        ctx.data["geo_frame"] = fallback_unit(frame, focus)
    return cached


def event_sentences(ctx: Context) -> frozenset[int] | None:
    """Indices of the sentences that hold a candidate event (None when there are none yet)."""
    starts = {c.sentence.start for c in ctx.candidates}
    if not starts:
        return None
    return frozenset(i for i, s in enumerate(sentences(ctx.doc)) if s.start in starts)


def frame_hit(
    context: ArticleContext, gaz: Gazetteer, mentions: list[Mention] = ()
) -> Hit | None:
    """The admin1 row that the article's located names mostly fall in, if one dominates
    and a name other than the dateline lies in it ("BAMAKO -- ... in central Mali" has
    no province)."""
    unit = context.frame_admin1()
    if unit is None:
        return None
    told = any(
        m.resolved is not None
        and not (m.dateline or m.modifier)
        and (m.resolved.cc, m.resolved.admin1) == unit
        for m in mentions
    )
    return gaz.admin_unit(unit[0], unit[1], 1) if told or not mentions else None


def fallback_unit(frame: Hit | None, focus: Hit | None) -> Hit | None:
    """Where an unknown village of the article goes: the town the article is about when
    it lies in the article's province ("near the town of X" in a report on Beni), else
    the province itself."""
    if frame is None or focus is None or focus.level < 3:
        return frame
    return focus if (focus.cc, focus.admin1) == (frame.cc, frame.admin1) else frame


def main_place(context: ArticleContext, gaz: Gazetteer) -> Place | None:
    """The country the article places things in, at precision 3: never one that only
    qualifies a party ("US dollar", "Turkish drones", "Russia said")."""
    located = Counter({cc: w for cc, w in context.places.items() if w > 0})
    if not located:
        return None
    cc = located.most_common(1)[0][0]
    hit = gaz.country_places.get(cc)
    return gaz.to_place(hit, 3) if hit else None


def fill(event: Event, place: Place) -> None:
    event.country = place.country
    event.iso = place.iso
    event.region = place.region
    event.admin1 = place.admin1
    event.admin2 = place.admin2
    event.admin3 = place.admin3
    event.location = place.name
    event.latitude = place.latitude
    event.longitude = place.longitude
    event.geo_precision = place.geo_precision


def _trigger_char(cand: Candidate) -> int:
    trig = cand.trigger
    return trig.idx if hasattr(trig, "idx") else trig.start_char


def act_mentions(cand: Candidate, inside: list[Mention]) -> list[Mention]:
    """A statement's own places: those not inside what was said, asked or discussed."""
    trigger = head_token(cand.trigger)
    quotes = quoted_ranges(cand.sentence)
    kept = []
    for m in inside:
        tok = name_token(cand.sentence, m.start, m.end)
        if tok is None or not in_content(tok, trigger, quotes):
            kept.append(m)
    return kept


def _overlaps(m: Mention, span: Span) -> bool:
    return m.start < span.end_char and span.start_char < m.end


def listed_pool(
    cand: Candidate, inside: list[Mention], gaz: Gazetteer, frame: Hit | None
) -> list[Mention]:
    """One of several places the sentence lists for the event (one record per place): its
    own name when that resolves, else the nearest other place of the sentence that is no
    sibling's, one after it first ('A and B in X district and C in Y district': B in X)."""
    focus = cand.place_focus
    origins = [m for m in inside if m.origin]
    own = [m for m in inside if _overlaps(m, focus) and place_of(m, gaz, frame) is not None]
    if own:
        return own + origins
    others = [s for s in cand.listed_places if s is not focus]
    rest = [
        m
        for m in inside
        if not m.origin
        and not any(_overlaps(m, s) for s in others)
        and place_of(m, gaz, frame) is not None
    ]
    nearest = min(
        rest,
        key=lambda m: (m.start < focus.start_char, abs(m.start - focus.start_char)),
        default=None,
    )
    return ([nearest] if nearest is not None else []) + origins


def locate(
    cand: Candidate, ctx: Context, gaz: Gazetteer, actor_files: tuple[str, ...]
) -> Located | None:
    """Where one candidate event happened (and, via cand.data, where it was launched from)."""
    mentions, context = analyse(ctx, gaz, actor_files)
    frame = ctx.data.get("geo_frame")
    sent = cand.sentence
    text = doc_text(ctx.doc)
    # a wire dateline run into the lead ("GOMA (AP) - Rebels shelled ...") is parsed as a
    # sentence of its own (`nlp.line_breaks`) but still places the lead's event last
    line = text.rfind("\n", 0, sent.start_char) + 1
    inside = [
        m for m in mentions
        if (m.start >= sent.start_char or (m.dateline and m.start >= line)) and m.end <= sent.end_char
    ]
    theirs = others_places(cand, ctx.candidates, inside)  # another event's clause, its places
    inside = [m for m in inside if id(m) not in theirs]
    statement = is_statement(cand.event, head_token(cand.trigger))
    whole = inside
    if statement:
        inside = act_mentions(cand, inside)
    at = _trigger_char(cand)
    if cand.place_focus is not None:
        inside, at = listed_pool(cand, inside, gaz, frame), cand.place_focus.start_char
    # where a report was given is no place of the deed it reports (a statement's own place is)
    said = frozenset() if statement else frozenset(id(m) for m in inside if speaker_named(text, m))
    inside = without_victims_home(cand, inside)
    chosen, origin = choose_event_mention(
        inside, at, gaz, frame, _in_subject(cand, inside),
        _speakers_place(cand, inside) | refuge_places(text, inside, at), said,
    )
    if origin is not None and origin is not chosen:
        cand.data["geo_origin"] = place_of(origin, gaz, frame)
        cand.data["geo_origin_mention"] = origin
    focus = ctx.data.get("geo_focus")
    if chosen is not None:
        place = place_of(chosen, gaz, frame)
        # "the trucks, which were carrying supplies from X": where a participant came from,
        # a weak place (events.incident lets a record placed only so join the one it details)
        if place is not None and describes_participant(cand, chosen):
            cand.described_place = True  # somewhere on its way from there
            place = replace(place, geo_precision=max(2, place.geo_precision))
        country_only = chosen.resolved is not None and chosen.resolved.is_country
        # a country's border area is a stated place: the article's focus province guesses
        if focus is not None and country_only and focus.cc == chosen.resolved.cc and not chosen.frontier:
            return Located(gaz.to_place(focus, 3), None)
        if place is not None:
            place = named_town_near(place, chosen, mentions, gaz)
            if not statement:  # "... in X region. The attack took place near Y": Y
                chosen, place = finer_next(sent, mentions, chosen, place, lambda m: place_of(m, gaz, frame))
            return Located(at_sea(place, focus, context, gaz), chosen)
    if statement:
        seat = seat_place(actor_seat(cand), mentions, gaz)
        if seat is not None:
            return Located(_deed_place(cand, whole, seat, gaz, frame, focus) or seat, None)
    same = same_place_event(cand, ctx.candidates) if not inside else None
    if same is not None:  # 'returned to the same town': the town named before, as exact
        return Located(_place_from_event(same, same.geo_precision), None)
    parent = cand.parent
    if parent is not None and parent.event.latitude is not None:
        inherited = _place_from_event(parent.event)
        return Located(inherited, None)
    if focus is not None:  # (named in a next sentence about the site: "The town, X, ...")
        site = told_next(sent, mentions, focus)
        told = place_of(site, gaz, frame) if site is not None else None
        town = focus.level == 3 and told is None and not statement
        own = unknown_names(inside, said, text) if town else []
        if own:  # the sentence names a place no row holds: not another sentence's town
            unit = unit_place(frame_hit(context, gaz, mentions), gaz)
            honest = named_container(own, mentions, gaz) or unit
            told = honest
        return Located(told or gaz.to_place(focus, 3), None)
    qualifier = qualifier_mention(inside)
    if qualifier is not None and not statement:
        hit = qualifier.resolved
        return Located(gaz.to_place(hit, max(2, hit_precision(hit))), qualifier)
    fallback = main_place(context, gaz) or country_qualifier(mentions, gaz)
    return Located(fallback, None) if fallback else None


def _in_subject(cand: Candidate, inside: list[Mention]) -> frozenset[int]:
    """ids of the mentions inside the trigger's subject ("people from X", "a soldier of
    Y"): where the participants come from, the event's place only when nothing else is."""
    return _mentions_in(cand, inside, _subject_of(head_token(cand.trigger)))


#: Arcs from a verb of speech down to the clause it reports.
_REPORTED_DEPS = frozenset({"ccomp", "parataxis", "xcomp"})  # (xcomp: "said shelling killed")


def _speakers_place(cand: Candidate, inside: list[Mention]) -> frozenset[int]:
    """ids of the mentions inside the subject of the speech verb that reports the event
    ("the ministry in Baghdad said jets bombed X"): where the speaker is, never the
    event's place while the report names another."""
    text = doc_text(cand.sentence.doc)
    named = frozenset(id(m) for m in inside if speaker_named(text, m))
    tok = head_token(cand.trigger)
    for _ in range(3):
        if tok.dep_ not in _REPORTED_DEPS or tok.head is tok:
            return named
        tok = tok.head
        if tok.lemma_.lower() in SPEECH_LEMMAS:
            return named | _mentions_in(cand, inside, _subject_of(tok) | _said_where(tok))
    return named


#: "Speaking in Addis Ababa, the minister said ...": a clause that tells where one spoke.
_SPEAKING = pack_words("geo/words", "speaking_lemmas")


#: Arcs from a verb of speech to where it was said ("said in Kabul", "told reporters in X").
_SAID_WHERE_DEPS = frozenset({"prep", "dative", "dobj"})


def _said_where(verb) -> set[int]:
    """The words of the phrases that tell where the speaker spoke ("the Taliban said in
    Kabul that ...", "told reporters in Kabul"), not the clause it reports."""
    return {
        t.i
        for c in verb.children
        if c.dep_ in _SAID_WHERE_DEPS or (c.dep_ == "advcl" and c.lemma_.lower() in _SPEAKING)
        for t in c.subtree
    }


def _subject_of(verb) -> set[int]:
    return {t.i for c in verb.children if c.dep_ in NOMINAL_SUBJECTS for t in c.subtree}


def _mentions_in(cand: Candidate, inside: list[Mention], subject: set[int]) -> frozenset[int]:
    if not subject:
        return frozenset()
    out = set()
    for m in inside:
        tok = name_token(cand.sentence, m.start, m.end)
        if tok is not None and tok.i in subject:
            out.add(id(m))
    return frozenset(out)


def _deed_place(
    cand: Candidate, whole: list[Mention], seat: Place, gaz: Gazetteer, frame, focus
) -> Place | None:
    """A deed filed as a statement (prisoners released, fighters surrendered) whose place
    the parse hung inside a purpose clause: the sentence's place, else the article's, when
    it lies in the actor's own country, beats the country's centre. Never for speech."""
    if seat.geo_precision < 3 or head_token(cand.trigger).lemma_.lower() in SPEECH_LEMMAS:
        return None
    chosen, _ = choose_event_mention(whole, _trigger_char(cand), gaz, frame)
    place = place_of(chosen, gaz, frame) if chosen is not None else None
    if place is None and focus is not None:
        place = gaz.to_place(focus, 3)
    return place if place is not None and place.iso == seat.iso else None


def focus_place(mentions: list[Mention], context: ArticleContext) -> Hit | None:
    """The sub-national place the article is about: named most often as a location (the
    lead counts double; never the dateline nor a point's anchor), in the country where the article places things.
    Events whose sentence names no place, or only the country, happen there (precision 3:
    the sentence itself does not say so)."""
    top = context.places.most_common(1)[0][0] if +context.places else ""
    weights: dict[int, float] = {}
    first: dict[int, tuple[int, Hit]] = {}
    for m in mentions:
        hit = m.resolved
        if hit is None or m.modifier or m.origin or m.dateline or hit.level == 0:
            continue
        if hit.cc != top or m.offset is not None:  # "30 km north of X": not at X
            continue
        w = 2.0 if m.sentence == 0 else 1.0
        weights[hit.id] = weights.get(hit.id, 0.0) + w
        first.setdefault(hit.id, (m.start, hit))
    if not weights:
        return None
    best = max(weights, key=lambda i: (weights[i], -first[i][0]))
    return first[best][1]


def _place_from_event(event: Event, precision: int = 3) -> Place:
    """A parent's place, kept but never claimed as exact (precision 3), or a place pointed
    back at ('the same town') at its own precision."""
    return Place(
        name=event.location,
        latitude=event.latitude or 0.0,
        longitude=event.longitude or 0.0,
        country=event.country,
        iso=event.iso,
        region=event.region,
        admin1=event.admin1,
        admin2=event.admin2,
        admin3=event.admin3,
        geo_precision=precision,
    )


def location_evidence(m: Mention, ctx: Context) -> Evidence:
    """The name's span; for an unknown name placed by its container, or a street or
    building placed at the town its sentence names (`geo.local`), the span that holds both
    ("Tell Zahra in Raqqa", "in Kisumu, at Kondele Market")."""
    start, end = m.start, m.end
    c = m.within or (m.container if m.resolved is None else None)
    if c is not None and c.sentence == m.sentence and max(c.end, end) - min(c.start, start) <= 120:
        start, end = min(c.start, start), max(c.end, end)
    return ctx.evidence_at(start, end)


def apply(cand: Candidate, ctx: Context, gaz: Gazetteer, actor_files: tuple[str, ...]) -> None:
    located = locate(cand, ctx, gaz, actor_files)
    if located is None:
        return
    event = cand.event
    fill(event, reported_district(located.place, gaz))  # not a district guessed from afar
    if located.mention is not None:
        event.cite("location", location_evidence(located.mention, ctx))
        if located.mention.homed:  # a namesake read near the outlet's home (`geo.home_area`)
            event.add_tag(f"{located.mention.text} read near the outlet's home")
    origin: Place | None = cand.data.get("geo_origin")
    if origin is not None:
        event.origin = f"{origin.name}, {origin.country}" if origin.country else origin.name
        event.add_tag(f"launched from {origin.name}")
        om = cand.data.get("geo_origin_mention")
        if om is not None:
            event.cite("origin", ctx.evidence_at(om.start, om.end))


def _ruler_patterns(settings: Settings) -> list[dict]:
    """Place names (GPE/LOC/FAC) from the supplement, countries, admin1 and big cities."""
    from sitroom.geo import ruler_patterns

    return ruler_patterns()


@component(
    "geo",
    requires=(
        "candidates", "doc.ents", "event.actor1", "candidate.listed_places",
        "candidate.place_focus",
    ),
    assigns=(
        "event.country", "event.iso", "event.region", "event.admin1", "event.admin2",
        "event.admin3", "event.location", "event.latitude", "event.longitude",
        "event.geo_precision", "event.origin", "candidate.described_place",
    ),
    patterns=_ruler_patterns,
)
def make_geo(settings: Settings) -> Callable[[Context], None]:
    """Factory: opens the gazetteer once (Settings.gazetteer_path or the packaged one)."""
    gaz = open_gazetteer(settings.gazetteer_path)
    actor_files = tuple(settings.actor_files)  # the actor focus matches the user's actors too
    preload(gaz, actor_files)  # (read here, where ingest's workers are forked from: `geo.preload`)

    def geo(ctx: Context) -> None:
        for cand in ctx.candidates:
            apply(cand, ctx, gaz, actor_files)

    return geo
