"""Houses burned or shops looted 'in nearby X' by the raiders told before are part of
their raid, one record at the raid's place (ACLED folds them in); others burning houses
there later are an event of their own. Sentences of my own."""

from datetime import date

import pytest

from sitroom.model import Article

TUESDAY = date(2024, 5, 7)


def records(pipeline, text):
    return [
        (e.sub_event_type, e.location, e.fatalities)
        for e in pipeline.extract(Article(text=text, published=TUESDAY))
        if e.status == "new" and e.record_kind == "event"
    ]


@pytest.mark.parametrize(
    ("text", "place", "dead"),
    [
        ("Bandits killed six farmers in Kauru on Sunday, and the attackers also burned "
         "houses in nearby Zango.", "Kauru", 6),
        ("Gunmen killed four traders in Jibia on Friday, and the attackers also torched "
         "shops in nearby Zurmi.", "Jibia", 4),
        ("Militiamen killed four villagers in Kalehe on Thursday, and also looted shops in "
         "the nearby town of Minova.", "Kalehe", 4),
        ("Gang members shot dead seven residents in Mirebalais on Friday. They also torched "
         "houses in nearby Saut-d'Eau.", "Mirebalais", 7),
    ],
)
def test_burning_next_door_is_part_of_the_raid(pipeline, text, place, dead):
    assert records(pipeline, text) == [("Attack", place, dead)]


def test_others_burning_next_door_later_make_their_own_record(pipeline):
    text = ("Gunmen killed four traders in Jibia on Friday. Soldiers later burned houses in "
            "nearby Zurmi.")
    assert [place for _, place, _ in records(pipeline, text)] == ["Jibia", "Zurmi"]
