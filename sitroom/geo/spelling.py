"""Whether two gazetteer keys spell one name: the test `Gazetteer.variants` puts to the keys
that share a name's consonant skeleton (pure functions over keys; no gazetteer access)."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.fuzz import ratio

from sitroom.geo.build_names import CASE_MARK
from sitroom.geo.loose_keys import loose_key
from sitroom.geo.normalize import consonant_fold

_VOWELS = re.compile(r"[aeiou]+")


class Spelling:
    """Whether another key spells the same name as ``key``: once transliteration noise is
    folded (`loose_key`), the same letters but for vowels, or, with the consonants that
    transliterations swap made one as well (`consonant_fold`: "Gasr" / "Qasr"), nearly the
    same letters; with and without spaces."""

    def __init__(self, key: str, min_ratio: float) -> None:
        self.loose, self.tight = loose_key(key), loose_key(key.replace(" ", ""))
        self.loose_vowels, self.tight_vowels = _vowels(self.loose), _vowels(self.tight)
        self.folded, self.folded_tight = consonant_fold(self.loose), consonant_fold(self.tight)
        self.min_ratio = min_ratio
        self._close: dict[str, bool] = {}

    def near(self, other: str) -> bool:
        """The same letters but for vowels, or nearly the same letters."""
        spaced = loose_key(other)
        if _vowels(spaced) == self.loose_vowels:
            return True
        # a one-word key (most) is its own joined form: folded once, not twice
        joined = loose_key(other.replace(" ", "")) if " " in other else spaced
        return _vowels(joined) == self.tight_vowels or self._ratio(spaced, joined) >= self.min_ratio

    def close(self, other: str) -> bool:
        """Nearly the same letters (an alternate name: vowels alone do not make a match)."""
        known = self._close.get(other)
        if known is None:
            known = self._close[other] = not other.startswith(CASE_MARK) and (
                self._ratio(loose_key(other), loose_key(other.replace(" ", ""))) >= self.min_ratio
            )
        return known

    def _ratio(self, spaced: str, joined: str) -> float:
        fold = _fold(spaced)
        return max(
            ratio(self.folded, fold),
            ratio(self.folded_tight, fold if joined is spaced else _fold(joined)),
        )


#: the keys that share a skeleton come back for every name of that skeleton
_fold = lru_cache(maxsize=100_000)(consonant_fold)


@lru_cache(maxsize=100_000)
def _vowels(key: str) -> str:
    """Every vowel run as one 'a': transliterations disagree most on vowels."""
    return _VOWELS.sub("a", key)
