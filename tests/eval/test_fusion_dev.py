"""The fusion dev reader: a tiny multi-outlet set of our own, scored end to end."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml

from sitroom.eval.fusion_dev import bcubed, fusion_folders, fusion_report
from sitroom.model import Event

ARTICLES = [
    ("f1", "quarry-shelling", "primary", "Outlet A", "2024-02-03",
     "Shells hit a quarry outside Tarmiyah on Friday, killing four workers."),
    ("f2", "quarry-shelling", "primary", "Outlet B", "2024-02-04",
     "Four quarry workers died when shells struck near Tarmiyah late on Friday."),
    ("f3", "market-shelling", "distractor", "Outlet A", "2024-02-08",
     "A market in Baghdad was shelled on Wednesday; nobody was hurt, police said."),
]
GOLD = {
    "quarry-shelling": {"role": "primary", "event_type": "Explosions/Remote violence",
                        "sub_event_type": "Shelling/artillery/missile attack",
                        "event_date": "2024-02-02", "latitude": 33.67, "longitude": 44.40,
                        "radius_km": 10, "fatalities": 4, "fatalities_range": [4, 4]},
    "market-shelling": {"role": "distractor", "event_type": "Explosions/Remote violence",
                        "sub_event_type": "Shelling/artillery/missile attack",
                        "event_date": "2024-02-07", "latitude": 33.31, "longitude": 44.37,
                        "radius_km": 10, "fatalities": 0, "fatalities_range": [0, 0]},
}
PLACE = {"quarry-shelling": ("Tarmiyah", 33.67, 44.40), "market-shelling": ("Baghdad", 33.31, 44.37)}


def _write(tmp_path):
    folder = tmp_path / "fusion-mini"
    folder.mkdir()
    lines = [
        json.dumps({"id": i, "incident": inc, "role": role, "outlet": outlet,
                    "url": f"https://example.org/{i}", "published": pub, "title": "", "text": text})
        for i, inc, role, outlet, pub, text in ARTICLES
    ]
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return folder


def _extractor(articles):
    """Hand-made extraction: the gold incident as the article's one mention."""
    by_text = {text: inc for _, inc, _, _, _, text in ARTICLES}
    for article in articles:
        incident = by_text[article.text]
        gold = GOLD[incident]
        name, lat, lon = PLACE[incident]
        yield [Event(
            event_id_cnty="IRQ", event_date=date.fromisoformat(gold["event_date"]),
            time_precision=1, event_type=gold["event_type"], sub_event_type=gold["sub_event_type"],
            country="Iraq", admin1="Baghdad", location=name, latitude=lat, longitude=lon,
            geo_precision=1, fatalities=gold["fatalities"], source=article.source,
        )]


def test_a_fusion_set_is_found_and_scored(tmp_path):
    folder = _write(tmp_path)
    assert fusion_folders(tmp_path) == [folder] and fusion_folders(folder) == [folder]
    report = fusion_report(folder, _extractor, orders=2)
    assert report["pairwise"]["tp"] == 1 and report["pairwise"]["fp"] == 0
    assert report["multi_outlet_one_event"] == "1/1" and report["near_misses_merged"] == 0
    assert report["clusters"] == 2 and report["orders"]["same_partition"] == 2
    assert report["canonical_fields"]["place"] == 1.0
    assert report["canonical_fields"]["fatalities"] == 1.0


def test_bcubed_counts_each_item_once():
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bcubed(gold, {"a": "1", "b": "1", "c": "2"}) == (1.0, 1.0, 1.0)
    p, r, _ = bcubed(gold, {"a": "1", "b": "1", "c": "1"})
    assert round(p, 4) == round((2 / 3 + 2 / 3 + 1 / 3) / 3, 4) and r == 1.0
    p, r, _ = bcubed(gold, {})  # nothing predicted: every item alone
    assert p == 1.0 and round(r, 4) == round((0.5 + 0.5 + 1) / 3, 4)


FLOORS = yaml.safe_load((Path(__file__).with_name("floors.yaml")).read_text("utf-8"))["fusion"]
FUSION_DEV = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / FLOORS["set"]


@pytest.mark.slow
@pytest.mark.skipif(not FUSION_DEV.is_dir(), reason="fusion dev set (../shared/eval) absent")
def test_fusion_dev_stays_above_its_floors(nlp):
    from sitroom.eval.runner import pipeline_extractor

    extract, _ = pipeline_extractor()
    report = fusion_report(FUSION_DEV, extract)
    for path, floor in FLOORS["floors"].items():
        section, name = path.split(".")
        assert report[section][name] >= floor, (path, report[section][name])
    assert report["near_misses_merged"] <= FLOORS["near_misses_merged"], report["by_incident"]
