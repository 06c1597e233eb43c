"""Real-length wire reports of stop 33 (first set), written here: one new incident each,
told the way the wires tell it, with what they add around it: the toll revised in a later
paragraph, a claim of responsibility (sometimes with the claimant's own count), a denial, an
official's condemnation, a witness retelling the attack, a recap of attacks months earlier,
and sometimes a second, separate incident the same day. From the Sahel, Sudan, DR Congo,
Nigeria, Somalia, Ukraine, Myanmar, Syria, Iraq, Yemen, Mexico, Colombia, Pakistan, Haiti,
India and South Sudan. Each report is checked three ways: how many records it makes as news
(one per real incident: retellings, claims and condemnations fold into the incident or make
none), the record an ACLED coder would make of each incident (`CODER_FIELDS`; None leaves a
field unchecked, where coders differ), and the recalled attacks kept as background.

The wordings that failed before this stop: 'Boko Haram and ISWAP have carried out similar
bombings' (a new record that pushed the news into the background), the attacker's ministry
saying it 'had struck a training base' (a second record, which swallowed a separate strike
elsewhere), a toll update told by a speaker with a relative clause of its own ('The Arakan
Army, which has seized ..., said the toll had risen to 15'), a claimant 'saying it had killed
300 militiamen' (the claim's count and victims made the attack a battle), 'Police said the
militants ...' (the police read as the attackers), and army reinforcements named as the
attackers of a police station. Known misses are strict xfails naming what is still wrong."""

from __future__ import annotations

import pytest

from tests.wire_reports import *  # ACLED's names and the probe checks

pytestmark = pytest.mark.slow

REPORTS = {
    'mali-boni': (
        '2024-09-18',
        (
            "BAMAKO - Gunmen killed at least nine civilians when they raided the village of Dinangourou in central Mali's Mopti region on Monday, local officials said.\n\n"
            'The attackers arrived on motorcycles in the early evening and opened fire on villagers gathered near the weekly market, a resident said by telephone. "They shot at everyone who tried to run," he said.\n\n'
            'On Tuesday a local official said the death toll had risen to 14 after five of the wounded died.\n\n'
            'The al Qaeda-linked JNIM group claimed responsibility for the raid in a message on Wednesday, saying it had targeted members of a pro-government militia.\n\n'
            "Mali's transitional government condemned the killings as a cowardly act of terrorism.\n\n"
            'In July, suspected jihadists killed more than 20 people at a wedding in the nearby village of Djiguibombo.'
        ),
    ),
    'sudan-elfasher': (
        '2024-11-05',
        (
            'KHARTOUM - Artillery fire from the paramilitary Rapid Support Forces killed at least 10 people in El Fasher, capital of North Darfur state, on Sunday, a medical source said.\n\n'
            'Shells hit a crowded market and the area around the Saudi hospital, the source said, adding that dozens were wounded.\n\n'
            'A local resistance committee later put the toll at 17 dead.\n\n'
            'The RSF denied targeting civilians and accused the army of using residents as human shields.\n\n'
            '"The shells fell one after another, and people were lying in the street," a trader told Reuters.\n\n'
            'The RSF has besieged El Fasher since May, and the city has come under repeated bombardment.\n\n'
            'Separately, an army drone strike killed five people in the town of Mellit, north of El Fasher, on Sunday, residents said.'
        ),
    ),
    'drc-beni': (
        '2024-06-10',
        (
            'BENI, Congo - Rebels of the Allied Democratic Forces killed at least 20 villagers during an overnight raid on the village of Masala in Beni territory, North Kivu province, local officials said on Saturday.\n\n'
            'The attackers used machetes and guns and set fire to houses, said a civil society leader in the area.\n\n'
            'By Sunday the toll had climbed to 27, the territory administrator said, as more bodies were found in the fields around the village.\n\n'
            'The Islamic State claimed the attack on its Amaq news agency.\n\n'
            "Congo's army said it had deployed troops to pursue the attackers.\n\n"
            'The ADF, which pledged allegiance to Islamic State in 2019, killed more than 40 people in the same area in April.'
        ),
    ),
    'ng-zamfara': (
        '2024-08-20',
        (
            "GUSAU, Nigeria - Bandits killed 16 people and abducted dozens of others in an attack on Kadawa village in Zamfara state's Gusau local government area on Sunday night, police said on Monday.\n\n"
            'Police spokesman Yazid Abubakar said officers had been deployed to the village and efforts were under way to rescue the kidnapped.\n\n'
            '"They came in large numbers and started shooting sporadically," a resident, Sani Bello, said. "We buried 16 people on Monday morning."\n\n'
            'Zamfara state governor Dauda Lawal condemned the attack and vowed to bring the perpetrators to justice.\n\n'
            'Bandits in north-west Nigeria kidnapped more than 280 pupils from a school in Kuriga, Kaduna state, in March.'
        ),
    ),
    'so-mogadishu': (
        '2024-03-16',
        (
            'MOGADISHU - Al Shabaab militants stormed a hotel near the presidential palace in Mogadishu on Thursday evening, police said, sparking an hours-long siege.\n\n'
            'Security forces ended the siege on Friday morning after killing all the attackers, police spokesman Abdifatah Aden said.\n\n'
            'At least three soldiers and two civilians were killed, he said. A doctor at a nearby hospital later said the death toll had risen to eight.\n\n'
            'Al Shabaab claimed the assault on its radio station.\n\n'
            'The group carried out a similar assault on a beach hotel in the capital in August last year, killing more than 30 people.'
        ),
    ),
    'ua-odesa': (
        '2024-03-16',
        (
            'KYIV - A Russian missile strike on the Black Sea port city of Odesa killed at least 14 people on Friday, regional governor Oleh Kiper said.\n\n'
            'The attack hit a residential area, and a second missile struck as rescuers arrived at the scene, Kiper said on Telegram. By Saturday the death toll had risen to 20, he said.\n\n'
            'Ukrainian President Volodymyr Zelenskiy condemned the strike as "vile" and called for more air defence systems.\n\n'
            "Russia's defence ministry said it had struck a training base of Ukrainian special forces and denied hitting civilian targets.\n\n"
            'Russian drones also hit energy infrastructure in the Kharkiv region overnight, the regional governor said. No casualties were reported.'
        ),
    ),
    'mm-rakhine': (
        '2024-05-20',
        (
            "YANGON - A military air strike on a village in Myanmar's western Rakhine state killed at least 12 people, including children, on Saturday, residents and a local rescue group said.\n\n"
            'Fighter jets bombed Hpa Yone village in Minbya township in the morning, a resident said. "Two houses were destroyed and people were buried under the rubble," he said.\n\n'
            'The Arakan Army, which has seized large parts of Rakhine since November, said the death toll had risen to 15.\n\n'
            'A spokesman for the junta did not respond to calls seeking comment. The military routinely denies targeting civilians.\n\n'
            'In January, an air strike on a church in Kanan village in Sagaing region killed 17 people.'
        ),
    ),
    'sy-idlib': (
        '2024-10-16',
        (
            'AMMAN - Russian and Syrian government air strikes killed at least 10 people in the rebel-held city of Idlib in northwest Syria on Tuesday, rescue workers said.\n\n'
            'The strikes hit a furniture market on the western outskirts of the city, the White Helmets civil defence group said.\n\n'
            '"We heard the planes and then the explosions," said a shopkeeper who was wounded in the attack. "Bodies were everywhere."\n\n'
            'The Syrian Observatory for Human Rights later said the toll had risen to 13.\n\n'
            "Syria's army said it had targeted militant headquarters and weapons depots.\n\n"
            'In a separate incident, a roadside bomb killed two soldiers near the town of Saraqeb on Tuesday, the observatory said.'
        ),
    ),
    'iq-kirkuk': (
        '2024-06-12',
        (
            "BAGHDAD - Islamic State militants attacked an army outpost near the town of Daquq in Iraq's Kirkuk province late on Monday, killing two soldiers and wounding three, security sources said.\n\n"
            'The militants used sniper rifles and light weapons, a police officer said.\n\n'
            "Iraq's Joint Operations Command said one of the wounded soldiers died in hospital on Tuesday, bringing the death toll to three.\n\n"
            'Prime Minister Mohammed Shia al-Sudani called for an inquiry into the security lapse.\n\n'
            'Islamic State killed four soldiers in a similar attack on an outpost in Kirkuk province in December.'
        ),
    ),
    'ye-marib': (
        '2024-02-07',
        (
            "ADEN - Houthi forces fired a ballistic missile at a camp for displaced people in Yemen's Marib province on Monday, killing at least six people, a local government official said.\n\n"
            'The missile struck tents in the al-Jufainah camp west of the city of Marib, the official said.\n\n'
            'The death toll rose to nine on Tuesday, the government-run Saba news agency reported.\n\n'
            'Information Minister Muammar al-Eryani condemned the attack as a war crime.\n\n'
            'The Houthis did not comment on the strike.\n\n'
            'Fighting has flared on several fronts in Marib since the start of the year.'
        ),
    ),
    'mx-sinaloa': (
        '2024-09-23',
        (
            "MEXICO CITY - Gunmen killed six people in an attack on a family gathering in Culiacan, the capital of Mexico's Sinaloa state, on Saturday night, the state prosecutor's office said.\n\n"
            'The attackers opened fire from two vehicles before fleeing, prosecutors said.\n\n'
            'The number of dead rose to eight on Sunday after two of the wounded died in hospital, the office said.\n\n'
            'Sinaloa governor Ruben Rocha condemned the violence and said additional army troops would be deployed to the city.\n\n'
            'Violence in Culiacan has surged since early September, when rival factions of the Sinaloa Cartel began fighting after the arrest of Ismael "El Mayo" Zambada in July.'
        ),
    ),
    'co-cauca': (
        '2024-05-22',
        (
            "BOGOTA - Dissident FARC rebels attacked a police station in Morales, a town in Colombia's Cauca province, with explosives and gunfire on Monday, killing two police officers, authorities said.\n\n"
            'The attack lasted several hours before army reinforcements arrived, the defence ministry said.\n\n'
            'The Central General Staff, the largest group of FARC dissidents, claimed the attack in a statement.\n\n'
            'President Gustavo Petro condemned the attack on social media.\n\n'
            '"They threw explosives at the station from the hills," a resident said.\n\n'
            'In March, the same group detonated a car bomb near a police station in Jamundi, in neighbouring Valle del Cauca.'
        ),
    ),
    'pk-kp': (
        '2024-03-17',
        (
            "PESHAWAR, Pakistan - A suicide bomber in a car loaded with explosives struck a military convoy in northwest Pakistan's North Waziristan district on Saturday, killing seven soldiers, the army said.\n\n"
            "The attack took place in the Mir Ali area near the Afghan border, the military's media wing said.\n\n"
            'A newly formed militant group, Jaish-e-Fursan-e-Muhammad, claimed responsibility.\n\n'
            'Prime Minister Shehbaz Sharif condemned the bombing and vowed to eliminate terrorism.\n\n'
            "Security forces later killed the attackers' accomplices in an operation in the same area, the army said.\n\n"
            'Pakistani Taliban fighters killed 23 soldiers in an attack on a police compound in Dera Ismail Khan in December.'
        ),
    ),
    'ht-portauprince': (
        '2024-04-03',
        (
            "PORT-AU-PRINCE - Gang members killed at least 10 people in the Delmas neighbourhood of Haiti's capital Port-au-Prince on Monday, residents and a rights group said.\n\n"
            'Armed men from the Viv Ansanm gang coalition went from house to house, shooting residents and setting homes on fire, a resident said.\n\n'
            "Haiti's national police said the toll had risen to 15 by Tuesday.\n\n"
            'The interim government condemned the killings.\n\n'
            'Gangs control about 80 percent of Port-au-Prince, and attacks on residential areas have become frequent since February.'
        ),
    ),
    'in-manipur': (
        '2024-09-03',
        (
            "IMPHAL, India - Suspected militants attacked the village of Koutruk in India's Manipur state with drones and gunfire on Sunday, killing two people and wounding nine, police said.\n\n"
            'Police said the militants dropped explosives from drones, the first such attack in the state.\n\n'
            'The chief minister condemned the attack and said security would be stepped up.\n\n'
            '"We saw the drones above our roofs and then the bombs fell," a villager said.\n\n'
            'Ethnic fighting in Manipur has left more than 200 people dead since May last year.'
        ),
    ),
    'bf-barsalogho': (
        '2024-08-28',
        (
            'OUAGADOUGOU - Jihadist fighters attacked residents digging trenches around the town of Barsalogho in northern Burkina Faso on Saturday, killing dozens of people, security sources said.\n\n'
            'The al Qaeda-affiliated JNIM claimed the attack, saying it had killed about 300 militiamen.\n\n'
            'Local sources said the toll could exceed 200, and the government later said more than 100 people were killed.\n\n'
            "Burkina's government condemned the attack and declared three days of national mourning.\n\n"
            '"They shot at us as we were digging," a survivor said.\n\n'
            'Separately on Saturday, suspected jihadists attacked an army position in Tawori, in the east, killing several soldiers.'
        ),
    ),
    'ng-borno-suicide': (
        '2024-07-01',
        (
            "MAIDUGURI, Nigeria - Suspected female suicide bombers staged a string of attacks in the town of Gwoza in Nigeria's Borno state on Saturday, killing at least 18 people, emergency officials said.\n\n"
            'The first bomber detonated explosives at a wedding, and a second struck at a hospital, the state emergency management agency said.\n\n'
            'On Sunday, a spokesman for the agency said the death toll had risen to 32.\n\n'
            'No group has claimed responsibility, but Boko Haram and ISWAP have carried out similar bombings.\n\n'
            'Borno state governor Babagana Zulum condemned the attacks.\n\n'
            'In June last year, a suicide bomber killed 12 people at a mosque in Konduga, also in Borno.'
        ),
    ),
    'so-beledweyne': (
        '2024-10-04',
        (
            'MOGADISHU - A car bomb exploded at a busy checkpoint in the central Somali town of Beledweyne on Wednesday, killing at least 12 people, police said.\n\n'
            'The explosion destroyed several vehicles and nearby shops, police officer Hassan Ali said.\n\n'
            'The toll rose to 16 on Thursday, a local official said, as several of the wounded died.\n\n'
            'Al Shabaab claimed responsibility for the bombing.\n\n'
            'The Hiraan regional governor condemned the attack.\n\n'
            'Al Shabaab carried out a similar bombing at a market in Beledweyne in February, killing 13 people.'
        ),
    ),
    'ss-jonglei': (
        '2024-04-22',
        (
            "JUBA - Armed youths from Pibor attacked villages in Jonglei state's Uror county on Friday, killing at least 24 villagers and abducting women and children, a local official said.\n\n"
            'The attackers also stole thousands of cattle, the Uror county commissioner said.\n\n'
            'The county commissioner later said the toll had risen to 30.\n\n'
            'The Greater Pibor Administrative Area denied its youths were behind the attack.\n\n'
            '"They surrounded the cattle camp before dawn and started shooting," a survivor said.'
        ),
    ),
    'iq-sinjar': (
        '2024-09-09',
        (
            'ERBIL, Iraq - A Turkish drone strike hit a vehicle near Sinjar in northern Iraq on Sunday, killing three members of a Yazidi armed group, local officials said.\n\n'
            "The strike targeted a car carrying members of the Sinjar Resistance Units near the town's main hospital, an official said.\n\n"
            'Turkey\'s defence ministry said it had "neutralised" three PKK militants in northern Iraq.\n\n'
            'The Iraqi foreign ministry condemned the strike as a violation of sovereignty.\n\n'
            'Turkish drones have carried out dozens of strikes in the Sinjar area since 2021.'
        ),
    ),
}

_RUNS: dict[str, list] = {}


def records(pipeline, name: str) -> list:
    """The event records of report ``name``, extracted once per session."""
    if name not in _RUNS:
        published, paragraphs = REPORTS[name]
        _RUNS[name] = event_records(pipeline, "".join(paragraphs), published)
    return _RUNS[name]


def news(pipeline, name: str) -> list:
    return [e for e in records(pipeline, name) if e.status == "new"]


# how many incidents each report tells as news
COUNTS = [
    pytest.param("mali-boni", 1, id="mali-boni"),
    pytest.param("sudan-elfasher", 2, id="sudan-elfasher"),
    pytest.param("drc-beni", 1, id="drc-beni"),
    pytest.param("ng-zamfara", 1, id="ng-zamfara"),
    pytest.param("so-mogadishu", 1, id="so-mogadishu", marks=xfail(
        "a siege begun on Thursday evening and ended on Friday morning is two records: 'Security forces "
        "ended the siege on Friday' is dated a day after the storming, and dates that do not overlap "
        "keep two mentions apart however plainly 'the siege' points back")),
    pytest.param("ua-odesa", 2, id="ua-odesa"),
    pytest.param("mm-rakhine", 1, id="mm-rakhine"),
    pytest.param("sy-idlib", 2, id="sy-idlib"),
    pytest.param("iq-kirkuk", 1, id="iq-kirkuk"),
    pytest.param("ye-marib", 1, id="ye-marib"),
    pytest.param("mx-sinaloa", 1, id="mx-sinaloa"),
    pytest.param("co-cauca", 1, id="co-cauca"),
    pytest.param("pk-kp", 1, id="pk-kp"),
    pytest.param("ht-portauprince", 1, id="ht-portauprince"),
    pytest.param("in-manipur", 1, id="in-manipur"),
    pytest.param("bf-barsalogho", 2, id="bf-barsalogho"),
    pytest.param("ng-borno-suicide", 1, id="ng-borno-suicide"),
    pytest.param("so-beledweyne", 1, id="so-beledweyne"),
    pytest.param("ss-jonglei", 1, id="ss-jonglei"),
    pytest.param("iq-sinjar", 1, id="iq-sinjar"),
]


@pytest.mark.parametrize(("name", "count"), COUNTS)
def test_one_news_record_per_incident(pipeline, name, count):
    found = news(pipeline, name)
    assert len(found) == count, [(e.event_type, e.sub_event_type, e.actor1, e.location) for e in found]


# the record an ACLED coder makes of each incident told as news
CODED = [
    pytest.param("mali-boni", (VAC, ATTACK, "JNIM: Group for Support of Islam and Muslims", CIV.format("Mali"), "Mali", "Mopti", "Dinangorou", 1, "2024-09-16", 14), id="mali-boni"),
    pytest.param("sudan-elfasher", (REMOTE, SHELLING, "RSF: Rapid Support Forces", CIV.format("Sudan"), "Sudan", "North Darfur", "El Fasher", 1, "2024-11-03", 17), id="sudan-elfasher"),
    pytest.param("sudan-elfasher", (REMOTE, AIR, "Military Forces of Sudan (2019-)", CIV.format("Sudan"), "Sudan", "North Darfur", "Mellit", 1, "2024-11-03", 5), id="sudan-mellit"),
    pytest.param("drc-beni", (VAC, ATTACK, "ADF: Allied Democratic Forces", CIV.format(DRC), DRC, "Nord-Kivu", "Masali", 1, "2024-06-09", 27), id="drc-beni"),
    pytest.param("ng-zamfara", (VAC, ATTACK, UAG.format("Nigeria"), CIV.format("Nigeria"), "Nigeria", "Zamfara", "Gusau", 2, "2024-08-18", 16), id="ng-zamfara"),
    pytest.param("so-mogadishu", (BATTLE, CLASH, "Al Shabaab", "Military Forces of Somalia (2022-)", "Somalia", "Banadir", "Mogadishu", 1, "2024-03-14", 8), id="so-mogadishu", marks=xfail(
        "the storming is a record with no toll (an attack on civilians on Thursday) and the end of the siege "
        "another (the clash on Friday, placed at the region), which takes the toll of eight")),
    pytest.param("ua-odesa", (REMOTE, SHELLING, "Military Forces of Russia (2000-)", CIV.format("Ukraine"), "Ukraine", "Odesa", "Odesa", 1, "2024-03-15", 20), id="ua-odesa"),
    pytest.param("ua-odesa", (REMOTE, AIR, "Military Forces of Russia (2000-)", None, "Ukraine", "Kharkiv", None, None, None, 0), id="ua-kharkiv"),
    pytest.param("mm-rakhine", (REMOTE, AIR, "Military Forces of Myanmar (2021-)", CIV.format("Myanmar"), "Myanmar", "Rakhine", "Minbya", 2, "2024-05-18", 15), id="mm-rakhine"),
    pytest.param("sy-idlib", (REMOTE, AIR, None, CIV.format("Syria"), "Syria", "Idleb", "Idlib", 1, "2024-10-15", 13), id="sy-idlib"),
    pytest.param("sy-idlib", (REMOTE, IED, UAG.format("Syria"), "Military Forces of Syria (2000-)", "Syria", "Idleb", "Saraqib", 2, "2024-10-15", 2), id="sy-saraqeb"),
    pytest.param("iq-kirkuk", (BATTLE, CLASH, "Islamic State (Iraq)", "Military Forces of Iraq (2022-)", "Iraq", "Kirkuk", "Daquq", 2, "2024-06-10", 3), id="iq-kirkuk"),
    pytest.param("ye-marib", (REMOTE, SHELLING, "Military Forces of Yemen (2016-) Supreme Political Council", CIV.format("Yemen"), "Yemen", "Marib", None, None, "2024-02-05", 9), id="ye-marib"),
    pytest.param("mx-sinaloa", (VAC, ATTACK, None, CIV.format("Mexico"), "Mexico", "Sinaloa", "Culiacan", 1, "2024-09-21", 8), id="mx-sinaloa"),
    pytest.param("co-cauca", (BATTLE, CLASH, "FARC Dissident: Revolutionary Armed Forces of Colombia Dissident Faction", "Police Forces of Colombia (2022-)", "Colombia", "Cauca", "Morales", 1, "2024-05-20", 2), id="co-cauca"),
    pytest.param("pk-kp", (REMOTE, SUICIDE, UAG.format("Pakistan"), "Military Forces of Pakistan (2022-)", "Pakistan", "Khyber Pakhtunkhwa", None, None, "2024-03-16", 7), id="pk-kp"),
    pytest.param("ht-portauprince", (VAC, ATTACK, None, CIV.format("Haiti"), "Haiti", "Ouest", "Delmas", 1, "2024-04-01", 15), id="ht-portauprince"),
    pytest.param("in-manipur", (REMOTE, AIR, UAG.format("India"), CIV.format("India"), "India", "Manipur", None, None, "2024-09-01", 2), id="in-manipur"),
    pytest.param("bf-barsalogho", (VAC, ATTACK, "JNIM: Group for Support of Islam and Muslims", CIV.format("Burkina Faso"), "Burkina Faso", "Centre-Nord", "Barsalogo", 1, "2024-08-24", None), id="bf-barsalogho"),
    pytest.param("bf-barsalogho", (BATTLE, CLASH, None, "Military Forces of Burkina Faso (2022-)", "Burkina Faso", "Est", "Tawori", 1, "2024-08-24", None), id="bf-tawori"),
    pytest.param("ng-borno-suicide", (REMOTE, SUICIDE, None, CIV.format("Nigeria"), "Nigeria", "Borno", "Gwoza", 1, "2024-06-29", 32), id="ng-borno-suicide"),
    pytest.param("so-beledweyne", (REMOTE, IED, "Al Shabaab", CIV.format("Somalia"), "Somalia", "Hiraan", "Beledweyne", 1, "2024-10-02", 16), id="so-beledweyne"),
    pytest.param("ss-jonglei", (VAC, ATTACK, None, CIV.format("South Sudan"), "South Sudan", "Jonglei", None, None, "2024-04-19", 30), id="ss-jonglei"),
    pytest.param("iq-sinjar", (REMOTE, AIR, "Military Forces of Turkey (2016-)", None, "Iraq", "Ninewa", "Sinjar", 2, "2024-09-08", 3), id="iq-sinjar"),
]


@pytest.mark.parametrize(("name", "want"), CODED)
def test_the_coders_record_of_each_incident(pipeline, name, want):
    assert_record(news(pipeline, name), want, CODER_FIELDS)


# attacks the report recalls from months before: background, with their own dates
RECALLED = [
    pytest.param("mali-boni", (None, "Mopti", VAC, ATTACK, "2024-07-01", 20, "background"), id="mali-july"),
    pytest.param("drc-beni", (None, "Nord-Kivu", VAC, ATTACK, "2024-04-01", 40, "background"), id="drc-april"),
    pytest.param("ng-zamfara", (None, "Kaduna", VAC, "Abduction/forced disappearance", "2024-03-01", 0, "background"), id="ng-kuriga"),
    pytest.param("so-mogadishu", ("Mogadishu", "Banadir", VAC, ATTACK, "2023-08-01", 30, "background"), id="so-beach-hotel"),
    pytest.param("mm-rakhine", (None, "Sagaing", REMOTE, AIR, "2024-01-01", 17, "background"), id="mm-sagaing"),
    pytest.param("iq-kirkuk", (None, "Kirkuk", BATTLE, CLASH, "2023-12-01", 4, "background"), id="iq-december"),
    pytest.param("co-cauca", ("Jamundi", "Valle del Cauca", REMOTE, IED, "2024-03-01", 0, "background"), id="co-jamundi"),
    pytest.param("pk-kp", ("Dera Ismail Khan", "Khyber Pakhtunkhwa", BATTLE, CLASH, "2023-12-01", 23, "background"), id="pk-dikhan"),
    pytest.param("ng-borno-suicide", ("Konduga", "Borno", REMOTE, SUICIDE, "2023-06-01", 12, "background"), id="ng-konduga"),
    pytest.param("so-beledweyne", ("Beledweyne", "Hiraan", REMOTE, IED, "2024-02-01", 13, "background"), id="so-february"),
]


@pytest.mark.parametrize(("name", "want"), RECALLED)
def test_recalled_attacks_stay_background(pipeline, name, want):
    assert_record(records(pipeline, name), want, FIELDS)


# the same wording classes in short reports of other conflicts: one news record each, typed,
# attributed and counted as the report tells it, not as the comparison, the claimant's boast,
# the speaker or the forces that came to help tell it
SHORT_FIELDS = ("event_type", "sub_event_type", "actor1", "fatalities")
SHORT = [
    pytest.param("A roadside bomb killed four soldiers near Gao on Sunday, the army said. No group claimed the blast, but JNIM fighters have staged similar ambushes on the road.",
                 (REMOTE, IED, UAG.format("Mali"), 4), id="similar-ambushes-have-been-staged"),
    pytest.param("Bandits killed eight farmers in Tsafe, in Zamfara state, on Sunday, police said. Bandit gangs have carried out similar raids across the state.",
                 (VAC, ATTACK, UAG.format("Nigeria"), 8), id="similar-raids-carried-out"),
    pytest.param("Gunmen killed 11 villagers in Kouri, in Niger's Tillaberi region, on Saturday, residents said. The Islamic State claimed the attack, saying its fighters had killed 40 soldiers.",
                 (VAC, ATTACK, "Islamic State (Sahel)", 11), id="claimed-saying-its-fighters-killed"),
    pytest.param("A Russian drone strike on the city of Sumy killed nine civilians on Sunday, the regional governor said. Russia's defence ministry said it had hit a command post of Ukrainian forces in the city.",
                 (REMOTE, AIR, "Military Forces of Russia (2000-)", 9), id="ministry-said-it-had-hit"),
    pytest.param("Police said the rebels fired mortars at Beni on Monday, killing two children.",
                 (REMOTE, SHELLING, UAG.format(DRC), 2), id="police-said-the-rebels"),
    pytest.param("Gunmen attacked a police post in Tera, Niger, on Monday, killing three officers, the interior ministry said. The attack lasted two hours before army reinforcements arrived.",
                 (BATTLE, CLASH, UAG.format("Niger"), 3), id="army-reinforcements-arrived"),
    pytest.param("Fighters of the Allied Democratic Forces killed nine villagers near Oicha on Tuesday, local officials said. The Islamic State claimed the raid. The army said it had sent troops after the attackers.",
                 (VAC, ATTACK, "ADF: Allied Democratic Forces", 9), id="army-said-it-had-sent-troops"),
    pytest.param("Gunmen opened fire on a police checkpoint in Bannu on Monday, killing three officers, police said. A newly formed militant group claimed the attack on social media.",
                 (BATTLE, CLASH, UAG.format("Pakistan"), 3), id="a-militant-group-claimed"),
    pytest.param("A suicide bomber set off his vest beside a police checkpoint in Bannu on Monday, killing three officers, police said. A newly formed militant group claimed the bombing.",
                 (REMOTE, SUICIDE, UAG.format("Pakistan"), 3), id="a-militant-group-claimed-the-bombing"),
    pytest.param("Gunmen opened fire on a police checkpoint in Bannu on Monday, killing three officers, police said. A little-known militant group, Tehreek-e-Azadi Watan, claimed the attack.",
                 (BATTLE, CLASH, UAG.format("Pakistan"), 3), id="an-unknown-name-claimed"),
]


@pytest.mark.parametrize(("text", "want"), SHORT)
def test_short_reports_make_one_record_as_told(pipeline, text, want):
    found = [e for e in event_records(pipeline, text, "2024-05-06") if e.status == "new"]
    assert len(found) == 1, [(e.event_type, e.actor1, e.location) for e in found]
    assert_record(found, want, SHORT_FIELDS)
