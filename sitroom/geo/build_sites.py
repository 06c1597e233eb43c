"""Airports for the gazetteer: the scheduled-service airports airportsdata ships, by the
names news gives them.

GeoNames' populated places lack them, yet reports name airports as places ("shelling
near Mitiga", "flights from Gatwick", "Pearson International Airport"). Each airport with
an IATA code becomes a site row (feature code ``AIRP``) under its full name, that name
without "International", without a leading town of its country ("Toronto Pearson ..." →
"Pearson International Airport") or a "City / " prefix, and, when what is left is one
word that names no town or admin unit of the country, that word alone ("Gatwick"; not
"Kassala" of "Kassala Airport", which is the town). The generic words are data:
``data/airport_words.txt``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import lru_cache

from sitroom.geo.build_db import Row
from sitroom.geo.build_filing import Filing, NearestTown
from sitroom.geo.build_memo import ascii_fold, name_key
from sitroom.geo.build_wof import unit_key
from sitroom.geo.sources import package_file, read_word_sections

#: Ids of airport rows: this base plus the row's number in the file.
AIRPORT_ID_BASE = 2_100_000_000
#: An airport this close to a curated supplement row of a site is that row.
SAME_SITE_KM = 5.0
_PAREN = re.compile(r"\s*\([^)]*\)")


@lru_cache(maxsize=1)
def _sections() -> dict[str, frozenset[str]]:
    return read_word_sections("airport_words.txt", "generic", lower=True)


def airport_words() -> tuple[frozenset[str], frozenset[str]]:
    """(generic words at a name's end, words a name says nothing with alone)."""
    sections = _sections()
    return sections["generic"], sections["not alone"]


def _without_inner(text: str) -> str:
    """The name without the words news drops from inside it ("Pearson Airport" of
    "Pearson International Airport"); a last word stays."""
    dropped = _sections()["dropped inside"]
    words = text.split()
    return " ".join(w for i, w in enumerate(words) if i == len(words) - 1 or w.lower() not in dropped)


def read_airports() -> list[dict[str, str]]:
    """airportsdata's rows that have an IATA code (airports with scheduled service)."""
    with open(package_file("airportsdata", "airports.csv"), newline="", encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r.get("iata") and r.get("country")]


def _core(words: list[str]) -> list[str]:
    """The words before the generic tail ("Pearson" of "Pearson International Airport")."""
    generic, _ = airport_words()
    end = len(words)
    while end > 0 and words[end - 1].lower().strip(".") in generic:
        end -= 1
    return words[:end]


def _without_town(words: list[str], towns: frozenset[str]) -> list[str]:
    """The name without a leading town of its country ("Toronto Pearson ..." → "Pearson ...")."""
    for size in (3, 2, 1):
        if len(words) > size and name_key(" ".join(words[:size])) in towns:
            return words[size:]
    return words


def airport_names(name: str, towns: frozenset[str]) -> list[str]:
    """The names an airport goes by; ``towns``: name keys of its country's towns and units."""
    _, not_alone = airport_words()
    out: list[str] = [name]
    for part in _PAREN.sub("", ascii_fold(name)).split("/"):
        words = part.replace("-", " - ").split()
        words = [w for w in words if w != "-"] if len(words) > 1 else words
        if not words or name_key(" ".join(words)) in towns:
            continue  # "Ottawa / Macdonald-Cartier ...": "Ottawa" is the town
        for form in (words, _without_town(words, towns)):
            core = _core(form)
            key = name_key(" ".join(core))
            if form is not words and (not key or all(w.lower() in not_alone for w in core)):
                continue  # "London City Airport" is not "City Airport"
            text = part.strip() if form is words else " ".join(form)
            out.append(text)
            out.append(_without_inner(text))
            if len(core) == 1 and len(key) >= 4 and key not in towns and key not in not_alone:
                out.append(" ".join(core))
    seen: set[str] = set()
    return [n for n in out if n and not (name_key(n) in seen or seen.add(name_key(n)))]


def airport_rows(
    records: Iterable[dict[str, str]], places: list[Row], sites: list[Row]
) -> list[Row]:
    """Site rows for the airports, filed under a province by `build_filing` (the province
    airportsdata names where a town near it is filed there, else the nearest town on its
    side of the provincial outline); an airport the supplement already has (a site within
    5 km) is left to it."""
    from sitroom.geodesy import haversine_km

    towns: dict[str, set[str]] = {}
    for row in places:
        if row.fclass in ("P", "A"):
            towns.setdefault(row.cc, set()).update(name_key(n) for n in row.names[:20])
    frozen = {cc: frozenset(keys) for cc, keys in towns.items()}
    filing = Filing(places, NearestTown(places), unit_key)
    out: list[Row] = []
    for n, rec in enumerate(records, start=1):
        cc, lat, lon = rec["country"], float(rec["lat"]), float(rec["lon"])
        if any(haversine_km(lat, lon, s.lat, s.lon) < SAME_SITE_KM for s in sites if s.cc == cc):
            continue
        admin1, admin2 = filing.file(cc, lat, lon, rec.get("subd", ""))
        out.append(
            Row(
                AIRPORT_ID_BASE + n, ascii_fold(rec["name"]), "S", "AIRP", cc, lat, lon, 0,
                admin1, admin2, "", 1, f"airportsdata: {rec['iata']}",
                airport_names(rec["name"], frozen.get(cc, frozenset())),
            )
        )
    return out
