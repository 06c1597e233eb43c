"""A province that opens its sentence ("In Daraa province, a bomb hit a car in Jasim"):
the container of the sentence's other places that the text puts in none.

Round-ups tell one incident per sentence, each opened by its province ("In Kharkiv region,
a drone hit a house in Kupiansk. In Daraa, ..."). Without a container of its own, a town
of the second sentence is read in the article's frame, which the first sentence's province
weighs: a namesake there ("Jasim" of Deir ez-Zor, a hamlet) wins over the town of the
province the sentence names. The province opening the sentence is what the sentence is
about, as "Jasim, Daraa" would be.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sitroom.geo.context import Mention
from sitroom.geo.normalize import generic_alternation
from sitroom.lang import pack_pattern

#: "In ", "Elsewhere, in the southern " right after a sentence's start, before the name.
_OPENS_BEFORE = pack_pattern("geo/patterns", "fronted_unit_before", re.IGNORECASE, generic=generic_alternation)
#: ", " or " province, " right after the name: the phrase ends before the clause.
_CLOSES_AFTER = pack_pattern("geo/patterns", "fronted_unit_after", re.IGNORECASE, generic=generic_alternation)
#: "the town of " right before a later name: a town of the province, not another province.
_TOWN_BEFORE = pack_pattern("geo/patterns", "fronted_town_before", re.IGNORECASE)


def file_fronted_units(mentions: list[Mention], text: str, is_unit: Callable[[str], bool]) -> None:
    """Give each place of a sentence opened by "In <province>," that has no container of
    its own (and is no launch site, party or dateline) that province as its container."""
    for i, unit in enumerate(mentions):
        if not _fronted(unit, text, is_unit):
            continue
        for m in mentions[i + 1 :]:
            if m.sentence != unit.sentence:
                break
            if m.container is None and not (m.origin or m.modifier or m.dateline or _other_unit(m, text, is_unit)):
                m.container = unit
        unit.kind = unit.kind or "container"


def _fronted(m: Mention, text: str, is_unit: Callable[[str], bool]) -> bool:
    if m.modifier or m.origin or m.container is not None or not is_unit(m.text):
        return False
    return bool(_OPENS_BEFORE.search(text, max(0, m.start - 40), m.start)) and bool(
        _CLOSES_AFTER.match(text, m.end)
    )


def _other_unit(m: Mention, text: str, is_unit: Callable[[str], bool]) -> bool:
    return is_unit(m.text) and not _TOWN_BEFORE.search(text, max(0, m.start - 20), m.start)
