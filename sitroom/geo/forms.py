"""Names the gazetteer holds under another form than the one the text writes.

* Abbreviations ("L.A.", "NJ", "QLD", "Herts", "KSA"): ``data/abbreviations.csv``, each row
  a written form, the full name, its country and kind of row, and a public source. The form
  matches as written in capitals, with or without its points ("N.B." and "NB"); its places
  join the candidates beside any row filed under the letters themselves (an admin unit's
  abbreviation in the build's `admin1_aliases.csv`). A form that is also a word or other
  initials in capitals ("IN", "OR", "ME"; "MP", a member of parliament) is left out: a
  tagger that calls it a place is more often wrong than not.
* Other names of today's places, former ("Soviet Union", "Ceylon", "Rhône-Alpes") or
  official ("Korea"): ``data/other_names.csv``, each with its source; the place of today
  joins the candidates beside the namesakes of the name ("Zaire" is a province of Angola
  too: the article's other places choose).
* A province named after its seat that the gazetteer files under an adjective ("Belgorod
  Oblast": "Belgorodskaya oblast") is the province of the same-named town.
* Folds, asked only when no row has the name as written (words: the language pack's
  ``geo/forms.yaml``): a qualifier before a known name ("North London", "Greater Boston",
  "Nazi Germany") names that place; a unit word after it ("Gwoza LGA", "Kilkenny
  Municipal District") names its unit; a place's adjective or its people's name ("Siberian",
  "South East Asian", "New Londoners") names the place; a slip in a country's name
  ("Phillipines") names the country.

A demonym before an actor is still a party, never a place: these forms are asked only for a
name the text uses as a place (`resolve.candidates`).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from rapidfuzz.fuzz import ratio

from sitroom.geo.build_names import is_abbreviation
from sitroom.geo.gazetteer import Gazetteer, Hit
from sitroom.geo.normalize import NOT_A_NAME, TYPO_MIN_LETTERS, glued_article, name_key, skeleton
from sitroom.geo.thresholds import threshold
from sitroom.lang import PackValue

_DATA = Path(__file__).parent / "data"
_ELISION = re.compile(r"(?<=\b[DdLl])['\u2019]")
#: The shortest stem an adjective ending is taken off to (data/thresholds.yaml).
MIN_STEM = int(threshold("adjective_min_stem"))
#: An adjective names a town only as large as this ("Bostonian"); smaller towns' adjectives
#: are rare and their namesakes many ("Korean" is not a hamlet named Korea).
ADJECTIVE_TOWN = threshold("known_city")
#: A qualified name ("North X", "Greater X") names a town only this populous.
QUALIFIED_TOWN = threshold("qualified_town")
#: How close a name no row has must be to a country's to be read as a slip in it.
COUNTRY_TYPO_RATIO = threshold("country_typo_ratio")
#: Without a frame, a respelling must be this close to the name (rapidfuzz ratio) ...
NO_FRAME_RATIO = threshold("no_frame_ratio")
#: ... or name a town this large.
VARIANT_MIN_POPULATION = int(threshold("variant_min_population"))


@dataclass(frozen=True)
class OtherName:
    """A row of a names file: the place's name in the gazetteer, its country and the start
    of its feature code (``PCL``, ``ADM1``, ``PPL``; empty: any)."""

    name: str
    cc: str
    fcode: str


def _read(file: str) -> list[tuple[str, OtherName]]:
    with open(_DATA / file, newline="", encoding="utf-8") as fh:
        return [
            (r["form"], OtherName(r["name"], r["cc"], r["fcode"])) for r in csv.DictReader(fh)
        ]


def letters(text: str) -> str:
    """An abbreviation's letters, case kept: 'N.B.' and 'NB' → 'NB', 'Herts.' → 'Herts'."""
    return "".join(filter(str.isalnum, text))


def _index(file: str, key: Callable[[str], str]) -> dict[str, tuple[OtherName, ...]]:
    """A names file's rows under ``key`` of their written form (several rows per form)."""
    out: dict[str, tuple[OtherName, ...]] = {}
    for form, row in _read(file):
        out[key(form)] = (*out.get(key(form), ()), row)
    return out


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, tuple[OtherName, ...]]:
    return _index("abbreviations.csv", letters)


@lru_cache(maxsize=1)
def other_names() -> dict[str, tuple[OtherName, ...]]:
    return _index("other_names.csv", name_key)


def places(rows: tuple[OtherName, ...], gaz: Gazetteer) -> list[Hit]:
    """The gazetteer rows a names file's rows point at (not the name as written: secondary)."""
    return [
        replace(h, primary=False)
        for row in rows
        for h in gaz.lookup(row.name)
        if h.cc == row.cc and h.fcode.startswith(row.fcode)
    ]


def as_written(text: str, gaz: Gazetteer, dateline: bool = False) -> list[Hit]:
    """The rows of a name as written, "Calif" and "Tenn" without their point too; an acronym
    ("EU", "SA") names no town ("Eu", "Siá"), only a country or a province. A dateline
    writes its town in capitals ("BENI, Congo -"): no acronym there."""
    hits = list(gaz.lookup(text))
    if not hits and is_abbreviation(text + "."):
        hits = list(gaz.lookup(text + "."))
    if _is_acronym(text) and not dateline:
        hits = [h for h in hits if h.level <= 1]
    return hits


@lru_cache(maxsize=8_192)  # (asked for every name at each reading: a tenth as many names)
def _is_acronym(text: str) -> bool:
    alpha = "".join(filter(str.isalpha, text))
    return 0 < len(alpha) <= 4 and all(map(str.isupper, alpha))


def other_forms(text: str, name: str, hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """``hits`` (the rows of ``text`` as written; ``name``: without its kind word) with the
    places its abbreviation or other name points at, or, when there are none at all, those
    of a fold."""
    written = any(map(str.isupper, text))  # "NJ", "oPt"; "wa" is a word
    extra = places(abbreviations().get(letters(text), ()), gaz) if written else []
    extra += places(other_names().get(name_key(name), ()), gaz) + _seat_province(text, hits, gaz)
    return _beside(hits, extra) or folded(name, gaz)


def known_form(name: str, gaz: Gazetteer) -> bool:
    """A name no row has as written that names a place all the same: another name of one
    (``data/other_names.csv``), or a respelling of the name without an article run into it
    ("Aljfara")."""
    key = name_key(name)
    if key in other_names():
        return True
    stem = glued_article(key)
    return bool(stem) and _capitalised(name) and bool(gaz.variants(stem))


def respelt(name: str, gaz: Gazetteer, allowed: frozenset[str], province: bool) -> list[Hit]:
    """Another transliteration of a name no row has (`Gazetteer.variants`): inside the
    article's countries (``allowed``), a province when the text may use the name as one,
    or, with no countries to check against, a close spelling of a sizeable place. When no
    respelling of the name is one, those of the name without an article run into it
    ("Aljfara": Al Jafarah; "Alkufra": Al Kufrah)."""
    key = name_key(name)
    for asked in (name, glued_article(key)):
        if not asked:
            continue
        hits = [
            h
            for h in gaz.variants(asked)
            if h.cc in allowed
            or (province and h.fcode == "ADM1")
            or (not allowed and h.population >= VARIANT_MIN_POPULATION)
        ]
        if not allowed:  # nothing to check a loose spelling against: it must be close
            own = name_key(asked)
            hits = [h for h in hits if _close_to_tail(own, name_key(h.name))]
        if hits:
            return hits
    return []


def _close_to_tail(key: str, theirs: str) -> bool:
    """A respelling close to the place's name or to its last words: the generic word before
    a name is often left out ("Garabulli" for Qasr al Qarabulli). With nothing to check it
    against, a respelling changes vowels and the letters transliterations confuse, never a
    consonant: "Kuriga" is no spelling of Morocco's Khouribga."""
    words, own = theirs.split(), skeleton(key).replace(" ", "")
    return any(
        ratio(key, tail) >= NO_FRAME_RATIO and skeleton(tail).replace(" ", "") == own
        for tail in (" ".join(words[i:]) for i in range(len(words)))
    )


def _seat_province(text: str, hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """ "Belgorod Oblast", "Krasnodar Krai": the province of that own name ("Kyiv region":
    Kyiv Oblast, not the capital's Kyiv City), else that of the same-named town when its name
    begins with the town's ("Belgorodskaya oblast"), unless a province already is a
    candidate ("Kano State")."""
    words = name_key(text).split()
    if len(words) < 2 or words[-1] not in _PROVINCE_WORDS.value():
        return []
    if any(h.level == 1 and not h.is_country for h in hits):
        return []
    return stated_province(" ".join(words[:-1]), hits, gaz)


def stated_province(stem: str, hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """The province a text names by the stem of its name ("Belgorod" of "Belgorod Oblast",
    or of "the Krasnodar region" where the kind word stays outside the name): the province
    of that own name, else that of the same-named town when its name begins with the
    town's ("Belgorodskaya oblast", "Krasnodarskiy kray") or the town is its seat."""
    # "Kyiv region": the province whose own name is the stem (Kyiv Oblast), not the city's
    # own unit (Kyiv City) when the two differ
    named = [h for h in gaz.lookup(stem) if h.primary and h.level == 1 and not h.is_country]
    if named:
        return [replace(u, primary=False) for u in named]
    towns = [h for h in (hits or _own(stem, gaz)) if h.fclass == "P"]
    # (or the province whose seat the town is, the stem an other name of the town: "Lahj
    # governorate" is Lahij, whose seat Lahij is also written Lahj; not "the region of
    # Hadibu", the seat's own name: the area around the town)
    # (a Slavic province's adjective drops the town's last vowel: "Tula region" is
    # Tulskaya oblast, "Samara region" Samarskaya, "Sumy region" Sumska)
    adjective = stem[:-1] + "sk" if stem[-1:] in "aoyie" else stem
    units = (
        gaz.admin_unit(h.cc, h.admin1, 1)
        for h in towns
        if h.admin1
        and (
            name_key(h.admin1).startswith((stem, adjective))
            or (h.fcode == "PPLA" and not h.primary)
        )
    )
    return [replace(u, primary=False) for u in dict.fromkeys(units) if u is not None]


def _beside(hits: list[Hit], extra: list[Hit]) -> list[Hit]:
    ids = {h.id for h in hits}
    return hits + [h for h in dict.fromkeys(extra) if h.id not in ids]


def _capitalised(text: str) -> bool:
    return text[:1].isupper()


def folded(name: str, gaz: Gazetteer) -> list[Hit]:
    """The rows of a qualified name's place, a unit word's unit or an adjective's place."""
    if not _capitalised(name):
        return []
    words = name_key(name).split()
    elided = name_key(_ELISION.sub(" ", name)).split()  # "d'Abidjan": "d abidjan"
    return (
        _qualified(words, gaz) or _unit(elided, gaz) or _adjective(name, gaz) or _slip(name, gaz)
    )


def _own(key: str, gaz: Gazetteer, others: bool = True) -> list[Hit]:
    """Rows whose own name is ``key``, spaces aside ("south east asia": Southeast Asia), else
    (``others``) the large ones among those with it as another name, and the place its other
    name points at. A qualified name asks own names only: "East Burdwan" is a district, not
    the town that has "Burdwan" among its names."""
    if not key or key in NOT_A_NAME:
        return []
    compact = key.replace(" ", "")
    rows = gaz.lookup(key)
    own = [h for h in rows if h.primary or name_key(h.name).replace(" ", "") == compact]
    # a name only some row's other name: a district or a town of some size ("Burdwan")
    if others:
        own = own or [h for h in rows if h.level <= 2 or h.population >= QUALIFIED_TOWN]
    own = [replace(h, primary=False) for h in own]
    return _beside(own, places(other_names().get(key, ()), gaz))


def _qualified(words: list[str], gaz: Gazetteer) -> list[Hit]:
    """ "north london" → London; qualifiers may stack ("nazi occupied poland")."""
    rest, stripped = list(words), False
    while len(rest) > 1:
        cut = next((n for n in (3, 2, 1) if " ".join(rest[:n]) in _QUALIFIERS.value()), 0)
        if not cut or cut >= len(rest):
            break
        rest, stripped = rest[cut:], True
    if not stripped:
        return []
    hits = _own(" ".join(rest), gaz, others=False)
    return [h for h in hits if h.level <= 2 or h.population >= QUALIFIED_TOWN]


def _unit(words: list[str], gaz: Gazetteer) -> list[Hit]:
    """ "gwoza lga", "district autonome d abidjan" → the unit's own name's district, or its
    other rows when none is one."""
    base = ""
    for n in (3, 2, 1):
        if len(words) > n and " ".join(words[-n:]) in _UNIT_WORDS.value():
            base = " ".join(words[:-n])
            break
        if len(words) > n and " ".join(words[:n]) in _UNIT_PREFIXES.value():
            rest = words[n:]
            base = " ".join(rest[1:] if len(rest) > 1 and rest[0] in _JOINING.value() else rest)
            break
    hits = _own(base, gaz)
    return [h for h in hits if h.level == 2] or hits


def _adjective(name: str, gaz: Gazetteer) -> list[Hit]:
    """ "Siberian" → Siberia, "South East Asian" → Southeast Asia, "New Londoners" → New
    London: the first ending whose stem names a place."""
    low = name.strip()
    for ending, instead in _ENDINGS.value():
        if low.lower().endswith(ending) and len(low) - len(ending) >= MIN_STEM:
            written = low[: -len(ending)] + instead
            hits = [
                h
                for h in _own(name_key(written), gaz)
                if (h.level <= 1 or h.population >= ADJECTIVE_TOWN) and _spelt(written, h.name)
            ]
            if hits:
                return hits
    return []


def _spelt(stem: str, name: str) -> bool:
    """The stem is not the place's own name with its accents dropped: "Further" is no
    adjective of Fürth (a name that matched another way, "Korea", stays)."""
    def squeeze(text: str) -> str:
        return "".join(c for c in text.casefold() if c.isalnum())

    return squeeze(stem) == squeeze(name) or name_key(stem) != name_key(name)


def _slip(name: str, gaz: Gazetteer) -> list[Hit]:
    """ "Phillipines", "Mauritious": a country's name with a slip (never a demonym, whether
    the demonym table has it or not: "Argentinian")."""
    key = name_key(name)
    if len(key) < TYPO_MIN_LETTERS or gaz.demonym(name):
        return []
    return [
        replace(h, primary=False)
        for own, h in gaz.countries_by_letter.get(key[:1], ())  # (a slip keeps the first letter)
        if ratio(key, own) >= COUNTRY_TYPO_RATIO and not _people_of(key, own)
    ]


def _people_of(key: str, country: str) -> bool:
    """ "argentinian", "somalian", "afghanistani": the country's name (its last vowels
    aside) and an ending of its people's name, which the demonym table may lack; a demonym
    is a party, never a slip in the country's name."""
    return any(
        key.endswith(ending) and key[: -len(ending)].rstrip("aeiouy") == country.rstrip("aeiouy")
        for ending in _PEOPLE_ENDINGS.value()
    )


_QUALIFIERS = PackValue(
    lambda pack: frozenset(name_key(w) for w in pack.entry("geo/forms", "qualifiers"))
)
_PROVINCE_WORDS = PackValue(
    lambda pack: frozenset(name_key(w) for w in pack.entry("geo/forms", "province_words"))
)
_UNIT_PREFIXES = PackValue(
    lambda pack: frozenset(name_key(w) for w in pack.entry("geo/forms", "unit_prefixes"))
)
_JOINING = PackValue(lambda pack: frozenset(pack.entry("geo/forms", "joining_words")))
_UNIT_WORDS = PackValue(
    lambda pack: frozenset(name_key(w) for w in pack.entry("geo/forms", "unit_words"))
)
_PEOPLE_ENDINGS = PackValue(lambda pack: tuple(pack.entry("geo/forms", "people_endings")))
_ENDINGS = PackValue(
    lambda pack: tuple((str(a), str(b)) for a, b in pack.entry("geo/forms", "adjective_endings"))
)
