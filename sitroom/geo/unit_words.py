"""The word each country calls its admin units by ("state" in Nigeria, "department" in
Benin): a unit word written with a name tells apart namesake provinces of two countries.

"Plateau state" in a report that names neither country is Nigeria's Plateau State, not
Benin's Plateau department; "Northern state" is Sudan's, not Ghana's Northern region nor
Zambia's Northern province. The words come from `data/unit_kind_words.csv` (the ISO 3166-2
subdivision types, and the names common English usage gives them beside those).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from sitroom.geo.gazetteer import Hit

_DATA = Path(__file__).parent / "data" / "unit_kind_words.csv"

#: The words written after a name that say which country's province it is; "district",
#: "municipality" or "territory" name units of nearly every country, and tell none apart.
TELLING = frozenset(
    {"state", "province", "region", "department", "governorate", "county", "oblast", "prefecture", "wilaya"}
)


@lru_cache(maxsize=1)
def unit_words() -> dict[str, frozenset[str]]:
    """Each listed country (ISO2) and the words its admin units are called by."""
    with open(_DATA, newline="", encoding="utf-8") as fh:
        return {r["iso2"]: frozenset(r["words"].split("|")) for r in csv.DictReader(fh)}


def telling_word(word: str) -> str:
    """The unit word ``word`` (the kind word written after a name) in the singular, when it
    tells countries apart; else ''."""
    word = word.lower()
    if word not in TELLING and word.endswith("s") and word[:-1] in TELLING:
        word = word[:-1]
    return word if word in TELLING else ""


def called(pool: Sequence[Hit], word: str, home: frozenset[str]) -> list[Hit]:
    """``pool`` without the provinces (admin1 rows) of countries that call their provinces
    otherwise than ``word``, when a province of the name lies in a country that calls them
    so and the article (``home``: its countries) names none of the pool's countries. A
    country the table does not list, and every row that is no province, stays."""
    word = telling_word(word)
    if not word or len(pool) < 2 or any(h.cc in home for h in pool):
        return list(pool)
    table = unit_words()
    provinces = [h for h in pool if h.level == 1 and not h.is_country and h.cc in table]
    fits = [h for h in provinces if word in table[h.cc]]
    if not fits or len(fits) == len(provinces):
        return list(pool)
    dropped = {id(h) for h in provinces if word not in table[h.cc]}
    return [h for h in pool if id(h) not in dropped]


def sole_country(rows: Sequence[Hit], word: str) -> list[Hit]:
    """The provinces ``rows`` of the one country that calls its provinces ``word`` ("Northern
    state": Sudan's), or [] when none or several do."""
    word, table = telling_word(word), unit_words()
    fits = [h for h in rows if h.level == 1 and word in table.get(h.cc, ())]
    return fits if word and len({h.cc for h in fits}) == 1 else []
