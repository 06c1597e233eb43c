"""Short wire reports of stop 30, written here, from the conflicts an analyst reads every day
(the Sahel, Sudan, DR Congo, Myanmar, Ukraine, Somalia, Colombia, Mexico, Pakistan, Haiti,
Yemen, Kenya, Kashmir, the West Bank, Ethiopia, Nigeria, Georgia, Senegal, Nepal): each
checks the record an ACLED coder would make of it: type and sub-type, both actors, country,
province, location as the gazetteer spells it, precision, date and toll (None leaves a field
unchecked, where coders differ). The wordings are those that failed before this stop (a camp
told with whom it shelters, a territory or township after its province, a pit mine, a
vehicle that strikes a roadside bomb, fire used to disperse a crowd) and ordinary ones around
them. Known misses are strict xfails naming what is still wrong."""

from __future__ import annotations

import pytest

from tests.wire_reports import *  # ACLED's names and the probe checks

pytestmark = pytest.mark.slow


REPORTS = [
    pytest.param("2024-05-14", "NIAMEY - Jihadist fighters ambushed an army convoy near Tillia, in Niger's Tahoua region, on Monday, killing 12 soldiers, the defence ministry said.",
                 (BATTLE, CLASH, UAG.format("Niger"), "Military Forces of Niger (2023-)", "Niger", "Tahoua", "Tillia", 2, "2024-05-13", 12), id="niger-tillia"),
    pytest.param("2024-06-02", "Suspected JNIM militants attacked the town of Barsalogho in Burkina Faso's Centre-Nord region on Saturday, killing dozens of civilians who were digging trenches.",
                 (VAC, ATTACK, "JNIM: Group for Support of Islam and Muslims", "Civilians (Burkina Faso)", "Burkina Faso", "Centre-Nord", "Barsalogo", 1, "2024-06-01", 12), id="burkina-barsalogho"),
    pytest.param("2024-07-20", "RSF fighters looted the market in Sennar town on Friday and shot dead three traders, witnesses said.",
                 (VAC, ATTACK, "RSF: Rapid Support Forces", "Civilians (Sudan)", "Sudan", "Sennar", "Sennar", 1, "2024-07-19", 3), id="sudan-sennar"),
    pytest.param("2024-05-21", "RSF fighters shelled the Zam Zam displacement camp on Tuesday, killing nine people, medics said.",
                 (REMOTE, SHELLING, "RSF: Rapid Support Forces", None, "Sudan", "North Darfur", "Zamzam camp", 1, "2024-05-21", 9), id="sudan-zamzam"),
    pytest.param("2024-06-10", "Thousands of families fled to Tawila after RSF fighters burned their villages west of El Fasher on Sunday.",
                 (None, None, "RSF: Rapid Support Forces", None, "Sudan", "North Darfur", "El Fasher", 2, "2024-06-09", None), id="sudan-fled-to"),
    pytest.param("2024-08-09", "GOMA - M23 rebels seized the town of Rubaya, a coltan mining hub in North Kivu province, after heavy fighting with pro-government militias on Thursday.",
                 (BATTLE, "Non-state actor overtakes territory", "M23: March 23 Movement", None, DRC, "Nord-Kivu", "Rubaya", 1, "2024-08-08", 0), id="drc-rubaya"),
    pytest.param("2024-10-30", "Armed men attacked a gold mine in Ituri's Djugu territory on Tuesday, killing 11 miners, local officials said.",
                 (VAC, ATTACK, UAG.format(DRC), f"Civilians ({DRC})", DRC, "Ituri", "Djugu", 2, "2024-10-29", 11), id="drc-djugu-mine"),
    pytest.param("2024-04-18", "Myanmar junta jets bombed a monastery in Sagaing region's Kani township on Wednesday, killing 11 villagers sheltering there, residents said.",
                 (REMOTE, AIR, "Military Forces of Myanmar (2021-)", "Civilians (Myanmar)", "Myanmar", "Sagaing", "Kani", 2, "2024-04-17", 11), id="myanmar-kani"),
    pytest.param("2024-09-03", "KYIV - A Russian missile struck a military academy in Poltava on Tuesday, killing 51 people and wounding more than 200, Ukrainian officials said.",
                 (REMOTE, SHELLING, "Military Forces of Russia (2000-)", None, "Ukraine", "Poltava", "Poltava", 1, "2024-09-03", 51), id="ukraine-poltava"),
    pytest.param("2024-02-26", "A landmine exploded under a car carrying civilians near Kupiansk on Sunday, killing two women, the regional governor said.",
                 (REMOTE, IED, None, "Civilians (Ukraine)", "Ukraine", "Kharkiv", "Kupyansk", 2, "2024-02-25", 2), id="ukraine-kupiansk"),
    pytest.param("2024-03-23", "Al-Shabaab militants detonated a car bomb at a checkpoint in Beledweyne, in Somalia's Hiiraan region, on Saturday, killing six soldiers.",
                 (REMOTE, IED, "Al Shabaab", "Military Forces of Somalia (2022-)", "Somalia", "Hiraan", "Beledweyne", 1, "2024-03-23", 6), id="somalia-beledweyne"),
    pytest.param("2024-09-22", "MOGADISHU - Somali security forces arrested 14 suspected al-Shabaab members in a raid in Afgoye on Sunday.",
                 (STRATEGIC, ARRESTS, "Military Forces of Somalia (2022-)", "Al Shabaab", "Somalia", "Lower Shabelle", "Afgooye", 1, "2024-09-22", 0), id="somalia-afgoye"),
    pytest.param("2024-02-11", "BOGOTA - ELN guerrillas kidnapped a police officer in Arauca province on Sunday, the defence ministry said.",
                 (VAC, ABDUCTION, "ELN: National Liberation Army", "Police Forces of Colombia (2022-)", "Colombia", "Arauca", "Arauca", 3, "2024-02-11", 0), id="colombia-arauca"),
    pytest.param("2024-10-15", "Gunmen from a drug cartel shot dead eight people at a bar in Tlajomulco, in Mexico's Jalisco state, on Monday night, prosecutors said.",
                 (VAC, ATTACK, "Unidentified Gang (Mexico)", "Civilians (Mexico)", "Mexico", "Jalisco", "Tlajomulco de Zuniga", 1, "2024-10-14", 8), id="mexico-tlajomulco"),
    pytest.param("2024-11-09", "QUETTA - A suicide bomber blew himself up at the railway station in Quetta on Saturday, killing at least 26 people, including soldiers, police said.",
                 (REMOTE, "Suicide bomb", UAG.format("Pakistan"), None, "Pakistan", "Balochistan", "Quetta", 1, "2024-11-09", 26), id="pakistan-quetta"),
    pytest.param("2024-03-11", "PESHAWAR - Militants attacked a police post in Dera Ismail Khan on Sunday night, killing three policemen, officials said.",
                 (BATTLE, CLASH, UAG.format("Pakistan"), "Police Forces of Pakistan (2022-)", "Pakistan", "Khyber Pakhtunkhwa", "Dera Ismail Khan", 1, "2024-03-10", 3), id="pakistan-dikhan"),
    pytest.param("2024-03-30", "PORT-AU-PRINCE - Gang members torched houses in the Petion-Ville suburb of the Haitian capital on Friday, killing four residents, police said.",
                 (VAC, ATTACK, "Unidentified Gang (Haiti)", "Civilians (Haiti)", "Haiti", "Ouest", "Petionville", 1, "2024-03-29", 4), id="haiti-petionville"),
    pytest.param("2024-01-12", "ADEN - Houthi forces shelled government positions in Taiz province on Thursday, killing two soldiers, a military source said.",
                 (REMOTE, SHELLING, "Military Forces of Yemen (2016-) Supreme Political Council", None, "Yemen", "Taizz", "Taizz", 3, "2024-01-11", 2), id="yemen-taiz"),
    pytest.param("2024-05-25", "Police fired tear gas at students protesting against fuel prices in Dakar on Friday, and arrested dozens.",
                 (PROTESTS, INTERVENTION, "Protesters (Senegal)", "Police Forces of Senegal (2024-)", "Senegal", "Dakar", "Dakar", 1, "2024-05-24", 0), id="senegal-dakar"),
    pytest.param("2024-06-18", "Protesters blocked the main road in Kathmandu on Monday, demanding the restoration of the monarchy. The rally ended peacefully.",
                 (PROTESTS, "Peaceful protest", "Protesters (Nepal)", "", "Nepal", "Bagmati", "Kathmandu", 1, "2024-06-17", 0), id="nepal-kathmandu"),
    pytest.param("2024-04-07", "Unidentified gunmen abducted 25 passengers from a bus near Kankara, in Katsina state, on Saturday, police said.",
                 (VAC, ABDUCTION, UAG.format("Nigeria"), "Civilians (Nigeria)", "Nigeria", "Katsina", "Kankara", 2, "2024-04-06", 0), id="nigeria-kankara"),
    pytest.param("2024-05-02", "Gunmen killed 20 villagers in an attack on Zurmi, in Nigeria's Zamfara state, on Tuesday, residents said.",
                 (VAC, ATTACK, UAG.format("Nigeria"), "Civilians (Nigeria)", "Nigeria", "Zamfara", "Zurmi", 1, "2024-04-30", 20), id="nigeria-zurmi"),
    pytest.param("2024-08-28", "Two Indian soldiers were killed when militants opened fire on an army vehicle in Anantnag district on Tuesday.",
                 (BATTLE, CLASH, UAG.format("India"), "Military Forces of India (2014-)", "India", "Jammu and Kashmir", "Anantnag", 2, "2024-08-27", 2), id="kashmir-anantnag"),
    pytest.param("2024-07-03", "Israeli forces raided the Nur Shams refugee camp near Tulkarm on Wednesday, killing five Palestinians, the health ministry said.",
                 (None, None, "Military Forces of Israel (2022-)", None, "Palestine", "West Bank", "Nur Shams camp", 1, "2024-07-03", 5), id="westbank-nurshams"),
    pytest.param("2024-03-01", "Israeli settlers attacked Palestinian farmers near Ariel on Friday, wounding three.",
                 (VAC, ATTACK, "Settlers (Israel)", "Civilians (Palestine)", "Palestine", "West Bank", "Ariel", 2, "2024-03-01", 0), id="westbank-ariel"),
    pytest.param("2024-12-05", "Police used water cannon to disperse anti-government protesters in Tbilisi on Wednesday night and detained 40 people.",
                 (PROTESTS, INTERVENTION, "Protesters (Georgia)", "Police Forces of Georgia (2012-)", "Georgia", "Tbilisi", "Tbilisi", 1, "2024-12-04", 0), id="georgia-tbilisi"),
    pytest.param("2024-06-27", "ADDIS ABABA - Fano militiamen clashed with federal troops in Gondar on Wednesday, killing several soldiers, residents said.",
                 (BATTLE, CLASH, "Fano Militia", "Military Forces of Ethiopia (2018-)", "Ethiopia", "Amara", "Gonder", 1, "2024-06-26", None), id="ethiopia-gondar"),
    pytest.param("2024-06-26", "A Kenyan police vehicle struck a roadside bomb near Mandera on Wednesday, killing three officers.",
                 (REMOTE, IED, UAG.format("Kenya"), "Police Forces of Kenya (2022-)", "Kenya", "Mandera", "Mandera", 2, "2024-06-26", 3), id="kenya-mandera"),
    pytest.param("2024-06-26", "Three officers were killed when a Kenyan police vehicle struck a roadside bomb near Mandera on Wednesday.",
                 (REMOTE, IED, UAG.format("Kenya"), "Police Forces of Kenya (2022-)", "Kenya", "Mandera", "Mandera", 2, "2024-06-26", 3), id="kenya-mandera-when"),
    pytest.param("2024-06-26", "Police used live ammunition to disperse protesters in Nakuru on Tuesday, killing two, witnesses said.",
                 (PROTESTS, FORCE, "Protesters (Kenya)", "Police Forces of Kenya (2022-)", "Kenya", "Nakuru", "Nakuru", 1, "2024-06-25", 2), id="kenya-nakuru"),
    pytest.param("2024-06-26", "Police used live ammunition against protesters in Kisumu on Tuesday, witnesses said.",
                 (PROTESTS, FORCE, "Protesters (Kenya)", "Police Forces of Kenya (2022-)", "Kenya", "Kisumu", "Kisumu", 1, "2024-06-25", 0), id="kenya-kisumu"),
    pytest.param("2024-03-02", "Hundreds rallied in Gomel on Saturday against a treaty on closer union with Russia.",
                 (PROTESTS, "Peaceful protest", "Protesters (Belarus)", "", "Belarus", "Homielskaja voblasc", "Homyel", 1, "2024-03-02", 0), id="belarus-gomel"),
    pytest.param("2024-02-29", "Police arrested 30 protesters in the Sri Lankan capital on Thursday.",
                 (PROTESTS, INTERVENTION, "Protesters (Sri Lanka)", "Police Forces of Sri Lanka (2022-)", "Sri Lanka", "Western Province", "Colombo", 1, "2024-02-29", 0), id="srilanka-capital"),
]


@pytest.mark.parametrize(("published", "text", "want"), REPORTS)
def test_the_report_makes_the_coders_record(pipeline, published, text, want):
    assert_record(event_records(pipeline, text, published), want, CODER_FIELDS)
