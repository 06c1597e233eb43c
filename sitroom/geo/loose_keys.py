"""`loose_key` for the lookups: the same key as `sitroom.geo.normalize.loose_key`, made
without running a rule that cannot match.

A cold run folds some 6,000 keys (the keys that share a name's skeleton, `Gazetteer.variants`;
the containment and own-name tests), each through nine regular expressions, most of which
find nothing: a rule runs here only when the key holds a letter pair every match of it
holds ("kh" for 'kh', "ay" for 'ay(?![aeiou])'); a literal rule is a `str.replace`. A skipped
rule would have left the key as it was, so the key is byte for byte the plain one's
(tests/geo/test_geo_loose_keys.py compares the two on every key of the gazetteer).

The guards are written for the rules of ``transliteration.yaml`` as they stand
(`_RULES`): with the rules edited, `loose_key` is the plain routine until the guards are
written again for the new ones. The gazetteer's build folds with the plain routine
(`sitroom.geo.build_memo`): this module is no input of the built file.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitroom.geo import normalize

#: The loose rules (pattern, replacement) the guards below are written for.
_RULES = (
    (r"(?:ah|eh)\b", "a"),
    (r"(?:iyya|iye|iya|ija|ije|ia)\b", "iya"),
    ("ou|oo", "u"),
    ("ee", "i"),
    ("kh", "x"),
    ("q|ck", "k"),
    ("ay(?![aeiou])", "ai"),
    (r"(?<=[^aeiou])y\b", "i"),
)
#: A letter repeated: what every match of `normalize._DOUBLE` holds.
_REPEATED = re.compile(r"(.)\1").search


def current_rules() -> tuple[tuple[str, str], ...]:
    """The loose rules `normalize.loose_key` applies, as (pattern, replacement)."""
    return tuple((pattern.pattern, repl) for pattern, repl in normalize._LOOSE)


def _guarded():
    """The guarded routine over the compiled rules of `normalize` (in `_RULES`' order)."""
    (end_a, a), (end_iya, iya), (ou, u), _, _, (q_ck, k), (ay, ai), (end_y, i) = normalize._LOOSE
    double, end_a, end_iya, ou = normalize._DOUBLE.sub, end_a.sub, end_iya.sub, ou.sub
    q_ck, ay, end_y = q_ck.sub, ay.sub, end_y.sub

    def fold(key: str) -> str:
        if _REPEATED(key) is not None:
            key = double(r"\1", key)
        if "ah" in key or "eh" in key:
            key = end_a(a, key)
        if "ia" in key or "iy" in key or "ij" in key:
            key = end_iya(iya, key)
        if "ou" in key or "oo" in key:
            key = ou(u, key)
        if "ee" in key:
            key = key.replace("ee", "i")
        if "kh" in key:
            key = key.replace("kh", "x")
        if "q" in key or "ck" in key:
            key = q_ck(k, key)
        if "ay" in key:
            key = ay(ai, key)
        if "y" in key:
            key = end_y(i, key)
        return key

    return fold


def plain_loose_key(key: str) -> str:
    """`normalize.loose_key` itself, without its memory (what the tests compare against)."""
    return normalize.loose_key.__wrapped__(key)


#: The fold without its memory: the guarded routine when the rules are those it was written
#: for, else the plain one.
fold_loose = _guarded() if current_rules() == _RULES else plain_loose_key


@lru_cache(maxsize=200_000)
def loose_key(key: str) -> str:
    """`normalize.loose_key`, byte for byte ('nassriya' → 'nasriya'), at a third of its cost."""
    return fold_loose(key)
