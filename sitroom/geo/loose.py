"""Candidates found only by another spelling (variants, fuzzy matches) must agree with
where the text puts things; pure functions over gazetteer `Hit`s used by
`sitroom.geo.resolve`."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.fuzz import ratio

from sitroom.geo import forms, named
from sitroom.geo.containment import holds_inner, loosely_inside, outside
from sitroom.geo.context import ArticleContext, Mention
from sitroom.geo.forces import named_countries
from sitroom.geo.fronts import near_front, on_front
from sitroom.geo.gazetteer import Gazetteer, Hit, km
from sitroom.geo.normalize import name_key, roman_key, skeleton
from sitroom.geo.spelt_inside import spelt_inside
from sitroom.geo.thresholds import threshold
from sitroom.geodesy import latitude_reach

#: A variant spelling found outside the article's countries must name a town this large
#: (or a province).
VARIANT_MIN_POPULATION = int(threshold("variant_min_population"))
#: A place the text puts near another ("X, near Y", "X district, southwest of Y") lies
#: within this distance of it.
NEAR_KM = threshold("said_near_km")
#: Distance beyond which a place is "somewhere else" for an article about a country.
FAR_KM = threshold("far_km")
#: `latitude_reach` of the limits `_anchor_within` is asked with (a call per candidate before).
_REACHES = {limit: latitude_reach(limit) for limit in (NEAR_KM, FAR_KM, 300)}
#: A town this large is no small namesake: the frame never refuses all of a name's readings
#: when the largest is one (`known_city`; data/thresholds.yaml).
KNOWN_CITY = int(threshold("known_city"))
#: A place matched only by another of its names is read abroad only when it is this large
#: (a metropolis known by its exonym: `aliases_at_home`).
ALIAS_ABROAD_CITY = int(threshold("alias_abroad_city"))
#: A name spaCy did not call a place, with no frame to hold it, is its largest reading when
#: that is a town this large (`weak_town`)...
WEAK_TOWN = int(threshold("weak_town"))
#: ...or, when no reading bears the name as its own, this many times as large as the next.
WEAK_ALTERNATE_RATIO = threshold("weak_alternate_ratio")
#: ...or, when no other country has a reading that size, a country's readings of the name
#: whose largest is this large (`sole_sizeable`).
WEAK_SOLE_TOWN = int(threshold("weak_sole_town"))
#: A reading in the home actors' country gives way to one abroad this many times as populous.
HOME_FAR_RATIO = threshold("alternate_far_ratio")
#: ...and a reading in the outlet's country only (`sitroom.geo.outlets`) this much
OUTLET_FAR_RATIO = threshold("outlet_far_ratio")


def loose_fits(
    hit: Hit, holder: Hit | None, ctx: ArticleContext, province: bool, inner: Sequence[Hit] = ()
) -> bool:
    """A place found only by another spelling must agree with where the text puts things:
    inside the container its chain names, else in a country where the article places
    something or near a place already resolved; a container, around a name the text puts
    in it ("Tarinkot city, Urozgan") or, a province, in any country the text names.
    Only with no such signal at all does the caller's size rule decide ("Masnaa" in a
    note that names only the US dollar is no town in New York)."""
    if holder is not None:
        return loosely_inside(hit, holder)
    if holds_inner(hit, inner):
        return True
    if province and hit.fcode == "ADM1" and ctx.countries.get(hit.cc, 0) > 0:
        return True
    placed = {cc for cc, w in ctx.places.items() if w > 0}
    if hit.cc in placed or any(km(hit.lat, hit.lon, a.lat, a.lon) < NEAR_KM for a in ctx.anchors):
        return True
    if placed or ctx.anchors:
        return False
    # no frame: a country named only as a party's or a currency's owner is no evidence
    return hit.fcode == "ADM1" or hit.population >= VARIANT_MIN_POPULATION


def loose_candidates(
    mention: Mention, name: str, holder: Hit | None, gaz: Gazetteer, ctx: ArticleContext,
    inner: Sequence[Hit] = (),
) -> list[Hit]:
    """The readings of a name no row has as written (`sitroom.geo.resolve.candidates`;
    ``name``: without its kind word): another transliteration, another romanisation or a
    near spelling that agrees with the article (`loose_fits`), else a place the name is
    named after or a town its feature's name holds."""
    allowed = ctx.event_countries()  # not the speaker's country ("Russia's ministry said")
    bound = holder is not None
    if holder is not None:
        allowed = frozenset({holder.cc})  # "Basira in ... Deir ez-Zor"
    # a province spelled another way, when the text uses it as one ("X city, Urozgan")
    province = not bound and (mention.kind in ("container", "admin1") or not allowed)
    # another transliteration: inside the article's countries, or a sizeable place
    hits = forms.respelt(name, gaz, allowed, province)
    hits = [h for h in hits if loose_fits(h, holder, ctx, province, inner)]
    if not hits:  # another romanisation ("Mirgorod": Myrhorod)
        hits = romanised_fits(gaz.romanised(name), name, holder, ctx, province, inner)
    if not hits:
        hits = [h for h in gaz.fuzzy(mention.text, allowed) if loose_fits(h, holder, ctx, province, inner)]
    if not hits:  # "Ftireh in Idleb": Fatirah, a spelling of the container's own towns
        hits = spelt_inside(mention, name, holder, gaz)
    hits = hits or named.named_after(mention.text, gaz)  # "Harare City Council": Harare
    hits = hits or named.feature_town(mention.text, gaz, ctx)  # "Jackson Township": Jackson
    return named.no_sites_for_settlements(mention, hits)  # "Lawantu village": not Lawanti airport


def loose_elsewhere(hit: Hit, ctx: ArticleContext) -> bool:
    """A small place matched only by a variant spelling, in a country where the article
    places nothing and far from its places: "Starytsia" in a report on Kharkiv is not
    Staritsa in Tver, but "Kiryat Shmona" in a report on Tyre is the Galilee town."""
    return _Loose(ctx)(hit)


class _Loose:
    """`loose_elsewhere` for a whole pool: the frame's two readings are made once, and
    only when a candidate is a small alias (most pools hold none)."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self._read: tuple[bool, frozenset[str]] | None = None

    def __call__(self, hit: Hit) -> bool:
        if not _small_alias(hit):
            return False
        if self._read is None:
            self._read = (self.ctx.has_frame(), self.ctx.event_countries())
        framed, events = self._read
        if not framed or hit.cc in events:
            return False
        # one near a place the article already placed is no namesake abroad: "rockets
        # fired at X" across a border (as `loose_fits` takes a respelt name near one)
        return not _anchor_within(hit, self.ctx.anchors, NEAR_KM, self.ctx.countries)


def actors_refuse(pool: Sequence[Hit], ctx: ArticleContext) -> list[Hit]:
    """A small place known only under another name, in a country neither the article's
    places nor its actors point to, gives way when the same name reads as a place in the
    actors' country ("Iraqi forces killed militants in Nineveh": the province, not a
    hamlet abroad that also goes by that name). Without such a reading nothing is dropped:
    armies act abroad ("Turkish drones struck X"). Small namesakes far from the actors'
    line of contact give way to one on it first (`sitroom.geo.fronts`)."""
    pool = near_front(pool, ctx.actors.fronts)
    focus = ctx.actors.theatres | ctx.actors.home | ctx.actors.forces
    if not focus:
        return list(pool)
    ours = focus | ctx.event_countries()
    if not any(h.cc in focus for h in pool):
        return _outside_theatres(pool, ctx, ours)
    return [h for h in pool if h.cc in ours or not _small_alias(h)]


def aliases_at_home(
    pool: Sequence[Hit], ctx: ArticleContext, gaz: Gazetteer, name: str = ""
) -> list[Hit]:
    """A town matched only by one of its other names (an exonym, an old or foreign
    spelling: 'Boni' is a name of Bonn) is not read in another world region than every
    country the article is about, by its places, its actors or its local words (issue 12:
    loose matches stay where the article is; 'Gomel' beside Russia, 'Tyr' beside Palestine
    stay the towns of those names next door). Countries, provinces, capitals, a metropolis
    known abroad by its exonym and a reading near a place the article already placed stay;
    with nothing telling where the article is, nothing is dropped. The name may stay
    unplaced rather than jump to another continent. Only a short other name is dropped: one
    of more words, or the row's own name less its article ('Hague' of 'The Hague'), is
    what the place is called in English ('protesters outside the court in The Hague')."""
    for h in pool:  # (most pools: every reading by its own name or a unit, which stay)
        if not (h.primary or h.level <= 1):
            break
    else:
        return list(pool)
    actors = ctx.actors
    about = ctx.event_countries() | actors.theatres | actors.home | actors.forces | actors.outlet
    if ctx.wording is not None:
        about |= ctx.wording.homes
    regions = {gaz.countries[cc].region for cc in about if cc in gaz.countries}
    if not regions:
        return list(pool)
    return [
        h for h in pool
        if h.primary or _own_or_long(name, h) or h.cc in about or h.level <= 1 or h.curated or h.fcode == "PPLC"
        or h.population >= ALIAS_ABROAD_CITY or h.cc not in gaz.countries
        or gaz.countries[h.cc].region in regions or _anchor_within(h, ctx.anchors, NEAR_KM, ctx.countries)
    ]


def _own_or_long(name: str, hit: Hit) -> bool:
    """An alias of more than one word, or the row's name without its leading article."""
    key = name_key(name)
    if len(key.split()) > 1:
        return True
    words = name_key(hit.name).split()
    return len(words) > 1 and words[0] in named.ARTICLES and " ".join(words[1:]) == key


def _outside_theatres(pool: Sequence[Hit], ctx: ArticleContext, ours: frozenset[str]) -> list[Hit]:
    """No reading lies where the article's actors are: a group or mission that works only
    in its own theatre (no army striking abroad, no other country named) does not act in a
    village or district of a third country ("monitors saw shelling near X" is no Russian
    hamlet when the mission works in Donetsk and Luhansk); such readings give way, so the
    name stays unplaced rather than misplaced. Provinces, countries and known cities stay."""
    actors = ctx.actors
    if not actors.theatres or actors.forces or named_countries(ctx) - actors.theatres:
        return list(pool)
    return [h for h in pool if h.cc in ours or h.level <= 1 or h.population >= KNOWN_CITY]


def at_home(ranked: Sequence[Hit], ctx: ArticleContext) -> Sequence[Hit]:
    """ "Lebanese police arrested two men in Tripoli": actors who act at home (police,
    officials, residents; `sitroom.geo.theatres`) read a name in their own country when the
    best reading (``ranked``: best first) lies abroad, the name has a reading at home and the
    article names no other country, unless the reading abroad is the far bigger place
    ("US officials said ... in Tripoli" is not Tripoli, Iowa). Armies act abroad: "Israeli
    forces ... in Jerusalem" stays the reading the ranker chose. Filtering after the ranking
    leaves the other readings' features (how many countries share the name) as they were."""
    home = ctx.actors.home | ctx.actors.outlet
    if not home or len(ranked) < 2 or ranked[0].cc in home:
        return ranked
    ours = [h for h in ranked if h.cc in home]
    if not ours or named_countries(ctx) - home:
        return ranked  # (the article names another country: "police fired across the border with X")
    # the outlet's country alone is weaker evidence than the article's own police or residents
    ratio = HOME_FAR_RATIO if any(h.cc in ctx.actors.home for h in ours) else OUTLET_FAR_RATIO
    if max(h.population for h in ours) * ratio < ranked[0].population:
        return ranked
    return ours


def in_actor_units(
    name: str, hits: Sequence[Hit], holder: Hit | None, gaz: Gazetteer, ctx: ArticleContext
) -> list[Hit]:
    """ "Monitors saw shelling near X": every exact namesake lies outside the provinces the
    article's actors work in (`sitroom.geo.theatres`); the same name spelled another way
    inside them is a candidate beside those (the ranker weighs the actors' provinces), and so
    is one on the actors' line of contact when no exact namesake lies on it (`on_front`). A
    name whose exact namesakes include a country, a province or a known city of that name
    is that place, not a village's other spelling ("Paris" in a report that also names Boko
    Haram)."""
    units, fronts = ctx.actors.units, ctx.actors.fronts
    if not hits or holder is not None or not units:
        return []
    if any(h.primary and (h.level <= 1 or h.population >= KNOWN_CITY) for h in hits):
        return []  # (by its own name: "Novooleksandrivka" is an old name of Melitopol)
    if not any((h.cc, h.admin1) in units for h in hits):
        def wanted(h: Hit) -> bool:
            return (h.cc, h.admin1) in units
    elif not fronts or any(on_front(h, fronts) for h in hits):
        return []
    else:
        def wanted(h: Hit) -> bool:
            return on_front(h, fronts)
    found = (*gaz.variants(name), *gaz.romanised(name))
    return list(dict.fromkeys(h for h in found if wanted(h) and h not in hits))


def _small_alias(hit: Hit) -> bool:
    """A village or small town matched only by one of its alternate names."""
    return (
        not hit.primary
        and hit.level == 3
        and hit.population < 100_000
        and not hit.curated
    )


def is_far_elsewhere(hit: Hit, ctx: ArticleContext, gaz: Gazetteer) -> bool:
    """A small place on another continent from every country the article is about, or a
    village of a country the article never mentions (when it clearly is about others)."""
    return _frame(ctx, gaz).far(hit)


class _Frame:
    """What `is_far_elsewhere` and `loose_elsewhere` read of an article's frame, read once
    for a whole pool of candidates (the frame does not change while one name is judged)."""

    def __init__(self, ctx: ArticleContext, gaz: Gazetteer) -> None:
        self.ctx = ctx
        # (lists and loops, not generators: a frame judges every candidate of every name)
        self.framed = sum([w for w in ctx.countries.values() if w > 0]) >= 0.99
        self.total = ctx.total
        self.gaz = gaz
        #: the points of the countries the article is about (None: one has no point), read
        #: on first use (`_homes`: most frames judge no candidate that far down `far`)
        self._homes: list[Hit] | None | bool = False
        self.loose = _Loose(ctx)  # `loose_elsewhere`
        #: countries whose local words the article uses (`sitroom.geo.wording`)
        self.local = ctx.wording.homes if ctx.wording is not None else frozenset()

    @property
    def homes(self) -> list[Hit] | None:
        if self._homes is False:
            points = self.gaz.country_places
            homes = [points.get(cc) for cc, w in self.ctx.countries.items() if w > 0]
            self._homes = None if any([h is None for h in homes]) else homes
        return self._homes  # type: ignore[return-value]

    def far(self, hit: Hit) -> bool:
        ctx = self.ctx
        if hit.cc in self.local:
            return False  # a county paper's own towns, whatever country a first reading set
        if hit.postal and ctx.countries.get(hit.cc, 0) <= 0:
            # a post-office town of no known size is read only where the text is about its
            # country: "outside the Kremlin" is not Kremlin, Oklahoma
            return True
        if not self.framed or hit.is_country or hit.is_open:
            return False
        share = ctx.countries.get(hit.cc, 0) / self.total
        if share > 0.15 or hit.population >= 1_000_000 or hit.fcode == "PPLC":
            return False
        if share > 0 and hit.level == 1:
            return False  # a province of a country the article names, however far from its point ("Hawaii")
        if (
            share == 0
            and hit.level == 3
            and hit.population < 20_000
            and not hit.curated
            # (its own first reading, an anchor since the first pass, vouches for nothing)
            and not _anchor_within(hit, ctx.anchors, 300)
        ):
            return True
        if _anchor_within(hit, ctx.anchors, FAR_KM, ctx.countries):
            return False  # near the article's places, whatever its countries' points say
        homes = self.homes
        if homes is None:
            return False
        lat, lon = hit.lat, hit.lon
        for home in homes:  # noqa: SIM110 - a loop: no generator call per home
            if km(lat, lon, home.lat, home.lon) < FAR_KM:
                return False
        return True

    def elsewhere(self, hit: Hit) -> bool:
        return self.far(hit) or self.loose(hit)


#: The last frame made: (its article, gazetteer, local words, what it read of the article, the frame).
_LAST_FRAME: list[tuple] = [()]


def _frame(ctx: ArticleContext, gaz: Gazetteer) -> _Frame:
    """The article's `_Frame`, made again only when what it reads has moved since the last
    one: the countries (its share, its homes), the located names and their weight (what
    `_Loose` reads on first use), the local words. Each name is judged against the frame
    of the moment, most of them (every name of the second pass but those the frame has
    moved for, `elsewhere` after it) against one unchanged since the last."""
    state = (tuple(ctx.countries.items()), tuple(ctx.places.items()), ctx.names)
    last = _LAST_FRAME[0]
    if last and last[0] is ctx and last[1] is gaz and last[2] is ctx.wording and last[3] == state:
        return last[4]
    frame = _Frame(ctx, gaz)
    _LAST_FRAME[0] = (ctx, gaz, ctx.wording, state, frame)
    return frame


def _anchor_within(
    hit: Hit, anchors: Sequence[Hit], limit: float, countries: dict[str, float] | None = None
) -> bool:
    """An anchor other than ``hit`` itself lies within ``limit`` km of it (with
    ``countries``: only an anchor in a country the article counts)."""
    lat, lon, own = hit.lat, hit.lon, hit.id
    reach = _REACHES[limit] if limit in _REACHES else latitude_reach(limit)  # (no distance beyond)
    for a in anchors:
        gap = a.lat - lat
        if gap > reach or gap < -reach:
            continue
        if (
            a.id != own
            and (countries is None or countries.get(a.cc, 0) > 0)
            and km(lat, lon, a.lat, a.lon) < limit
        ):
            return True
    return False


def far_namesakes(
    hits: Sequence[Hit], ctx: ArticleContext, gaz: Gazetteer, holder: Hit | None, inner: Sequence[Hit] = ()
) -> list[bool]:
    """`far_namesake` of each of a name's candidates, the article's frame read once."""
    frame = _frame(ctx, gaz)
    far, loose = frame.far, frame.loose
    # (written out in one comprehension, not a call per candidate: pools run to hundreds;
    # with no name put inside this one, no unit holds one; a reading by its own name is no
    # loose one, `_small_alias`)
    return [
        not (holder is not None and not outside(h, holder))
        and not (inner and h.level in (1, 2) and holds_inner(h, inner))
        and (far(h) or (not h.primary and loose(h)))
        for h in hits
    ]


def far_namesake(
    hit: Hit, ctx: ArticleContext, gaz: Gazetteer, holder: Hit | None, inner: Sequence[Hit] = ()
) -> bool:
    """A reading that the article's frame refuses (`is_far_elsewhere`, `loose_elsewhere`),
    unless the text's own chain vouches for it: it lies in the container the text puts it
    in, or, an admin unit, it holds a reading of a name the text puts inside it ("X city
    (X, Punjab)" read in a note whose other name first set a frame far away)."""
    return far_namesakes([hit], ctx, gaz, holder, inner)[0]


def known_city(hits: Sequence[Hit], holder: Hit | None) -> list[Hit]:
    """When the frame refuses every reading: a city this large, the largest of its name,
    is still the place meant ("Glasgow" in a report on East Africa), unless the text puts
    it in a container it is not in. The canton or district named after the city is no
    rival ("Geneva": the city, though the canton counts more people). A city matched by
    another of its names counts only where no other town has that name ("Gomel", Homyel',
    beside Russia; not "Colonia", Cologne's Latin name, which villages bear too)."""
    towns = [h for h in hits if h.level == 3]
    if not towns:
        return []
    big = max(towns, key=lambda h: h.population)
    if (not big.primary and len(towns) > 1) or big.population < KNOWN_CITY:
        return []
    return [] if holder is not None and outside(big, holder) else [big]


def elsewhere(hit: Hit, ctx: ArticleContext, gaz: Gazetteer) -> bool:
    """A reading that the whole article's frame shows to be a far namesake ("Chora
    district" read as a Greek village in a report on Uruzgan)."""
    return _frame(ctx, gaz).elsewhere(hit)


def romanised_fits(
    pool: Sequence[Hit],
    name: str,
    holder: Hit | None,
    ctx: ArticleContext,
    province: bool,
    inner: Sequence[Hit] = (),
) -> list[Hit]:
    """The places a name spelt in another romanisation (`Gazetteer.romanised`) may be:
    inside the article's countries (or, a province, where the text uses it as one) and
    agreeing with where the text puts things (`loose_fits`); with no country to check
    against, only the one reading of an unambiguous name: every place under the fold lies
    in one country, the place's own name folds onto the query's ("Myrhorod" is Mirgorod,
    but "Jdeideh" names towns in several countries) or it is a known city with the same
    consonants (`_romanised_own`), and, a container, it holds a name the text puts inside it."""
    allowed = frozenset({holder.cc}) if holder is not None else ctx.event_countries()
    if allowed:
        return [
            h
            for h in pool
            if (h.cc in allowed or (province and h.fcode == "ADM1"))
            and loose_fits(h, holder, ctx, province, inner)
        ]
    if len({h.cc for h in pool}) != 1:
        return []
    roman = roman_key(name_key(name))
    return [
        h
        for h in pool
        if _romanised_own(roman, roman_key(name_key(h.name)), h.population)
        and (h.level == 3 or not inner or holds_inner(h, inner))
    ]


def _romanised_own(roman: str, own: str, population: int) -> bool:
    """The place's own name folds onto the query's, or, a known city, has its consonants
    once romanised: an old spelling changes vowels ("Krivoi Rog", Kryvyy Rih), a missing
    village matched through an alias adds a consonant ("Kuriga" is no Khouribga)."""
    return own == roman or (population >= KNOWN_CITY and skeleton(own) == skeleton(roman))


def plausible_weak(hit: Hit, ctx: ArticleContext, pool: Sequence[Hit]) -> bool:
    """A name spaCy did not call a place: trust it in the article's countries, near its places,
    or, with no frame yet, when it is a curated site or the only sizeable town of that name."""
    if ctx.share(hit.cc) > 0.1 or hit.curated:
        return True
    if any(km(hit.lat, hit.lon, a.lat, a.lon) < 300 for a in ctx.anchors):
        return True
    if any(w > 0 for w in ctx.places.values()):
        return False  # the article places things elsewhere (a party's country is no frame)
    if len({h.cc for h in pool}) == 1:
        return True  # one country has the name: "went on strike in X" with nothing else
    if not any(h.primary for h in pool):
        # only alternate names ("Marawi" of Marawi City): the far largest sizeable town
        sizes = sorted((h.population for h in pool), reverse=True)
        runner = sizes[1] if len(sizes) > 1 else 0
        return hit.population == sizes[0] >= max(WEAK_TOWN, WEAK_ALTERNATE_RATIO * runner)
    # a larger place whose own name is unlike this one (Guantánamo, also written "Gao") does
    # not hide Mali's Gao; one spelled alike (Odesa for "Odessa") still outranks Texas's, and
    # is read by that other spelling ("Zaporozhye": Zaporizhzhia, not a Kazakh hamlet)
    own = [name_key(h.name) for h in pool if h.primary]
    if not (hit.primary or _alike(hit.name, own)):
        return False
    biggest = max(h.population for h in pool if h.primary or _alike(h.name, own))
    return (hit.population == biggest and biggest >= WEAK_TOWN) or sole_sizeable(hit, pool)


def sole_sizeable(hit: Hit, pool: Sequence[Hit]) -> bool:
    """One country holds the name's only sizeable readings ("in Dori": Burkina Faso's
    provincial seat, not the hamlets of that name in five other countries): each of that
    country's readings of a known size is trusted when the largest is a sizeable town and
    none abroad comes near it."""
    if hit.population <= 0:
        return False
    home = max(h.population for h in pool if h.cc == hit.cc)
    abroad = max((h.population for h in pool if h.cc != hit.cc), default=0)
    return home >= WEAK_SOLE_TOWN and home >= WEAK_ALTERNATE_RATIO * abroad


def _alike(name: str, names: list[str]) -> bool:
    return any(ratio(name_key(name), n) >= 70 for n in names)
