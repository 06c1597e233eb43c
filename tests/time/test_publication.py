"""Publication date: the article's own, a dateline near the top, else today."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from sitroom.model import Article
from sitroom.time import resolve_publication

TODAY = date(2024, 4, 30)


@pytest.mark.parametrize(
    ("text", "expected", "cited"),
    [
        ("BAGHDAD, April 23 (Reuters) - Two rockets hit a base.", date(2024, 4, 23), "April 23"),
        ("ADEN, Yemen, 3 March (AFP) - Clashes erupted.", date(2024, 3, 3), "3 March"),
        ("23 April 2024 \u2014 Rockets were fired at a base in Syria.", date(2024, 4, 23), "23 April 2024"),
        ("Tuesday, 23 April 2024\nRockets were fired.", date(2024, 4, 23), "Tuesday, 23 April 2024"),
        ("KYIV, December 30 (Reuters) - Drones attacked the city.", date(2023, 12, 30), "December 30"),
        ("Posted 2024-04-21 by the newsroom. Shelling continued.", date(2024, 4, 21), "2024-04-21"),
        ("Published on April 21, 2024. Gunmen attacked a village.", date(2024, 4, 21), "April 21, 2024"),
        ("Aden 21/04/2024 - Clashes erupted in Lahij.", date(2024, 4, 21), "21/04/2024"),
    ],
)
def test_dateline(text, expected, cited):
    published, evidence = resolve_publication(Article(text=text), TODAY)
    assert published == expected
    assert evidence is not None and evidence.text == cited and text[evidence.start:evidence.end] == cited


def test_article_date_wins():
    art = Article(text="BAGHDAD, April 23 (Reuters) - x", published=date(2024, 4, 24))
    assert resolve_publication(art, TODAY) == (date(2024, 4, 24), None)


def test_datetime_is_reduced_to_a_date():
    art = Article(text="x", published=datetime(2024, 4, 24, 13, 5))
    assert resolve_publication(art, TODAY) == (date(2024, 4, 24), None)


def test_no_dateline_falls_back_to_the_users_date_never_the_clock():
    art = Article(text="Militants attacked a checkpoint. " * 20 + "It happened on 1 January 2020.")
    assert resolve_publication(art, TODAY) == (TODAY, None)
    assert resolve_publication(Article(text=""), None) == (None, None)


def test_article_date_cites_a_dateline_naming_it():
    art = Article(text="BAGHDAD, April 23 (Reuters) - x", published=date(2024, 4, 23))
    published, evidence = resolve_publication(art, TODAY)
    assert published == date(2024, 4, 23) and evidence is not None and evidence.text == "April 23"


def test_future_full_dates_are_not_datelines():
    art = Article(text="Elections are set for 5 May 2030 in the country.")
    assert resolve_publication(art, TODAY) == (TODAY, None)


def test_a_recent_dateline_is_the_filing_day():
    """The publication date stays the article's; a dateline 1-7 days before it is the day the
    story was filed (the pipeline's today), one weeks older or on the same day is not."""
    from sitroom.time.publication import filed_day

    published = date(2024, 4, 26)
    found = filed_day("BAGHDAD, April 23 (Reuters) - Two rockets hit a base.", published)
    assert found is not None and found[0] == date(2024, 4, 23) and found[1].text == "April 23"
    assert filed_day("BAGHDAD, March 2 (Reuters) - Two rockets hit a base.", published) is None
    assert filed_day("BAGHDAD, April 26 (Reuters) - Two rockets hit a base.", published) is None
    assert filed_day("Two rockets hit a base on April 23.", published) is None
