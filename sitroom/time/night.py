"""Nights that span two days, dated as ACLED dates them: the day the night began.

"overnight Saturday to Sunday", "on the night of 20 to 21 April", "the night between
Saturday and Sunday", "Saturday-Sunday night" → Saturday; "overnight into Monday" → Sunday;
"Sunday overnight" → Sunday. One day, precision 1 (a range of two days would be precision
2 and lose the day). Plain parts of one day ("late on Sunday", "on Sunday night",
"overnight" = the night before publication) are `expressions.resolve`'s.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sitroom.lang import pack_pattern
from sitroom.time.expressions import TimeRef, day_ref, resolve

_NIGHT = pack_pattern("time/patterns", "night", re.IGNORECASE)
_PAIR_NIGHT = pack_pattern("time/patterns", "pair_night", re.IGNORECASE)
_INTO = pack_pattern("time/patterns", "into_night", re.IGNORECASE)
_AFTER = pack_pattern("time/patterns", "after_night", re.IGNORECASE)
_MONTH_TAIL = re.compile(r"\s+([A-Za-z]+(?:\s+\d{4})?)$")


def resolve_night(text: str, published: date, past_only: bool = False) -> TimeRef | None:
    """The day a two-day night began, or None when the text is no such night."""
    t = " ".join(text.split()).strip(" ,.")
    m = _INTO.match(t)
    if m:
        after = resolve(m["b"], published, past_only=past_only)
        if after is not None and after.precision == 1:
            return day_ref(after.start - timedelta(days=1), text, "point")
        return None
    m = _NIGHT.match(t) or _PAIR_NIGHT.match(t)
    if m:
        first, second = m["a"], m["b"]
        if first.strip().isdigit():  # "the night of 20 to 21 April": the month is on the second
            tail = _MONTH_TAIL.search(second)
            first = f"{first} {tail.group(1)}" if tail else first
        return _day(first, published, past_only, text)
    m = _AFTER.match(t)
    if m:
        return _day(m["a"], published, past_only, text)
    return None


def _day(words: str, published: date, past_only: bool, text: str) -> TimeRef | None:
    ref = resolve(words.strip(), published, past_only=past_only)
    if ref is None or ref.precision != 1:
        return None
    return day_ref(ref.start, text, "point")
