"""Typed events: every record field a real column, the key named event_id_cnty, an acled view.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

Adds the columns 0001 kept only inside the JSON record (typed: INTEGER for numbers and codes,
DOUBLE PRECISION for confidence), fills them from each stored record, renames the key to
ACLED's `event_id_cnty`, and creates the `acled` view with exactly ACLED's columns in ACLED's
order for the new events ACLED would code. Written out in full so it never changes meaning.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: (column, SQL type) added by this revision; 0001 already has the other record columns.
ADDED = (
    ("year", "INTEGER"), ("disorder_type", "TEXT"), ("assoc_actor_1", "TEXT"),
    ("inter1", "INTEGER"), ("assoc_actor_2", "TEXT"), ("inter2", "INTEGER"),
    ("interaction", "INTEGER"), ("civilian_targeting", "TEXT"), ("iso", "INTEGER"),
    ("region", "TEXT"), ("admin2", "TEXT"), ("admin3", "TEXT"), ("source", "TEXT"),
    ("source_scale", "TEXT"), ("notes", "TEXT"), ("tags", "TEXT"), ("timestamp", "INTEGER"),
    ("plover_mode", "TEXT"), ("record_kind", "TEXT"), ("attributed_to", "TEXT"),
    ("confidence", "DOUBLE PRECISION"), ("article_id", "TEXT"), ("fatalities_low", "INTEGER"),
    ("fatalities_high", "INTEGER"), ("injuries", "INTEGER"), ("origin", "TEXT"),
)

ACLED = (
    "event_id_cnty, event_date, year, time_precision, disorder_type, event_type, sub_event_type,"
    " actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction,"
    " civilian_targeting, iso, region, country, admin1, admin2, admin3, location, latitude,"
    " longitude, geo_precision, source, source_scale, notes, fatalities, tags, timestamp"
)


def _fill(column: str, sql_type: str) -> str:
    value = f"NULLIF(record->>'{column}', '')"
    if column == "record_kind":  # records stored before record_kind existed are events
        return f"{column} = COALESCE({value}, 'event')"
    return f"{column} = {value}::{sql_type}" if sql_type != "TEXT" else f"{column} = {value}"


def upgrade() -> None:
    op.execute("ALTER TABLE events RENAME COLUMN event_id TO event_id_cnty")
    op.execute("ALTER TABLE events " + ", ".join(f"ADD COLUMN {c} {t}" for c, t in ADDED))
    op.execute("UPDATE events SET " + ", ".join(_fill(c, t) for c, t in ADDED))
    op.execute(
        f"CREATE VIEW acled AS SELECT {ACLED} FROM events"
        " WHERE record_kind = 'event' AND event_type <> '' AND status = 'new'"
    )


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS acled")
    op.execute("ALTER TABLE events " + ", ".join(f"DROP COLUMN {c}" for c, _ in ADDED))
    op.execute("ALTER TABLE events RENAME COLUMN event_id_cnty TO event_id")
