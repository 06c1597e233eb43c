"""A name's exact readings, the kind word aside (`sitroom.geo.resolve.candidates`): its
rows as written with the own-name rule applied (`exact.own_names_first`), else the rows of
the name without its kind word, with the places its abbreviation or other names point at
(`forms.other_forms`).

The same name is asked again and again: in every mention of it, in both passes of an
article, in article after article ("Gaza", "Ukraine"). What it gives reads only the name,
its rows, the article's local countries and the language pack, so the answer is kept
(`_KEPT`) as where each reading came from: its place among the name's rows (and, when
they were asked, the rows of the name without its kind word). A reading made afresh for
the answer (an abbreviation's place, a folded name's) is made afresh on every ask as
before: such an answer is not kept.
"""

from __future__ import annotations

from sitroom.geo import forms
from sitroom.geo.exact import own_names_first
from sitroom.geo.gazetteer import Gazetteer, Hit
from sitroom.geo.normalize import split_generic
from sitroom.lang import active_pack

#: (name, its rows as written, local countries, pack, gazetteer) → (those rows, the name
#: without its kind word, whether that was looked up, where each reading is among the rows asked)
_KEPT: dict[tuple, tuple[tuple[Hit, ...], str, bool, list[int]]] = {}
_KEPT_MAX = 50_000  # (then forgotten at once)


def exact_readings(
    text: str, written: list[Hit], local: frozenset[str], gaz: Gazetteer
) -> tuple[str, list[Hit]]:
    """(the name without its kind word, its exact readings) of the name ``text`` whose rows
    as written are ``written``, in an article whose local countries among them are
    ``local``; a fresh list each time."""
    key = (text, tuple([h.id for h in written]), local, active_pack(), gaz)
    kept = _KEPT.get(key)
    if kept is not None and kept[0] == tuple(written):  # (mostly the very rows asked before)
        rows, name, bare, where = kept
        asked = [*written, *gaz.lookup(name)] if bare else written
        return name, [asked[i] for i in where]
    name = split_generic(text)[0]
    hits = own_names_first(text, written, local)
    bare = not hits and name != text
    if bare:
        hits = list(gaz.lookup(name))
    hits = forms.other_forms(text, name, hits, gaz)  # "L.A.", "Ceylon", "North London"
    asked = [*written, *gaz.lookup(name)] if bare else written
    where = _places_in(hits, asked)
    if where is not None:
        if len(_KEPT) >= _KEPT_MAX:
            _KEPT.clear()
        _KEPT[key] = (tuple(written), name, bare, where)
    return name, hits


def _places_in(hits: list[Hit], asked: list[Hit]) -> list[int] | None:
    """Where each of ``hits`` is among ``asked`` (the very record, not an equal one: the
    first place it has there); None when one is none of them (made for this answer)."""
    places: dict[int, int] = {}
    for i, a in enumerate(asked):
        places.setdefault(id(a), i)  # (ids of records all alive here: each its own)
    where = [places.get(id(h), -1) for h in hits]
    return None if -1 in where else where
