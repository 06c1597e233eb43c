"""Places inside a town that no gazetteer row holds: streets, buildings, venues, parks.

ACLED's rule: an event at a site inside a town is coded at the town (geo_precision 1). A
name the resolver left unplaced whose head word says it is such a site ("Haifa Street",
"the Holy Family Church", "Coffman Park", "Jerome Township": ``last_words`` and
``first_words`` of the language pack's geo/local.yaml) is read as lying in the article's
local town: the town its chain puts it in ("on Haifa Street in Baghdad"), else the one town
its sentence names, else the one town of the sentences around it, else the town the
article's located names dwell on when it has one clear local frame. No town: no place (a
site in an article that names none is never guessed). A site read only through the place
its name holds ("Liverpool Academy": Liverpool) yields to that local town when the text
puts it in a town away from that place, or the town lies in another country; so does a site
read as a small village of its own name that lies in another country or farther than
``local_km`` from the town ("the Kuwait Hospital" as a Yemeni hamlet, in a report from Rafah).
A kind word after the name counts as its head ("the Quillfeather neighbourhood of Homs").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitroom.geo.gazetteer import Gazetteer, Hit, km
from sitroom.geo.normalize import name_key
from sitroom.geo.thresholds import threshold
from sitroom.lang import pack_words

if TYPE_CHECKING:  # (resolve imports this module: no import back into its cycle)
    from sitroom.geo.context import ArticleContext, Mention

LAST_WORDS = pack_words("geo/local", "last_words")
FIRST_WORDS = pack_words("geo/local", "first_words")
REGIONAL_WORDS = pack_words("geo/local", "regional_words")
OF_WORDS = pack_words("geo/local", "of_words")
_ARTICLES = pack_words("geo/words", "articles")

#: Towns of one sentence (or of a site's neighbouring sentences) this close are one local frame.
LOCAL_KM = threshold("local_km")
#: Share of the article's located town mentions its local town must hold (a clear frame).
LOCAL_SHARE = threshold("local_share")
#: A village row smaller than this read for a site's name is no reading that beats its town.
SITE_ROW_POPULATION = threshold("site_row_population")
#: What the text calls a container that keeps a site at that unit ("in Baghdad province").
_UNIT_KINDS = frozenset({"admin1", "admin2", "district", "area"})
#: Sentences either side of a site's own that may name its town.
_NEIGHBOURS = 1


def is_local_site(name: str) -> bool:
    """The name's head word is a street's, a building's, a venue's or a park's."""
    words = [w.strip(".,;:'’\"()").lower() for w in name.split()]
    words = [w for w in words if w]
    while words and words[0] in _ARTICLES:
        words = words[1:]
    if len(words) < 2 or any(w in REGIONAL_WORDS for w in words):
        return False
    ofs = [i for i, w in enumerate(words) if w in OF_WORDS]
    if ofs and ofs[0] > 0:  # "Guildhall School of Music": the school
        return words[ofs[0] - 1] in LAST_WORDS or words[0] in FIRST_WORDS
    return words[-1] in LAST_WORDS or words[0] in FIRST_WORDS


def site_name(m: Mention) -> str:
    """The mention's name with the site's kind word written after it, when it is one ("the
    Quillfeather neighbourhood": the mention is "Quillfeather", its kind folded into a town)."""
    return f"{m.text} {m.kind_word}" if m.kind_word in LAST_WORDS else m.text


def place_local_sites(
    mentions: Sequence[Mention],
    ctx: ArticleContext,
    gaz: Gazetteer,
    breaks: frozenset[int] = frozenset(),
) -> None:
    """Resolve each unplaced local site to its town (``site.resolved``: the town's row,
    ``site.within``: the mention that names it); leaves the article's frame as it is.
    ``breaks``: indices of sentences that open another story (`sitroom.lang.story.opens_story`); a site takes
    no town named across one."""
    sites = [m for m in mentions if _unsure(m) and not m.modifier and is_local_site(site_name(m))]
    if not sites:
        return
    # (a province the text puts a town in is no town of the article: "in Mesquita, Rio de
    # Janeiro"; as a site's own container it still names its town: "Hopkins Park in DeKalb")
    units = {
        id(m.container)
        for m in mentions
        if m.container is not None
        and not is_local_site(site_name(m))
        and (_unit(m.container) or (m.resolved is not None and m.resolved.level >= 2))
    }  # a name read as no place puts no town out ("Police in Mogadishu": Police, Poland)
    towns = [t for t in (_town_of(m, gaz) for m in mentions if id(m) not in units) if t is not None]
    unit = ctx.frame_admin1()
    if unit is not None and not _sites_only(unit, mentions, sites):
        # a town outside the province the article dwells on is no local frame
        towns = [t for t in towns if (t.hit.cc, t.hit.admin1) == unit]
    for site in sites:
        story = [t for t in towns if not _across(site.sentence, t.mention.sentence, breaks)]
        holder = next(site.resolved_containers(), None)
        chained = _town_of(holder, gaz) if holder is not None else None
        if chained is None and holder is not None and holder.resolved.level > 0 and site_name(site) != site.text:
            continue  # "the X quarter of Y", Y read as a district: Y's fallback places it
        town = chained or _nearby_town(site, story) or _article_town(story)
        if town is not None and (site.resolved is None or _placed_away(site.resolved, town, chained)):
            site.resolved, site.within = town.hit, town.mention


def _unit(m: Mention) -> bool:
    """The mention reads as a province or district."""
    return m.resolved is not None and m.resolved.level in (1, 2)


def _across(a: int, b: int, breaks: frozenset[int]) -> bool:
    """A sentence opening another story lies after the earlier of sentences ``a`` and ``b``,
    up to the later."""
    return any(min(a, b) < i <= max(a, b) for i in breaks)


def _sites_only(unit: tuple[str, str], mentions: Sequence[Mention], sites: Sequence[Mention]) -> bool:
    """The province the article seems to dwell on holds only readings of its sites (the
    Yemeni hamlet read for "the Kuwait Hospital"): no frame that refuses the text's towns."""
    held = [m for m in mentions if m.resolved is not None and (m.resolved.cc, m.resolved.admin1) == unit]
    return all(any(m is s for s in sites) for m in held)


def _unsure(m: Mention) -> bool:
    """Unplaced, or placed only through another name (a site read as the place its name
    holds, "Liverpool Academy": Liverpool; an alternate name), not its own row, or as a
    small village of its name (`_village_row`)."""
    return m.resolved is None or not m.resolved.primary or _village_row(m.resolved)


def _village_row(hit: Hit) -> bool:
    return hit.fclass == "P" and hit.level == 3 and hit.population < SITE_ROW_POPULATION


def _placed_away(reading: Hit, town: _Town, chained: _Town | None) -> bool:
    """The site's reading yields to its local town: a reading through another name as
    `_named_abroad` says; a village row of its own name when it lies in another country or
    farther than ``LOCAL_KM`` from the town."""
    if not reading.primary:
        return _named_abroad(reading, town, chained)
    return reading.cc != town.hit.cc or km(reading.lat, reading.lon, town.hit.lat, town.hit.lon) > LOCAL_KM


def _named_abroad(reading: Hit, town: _Town, chained: _Town | None) -> bool:
    """A site read as the place its name holds lies in the town the text puts it in
    instead: one its chain names ("the Kuwait Hospital in Rafah") away from that reading,
    or a local town of another country ("Liverpool Academy" in a report from Cairo)."""
    if chained is not None:
        return km(reading.lat, reading.lon, town.hit.lat, town.hit.lon) > LOCAL_KM
    return reading.cc != town.hit.cc


@dataclass(frozen=True)
class _Town:
    """A town the text names: the mention and the town's row."""

    mention: Mention
    hit: Hit


def _town_of(m: Mention, gaz: Gazetteer) -> _Town | None:
    """The town a located mention names: its own row when that is a town, or the seat
    town named like the province or district it was read as ("in Baghdad": the city, not
    the governorate), unless the text calls it a unit ("Baghdad province")."""
    hit = m.resolved
    if hit is None or m.modifier or m.origin or m.party or m.offset is not None:
        return None
    if is_local_site(m.text):
        return None  # "Washington Square" read as a far village: no town of the text
    if hit.level == 3:
        return _Town(m, hit) if hit.fclass == "P" else None
    if hit.level not in (1, 2) or m.kind in _UNIT_KINDS:
        return None
    town = _seat_named_like(m, gaz)
    return _Town(m, town) if town is not None else None


def _seat_named_like(m: Mention, gaz: Gazetteer) -> Hit | None:
    """The largest town spelt like the unit ``m`` was read as, inside it."""
    unit = m.resolved
    towns = [
        h
        for h in gaz.lookup(m.text)
        if h.level == 3
        and h.fclass == "P"
        and h.cc == unit.cc
        and h.admin1 == unit.admin1
        and name_key(h.name) == name_key(unit.name)
        and (unit.level == 1 or h.admin2 == unit.admin2 or km(h.lat, h.lon, unit.lat, unit.lon) <= LOCAL_KM)
    ]
    return max(towns, key=lambda h: h.population, default=None)


def _nearby_town(site: Mention, towns: Sequence[_Town]) -> _Town | None:
    """The town of the site's sentence, else of the sentences around it, when all the
    towns there are one local frame (within ``LOCAL_KM`` of each other); the nearest in the
    text."""
    for reach in range(_NEIGHBOURS + 1):
        near = [t for t in towns if abs(t.mention.sentence - site.sentence) <= reach]
        if near:
            if not _one_frame([t.hit for t in near]):
                return None
            return min(near, key=lambda t: (abs(t.mention.start - site.start), t.mention.start))
    return None


def _one_frame(hits: Sequence[Hit]) -> bool:
    first = hits[0]
    return all(km(h.lat, h.lon, first.lat, first.lon) <= LOCAL_KM for h in hits)


def _article_town(towns: Sequence[_Town]) -> _Town | None:
    """The town the article's located names dwell on: the most named one (the first of
    ties), when the towns within ``LOCAL_KM`` of it hold at least ``LOCAL_SHARE`` of all."""
    if not towns:
        return None
    counts = Counter(t.hit.id for t in towns)
    best = max(towns, key=lambda t: (counts[t.hit.id], -t.mention.start))
    close = sum(1 for t in towns if km(t.hit.lat, t.hit.lon, best.hit.lat, best.hit.lon) <= LOCAL_KM)
    return best if close >= LOCAL_SHARE * len(towns) else None
