"""Places inside an armed movement's branch name: "claimed by the Islamic State in Libya",
"al-Qaeda in the Islamic Maghreb", "Islamic State West Africa Province". The region names
which branch acts (a party's attribute, like "US warplanes"), not where the deed was: an
attack in a Tunisian town claimed by the Libyan branch happened in Tunisia. Only the
movements that name branches so (`branch_stem` of the pack's patterns) are read: "UNICEF in
Yemen" or "fighting in Libya" still place."""

from __future__ import annotations

from collections.abc import Callable

from sitroom.geo.resolve import Mention
from sitroom.geo.spans import _pattern

#: "Islamic State", "al-Qaeda": a movement's own name (never a place: "Islamic" read as a
#: state's name, "the Islamic State in Libya" as a state inside Libya).
_STEM = _pattern("branch_stem", 0)
#: "... the Islamic State in (the) ": the name before a branch's region.
_BRANCH_BEFORE = _pattern("branch_before", 0)
#: "Islamic State " before and " Province" after the region.
_PROVINCE_BEFORE = _pattern("province_before", 0)
_PROVINCE_AFTER = _pattern("province_after", 0)
_PROVINCE_END = _pattern("province_end", 0)
#: How far before a name its movement's words may stand.
_REACH = 40


def mark_branch_names(
    mentions: list[Mention], text: str, is_country: Callable[[str], bool] = lambda _: False
) -> list[Mention]:
    """The mentions without those inside a movement's own name, the places inside a branch
    name marked as a party's (modifier and party, holding nothing, held by nothing). A branch
    is named by a country or a region after "the" ("in the Islamic Maghreb"); a town after the
    movement's name is where it acted ("a bomber sent by Islamic State in Tikrit")."""
    stems = [s.span() for s in _STEM.finditer(text)]
    if not stems:
        return mentions
    kept = [m for m in mentions if not any(a < m.end and m.start < b for a, b in stems)]
    marked: list[Mention] = []
    for m in kept:
        before = text[max(0, m.start - _REACH) : m.start]
        branch = _BRANCH_BEFORE.search(before)
        in_branch = (branch is not None and (is_country(m.text) or " the " in branch.group(0))) or (
            _PROVINCE_BEFORE.search(before) is not None
            and (_PROVINCE_AFTER.match(text[m.end : m.end + 12]) or _PROVINCE_END.search(m.text)) is not None
        )
        if in_branch:
            m.modifier, m.party, m.container = True, True, None
            marked.append(m)
    kept_ids = {id(m) for m in kept}
    gone = {id(m) for m in mentions if id(m) not in kept_ids} | {id(m) for m in marked}
    for m in kept:
        if m.container is not None and id(m.container) in gone:
            m.container = None
    return kept
