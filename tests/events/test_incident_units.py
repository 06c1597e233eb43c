"""What makes a record and what joins one: arrests at a protest, a separate bombing,
property-only violence, and the wordings a bare report uses. Sentences of my own."""

from datetime import date

import pytest

from sitroom.model import Article

PUB = date(2021, 3, 10)  # a Wednesday


def new_events(pipeline, text):
    events = pipeline.extract(Article(text=text, published=PUB))
    return [e for e in events if e.status == "new" and e.record_kind == "event"]


def types(events):
    return [(e.event_type, e.sub_event_type) for e in events]


def test_arrests_at_a_protest_are_part_of_it(pipeline):
    out = new_events(
        pipeline,
        "On 2 March 2021, hundreds of teachers protested outside the ministry in Nairobi. "
        "Police dispersed them and arrested twenty of the teachers.",
    )
    assert [e.event_type for e in out] == ["Protests"]


def test_a_suspect_arrested_after_an_attack_keeps_the_attackers(pipeline):
    out = new_events(
        pipeline,
        "On 2 March 2021, gunmen attacked a police post in Kano, killing two officers. "
        "A suspect was later arrested by the police.",
    )
    assert len(out) == 1 and out[0].event_type == "Battles"
    assert "Unidentified" in out[0].actor1 and out[0].fatalities == 2


def test_an_arrest_told_first_does_not_absorb_a_later_attack(pipeline):
    out = new_events(
        pipeline,
        "On 2 March 2021, police arrested five suspects in Kano. "
        "Gunmen later attacked a bank in the city.",
    )
    assert len(out) == 2 and out[0].sub_event_type == "Arrests"


def test_a_separate_bombing_told_in_a_later_sentence_is_its_own_news(pipeline):
    out = new_events(
        pipeline,
        "A suicide bomber drove a truck into an army camp near Baidoa on Monday, killing "
        "two soldiers, officials said.\n"
        "Four more soldiers died in a separate blast that hit their bus as it carried men "
        "hurt in the earlier blast to hospital, an officer said.",
    )
    assert [e.sub_event_type for e in out] == [
        "Suicide bomb",
        "Remote explosive/landmine/IED",
    ]
    assert out[1].event_date == date(2021, 3, 8) and out[1].fatalities == 4


def test_an_undated_separate_incident_keeps_the_news_day(pipeline):
    """A mention dated a week earlier is not the undated second incident of the news."""
    out = new_events(
        pipeline,
        "A suicide bomber drove a truck into an army camp near Baidoa on Monday, killing "
        "two soldiers.\n"
        "Four more soldiers died in a separate blast on the road to the town.\n"
        "A car bomb in the town last Tuesday killed nine people.",
    )
    assert [e.event_date for e in out][:2] == [date(2021, 3, 8), date(2021, 3, 8)]
    assert out[1].fatalities == 4


@pytest.mark.parametrize(
    "text",
    [
        "Finding the hamlet of Kaura empty on Monday, the raiders torched its huts and "
        "granaries and attacked the goats in the pens.",
        "On Monday, unknown men staged an arson attack on a textile warehouse in Bursa.",
    ],
)
def test_burning_property_with_no_one_harmed_is_property_destruction(pipeline, text):
    out = new_events(pipeline, text)
    assert types(out) == [("Strategic developments", "Looting/property destruction")]


def test_burning_houses_and_killing_people_is_an_attack(pipeline):
    out = new_events(
        pipeline, "Gunmen burned houses in the village of Tadi on Monday and killed five people."
    )
    assert types(out) == [("Violence against civilians", "Attack")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 March 2021, a shoot-out took place in a neighborhood of Recife.",
         ("Battles", "Armed clash")),
        ("Clashes between the army and rebels in Bentiu.", ("Battles", "Armed clash")),
        ("On 4 March 2021, the army engaged in a fire fight with rebels near Bamenda.",
         ("Battles", "Armed clash")),
        ("On 4 March 2021, police engaged in an exchange of fire with bandits in Zaria.",
         ("Battles", "Armed clash")),
        ("On 4 March 2021, intense mortar fire from an unidentified side was reported near Misrata.",
         ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("On 5 March 2021, monitors observed a total of 12 projectiles near Avdiivka.",
         ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("On 5 March 2021, students staged a sit-in outside the ministry in Tunis.",
         ("Protests", "Peaceful protest")),
        ("Nurses on strike over unpaid wages in Juba.", ("Protests", "Peaceful protest")),
        ("On 5 March 2021, traders picketed outside the city council in Accra.",
         ("Protests", "Peaceful protest")),
        ("On 5 March 2021, workers barricaded the main road in Gafsa.",
         ("Protests", "Peaceful protest")),
        ("On 5 March 2021, residents banged pots to protest power cuts in Quito.",
         ("Protests", "Peaceful protest")),
        ("On 6 March 2021, troops thwarted a rebel attack on a checkpoint near Marib.",
         ("Battles", "Armed clash")),
        ("On 6 March 2021, bandits stole 40 cows from a farm near Makurdi.",
         ("Strategic developments", "Looting/property destruction")),
        ("On 6 March 2021, twenty soldiers switched sides and joined the rebels in Ghor.",
         ("Strategic developments", "Change to group/activity")),
    ],
)
def test_bare_report_wordings_make_a_record(pipeline, text, expected):
    assert types(new_events(pipeline, text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The union called on workers to protest in Quito.",
        "The workers plan to protest in Quito on Friday.",
        "The attack.",
        "On 6 March 2021, the police foiled a bomb plot in Kano.",
    ],
)
def test_plans_calls_and_bare_references_make_no_protest_or_battle(pipeline, text):
    out = new_events(pipeline, text)
    assert all(e.event_type not in ("Protests", "Battles") for e in out)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 12 April 2021, unknown persons set fire to a delivery van owned by a phone company "
         "in Thessaloniki.", ("Strategic developments", "Looting/property destruction")),
        ("On 7 March 2021, fighters of the Taliban overtook a police unit in Baghlan.",
         ("Battles", "Armed clash")),
        ("Rioters tore up campaign billboards in Kitwe on Monday.",
         ("Riots", "Violent demonstration")),
    ],
)
def test_more_report_wordings(pipeline, text, expected):
    assert types(new_events(pipeline, text)) == [expected]


def test_soldiers_who_suffered_casualties_are_the_victims(pipeline):
    out = new_events(
        pipeline,
        "On 9 March 2021, government troops stationed in Kunduz suffered casualties following "
        "an attack by the Taliban.",
    )
    assert len(out) == 1 and out[0].actor1 == "Taliban"


def test_a_claim_to_have_fought_is_an_event_of_the_claims_day(pipeline):
    out = new_events(
        pipeline,
        "On 6 March 2021, rebel forces claimed to have clashed with army units near Marib, "
        "killing two fighters.",
    )
    assert len(out) == 1 and out[0].event_type == "Battles"
    assert out[0].event_date == date(2021, 3, 6) and out[0].fatalities == 2


def test_violence_at_a_protest_and_looting_in_a_raid_are_one_record(pipeline):
    protest = new_events(
        pipeline,
        "On 2 March 2021, hundreds of traders protested in Kisumu over new taxes. "
        "Police shot dead one protester and a shop was looted.",
    )
    assert len(protest) == 1 and protest[0].fatalities == 1
    raid = new_events(
        pipeline,
        "On 2 March 2021, gunmen raided the village of Tadi in Zamfara, killing six people. "
        "They also burned ten houses and stole cattle.",
    )
    assert types(raid) == [("Violence against civilians", "Attack")]


def test_a_protest_against_a_killing_is_its_own_event(pipeline):
    out = new_events(
        pipeline,
        "On 2 March 2021, gunmen killed a trader in Kisumu. Residents protested the killing "
        "in the town on 3 March 2021.",
    )
    assert len(out) == 2


def test_a_strike_dated_beside_the_killing_keeps_its_day(pipeline):
    out = new_events(
        pipeline,
        "An airstrike carried out by the air force on Monday is believed to have killed "
        "around 30 people in the village of Tadi, Zamfara State.",
    )
    assert len(out) == 1 and out[0].event_date == date(2021, 3, 8)


def test_what_a_crowd_did_while_demanding_something_is_a_protest(pipeline):
    out = new_events(
        pipeline, "On 4 March 2021, workers occupied the factory in Tigre, demanding unpaid wages."
    )
    assert types(out) == [("Protests", "Peaceful protest")]
    said = new_events(
        pipeline, "On 4 March 2021, the governor rejected the proposal, demanding more funds."
    )
    assert said == []


def test_an_attack_that_also_seized_goods_is_the_attack(pipeline):
    out = new_events(
        pipeline,
        "On 1 March 2021, insurgents attacked an army position close to Djibo, injured two "
        "soldiers, seized three pickup trucks and set the barracks ablaze.",
    )
    assert len(out) == 1 and out[0].event_type == "Battles"


def test_the_latest_in_a_series_is_news(pipeline):
    out = new_events(
        pipeline,
        "No fewer than 9 villagers have been killed by gunmen near Butembo, the latest in a "
        "series of massacres in North Kivu, a local chief told reporters.",
    )
    assert len(out) == 1 and out[0].fatalities == 9
    summary = pipeline.extract(
        Article(text="Gunmen have carried out a series of deadly attacks in the region.",
                published=PUB)
    )
    assert all(e.status == "background" for e in summary)


def test_another_attack_at_the_same_place_on_the_same_day_is_one_acled_event(pipeline):
    same = new_events(
        pipeline,
        "On 6 March 2021, a soldier was killed when militants attacked a checkpoint in Kushk "
        "district, Herat. In another attack, a policeman was wounded in Kushk district.",
    )
    assert len(same) == 1
    other_place = new_events(
        pipeline,
        "On 6 March 2021, a soldier was killed when militants attacked a checkpoint in Kushk "
        "district, Herat. In another attack, a policeman was wounded in Shindand district.",
    )
    assert len(other_place) == 2
    other_day = new_events(
        pipeline,
        "Gunmen killed two traders in Kano on Monday. In a separate incident, gunmen killed "
        "a farmer in Kano on Tuesday.",
    )
    assert len(other_day) == 2


def test_another_kind_of_event_told_apart_at_the_same_place_is_its_own_record(pipeline):
    out = new_events(
        pipeline,
        "On 6 March 2021, soldiers clashed with militants in Kunduz, killing five. "
        "Separately, a roadside bomb killed two civilians in Kunduz city.",
    )
    assert [e.event_type for e in out] == ["Battles", "Explosions/Remote violence"]
    assert [e.fatalities for e in out] == [5, 2]


def test_gunmen_killing_a_farmer_after_a_raid_on_the_police_is_another_event(pipeline):
    out = new_events(
        pipeline,
        "Gunmen raided a police station in Kano on Monday, killing two officers. "
        "In an unrelated incident, gunmen shot dead a farmer in a village.",
    )
    assert [e.event_type for e in out] == ["Battles", "Violence against civilians"]


def test_other_news_opens_another_incident(pipeline):
    out = new_events(
        pipeline,
        "Gunmen raided a police station in Kano on Monday, killing two officers. "
        "In other news, a bomb went off in a Kano market, killing three traders.",
    )
    assert [e.fatalities for e in out] == [2, 3]


def test_a_story_break_inside_a_sentence_opens_another_incident(pipeline):
    out = new_events(
        pipeline,
        "Gunmen raided a police station in Kano on Monday, killing two officers, while in "
        "a separate incident gunmen shot dead a farmer in Zaria.",
    )
    assert [(e.location, e.event_type) for e in out] == [
        ("Kano", "Battles"),
        ("Zaria", "Violence against civilians"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 23 March 2021, gunmen invaded two villages near Ikorodu and began shooting.",
         [("Violence against civilians", "Attack")]),
        ("On 23 March 2021, protesters blockading the main highway near Durban caused a crash.",
         [("Protests", "Peaceful protest")]),
        ("On 26 March 2021, activists in the court room chanted slogans against the ruling "
         "in Cairo.", [("Protests", "Peaceful protest")]),
        ("On 26 March 2021, football fans chanted songs at the stadium in Cairo.", []),
        ("On 26 March 2021, football fans gathered at the stadium in Cairo to watch the final.",
         []),
    ],
)
def test_crowds_chanting_or_gathering_protest_only_when_the_text_says_so(
    pipeline, text, expected
):
    """'March' in a date is no protest march."""
    assert types(new_events(pipeline, text)) == expected


def test_an_explosion_by_mishap_is_no_attack(pipeline):
    crash = new_events(
        pipeline,
        "On 4 March 2021, an army surveillance drone crashed due to an engine malfunction "
        "and exploded on a farm outside Kirkuk.",
    )
    assert types(crash) == [("Strategic developments", "Other")]
    attack = new_events(
        pipeline, "On 8 March 2021, a bomb exploded in a market in Kandahar, killing four people."
    )
    assert types(attack) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


@pytest.mark.parametrize(
    "text",
    [
        "On 8 March 2021, a bomb carried by militants detonated prematurely in Kandahar, "
        "killing four of them.",
        "On 2 June 2022, two rebels died in Rutshuru when the mine they were laying went off "
        "prematurely.",
        "On 14 July 2023, a premature explosion killed a bomb maker at a house in Maiduguri.",
    ],
)
def test_a_device_that_goes_off_early_in_its_planters_hands_is_disrupted_weapons_use(
    pipeline, text
):
    """ACLED's codebook: an explosive set off by accident by those carrying or planting it."""
    assert types(new_events(pipeline, text)) == [("Strategic developments", "Disrupted weapons use")]


def test_a_round_that_goes_off_early_in_a_drill_is_an_accident(pipeline):
    text = ("On 9 May 2022, a gunner died near Zhytomyr when a shell exploded prematurely "
            "during a training drill.")
    assert types(new_events(pipeline, text)) == [("Strategic developments", "Other")]


def test_dead_people_found_are_a_killing_dead_fish_are_not(pipeline):
    women = new_events(
        pipeline,
        "On 3 March 2021, in Zacatecas, three handcuffed dead women were found on the highway.",
    )
    assert types(women) == [("Violence against civilians", "Attack")] and women[0].fatalities == 3
    assert new_events(pipeline, "On 3 March 2021, police found dead fish in a river in Zacatecas.") == []


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2021, government reinforcements arrived in Marib from Sanaa.",
        "On 2 March 2021, the governor imposed a curfew across Hadramawt.",
        "On 2 March 2021, members of the armed group conducted military exercises in Caracas.",
        "On 5 March 2021, farmers carrying machetes formed a patrol around their fields outside Jos.",
    ],
)
def test_changes_of_activity_are_strategic_developments(pipeline, text):
    assert [e.event_type for e in new_events(pipeline, text)] == ["Strategic developments"]


def test_a_doctor_doing_exercise_is_no_event(pipeline):
    assert new_events(pipeline, "On 5 March 2021, the doctor did exercise in a park in Lima.") == []


def test_intervening_to_disperse_and_forcing_then_shooting_happened(pipeline):
    dispersed = new_events(
        pipeline, "On 27 March 2021, gendarmes in Douala intervened to disperse a rally by taxi drivers."
    )
    assert types(dispersed) == [("Protests", "Protest with intervention")]
    shot = new_events(
        pipeline,
        "On 2 March 2021, in Culiacan, two armed men forced a driver to step down from his "
        "truck and shot at him.",
    )
    assert [e.event_type for e in shot] == ["Violence against civilians"]


def test_a_protest_that_burns_property_is_a_riot(pipeline):
    out = new_events(
        pipeline,
        "On 22 March 2021, angry depositors protested outside the bank and set the branch on "
        "fire in Masvingo.",
    )
    assert types(out) == [("Riots", "Violent demonstration")]
    calm = new_events(pipeline, "On 22 March 2021, residents protested peacefully in Masvingo.")
    assert types(calm) == [("Protests", "Peaceful protest")]


def test_a_blast_that_names_no_weapon_keeps_the_grenade_told_before(pipeline):
    out = new_events(
        pipeline,
        "On 2 March 2021, gunmen threw a grenade at a police patrol in Beledweyne. "
        "Three bystanders were wounded in the blast.",
    )
    assert [e.sub_event_type for e in out] == ["Grenade"]
    assert out[0].injuries == 3
