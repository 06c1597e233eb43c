"""Scores on the shared gold sets (skipped when ../shared is absent)."""

from __future__ import annotations

from datetime import date

from sitroom.eval.dates import pitf_items, publication_from_citation, score, ucdp_items


def test_publication_from_factiva_ids():
    cites = "LBA0000020130122e91m0011n, AFNWS00020130123e91n00074"
    assert publication_from_citation(cites) == date(2013, 1, 22)
    assert publication_from_citation("none") is None


def test_pitf_dev_slice(nlp, shared):
    items = list(pitf_items(shared / "eval" / "pitf-atrocities" / "pitf_incidents_all.csv"))[:150]
    assert all(i.id % 2 == 1 for i in items)
    s = score(items, nlp).as_dict()
    assert s["n"] > 100
    assert s["deaths_exact"] >= 0.7
    assert s["date_within_precision"] >= 0.6


def test_ucdp_dev_slice(nlp, shared):
    items = list(ucdp_items(shared / "eval" / "ucdp-ged-iraq" / "conflict_data_irq.csv"))[:150]
    assert items and all(i.id % 2 == 1 for i in items)
    s = score(items, nlp, deaths=False).as_dict()
    assert s["date_within_precision"] >= 0.6
