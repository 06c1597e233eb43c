"""Alembic migrations for the PostgreSQL store; `sitroom.store.postgres.upgrade` runs them."""
