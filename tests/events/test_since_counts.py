"""A count 'since ...': a war's running tally makes no record, a count since a day of the
news keeps one. Sentences of my own."""

from datetime import date

from sitroom.model import Article

THURSDAY = date(2024, 5, 16)


def events(pipeline, text):
    return [e for e in pipeline.extract(Article(text=text, published=THURSDAY)) if e.record_kind == "event"]


def test_a_count_since_clashes_broke_out_this_week_keeps_its_record_and_toll(pipeline):
    out = events(pipeline, "Clashes between two clans near Baidoa have killed 16 people since they broke out on Tuesday, elders said.")
    assert [(e.location, e.fatalities) for e in out] == [("Baidoa", 16)]


def test_a_count_since_a_recent_day_is_background_not_news(pipeline):
    out = events(pipeline, "Gang clashes in the port district of Durban have killed 21 people since they began on Sunday, police said.")
    assert [(e.status, e.fatalities) for e in out] == [("background", 21)]


def test_the_recent_start_a_count_runs_from_stays_news_on_its_own_day(pipeline):
    out = events(
        pipeline,
        "At least 12 herders have been killed around Bokkos since armed men started raiding the villages on Saturday, a local leader said.",
    )
    started = [e for e in out if e.status == "new"]
    assert [(e.location, e.event_date) for e in started] == [("Bokkos", date(2024, 5, 11))]


def test_a_count_since_an_offensive_began_months_ago_makes_no_record(pipeline):
    out = events(pipeline, "Some 40 fighters have been killed around Kidal since the offensive began in January, a monitor said.")
    assert out == []


def test_a_count_since_a_start_with_no_date_makes_no_record(pipeline):
    out = events(pipeline, "Hundreds of soldiers have died since the rebellion started, the opposition said.")
    assert out == []
