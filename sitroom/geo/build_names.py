"""Names beside the place rows: demonyms, abbreviations, admin units' base names and seats.

* Demonyms ("Russian", "Iraqis", "European") name a country or region. They get their own
  table, so `Gazetteer.lookup` never returns them (the geo stage reads "Russian forces" as a
  party, not a place), but a toponym that is only a demonym resolves to its country
  (`Gazetteer.demonym`). Sources: countryinfo's demonyms and `data/demonyms.csv`.
* Abbreviations of admin units ("NSW", "J&K", "FCT", "Fla.") match only when written so:
  their key carries `CASE_MARK`, which `Gazetteer.lookup` reads first for such queries
  ("Pa." is Pennsylvania, not the town that has "Pa" among its alternate names).
* Admin unit names carry generic words in many languages ("Douentza Cercle", "Département
  de Tahoua", "Dagestan, Respublika"): the base name is an alias, and an admin2 unit without
  member towns sits at its seat, the largest town of its admin1 with the same base name.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitroom.geo import normalize
from sitroom.geo.build_memo import ascii_fold, loose_key, name_key, remember, skeleton
from sitroom.geo.normalize import NOT_A_NAME
from sitroom.geo.sources import DATA, package_file, read_word_sections
from sitroom.geodesy import haversine_km
from sitroom.lang import default_pack

if TYPE_CHECKING:
    from sitroom.geo.build import Row

#: Prefix of the keys of capital-letter abbreviations.
CASE_MARK = "="
#: A demonym shared by several countries ("French", "Chinese") names those of them at least
#: this share of the largest one's population: France, not Réunion; both Congos.
DEMONYM_SHARE = 0.03
#: How many of a town's names count when asking whether a bare name is a town's.
MAX_TOWN_NAMES = 41
#: Feature codes a demonym may name.
DEMONYM_CODES = ("PCLI", "ADM1", "REGION", "CONT")

_ABBREVIATION = re.compile(
    r"^(?:(?:[A-Z]\.?\s?&?\s?){2,4}"  # NSW, J&K, B.C., N.Y.
    r"|(?:[A-Z][a-z]?\.\s?)?[A-Z][a-z]{1,4}\.)$"  # Fla., Calif., W.Va., W. Va.
)


def written_names(names: Iterable[str]) -> list[str]:
    """The names of a GeoNames row as people write them: without the machine romanisations
    of its non-Latin names, which GeoNames keeps in lower case ("bwnh", "pu na", "izumairu")
    and which collide with real names abroad ("banh" is not Baneh). Scripts without case
    (Arabic, Chinese) go too: only Latin-script names are indexed."""
    return [n for n in names if n and n != n.lower()]


def unit_spellings(names: Iterable[str], units: Iterable[str]) -> list[str]:
    """The names of a town's own admin units that one of its lower-case alternate names
    spells: the district named after the town gives the spelling people write ("bogura"
    among Bogra's names, its district Bogura), so the town keeps it, as the unit writes it."""
    lower = {name_key(n) for n in names if n and n == n.lower()}
    return [u for u in units if u and name_key(u) in lower]


#: A town's alternate name that is the own name of a place abroad at least this populous
#: (and more populous than the town), or of a country, names that place, not the town.
SHADOW_POPULATION = 50_000
#: A town below this population does not keep its own country's admin1 name as an alias.
SHADOW_TOWN = 100_000
#: A sizeable town abroad that shares its name with its province ("Puno", seat of Puno)
#: also names an alias of a city this many times as populous: a big city's long list of
#: foreign spellings collides with it ("Puno" among Pune's names); nearer in size, the
#: alias may be the city's own other name ("Saida" of Sidon, beside Algeria's Saida).
SHADOW_SEAT_RATIO = 4


def _shadows(other: Row, row: Row, inside: bool = False) -> bool:
    """Whether ``other``, named by its own name, is the place an alias of ``row`` means
    (``inside``: the alias is words of the row's own name, "León" of "León de los Aldama")."""
    if other.cc != row.cc:
        if other.fcode == "PCLI" or other.fclass != "P" or other.population < SHADOW_POPULATION:
            return other.fcode == "PCLI"
        seat = name_key(other.admin1) == name_key(other.name) and not inside
        return other.population >= row.population or (
            seat and row.population >= SHADOW_SEAT_RATIO * other.population
        )
    far = abs(other.lat - row.lat) + abs(other.lon - row.lon) > 1.0
    return other.fcode in ("ADM1", "PCLI") and row.population < SHADOW_TOWN and far


def drop_shadowed_aliases(rows: list[Row]) -> int:
    """Take off a populated place's alternate names that are the own names of more prominent
    places: "Minnesota" among the names of the town of Minneota, "Edmonton" among a
    Ukrainian village's, "Mila" among Milan's (Mila is an Algerian city). Returns how many."""
    own: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        own[name_key(row.name)].append(row)
    dropped = 0
    for row in rows:
        if row.fclass != "P":
            continue
        mine = name_key(row.name)
        keep = [row.names[0]] if row.names else []
        for alias in row.names[1:]:
            key = name_key(alias)
            inside = f" {key} " in f" {mine} "
            shadowed = any(o is not row and _shadows(o, row, inside) for o in own.get(key, ()))
            if key != mine and shadowed:
                dropped += 1
                continue
            keep.append(alias)
        row.names = keep
    return dropped


def drop_satellite_aliases(rows: list[Row], km: float) -> int:
    """Take off a populated place's alternate name that is words of its own longer name
    when a place of its country within ``km``, as populous or more, has that name too: the
    fort, new town or station named after a city leaves the city's name to the city ("El
    Geneina" among the names of El Geneina Fort; "Parma" of Parma Heights). Returns how many."""
    wanted: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if row.fclass != "P":
            continue
        mine = name_key(row.name)
        for alias in row.names[1:]:
            key = name_key(alias)
            if key != mine and f" {key} " in f" {mine} ":
                wanted[key].append(row)
    holders: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if row.fclass == "P":
            for key in {name_key(n) for n in row.names} & wanted.keys():
                holders[key].append(row)
    dropped = 0
    for key, satellites in wanted.items():
        for row in satellites:
            if any(
                o is not row and o.cc == row.cc and o.population >= row.population
                and haversine_km(row.lat, row.lon, o.lat, o.lon) < km
                for o in holders[key]
            ):
                row.names = [row.names[0], *(n for n in row.names[1:] if name_key(n) != key)]
                dropped += 1
    return dropped


def drop_namesake_spellings(curated: list[Row], rows: list[Row], most: int) -> int:
    """Take off a curated row's alias that only spells its own name otherwise (the same
    consonant skeleton: "Tawilah" of Sudan's Tawila) where ``most`` or more places of other
    countries have that spelling as their own name: its exact key is theirs (the Tawilahs of
    Yemen, Iraq and Syria), and the row keeps its own name. Returns how many."""
    wanted: set[str] = set()
    for row in curated:
        mine = name_key(row.name)
        for alias in row.names[1:]:
            key = name_key(alias)
            if key != mine and skeleton(key) == skeleton(mine):
                wanted.add(key)
    abroad: Counter[tuple[str, str]] = Counter()
    for row in rows:
        key = name_key(row.name)
        if key in wanted and row.cc:
            abroad[(key, row.cc)] += 1
    dropped = 0
    for row in curated:
        keep = row.names[:1]
        for alias in row.names[1:]:
            key = name_key(alias)
            others = sum(n for (k, cc), n in abroad.items() if k == key and cc != row.cc)
            if key in wanted and skeleton(key) == skeleton(name_key(row.name)) and others >= most:
                dropped += 1
                continue
            keep.append(alias)
        row.names = keep
    return dropped


def is_abbreviation(text: str) -> bool:
    """'NSW', 'B.C.', 'J&K': two to four capitals, with points or an ampersand; 'Fla.',
    'Calif.', 'W.Va.': a short capitalised word cut off with a point."""
    return bool(_ABBREVIATION.match(text.strip()))


def case_key(name: str) -> str:
    """The lookup key of a name that only counts in capitals."""
    return CASE_MARK + normalize.name_key(name)  # asked at run time: the bounded cache


# ---------------------------------------------------------------- admin unit names


@lru_cache(maxsize=1)
def unit_words() -> dict[str, frozenset[str]]:
    """The sections of `admin_unit_words.txt`: unit, joining, no-name and seat words."""
    return read_word_sections("admin_unit_words.txt", "unit")


def _strip_once(low: list[str], stripped: bool, seat: bool = False) -> tuple[int, int]:
    """How many words to take off the front and the back of ``low`` (lower-case words);
    ``seat``: the [seat] words too."""
    words = unit_words()
    units, joiners = words["unit"], words.get("joining", frozenset())
    if seat:
        units = units | words.get("seat", frozenset())
    for size in (3, 2, 1):
        if len(low) <= size:
            continue
        if " ".join(low[-size:]) in units:
            return 0, size
        if " ".join(low[:size]) in units and low[size] != "of":  # not "District of Columbia"
            return size, 0
    if stripped and len(low) > 1 and low[0] in joiners:
        return 1, 0
    return 0, 0


@remember
def base_name(name: str, seat: bool = False) -> str:
    """'Département de Tahoua' → 'Tahoua', 'Dagestan, Respublika' → 'Dagestan', 'Kati
    Cercle' → 'Kati'; generic words come off the ends only, and a base that is no name by
    itself ('Central' of 'Central Region') is not used: the name itself is returned.
    ``seat``: the name a seat town would have ('Markaz Tanta' → 'Tanta', the [seat] words of
    `admin_unit_words.txt` off too)."""
    folded = ascii_fold(name).strip()
    words = folded.replace(",", " ").split()
    low = [w.lower().strip(".") for w in words]
    stripped = False
    while len(low) > 1:
        front, back = _strip_once(low, stripped, seat)
        if not (front or back):
            break
        words, low, stripped = words[front : len(words) - back], low[front : len(low) - back], True
    no_name = NOT_A_NAME | unit_words().get("no name", frozenset())
    if not stripped or not low or all(w in no_name for w in low):
        return folded
    return " ".join(words)


class SeatIndex:
    """Towns by (country, admin1 code, name key), to place an admin unit at its seat.

    ``units`` are the (country, name) of the admin units to be placed: a town found only by
    its name across the country is the seat of a unit only when no other unit of the country
    bears that base name (three "Ezzouhour" delegations and one such town: the town belongs
    to the one in its own province, not to the other two as well).
    """

    def __init__(self, cities: Iterable[dict], units: Iterable[tuple[str, str]] = ()) -> None:
        self._units: Counter[tuple[str, str]] = Counter(
            (cc, name_key(base_name(name))) for cc, name in units
        )
        self._exact: dict[tuple[str, str, str], tuple[int, float, float]] = {}
        self._loose: dict[tuple[str, str, str], tuple[int, float, float]] = {}
        self._national: dict[tuple[str, str], list[tuple[int, float, float]]] = defaultdict(list)
        for city in cities:
            cc, a1 = city["countrycode"], city.get("admin1code") or ""
            key = name_key(city["name"])
            value = (
                int(city.get("population") or 0),
                float(city["latitude"]),
                float(city["longitude"]),
            )
            for table, k in ((self._exact, key), (self._loose, loose_key(key))):
                old = table.get((cc, a1, k))
                if old is None or old[0] < value[0]:
                    table[(cc, a1, k)] = value
            self._national[(cc, key)].append(value)

    def seat(self, cc: str, code: str, names: Iterable[str]) -> tuple[float, float] | None:
        """The point of the unit's seat town: same admin1, same base name (or loose key);
        else the one town of the country with that name (admin1 codes of towns and units
        disagree where provinces were redrawn)."""
        a1 = code.split(".")[0]
        keys = [name_key(base_name(n)) for n in names if n]
        for table, fold in ((self._exact, str), (self._loose, loose_key)):
            for key in keys:
                hit = table.get((cc, a1, fold(key))) if key else None
                if hit is not None:
                    return hit[1], hit[2]
        for key in keys:
            towns = self._national.get((cc, key), [])
            if len(towns) == 1 and self._units[(cc, key)] <= 1:
                return towns[0][1], towns[0][2]
        return None


def bare_district_names(rows: list[Row]) -> int:
    """An admin2 unit is also its bare base name ("Arsi" of "Arsi Zone") when no town of its
    country and no other admin unit anywhere goes by that name: a bare "Kati" is the town,
    a bare "Poonch" the Indian district that carries it, not Pakistan's "Poonch District".
    Returns how many units gained one."""
    towns: set[tuple[str, str]] = set()
    units: dict[str, set[int]] = defaultdict(set)
    for row in rows:
        if row.fclass == "P":
            towns.update((row.cc, name_key(n)) for n in row.names[:MAX_TOWN_NAMES])
        elif row.fcode in ("ADM1", "ADM2", "PCLI"):
            for n in row.names:
                units[name_key(n)].add(row.id)
    added = 0
    for row in rows:
        if row.fcode != "ADM2":
            continue
        base = base_name(row.name)
        key = name_key(base)
        if base == row.name or (row.cc, key) in towns or units.get(key, set()) - {row.id}:
            continue
        row.names.append(base)
        added += 1
    return added


def seat_respellings(rows: list[Row]) -> int:
    """A district's bare name, spelt otherwise than its seat's ("Hawija" of Al-Hawija
    District, the town Al Hawijah; "Shirqat", Ash Sharqat; "Nassriya", Nasiriyah), names
    the seat as well: the most populous town of the district whose name has the skeleton of
    the district's base name takes the district's bare names of that skeleton, beside the
    district, so that a bare name reads as the town (as "Sinjar" does) and "Hawija
    district" as the unit. Returns how many towns gained a name."""
    towns: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for row in rows:
        if row.fclass == "P" and row.admin2:
            towns[(row.cc, row.admin1, row.admin2)].append(row)
    added = 0
    for row in rows:
        if row.fcode != "ADM2" or (row.cc, row.admin1, row.name) not in towns:
            continue
        skel = skeleton(name_key(base_name(row.name)))
        bare = [n for n in row.names if base_name(n) == ascii_fold(n).strip() and skeleton(name_key(n)) == skel]
        seats = [t for t in towns[(row.cc, row.admin1, row.name)] if skeleton(name_key(t.name)) == skel]
        if not bare or not seats:
            continue
        seat = max(seats, key=lambda t: t.population)
        own = {name_key(n) for n in seat.names}
        new = [n for n in dict.fromkeys(bare) if name_key(n) not in own]
        seat.names.extend(new)
        added += bool(new)
    return added


# ---------------------------------------------------------------- demonyms


def plural(word: str) -> str | None:
    """'Iraqi' → 'Iraqis', 'South Korean' → 'South Koreans'; None for 'Chinese', 'Swiss'
    (the endings that take no -s are the language pack's, geo/demonyms.yaml)."""
    return None if word.lower().endswith(_plural_not()) else word + "s"


@lru_cache(maxsize=1)
def _plural_not() -> tuple[str, ...]:
    return default_pack().word_tuple("geo/demonyms", "plural_not")


def countryinfo_demonyms() -> list[tuple[str, str, int]]:
    """(demonym, ISO alpha-2, population) from the country files that countryinfo ships."""
    out = []
    for file in sorted(package_file("countryinfo", "data").glob("*.json")):
        with open(file, encoding="utf-8") as fh:
            data = json.load(fh)
        cc = (data.get("ISO") or {}).get("alpha2") or ""
        for part in re.split(r"[,/]", data.get("demonym") or ""):
            if part.strip() and cc:
                out.append((part.strip(), cc, int(data.get("population") or 0)))
    return out


def read_demonym_file() -> list[dict[str, str]]:
    with open(DATA / "demonyms.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _targets(rows: list[Row]) -> dict[str, list[Row]]:
    """Name key → countries, admin1 units, regions and continents of that name."""
    out: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if row.fcode in DEMONYM_CODES:
            for name in {row.name, *row.names[:20]}:
                out[name_key(name)].append(row)
    return out


def demonym_table(rows: list[Row]) -> dict[str, set[int]]:
    """Demonym key (singular and plural) → ids of the places it names."""
    countries = {r.cc: r.id for r in rows if r.fcode == "PCLI"}
    out: dict[str, set[int]] = defaultdict(set)

    def add(word: str, place: int) -> None:
        for form in (word, plural(word)):
            if form:
                out[name_key(form)].add(place)

    groups: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for word, cc, pop in countryinfo_demonyms():
        groups[word].append((cc, pop))
    for word, members in groups.items():
        top = max(pop for _, pop in members)
        for cc, pop in members:
            if cc in countries and pop >= DEMONYM_SHARE * top:
                add(word, countries[cc])
    targets = _targets(rows)
    for rec in read_demonym_file():
        fits = [
            r for r in targets.get(name_key(rec["place"]), []) if r.cc == (rec["country"] or "")
        ]
        fits.sort(key=lambda r: DEMONYM_CODES.index(r.fcode))
        if fits:
            add(rec["demonym"], fits[0].id)
    return out


def unresolved_demonyms(rows: list[Row]) -> list[str]:
    """Rows of `demonyms.csv` whose place is not in ``rows`` (a data error the tests catch)."""
    targets = _targets(rows)
    return [
        rec["demonym"]
        for rec in read_demonym_file()
        if not any(r.cc == (rec["country"] or "") for r in targets.get(name_key(rec["place"]), []))
    ]
