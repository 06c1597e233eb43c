"""A humanitarian summary of what fighting caused ('fighting has displaced 4,000
families', 'clashes displaced households this week'), with no toll and no day of its own,
tells no incident: it makes no record beside the dated clash it sums up and lends that
clash no date. Sentences of my own."""

from datetime import date

from sitroom.model import Article

FRIDAY = date(2024, 5, 10)


def records(pipeline, text):
    out = pipeline.extract(Article(text=text, published=FRIDAY))
    return [(e.status, e.event_date, e.fatalities) for e in out if e.record_kind == "event"]


def test_displaced_families_last_week_make_no_second_record(pipeline):
    text = (
        "Fighting around Masisi displaced 4,000 families last week, a UN agency said. "
        "Clashes between the army and rebels in Masisi on Tuesday killed nine civilians."
    )
    assert records(pipeline, text) == [("new", date(2024, 5, 7), 9)]


def test_displacement_since_a_month_is_no_background_record(pipeline):
    text = (
        "Clashes between the army and RSF fighters in Tawila on Monday killed 11 people. "
        "Fighting around Tawila has displaced 20,000 people since April."
    )
    assert records(pipeline, text) == [("new", date(2024, 5, 6), 11)]


def test_a_week_of_displacement_lends_the_attack_no_date(pipeline):
    text = (
        "Armed clashes in Tillaberi region displaced some 2,500 households this week, according to the UN. "
        "On Monday, jihadists attacked an army post near Tera, killing six soldiers."
    )
    assert records(pipeline, text) == [("new", date(2024, 5, 6), 6)]


def test_fighting_on_a_day_that_displaced_people_is_still_news(pipeline):
    out = records(pipeline, "Fighting between two militias in Tripoli on Wednesday forced hundreds of families to flee.")
    assert [(status, day) for status, day, _dead in out] == [("new", date(2024, 5, 8))]


def test_displacement_told_alone_is_the_fighting_s_record(pipeline):
    text = "Clashes between ISWAP and the army near Monguno have displaced 8,000 people, aid agencies said on Thursday."
    assert len(records(pipeline, text)) == 1


def test_shelling_that_forced_families_out_is_its_own_record_when_told_alone(pipeline):
    text = "Shelling by government forces forced 600 families to leave their homes in Idlib province, rescuers said."
    assert len(records(pipeline, text)) == 1


def test_a_summary_of_fighting_elsewhere_keeps_its_record(pipeline):
    text = (
        "A drone strike forced hundreds of residents to flee a village in Kharkiv region, officials said. "
        "In Kherson, troops fought off an assault on a river island on Tuesday, killing four attackers."
    )
    assert len(records(pipeline, text)) == 2
