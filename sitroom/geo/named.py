"""Sites and bodies named after their place: "Harare City Council", "the Bank of Japan".

A name the gazetteer lacks whose last word says it is a site or a body
(``named_after_heads`` of the language pack's geo words) is read as the place it names:
the longest run of its first words that the gazetteer knows ("Harare" of "Harare City
Council", "Kirkuk" of "Kirkuk Oil Refinery"), or the words after its last "of" ("Japan" of
"Bank of Japan"); not a site that honours a person ("the X Y Memorial Stadium"). Its candidates then compete as that place's would. A name with its
kind word ("Hole camp", "Zhari district") may be filed whole (`with_kind_word`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from sitroom.geo.containment import CITY, enclosing
from sitroom.geo.context import KIND_CODES, ArticleContext, Mention
from sitroom.geo.gazetteer import Gazetteer, Hit, km
from sitroom.geo.normalize import NOT_A_NAME, name_key, split_generic
from sitroom.geo.thresholds import threshold
from sitroom.geo.unit_words import sole_country
from sitroom.lang import pack_words

if TYPE_CHECKING:  # (only named in annotations: resolving toponyms imports no spaCy)
    from spacy.tokens import Doc, Span

HEADS = pack_words("geo/words", "named_after_heads")
ARTICLES = pack_words("geo/words", "articles")
OF = pack_words("geo/words", "of_preps")
#: Words of a site named after a person ("X Y Memorial Hospital"): no place it names.
HONOUR = pack_words("geo/words", "honour_words")
#: Kinds of site whose word is part of a curated site's name ("Hole camp", "Taji base").
SITE_KINDS = frozenset({"camp", "base", "crossing", "field"})
#: Sites a name locates ("the X hospital", "the hospital of X").
SITE_HEADS = pack_words("geo/words", "site_heads")
#: "X hospital in Y": the words that put a site in a place the text names after it.
SITE_IN = pack_words("geo/words", "site_in_preps")
#: Words that make a name a feature or unit named after a town ("X Township", "Lake X").
FEATURE_WORDS = pack_words("geo/words", "feature_words")
#: A feature named after a town outside the article's provinces lies this close to its
#: places (data/thresholds.yaml).
FEATURE_KM = threshold("feature_km")


#: "City-Quarter" as notes write a quarter of a city ("Belgrade-Vracar"): the city's name,
#: a hyphen without spaces, the quarter's capitalised name.
_QUARTER = re.compile(r"(?P<city>[A-Z][\w'’]+(?: [A-Z][\w'’]+)?)-(?P<part>[A-Z][\w'’]*(?:[ -][A-Z][\w'’]*)*)")


def city_of_quarter(name: str, gaz: Gazetteer) -> list[Hit]:
    """The city of a "City-Quarter" name the gazetteer lacks ("Zagreb-Gornji Grad": Zagreb),
    when the first part is a known city and the second no city of its own (two cities
    joined name a route: "Jessore-Dhaka")."""
    m = _QUARTER.fullmatch(name.strip())
    if m is None:
        return []
    cities = [h for h in gaz.lookup(m.group("city")) if h.level == 3 and h.primary and h.population >= CITY]
    if not cities or any(h.level == 3 and h.population >= CITY for h in gaz.lookup(m.group("part"))):
        return []
    return [replace(max(cities, key=lambda h: h.population), primary=False)]


def named_after(name: str, gaz: Gazetteer) -> list[Hit]:
    """Candidates of the place a site or body is named after, or the city of a quarter
    ("City-Quarter"); [] when it names none."""
    quarter = city_of_quarter(name, gaz)
    if quarter:
        return quarter
    words = name.replace("’s", "").replace("'s", "").split()
    lowered = [w.lower().strip(".,") for w in words]
    if len(words) < 2:
        return []
    ofs = [i for i, w in enumerate(lowered) if w in OF]
    if ofs and (lowered[0] in HEADS or lowered[ofs[-1] - 1] in HEADS):  # "Bank of Japan"
        tail = [w for w in words[ofs[-1] + 1 :] if w.lower() not in ARTICLES]
        return _known(" ".join(tail), gaz) if tail else []
    if lowered[-1] not in HEADS or HONOUR.intersection(lowered):
        return []
    for n in range(len(words) - 1, 0, -1):  # "Harare City Council": Harare
        if words[n - 1][:1].isupper():
            hits = _known(" ".join(words[:n]), gaz)
            if hits:
                return hits
    return []


def feature_town(name: str, gaz: Gazetteer, ctx: ArticleContext) -> list[Hit]:
    """ "Jackson Township", "Lake Cumberland", "Naugatuck River": a name the gazetteer lacks
    that is a known name and a feature word (``feature_words``) is read as that town or
    county, but only inside a province where the article puts its places or near one of
    them: a river or lake is named after the towns on its banks, not a namesake abroad."""
    words = name.split()
    if len(words) < 2:
        return []
    first, last = words[0].lower().strip("."), words[-1].lower().strip(".")
    if last in FEATURE_WORDS:
        bare = words[:-1]
    elif first in FEATURE_WORDS:
        bare = words[1:]
    else:
        return []
    if bare and bare[0].lower() in OF:  # "River of X"
        bare = bare[1:]
    return [h for h in _known(" ".join(bare), gaz) if h.level >= 2 and _in_frame(h, ctx)]


def _in_frame(hit: Hit, ctx: ArticleContext) -> bool:
    if ctx.place_admin1s.get((hit.cc, hit.admin1), 0) > 0:
        return True
    return any(a.id != hit.id and km(hit.lat, hit.lon, a.lat, a.lon) < FEATURE_KM for a in ctx.anchors)


def _known(text: str, gaz: Gazetteer) -> list[Hit]:
    if not text or name_key(text) in NOT_A_NAME:
        return []
    return [replace(h, primary=False) for h in gaz.lookup(text)]


def with_kind_word(mention: Mention, hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """Rows filed under the name with its kind word: a curated site is the one meant ("in
    Hole camp" with "Hole" tagged); a district row joins the candidates when no row of the
    bare name is a district nor lies in the container's country ("Zhari district,
    Kandahar": Zharey, not the Polish town of Zary; "Puncak regency": the regency, not a
    Javanese village)."""
    if mention.kind in SITE_KINDS:
        return list(gaz.lookup(f"{mention.text} {mention.kind}")) or hits
    codes = KIND_CODES.get(mention.kind)
    if mention.kind != "district" or any(h.fcode in codes for h in hits):
        return hits
    holder = enclosing(mention)
    if holder is not None and any(h.cc == holder.cc for h in hits):
        return hits  # "Bala Murghab district" and its province: the town of that name there
    # the unit's row under the word the text wrote ("Puncak regency": Kabupaten Puncak)
    word = mention.kind_word or "district"
    return hits + [h for h in gaz.lookup(f"{mention.text} {word}") if h not in hits]


#: Kinds a name's own word gives a unit ("X district", "X governorate", "X county").
_UNIT_WORD_KINDS = frozenset({"district", "admin1", "admin2"})


def bare_at_home(text: str, hits: list[Hit], gaz: Gazetteer, home: frozenset[str]) -> list[Hit]:
    """The rows of the bare name in the article's countries (``home``) when every row of
    the name as written with its kind word lies abroad: "Karak district" in a report on
    Jordan is Jordan's Karak, not Pakistan's Karak District. A unit word keeps the units
    among them when there are any (the district, not a village of its name)."""
    name, kind = split_generic(text)
    if not hits or name == text or any(h.cc in home for h in hits):
        return []
    rows = [h for h in gaz.lookup(name) if h.cc in home and h not in hits]
    units = [h for h in rows if 0 < h.level < 3] if kind in _UNIT_WORD_KINDS else []
    return units or rows


def direction_unit(mention: Mention, gaz: Gazetteer, countries: frozenset[str]) -> list[Hit]:
    """A direction or kind word ("North West", "Centre") names an admin unit only when the
    text calls it one ("the North West region") or puts it in a country ("North East,
    Ghana"); then only the units of that country, or of the article's ``countries``.
    Otherwise ("in the North East of the country") it names nothing."""
    holder = enclosing(mention)
    if holder is not None and holder.level > 0:
        return []  # "the Central ward" of a town: a part of the town, not a region
    if mention.kind != "admin1" and holder is None:
        return []
    rows = [h for h in gaz.lookup(mention.text) if h.level == 1]
    if holder is None and not countries:  # "Northern state": the one country calling its units so
        return sole_country(rows, mention.kind_word)
    allowed = {holder.cc} if holder is not None else countries
    return [h for h in rows if h.cc in allowed]


def names_a_site(doc: Doc, run: Span) -> bool:
    """ "the Tarnby legislature", "the hospital of Tarnby": a known name that locates a
    site (kept weak: it must still resolve where the article is)."""
    if run.end < len(doc) and doc[run.end].lower_ in SITE_HEADS:
        return not _sited_in_a_name(doc, run.end + 1)
    i = run.start
    return i > 1 and doc[i - 1].lower_ in OF and doc[i - 2].lower_ in SITE_HEADS


def _sited_in_a_name(doc: Doc, i: int) -> bool:
    """ "Nasser hospital in Khan Younis": the site's word is followed by "in" and another
    capitalised name, where the site is; the name before the word is the site's own."""
    if i + 1 >= len(doc) or doc[i].lower_ not in SITE_IN:
        return False
    nxt = doc[i + 2] if doc[i + 1].lower_ in ARTICLES and i + 2 < len(doc) else doc[i + 1]
    return nxt.text[:1].isupper()


def site_word(name: str) -> bool:
    """The name is only a site's or a body's kind word ("in Court", "at the Market"): a
    capitalized common noun, no place of its own whatever village bears it."""
    key = name_key(name)
    return key in HEADS or key in SITE_HEADS


#: Kinds a name's kind word makes a settlement (`lang/*/geo/kinds.yaml`).
SETTLEMENTS = frozenset({"village", "town", "city"})


def no_sites_for_settlements(mention: Mention, hits: list[Hit]) -> list[Hit]:
    """A name written as a village, town or city reads as no site (an airport, a base, a
    building) by a loose spelling: "Lawantu village" is not the airport called "Lawanti"."""
    if mention.kind not in SETTLEMENTS:
        return hits
    return [h for h in hits if h.fclass != "S"]
