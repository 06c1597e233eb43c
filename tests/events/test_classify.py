"""Classification on sentences written for these tests, from many conflicts.

Each case: one sentence, the ACLED (event_type, sub_event_type) of its first event, and
the PLOVER type. Sentences are invented; places and groups are real to exercise the parse.
"""

import pytest

EP = "Explosions/Remote violence"
VAC = "Violence against civilians"
SD = "Strategic developments"

CASES = [
    # Iraq / Syria
    (
        "Three Katyusha rockets were fired at Baghdad airport on Monday night.",
        EP,
        "Shelling/artillery/missile attack",
        "ASSAULT",
    ),
    (
        "A roadside bomb struck an Iraqi army patrol near Tarmiyah, wounding two soldiers.",
        EP,
        "Remote explosive/landmine/IED",
        "ASSAULT",
    ),
    (
        "Turkish drones struck a vehicle carrying PKK members in Sinjar on Friday.",
        EP,
        "Air/drone strike",
        "ASSAULT",
    ),
    (
        "Islamic State militants attacked a checkpoint of the Popular Mobilization Forces "
        "in Diyala.",
        "Battles",
        "Armed clash",
        "ASSAULT",
    ),
    (
        "Gunmen killed a shepherd and his son in the desert west of Tikrit.",
        VAC,
        "Attack",
        "ASSAULT",
    ),
    (
        "A suicide bomber detonated his vest inside a Shiite mosque in Kirkuk, killing eight worshippers.",
        EP,
        "Suicide bomb",
        "ASSAULT",
    ),
    (
        "Syrian government forces recaptured the town of Saraqib from rebel fighters.",
        "Battles",
        "Government regains territory",
        "COERCE",
    ),
    (
        "Hayat Tahrir al-Sham fighters captured the village of Kafr Nabudah after heavy fighting.",
        "Battles",
        "Non-state actor overtakes territory",
        "COERCE",
    ),
    (
        "Security forces arrested five suspected ISIS members in Mosul on Tuesday.",
        SD,
        "Arrests",
        "COERCE",
    ),
    (
        "The regime helicopter dropped barrel bombs on Daraa al-Balad.",
        EP,
        "Air/drone strike",
        "ASSAULT",
    ),
    (
        "A chlorine gas attack hit the town of Douma, residents said.",
        EP,
        "Chemical weapon",
        "ASSAULT",
    ),
    (
        "An unknown assailant threw a hand grenade at a liquor shop in Basra.",
        EP,
        "Grenade",
        "ASSAULT",
    ),
    (
        "Kurdish fighters clashed with Turkish-backed factions near Manbij on Sunday.",
        "Battles",
        "Armed clash",
        "ASSAULT",
    ),
    # Yemen / Red Sea
    (
        "Houthi forces fired a ballistic missile at a commercial ship in the Red Sea.",
        EP,
        "Shelling/artillery/missile attack",
        "ASSAULT",
    ),
    (
        "US and British warplanes carried out airstrikes on Houthi positions in Hodeidah.",
        EP,
        "Air/drone strike",
        "ASSAULT",
    ),
    (
        "A landmine exploded under a civilian car in Taiz, killing three passengers.",
        EP,
        "Remote explosive/landmine/IED",
        "ASSAULT",
    ),
    (
        "Houthi gunmen abducted a local journalist from his home in Sanaa.",
        VAC,
        "Abduction/forced disappearance",
        "ASSAULT",
    ),
    (
        "Saudi air defenses intercepted a drone launched by the Houthis toward Jazan.",
        SD,
        "Disrupted weapons use",
        "",
    ),
    # Sahel
    (
        "JNIM militants ambushed a Malian army convoy near Boni, killing twelve soldiers.",
        "Battles",
        "Armed clash",
        "ASSAULT",
    ),
    (
        "Suspected jihadists stormed the village of Seytenga and killed dozens of civilians.",
        VAC,
        "Attack",
        "ASSAULT",
    ),
    (
        "Gunmen kidnapped twenty schoolchildren in Kaduna state, police said.",
        VAC,
        "Abduction/forced disappearance",
        "ASSAULT",
    ),
    (
        # a device found and set off by soldiers is disposed of (ACLED: disrupted weapons use)
        "Burkinabe soldiers detonated an improvised explosive device found on the road to Djibo.",
        SD,
        "Disrupted weapons use",
        "",
    ),
    (
        "An army truck detonated an improvised explosive device on the road to Djibo.",
        EP,
        "Remote explosive/landmine/IED",
        "ASSAULT",
    ),
    (
        "Hundreds of people protested in Niamey against the presence of French troops.",
        "Protests",
        "Peaceful protest",
        "PROTEST",
    ),
    (
        "Angry villagers lynched two suspected thieves in Maradi.",
        "Riots",
        "Mob violence",
        "ASSAULT",
    ),
    # Ukraine / Russia
    (
        "Russian forces shelled the city of Kherson, damaging several houses.",
        EP,
        "Shelling/artillery/missile attack",
        "ASSAULT",
    ),
    (
        "A Russian missile strike hit an apartment block in Dnipro on Saturday.",
        EP,
        "Shelling/artillery/missile attack",
        "ASSAULT",
    ),
    (
        "Ukrainian drones attacked an oil refinery in Russia's Krasnodar region overnight.",
        EP,
        "Air/drone strike",
        "ASSAULT",
    ),
    (
        "Ukrainian air defence shot down 14 Shahed drones over Kyiv overnight.",
        SD,
        "Disrupted weapons use",
        "",
    ),
    (
        "Russian troops withdrew from the town of Kupiansk without a fight.",
        SD,
        "Non-violent transfer of territory",
        "RETREAT",
    ),
    # Gaza / Lebanon / Israel
    (
        "An Israeli airstrike hit a house in Rafah, killing six members of one family.",
        EP,
        "Air/drone strike",
        "ASSAULT",
    ),
    (
        "Hezbollah fired anti-tank missiles at an Israeli military post near Metula.",
        EP,
        "Shelling/artillery/missile attack",
        "ASSAULT",
    ),
    (
        "Israeli forces raided the Jenin camp and clashed with Palestinian gunmen.",
        "Battles",
        "Armed clash",
        "ASSAULT",
    ),
    (
        "Israeli police fired tear gas to disperse Palestinian demonstrators in Hebron.",
        "Protests",
        "Protest with intervention",
        "PROTEST",
    ),
    (
        "Thousands of Israelis rallied in Tel Aviv demanding a hostage deal.",
        "Protests",
        "Peaceful protest",
        "PROTEST",
    ),
    (
        "Israeli settlers torched Palestinian homes and cars in the village of Huwara.",
        SD,
        "Looting/property destruction",
        "COERCE",
    ),
    # Sudan
    (
        "The Rapid Support Forces took control of the army base in Nyala after days of fighting.",
        "Battles",
        "Non-state actor overtakes territory",
        "COERCE",
    ),
    (
        "RSF fighters looted the market in El Geneina and burned shops.",
        SD,
        "Looting/property destruction",
        "COERCE",
    ),
    (
        "Security forces opened fire on protesters in Khartoum, killing four demonstrators.",
        "Protests",
        "Excessive force against protesters",
        "ASSAULT",
    ),
    (
        "Protesters set fire to tyres and threw stones at police in Omdurman.",
        "Riots",
        "Violent demonstration",
        "PROTEST",
    ),
    ("Sudanese army aircraft bombed RSF positions in Bahri.", EP, "Air/drone strike", "ASSAULT"),
    (
        "RSF soldiers raped several women in a village near Geneina, witnesses said.",
        VAC,
        "Sexual violence",
        "ASSAULT",
    ),
    # Myanmar
    (
        "The military junta's jets bombed a monastery in Sagaing region, killing 15 villagers.",
        EP,
        "Air/drone strike",
        "ASSAULT",
    ),
    (
        "The Arakan Army seized the town of Paletwa from junta troops.",
        "Battles",
        "Non-state actor overtakes territory",
        "COERCE",
    ),
    (
        "Soldiers seized a cache of weapons and ammunition from a rebel hideout.",
        SD,
        "Disrupted weapons use",
        "COERCE",
    ),
    (
        "The two sides signed a ceasefire agreement in Kunming on Thursday.",
        SD,
        "Agreement",
        "AGREE",
    ),
    ("Soldiers detained dozens of young men during a raid on Mandalay.", SD, "Arrests", "COERCE"),
    # Somalia / Afghanistan
    (
        "Al-Shabaab militants detonated a car bomb outside a hotel in Mogadishu.",
        EP,
        "Remote explosive/landmine/IED",
        "ASSAULT",
    ),
    (
        "Taliban fighters established a new base in the Panjshir valley.",
        SD,
        "Headquarters or base established",
        "MOBILIZE",
    ),
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type", "plover"), CASES)
def test_classification(extract, text, event_type, sub_event_type, plover):
    _ctx, cands = extract(text)
    assert cands, f"no event found in: {text}"
    ev = cands[0].event
    assert (ev.event_type, ev.sub_event_type) == (event_type, sub_event_type), text
    assert ev.plover_type == plover, text
    assert ev.evidence["event_type"].text in text


def test_case_count():
    assert len(CASES) >= 40
    conflicts = {"Iraq", "Yemen", "Sahel", "Ukraine", "Gaza", "Sudan", "Myanmar"}
    assert len(conflicts) == 7


MORE_CASES = [
    (
        "Police discovered a cache of grenades and rifles in a farmhouse near Ouagadougou.",
        SD,
        "Disrupted weapons use",
        "",
    ),
    (
        "Iraqi army engineers removed dozens of landmines left by ISIS in Sinjar.",
        SD,
        "Disrupted weapons use",
        "",
    ),
    (
        "Thousands of people gathered in Khartoum to demand civilian rule.",
        "Protests",
        "Peaceful protest",
        "PROTEST",
    ),
    (
        "Teachers took to the streets of Sanaa over unpaid salaries.",
        "Protests",
        "Peaceful protest",
        "PROTEST",
    ),
    (
        "Protests in Kenya turned violent as demonstrators hurled stones at police.",
        "Riots",
        "Violent demonstration",
        "PROTEST",
    ),
    (
        "UN investigators documented widespread sexual violence by soldiers in Darfur.",
        VAC,
        "Sexual violence",
        "ASSAULT",
    ),
    (
        "Fifty Boko Haram fighters surrendered to the Nigerian army in Borno.",
        SD,
        "Agreement",
        "CONCEDE",
    ),
    (
        "Ethiopian federal forces recovered the town of Lalibela from Tigrayan fighters.",
        "Battles",
        "Government regains territory",
        "COERCE",
    ),
    (
        "Houthi fighters retook the Nihm district from government troops.",
        "Battles",
        "Non-state actor overtakes territory",
        "COERCE",
    ),
    (
        "The army dispatched reinforcements to the Ituri province after militia attacks.",
        SD,
        "Change to group/activity",
        "MOBILIZE",
    ),
    (
        "Three Katyusha rockets fell near the Green Zone in Baghdad.",
        EP,
        "Shelling/artillery/missile attack",
        "ASSAULT",
    ),
    (
        "Turkish troops established another observation post near Saraqib.",
        SD,
        "Headquarters or base established",
        "MOBILIZE",
    ),
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type", "plover"), MORE_CASES)
def test_more_classification(extract, text, event_type, sub_event_type, plover):
    _ctx, cands = extract(text)
    assert cands, f"no event found in: {text}"
    ev = cands[0].event
    assert (ev.event_type, ev.sub_event_type, ev.plover_type) == (
        event_type,
        sub_event_type,
        plover,
    ), text


NOT_POLITICAL_VIOLENCE = [
    "Heavy floods hit northern Pakistan, killing 40 people.",
    "A gas cylinder exploded in a restaurant in Kano, injuring six customers.",
    "An earthquake struck eastern Turkey on Monday, killing dozens.",
    "Twelve passengers were killed in a bus crash near Kisumu.",
    "Wildfires are burning across southern Greece.",
    "The United States announced new sanctions targeting Iranian oil exports.",
    "Customs officers seized counterfeit medicines worth $2 million at the port.",
    "The European Union expelled two Russian diplomats on Tuesday.",
]


@pytest.mark.parametrize("text", NOT_POLITICAL_VIOLENCE)
def test_not_political_violence(extract, text):
    _ctx, cands = extract(text)
    violent = [c for c in cands if "Political violence" in c.event.disorder_type]
    assert violent == [], [c.event.sub_event_type for c in violent]


ACTOR_AND_CONTEXT_CASES = [
    ("Two suspected thieves were beaten to death by a mob in Kano.", "Riots", "Mob violence"),
    (
        "Islamic State fighters recaptured Palmyra after Syrian troops pulled out of the city.",
        SD,
        "Non-violent transfer of territory",
    ),
    (
        "The government freed 30 rebel prisoners in exchange for 12 captured soldiers.",
        SD,
        "Agreement",
    ),
    (
        "A joint Russian-Turkish patrol took place on the M4 highway near Ariha.",
        SD,
        "Change to group/activity",
    ),
    (
        "Kenyan police fired tear gas and water cannon in Nairobi.",
        "Protests",
        "Protest with intervention",
    ),
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), ACTOR_AND_CONTEXT_CASES)
def test_context_classification(extract, text, event_type, sub_event_type):
    _ctx, cands = extract(text)
    typed = [c for c in cands if c.event.event_type]
    assert typed, text
    assert (typed[0].event.event_type, typed[0].event.sub_event_type) == (
        event_type,
        sub_event_type,
    )


FRONT_LINE_CASES = [
    (
        "Three men were found dead with gunshot wounds near Culiacan.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Monitors recorded 14 explosions near Avdiivka overnight.",
        EP,
        "Shelling/artillery/missile attack",
    ),
    (
        "Armenian forces fired with unspecified weapons at Azerbaijani positions near Tovuz.",
        "Battles",
        "Armed clash",
    ),
    (
        "Separatist forces fired mortars and small arms at army positions near Marinka.",
        "Battles",
        "Armed clash",
    ),
    (
        "Regime forces shelled Kansafra amid the overflight of Russian drones.",
        EP,
        "Shelling/artillery/missile attack",
    ),
    (
        "Dozens of villagers clashed over grazing land in Jonglei, using sticks and machetes.",
        "Riots",
        "Mob violence",
    ),
    (
        "Government troops and rebels exchanged fire in both directions near Kalehe.",
        "Battles",
        "Armed clash",
    ),
    # small arms beside explosions or heavy weapons: fighting on the ground
    (
        "Observers recorded dozens of explosions and shots from small arms near Horlivka on Sunday.",
        "Battles",
        "Armed clash",
    ),
    ("Gunfire and explosions were heard in Sheikh Zuweid overnight.", "Battles", "Armed clash"),
    (
        "Separatists fired anti-aircraft guns and small arms at government positions near Avdiivka.",
        "Battles",
        "Armed clash",
    ),
    # heavy machine guns alone, or guns fired with mortars at farms: heavy weapons from afar
    (
        "Separatists fired heavy machine guns at army positions near Svitlodarsk on Sunday.",
        EP,
        "Shelling/artillery/missile attack",
    ),
    (
        "Rebels fired mortars and machine guns at farms outside Hays on Friday.",
        EP,
        "Shelling/artillery/missile attack",
    ),
    # a weapon word closing a place's name is no weapon
    ("Monitors observed 30 explosions near Butivka Mine on Sunday.", EP, "Shelling/artillery/missile attack"),
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), FRONT_LINE_CASES)
def test_front_line_classification(extract, text, event_type, sub_event_type):
    _ctx, cands = extract(text)
    typed = [c for c in cands if c.event.event_type]
    assert typed, text
    assert (typed[0].event.event_type, typed[0].event.sub_event_type) == (
        event_type,
        sub_event_type,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Air raid alerts sounded across Lviv on Tuesday night.",
        "Families slept in an air raid shelter in Kharkiv on Monday.",
        "The army joined local militias in an offensive against the insurgents in Hiraan.",
        "Bandits joined forces with jihadists in the hills of Niger state.",
    ],
)
def test_alerts_shelters_and_joining_forces_are_no_events(extract, text):
    _ctx, cands = extract(text)
    assert [c.event.sub_event_type for c in cands if c.event.event_type or c.event.plover_type] == []


def test_policemen_going_over_to_the_insurgents_is_a_change_of_side(extract):
    _ctx, cands = extract("Five policemen joined the insurgents in Cabo Delgado on Monday.")
    assert [c.event.sub_event_type for c in cands] == ["Change to group/activity"]


def test_fortifications_built_change_the_groups_activity(extract):
    _ctx, cands = extract("The rebels built fortifications along the road south of Taiz on Thursday.")
    assert [c.event.sub_event_type for c in cands] == ["Change to group/activity"]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Demonstrators barricaded roads with burning tyres in Kasserine on Monday to demand jobs.",
         "Violent demonstration"),
        ("Residents blocked the main road with burnt tyres in Kisumu on Monday.", "Violent demonstration"),
        ("Residents blocked the highway near Puebla on Monday to demand water.", "Peaceful protest"),
        # whatever a road is blocked with, burning, is a burning barricade
        ("Truckers blocked the highway near Oruro with burning logs on Monday to protest fuel "
         "shortages.", "Violent demonstration"),
        ("Students blocked the road to Morelia with a burning bus on Monday.", "Violent demonstration"),
        ("Farmers blocked the ring road near Lille with tractors on Monday to protest fuel prices.",
         "Peaceful protest"),
    ],
)
def test_tyres_burned_make_a_demonstration_violent(extract, text, sub_event_type):
    _ctx, cands = extract(text)
    assert [c.event.sub_event_type for c in cands if c.event.event_type][:1] == [sub_event_type]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a gun of 12.7 mm or more is a heavy weapon fired from afar: shelling, as ACLED codes it
        ("Rebel gunners fired 12.7mm machine guns at rice paddies outside Kalaw on Monday.",
         "Shelling/artillery/missile attack"),
        ("Cartel gunmen fired 20mm and 14.5mm cannons at houses in Aguililla on Monday.",
         "Shelling/artillery/missile attack"),
        ("Army units fired medium and heavy weapons at hamlets west of Kauda on Monday.",
         "Shelling/artillery/missile attack"),
        # ... a rifle's calibre is a firearm's
        ("Soldiers fired 7.62mm rifles at protesters in Omdurman on Monday.",
         "Excessive force against protesters"),
    ],
)
def test_a_guns_calibre_tells_a_heavy_weapon_from_a_firearm(extract, text, sub_event_type):
    _ctx, cands = extract(text)
    assert [c.event.sub_event_type for c in cands if c.event.event_type][:1] == [sub_event_type]


def test_fire_exchanged_told_in_the_next_sentence_makes_the_shelling_a_clash(extract):
    text = ("Rebel gunners fired 120mm mortars at government trenches near Hpakant on Monday. "
            "Observers heard heavy shelling from both directions through the night.")
    _ctx, cands = extract(text)
    assert [c.event.sub_event_type for c in cands if c.event.event_type][:1] == ["Armed clash"]


def test_fire_exchanged_at_another_place_in_the_next_sentence_leaves_the_shelling(extract):
    text = ("Army howitzers shelled Kalay on Sunday, killing three. In the north, soldiers "
            "and rebels exchanged fire near Myitkyina.")
    _ctx, cands = extract(text)
    assert [c.event.sub_event_type for c in cands if c.event.event_type][:1] == [
        "Shelling/artillery/missile attack"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents stormed a police station in Khost with 14.5mm guns on Friday, killing four officers.",
        "Gang members assaulted an army outpost near Jacmel with 12.7 mm guns, killing a soldier.",
    ],
)
def test_a_heavy_calibre_carried_into_an_assault_is_the_fight(extract, text):
    _ctx, cands = extract(text)
    assert [c.event.sub_event_type for c in cands if c.event.event_type][:1] == ["Armed clash"]
