"""Hand-built events for fusion tests: no NLP, so these always run and run fast."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article, Event

# A few real places (rounded coordinates) in different conflicts.
PLACES = {
    "Baghdad": (33.31, 44.37, "Iraq", "Baghdad", "IRQ"),
    "Tarmiyah": (33.67, 44.40, "Iraq", "Baghdad", "IRQ"),
    "Hodeidah": (14.80, 42.95, "Yemen", "Al Hudaydah", "YEM"),
    "Gao": (16.27, -0.04, "Mali", "Gao", "MLI"),
    "Kharkiv": (49.99, 36.23, "Ukraine", "Kharkivska", "UKR"),
    "Rafah": (31.29, 34.25, "Palestine", "Gaza Strip", "PSE"),
    "El Fasher": (13.63, 25.35, "Sudan", "North Darfur", "SDN"),
}


def make_event(
    place: str = "Baghdad",
    day: date = date(2024, 4, 20),
    event_type: str = "Explosions/Remote violence",
    sub_event_type: str = "Air/drone strike",
    actor1: str = "",
    actor2: str = "",
    source: str = "Wire",
    article_id: str = "",
    fatalities: int = 0,
    geo_precision: int = 1,
    time_precision: int = 1,
    confidence: float = 0.6,
    **extra,
) -> Event:
    lat, lon, country, admin1, iso3 = PLACES[place]
    fields = dict(
        event_id_cnty=iso3,
        event_date=day,
        year=day.year,
        time_precision=time_precision,
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor1=actor1,
        actor2=actor2,
        country=country,
        admin1=admin1,
        location=place,
        latitude=lat,
        longitude=lon,
        geo_precision=geo_precision,
        source=source,
        fatalities=fatalities,
        confidence=confidence,
        article_id=article_id,
    )
    fields.update(extra)
    return Event(**fields)


def make_article(text: str, source: str = "Wire", day: date = date(2024, 4, 21)) -> Article:
    return Article(text=text, source=source, published=day)


@pytest.fixture
def store(tmp_path):
    from sitroom.store import open_store

    s = open_store(str(tmp_path / "fuse.db"))
    yield s
    s.close()
