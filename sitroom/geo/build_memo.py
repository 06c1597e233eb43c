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


def _memo(fn: F) -> F:
    memo = lru_cache(maxsize=MAX_NAMES)(getattr(fn, "__wrapped__", fn))
    _MEMOS.append(memo)
    return memo  # type: ignore[return-value]


name_key = _memo(normalize.name_key)
ascii_fold = _memo(normalize.ascii_fold)
loose_key = _memo(normalize.loose_key)
skeleton = _memo(normalize.skeleton)


@_memo
def is_latin(text: str) -> bool:
    """`normalize.is_latin` through this module's fold; ASCII text is Latin without folding
    (folding only takes marks and letters off, it never makes ASCII text non-ASCII)."""
    return text.isascii() or ascii_fold(text).isascii()


def remember(fn: F) -> F:
    """A build's own fold (`build_wof.unit_key`, `build_names.base_name`), remembered and
    cleared with the rest."""
    return _memo(fn)


def clear() -> None:
    """Forget the build's names (a pipeline run in the same process has no use for them)."""
    for memo in _MEMOS:
        memo.cache_clear()
