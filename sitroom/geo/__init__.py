"""Geocoding (component `geo`) and entity-ruler patterns for place names.

The gazetteer (SQLite, built at install time by `sitroom gazetteer build`) answers
name lookups; `resolve` picks among same-named places using the article's context;
`component` chooses, for each event, the place where it happened.
"""

from __future__ import annotations


def ruler_patterns() -> list[dict]:
    """Entity-ruler patterns (GPE/LOC/FAC) from the supplement, countries, admin1 and big cities."""
    from sitroom.geo.patterns import all_patterns

    return [dict(p) for p in all_patterns()]
