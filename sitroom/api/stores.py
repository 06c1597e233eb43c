"""One store connection per server thread.

FastAPI runs plain `def` routes in a thread pool, and a SQLite connection belongs to
the thread that opened it; so each worker thread opens its own store on first use and
keeps it. All of them are closed when the app shuts down.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from sitroom.store import Store, open_store


class StorePool:
    """Hands each thread its own `Store` for one URL (or from one factory, in tests)."""

    def __init__(self, url: str, opener: Callable[[str], Store] = open_store) -> None:
        self.url = url
        self._opener = opener
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: list[Store] = []

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._opener(self.url)
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            opened, self._opened = self._opened, []
        for store in opened:
            # closing another thread's SQLite handle may refuse; the process is ending anyway
            with contextlib.suppress(Exception):
                store.close()
        self._local = threading.local()
