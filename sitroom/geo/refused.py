"""A name the text puts in an admin unit that none of its namesakes lies in: a place the
gazetteer lacks, and the same name bare elsewhere in the article is that place too (moved
from `sitroom.geo.containment`, behaviour unchanged)."""

from __future__ import annotations

from collections.abc import Sequence

from sitroom.geo.containment import SIZEABLE, enclosing
from sitroom.geo.context import Mention
from sitroom.geo.gazetteer import Hit
from sitroom.geo.normalize import name_key


def refused_in_container(mentions: Sequence[Mention]) -> list[Mention]:
    """A name the text puts in a container that none of its namesakes lies in is a place
    the gazetteer lacks ("X village in Y district" with every X elsewhere): the same name
    bare elsewhere in the article is that place too, not a far namesake. A town of some
    size keeps its reading, as `_filed_elsewhere` spares it. Returns the mentions whose
    reading was dropped (the caller takes their weight out of the article's frame)."""
    refused = {
        name_key(m.text)
        for m in mentions
        if m.resolved is None and not m.listed and _admin_unit(enclosing(m))
    }
    dropped: list[Mention] = []
    if not refused:
        return dropped
    for m in mentions:
        hit = m.resolved
        if hit is None or m.container is not None or m.near is not None or hit.level < 3:
            continue
        if hit.population < SIZEABLE and name_key(m.text) in refused:
            dropped.append(m)
    return dropped


#: Feature codes of the admin units whose refusal of a name's namesakes settles it.
_ADMIN_CODES = frozenset({"ADM1", "ADM2", "ADM3"})


def _admin_unit(hit: Hit | None) -> bool:
    """A province or district (not a country, nor a looser region a text may misread)."""
    return hit is not None and hit.fcode in _ADMIN_CODES
