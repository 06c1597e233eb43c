"""The country of the outlet that published a report: a national paper's reports are read
with its country as the home of the names in local use, as the nationality of the article's
police, officials and residents is (`sitroom.geo.theatres`): "a sit-in in Tripoli" from a
Beirut daily is Lebanon's Tripoli, not Libya's. Used only to choose among namesakes, never
as the event's place, and only when nothing in the article points abroad (`outlet_home`):
national papers report foreign news too ("rockets fired by the Libyan National Army hit
Tripoli" in the same Beirut daily is Libya's Tripoli).

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
from typing import TYPE_CHECKING

from sitroom.geo.normalize import name_key
from sitroom.geo.thresholds import threshold

if TYPE_CHECKING:
    from sitroom.geo.context import ArticleContext, Mention
    from sitroom.geo.gazetteer import Gazetteer, Hit

#: A town of the article read only abroad this large says the report is about that country.
ABROAD_CITY = int(threshold("outlet_abroad_city"))

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


def outlet_home(
    outlet: frozenset[str], mentions: list[Mention], first: ArticleContext, gaz: Gazetteer
) -> frozenset[str]:
    """``outlet``, or nothing when the article points abroad: its actors all work or fight
    in other countries ("the Libyan National Army", "Haftar's fighters"), or it names a
    country, a province or a city that lies only abroad ("Janzour and Tripoli": Janzour is
    Libyan only). A village or a street whose only namesakes are foreign says nothing: the
    gazetteer lacks many local names."""
    actors = first.actors
    acting = actors.theatres | actors.forces
    if not outlet or (acting and not acting & outlet):
        return frozenset()
    for m in mentions:
        if m.modifier or m.party or m.weak:
            continue  # "Libyan officials said": who speaks, not where
        hits = gaz.lookup(m.text) or gaz.romanised(m.text)  # ("Janzour": Janzūr)
        if hits and not any(h.cc in outlet for h in hits) and any(map(_telling, hits)):
            return frozenset()
    return outlet


def _telling(hit: Hit) -> bool:
    """A reading that places a report in its country: the country, a province or district, a
    city."""
    return not hit.is_open and (hit.level <= 2 or hit.population >= ABROAD_CITY)
