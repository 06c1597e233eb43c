"""The trained candidate ranker: which of a name's gazetteer rows the text means.

Each candidate becomes a vector of features — how well the name matched, what kind of
place and how big it is, whether it sits in the containers the text names, how close it
lies to the article's other places and to its anchor, whether the text's kind words
("village", "air base", "province") fit, how much the article is about its country, and
whether the article's other words name its state or use its country's local words
(`sitroom.geo.wording`).
The curated prior score is one more feature. A logistic model (trained by `sitroom.eval.geo_ranker` with scikit-learn on dev splits only)
turns the vector into a score; at run time only numpy and the JSON weights in
``data/ranker.json`` are needed.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from sitroom.errors import ConfigError
from sitroom.geo.containment import outside
from sitroom.geo.context import KIND_CODES, POPULATED
from sitroom.geo.gazetteer import SITE_CODES, Hit, km
from sitroom.geo.normalize import name_key
from sitroom.geo.prior import anchor_score, container_score, context_score, kind_score, size_prior
from sitroom.geo.thresholds import threshold
from sitroom.geo.unit_size import unit_box_km2
from sitroom.geodesy import Points, haversine_to_points_km, nearest_other_km, points_with_owners

if TYPE_CHECKING:

    from sitroom.geo.context import ArticleContext, Mention

WEIGHTS = Path(__file__).with_name("data") / "ranker.json"
#: How stiffly a retrain (`sitroom.eval.geo_ranker`) holds each feature the shipped
#: weights already have at its weight there; new features fit freely.
ANCHOR_STIFFNESS = threshold("ranker_anchor")
#: The inverse L2 penalty (scikit-learn's C) of a fresh fit, chosen leave-one-corpus-out.
RANKER_C = threshold("ranker_c")
#: A town or city this large (people) is "a big city" whose tiny namesake elsewhere needs
#: more than its state named somewhere in the article (`_small_state_only`) ...
BIG_CITY = threshold("big_city_people")
#: ... a namesake with fewer than this share of its people.
SMALL_SHARE = threshold("small_namesake_share")
#: A first-level unit this large (km² of outline boxes) outweighs a town of its name
#: outside it that has fewer people than `UNIT_NAMESAKE_TOWN` (`_big_units`).
UNIT_NAMESAKE_KM2 = threshold("unit_namesake_km2")
UNIT_NAMESAKE_TOWN = threshold("unit_namesake_town")

FEATURES = (
    "log_population",
    "country",
    "admin1",
    "admin2",
    "populated",
    "capital",
    "site",
    "supplement",
    "primary_name",
    "kind_fits",
    "kind_clashes",
    "container_named_unit",
    "container_same_country",
    "container_other_country",
    "container_outside",
    "container_log_km",
    "country_share",
    "country_absent",
    "admin1_in_article",
    "nearest_place_log_km",
    "no_other_places",
    "anchor_log_km",
    "largest_namesake",
    "namesake_countries",
    "prior",
    "support_near",
    "support_nested",
    "support_country",
    "peers",
    "theatre_country",
    "theatre_admin1",
    "home_country",
    "forces_country",
    "admin1_in_text",
    "home_words_country",
    "unit_namesake_town",
    "capital_in_frame",
    "support_region",
    "small_state_only",
    "municipal_body",
)


def nearest_km(hits: tuple[Hit, ...], anchors: list[Hit]) -> list[float | None]:
    """For each candidate, km to the closest of the article's other places (a pool asked
    again against the same anchors, as a name the article repeats is, is read from the
    anchors' memo). A few pairs are measured in Python (`geodesy.haversine_from_km`: a numpy
    call costs more than their arithmetic; most pools against most articles' anchors),
    more in one numpy pass; either way the very same floats."""
    if not anchors:
        return [None] * len(hits)
    ready = _anchor_points(anchors)
    key = tuple([(h.id, h.lat, h.lon) for h in hits])
    found = ready.known.get(key)
    if found is None:
        if len(hits) * len(anchors) <= PAIRS_IN_PYTHON:
            # (km to the closest anchor other than the place itself, None for none; a call
            # per place fewer than through a helper)
            pairs, inf = ready.pairs, math.inf
            found = [None if (d := nearest_other_km(h.lat, h.lon, h.id, pairs)) == inf else d for h in hits]
        else:
            d = haversine_to_points_km([h.lat for h in hits], [h.lon for h in hits], ready.points())
            ids = np.fromiter([h.id for h in hits], dtype=np.int64, count=len(hits))
            d[ids[:, None] == ready.ids()[None, :]] = np.inf
            found = [v if math.isfinite(v) else None for v in np.minimum.reduce(d, axis=1).tolist()]
        ready.known[key] = found
    return list(found)


#: Pools against anchors of at most this many pairs are measured in Python (`nearest_km`).
PAIRS_IN_PYTHON = 120


class _Anchors:
    """An article's anchors as `nearest_km` reads them, and what it measured against them."""

    def __init__(self, anchors: list[Hit]) -> None:
        self.anchors, self.size = anchors, len(anchors)
        self.pairs = points_with_owners([a.lat for a in anchors], [a.lon for a in anchors], [a.id for a in anchors])
        self.known: dict[tuple, list[float | None]] = {}  # distances of each pool measured

    def grown(self) -> _Anchors:
        """The same list with the anchors added since (it only grows): the new ones made
        ready, the memo emptied."""
        new = _Anchors(self.anchors[self.size :])
        new.pairs[:0] = self.pairs
        new.anchors, new.size = self.anchors, len(self.anchors)
        return new

    def points(self) -> Points:
        return Points([a.lat for a in self.anchors], [a.lon for a in self.anchors])

    def ids(self) -> np.ndarray:
        return np.fromiter([a.id for a in self.anchors], dtype=np.int64, count=len(self.anchors))


#: The last anchor list measured against.
_ANCHORS: list[_Anchors | None] = [None]


def _anchor_points(anchors: list[Hit]) -> _Anchors:
    """The article's anchors made ready for `nearest_km` once while the list stays as it is
    (it only grows: every name of the article asks again with the same list)."""
    last = _ANCHORS[0]
    if last is not None and last.anchors is anchors:
        if last.size == len(anchors):
            return last
        if last.size < len(anchors):
            _ANCHORS[0] = last = last.grown()
            return last
    _ANCHORS[0] = last = _Anchors(anchors)
    return last


def _log_km(d: float) -> float:
    return math.log1p(min(d, 20_000.0))


def _kind_features(hit: Hit, kind: str) -> tuple[float, float]:
    """(fits, clashes) between the kind word the text uses and the candidate's class."""
    if not kind or kind == "container":
        return 0.0, 0.0
    codes = KIND_CODES.get(kind)
    if codes is not None:
        return (1.0, 0.0) if hit.fcode in codes else (0.0, 1.0)
    if kind in POPULATED:
        populated = hit.level == 3 and hit.fcode not in SITE_CODES
        return (1.0, 0.0) if populated else (0.0, 1.0)
    return 0.0, 0.0


def _container_features(hit: Hit, container: Hit | None) -> tuple[float, ...]:
    if container is None or container.level >= hit.level:
        return 0.0, 0.0, 0.0, 0.0, 0.0
    if container.cc != hit.cc:
        return 0.0, 0.0, 1.0, 1.0, 0.0
    named = container.name in (hit.admin1, hit.admin2, hit.name)
    out = outside(hit, container) if not container.is_country else False
    d = 0.0 if container.is_country else _log_km(km(hit.lat, hit.lon, container.lat, container.lon))
    return float(named), 1.0, 0.0, float(out), d


def feature_rows(
    pool: tuple[Hit, ...],
    mention: Mention,
    ctx: ArticleContext,
    anchor: Hit | None,
    near: list[float | None],
) -> list[list[float]]:
    """The feature vectors of a name's candidates ``pool``, each in the order of `FEATURES`
    (``near``: km from each to the article's closest other place, `nearest_km`); what the
    pool and the article share is worked out once, not once per candidate (pools run to
    hundreds of namesakes). The rows are built in one loop, what the pool and the article
    share read into locals first, each place's own features (`_own`) read from their cache
    and the distance's log written out (`_log_km`): a function call per group of features
    and per row was a sixth of the rows' time. The curated prior
    (`resolve.scored`) is summed here from its parts, in its order (the very same float):
    its size-and-name part is kept with the place's own features, and a part that adds
    nothing (no kind word, no container) is not called for; the support counts are read for
    the whole pool at once (`Support.counts`)."""
    shared = _shared(pool, mention, ctx)
    kind, text, container = mention.kind, mention.text, shared.container
    countries, admin1s, total, biggest = ctx.countries, ctx.admin1s, shared.total, shared.biggest
    counted, support, focus = bool(countries), ctx.support, ctx.actors
    theatres, units, home, forces = focus.theatres, focus.units, focus.home, focus.forces
    kinds = None if kind and kind != "container" else (0.0, 0.0)  # (no kind word: nothing fits)
    log1p, namesakes, owns = math.log1p, shared.namesakes, _OWN
    agreement = support.counts(pool, text) if support is not None else [_NO_SUPPORT] * len(pool)
    rows = []
    for hit, nearest, agree in zip(pool, near, agreement, strict=True):
        cc, admin1 = hit.cc, hit.admin1
        found = owns.get(hit.id)
        own, prior = (found[1], found[2]) if found is not None and found[0] is hit else _own(hit)
        share = countries.get(cc, 0) / total if total else 0.0
        far = km(hit.lat, hit.lon, anchor.lat, anchor.lon) if anchor is not None and anchor.id != hit.id else None
        in_admin1 = bool(admin1 and admin1s.get((cc, admin1)))
        # the curated prior (`resolve.scored`) as one feature: the model learns how far to trust it
        if kind:
            prior += kind_score(hit, kind)
        if container is not None:
            prior += container_score(hit, container)
        if counted:
            prior += context_score(hit, ctx, nearest, share, in_admin1)
        if far is not None:
            prior += anchor_score(far)
        rows.append([
            *own,
            *(kinds or _kind_features(hit, kind)),
            *(_container_features(hit, container) if container is not None else _NO_CONTAINER),
            share,
            float(counted and share == 0),
            float(in_admin1),
            log1p(nearest if nearest < 20_000.0 else 20_000.0) if nearest is not None else 0.0,  # (`_log_km`)
            float(nearest is None),
            _log_km(far) if far is not None else 0.0,
            float(hit.population == biggest and biggest > 0),
            namesakes,
            prior,
            # (near, nested, same country, peers): how many of the article's other names agree with it
            log1p(agree[0]),
            log1p(agree[1]),
            log1p(agree[2]),
            log1p(agree[3]),
            # where the article's actors operate (`sitroom.geo.theatres`): a named group's
            # countries and provinces, the home of its police or officials, its armies' country
            float(cc in theatres),
            float(hit.level >= 1 and (cc, admin1) in units),
            float(cc in home),
            float(cc in forces),
            *_wording_features(hit, ctx, shared),
            _unit_namesake_town(hit, shared) if shared.big_units else 0.0,
            # a national capital, by its own name, of a country the article already places
            # things in: "Paris" in a Kentucky paper's report from France is the capital
            float(hit.fcode == "PPLC" and hit.primary and countries.get(cc, 0) > 0),
            # other names with a reading in its province: a local paper's towns share its state
            log1p(agree[4]),
            _small_state_only(hit, shared, agree) if shared.big_town else 0.0,
            # a country or a state whose name the article writes before a town's own body
            # ("the Salem Police Department"): the name is a municipality's
            float(hit.level <= 1 and shared.body),
        ])
    return rows


#: The support counts of an article without a `Support` (none agrees).
_NO_SUPPORT = (0, 0, 0, 0, 0.0)
_NO_CONTAINER = (0.0, 0.0, 0.0, 0.0, 0.0)
#: `_own` by place id: (the Hit, its features, its prior's own part); a lookup hands out the
#: same Hits again and again.
_OWN: dict[int, tuple[Hit, tuple[float, ...], float]] = {}
_OWN_MAX = 100_000  # (then forgotten at once: a cache as large as the gazetteer's lookups)


def _own(hit: Hit) -> tuple[tuple[float, ...], float]:
    """The features that read only the place: its size, its kind, where its row comes from,
    whether the name is its own; and the part of the curated prior that reads only the
    place (`resolve.scored`: its size and kind, and whether the name is its own). A place
    asked again is read from `_OWN`."""
    found = _OWN.get(hit.id)
    if found is not None and found[0] is hit:
        return found[1], found[2]
    level, fcode, country = hit.level, hit.fcode, hit.is_country
    own = (
        math.log10(hit.population + 10),
        float(country),
        float(fcode == "ADM1" or (level == 1 and not country)),
        float(level == 2),
        float(level == 3 and fcode not in SITE_CODES),
        float(fcode == "PPLC"),
        float(fcode in SITE_CODES),
        float(hit.curated),
        float(hit.primary),
    )
    prior = size_prior(hit) + (2.0 if hit.primary else 0.0)
    if len(_OWN) >= _OWN_MAX:
        _OWN.clear()
    _OWN[hit.id] = (hit, own, prior)
    return own, prior


@dataclass(frozen=True)
class _Shared:
    """What every candidate's row of one pool reads alike."""

    container: Hit | None  # the container the text names, resolved
    total: float  # the article's country weight (`ArticleContext.total`); 0 without countries
    biggest: int  # the pool's largest population
    namesakes: float  # log of the number of countries sharing the name
    own: str  # the mention's name key
    countries: bool  # the name is a country's: local words do not make it a hometown
    units: bool  # the name is a country's or a province's: no town of it is read by its state
    big_units: frozenset[tuple[str, str]]  # (cc, admin1) of the large units of the name
    big_town: int  # the pool's largest town's people when it is a big city (`BIG_CITY`), else 0
    body: bool  # the article writes a town's body after the name (`Wording.bodies`)


def _shared(pool: tuple[Hit, ...], mention: Mention, ctx: ArticleContext) -> _Shared:
    # (one loop over the pool, not one generator per field: `feature_rows` asks per pool)
    own, ccs, biggest, countries, units, named_units = name_key(mention.text), set(), 0, False, False, []
    town = 0
    for h in pool:
        ccs.add(h.cc)
        if h.population > biggest:
            biggest = h.population
        level = h.level
        if level == 3 and h.population > town and h.fcode not in SITE_CODES:
            town = h.population
        if level <= 1 and h.primary:
            units = True
            if level == 1 and h.fclass == "A" and h.admin1:
                named_units.append(h)
        countries = countries or h.is_country
    return _Shared(
        container=mention.container.resolved if mention.container else None,
        total=ctx.total if ctx.countries else 0.0,
        biggest=biggest,
        namesakes=math.log(len(ccs)),
        own=own,
        countries=countries,
        units=units,
        big_units=_big_units(named_units, own, ctx) if named_units else frozenset(),
        big_town=town if town >= BIG_CITY and mention.container is None else 0,
        body=ctx.wording is not None and own in ctx.wording.bodies,
    )


def _big_units(pool: list[Hit], own: str, ctx: ArticleContext) -> frozenset[tuple[str, str]]:
    """(cc, admin1) of the pool's first-level units (``pool``: its primary rows of level 1,
    class A, filed under a province) whose own name is the mention's and
    whose outline is large (`UNIT_NAMESAKE_KM2`, `sitroom.geo.unit_size`): a state or a
    province, which a small town of its name elsewhere is less likely to be meant than.
    A unit of a country the article's frame and actors leave out is none ("San Pedro" in
    a report from Chiapas is no Paraguayan department)."""
    out = set()
    frame = set(ctx.countries) | set(ctx.actors.theatres)
    for h in pool:
        if frame and h.cc not in frame:
            continue
        if name_key(h.name) == own:
            size = unit_box_km2(h.cc, h.admin1)
            if size is not None and size >= UNIT_NAMESAKE_KM2:
                out.add((h.cc, h.admin1))
    return frozenset(out)


def _unit_namesake_town(hit: Hit, shared: _Shared) -> float:
    """1 for a small town or district (`UNIT_NAMESAKE_TOWN` people; no capital, no site)
    outside every large unit of its name in the pool: "California" read as California,
    Maryland; "Arizona" beside San Antonio as a Honduran municipality of that name."""
    if not shared.big_units or hit.level < 2 or hit.fcode in SITE_CODES or hit.fcode == "PPLC":
        return 0.0
    if hit.population >= UNIT_NAMESAKE_TOWN or (hit.cc, hit.admin1) in shared.big_units:
        return 0.0
    return 1.0


def _small_state_only(hit: Hit, shared: _Shared, agree: tuple) -> float:
    """1 for a town with a small share of the people of a big city of its name (`BIG_CITY`,
    `SMALL_SHARE`) that only a unit holding it agrees with, no place near it, and no
    container written beside the name: "Louisville" in a report that names Ohio for another
    town stays the Kentucky city, not the Ohio village (a state named anywhere is weak
    evidence for a tiny namesake; "Louisville, Ohio" is a container, read apart)."""
    if hit.level != 3 or hit.fcode in SITE_CODES or hit.population >= SMALL_SHARE * shared.big_town:
        return 0.0
    return float(agree[0] == 0 and agree[1] > 0)


def _wording_features(hit: Hit, ctx: ArticleContext, shared: _Shared) -> tuple[float, float]:
    """Whether the article's words name the candidate's admin1 outside its place names
    ("agents of the Ohio Highway Patrol"; the mention's own name says nothing for itself),
    and whether they use its country's local words ("the county sheriff",
    `sitroom.geo.wording`); a country's name stays the country's in local news ("Mexico"
    is no Missouri town), and a state's name is not read as a town of the state the text
    writes ("Florida" beside "New York" is no town of New York)."""
    words = ctx.wording
    if words is None:
        return 0.0, 0.0
    home = float(hit.cc in words.homes and not shared.countries)
    if hit.level < 2 or shared.units:
        return 0.0, home
    own = shared.own
    return float(words.writes(hit.admin1, own)), home


@dataclass(frozen=True)
class Ranker:
    """Weights of the logistic model: score = w · (x - mean) / scale + b."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    version: str

    def scores(self, rows: list[list[float]]) -> np.ndarray:
        return self.standardized(rows) @ self.coef + self.intercept

    def standardized(self, rows: list[list[float]], columns: np.ndarray | None = None) -> np.ndarray:
        """(x - mean) / scale of the rows, element by element; ``columns``: the rows hold
        only those features (`sitroom.geo.ranked`), in that order."""
        x = _matrix(rows)
        if columns is None:
            return (x - self.mean) / self.scale
        return (x - self.mean[columns]) / self.scale[columns]


def _matrix(rows: list[list[float]]) -> np.ndarray:
    """``np.asarray(rows, dtype=float)``: the same floats, in the same C-ordered matrix,
    read from one flat iterator of a known length (numpy's asking each nested list its
    length and kind first cost a third of the pool's rows' conversion)."""
    if not rows:
        return np.asarray(rows, dtype=float)
    width = len(rows[0])
    return np.fromiter(chain.from_iterable(rows), dtype=float, count=len(rows) * width).reshape(len(rows), width)


def load_ranker(path: Path = WEIGHTS) -> Ranker:
    """The ranker from its JSON file; a file from other features is an error worth fixing."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ConfigError(
            f"{path} was trained on other features; run `sitroom gazetteer train` to rebuild it"
        )
    return Ranker(
        mean=np.asarray(data["mean"], dtype=float),
        scale=np.asarray(data["scale"], dtype=float),
        coef=np.asarray(data["coef"], dtype=float),
        intercept=float(data["intercept"]),
        version=str(data.get("version", "")),
    )


@lru_cache(maxsize=1)
def default_ranker() -> Ranker | None:
    """The packaged ranker, or None before the first `sitroom gazetteer train`."""
    return load_ranker() if WEIGHTS.exists() else None
