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


name_key = remember(normalize.name_key)
ascii_fold = remember(normalize.ascii_fold)
loose_key = remember(normalize.loose_key)
skeleton = remember(normalize.skeleton)
roman_key = remember(normalize.roman_key)
is_latin = remember(normalize.is_latin)


def clear() -> None:
    """Forget the build's names (a pipeline run in the same process has no use for them)."""
    for memo in _MEMOS:
        memo.cache_clear()
