"""Storage: the embedded SQLite default and PostgreSQL/PostGIS behind one interface."""

from sitroom.store.base import EventFilter, SaveResult, Store, StoredEvent, StoreError, open_store

__all__ = ["EventFilter", "SaveResult", "Store", "StoredEvent", "StoreError", "open_store"]
