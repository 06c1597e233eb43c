"""The API's bridge to the fusion stage's analyses (trends, alerts).

Those functions live in `sitroom.fuse`; when a build lacks one, the route answers
501 with a message naming what is missing instead of failing at import time.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from fastapi import HTTPException

from sitroom.model import Event
from sitroom.store import Store


def _fuse_function(module: str, name: str) -> Callable[..., Any]:
    try:
        mod = importlib.import_module(f"sitroom.fuse.{module}")
    except ImportError:
        mod = None
    fn = getattr(mod, name, None)
    if fn is None:
        raise HTTPException(
            501, f"not available in this build: sitroom.fuse.{module}.{name} is missing"
        )
    return fn


def weekly_trends(events: list[Event], by: str = "type", lull_days: int | None = None) -> dict[str, Any]:
    """Counts per Monday-start week for each group (zeros kept), the weeks that spike, and
    with ``lull_days`` the quiet periods of the whole selection (the timeline shades them)."""
    weekly_series = _fuse_function("trends", "weekly_series")
    escalations = _fuse_function("trends", "escalations")
    weeks, series = weekly_series(events, by)
    ordered = dict(sorted(series.items(), key=lambda kv: (-sum(kv[1]), kv[0])))
    out = {
        "by": by,
        "weeks": [w.isoformat() for w in weeks],
        "series": ordered,
        "totals": {k: sum(v) for k, v in ordered.items()},
        "escalations": [x.to_dict() for x in escalations(events, by=by)],
    }
    if lull_days is not None:
        quiet_periods = _fuse_function("trends", "quiet_periods")
        latest = _fuse_function("trends", "latest_date")(events)
        periods = quiet_periods(events, lull_days, lambda e: "selection", latest)
        out["lull_days"] = lull_days
        out["quiet_periods"] = [q.to_dict() for q in periods]
    return out


def recent_alerts(store: Store, limit: int) -> list[Any]:
    return list(_fuse_function("alerts", "list_alerts")(store, limit))
