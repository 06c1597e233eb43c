"""Geocoding (component `geo`) and entity-ruler patterns for place names."""


def ruler_patterns() -> list[dict]:
    return []
