"""Time references and the calendar arithmetic behind them (pure functions, no spaCy).

`TimeRef` is what the time stage resolves an expression to: a representative date, a range
and ACLED's ``time_precision``. The month and weekday names and the regex fragments the
expression patterns are built from are the language pack's (`time/lexicon.yaml`, `time/patterns.yaml`).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from sitroom import yamlio
from sitroom.lang import PackMapping, pack_mapping
from sitroom.model import TimeRef

#: Month and weekday names (and abbreviations) of the active language pack → numbers
#: (``time/lexicon.yaml``); the patterns built on them are the pack's ``time/patterns.yaml``.
#: Every form a pattern's ``month`` / ``weekday`` group can take is a key.
MONTHS = pack_mapping("time/lexicon", "months")
WEEKDAYS = pack_mapping("time/lexicon", "weekdays")


def _classes(key: str) -> PackMapping:
    """word → class, from a pack mapping of classes to word lists (``period_parts``...)."""
    return PackMapping(
        lambda pack: {
            str(word): str(cls)
            for cls, listed in pack.entry("time/lexicon", key).items()
            for word in listed
        }
    )


#: A pattern's ``part`` group → "early" / "mid" / "late"; its ``unit`` group → the unit
#: ("hour", "day", "week", "month"...), whose length is `unit_days`.
PERIOD_PARTS = _classes("period_parts")
UNITS = _classes("unit_names")

CALENDAR_FILE = Path(__file__).parent / "data" / "calendar.yaml"


@lru_cache(maxsize=1)
def _calendar() -> dict[str, Any]:
    return yamlio.safe_load(CALENDAR_FILE.read_text(encoding="utf-8"))


def unit_days(unit: str) -> float:
    """Length in days of a unit counted in days ('hour', 'week', 'fortnight'...)."""
    return _calendar()["unit_days"][unit]  # type: ignore[no-any-return]


def is_week_unit(unit: str) -> bool:
    """Whether 'N <unit>s ago' is a week-long range (weeks, weekends, fortnights)."""
    return unit in _calendar()["week_units"]

#: How far ahead of publication a year-less date may fall before it means last year.
FUTURE_DAYS = 60

Range = tuple[date, date]


def make_ref(start: date, end: date, precision: int, text: str, kind: str = "point") -> TimeRef:
    """A TimeRef whose representative date follows the module's one rule."""
    if end < start:
        start, end = end, start
    if precision == 1:
        rep = start
    elif precision == 2:
        rep = start + timedelta(days=(end - start).days // 2)
    else:
        rep = start
    return TimeRef(rep, precision, start, end, text, kind)


def day_ref(d: date, text: str, kind: str = "point") -> TimeRef:
    return TimeRef(d, 1, d, d, text, kind)


def precision_for_span(start: date, end: date) -> int:
    """ACLED precision of a range by its length: a day, up to ~a week, longer."""
    days = (end - start).days
    if days <= 0:
        return 1
    return 2 if days <= 7 else 3


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def weekday_before(published: date, weekday: int, allow_same: bool = True) -> date:
    """The most recent `weekday` on or before publication (before it when not allow_same)."""
    back = (published.weekday() - weekday) % 7
    if back == 0 and not allow_same:
        back = 7
    return published - timedelta(days=back)


def weekday_after(published: date, weekday: int) -> date:
    ahead = (weekday - published.weekday()) % 7 or 7
    return published + timedelta(days=ahead)


def infer_year(month: int, day: int | None, published: date, past_only: bool = False) -> int:
    """The year of a year-less date: publication's, or the one before if that is too far ahead."""
    year = published.year
    try:
        candidate = date(year, month, day or 1)
    except ValueError:
        return year
    limit = 0 if past_only else FUTURE_DAYS
    if day is None and candidate.month == published.month:
        return year
    if (candidate - published).days > limit:
        return year - 1
    return year


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def normalize(text: str) -> str:
    """Lowercase, unify dashes and spaces, drop surrounding punctuation and leading 'the'."""
    t = text.lower().replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    t = re.sub(r"\[([^\]]*)\]", r" \1 ", t)  # "Saturday [13 April]", as monitoring services write
    t = re.sub(r"\s+", " ", t).strip(" ,.;:()\"'")
    return t
