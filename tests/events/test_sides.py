"""Who is on which side: people described as armed, soldiers hit in a stormed town,
a pronoun for someone named earlier, and 'the injured' as people rather than an event."""

from datetime import date

import pytest

from sitroom.model import Article

PUB = date(2024, 5, 2)


def records(pipeline, text):
    events = pipeline.extract(Article(text=text, published=PUB))
    return [e for e in events if e.status == "new" and e.record_kind == "event"]


def typed(pipeline, text):
    return [(e.event_type, e.sub_event_type) for e in records(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Armed men clashed with soldiers near the market in Gao on Tuesday.",
        "Two armed men exchanged fire with police officers in Tampico on Monday.",
    ],
)
def test_armed_men_fighting_forces_is_a_battle_not_a_riot(pipeline, text):
    assert typed(pipeline, text) == [("Battles", "Armed clash")]


def test_unarmed_villagers_fighting_stay_a_riot(pipeline):
    out = typed(pipeline, "Villagers clashed with herders over grazing land near Jos on Monday.")
    assert out == [("Riots", "Mob violence")]


def test_armed_villagers_are_a_communal_militia(pipeline):
    (event,) = records(pipeline, "Armed villagers attacked herders near Jos on Monday, killing three.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1 == "Unidentified Communal Militia (Nigeria)"


def test_unnamed_rebels_are_an_unidentified_armed_group(pipeline):
    (event,) = records(pipeline, "Rebels attacked an army base in Kidal on Monday, killing four soldiers.")
    assert event.event_type == "Battles"
    assert event.actor1 == "Unidentified Armed Group (Mali)"


def test_soldiers_killed_in_a_stormed_town_make_a_battle(pipeline):
    out = typed(pipeline, "Rebels stormed Kidal on Monday, killing four soldiers.")
    assert out == [("Battles", "Armed clash")]


def test_a_pronoun_takes_the_side_of_the_person_named_before_it(pipeline):
    shot_driver = "In Tampico on Monday, two armed men stopped a driver on the highway and shot him."
    assert typed(pipeline, shot_driver) == [("Violence against civilians", "Attack")]
    shot_soldier = "In Gao on Monday, gunmen stopped a soldier on the road and shot him."
    assert typed(pipeline, shot_soldier) == [("Battles", "Armed clash")]


def test_armed_people_firing_on_a_shop_is_an_attack(pipeline):
    out = typed(pipeline, "Several armed individuals fired on a bakery in Acapulco on Monday.")
    assert out == [("Violence against civilians", "Attack")]


def test_the_injured_are_people_the_blast_is_the_event(pipeline):
    out = typed(pipeline, "Paramedics took away the injured after the blast in Kabul on Monday.")
    assert out == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_him_stands_for_one_person_not_the_people_a_clause_describes(pipeline):
    text = "In Gao on Monday, gunmen stopped a policeman guarding traders and shot him."
    assert typed(pipeline, text) == [("Battles", "Armed clash")]


def test_a_hyphenated_armed_description_is_armed(pipeline):
    text = "Heavily-armed men clashed with police in Kisumu on Monday."
    assert typed(pipeline, text) == [("Battles", "Armed clash")]


def test_the_dead_and_the_wounded_carried_off_are_people(pipeline):
    text = "Medics evacuated the dead and the wounded from a hospital in Juba on Monday."
    assert typed(pipeline, text) == []


def test_ground_cleared_is_a_place_not_ranks_or_a_road_of_mines(pipeline):
    assert typed(pipeline, "Troops cleared the road of mines laid by insurgents near Dikwa on Monday.") == []
    assert typed(pipeline, "The army purged its ranks of officers accused of ties to rebels, Kinshasa said.") == []
    out = typed(pipeline, "Troops cleared the village of insurgents near Dikwa on Monday.")
    assert out == [("Battles", "Government regains territory")]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead a retired army colonel in Gusau on Monday.",
        "Bandits killed a former soldier on his farm near Katsina on Monday.",
        "Militants shot dead an off-duty policeman in Mogadishu on Monday.",
        "Gunmen killed a prison guard (said to be off duty) in Kismayo on Friday.",
        # ... told in a clause on the victim
        "Gunmen shot dead a policeman who was off duty in Culiacan on Monday.",
        "Bandits killed a soldier who was on leave near Gusau on Monday.",
    ],
)
def test_armed_by_trade_but_out_of_arms_is_a_civilian(pipeline, text):
    assert typed(pipeline, text) == [("Violence against civilians", "Attack")]


@pytest.mark.parametrize(
    "text",
    [
        # leave told of someone else, in a clause of the clause on the victim
        "Bandits shot dead a soldier who was escorting a doctor who was on leave near Zaria on Monday.",
        # ... leave still to come, or over at another time
        "Militants killed three policemen who were about to go on leave in Lakki Marwat on Monday.",
        "Gunmen shot dead a soldier who was on leave last year near Kulgam on Monday.",
    ],
)
def test_leave_not_told_of_the_victim_now_keeps_him_armed(pipeline, text):
    assert typed(pipeline, text) == [("Battles", "Armed clash")]


@pytest.mark.parametrize(
    "text",
    [
        "Unknown gunmen shot dead a judge in Herat on Monday.",
        "Gunmen killed a barangay captain in Cotabato on Monday.",
        "Militants fired on a car wash in Peshawar on Monday.",
    ],
)
def test_civic_offices_and_businesses_are_civilian_targets(pipeline, text):
    assert typed(pipeline, text) == [("Violence against civilians", "Attack")]


def test_vigilantes_attacking_bandits_fight_them_rather_than_riot(pipeline):
    out = typed(pipeline, "Vigilantes attacked a bandit camp near Gusau on Monday.")
    assert out == [("Battles", "Armed clash")]


def test_ground_cleared_with_fighters_killed_is_the_fight(pipeline):
    out = typed(pipeline, "Soldiers rid the Kamuku Forest of bandits on Monday, killing seven.")
    assert out == [("Battles", "Armed clash")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # carried into an assault or turned on civilians, a heavy machine gun is a gun
        ("Fighters stormed a police post in Maradi with heavy machine guns, killing three officers.",
         ("Battles", "Armed clash")),
        ("Gunmen opened fire with heavy machine guns on a village near Kaya, killing four civilians.",
         ("Violence against civilians", "Attack")),
        # one suspect beaten by vigilantes is their victim, an officer of a rebel group is armed
        ("Vigilantes beat a suspected cattle thief to death in Zurmi on Sunday.", ("Riots", "Mob violence")),
        ("Gunmen shot dead the militia's spokesman in Kalemie on Sunday.", ("Battles", "Armed clash")),
    ],
)
def test_aimed_heavy_guns_lone_suspects_and_armed_offices(pipeline, text, expected):
    assert typed(pipeline, text) == [expected]


def test_a_victim_out_of_arms_is_coded_a_civilian_with_his_force_beside_him(pipeline):
    (event,) = pipeline.extract(Article(text="Gunmen shot dead a retired police officer in Kano on Monday.", published=date(2024, 5, 6)))
    assert event.actor2.startswith("Civilians") and event.inter2 == 7
    assert "Police" in event.assoc_actor_2


def test_a_person_the_parser_hung_on_the_state_tells_the_side(pipeline):
    text = "On 1 May 2024, in Culiacan, Sinaloa, a state police officer was shot dead by two armed men."
    assert typed(pipeline, text) == [("Battles", "Armed clash")]


def test_civilians_killed_in_fighting_between_militias_leave_it_a_battle(pipeline):
    text = "Two clan militias clashed in Galkayo on Tuesday. Three civilians were killed by stray bullets."
    assert typed(pipeline, text) == [("Battles", "Armed clash")]


def test_a_grenade_answered_with_fire_is_a_clash(pipeline):
    text = "Militants threw a grenade at an army checkpoint in Baidoa on Tuesday. The soldiers returned fire."
    assert typed(pipeline, text) == [("Battles", "Armed clash")]


def test_a_grenade_no_one_answered_stays_a_grenade(pipeline):
    text = "Militants threw a grenade at an army checkpoint in Baidoa on Tuesday. Two soldiers were hurt."
    assert typed(pipeline, text) == [("Explosions/Remote violence", "Grenade")]


def test_aircraft_backing_a_ground_operation_leave_it_a_clash(pipeline):
    text = "Troops backed by helicopters attacked rebel positions near Kidal on Tuesday."
    assert typed(pipeline, text) == [("Battles", "Armed clash")]


def test_warplanes_striking_alone_are_an_air_strike(pipeline):
    text = "Warplanes struck rebel positions near Kidal on Tuesday."
    assert typed(pipeline, text) == [("Explosions/Remote violence", "Air/drone strike")]


@pytest.mark.parametrize(
    "text",
    [
        "Unknown gunmen shot dead an MDC member in Mbare, Harare, on Tuesday.",
        "Militiamen attacked and wounded three UPND members in Kanyama, Lusaka, on Tuesday.",
        "Gunmen shot dead the leader of the Ogoni Youth Movement in Bori on Tuesday.",
        "Police shot dead two members of the opposition party in Kampala on Tuesday.",
    ],
)
def test_members_of_a_party_or_a_movement_are_civilians(pipeline, text):
    assert typed(pipeline, text) == [("Violence against civilians", "Attack")]


@pytest.mark.parametrize(
    "text",
    [
        "Two men on a motorbike killed a Mahdi Army member near Kut on Tuesday.",
        "Unknown gunmen killed an ISIS member in Deir ez-Zor on Tuesday.",
        "Gunmen shot dead an NDS member in Kunduz on Tuesday.",
        "Burundian soldiers killed three FNL members near Cibitoke on Tuesday.",
        "Philippine troops shot dead two NPA members in Samar on Tuesday.",
    ],
)
def test_members_of_an_armed_body_or_a_security_service_are_armed(pipeline, text):
    assert typed(pipeline, text) == [("Battles", "Armed clash")]


@pytest.mark.parametrize(
    "text",
    [
        "A shepherd's body was found near Kidal on Tuesday, killed by unknown gunmen.",
        "The body of a farmer was found in Jos on Tuesday, killed by unknown gunmen.",
    ],
)
def test_whose_body_was_found_tells_the_side(pipeline, text):
    assert typed(pipeline, text) == [("Violence against civilians", "Attack")]


def test_a_village_whose_name_the_tagger_took_for_an_organisation_is_a_place(pipeline):
    text = "Militants attacked Natete Unity village in Cabo Delgado on Tuesday."
    assert typed(pipeline, text) == [("Violence against civilians", "Attack")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a person hit carries or serves in is no weapon of the event
        ("Soldiers gunned down an insurgent who carried a pistol near a roadblock outside "
         "Kismayo on Friday.", ("Battles", "Armed clash")),
        ("Unknown attackers shot dead a lieutenant of the air force security directorate in "
         "Homs on Sunday.",
         ("Battles", "Armed clash")),
        ("Iraqi troops killed two suicide bombers near Tal Afar on Tuesday.",
         ("Battles", "Armed clash")),
        # ... but the attackers' weapon is
        ("A suicide bomber killed five worshippers at a mosque in Maiduguri on Tuesday.",
         ("Explosions/Remote violence", "Suicide bomb")),
        # ... and a crowd's stones, told in a clause on the crowd, are the crowd's violence
        ("Police fired tear gas to disperse hundreds of traders, who had pelted officers with "
         "stones in Kano on Tuesday.", ("Riots", "Violent demonstration")),
    ],
)
def test_weapons_that_describe_the_people_hit_do_not_type_the_event(pipeline, text, expected):
    assert typed(pipeline, text)[:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people taken and then killed were killed: ACLED's attack
        ("A teacher was kidnapped and killed by militants near Kidal on Tuesday.",
         ("Violence against civilians", "Attack")),
        ("Gunmen abducted a village chief in Zamfara on Tuesday and later executed him.",
         ("Violence against civilians", "Attack")),
        # ... people only taken stay an abduction
        ("Gunmen kidnapped two aid workers near Goma on Tuesday.",
         ("Violence against civilians", "Abduction/forced disappearance")),
    ],
)
def test_people_kidnapped_and_killed_were_attacked(pipeline, text, expected):
    assert typed(pipeline, text)[:1] == [expected]


@pytest.mark.parametrize(
    "agent",
    ["Security forces", "Defence forces", "Forces of the junta"],
)
def test_forces_written_in_the_plural_are_state_forces(nlp, agent):
    from sitroom.events import load_lexicon
    from sitroom.events.sides import agent_kind

    doc = nlp(f"{agent} entered the town of Koro on Monday.")
    words = agent.split()
    assert agent_kind(doc[: len(words)], load_lexicon()) == "state", agent


@pytest.mark.parametrize(
    "text",
    [
        "A group of local people beat a suspected cattle thief to death near Uvira on Monday.",
        "A group of citizens caught a suspected burglar in Juliaca and beat him badly.",
        "Supporters of the ruling party attacked two reporters outside the court in Harare.",
    ],
)
def test_a_crowd_of_civilians_attacking_with_no_protest_told_is_mob_violence(pipeline, text):
    assert typed(pipeline, text) == [("Riots", "Mob violence")], text


def test_a_crowd_that_protests_and_attacks_stays_a_violent_demonstration(pipeline):
    text = "Protesters attacked police officers with stones in Nakuru on Monday."
    assert typed(pipeline, text) == [("Riots", "Violent demonstration")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bandits opened fire on a group of farmers near Gusau, killing three.",
         ("Violence against civilians", "Attack")),
        ("Troops ambushed a group of militants near Menaka, killing five.", ("Battles", "Armed clash")),
    ],
)
def test_a_group_of_people_takes_the_side_of_its_people(pipeline, text, expected):
    assert typed(pipeline, text) == [expected], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heavy mortar fire from an unidentified group was reported near Sirte on Sunday.",
         ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("A group of local people burned tyres on the main road in Likasi on Monday.",
         ("Riots", "Violent demonstration")),
    ],
)
def test_a_crowd_with_heavy_weapons_or_burning_tyres_is_no_mob(pipeline, text, expected):
    assert typed(pipeline, text) == [expected], text


@pytest.mark.parametrize("agent", ["Kurdish forces", "Karen forces", "Tigrayan forces"])
def test_forces_of_a_people_are_no_state_forces(nlp, agent):
    from sitroom.events import load_lexicon
    from sitroom.events.sides import agent_kind

    doc = nlp(f"{agent} entered the town of Koro on Monday.")
    assert agent_kind(doc[:2], load_lexicon()) != "state", agent


@pytest.mark.parametrize("agent", ["Sudanese forces", "Ukraine's forces", "South Sudanese forces"])
def test_forces_of_a_named_state_are_state_forces(nlp, agent):
    from sitroom.events import load_lexicon
    from sitroom.events.sides import agent_kind

    doc = nlp(f"{agent} entered the town of Koro on Monday.")
    words = len(nlp(agent))
    assert agent_kind(doc[:words], load_lexicon()) == "state", agent
