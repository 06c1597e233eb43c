"""The name folds of `sitroom.geo.normalize`, remembered for one gazetteer build.

A build folds the same names many times over (each pass over the rows, the shadows, the
seats, the keys, asks for the keys of the same ~2 million names), far more distinct names
than the bounded caches of `normalize` hold for the pipeline: there every fold missed and
was computed again (4.7 million `name_key` misses, ~60% of the build's CPU). These memos
hold a build's names; `clear` lets them go when the build is done. The values are those of
`normalize` (same functions), so the built file is the same.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from sitroom.geo import normalize

#: Names each memo keeps at most (the least recently used go first): a build asks
#: `name_key` of ~1.1 million distinct names; a GeoNames dump import (`insert_rows`) of many
#: more stays bounded.
MAX_NAMES = 1_500_000

_MEMOS: list = []
F = TypeVar("F", bound=Callable[[str], object])


def remember(fn: F) -> F:
    """``fn`` remembered for the build and cleared with the rest (`normalize`'s folds below,
    and a build's own: `build_wof.unit_key`, `build_names.base_name`)."""
    memo = lru_cache(maxsize=MAX_NAMES)(getattr(fn, "__wrapped__", fn))
    _MEMOS.append(memo)
    return memo  # type: ignore[return-value]


def by_words(fold: Callable[[str], str]) -> Callable[[str], str]:
    """``fold`` of a key worked out word by word, each word remembered: the keys of a build
    share their words ("kalay", "novo", "district"), ~0.3 million distinct words in its 0.65
    million keys of several words. A word is folded with the spaces around it in the key, so
    that a rule looking one letter past the word (a final -y after a consonant, a letter not
    a vowel before -ie) sees what it sees in the whole key: the letter folds of
    `transliteration.yaml` look no farther, never change a space, and the result is the
    key's own fold (tests/geo/test_geo_build_memo.py compares them)."""
    word = remember(fold)

    def folded(key: str) -> str:
        words = key.split(" ")
        if len(words) == 1 or "" in words:  # one word, or spaces doubled or at an end
            return word(key)
        last = len(words) - 1
        out = []
        for i, w in enumerate(words):
            lead, trail = int(i > 0), int(i < last)
            text = word(" " * lead + w + " " * trail)
            out.append(text[lead : len(text) - trail])
        return " ".join(out)

    return folded


name_key = remember(normalize.name_key)
ascii_fold = remember(normalize.ascii_fold)
loose_key = remember(by_words(normalize.loose_key))
skeleton = remember(normalize.skeleton)
_roman_words = by_words(normalize.roman_of_loose)
is_latin = remember(normalize.is_latin)


@remember
def roman_key(key: str) -> str:
    """`normalize.roman_key` of the remembered loose key: the build asks for most keys'
    loose forms elsewhere, which `normalize.roman_key` would fold again."""
    return _roman_words(loose_key(key))


def clear() -> None:
    """Forget the build's names (a pipeline run in the same process has no use for them)."""
    for memo in _MEMOS:
        memo.cache_clear()
