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
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from sitroom.errors import ConfigError
from sitroom.geo.containment import outside
from sitroom.geo.context import KIND_CODES, POPULATED
from sitroom.geo.gazetteer import SITE_CODES, Hit, km
from sitroom.geo.normalize import name_key
from sitroom.geo.thresholds import threshold
from sitroom.geo.unit_size import unit_box_km2
from sitroom.geodesy import Points, haversine_to_points_km

if TYPE_CHECKING:
    from collections.abc import Callable

    from sitroom.geo.context import ArticleContext, Mention

WEIGHTS = Path(__file__).with_name("data") / "ranker.json"
#: How stiffly a retrain (`sitroom.eval.geo_ranker`) holds each feature the shipped
#: weights already have at its weight there; new features fit freely.
ANCHOR_STIFFNESS = threshold("ranker_anchor")
#: The inverse L2 penalty (scikit-learn's C) of a fresh fit, chosen leave-one-corpus-out.
RANKER_C = threshold("ranker_c")
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
)


def nearest_km(hits: tuple[Hit, ...], anchors: list[Hit]) -> list[float | None]:
    """For each candidate, km to the closest of the article's other places (one numpy pass;
    a pool asked again against the same anchors, as a name the article repeats is, is read
    from the anchors' memo)."""
    if not anchors:
        return [None] * len(hits)
    points, anchor_ids, known = _anchor_points(anchors)
    key = tuple([(h.id, h.lat, h.lon) for h in hits])
    found = known.get(key)
    if found is None:
        d = haversine_to_points_km([h.lat for h in hits], [h.lon for h in hits], points)
        ids = np.fromiter([h.id for h in hits], dtype=np.int64, count=len(hits))
        d[ids[:, None] == anchor_ids[None, :]] = np.inf
        found = known[key] = [v if math.isfinite(v) else None for v in np.minimum.reduce(d, axis=1).tolist()]
    return list(found)


#: The last anchor list measured against: (the list, its length, its points, its ids, the
#: distances of each pool measured against it).
_ANCHORS: list[tuple] = [(None, 0, None, None, {})]


def _anchor_points(anchors: list[Hit]) -> tuple[Points, np.ndarray, dict]:
    """The article's anchors made ready for `nearest_km` once while the list stays as it is
    (it only grows: every name of the article asks again with the same list)."""
    last = _ANCHORS[0]
    if last[0] is anchors and last[1] == len(anchors):
        return last[2], last[3], last[4]
    points = Points([a.lat for a in anchors], [a.lon for a in anchors])
    ids = np.fromiter([a.id for a in anchors], dtype=np.int64, count=len(anchors))
    _ANCHORS[0] = (anchors, len(anchors), points, ids, {})
    return points, ids, _ANCHORS[0][4]


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
    (``near``: km from each to the article's closest other place, `nearest_km`); what the pool and the article share is
    worked out once, not once per candidate (pools run to hundreds of namesakes)."""
    shared = _shared(pool, mention, ctx)
    return [_row(h, mention, ctx, anchor, pool, d, shared) for h, d in zip(pool, near, strict=True)]


@dataclass(frozen=True)
class _Shared:
    """What every candidate's row of one pool reads alike."""

    container: Hit | None  # the container the text names, resolved
    total: float  # the article's country weight (`ArticleContext.total`); 0 without countries
    biggest: int  # the pool's largest population
    namesakes: float  # log of the number of countries sharing the name
    scored: Callable[..., float]  # `resolve.scored`, the curated prior
    own: str  # the mention's name key
    countries: bool  # the name is a country's: local words do not make it a hometown
    units: bool  # the name is a country's or a province's: no town of it is read by its state
    big_units: frozenset[tuple[str, str]]  # (cc, admin1) of the large units of the name


def _shared(pool: tuple[Hit, ...], mention: Mention, ctx: ArticleContext) -> _Shared:
    from sitroom.geo.resolve import scored

    return _Shared(
        container=mention.container.resolved if mention.container else None,
        total=ctx.total if ctx.countries else 0.0,
        biggest=max(h.population for h in pool),
        namesakes=math.log(len({h.cc for h in pool})),
        scored=scored,
        own=name_key(mention.text),
        countries=any(h.is_country for h in pool),
        units=any(h.level <= 1 and h.primary for h in pool),
        big_units=_big_units(pool, name_key(mention.text), ctx),
    )


def _big_units(pool: tuple[Hit, ...], own: str, ctx: ArticleContext) -> frozenset[tuple[str, str]]:
    """(cc, admin1) of the pool's first-level units whose own name is the mention's and
    whose outline is large (`UNIT_NAMESAKE_KM2`, `sitroom.geo.unit_size`): a state or a
    province, which a small town of its name elsewhere is less likely to be meant than.
    A unit of a country the article's frame and actors leave out is none ("San Pedro" in
    a report from Chiapas is no Paraguayan department)."""
    out = set()
    frame = set(ctx.countries) | set(ctx.actors.theatres)
    for h in pool:
        if frame and h.cc not in frame:
            continue
        if h.level == 1 and h.fclass == "A" and h.primary and h.admin1 and name_key(h.name) == own:
            size = unit_box_km2(h.cc, h.admin1)
            if size is not None and size >= UNIT_NAMESAKE_KM2:
                out.add((h.cc, h.admin1))
    return frozenset(out)


def _unit_namesake_town(hit: Hit, shared: _Shared) -> float:
    """1 for a small town (`UNIT_NAMESAKE_TOWN` people; no capital, no site) outside every
    large unit of its name in the pool: "California" read as California, Maryland."""
    if not shared.big_units or hit.level != 3 or hit.fcode in SITE_CODES or hit.fcode == "PPLC":
        return 0.0
    if hit.population >= UNIT_NAMESAKE_TOWN or (hit.cc, hit.admin1) in shared.big_units:
        return 0.0
    return 1.0


def _row(
    hit: Hit,
    mention: Mention,
    ctx: ArticleContext,
    anchor: Hit | None,
    pool: tuple[Hit, ...],
    nearest: float | None,
    shared: _Shared,
) -> list[float]:
    share = ctx.countries.get(hit.cc, 0) / shared.total if shared.total else 0.0
    anchor_km = (
        km(hit.lat, hit.lon, anchor.lat, anchor.lon)
        if anchor is not None and anchor.id != hit.id
        else None
    )
    biggest, container = shared.biggest, shared.container
    near, nested, same_country = _support(hit, mention, ctx, pool)
    return [
        math.log10(hit.population + 10),
        float(hit.is_country),
        float(hit.fcode == "ADM1" or (hit.level == 1 and not hit.is_country)),
        float(hit.level == 2),
        float(hit.level == 3 and hit.fcode not in SITE_CODES),
        float(hit.fcode == "PPLC"),
        float(hit.fcode in SITE_CODES),
        float(hit.curated),
        float(hit.primary),
        *_kind_features(hit, mention.kind),
        *_container_features(hit, container),
        share,
        float(bool(ctx.countries) and share == 0),
        float(bool(hit.admin1 and ctx.admin1s.get((hit.cc, hit.admin1)))),
        _log_km(nearest) if nearest is not None else 0.0,
        float(nearest is None),
        _log_km(anchor_km) if anchor_km is not None else 0.0,
        float(hit.population == biggest and biggest > 0),
        shared.namesakes,
        # the curated prior (`resolve.score`) as one feature: the model learns how far to trust it
        shared.scored(hit, mention, ctx, container, nearest, anchor_km, share if ctx.countries else None),
        math.log1p(near),
        math.log1p(nested),
        math.log1p(same_country),
        math.log1p(ctx.support.peers(hit, mention.text)) if ctx.support is not None else 0.0,
        *_actor_features(hit, ctx),
        *_wording_features(hit, ctx, shared),
        _unit_namesake_town(hit, shared),
        _capital_in_frame(hit, ctx),
    ]


def _capital_in_frame(hit: Hit, ctx: ArticleContext) -> float:
    """1 for a national capital, by its own name, of a country the article already places
    things in: "Paris" in a Kentucky paper's report from France is the capital, not the
    Kentucky town its dateline's county holds."""
    return float(hit.fcode == "PPLC" and hit.primary and ctx.countries.get(hit.cc, 0) > 0)


def _actor_features(hit: Hit, ctx: ArticleContext) -> tuple[float, ...]:
    """Whether the candidate lies where the article's actors operate (`sitroom.geo.theatres`):
    a named group's countries and provinces, the home of its police or officials, the
    country of its armies."""
    focus = ctx.actors
    return (
        float(hit.cc in focus.theatres),
        float(hit.level >= 1 and (hit.cc, hit.admin1) in focus.units),
        float(hit.cc in focus.home),
        float(hit.cc in focus.forces),
    )


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


def _support(
    hit: Hit, mention: Mention, ctx: ArticleContext, pool: tuple[Hit, ...]
) -> tuple[int, int, int]:
    """(near, nested, same country): how many of the article's other names agree with it."""
    if ctx.support is None:
        return 0, 0, 0
    return ctx.support.of(hit, pool, mention.text)


@dataclass(frozen=True)
class Ranker:
    """Weights of the logistic model: score = w · (x - mean) / scale + b."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    version: str

    def scores(self, rows: list[list[float]]) -> np.ndarray:
        x = (np.asarray(rows, dtype=float) - self.mean) / self.scale
        return x @ self.coef + self.intercept


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
