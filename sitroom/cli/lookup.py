"""Meeting the user's spelling: countries by name or ISO code, and the nearest stored value
when a filter matches nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Events read to learn the stored values for suggestions (a bounded query, newest first).
SAMPLE_EVENTS = 20000

#: Below this similarity (0-100) a stored value is no suggestion at all.
MIN_SCORE = 60


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def country_names(code: str) -> list[str]:
    """The names an ISO 3166 alpha-2, alpha-3 or numeric code goes by ([] if it is none)."""
    import pycountry

    value = code.strip()
    country = None
    if value.isdigit():
        country = pycountry.countries.get(numeric=f"{int(value):03d}")
    elif len(value) in (2, 3) and value.isalpha():
        country = pycountry.countries.get(**{"alpha_2" if len(value) == 2 else "alpha_3": value.upper()})
    if country is None:
        return []
    names = [getattr(country, a, "") for a in ("common_name", "name", "official_name")]
    short = country.name.split(",")[0]  # "Iran, Islamic Republic of" → "Iran"
    return [n for n in dict.fromkeys([*names, short]) if n]


def resolve_country(value: str, stored: Iterable[str]) -> str:
    """The stored country a name or ISO code means: an exact (any case) stored name first,
    then the names the code goes by; else the value unchanged."""
    known = {s.lower(): s for s in stored if s}
    if value.lower() in known:
        return known[value.lower()]
    for name in country_names(value):
        if name.lower() in known:
            return known[name.lower()]
    names = country_names(value)
    return names[0] if names else value


def nearest(value: str, choices: Iterable[str]) -> str | None:
    """The stored value closest to what the user typed ('airstrike' → 'Air/drone strike')."""
    from rapidfuzz import fuzz, process

    options = {_key(c): c for c in choices if c}
    if not options or not value.strip():
        return None
    hit = process.extractOne(_key(value), list(options), scorer=fuzz.WRatio)
    if hit is None or hit[1] < MIN_SCORE:
        return None
    return options[hit[0]]


def stored_values(events: Iterable, fields: Iterable[str]) -> dict[str, set[str]]:
    """Distinct non-empty values of some record fields (actor fields split on '; ')."""
    out: dict[str, set[str]] = {f: set() for f in fields}
    for event in events:
        for name in out:
            raw = getattr(event, name, "") or ""
            parts = raw.split("; ") if isinstance(raw, str) else [str(raw)]
            out[name].update(p for p in parts if p)
    return out
