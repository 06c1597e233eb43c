"""A toll revised in a later sentence ('..., raising the death toll to nine', 'the number
of dead rose to seven') is the incident's latest figure, with its evidence, and the
sentence that tells it joins the incident even when it names a later day. Sentences of my
own, from several conflicts."""

from datetime import date

import pytest

from tests.events.helpers import event_records

TUESDAY = date(2024, 5, 7)


def records(pipeline, text):
    return [(e.fatalities, e.fatalities_low) for e in event_records(pipeline, text, TUESDAY)]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Gunmen opened fire on a bus near Gusau on Sunday, killing five passengers. Three of the "
         "wounded later died in hospital, raising the death toll to eight.", (8, 5)),
        ("An Israeli drone struck a car near Bint Jbeil on Friday, killing two men. The number of "
         "dead rose to four after two of the wounded died, the health ministry said.", (4, 2)),
        ("A roadside bomb hit a minibus near Quetta on Saturday, killing six people. Two more "
         "passengers died overnight, bringing the toll to eight.", (8, 6)),
    ],
)
def test_a_revised_toll_is_the_incidents_latest_figure(pipeline, text, toll):
    assert records(pipeline, text) == [toll]


def test_dead_who_died_on_a_later_day_join_the_attack(pipeline):
    text = ("A suicide bomber struck a cattle market in Konduga on Friday, killing seven people. "
            "Rescuers found two more bodies on Saturday, raising the death toll to nine.")
    assert records(pipeline, text) == [(9, 7)]


def test_the_revised_toll_keeps_its_evidence(pipeline):
    text = ("Russian missiles hit a shopping centre in Kharkiv on Saturday, killing 11 people. "
            "Three of the wounded died in hospital, raising the death toll to 14.")
    (record,) = event_records(pipeline, text, TUESDAY)
    assert "14" in record.evidence["fatalities"].text


def test_a_new_attack_with_its_own_doer_stays_its_own_record(pipeline):
    text = ("Bandits killed six farmers in Maru on Sunday. On Monday, gunmen killed four traders "
            "in Maru, raising the death toll from the two attacks to 10.")
    assert len(event_records(pipeline, text, TUESDAY)) == 2
