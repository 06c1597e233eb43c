"""Finding temporal expressions in a parse and attaching them to triggers."""

from __future__ import annotations

from datetime import date

from sitroom.time.dating import attach, find_expressions

TUE = date(2024, 4, 23)


def _found(nlp, text, published=TUE):
    doc = nlp(text)
    return doc, find_expressions(doc[:], published)


def test_finds_and_resolves(nlp):
    doc, found = _found(nlp, "Raids had slowed since early February, residents said.")
    assert [(f.span.text, f.ref.date, f.ref.precision) for f in found] == [
        ("since early February", date(2024, 2, 1), 3)
    ]


def test_no_dates_in_words_that_look_like_them(nlp):
    for text in [
        "We consider it alarming, and we may retaliate.",
        "Five drones were shot down over the port.",
        "France keeps 2,100 troops in Chad.",
        "A 25-year-old man was arrested.",
    ]:
        assert _found(nlp, text)[1] == [], text


def test_reporting_verb_keeps_its_date(nlp):
    doc, found = _found(
        nlp, "The governor denounced, on Tuesday, the repeated attacks on schools in Marib."
    )
    condemned = next(t for t in doc if t.text == "denounced")
    attacks = next(t for t in doc if t.text == "attacks")
    assert attach(condemned, found, [condemned, attacks]).ref.date == TUE
    assert attach(attacks, found, [condemned, attacks]) is None


def test_date_on_main_verb_reaches_participle(nlp):
    doc, found = _found(nlp, "On Sunday, four drones were launched at the airport, damaging a hangar.")
    launched = next(t for t in doc if t.text == "launched")
    damaging = next(t for t in doc if t.text == "damaging")
    assert attach(launched, found, [launched, damaging]).ref.date == date(2024, 4, 21)
    assert attach(damaging, found, [launched, damaging]).ref.date == date(2024, 4, 21)


def test_each_clause_keeps_its_own_date(nlp):
    doc, found = _found(
        nlp, "Gunmen killed two farmers on Monday after militants had raided the village on Saturday."
    )
    killed = next(t for t in doc if t.text == "killed")
    raided = next(t for t in doc if t.text == "raided")
    assert attach(killed, found, [killed, raided]).ref.date == date(2024, 4, 22)
    assert attach(raided, found, [killed, raided]).ref.date == date(2024, 4, 20)


def test_past_tense_pushes_year_less_dates_back(nlp):
    doc, found = _found(nlp, "Raids on border posts multiplied after October 7 along the frontier.")
    assert found[0].ref.start == date(2023, 10, 8)


def test_weekday_with_date_in_apposition(nlp):
    doc, found = _found(nlp, "Jets bombed the town on Friday, 19 April, residents said.")
    bombed = next(t for t in doc if t.text == "bombed")
    assert attach(bombed, found, [bombed]).ref.date == date(2024, 4, 19)


def test_future_tense_weekday_is_the_coming_one(nlp):
    doc, found = _found(nlp, "The two delegations will meet on Monday in Doha.")
    assert found[0].ref.date == date(2024, 4, 29)


def test_date_in_a_relative_clause_below_the_trigger_is_not_ours(nlp):
    doc, found = _found(
        nlp, "Clashes left six people dead in Saada, a province that has seen fighting since 2011."
    )
    left = next(t for t in doc if t.text == "left")
    assert attach(left, found, [left]) is None


def test_a_year_that_ends_a_name_and_the_time_a_count_held_are_not_dates(nlp):
    for text in [
        "Police fired on crowds opposed to the Revenue Act 2023 outside the assembly.",
        "The toll from the bombing of the market rose to 31 as of Wednesday.",
    ]:
        assert _found(nlp, text)[1] == [], text
    # a year after a month or a preposition is still a date
    spans = [f.span.text for f in _found(nlp, "Rebels took the town in May 2023 and in 2021.")[1]]
    assert any("2023" in s for s in spans) and any("2021" in s for s in spans)


def test_abbreviated_month_names_with_a_day(nlp):
    for text, want in [
        ("On 19 Apr 2024, militants shelled a post near Kirkuk.", date(2024, 4, 19)),
        ("Gunmen attacked a bus on Sept. 3, 2023, killing two.", date(2023, 9, 3)),
        ("On 2 Mar, rebels shelled a market.", date(2024, 3, 2)),
    ]:
        found = _found(nlp, text)[1]
        assert [(f.ref.date, f.ref.precision) for f in found] == [(want, 1)], text


def test_a_date_in_a_clause_of_its_own_yields_to_the_opening_date(nlp):
    doc, found = _found(
        nlp, "On 20 April 2024, a rally was held in Izmir for workers dismissed in 2019."
    )
    held = next(t for t in doc if t.text == "held")
    assert attach(held, found, [held]).ref.date == date(2024, 4, 20)


def test_an_opening_date_reaches_across_a_claim(nlp):
    doc, found = _found(
        nlp, "On 20 April 2024, the rebels claimed to have shelled army positions near Marib."
    )
    shelled = next(t for t in doc if t.text == "shelled")
    assert attach(shelled, found, [shelled]).ref.date == date(2024, 4, 20)
    doc, found = _found(
        nlp, "On Monday, officials said the rebels shelled army positions on Saturday."
    )
    shelled = next(t for t in doc if t.text == "shelled")
    assert attach(shelled, found, [shelled]).ref.date == date(2024, 4, 20)


def test_a_weekday_the_tagger_runs_into_days_after_still_dates_the_event(nlp):
    doc = nlp("Gunmen burned a market in Kajuru on Sunday, weeks after police arrested their leader.")
    found = find_expressions(next(doc.sents), date(2024, 5, 10))
    assert [(f.span.text, f.ref.date) for f in found] == [("on Sunday", date(2024, 5, 5))]


def test_a_comma_inside_one_date_keeps_it_whole(nlp):
    doc = nlp("Rebels shelled the town on Monday, May 6, residents said.")
    found = find_expressions(next(doc.sents), date(2024, 5, 10))
    assert [f.ref.date for f in found] == [date(2024, 5, 6)]
