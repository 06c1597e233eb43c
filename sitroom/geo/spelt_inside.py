"""A name no row holds as written, put by the text in a province or district the gazetteer
knows: a town of that unit spelt another way ("Tilbeh in Idleb": Tilbah; "Qoyali, Gadabay":
Geyalli), found among the unit's own towns by a spelling folded the way transliterations
differ (`normalize.loose_key`, spaces and hyphens dropped: "Gal Hareeri" is Galhareeri):
the same consonant skeleton (`normalize.skeleton`: "Ftireh" and Fatirah are both f-t-r)
and a close spelling.

Without it such a name falls back to its container at precision 2 or 3 (`containment.
fallback_place`) although the gazetteer holds the town: the variant searches of
`loose.loose_candidates` ask for a ratio of 80 over the whole gazetteer's aliases
("Ftireh"/Fatirah is 77 as written), and none runs when the name has exact rows elsewhere
("Bara" of Congo and Ethiopia, while Idleb's is Barah). Inside one unit a looser spelling
of the same skeleton is safe: the best town must be this alike (`spelt_inside_ratio`) and
the only one so (two equally alike towns farther apart than `spelt_inside_spread_km` are
left alone: the container stays the honest answer); among a whole province's towns, more
alike (`spelt_inside_province_ratio`: "Kamyanka, Donetsk" is no reading of the one Kamenka
the gazetteer files there, of the many the oblast has). A ratio alone is not: "Turan" is as
alike to Urban, "Andar" to Landar, "Saqba" to Sakka.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.fuzz import ratio

from sitroom.geo.build_spellings import spelling_key
from sitroom.geo.context import Mention
from sitroom.geo.gazetteer import Gazetteer, Hit, km
from sitroom.geo.loose_keys import loose_key
from sitroom.geo.normalize import name_key, roman_of_loose, skeleton
from sitroom.geo.thresholds import threshold

#: The folded spellings must be this alike (rapidfuzz ratio, 0-100) inside a district or
#: around a town ...
RATIO = threshold("spelt_inside_ratio")
#: ... and this alike among a whole province's towns (more towns, more chance likeness).
PROVINCE_RATIO = threshold("spelt_inside_province_ratio")
#: A district's name as a town's row files it may be spelt this differently.
ADMIN2_RATIO = 80.0
#: Equally alike towns farther apart than this (km) leave the name unread.
SPREAD_KM = threshold("spelt_inside_spread_km")
#: A district holds the towns filed under it, or lying this near its point (km).
DISTRICT_KM = threshold("district_km")
#: A town the text puts a name in holds the towns this near it (km).
TOWN_KM = threshold("town_radius_km")
#: Kinds of a mention that name an administrative unit, not a town.
_UNIT_KINDS = frozenset({"district", "admin1", "admin2"})
#: Folded names shorter than this are too short to read by a near spelling.
MIN_LETTERS = 4
#: Spoken forms (`spoken`) shorter than this are not compared.
SPOKEN_LETTERS = 5


def folded(name: str) -> str:
    """The spelling compared: the loose key without spaces, hyphens and apostrophes (the
    build's `spelling_key`, by which it files each province's towns)."""
    return spelling_key(loose_key(name_key(name)))


def _same_skeleton(gaz: Gazetteer, cc: str, admin1: str, skel: str) -> list[tuple[str, tuple]]:
    """The province's towns (folded name, raw row: a Hit is made only for a town alike
    enough) whose folded names have the skeleton ``skel``: read from the gazetteer's index
    (`Gazetteer.towns_spelt`), or, from a file built without it, among all its towns."""
    same = gaz.towns_spelt(cc, admin1, skel)
    return same if same is not None else _province(gaz, cc, admin1).get(skel, [])


#: A short vowel (one letter) between a name's first two consonants: Levantine speech drops
#: it where the classical romanisation writes it ("Sfuhen" / Safuhun, "Fleifel" / Fulayfil,
#: "Kfar" / Kafr).
_FIRST_VOWEL = re.compile(r"^([^aeiou])[aeiou](?=[^aeiou])")


@lru_cache(maxsize=100_000)
def spoken(key: str) -> str:
    """A folded spelling as the romanisations of one spoken name share it: what Ukrainian,
    Russian and French romanisations disagree on made one (`normalize.roman_of_loose`:
    "Petrovskoye" / Petrivske, "Beddawi" / Beddaoui, Levantine ei / ay), and the first
    syllable's vowel dropped."""
    return _FIRST_VOWEL.sub(r"\1", roman_of_loose(key))


def likeness(key: str, other: str) -> float:
    """How alike two folded spellings of one skeleton are: as written, or as spoken (the
    better; "Sfuhen"/Safuhun 77 as written, 83 as spoken; "Kamyanka"/Kamenka 80 and 77).
    Spoken forms of under `SPOKEN_LETTERS` letters are not compared: a dropped vowel is too
    large a share of them ("Bara" / Bir)."""
    written = ratio(key, other)
    said, heard = spoken(key), spoken(other)
    if min(len(said), len(heard)) < SPOKEN_LETTERS:
        return written
    return max(written, ratio(said, heard))


@lru_cache(maxsize=64)
def _province(gaz: Gazetteer, cc: str, admin1: str) -> dict[str, list[tuple[str, tuple]]]:
    """The province's towns by the skeleton of their folded names (a file built before
    the build indexed them, `sitroom.geo.build_spellings`)."""
    out: dict[str, list[tuple[str, tuple]]] = {}
    for row in gaz.towns_in(cc, admin1):
        key = folded(row[1])  # (the row's name)
        if key:
            out.setdefault(skeleton(key), []).append((key, row))
    return out


def spelt_inside(mention: Mention, name: str, holder: Hit | None, gaz: Gazetteer) -> list[Hit]:
    """The town of ``holder`` (a province, a district, or a town's surroundings) that
    ``name`` (the mention's name without its kind word) spells another way: the most alike
    one, when it is alike enough and no equally alike town lies far from it; else none. A
    unit the text names ("Daman district", "the city's X district") is no town."""
    if holder is None or holder.is_country or not holder.admin1 or mention.kind in _UNIT_KINDS:
        return []
    key = folded(name)
    if len(key) < MIN_LETTERS:
        return []
    same = _same_skeleton(gaz, holder.cc, holder.admin1, skeleton(key))
    floor = PROVINCE_RATIO if holder.level == 1 else RATIO
    scored = [(score, row) for score, row in ((likeness(key, other), row) for other, row in same) if score >= floor]
    inside = [(score, h) for score, h in ((s, Hit.from_row(row, False)) for s, row in scored) if _in_unit(h, holder)]
    if not inside:
        return []
    best = max(score for score, _ in inside)
    top = [h for score, h in inside if score == best]
    first = top[0]
    if any(km(first.lat, first.lon, h.lat, h.lon) > SPREAD_KM for h in top[1:]):
        return []
    return [max(top, key=lambda h: h.population)]


def _in_unit(town: Hit, holder: Hit) -> bool:
    """A province holds every town filed under it; a district those filed under it (any
    within a district's reach of its point when the row names no district); a town ("X in
    Idlib countryside" with Idlib read as the city) the towns within a town's reach. A
    curated area ("in Jabal al-Zawiya") is no district a town is filed under: its reach."""
    if holder.level == 1:
        return True
    if holder.level == 2 and town.admin2 and not holder.curated:  # filed under a district: that one, however spelt
        return ratio(name_key(town.admin2), name_key(holder.name)) >= ADMIN2_RATIO
    reach = DISTRICT_KM if holder.level == 2 else TOWN_KM
    return town.id != holder.id and km(town.lat, town.lon, holder.lat, holder.lon) <= reach
