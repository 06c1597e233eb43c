"""A group's theatre (geo/data/theatres.csv) reads a name in the countries where the group
fights, all of them. Sentences written for these tests."""

from datetime import date

from sitroom.model import Article


def _placed(pipeline, text):
    records = [e for e in pipeline.extract(Article(text, published=date(2024, 4, 9))) if e.event_type]
    assert records, text
    return records[0]


def test_the_group_in_its_own_theatre_is_placed_there(pipeline):
    record = _placed(pipeline, "UPC rebels attacked Bambari on Sunday, killing four soldiers.")
    assert record.country == "Central African Republic"


def test_a_gang_known_in_mexico_is_read_in_a_mexican_state_the_text_names(pipeline):
    record = _placed(
        pipeline,
        "MS-13 members shot two guards in San Pedro on Monday, the Chiapas prosecutor said.",
    )
    assert (record.admin1, record.country) == ("Chiapas", "Mexico")
