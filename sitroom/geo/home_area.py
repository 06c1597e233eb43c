"""An outlet's home area, learned from its other reports: a local paper's bare names are
its own region's ("Springfield" in a Missouri daily is Springfield, Missouri).

This is the local lexicon of Lieberman, Samet and Sankaranarayanan's LGL work: the names
a local outlet leaves unqualified are read near where it publishes. Nothing here is a list
of outlets: the home is voted by the places the outlet's *other* reports name, each report
once, each name by how few places it can be (a name with one reading votes 1, a name read
in four regions a quarter), so a paper whose reports keep naming the towns around one
point has a home there and an agency that reports from everywhere has none.

The home only chooses among namesakes (`pull_home`): a reading far from it gives way to
a same-named place near it. It never places an event by itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitroom.geo.gazetteer import Hit, km
from sitroom.geo.thresholds import threshold
from sitroom.geodesy import latitude_reach

if TYPE_CHECKING:
    from sitroom.geo.context import ArticleContext, Mention
    from sitroom.geo.gazetteer import Gazetteer

#: A report votes for a point when one of its names can be a place this close to it; a
#: namesake this close to the home is the home's own.
HOME_KM = threshold("home_km")
#: A reading this far from the home gives way to a namesake near it.
HOME_FAR_KM = threshold("home_far_km")
#: A country's name gives way only to the home town itself ("Lebanon" in a paper of
#: Lebanon, Indiana), this close to the home.
HOME_TOWN_KM = threshold("home_town_km")
#: The votes a home needs, in all and as a share of the outlet's other reports.
HOME_MIN_VOTES = threshold("home_min_votes")
HOME_MIN_SHARE = threshold("home_min_share")
#: Reports and points the learner reads at most per outlet (the latest ones).
MAX_REPORTS = 200
_REACH = latitude_reach(HOME_KM)


@dataclass(frozen=True)
class Vote:
    """A point one of a report's names can be, weighted by how few places the name can be."""

    lat: float
    lon: float
    weight: float


@dataclass(frozen=True)
class HomeArea:
    """Where an outlet's reports keep naming places: ``votes`` (sum of the reports' best
    vote near it) from ``reports`` other reports."""

    lat: float
    lon: float
    votes: float
    reports: int


def _spread(hits: Sequence[Hit]) -> int:
    """How many places farther than `HOME_KM` apart the readings are."""
    seen: list[Hit] = []
    for h in hits:
        if not any(km(h.lat, h.lon, s.lat, s.lon) <= HOME_KM for s in seen):
            seen.append(h)
    return len(seen)


def report_votes(names: Iterable[tuple[Sequence[Hit], Hit | None]]) -> tuple[Vote, ...]:
    """One report's votes from each of its names: (its candidate readings, the one the
    report's own resolution chose). Towns, districts and sites only (a country or province
    says nothing about a paper's town). A reading the report's other names bear out votes in
    full: a province it names holds it ("Berea ... Kentucky"), or another of its places lies
    near it ("Springfield ... Greene County"). Any other name votes for each of its readings
    by how few places they are."""
    names = list(names)
    chosen = [got for _, got in names if got is not None and not got.is_country]
    provinces = _provinces_named(chosen)
    votes: list[Vote] = []
    for hits, got in names:
        if got is not None and got.level >= 2 and _borne_out(got, chosen, provinces):
            votes.append(Vote(got.lat, got.lon, 1.0))
            continue
        local = [h for h in hits if h.level >= 2 and not h.is_open]
        if local:
            weight = 1.0 / _spread(hits)
            votes.extend(Vote(h.lat, h.lon, weight) for h in local)
    return tuple(votes)


def _borne_out(got: Hit, chosen: Sequence[Hit], provinces: set[tuple[str, str]]) -> bool:
    if (got.cc, got.admin1) in provinces:
        return True
    return any(
        h.id != got.id and h.level >= 2 and km(h.lat, h.lon, got.lat, got.lon) <= HOME_KM
        for h in chosen
    )


def _provinces_named(chosen: Iterable[Hit | None]) -> set[tuple[str, str]]:
    """The provinces a report names, as (country, admin1)."""
    return {(h.cc, h.admin1) for h in chosen if h is not None and h.level == 1 and not h.is_country}


def _support(lat: float, lon: float, report: Sequence[Vote]) -> float:
    """A report's best vote near a point."""
    best = 0.0
    for v in report:
        if v.weight > best and abs(v.lat - lat) <= _REACH and km(lat, lon, v.lat, v.lon) <= HOME_KM:
            best = v.weight
    return best


def learn_home(reports: Sequence[Sequence[Vote]]) -> HomeArea | None:
    """The point most of an outlet's reports name places near (each report counted once, at
    its surest name), or None when no point gathers enough of them."""
    reports = [r for r in reports[-MAX_REPORTS:] if r]
    if not reports:
        return None
    seen: set[tuple[float, float]] = set()
    best: HomeArea | None = None
    for report in reports:
        for v in report:
            key = (round(v.lat, 1), round(v.lon, 1))
            if key in seen:
                continue
            seen.add(key)
            total = sum(_support(v.lat, v.lon, r) for r in reports)
            if best is None or total > best.votes:
                best = HomeArea(v.lat, v.lon, round(total, 3), len(reports))
    if best is None or best.votes < HOME_MIN_VOTES or best.votes < HOME_MIN_SHARE * len(reports):
        return None
    return best


def pull_home(
    mentions: Iterable[Mention],
    readings: Callable[[Mention], Sequence[Hit]],
    chosen: Callable[[Mention], Hit | None],
    home: tuple[float, float] | None,
    abroad: frozenset[str] = frozenset(),
) -> int:
    """Move each name read far from the outlet's home (lat, lon: `Article.home`; or not
    placed) to its most populous reading near the home; ``readings`` gives a name's
    candidates, ``chosen`` its present place. The report's own word outweighs the outlet's
    habit: a town written with its province stays ("Fairfield, Conn." in an Ohio daily), as
    does a reading in a country ``abroad`` where the report's actors act ("Tripoli" shelled
    by the Libyan National Army, in a Beirut daily) and a province of the home's own country
    ("Kansas" in a Missouri daily is the state). A province or town the report names
    elsewhere bears out nothing: a paper's own "Alexandria" is its own even when it also
    names Louisville, Ky. Returns how many names moved."""
    if home is None:
        return 0
    lat, lon = home
    moved = 0
    for m in mentions:
        if m.modifier or m.party:
            continue  # "Missouri lawmakers": who acts, not where
        got = chosen(m)
        if got is not None and km(got.lat, got.lon, lat, lon) <= HOME_FAR_KM:
            continue
        if got is not None and _held_as_written(m, got, chosen):
            continue
        near = [h for h in readings(m) if km(h.lat, h.lon, lat, lon) <= HOME_KM]
        if got is not None and got.is_country:
            near = [h for h in near if km(h.lat, h.lon, lat, lon) <= HOME_TOWN_KM]
        if not near or (got is not None and _stays(got, near, abroad)):
            continue
        m.resolved = max(near, key=lambda h: (h.population, -h.level))
        m.fallback, m.homed = None, True
        moved += 1
    return moved


def _stays(got: Hit, near: Sequence[Hit], abroad: frozenset[str]) -> bool:
    """A province of the home's own country, or a place where the report's actors act."""
    if got.level == 1 and not got.is_country and any(h.cc == got.cc for h in near):
        return True
    return got.cc in abroad and not any(h.cc in abroad for h in near)


def read_with_home(
    mentions: list[Mention], gaz: Gazetteer, context: ArticleContext, home: tuple[float, float] | None
) -> int:
    """`pull_home` over the resolver's own candidates and places (a fallback counts)."""
    if home is None:  # most reports: nothing to read (the pipeline calls this for each)
        return 0
    from sitroom.geo.focal import placed
    from sitroom.geo.resolve import candidates

    acting = context.actors.theatres | context.actors.forces | context.actors.home
    return pull_home(mentions, lambda m: candidates(m, gaz, context), placed, home, acting)


def _held_as_written(m: Mention, got: Hit, chosen: Callable[[Mention], Hit | None]) -> bool:
    """Whether the name is written in a unit that holds its reading ("Fairfield, Conn.")."""
    holder = chosen(m.container) if m.container is not None else None
    return holder is not None and holder.cc == got.cc and (holder.is_country or holder.admin1 == got.admin1)
