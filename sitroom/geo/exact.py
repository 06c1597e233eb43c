"""A place's own name before another place's alternate name (pure functions over `Hit`s).

GeoNames files old, foreign and misspelt names beside a town's own ("Berea" and "Beroea"
among Aleppo's, "Lakeville" among Conneaut's, "Pokrovsk" among Engels'). When the text's
name is the own name of a populated place, that place is what the text means (an admin
unit of that name hides nothing: "Vinnytsia" province beside its seat Vinnytsya); a town
that merely has the name among its alternates stays a reading only when it is the far
bigger place, a city of some size that dwarfs every place of that own name, none of them a
sizeable town ("Bombay": Mumbai, not a hamlet of 740 in New Zealand; "Bethlehem" is not
Belém, since South Africa's Bethlehem has 90,000 people), or when its own name is the text's name
respelt ("Odessa": Odesa; "Hillsboro": Hillsborough), which the article's other places
weigh as they weigh namesakes. The mirror rule at build time
(`build_names.drop_shadowed_aliases`) takes off a small town's alternate name that is a
big place's own name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz.fuzz import ratio

from sitroom.geo.gazetteer import Hit, km
from sitroom.geo.loose_keys import loose_key
from sitroom.geo.normalize import ARTICLES, ascii_fold, name_key
from sitroom.geo.thresholds import threshold

#: An alternate reading beside an own-name reading is at least this populous, and no town
#: of that own name is.
MIN_POPULATION = threshold("alternate_min_population")
#: ... and this many times as populous as the largest own-name reading.
FAR_RATIO = threshold("alternate_far_ratio")
#: A place's own name this close to the text's (rapidfuzz ratio of keys) is a respelling.
RESPELT_RATIO = threshold("no_frame_ratio")
#: ... when the text's name has this many letters at least.
RESPELT_MIN_LETTERS = threshold("respelt_min_letters")
#: A district with the name as an alternate is a stray reading beside a town this far off.
STRAY_UNIT_KM = threshold("stray_unit_km")


def own_names_first(
    text: str, hits: Sequence[Hit], countries: frozenset[str] = frozenset()
) -> list[Hit]:
    """``hits`` (the rows of ``text`` as written) without the towns that have the name only
    as an alternate name, when a populated place has it as its own name and the town is not the
    far bigger place (module doc). Rows of other kinds (an admin unit's base name, "Platte"
    of Platte County), the text's name inside a town's own ("Barton" of Barton upon Humber)
    and curated rows are kept, and so is a town in the article's ``countries`` when no place
    of that own name lies in them: a name in local use ("Derik", the Kurdish name of
    al-Malikiyah, in a report on Syria; "Dimitrov", Myrnohrad's former name, in one on
    Donetsk). A name written with its article ("el Mina") is the own name of the rows that
    bear the article, not of those that lack it (Mina, Mexico)."""
    hits = _article_as_written(text, hits)
    own = [h for h in hits if h.primary and h.fclass == "P"]
    if not own and not any(h.primary for h in hits):
        return _respelt_first(name_key(text), hits)
    if not own or len(own) == len(hits):
        return list(hits)
    largest = max([h.population for h in own])
    key = name_key(text)
    local = countries - {h.cc for h in own}  # the article's countries no own-name place is in
    seats = _units_of_the_name(key, hits)
    return [
        h
        for h in hits
        if (h.primary or h.cc in local or (h.cc, h.admin2) in seats or not _hidden(h, key, largest))
        and not _stray_unit(h, key, own)
    ]


def _units_of_the_name(key: str, hits: Sequence[Hit]) -> set[tuple[str, str]]:
    """(country, name) of the districts among ``hits`` whose own name is the text's: a town
    filed under one of them that lists the name among its alternates is its seat, as the
    unit is kept ("Bara" district and its town written Barah), never a hidden reading."""
    return {(h.cc, h.name) for h in hits if h.level == 2 and h.fclass == "A" and name_key(h.name) == key}


def _stray_unit(hit: Hit, key: str, own: Sequence[Hit]) -> bool:
    """A district that lists the name among its alternates though its own name is another
    ("Ancuabe" among Mecufi district's names), in a country where a populated place bears
    the name as its own, neither filed in the district nor near its point: that place is
    meant, not the neighbouring district (not "Veal Veaeng", the seat of Srok Veal Veng)."""
    if hit.level != 2 or hit.fclass == "P" or hit.primary or hit.curated:
        return False
    mine = name_key(hit.name)
    if key in mine or mine in key or _respelt(key, mine):
        return False  # "Ancuabe District", "Circunscricao de Palma": the unit of that name
    return any(
        o.cc == hit.cc
        and o.admin2 != hit.name
        and km(o.lat, o.lon, hit.lat, hit.lon) > STRAY_UNIT_KM
        for o in own
    )


def _respelt_first(key: str, hits: list[Hit]) -> list[Hit]:
    """No row has the name as its own: a row whose own name is the text's respelt
    ("Varandih" district: Varandeh) hides a row of the same country and rank that only
    lists the name among others (Zari, the district carved out of it)."""
    respelt = {(h.cc, h.level) for h in hits if _respelt(key, name_key(h.name))}
    return [h for h in hits if (h.cc, h.level) not in respelt or _respelt(key, name_key(h.name))]


def _hidden(hit: Hit, key: str, largest: int) -> bool:
    """A town known by another own name, no bigger than the rule allows."""
    if hit.fclass != "P" or hit.curated:
        return False
    mine = name_key(hit.name)
    if f" {key} " in f" {mine} " and _words_besides(key, mine):
        return False  # the name is words of the town's own: "Barton" of Barton upon Humber
    if _respelt(key, mine):
        return False  # the same name respelt ("Hillsboro" of Hillsborough): the article decides
    if largest >= MIN_POPULATION:
        return True  # a sizeable town of that very name: "Bethlehem" is not Belém
    return hit.population < MIN_POPULATION or hit.population < FAR_RATIO * largest


def _words_besides(key: str, own: str) -> bool:
    """The town's own name has words besides the text's, other than an article ("Suq
    Sirwah", "Barton upon Humber"; not "La Mina", "Al Mina")."""
    rest = f" {own} ".replace(f" {key} ", " ").split()
    return any(len(w) > 2 and w not in ARTICLES for w in rest)


def _respelt(key: str, own: str) -> bool:
    """The same name written another way: nearly the same letters ("Hillsboro",
    "Hillsborough"), or the same consonants in order, spaces aside ("Pongpong", "Pung-Pang");
    a translation shares fewer ("Bethlehem", Belém)."""
    if len(key) < RESPELT_MIN_LETTERS:
        return False  # "Mina" / "Minaq": short names are near many others
    if ratio(key, own) >= RESPELT_RATIO:
        return True
    skeleton = _consonants(key)
    return len(skeleton) >= 4 and skeleton == _consonants(own)  # "Mina" / "Mino": no


def _consonants(key: str) -> str:
    return "".join(filter(str.isalpha, loose_key(key))).translate(_NO_VOWELS)


_NO_VOWELS = str.maketrans("", "", "aeiouy")


def _article_as_written(text: str, hits: Sequence[Hit]) -> list[Hit]:
    """The lookup key drops an Arabic article ("el Mina" and "Mina" share a key). When some
    rows are named with the article as the text writes it, a row named without it is
    another name: abroad it is no reading (Mina, Mexico, for "el Mina" of Lebanon); in the
    same country it stays, matched as an alternate name is (a province filed without its
    article)."""
    written = _plain(text)
    if written.split(" ", 1)[0] not in ARTICLES or " " not in written:
        return list(hits)
    same = [h for h in hits if _plain(h.name) == written]
    if not same:
        return list(hits)
    ccs = {h.cc for h in same}
    return [
        h if h in same or not h.primary else replace(h, primary=False)
        for h in hits
        if h in same or not h.primary or h.cc in ccs
    ]


def _plain(name: str) -> str:
    return " ".join(ascii_fold(name).casefold().replace("-", " ").split())
