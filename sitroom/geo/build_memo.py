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

from sitroom.geo import normalize

#: Names remembered at most (a GeoNames dump import folds more distinct names than a build;
#: the least recently used go first). A build folds ~1.5 million distinct strings.
MAX_NAMES = 1 << 22

_MEMOS: list = []


def _memo(fn: Callable[[str], str]) -> Callable[[str], str]:
    memo = lru_cache(maxsize=MAX_NAMES)(getattr(fn, "__wrapped__", fn))
    _MEMOS.append(memo)
    return memo


name_key = _memo(normalize.name_key)
ascii_fold = _memo(normalize.ascii_fold)
loose_key = _memo(normalize.loose_key)
skeleton = _memo(normalize.skeleton)
is_latin = _memo(normalize.is_latin)


def remember(fn: Callable[[str], str]) -> Callable[[str], str]:
    """A build's own fold (`build_wof.unit_key`) remembered the same way, cleared with the rest."""
    return _memo(fn)


def clear() -> None:
    """Forget the build's names (a pipeline run in the same process has no use for them)."""
    for memo in _MEMOS:
        memo.cache_clear()
