"""Storage: the embedded SQLite default and PostgreSQL/PostGIS behind one interface."""

from sitroom.store.base import EventFilter, SaveResult, Store, StoredEvent, StoreError

__all__ = ["EventFilter", "SaveResult", "Store", "StoredEvent", "StoreError", "open_store"]


def open_store(url: str) -> Store:
    """`path.db` or `sqlite:///path.db` → embedded SQLite; `postgresql://...` → PostgreSQL."""
    if url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        from sitroom.extras import require

        require("postgres", "a PostgreSQL store")
        from sitroom.store.postgres import PostgresStore

        return PostgresStore(url)
    from sitroom.store.sqlite import SQLiteStore

    path = url.removeprefix("sqlite:///").removeprefix("sqlite://")
    return SQLiteStore(path)
