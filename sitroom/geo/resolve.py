"""Toponym resolution in context: which of the same-named places a mention means.

Pure functions over `Mention`s (text + what the sentence says about it) and gazetteer
`Hit`s. Evidence used, strongest first: an explicit container ("in the Makhmour district",
"Syria's eastern Deir ez-Zor", "Aleppo, Syria"), the kind of place the text names ("air
base", "district", "governorate"), the countries the article is about, closeness to an
anchor ("southwest of Erbil") and to the article's other places, then size.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial

from rapidfuzz.fuzz import ratio

from sitroom.geo import forms, named
from sitroom.geo import ranker as ranking  # (read at each call: a retrain's patches hold)
from sitroom.geo.city_districts import city_of_unplaced_districts
from sitroom.geo.coherence import dateline_town, majority_sense, one_sense
from sitroom.geo.containment import (
    beyond_city,
    enclosing,
    holders,
    holding,
    holds_inner,
    in_named_district,
    in_town_area,
    loosely_inside,
    near_a_unit,
    outside,
    stands_alone,
)
from sitroom.geo.context import KIND_CODES, POPULATED, ArticleContext, Mention
from sitroom.geo.focal import given_up_namesakes, place_fallbacks
from sitroom.geo.forces import forces_at_home, vouched
from sitroom.geo.frame_counts import Namesakes
from sitroom.geo.frame_counts import count as _count
from sitroom.geo.frame_units import province_in_frame
from sitroom.geo.gazetteer import Gazetteer, Hit
from sitroom.geo.local import place_local_sites
from sitroom.geo.loose import (
    NEAR_KM,
    actors_refuse,
    aliases_at_home,
    at_home,
    elsewhere,
    far_namesakes,
    in_actor_units,
    known_city,
    loose_candidates,
    plausible_weak,
)
from sitroom.geo.normalize import NOT_A_NAME, name_key
from sitroom.geo.offsets import near_anchor, off_anchor
from sitroom.geo.peer_lists import split_peer_lists
from sitroom.geo.prior import score, scored  # noqa: F401  (`scored` re-exported: the ranker's prior)
from sitroom.geo.ranked import ranked_order
from sitroom.geo.reading_order import ambiguity as _ambiguity
from sitroom.geo.reading_order import inner_hits as _inner_hits
from sitroom.geo.reading_order import rank as _rank
from sitroom.geo.refused import refused_in_container
from sitroom.geo.rivers import river_abroad
from sitroom.geo.siblings import sibling_sense
from sitroom.geo.spatial import spatial_sense
from sitroom.geo.spelt_inside import spelt_inside
from sitroom.geo.support import Support
from sitroom.geo.thresholds import threshold
from sitroom.geo.unit_towns import filed_in_named_district, road_end_town, unit_of_village
from sitroom.geo.unit_towns import prefer_town as _prefer_town
from sitroom.geo.unit_words import called
from sitroom.geo.written import exact_readings

#: A province spelled another way ("Zabol province": Zabul) is this close (rapidfuzz ratio)
#: when a second-level unit bears the name as written.
PROVINCE_SPELLING_RATIO = threshold("province_spelling_ratio")


def candidates(
    mention: Mention, gaz: Gazetteer, ctx: ArticleContext, inner: Sequence[Hit] = ()
) -> list[Hit]:
    """Exact-key hits; if none, loose spelling matches that agree with the article's places
    (``inner``: candidates of the names the text puts inside this one)."""
    if name_key(mention.text) in NOT_A_NAME:  # "the North West region": a unit's name
        return named.direction_unit(mention, gaz, ctx.event_countries())
    if named.site_word(mention.text) or mention.org_site:
        return []
    holder, written = enclosing(mention), forms.as_written(mention.text, gaz, mention.dateline)
    # (of the local countries only those of the name's rows tell its readings apart)
    local = _local_countries(ctx).intersection([h.cc for h in written])
    kept = ctx.kept_candidates(mention, holder, local)  # the second pass: the first's readings
    if kept is not None:
        return kept
    name, hits = exact_readings(mention.text, written, local, gaz)  # "L.A.", "Ceylon", "North London"
    hits = named.with_kind_word(mention, hits, gaz)
    # "Russian", "Iraqis", "European": a demonym given as a place names its country (beside
    # any town of that name: "Canadian", Texas)
    hits.extend(h for h in gaz.demonym(mention.text) if h not in hits)
    hits = filed_in_named_district(hits, mention, holder)  # "Tessit, in the cercle of Ansongo"
    if hits and holder is not None and not any(loosely_inside(h, holder) for h in hits):
        # "Tellor in Northvale", all exact namesakes elsewhere: a spelling inside the container:
        # a row of the name as written that the own-name rule set aside ("Al-Fula, West
        # Kordofan": Al-Fulah there, beside the own name Al Fula of another state) or the
        # name in another romanisation ("Shada district": Shadaa) before a loose spelling
        hits += _inside(hits, holder, (*written, *gaz.romanised(mention.text))) or _inside(
            hits, holder, gaz.variants(mention.text)
        )
    hits += named.bare_at_home(mention.text, hits, gaz, ctx.event_countries())  # "Karak district"
    hits += in_actor_units(mention.text, hits, holder, gaz, ctx)
    if hits and holder is not None and not any(loosely_inside(h, holder) for h in hits):
        hits += [h for h in spelt_inside(mention, name, holder, gaz) if h not in hits]  # "Bara in Idleb"
    if hits and mention.kind == "admin1" and not any(h.level == 1 and not h.is_country for h in hits):
        # "Zabol Province": no exact namesake is one; the province spelled another way ("Zabul",
        # not Iran's Zabol) or named after its town ("Krasnodar region": Krasnodarskiy kray)
        # (beside a second-level unit of the name, "the Tapoa province" of Burkina Faso, only
        # a close spelling: not Taipei)
        unit = any(h.level == 2 and not h.is_country for h in hits)
        hits += [
            h
            for h in gaz.variants(name)
            if h.fcode == "ADM1" and h not in hits and (not unit or _close(name, h.name))
        ]
        # (of the rows as written too: the seat "Lahj" is an alternate name of Lahij town)
        towns = [*hits, *(h for h in written if h not in hits)]
        hits += [h for h in forms.stated_province(name_key(name), towns, gaz) if h not in hits]
    if hits:  # (kept for the second pass; the loose readings weigh the frame, which moves)
        return ctx.keep_candidates(mention, holder, local, hits)
    return loose_candidates(mention, name, holder, gaz, ctx, inner)


def _inside(hits: list[Hit], holder: Hit, rows: Sequence[Hit]) -> list[Hit]:
    """The rows, but for ``hits``, that lie inside the container ``holder``."""
    return [h for h in dict.fromkeys(rows) if h not in hits and loosely_inside(h, holder)]


def _close(name: str, other: str) -> bool:
    return ratio(name_key(name), name_key(other)) >= PROVINCE_SPELLING_RATIO


def choose(
    hits: Sequence[Hit],
    mention: Mention,
    ctx: ArticleContext,
    gaz: Gazetteer,
    anchor: Hit | None = None,
    inner: Sequence[Hit] = (),
) -> Hit | None:
    """The best-scoring hit, never a small namesake far from everything the article is
    about; ``inner``: candidates of the names the text puts inside this one."""
    chain = holders(mention)  # the text's containers that resolved, nearest first
    holder = chain[0] if chain else None
    bounds = _agreeing_above(chain)  # the units higher up that the nearest one lies in
    # (unless other names of the article agree with it: the frame came from a first reading)
    every, far = tuple(hits), far_namesakes(hits, ctx, gaz, holder, inner)
    if ctx.support is not None and any(far):
        pool = ctx.support.unrefused(hits, far, every, mention.text)
    else:
        pool = [h for h, f in zip(hits, far, strict=True) if not f]
    pool = pool or known_city(hits, holder)
    if mention.taken:  # "stormed X", X tagged a person: in the article's frame only
        pool = ctx.framed(pool, mention.struck)
    elif mention.weak:
        pool = [h for h in pool if plausible_weak(h, ctx, pool) or ctx.frames(h)]
    pool = aliases_at_home(actors_refuse(pool, ctx), ctx, gaz, mention.text)  # not 'Boni' as Bonn in a note on Kenya
    if not pool:
        return None
    # the home readings before the kind and the container narrow the pool: "the Seray in
    # Tripoli" from a Beirut paper keeps Lebanon's units, not the bigger namesake's (only
    # actors at home, an outlet's country or armies abroad move a pool of two or more)
    actors = ctx.actors
    if len(pool) > 1 and (actors.home or actors.outlet or actors.forces) and not vouched(pool, holder, inner):
        ranked = sorted(pool, key=lambda h: -h.population)
        home = forces_at_home(at_home(ranked, ctx), ctx)
        if home is not ranked:  # they kept only the home readings (by identity: `in` a
            kept = set(map(id, home))  # list compared every pair of hundreds field by field)
            pool = [h for h in pool if id(h) in kept]
    pool = holding(_gate(pool, mention, holder, inner, bounds), inner, mention.text, every)
    pool = called(pool, mention.kind_word, ctx.event_countries())  # "Plateau state": Nigeria's
    pool = in_named_district(pool, mention, holder, gaz.admin_unit)
    if anchor is not None and mention.anchor_of != "between":
        offset = mention.near.offset if mention.near is not None else None
        pool = near_anchor(pool, anchor, offset, NEAR_KM if anchor.level >= 2 else 2 * NEAR_KM)
    if not pool:
        return None
    ranked = province_in_frame(forces_at_home(at_home(_ranked(pool, mention, ctx, anchor), ctx), ctx), ctx)
    best = road_end_town(ranked[0], pool, mention, anchor)  # a road's end: no hamlet beside the other
    best = _prefer_town(best, pool if holder is not None else (*pool, *every), mention)
    best = unit_of_village(best, (*pool, *every), mention)  # "a Kaduna village": the state
    if river_abroad(best, ctx):
        return None  # "on the Euphrates" in a report on Syria: not at the mouth in Iraq
    container = holder
    if container is not None and (
        (outside(best, container) and not in_town_area(best, mention, container))
        or beyond_city(best, mention, container)
    ):
        # (a list's container is the text's word for the whole group; a city does not
        # stand alone against a province the chain names above its container)
        above = chain[1:]
        direct = mention.container.resolved
        lone = not mention.listed and not any(outside(best, h) for h in above)
        if near_a_unit(best, mention) or _seat_city_part(mention, container, gaz):
            direct = None  # "near X, Donetsk": a village there, not a district elsewhere
        if lone and stands_alone(best, hits, container, direct, mention.container.kind):
            return best
        return None  # an unknown name in a known province: the caller falls back to the province
    if _leaves_chain(best, holder, bounds):
        # "the X area of Y district, Z": the X near Y's town but in another province is a
        # namesake; the caller falls back to Y
        return None
    return best


def _seat_city_part(mention: Mention, container: Hit, gaz: Gazetteer) -> bool:
    """'the Prymorskyi district of Odesa', "Kharkiv's Kyivskyi district": a district the text
    puts, not by a bare comma ('Gediz, Istanbul'), in a province read from the name of its
    seat city is a district of the city (the gazetteer lacks most), not a namesake unit of
    another province: the province is no mistake, the unknown name falls back to it."""
    outer = mention.container
    if mention.comma or mention.kind != "district" or outer is None or container.level != 1:
        return False
    seat = gaz.seat(container)
    return seat is not None and name_key(seat.name) == name_key(outer.text)


def _local_countries(ctx: ArticleContext) -> frozenset[str]:
    """Countries where a name in local use may be read: where the article places things,
    and the home of its police, officials and residents ('Yemeni officials'); not the
    countries of its armies, which strike abroad ('Russian missiles hit Dubno')."""
    return ctx.event_countries() | ctx.actors.home


def _gate(
    pool: list[Hit],
    mention: Mention,
    container: Hit | None,
    inner: Sequence[Hit] = (),
    above: Sequence[Hit] = (),
) -> list[Hit]:
    """What the text states outright narrows the candidates before any ranking: the kind
    it names ("Homs governorate", "Nuseirat camp") and the container it puts the place in
    (``container``: the nearest resolved one, `enclosing`)."""
    if container is not None and container.level < 3:
        # "Barinas, Barinas state": a place is not its own container (the town, not the state)
        pool = [h for h in pool if h.id != container.id] or pool
    if container is not None:
        # the container first: a row of the stated kind outside it is a namesake ("Rafah
        # (North Sinai)": the town there, not the district of the same name elsewhere)
        # (and the units the chain names above it: "X area of Y district, Z" is in Z)
        inside = [h for h in pool if not outside(h, container)]
        pool = [h for h in inside if not _leaves_chain(h, container, above)] or inside or pool
    codes = KIND_CODES.get(mention.kind)
    if codes:  # (a unit holding a name put inside it fits: "Diapaga, in the Tapoa province")
        fitting = [h for h in pool if h.fcode in codes or holds_inner(h, inner)]
        pool = fitting or pool
    elif mention.kind in POPULATED:  # "Cusco city": the town, not the region
        pool = [h for h in pool if h.level == 3] or _unit_around(pool, container)
    if container is not None and container.level == 2:
        # "Mora village (Surat, Gujarat)": the Mora filed under Surat district, not a
        # bigger namesake that is merely near it
        pool = [h for h in pool if h.admin2 == container.name and not outside(h, container)] or pool
    return pool


# A reading fits the whole chain of containers the text names, not only the nearest one:
# "the X area of Y district, Z" puts X in Y and in Z, so a namesake of X near Y's town but
# across Z's border is not the place meant (`choose` returns None: the caller falls back to Y).
def _agreeing_above(chain: Sequence[Hit]) -> list[Hit]:
    """The wider units above the nearest container (``chain``: the text's resolved
    containers, nearest first) that the nearest one lies in: a reading must lie in them
    too (a unit no wider than the nearest is a chain misread: "a lake in Oregon, in Idaho's
    Y forest" does not put Oregon in the forest). One that the nearest container
    leaves ("Buni Yadi (Gujba LGA, Borno)" with Gujba in Yobe) is a province the text got
    wrong, so it binds nothing."""
    if len(chain) < 2:
        return []
    nearest = chain[0]
    return [
        h for h in chain[1:] if not h.is_country and h.level < nearest.level and not outside(nearest, h)
    ]


def _leaves_chain(hit: Hit, holder: Hit | None, above: Sequence[Hit]) -> bool:
    """A reading that fits inside the nearest container (a smaller unit or a town) but
    lies outside a unit `_agreeing_above` keeps. A unit no smaller than the nearest
    container is left alone: the chain was misread (`_agreeing_above`)."""
    if holder is None or not (hit.level > holder.level or hit.level == 3):
        return False
    # a reading filed with a container that lies across a named province's border (by its
    # edge) follows the container ("Buni Yadi (Gujba LGA, Borno)", both filed under Yobe)
    return any(outside(hit, h) for h in above if not (hit.admin1 == holder.admin1 != h.admin1))


def _unit_around(pool: list[Hit], container: Hit | None) -> list[Hit]:
    """The readings of a name the text calls a village or town when none is a town: a
    unit of the name stands only if it holds the container the text puts the village in
    ("Kandal village, ..., Ou Chrov district" is no province Kandal across the country;
    none left: the gazetteer lacks the village and the caller falls back to Ou Chrov)."""
    if container is None:
        return pool
    return [h for h in pool if h.id == container.id or not outside(container, h)]


def _ranked(
    pool: Sequence[Hit], mention: Mention, ctx: ArticleContext, anchor: Hit | None
) -> list[Hit]:
    """Candidates best first: by the trained ranker, or by the hand score before one exists."""
    if len(pool) == 1 and ctx.recorder is None:
        return list(pool)  # nothing to rank (most names): no feature rows to build
    # recording for training: hand scores set the context, whatever ranker was shipped before
    ranker = ranking.default_ranker() if ctx.recorder is None else None
    if ranker is None and ctx.recorder is None:
        return sorted(pool, key=lambda h: score(h, mention, ctx, anchor), reverse=True)
    hits = tuple(pool)
    if ranker is not None and ctx.recorder is None:
        return [hits[i] for i in ranked_order(hits, mention, ctx, anchor, ranker)]
    near = ranking.nearest_km(hits, ctx.anchors)
    rows = ranking.feature_rows(hits, mention, ctx, anchor, near)
    if ctx.recorder is not None:
        ctx.recorder[id(mention)] = (mention, hits, rows)
    if ranker is None:
        return sorted(pool, key=lambda h: score(h, mention, ctx, anchor), reverse=True)
    order = ranker.scores(rows).argsort()[::-1]
    return [hits[i] for i in order.tolist()]  # (Python ints: no numpy scalar per index)


def build_context(
    mentions: Iterable[Mention], gaz: Gazetteer, focus: frozenset[int] | None = None
) -> ArticleContext:
    """First pass: countries and admin1 names that resolve without doubt set the article's frame."""
    ctx = ArticleContext()
    for m in mentions:
        hits = gaz.lookup(m.text)
        country = next((h for h in hits if h.is_country and h.primary), None)
        if country is not None and any(h.level == 1 and h.cc != country.cc for h in hits):
            country = None  # "Georgia": the country or the US state, decided later in context
        if country is None and len({h.cc for h in hits}) == 1:
            country = next((h for h in hits if h.is_country or h.fcode == "ADM1"), None)
        if country is not None and not m.across:  # not "near the border with Egypt"
            ctx.add(country, 0.5 if m.modifier else 1.0)
            ctx.add_place(country, _place_weight(m, focus), m.origin)
    return ctx


def resolve_all(
    mentions: list[Mention],
    gaz: Gazetteer,
    ctx: ArticleContext | None = None,
    focus: frozenset[int] | None = None,
    breaks: frozenset[int] = frozenset(),
) -> ArticleContext:
    """Resolve every mention in place (containers and anchors first); returns the context.

    ``focus``: indices of the sentences that report events; their located names count
    double in the article's frame (``places``), datelines and background half.
    """
    split_peer_lists(mentions, gaz.lookup)  # "Tarnvale, Oskbury": two places, not one in the other
    ctx = ctx or build_context(mentions, gaz, focus)
    ctx.support = ctx.support or Support([m.text for m in mentions], gaz)
    # (a site tagged as an organisation says nothing of where the article is: `geo.local`)
    ctx.names = sum(_place_weight(m, focus) for m in mentions if not m.org_site)
    # containers first, then the least ambiguous names, so that they set the frame
    order = sorted(mentions, key=lambda m: (m.weak, _rank(m), _ambiguity(m, gaz), m.start))
    pending = [m for m in order if m.resolved is None]
    inners = _inner_hits(mentions, gaz)
    weights = {id(m): (_weight(m), _place_weight(m, focus)) for m in mentions}  # (read once: `_count`)
    early: set[int] = set()  # names read before their container resolved
    for m in pending:
        if m.container is not None and enclosing(m) is None:
            early.add(id(m))
        m.resolved = _resolve_one(m, gaz, ctx, inners.get(id(m), ()))
        if m.resolved is not None:
            ctx.add(m.resolved, _weight(m))
            ctx.add_place(m.resolved, _place_weight(m, focus), m.origin)
    _count_places(ctx, mentions, focus)
    _second_pass(pending, gaz, ctx, inners, weights, early)
    # one name, one place (`geo.coherence`); names that lie together (`geo.spatial`); names
    # in one container, in one country (`geo.siblings`); a dateline is a town
    rules = (one_sense, majority_sense, *(partial(r, lookup=gaz.lookup) for r in (spatial_sense, sibling_sense)))
    for rule in (*rules, partial(dateline_town, lookup=gaz.lookup)):
        for m, hit in rule(pending):
            _count(ctx, m, weights, -1.0)
            m.resolved = hit
            _count(ctx, m, weights, 1.0)
    counted = {id(m) for m in pending}
    for m in refused_in_container(mentions):
        if id(m) in counted:
            _count(ctx, m, weights, -1.0)  # the frame forgets the reading it had counted
        m.resolved = None
    for m, hit in city_of_unplaced_districts(mentions, gaz.lookup):  # "Hollin's Marsk district"
        _count(ctx, m, weights, -1.0)
        m.resolved = hit
        _count(ctx, m, weights, 1.0)
    for m, fallback in given_up_namesakes(mentions, ctx):  # a far namesake: the article's place
        if id(m) in counted:
            _count(ctx, m, weights, -1.0)
        m.resolved, m.fallback = None, fallback
    _count_places(ctx, mentions, focus)
    place_local_sites(mentions, ctx, gaz, breaks)  # "Haifa Street", "the X Church": its town
    place_fallbacks(mentions, ctx)  # an unplaced name: its container's or the article's place
    return ctx


def _by_name(mentions: Iterable[Mention]) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = {}
    for m in mentions:
        out.setdefault(name_key(m.text), []).append(m)
    return out


def _second_pass(
    pending: list[Mention], gaz: Gazetteer, ctx: ArticleContext, inners: dict[int, list[Hit]],
    weights: dict[int, tuple[float, float]], early: set[int],
) -> None:
    """Every name again, in the frame the rest of the article sets: a name is no evidence
    for itself, nor is the same name written again (its resolved mentions' weights are
    out of the frame while it is read: one at a time for a name written once, summed for
    a repeated one, `frame_counts.Namesakes`: the same frame)."""
    groups = _by_name(pending)
    repeated = Namesakes(ctx, groups, weights)
    for m in pending:
        if m.weak:
            continue
        own, name = m.resolved, name_key(m.text)
        alone = len(groups[name]) == 1  # (m itself)
        if alone:
            _count(ctx, m, weights, -1.0)
        else:
            repeated.take_out(name)
        # (what the frame says of the first reading: `choose` moves no frame, so it reads
        # the same before the name is read again as after)
        kept = own is not None and not elsewhere(own, ctx, gaz) and not off_anchor(own, m, NEAR_KM)
        if kept and id(m) in early and _outside_unit(own, m):
            kept = False  # read before its container ("Bayt Harun, a village in Lahj governorate")
        m.resolved = _read_again(m, gaz, ctx, inners.get(id(m), ()), own if kept else None)
        if m.resolved is None and kept:
            m.resolved = own  # the frame now refuses no candidate: keep the first reading
        if alone:
            _count(ctx, m, weights, 1.0)
        else:
            repeated.put_back(name, m.resolved is not own)


def _outside_unit(hit: Hit, m: Mention) -> bool:
    """The text's nearest resolved container is a province or district that ``hit`` lies
    outside of: the first reading, made before the container resolved, was a namesake."""
    holder = enclosing(m)
    return holder is not None and holder.level < 3 and not holder.is_country and outside(hit, holder)


def _place_weight(m: Mention, focus: frozenset[int] | None) -> float:
    """How much a name says where the article's events are: none for a party's owner."""
    if m.modifier:
        return 0.0
    if m.dateline:
        return 0.25
    return 1.0 if focus is None or m.sentence in focus else 0.5


def _count_places(
    ctx: ArticleContext, mentions: Iterable[Mention], focus: frozenset[int] | None
) -> None:
    """The located-names frame from the final resolutions."""
    ctx.places.clear()
    ctx.place_admin1s.clear()
    ctx.launch_places.clear()
    for m in mentions:
        if m.resolved is not None:
            ctx.add_place(m.resolved, _place_weight(m, focus), m.origin)


def _weight(m: Mention) -> float:
    """A country across a border the text names ("near the border with Egypt") is where
    the event is not: it adds nothing to the article's countries."""
    if m.across:
        return 0.0
    return 0.25 if m.modifier else 0.5


def _resolve_one(
    m: Mention, gaz: Gazetteer, ctx: ArticleContext, inner: Sequence[Hit] = ()
) -> Hit | None:
    return _read_again(m, gaz, ctx, inner, None)


def _read_again(
    m: Mention, gaz: Gazetteer, ctx: ArticleContext, inner: Sequence[Hit], kept: Hit | None
) -> Hit | None:
    """The name's candidates, chosen from; ``kept``: the first reading, when the frame keeps
    it whatever `choose` says (the second pass). A name whose one candidate is that reading
    is not chosen again (two in five of the second pass's names): `choose` returns one of
    the candidates it is given or None, and for None the caller keeps the first reading, so
    either way the name stays that very place. Not while recording rows for training
    (`choose` records them)."""
    hits = candidates(m, gaz, ctx, inner)
    if kept is not None and len(hits) == 1 and hits[0] is kept and ctx.recorder is None:
        return kept
    anchor = None
    if m.near is not None:
        anchor = m.near.resolved or enclosing(m.near)
    return choose(hits, m, ctx, gaz, anchor, inner)
