"""How many of an article's other names agree with a candidate place (spatial minimality).

A local report that names "Paris" and "Henry County" means the Paris inside Henry County,
Tennessee, whichever of the two is resolved first: each reading is supported by the other
name having a candidate close by or around it. The resolver's context only knows the
places already chosen (a first wrong choice misleads the rest); this looks at every
candidate of every other name, before any choice. Two counts per candidate, read by the
ranker (`sitroom.geo.ranker`):

* ``near`` — other names with a candidate within `NEAR_KM` (towns, districts, sites);
* ``nested`` — other names with a candidate that holds it (its admin1 or admin2 unit) or
  that it holds (a town inside the district or province it is);
* ``same country`` — other names with a candidate in its country (a country's only support);
* ``peers`` (`Support.peers`) — other names that can be a unit of the same rank: a country
  among countries, a province among its country's provinces;
* ``region`` (`Support.region`) — for a town or district, other names with a reading in
  its province (a state, a region), however far apart: a local paper's towns lie in its
  own state ("Paris" in a report that also names Amarillo is the Texas town). A name counts
  by how few provinces its readings lie in (one in four states: a quarter), so a name
  found in every state says nothing.

The name itself written with a kind word ("Karak district" beside "Karak") is no other name:
whichever Karak the text means, that district holds some Karak.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable

from sitroom.geo.gazetteer import Gazetteer, Hit
from sitroom.geo.normalize import name_key, split_generic
from sitroom.geo.thresholds import threshold
from sitroom.geodesy import latitude_reach, owners_within_km, points_with_owners

#: Two candidates this close agree (a town and its neighbours, a district and its towns).
NEAR_KM = threshold("support_near_km")
#: Degrees of latitude beyond which no point lies within `NEAR_KM`.
_REACH = latitude_reach(NEAR_KM)
#: Other names that must lie near a reading, hold it or lie in it, for the article's frame
#: not to refuse it as a far namesake (`Support.agreeing`).
AGREEING_NAMES = int(threshold("agreeing_names"))
#: Names with more candidates than this say little about where any one of them is.
MAX_NAMESAKES = int(threshold("max_namesakes"))
#: No names (a default read, never changed: no empty set made per place asked).
_NO_NAMES: frozenset[int] = frozenset()


class Support:
    """Every candidate of every distinct name in an article, indexed for agreement counts."""

    def __init__(self, texts: Iterable[str], gaz: Gazetteer) -> None:
        self._texts, self._gaz, self._built = list(texts), gaz, False
        self._cache: dict[tuple[int, int], tuple[int, int, int]] = {}
        #: `of` by (place id, name as written): the ranker asks each candidate again in
        #: the second pass and `agreeing` asks it too
        self._asked: dict[tuple[int, str], tuple[int, int, int]] = {}
        self._regions: dict[tuple[int, int], float] = {}
        #: `counts` by (name as written, the pool's place ids)
        self._counted: dict[tuple[str, tuple[int, ...]], list[tuple[int, int, int, int, float]]] = {}

    def _build(self) -> None:
        """Index the candidates on first use (most names have one candidate: never asked)."""
        self._built, gaz = True, self._gaz
        self.keys: dict[str, int] = {}
        lats: list[float] = []
        lons: list[float] = []
        owner: list[int] = []
        # (cc, level, province, name): a district is keyed under its province, as US
        # counties repeat from state to state ("Clarke County" of Georgia and of Alabama)
        self.units: dict[tuple[str, int, str, str], set[int]] = defaultdict(set)
        self.members: dict[tuple[str, int, str, str], set[int]] = defaultdict(set)
        self.countries: dict[str, set[int]] = defaultdict(set)
        self.names_of: dict[int, set[int]] = defaultdict(set)  # place id → names that can mean it
        self.peer_names: dict[str, set[int]] = defaultdict(set)  # country ('' for all) → names of its units
        #: name → the other names written with the same base ("Karak" and "Karak district")
        self.kin: dict[int, set[int]] = {}
        bases: dict[str, set[int]] = defaultdict(set)
        #: (cc, admin1) → the names with a reading in that province, each with its weight
        self.provinces: dict[tuple[str, str], dict[int, float]] = defaultdict(dict)
        countries, peer_names, names_of = self.countries, self.peer_names, self.names_of
        units, members = self.units, self.members
        for text in self._texts:
            key = name_key(text)
            if not key or key in self.keys:
                continue
            index = self.keys[key] = len(self.keys)
            base = split_generic(text)[0]
            kin = self.kin[index] = bases[name_key(base) or key]
            kin.add(index)
            hits = gaz.lookup(text) or gaz.lookup(base)
            if len(hits) > MAX_NAMESAKES:
                continue
            for h in hits:
                cc, level = h.cc, h.level
                countries[cc].add(index)
                if h.is_country:
                    peer_names[""].add(index)
                elif h.fcode == "ADM1":
                    peer_names[cc].add(index)
                names_of[h.id].add(index)
                if level >= 2:
                    lats.append(h.lat)
                    lons.append(h.lon)
                    owner.append(index)
                    if h.admin1:
                        members[(cc, 1, "", h.admin1)].add(index)
                    if level == 3 and h.admin2:
                        members[(cc, 2, h.admin1, h.admin2)].add(index)
                if level == 1 or level == 2:
                    units[(cc, level, _province(h), h.name)].add(index)
            self._index_provinces(index, hits)
        # the points by latitude (`_near` reads only those within reach north and south),
        # each with its radians and cosine, made once per article, and its name
        order = sorted(range(len(lats)), key=lats.__getitem__)
        self._lats = [lats[i] for i in order]
        self._points = points_with_owners(self._lats, [lons[i] for i in order], [owner[i] for i in order])

    def of(self, hit: Hit, pool: tuple[Hit, ...], text: str) -> tuple[int, int, int]:
        """(near, nested, same country) for ``hit``, one of the candidates ``pool`` of the name ``text``
        (computed for the whole pool at once); the name's own namesakes never count."""
        asked = self._asked.get((hit.id, text))
        if asked is not None:
            return asked
        if not self._built:
            self._build()
        own = self.keys.get(name_key(text), -1)
        found = self._cache.get((hit.id, own))
        if found is None:
            cache, names_of, countries = self._cache, self.names_of, self.countries
            todo = [h for h in pool if (h.id, own) not in cache]
            kin = self.kin.get(own, {own})  # (read once for the pool)
            for h, near in zip(todo, self._near(todo), strict=True):
                # a name that can mean this very place ("Mexico City" for "Mexico"), or the name
                # itself with a kind word ("Karak district" for "Karak"), is no support
                alike = kin | names_of.get(h.id, _NO_NAMES)
                same = len(countries.get(h.cc, _NO_NAMES) - alike) if h.cc else 0
                cache[(h.id, own)] = (len(near - alike), len(self._nested(h) - alike), same)
            found = self._cache[(hit.id, own)]
        self._asked[(hit.id, text)] = found
        return found

    def counts(self, pool: tuple[Hit, ...], text: str) -> list[tuple[int, int, int, int, float]]:
        """For each candidate of ``pool`` (the readings of the name ``text``): `of`'s three
        counts, `peers` and `region`, the name's own key read once for the pool. They read
        only the places' ids and the article's names: a pool asked again (the second pass
        asks every name again, a name the article repeats is asked per mention) is read
        from `_counted`."""
        key = (text, tuple([h.id for h in pool]))
        out = self._counted.get(key)
        if out is not None:
            return out
        if not self._built:
            self._build()
        asked, cache, own = self._asked, self._cache, self.keys.get(name_key(text), -1)
        out = self._counted[key] = []
        for hit in pool:
            found = asked.get((hit.id, text))
            if found is None:
                # (`of` works out the whole pool at its first hit; the rest are read from
                # its cache here, as `of` would read them, without a call per hit)
                found = cache.get((hit.id, own))
                if found is None:
                    found = self.of(hit, pool, text)
                else:
                    asked[(hit.id, text)] = found
            out.append((*found, self._peers(hit, own), self._region(hit, own)))
        return out

    def agreeing(self, hit: Hit, pool: tuple[Hit, ...], text: str) -> bool:
        """Other names of the article agree with this reading ("Peru" beside "Miami County"
        and "Indiana": the Indiana town, each name's readings supporting the others'), so
        no frame that a first reading of one name set refuses it as a far namesake."""
        near, nested, _ = self.of(hit, pool, text)
        return near + nested >= AGREEING_NAMES

    def unrefused(self, hits: list[Hit], far: list[bool], pool: tuple[Hit, ...], text: str) -> list[Hit]:
        """Of ``hits`` (``pool``, the name's candidates), in order, those the frame does not
        refuse (``far`` false, `sitroom.geo.loose.far_namesakes`) and those it refuses that
        other names agree with (`agreeing`, written out: `of`'s answer read from its memo
        when it has one, as `of` reads it), in one pass over the name's readings."""
        of, asked, enough = self.of, self._asked, AGREEING_NAMES
        return [
            hit
            for hit, refused in zip(hits, far, strict=True)
            if not refused or (found := asked.get((hit.id, text)) or of(hit, pool, text))[0] + found[1] >= enough
        ]

    def peers(self, hit: Hit, text: str) -> int:
        """How many other names can be a unit of the same rank as ``hit``: a country among
        countries, a province among its country's provinces ("California" beside "Oregon" and
        "Idaho" is the state, not the Pennsylvania town); 0 for any other place."""
        if not self._built:
            self._build()
        return self._peers(hit, self.keys.get(name_key(text), -1))

    def _peers(self, hit: Hit, own: int) -> int:
        """`peers`, the name given by its index (``own``; -1 for none)."""
        if hit.is_country:
            names = self.peer_names.get("", set())
        elif hit.fcode == "ADM1":
            names = self.peer_names.get(hit.cc, set())
        else:
            return 0
        return len(names - ({own} | self.names_of.get(hit.id, set())))

    def _index_provinces(self, index: int, hits: Iterable[Hit]) -> None:
        """File name ``index`` under each province its readings lie in (a unit below the
        country, or the province itself), weighted by one over how many there are."""
        held = {(h.cc, h.admin1) for h in hits if h.admin1 and h.level >= 1 and not h.is_country}
        for province in held:
            self.provinces[province][index] = 1.0 / len(held)

    def region(self, hit: Hit, text: str) -> float:
        """The weighted count of other names with a reading in the province of ``hit``, a
        town or district (0 for a province or a country, whose towns ``nested`` counts, or
        a place filed under none); the name itself, a name that can mean this very place,
        and the name with a kind word are no support (as in `of`)."""
        if hit.level < 2 or not hit.admin1:
            return 0.0
        if not self._built:
            self._build()
        return self._region(hit, self.keys.get(name_key(text), -1))

    def _region(self, hit: Hit, own: int) -> float:
        """`region`, the name given by its index (``own``; -1 for none)."""
        if hit.level < 2 or not hit.admin1:
            return 0.0
        found = self._regions.get((hit.id, own))
        if found is None:
            names = self.provinces.get((hit.cc, hit.admin1))
            alike = self.kin.get(own, {own}) | self.names_of.get(hit.id, set())
            found = sum([w for i, w in names.items() if i not in alike]) if names else 0.0
            self._regions[(hit.id, own)] = found
        return found

    def _near(self, hits: list[Hit]) -> list[set[int]]:
        """For each hit, the names with a candidate within `NEAR_KM` (none for a province or
        country: its point says nothing about its extent). Only the points within reach
        north and south of each are measured (`latitude_reach`: one further off lies
        further away), about one pair in eighteen of the article's whole matrix, so few
        that a numpy call per pool cost more than the distances (`geodesy.owners_within_km`,
        the very same floats as the matrix's; a name already found near is not measured
        again)."""
        out: list[set[int]] = []
        lats, points = self._lats, self._points
        for h in hits:
            if h.level < 2:
                out.append(set())
                continue
            lo, hi = bisect_left(lats, h.lat - _REACH), bisect_right(lats, h.lat + _REACH)
            out.append(owners_within_km(h.lat, h.lon, points[lo:hi], NEAR_KM) if lo < hi else set())
        return out

    def _nested(self, hit: Hit) -> set[int]:
        if hit.is_country:
            return set()
        names: set[int] = set()
        level = hit.level
        if level >= 2 and hit.admin1:
            names |= self.units.get((hit.cc, 1, "", hit.admin1), _NO_NAMES)
        if level == 3 and hit.admin2:
            names |= self.units.get((hit.cc, 2, hit.admin1, hit.admin2), _NO_NAMES)
        if level == 1 or level == 2:
            names |= self.members.get((hit.cc, level, _province(hit), hit.name), _NO_NAMES)
        return names


def _province(hit: Hit) -> str:
    """The province a district is keyed under ('' for a province itself)."""
    return hit.admin1 if hit.level == 2 else ""
