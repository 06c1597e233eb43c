"""Initial schema: articles, canonical events (PostGIS point, fusion box), mentions, and the rest.

Revision ID: 0001
Revises:
Create Date: 2026-11-25

The SQL is written out here (not derived from the code's column lists) so that this
revision means the same thing forever; later changes get later revisions.
"""

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

UPGRADE = """
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    seq BIGINT GENERATED ALWAYS AS IDENTITY,
    url TEXT, source TEXT, published DATE, language TEXT, title TEXT, origin TEXT,
    text TEXT NOT NULL,
    ingested_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);

CREATE TABLE events (
    event_id TEXT PRIMARY KEY,
    seq BIGINT GENERATED ALWAYS AS IDENTITY,  -- creation order: candidates come back in it
    event_date DATE,
    time_precision INTEGER,
    event_type TEXT,
    sub_event_type TEXT,
    actor1 TEXT,
    actor2 TEXT,
    country TEXT,
    admin1 TEXT,
    location TEXT,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    geo_precision INTEGER,
    fatalities INTEGER,
    status TEXT,
    claim TEXT,
    plover_type TEXT,
    geom geometry(Point, 4326) GENERATED ALWAYS AS (
        CASE WHEN latitude IS NOT NULL AND longitude IS NOT NULL
             THEN ST_SetSRID(ST_MakePoint(longitude, latitude), 4326) END
    ) STORED,
    -- the time x space box fusion looks events up by (sitroom.fuse.index.event_box), as a
    -- 3-D line from (min_lon, min_lat, min_day) to (max_lon, max_lat, max_day): its n-D
    -- bounding box is the box, found with the &&& operator on an n-D GiST index.
    fuse_box geometry(LineStringZ),
    source_count INTEGER NOT NULL DEFAULT 1,
    record JSONB NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_country ON events (lower(country), event_date);
CREATE INDEX events_geom ON events USING GIST (geom);
CREATE INDEX events_geog ON events USING GIST ((geom::geography));
CREATE INDEX events_fuse_box ON events USING GIST (fuse_box gist_geometry_ops_nd);
CREATE INDEX events_no_place ON events (country, event_date) WHERE latitude IS NULL;

CREATE TABLE mentions (
    seq BIGINT GENERATED ALWAYS AS IDENTITY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,
    event_id TEXT NOT NULL REFERENCES events(event_id),
    source TEXT,
    record JSONB NOT NULL,
    merge_reason TEXT,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX mentions_event ON mentions (event_id);

CREATE TABLE failures (
    origin TEXT NOT NULL,
    error TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);

CREATE TABLE counters (iso3 TEXT PRIMARY KEY, next INTEGER NOT NULL);

-- near-duplicate articles (sitroom.fuse.neardup): one row per MinHash LSH band, and links
-- from copies to their originals.
CREATE TABLE article_bands (
    band_key BIGINT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id),
    PRIMARY KEY (band_key, article_id)
);
CREATE TABLE article_links (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    original_id TEXT NOT NULL,
    similarity DOUBLE PRECISION NOT NULL
);

-- alerts: each watch rule fires once per event, across runs and processes.
CREATE TABLE alerts_fired (
    seq BIGINT GENERATED ALWAYS AS IDENTITY,
    rule TEXT NOT NULL,
    event_id TEXT NOT NULL,
    fired_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    payload JSONB NOT NULL,
    PRIMARY KEY (rule, event_id)
);
"""

DOWNGRADE = """
DROP TABLE IF EXISTS alerts_fired;
DROP TABLE IF EXISTS article_links;
DROP TABLE IF EXISTS article_bands;
DROP TABLE IF EXISTS mentions;
DROP TABLE IF EXISTS events;
DROP TABLE IF EXISTS articles;
DROP TABLE IF EXISTS failures;
DROP TABLE IF EXISTS counters;
"""


def _run(script: str) -> None:
    for statement in script.split(";\n"):
        if statement.strip():
            op.execute(statement)


def upgrade() -> None:
    _run(UPGRADE)


def downgrade() -> None:
    _run(DOWNGRADE)
