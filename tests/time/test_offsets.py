"""Events told as 'N days after' another, and 'earlier this month' beside the day's news
(reports written for these tests)."""

from datetime import date

from sitroom.model import Article

PUB = date(2024, 5, 18)  # a Saturday


def records(pipeline, text):
    events = pipeline.extract(Article(text=text, published=PUB))
    return [e for e in events if e.record_kind == "event"]


def by_toll(pipeline, text):
    return {e.fatalities: e for e in records(pipeline, text)}


def test_two_days_after_dates_the_earlier_killing(pipeline):
    text = ("Gunmen killed nine villagers in Kaura on Friday night, officials said on Saturday.\n\n"
            "The raid came two days after four farmers were killed in an attack in Kafanchan.")
    events = by_toll(pipeline, text)
    assert events[9].event_date == date(2024, 5, 17)
    assert events[4].event_date == date(2024, 5, 15)
    assert events[4].time_precision == 1
    assert events[4].evidence["event_date"].text == "two days after"


def test_a_softened_length_counts_the_same(pipeline):
    text = ("A car bomb killed five soldiers in Bannu on Thursday.\n\n"
            "The bombing came just three days after militants stormed a police post in Lakki "
            "Marwat, killing two officers.")
    assert by_toll(pipeline, text)[2].event_date == date(2024, 5, 13)


def test_a_date_on_the_earlier_event_itself_wins(pipeline):
    text = ("Rebels shelled Goma on Friday, killing three people.\n\n"
            "It came a week after the army bombed rebel positions near Rutshuru on Monday, "
            "killing seven fighters.")
    assert by_toll(pipeline, text)[7].event_date == date(2024, 5, 13)


def test_a_month_only_date_measures_nothing(pipeline):
    text = ("Attacks in the province have killed dozens this month.\n\n"
            "The latest came a day after six herders were killed near Djibo.")
    assert by_toll(pipeline, text)[6].event_date != date(2024, 4, 30)


def test_earlier_this_month_beside_the_days_news_is_background(pipeline):
    text = ("Gunmen killed nine villagers in Kaura on Friday night, officials said.\n\n"
            "Earlier this month, 14 people were killed in separate attacks on two villages "
            "near Kafanchan.")
    events = by_toll(pipeline, text)
    assert events[9].status == "new"
    assert events[14].status == "background"
    assert events[14].evidence["status"].text == "Earlier this month"


def test_earlier_this_month_alone_is_the_news(pipeline):
    text = "Earlier this month, gunmen killed 14 people in two villages near Kafanchan."
    assert [e.status for e in records(pipeline, text)] == ["new"]


def test_an_opening_after_clause_counts_back_from_its_own_clauses_day(pipeline):
    text = ("Gunmen killed five villagers in Gusau on Friday.\n\n"
            "Three days after rioters burned a police station in Kano, police arrested "
            "12 suspects in the city on Thursday.")
    riots = [e for e in records(pipeline, text) if e.event_type == "Riots"]
    assert [e.event_date for e in riots] == [date(2024, 5, 13)]
