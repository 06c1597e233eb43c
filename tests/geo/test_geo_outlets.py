"""The outlet that published a report says where its names in local use lie
(sitroom/geo/outlets.py). Sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.geo.outlets import outlet_countries


def _codes(name: str) -> str:
    return {"nigeria": "NG", "jordan": "JO"}.get(name.lower(), "")


def test_a_listed_outlet_names_its_country():
    assert outlet_countries("An-Nahar", _codes) == {"LB"}


def test_a_country_in_brackets_names_the_outlet_country():
    assert outlet_countries("Daily Sentinel (Nigeria)", _codes) == {"NG"}


def test_every_outlet_of_a_source_line_counts():
    assert outlet_countries("Wire Service; El Nashra; Evening Star (Jordan)", _codes) == {"LB", "JO"}


def test_an_outlet_not_listed_names_no_country():
    assert outlet_countries("Global Wire", _codes) == frozenset()
    assert outlet_countries("", _codes) == frozenset()


def _country(nlp, geo_component, text: str, source: str) -> str:
    from sitroom.model import Article, Event
    from sitroom.pipeline import Candidate, Context

    doc = nlp(text)
    ctx = Context(article=Article(text, source=source), doc=doc, published=date(2024, 5, 1))
    for sent in doc.sents:
        ctx.candidates.append(Candidate(event=Event(), sentence=sent, trigger=sent.root))
    geo_component(ctx)
    return ctx.candidates[0].event.country


@pytest.mark.slow
@pytest.mark.parametrize(("source", "country"), [("An-Nahar", "Lebanon"), ("", "Libya")])
def test_a_national_paper_reads_a_shared_name_in_its_country(nlp, geo_component, source, country):
    text = "Shopkeepers shut their stores outside the old souk in Tripoli over bread prices."
    assert _country(nlp, geo_component, text, source) == country


@pytest.mark.slow
def test_a_currency_names_no_country_that_keeps_a_name_abroad(nlp, geo_component):
    # "US dollar" names the currency's owner, not a place of the report
    text = "Youths angry at the soaring US dollar rate burned tyres on a square in Tripoli."
    assert _country(nlp, geo_component, text, "An-Nahar") == "Lebanon"


@pytest.mark.slow
def test_a_national_paper_s_foreign_news_keeps_the_foreign_reading(nlp, geo_component):
    # the article's own actor works in Libya: the outlet's country says nothing here
    text = "Shells fired by the Libyan National Army landed near the old souk in Tripoli."
    assert _country(nlp, geo_component, text, "An-Nahar") == "Libya"


@pytest.mark.slow
def test_a_place_only_abroad_keeps_the_outlet_s_country_out(nlp, geo_component):
    # Janzour has no Lebanese reading: the report is about Libya
    text = "Rival brigades exchanged fire in Janzour and Tripoli overnight."
    assert _country(nlp, geo_component, text, "An-Nahar") == "Libya"
