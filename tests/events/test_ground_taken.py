"""Ground taken with the plain verb 'take' is a change of territory; fire traded between two
armies is a battle; the dead found tell a killing whose finder is no attacker. Sentences
written for these tests."""

import pytest

from tests.events.helpers import typed as _typed

BATTLES = "Battles"
OVERTAKES = (BATTLES, "Non-state actor overtakes territory")
REGAINS = (BATTLES, "Government regains territory")
CLASH = (BATTLES, "Armed clash")
ATTACK = ("Violence against civilians", "Attack")



@pytest.mark.parametrize(
    "text",
    [
        "Jihadist fighters took the town of Djibo after a day of heavy fighting with the army.",
        "The village of Mocimboa was taken by insurgents after a three-day assault.",
        "Arakan Army fighters took the border town of Paletwa from the junta's troops.",
        # a named place alone, which the small model may call a person
        "M23 rebels took Goma on Tuesday after days of fighting with Congolese troops.",
        "RSF fighters took Wad Madani on Monday after clashes with the army.",
    ],
)
def test_ground_taken_by_armed_groups_is_overtaken(extract, text):
    assert _typed(extract, text) == [OVERTAKES], text


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian forces took back the village of Robotyne after weeks of fighting.",
        # 'resistance' names the fighters here: nothing says the ground was left unopposed
        "Government troops took back the village of Kani from resistance fighters on Sunday.",
    ],
)
def test_ground_taken_back_is_regained(extract, text):
    assert _typed(extract, text) == [REGAINS], text


def test_control_gained_over_a_town_is_territory_taken(extract):
    text = "Kurdish fighters gained control over the town of Manbij after clashes with jihadists."
    assert _typed(extract, text) == [OVERTAKES]


def test_ground_taken_after_the_other_side_withdrew_is_a_transfer(extract):
    text = "Al-Shabaab fighters took the village of Bulo Burte after government troops withdrew."
    assert ("Strategic developments", "Non-violent transfer of territory") in _typed(extract, text)


def test_ground_held_only_for_a_while_is_a_clash(extract):
    text = "Insurgents temporarily took the village of Kerawa on Friday."
    assert _typed(extract, text) == [CLASH]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers took up positions around the town of Bouna.",
        "Hundreds of families took refuge in the town of Kaga Bandoro.",
        "Medics took the wounded to the district hospital in Bentiu.",
        "The governor took the town's complaints to the capital.",
        # a road travelled is no street taken to in protest
        "The delegation took the road to Goma on Monday.",
    ],
)
def test_other_takings_are_no_event(extract, text):
    assert _typed(extract, text) == [], text


def test_crowds_taking_to_the_streets_still_protest(extract):
    text = "Thousands of students took to the streets of Dhaka on Friday."
    assert _typed(extract, text) == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize(
    "text",
    [
        "Indian and Pakistani troops traded fire along the frontier in Poonch on Sunday.",
        "Kyrgyz and Tajik border guards traded gunfire near the village of Vorukh.",
        "Armenian and Azerbaijani soldiers exchanged shots near Sotk on Monday.",
    ],
)
def test_fire_traded_between_two_armies_is_a_clash(extract, text):
    assert _typed(extract, text) == [CLASH], text


def test_corpses_are_dead_people_not_a_corps(nlp):
    doc = nlp("Villagers found two corpses beside the Marine Corps base.")
    assert [t.lemma_ for t in doc if t.lower_ in ("corpses", "corps")] == ["corpse", "Corps"]


@pytest.mark.parametrize(
    "text",
    [
        "Police found three corpses in a ditch outside Culiacan on Monday.",
        "Residents discovered the bodies of two herders near Bunia on Monday.",
    ],
)
def test_dead_found_are_an_attack_the_finder_did_not_commit(pipeline, text):
    from datetime import date

    from sitroom.model import Article

    events = [e for e in pipeline(Article(text=text, published=date(2024, 5, 10))) if e.event_type]
    assert [(e.event_type, e.sub_event_type) for e in events] == [ATTACK], text
    assert events[0].actor1.startswith("Unidentified Armed Group"), events[0].actor1
    assert events[0].fatalities > 0


@pytest.mark.parametrize(
    "text",
    [
        "UN peacekeepers installed a temporary base near Fataki last week.",
        "Turkish troops built a new military base near the town of Zakho in northern Iraq.",
    ],
)
def test_a_base_installed_or_built_is_established(extract, text):
    assert _typed(extract, text) == [("Strategic developments", "Headquarters or base established")]


@pytest.mark.parametrize(
    "text",
    [
        "The UN built a new camp for displaced families outside Bentiu.",
        "Workers installed solar panels at the hospital in Rafah.",
    ],
)
def test_camps_and_panels_built_are_no_base(extract, text):
    assert _typed(extract, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Houthi fighters seized the town of Harib without resistance on Sunday.",
        "Jihadists took the village of Boni after meeting no resistance from the army.",
    ],
)
def test_ground_taken_unopposed_is_a_transfer(extract, text):
    assert _typed(extract, text) == [("Strategic developments", "Non-violent transfer of territory")]


def test_control_of_a_castle_taken_with_of_on_the_verb_is_territory(extract):
    text = "Rebel fighters pushed north of Kilwa and have taken control of an old fort."
    assert _typed(extract, text) == [OVERTAKES]


def test_bases_set_up_are_bases_not_a_basis(extract):
    text = "Iraqi troops have set up three army bases along the Syrian border near Qaim."
    assert _typed(extract, text) == [("Strategic developments", "Headquarters or base established")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Insurgents overran two army outposts near Palma on Sunday.", OVERTAKES),
        ("Taliban fighters overtook three check points in Aqcha district on Friday.", OVERTAKES),
        ("Afghan forces retook the Musa Qala district centre from the Taliban on Monday.", REGAINS),
    ],
)
def test_posts_points_and_a_district_centre_are_ground(extract, text, expected):
    assert _typed(extract, text) == [expected], text


def test_control_of_a_health_centre_is_no_ground(extract):
    text = "Police took control of the health centre after a dispute among staff in Goma."
    assert REGAINS not in _typed(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tigrayan forces seized the town of Alamata on Saturday.",
        "Shan forces overran an army outpost near Lashio on Thursday.",
    ],
)
def test_forces_of_a_people_overtake_ground(extract, text):
    assert _typed(extract, text) == [OVERTAKES], text


def test_forces_of_a_named_state_regain_ground(extract):
    text = "Ethiopian forces captured the town of Shire on Monday."
    assert _typed(extract, text) == [REGAINS]


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators took over the town centre of Kutaisi on Sunday.",
        "Striking miners seized the city centre of Potosi on Tuesday.",
        "Students took control of the main square of Novi Sad on Friday.",
    ],
)
def test_a_crowd_holding_a_town_centre_takes_no_ground(extract, text):
    typed = _typed(extract, text)
    assert REGAINS not in typed and OVERTAKES not in typed, (text, typed)
