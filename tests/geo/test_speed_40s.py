"""Speed without a changed answer (stop 40): what the geo stage loads is frozen out of the
collector's reach once per process (`sitroom.geo.preload`); a case-blind pattern is searched
case-sensitive in the lower-cased window and finds the very same match (`sitroom.lang.lowered`)."""

from __future__ import annotations

import gc
import random
import re

from sitroom.geo import mentions as _mentions  # noqa: F401  (declares the geo stage's patterns)
from sitroom.geo.gazetteer import open_gazetteer
from sitroom.geo.preload import preload
from sitroom.geo.spans import ANCHOR_BEFORE
from sitroom.lang import _MADE, PackPattern, default_pack, reading
from sitroom.lang.lowered import case_twin


def test_what_preload_loads_is_frozen_once_per_process(monkeypatch):
    import sitroom.geo.preload as loading

    monkeypatch.setattr(loading, "_FROZEN", [])  # (as in a fresh process: another test may unfreeze)
    gc.unfreeze()
    preload(open_gazetteer(None))
    frozen = gc.get_freeze_count()
    assert frozen > 0
    kept = [[] for _ in range(1000)]  # (made after the first preload: a second one leaves them)
    preload(open_gazetteer(None))
    assert gc.get_freeze_count() <= frozen  # (a frozen object may be freed since: fewer)
    assert len(kept) == 1000


# --- a case-blind pattern searched case-sensitive in the lower-cased window -------------

_WORDS = ('North', 'South', 'east', 'WEST', 'north-east', 'Central', 'ern', 'of', 'Of', 'OF',
    'the', 'The', 'near', 'Near', 'outside', 'OUTSIDE', 'outskirts', 'countryside', 'Suburbs',
    'rural', 'Rural', 'in', 'In', 'at', 'on', 'into', 'across', 'hills', 'Forest', 'jungle',
    'vicinity', 'close', 'to', 'off', 'coast', 'Shores', 'port', 'City', 'town', 'Village',
    'from', 'From', 'km', '12', '3.5', 'miles', 'Kilometres', 'nautical', 'district',
    'District', 'province', 'Governorate', 'village', 'camp', 'region', 'the,', 'said.',
    'fired', 'shelled', 'drones', 'crossed', 'came', 'arrived', 'border', 'Border', 'with',
    'frontier', 'hub', 'heart', 'tribal', 'hill', 'remote', 'some', 'about', 'nearly',
    'Tarnvale', 'Oskbury', "'s", '-', '(', ')', ',', 'Hollin',)


def _windows(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 9))]
        lead = rng.choice(("", "", " ", ", "))
        out.append(lead + rng.choice((" ", " ", "  ")).join(words) + rng.choice(("", " ", "  ", "\n")))
    return out


def test_a_case_blind_window_pattern_finds_what_it_found_before():
    """Every case-blind pattern of the pack with a twin: `PackPattern.search` gives the very
    match (where, and each group) that the pattern's own search gives, in windows of
    mixed case written here."""
    windows = _windows(6000, 40)
    with reading(default_pack()):
        patterns = [p for p in list(_MADE) if isinstance(p, PackPattern) and p.twin()[1] is not None]
        assert ANCHOR_BEFORE in patterns
        for p in patterns:
            plain = p.value()
            for w in windows:
                mine, theirs = p.search(w), plain.search(w)
                assert (mine is None) == (theirs is None), (plain.pattern, w)
                if mine is not None:
                    assert mine.span() == theirs.span() and mine.groups() == theirs.groups()
                    assert mine.string is w


def test_only_a_lower_case_case_blind_pattern_has_a_twin():
    assert case_twin(re.compile(r"\bnear\s+(?:the\s+)?$", re.IGNORECASE)) is not None
    assert case_twin(re.compile(r"\bnear\s+$")) is None  # case-sensitive already
    assert case_twin(re.compile(r"\bNear\s+$", re.IGNORECASE)) is None  # an upper-case letter
    assert case_twin(re.compile(r"[A-Z]\w+ of$", re.IGNORECASE)) is None  # a range of them
    assert case_twin(re.compile(r"(?-i:Post) of$", re.IGNORECASE)) is None  # case-sensitive part
    assert case_twin(re.compile(r"(\w+) and \1", re.IGNORECASE)) is None  # a back-reference
    assert case_twin(re.compile("caf\u00e9 of", re.IGNORECASE)) is None  # beyond ASCII
