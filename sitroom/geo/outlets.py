"""The country of the outlet that published a report: a national paper's reports are read
with its country as the home of the names in local use, as the nationality of the article's
police, officials and residents is (`sitroom.geo.theatres`): "a sit-in in Tripoli" from a
Beirut daily is Lebanon's Tripoli, not Libya's. Used only to choose among namesakes, never
as the event's place.

The outlets are ``data/outlets.csv`` (each row with a public source); a source line may
list several outlets ("A; B"), and an outlet written with its country in brackets ("Daily
Trust (Nigeria)") names that country whether or not the file lists it. International
outlets and agencies are not listed: they say nothing about where a report is.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from sitroom.geo.normalize import name_key

_DATA = Path(__file__).parent / "data"
_BRACKET = re.compile(r"\(([^()]+)\)\s*$")


@lru_cache(maxsize=1)
def outlet_table() -> dict[str, str]:
    """Each listed outlet's name key and its country (ISO2)."""
    with open(_DATA / "outlets.csv", newline="", encoding="utf-8") as fh:
        return {name_key(r["outlet"]): r["cc"] for r in csv.DictReader(fh)}


def outlet_countries(source: str, country_code: Callable[[str], str]) -> frozenset[str]:
    """The countries of the outlets ``source`` names (``country_code``: a country's name →
    its ISO2, '' for none)."""
    out: set[str] = set()
    for part in (p.strip() for p in re.split(r"[;|]", source or "")):
        bracket = _BRACKET.search(part)
        cc = country_code(bracket.group(1).strip()) if bracket else ""
        cc = cc or outlet_table().get(name_key(part), "")
        if cc:
            out.add(cc)
    return frozenset(out)
