"""Holidays as dates ('on Christmas Day', 'on New Year's Eve', 'during Eid'): the day the
holiday fell on most recently, on or before publication ('on the eve of Eid': the day
before it). The names are the language
pack's (``holiday_names`` in ``time/lexicon.yaml``); the days are ``data/holidays.yaml``."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from sitroom import yamlio
from sitroom.lang import pack_mapping

HOLIDAYS_FILE = Path(__file__).parent / "data" / "holidays.yaml"
#: A holiday's name, as the pack writes it (lowercase) → its key in ``data/holidays.yaml``.
NAMES = pack_mapping("time/lexicon", "holiday_names")
#: Days a phrase before the name counts from the holiday ('the eve of': -1).
OFFSETS = pack_mapping("time/lexicon", "holiday_offsets")
#: How far back a holiday may lie (days): a report tells an event of the past year.
LOOKBACK_DAYS = 366


@lru_cache(maxsize=1)
def _days() -> dict[str, Any]:
    return yamlio.safe_load(HOLIDAYS_FILE.read_text(encoding="utf-8"))


def holiday_date(name: str, published: date) -> date | None:
    """The day holiday ``name`` (lowercase text, 'christmas day') last fell on, on or
    before ``published``; None for a name the pack does not list or a day out of the table."""
    name = " ".join(name.replace("-", " ").split())  # 'eid-ul-fitr', 'eid al-fitr'
    lead = next((p for p in OFFSETS if name.startswith(p + " ")), None)
    if lead is not None:  # 'the eve of Eid': the holiday's day, counted from
        offset = int(OFFSETS[lead])
        day = holiday_date(name[len(lead) + 1 :], published - timedelta(days=min(offset, 0)))
        return day + timedelta(days=offset) if day is not None else None
    key = NAMES.get(name)
    if key is None:
        return None
    days = _days()
    keys = days["either"].get(key) or [key]
    found = [d for k in keys for d in _occurrences(k, published, days)]
    best = max(found, default=None)
    return best if best is not None and (published - best).days <= LOOKBACK_DAYS else None


def _occurrences(key: str, published: date, days: dict[str, Any]) -> list[date]:
    if key in days["fixed"]:
        month, day = days["fixed"][key]
        this_year = date(published.year, month, day)
        return [this_year if this_year <= published else date(published.year - 1, month, day)]
    listed = [d if isinstance(d, date) else date.fromisoformat(str(d)) for d in days["moving"].get(key) or ()]
    return [d for d in listed if d <= published]
