"""A launch site's country does not pick which namesake province a strike hit: the drones
came from there, the province is where they struck. Sentences of my own."""

from datetime import date

from sitroom.model import Article


def test_drones_launched_across_the_border_strike_the_province_of_the_speakers_country(pipeline):
    text = (
        "Pakistan's military said Indian drones launched from Ferozepur hit a village in "
        "Punjab province on Thursday, killing a farmer."
    )
    found = [e for e in pipeline.extract(Article(text, published=date(2025, 5, 9))) if e.record_kind == "event"]
    assert (found[0].country, found[0].admin1) == ("Pakistan", "Punjab")
