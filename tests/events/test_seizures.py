"""What was seized, struck or shot at decides the ACLED type: goods taken are looting,
weapons taken are disrupted weapons use, a depot hit by artillery is shelling, riot-control
weapons used on people no crowd is told of are an attack. Sentences written for these tests."""

from datetime import date

import pytest

from sitroom.model import Article

SD = "Strategic developments"
EP = "Explosions/Remote violence"
VAC = "Violence against civilians"

CASES = [
    # goods and contraband seized are property taken, by police or by gunmen
    ("Border guards seized four tons of cannabis from a lorry near Oujda.",
     SD, "Looting/property destruction"),
    ("Coast guards seized two fishing boats loaded with contraband fuel off Mukalla.",
     SD, "Looting/property destruction"),
    # ... a vehicle is taken, not its owners (the militia's name is no hostage)
    ("Masked gunmen seized an MNLA pickup truck near Anefis.",
     SD, "Looting/property destruction"),
    # ... weapons seized stay disrupted weapons use, people seized an abduction or arrest
    ("Troops seized a stash of rifles and grenades in a cave near Tora Bora.",
     SD, "Disrupted weapons use"),
    ("Militiamen seized three traders on the road to Beni.",
     VAC, "Abduction/forced disappearance"),
    # a depot destroyed by artillery or aircraft was struck, not defused
    ("Rebel gunners destroyed a government fuel and ammunition depot with artillery fire "
     "near Misrata.", EP, "Shelling/artillery/missile attack"),
    ("Army engineers destroyed a cache of explosives found near a bridge in Gao.",
     SD, "Disrupted weapons use"),
    # a device state forces set off, hurting no one, is disposed of; militants' is a bombing
    ("Bomb disposal police detonated a pipe bomb left outside a church in Makassar.",
     SD, "Disrupted weapons use"),
    ("Militants detonated a car bomb outside an army base in Gao, killing four soldiers.",
     EP, "Remote explosive/landmine/IED"),
    # rubber bullets fired at people who are no crowd: an attack on civilians
    ("Border police fired rubber bullets at two shepherds near Hebron on Sunday.",
     VAC, "Attack"),
    # tear gas controls a crowd: ACLED's intervention (live fire would be excessive force)
    ("Police fired tear gas at protesters outside parliament in Harare.",
     "Protests", "Protest with intervention"),
    # an attack aimed at property no one was in: property destruction
    ("Anarchists launched an arson attack targeting the warehouse of a timber firm in Izmir.",
     SD, "Looting/property destruction"),
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), CASES)
def test_coding(extract, text, event_type, sub_event_type):
    _ctx, cands = extract(text)
    typed = [c.event for c in cands if c.event.event_type]
    assert typed, f"no event found in: {text}"
    assert (typed[0].event_type, typed[0].sub_event_type) == (event_type, sub_event_type), text


def test_arrests_where_goods_were_seized_are_that_seizure(pipeline):
    """ACLED folds the smugglers arrested on the spot into the seizure: one record."""
    text = ("On 4 March 2022, customs officers seized a truck carrying two tons of heroin at "
            "the Torkham crossing. Three men were arrested.")
    records = [e for e in pipeline(Article(text=text, published=date(2022, 3, 5)))
               if e.record_kind == "event"]
    assert [(e.event_type, e.sub_event_type) for e in records] == [
        (SD, "Looting/property destruction")
    ]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Troops took control of the customs offices in Ras Jedir on Tuesday.",
         "Government regains territory"),
        ("Rebels took control of the prison in Goma on Tuesday and freed hundreds of inmates.",
         "Non-state actor overtakes territory"),
        ("Government forces wrested control of the hills of Jebel Marra on Tuesday.",
         "Government regains territory"),
    ],
)
def test_control_taken_of_a_place_is_territory_whatever_the_place(pipeline, text, sub_event_type):
    """Control is had of ground, not of people: buildings and prisons change hands too."""
    events = [e for e in pipeline.extract(Article(text=text, published=date(2024, 5, 10)))
              if e.status == "new"]
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Battles", sub_event_type)]


def test_ground_held_only_briefly_in_a_raid_is_the_fight_not_territory(pipeline):
    text = ("Jihadists raided a gendarmerie post near Kaya on Sunday, killing two gendarmes. "
            "They then held the market town of Pissila for a few hours, briefly taking "
            "control of it.")
    events = [e for e in pipeline.extract(Article(text=text, published=date(2024, 5, 10)))
              if e.status == "new"]
    assert "Non-state actor overtakes territory" not in [e.sub_event_type for e in events]
    assert ("Battles", "Armed clash") in [(e.event_type, e.sub_event_type) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents temporarily captured the town of Macomia on Wednesday.",
        "Separatist fighters briefly seized the village of Bamessing on Saturday.",
    ],
)
def test_ground_held_for_a_while_with_no_fight_told_is_still_a_battle(pipeline, text):
    """Taking a town, even for a while, is fighting for it: no territory, but no statement."""
    events = [e for e in pipeline.extract(Article(text=text, published=date(2024, 5, 10)))
              if e.status == "new"]
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Battles", "Armed clash")]


@pytest.mark.parametrize(
    "text",
    [
        "Police said they had gained control of the crowd in Eldoret after the rally.",
        "The health ministry assumed control of the district hospital in Wau on Monday.",
    ],
)
def test_control_of_a_crowd_or_a_hospital_is_no_fight(pipeline, text):
    events = [e for e in pipeline.extract(Article(text=text, published=date(2024, 5, 10)))
              if e.status == "new" and e.event_type]
    assert events == []


@pytest.mark.parametrize(
    "text",
    [
        "Federal police dismantled a cocaine lab in a rural area of Narino on Tuesday.",
        "Soldiers dismantled a cannabis plantation near Culiacan on Friday.",
    ],
)
def test_property_dismantled_is_property_destruction_not_weapons(extract, text):
    from tests.events.helpers import typed

    assert typed(extract, text) == [(SD, "Looting/property destruction")], text


def test_devices_dismantled_stay_disrupted_weapons(extract):
    from tests.events.helpers import typed

    text = "Engineers dismantled two roadside bombs on the road to Gao on Monday."
    assert typed(extract, text) == [(SD, "Disrupted weapons use")]


@pytest.mark.parametrize(
    "text",
    [
        "Troops dismantled an IED factory near Kidal on Sunday.",
        "Police dismantled a grenade-making lab in Ciudad Juarez on Friday.",
        "Soldiers dismantled a truck packed with mortar shells near Marawi on Monday.",
    ],
)
def test_a_place_or_vehicle_of_weapons_dismantled_is_disrupted_weapons(extract, text):
    from tests.events.helpers import typed

    assert typed(extract, text) == [(SD, "Disrupted weapons use")], text
