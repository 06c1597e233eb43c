"""People taken away by force without 'abduct' or 'kidnap' (a verb and its particle, a plain
verb, a verb + object idiom) are an abduction, or an arrest when state forces take them;
goods, things and people taken by no forcible taker are not. Sentences written for these
tests."""

import pytest

from tests.events.helpers import typed as _typed

SD = "Strategic developments"
VAC = "Violence against civilians"
ABDUCTION = (VAC, "Abduction/forced disappearance")

TAKEN = [
    "Armed men took away three nurses from a clinic outside Maiduguri on Wednesday.",
    "Bandits carried off six herders near Birnin Gwari on Saturday.",
    "Militants whisked away a priest from his parish in Butembo on Thursday.",
    "Gunmen dragged off two schoolgirls from their dormitory in Zamfara on Friday.",
    "Unidentified gunmen led away a village head and his son in Katsina on Sunday.",
    "Kidnappers snatched a businessman outside his shop in Aba on Tuesday.",
    "Two lawyers were carried off by militiamen near Bunia on Monday.",
    # verb + object idioms: the idiom names the person taken
    "Pirates took four sailors hostage off Bonny Island on Saturday.",
    "Four aid workers were taken hostage by militants near Kidal on Friday.",
    "Rebels held two lorry drivers captive for a week near Beni.",
    "Six miners were taken as hostages by an armed band near Tarija on Friday.",
    "Gunmen took hostages at a petrol station in Kisumu on Friday.",
]


@pytest.mark.parametrize("text", TAKEN)
def test_people_taken_by_force_are_an_abduction(extract, text):
    typed = _typed(extract, text)
    assert typed == [ABDUCTION], text


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers led away four young men from the market in Gao on Monday.",
        "Police took away two demonstrators outside the governor's office in Kano on Monday.",
    ],
)
def test_people_taken_by_state_forces_are_arrests(extract, text):
    typed = _typed(extract, text)
    assert typed == [(SD, "Arrests")], text


@pytest.mark.parametrize(
    "text",
    [
        "The gale carried off the roofs of two classrooms in Jos on Monday.",
        "Municipal workers took away the barricades from the bridge in Kano on Monday.",
        "Police took away the barricades from the bridge in Kano on Monday.",
        "A father took his daughters away to a boarding school in Jos on Monday.",
        "The headmistress led the pupils away from the flooded hall in Jos on Monday.",
        "The firm snatched the road contract from a rival bidder in Abuja on Monday.",
        "The floodwaters carried away two children in Yola on Monday.",
        "Thieves snatched a phone from a woman at a bus stop in Lagos on Monday.",
        # a known prisoner moved is no hostage idiom
        "Warders took the prisoners to the high court in Kisumu on Friday.",
        # idioms as figures of speech: no person held, or no force
        "The tenor held the audience captive for an hour in Jos on Saturday.",
        "Critics said the importers had taken the economy hostage in Abuja on Monday.",
        # rescues: to safety, to a hospital, the wounded
        "Troops carried off the injured villagers to a clinic in Bunia on Monday.",
        "Police led away the pupils to safety after the blaze in Kano on Monday.",
    ],
)
def test_things_or_people_taken_without_force_are_no_event(extract, text):
    typed = _typed(extract, text)
    assert ABDUCTION not in typed and (SD, "Arrests") not in typed, (text, typed)


def test_goods_carried_off_stay_looting(extract):
    typed = _typed(extract, "Bandits carried off forty goats from a farm near Sokoto on Monday.")
    assert typed == [(SD, "Looting/property destruction")]


@pytest.mark.parametrize(
    "victim", ["a pastor", "an imam", "a village head", "a traditional ruler", "a politician"]
)
def test_civilian_standing_makes_a_killing_violence_against_civilians(extract, victim):
    typed = _typed(extract, f"Gunmen shot dead {victim} in Lokoja on Monday.")
    assert typed == [(VAC, "Attack")], victim


@pytest.mark.parametrize("taken", ["were abducted", "were taken hostage"])
def test_forces_killed_and_taken_in_one_attack_are_a_battle(extract, taken):
    text = f"Eleven gendarmes were killed and four {taken} in an attack by jihadists near Djibo."
    typed = _typed(extract, text)
    assert typed == [("Battles", "Armed clash")], typed


def test_a_civilian_taken_in_an_attack_on_forces_stays_an_abduction(extract):
    text = "Gunmen stormed a police post in Funtua, killing two officers and abducting a nurse."
    typed = _typed(extract, text)
    assert typed == [ABDUCTION], typed




@pytest.mark.parametrize(
    "text",
    [
        "Gunmen took three traders from a bus near Kaduna on Sunday.",
        "Armed men took twelve women from their homes in Kidal overnight.",
    ],
)
def test_people_taken_from_a_place_are_an_abduction(extract, text):
    assert _typed(extract, text) == [ABDUCTION], text


def test_people_taken_from_a_village_by_security_forces_are_arrests_not_ground(extract):
    text = "Security forces took five people from a village near Beni on Monday."
    assert _typed(extract, text) == [(SD, "Arrests")]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers took the wounded from the village to a clinic in Bunia on Monday.",
        "Police took statements from witnesses in Kampala on Monday.",
    ],
)
def test_the_wounded_or_things_taken_from_a_place_are_no_seizure(extract, text):
    typed = _typed(extract, text)
    assert ABDUCTION not in typed and (SD, "Arrests") not in typed, (text, typed)


@pytest.mark.parametrize(
    "text",
    [
        "Troops took 15 civilians from the besieged village of Sake to safety on Wednesday.",
        "Peacekeepers took nine children from the flooded camp of Kalemie to safety on Saturday.",
        "Soldiers took 30 residents from the shelled town of Vovchansk to safety on Thursday.",
    ],
)
def test_people_taken_from_a_place_to_safety_are_rescued(extract, text):
    typed = _typed(extract, text)
    assert ABDUCTION not in typed and (SD, "Arrests") not in typed, (text, typed)
