"""Numbers as news writes them: digits, words, vague quantities and their hedges.

'at least 12' → 12..12, 'up to 20' → 1..20, 'dozens' → ACLED's 12 (low 12, high 99),
'between 10 and 15' → 10 best (ACLED takes the lowest), high 15.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sitroom.lang import PackValue, PackWords, pack_pattern

#: The time stage's words (numbers, vague counts, casualty lemmas, date leads...) are the
#: language pack's ``time/lexicon.yaml``; these read the active pack's.
_LEXICON: PackValue[dict[str, Any]] = PackValue(lambda pack: pack.data("time/lexicon"))
_LISTS: PackValue[dict[str, tuple[str, ...]]] = PackValue(lambda pack: {})
_SETS: PackValue[dict[str, frozenset[str]]] = PackValue(lambda pack: {})


def lexicon() -> dict[str, Any]:
    """The stage's word lists of the active language pack (loaded once per pack)."""
    return _LEXICON.value()


def words(key: str) -> tuple[str, ...]:
    """One of the stage's word lists (``time/lexicon.yaml`` of the pack), in file order."""
    lists = _LISTS.value()
    found = lists.get(key)
    if found is None:
        found = lists[key] = tuple(str(w) for w in lexicon()[key])
    return found


def word_set(key: str) -> frozenset[str]:
    """One of the stage's word lists as a set (for membership tests)."""
    sets = _SETS.value()
    found = sets.get(key)
    if found is None:
        found = sets[key] = frozenset(lexicon()[key])
    return found


def lexicon_words(key: str) -> PackWords:
    """A module-level word set of the time lexicon, read from the active pack when used."""
    return PackWords(lambda pack: frozenset(str(w) for w in pack.data("time/lexicon")[key]))


@dataclass(frozen=True)
class Count:
    """A count with a UCDP-style low/high around the best estimate."""

    best: int
    low: int
    high: int
    exact: bool = True  # False for vague words and unknown counts


def exact(n: int) -> Count:
    return Count(n, n, n)


_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")


def parse_number(text: str) -> int | None:
    """'five', '2,500', 'twenty-five', 'one hundred and twenty', '1.5 million', 'a dozen'."""
    t = text.lower().strip().replace("\u2013", "-")
    if not t:
        return None
    if _DIGITS.match(t):
        return int(float(t.replace(",", "")))
    words = lexicon()["number_words"]
    mult = lexicon()["multipliers"]
    tokens = [w for w in re.split(r"[\s-]+", t) if w not in word_set("number_fillers")]
    if not tokens:
        return None
    total, current, seen = 0, 0, False
    for tok in tokens:
        if _DIGITS.match(tok):
            current += int(float(tok.replace(",", "")))
        elif tok in words:
            current += int(words[tok])
        elif tok in mult:
            current = max(current, 1) * int(mult[tok])
            if mult[tok] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _phrases(key: str) -> list[str]:
    return sorted(lexicon()["quantifiers"][key], key=len, reverse=True)


_COUNT_TAIL = pack_pattern("time/patterns", "count_tail")
_COUNT_RANGE = pack_pattern("time/patterns", "count_range")


def parse_count_words(text: str) -> Count | None:
    """A count phrase with its hedges ('at least 12', 'dozens of', 'between 3 and 5')."""
    t = re.sub(r"\s+", " ", text.lower().strip(" ,.")).replace("\u2013", "-")
    t = _COUNT_TAIL.sub("", t)
    if not t:
        return None
    m = _COUNT_RANGE.match(t)
    if m:
        a, b = parse_number(m.group(1)), parse_number(m.group(2))
        if a is not None and b is not None and a < b:
            return Count(a, a, b)
    vague = lexicon()["vague_counts"]
    for prefix in ("", "some ", "several ", "more than ", "at least ", "over "):
        key = t[len(prefix):] if t.startswith(prefix) else None
        if key in vague:
            v = vague[key]
            return Count(int(v["best"]), int(v["low"]), int(v["high"]), exact=False)
    for phrase in _phrases("lower_bound"):
        if t.startswith(phrase + " "):
            n = parse_number(t[len(phrase) + 1:])
            return Count(n, n, n) if n is not None else None
    for phrase in _phrases("upper_bound"):
        if t.startswith(phrase + " "):
            n = parse_number(t[len(phrase) + 1:])
            return Count(n, min(1, n), n) if n is not None else None
    for phrase in _phrases("approximate"):
        if t.startswith(phrase + " "):
            n = parse_number(t[len(phrase) + 1:])
            return Count(n, n, n) if n is not None else None
    n = parse_number(t)
    return exact(n) if n is not None else None


def sum_counts(counts: list[Count | None]) -> Count | None:
    """The counts added up; None when none is known, inexact when any is vague or unknown."""
    known = [c for c in counts if c is not None]
    if not known:
        return None
    return Count(
        sum(c.best for c in known),
        sum(c.low for c in known),
        sum(c.high for c in known),
        exact=all(c.exact for c in known) and len(known) == len(counts),
    )
