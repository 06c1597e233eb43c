"""What `sitroom gazetteer import` buys: villages the packaged gazetteer lacks are placed
exactly instead of at their district. The dump is written here (GeoNames' 19 columns);
the README quotes the figures this test measures."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from tests.geo.test_geo_build import _geonames_line

pytestmark = pytest.mark.slow

#: (village, district, latitude, longitude) — names made up for this test, in Borno state.
VILLAGES = [
    ("Kwatalanga", "Gwoza", 11.02, 13.71),
    ("Mbulatawiwi", "Gwoza", 11.21, 13.52),
    ("Dikwalari", "Bama", 11.61, 13.80),
    ("Ngamdugube", "Konduga", 11.72, 13.31),
]
SENTENCES = [
    f"Gunmen abducted two farmers in {v} ({d} LGA, Borno) on Monday." for v, d, _, _ in VILLAGES
]


def _placed_within(gazetteer_path, nlp, km_limit: float) -> float:
    from sitroom.geo.component import make_geo
    from sitroom.geodesy import haversine_km
    from sitroom.model import Article, Event
    from sitroom.pipeline import Candidate, Context, Settings

    geo = make_geo(Settings(gazetteer_path=str(gazetteer_path)))
    hits = 0
    for (_, _, lat, lon), text in zip(VILLAGES, SENTENCES, strict=True):
        doc = nlp(text)
        ctx = Context(article=Article(text), doc=doc, published=date(2024, 5, 1))
        sent = next(iter(doc.sents))
        ctx.candidates.append(Candidate(event=Event(), sentence=sent, trigger=sent.root))
        geo(ctx)
        ev = ctx.candidates[0].event
        assert ev.country == "Nigeria"  # never the country alone: the district at worst
        hits += haversine_km(ev.latitude, ev.longitude, lat, lon) <= km_limit
    return hits / len(VILLAGES)


def test_importing_a_dump_places_its_villages_exactly(gaz, nlp, tmp_path):
    from sitroom.geo.geonames import import_geonames

    before, after = tmp_path / "before.sqlite", tmp_path / "after.sqlite"
    shutil.copyfile(gaz.path, before)
    shutil.copyfile(gaz.path, after)
    dump = tmp_path / "NG.txt"
    dump.write_text(
        "".join(
            _geonames_line(900_000_000 + i, v, [], lat, lon, "P", "PPL", "NG", "27", pop=800)
            for i, (v, _, lat, lon) in enumerate(VILLAGES)
        ),
        encoding="utf-8",
    )
    assert import_geonames(dump, after, quiet=True) == len(VILLAGES)
    assert _placed_within(before, nlp, 5.0) == 0.0
    assert _placed_within(after, nlp, 5.0) == 1.0
