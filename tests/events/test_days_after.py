"""'X on Tuesday, days after Y': the news keeps its own day, and what it came after is an
earlier occasion told in passing (background, dated a few days or weeks before). Sentences
of my own."""

from datetime import date

from sitroom.model import Article

FRIDAY = date(2024, 5, 10)


def events(pipeline, text):
    out = pipeline.extract(Article(text=text, published=FRIDAY))
    return [(e.status, e.event_date) for e in out if e.record_kind == "event"]


def test_the_news_keeps_its_weekday_before_a_comma_and_days_after(pipeline):
    out = events(pipeline, "Bandits killed six villagers in Tsafe on Tuesday, days after troops raided their camps.")
    assert ("new", date(2024, 5, 7)) in out


def test_what_it_came_days_after_is_background_a_few_days_earlier(pipeline):
    out = events(pipeline, "Bandits killed six villagers in Tsafe on Tuesday, days after troops raided their camps.")
    assert sorted(out) == [("background", date(2024, 5, 4)), ("new", date(2024, 5, 7))]


def test_weeks_after_dates_the_earlier_raid_weeks_before(pipeline):
    out = events(pipeline, "Militants shot dead eight farmers near Mopti on Wednesday, weeks after soldiers attacked their bases.")
    background = [d for status, d in out if status == "background"]
    assert ("new", date(2024, 5, 8)) in out
    assert len(background) == 1 and background[0] < date(2024, 5, 1)


def test_an_earlier_raid_days_before_is_no_news_in_another_conflict(pipeline):
    out = events(pipeline, "Al-Shabaab fighters ambushed a convoy near Afgoye on Monday, days after an air strike hit their base.")
    assert [d for status, d in out if status == "new"] == [date(2024, 5, 6)]
    assert all(d < date(2024, 5, 6) for status, d in out if status == "background")
