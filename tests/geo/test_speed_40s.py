"""Speed without a changed answer (stop 40): what the geo stage loads is frozen out of the
collector's reach once per process (`sitroom.geo.preload`)."""

from __future__ import annotations

import gc

from sitroom.geo.gazetteer import open_gazetteer
from sitroom.geo.preload import preload


def test_what_preload_loads_is_frozen_once_per_process(monkeypatch):
    import sitroom.geo.preload as loading

    monkeypatch.setattr(loading, "_FROZEN", [])  # (as in a fresh process: another test may unfreeze)
    gc.unfreeze()
    preload(open_gazetteer(None))
    frozen = gc.get_freeze_count()
    assert frozen > 0
    kept = [[] for _ in range(1000)]  # (made after the first preload: a second one leaves them)
    preload(open_gazetteer(None))
    assert gc.get_freeze_count() == frozen
    assert len(kept) == 1000
