"""Who suffered an event when the parse hides it: a headline's passive without its 'were', a
participle hung on its victims, a subject the parser took from a place before it, and a
man killed after trading fire. Sentences written for these tests."""

import pytest

from tests.events.helpers import typed

CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
MOB = ("Riots", "Mob violence")


def test_the_subject_of_a_headline_passive_suffered_it(extract):
    text = "Two killed and 30 wounded in clashes between rival party supporters in Lusaka."
    assert typed(extract, text) == [MOB]


def test_the_noun_a_participle_hangs_on_is_the_victim(extract):
    _ctx, cands = extract("Five villagers killed by bandits near Gusau on Monday.")
    assert typed(extract, "Five villagers killed by bandits near Gusau on Monday.") == [ATTACK]
    assert [c.patient.text for c in cands] == ["Five villagers"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 June, in Tumaco, Narino, a navy patrol was fired on by armed men.", CLASH),
        ("On 9 July, in Rustavi, Kvemo Kartli, a shopkeeper was stabbed by two men.", ATTACK),
    ],
)
def test_a_subject_hung_on_the_place_before_it_is_the_subject(extract, text, expected):
    assert typed(extract, text) == [expected], text


@pytest.mark.parametrize(
    "text",
    [
        "A gang leader was shot dead at a roadblock outside Jacmel on Saturday after exchanging "
        "fire with soldiers.",
        "A suspected smuggler died after trading fire with border guards near Zahedan.",
    ],
)
def test_a_man_killed_after_trading_fire_fought(extract, text):
    assert typed(extract, text) == [CLASH], text


def test_things_a_participle_hangs_on_are_no_victims(extract):
    text = ("On Monday the army took control of a militia stronghold near Djugu after clashes, "
            "with nine fighters dead and five rifles recovered by the soldiers.")
    assert typed(extract, text) == [("Battles", "Government regains territory")]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Russia, the aggressor state, shelled Sumy on Tuesday, killing three civilians.", "Russia"),
        ("Israel, the occupying power, struck Jenin from the air on Sunday, killing two men.", "Israel"),
    ],
)
def test_a_country_described_after_its_name_stays_the_subject(pipeline, text, actor1):
    from datetime import date

    from sitroom.model import Article

    records = pipeline.extract(Article(text, published=date(2024, 5, 10), source=""))
    assert records and actor1 in records[0].actor1, [r.actor1 for r in records]
