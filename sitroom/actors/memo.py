"""What the actor dictionary looks up again and again, answered once.

Every word of every sentence is tried as the start of a name, a country and a head noun,
and most words start none: the set of first words says so in one lookup. Capitalized
phrases that name no known actor come back in each sentence of an article, and the fuzzy
match over all names is the dictionary's dearest lookup: it is remembered per phrase.
The actors stage and finalize's re-resolve ask for the same phrases' mentions again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import wraps
from typing import Any

from rapidfuzz import fuzz, process

from sitroom.actors.entries import Mention
from sitroom.lang import active_pack

FUZZY_CUTOFF = 90.0
_FIRSTS: dict[int, tuple[dict, int, frozenset[str]]] = {}
_MAX_QUERIES = 4096


def first_words(index: dict[tuple[str, ...], Any]) -> frozenset[str]:
    """The words an index's keys start with (rebuilt when the index has grown)."""
    found = _FIRSTS.get(id(index))
    if found is None or found[0] is not index or found[1] != len(index):
        found = _FIRSTS[id(index)] = (index, len(index), frozenset(k[0] for k in index if k))
    return found[2]


_REACH: dict[int, tuple[dict, int, dict[str, int]]] = {}


def key_reach(index: dict[tuple[str, ...], Any]) -> dict[str, int]:
    """For each word an index's keys start with, the most words such a key holds (rebuilt
    when the index has grown): a name starting there is tried no longer than that, not
    at every length up to the longest key of all."""
    found = _REACH.get(id(index))
    if found is None or found[0] is not index or found[1] != len(index):
        reach: dict[str, int] = {}
        for k in index:
            if k and len(k) > reach.get(k[0], 0):
                reach[k[0]] = len(k)
        found = _REACH[id(index)] = (index, len(index), reach)
    return found[2]


def by_longest(keys: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Keys by their longest word (the first of the longest): a text none of whose words
    is such a word, or that lacks another word of each key holding one, holds no key."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for k in keys:
        if k:
            found.setdefault(max(k, key=len), []).append(k)
    return {w: tuple(ks) for w, ks in found.items()}


def fuzzy_hit(query: str, names: list[str], cache: dict[str, Any]) -> tuple | None:
    """The name closest to ``query`` when it is close both as written and with its words
    sorted, or None; ``cache`` (one per name list) remembers each query's answer."""
    if query not in cache:
        if len(cache) >= _MAX_QUERIES:
            cache.clear()
        hit = process.extractOne(query, names, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        ok = hit is not None and fuzz.token_sort_ratio(query, hit[0]) >= FUZZY_CUTOFF
        cache[query] = hit if ok else None
    return cache[query]


def prepare(dictionary: Any) -> None:
    """The first words and reaches of a dictionary's name, country and head indexes (and
    the keys `ActorDictionary.none_in` tests),
    made now, not on its first phrase (`sitroom.geo.preload`: before ingest forks its
    workers, which then share them)."""
    for index in (dictionary._names, dictionary._countries, dictionary._heads, *dictionary._local.values()):
        first_words(index)
        key_reach(index)
    dictionary.needed_words()


Find = Callable[..., list[Mention]]


def remember_mentions(find: Find) -> Find:
    """Wrap `ActorDictionary.mentions`: each (phrase, country, date, bare-state rule, fuzzy, pack)
    is read once per dictionary; callers get fresh copies, which they may change."""

    @wraps(find)
    def mentions(
        self: Any, text: str, country: str | None = None, when: Any = None,
        allow_bare_state: bool = True,
        fuzzy: bool = True,
    ) -> list[Mention]:
        memo = self.__dict__.setdefault("_mentions_found", {})
        key = (text, country, when, allow_bare_state, fuzzy, active_pack())
        found = memo.get(key)
        if found is None:
            if len(memo) >= _MAX_QUERIES:
                memo.clear()
            found = memo[key] = tuple(find(self, text, country, when, allow_bare_state, fuzzy))
        return [replace(m, assoc=list(m.assoc)) for m in found]

    return mentions
