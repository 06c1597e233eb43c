"""Short wire reports of stop 32 (third set), written here: protests, riots and strategic
developments rather than fighting, from many countries (Kenya, Senegal, Georgia, Serbia,
France, Argentina, Bangladesh, Pakistan, Indonesia, Iran, Israel, Togo, Mozambique, Peru,
Bolivia, US campuses, Lebanon, Nigeria, Ukraine, Sudan, Syria). Each checks the record an
ACLED coder would make of it (None leaves a field unchecked, where coders differ). The wording
that failed before this stop: arrests 'ahead of a planned rally' (a protest still to come,
read as an intervention at it) and 'LIMA - Seventeen people were killed' (a spelled-out toll
the parser makes a noun compound after a dateline: no toll). Known misses are strict xfails naming what is still wrong."""

from __future__ import annotations

import pytest

from tests.wire_reports import *  # ACLED's names and the probe checks

pytestmark = pytest.mark.slow


REPORTS = [
    pytest.param("2024-06-26", "NAIROBI - Kenyan police fired tear gas and water cannon at thousands of young people protesting against a finance bill in central Nairobi on Tuesday, witnesses said.",
                 (PROTESTS, INTERVENTION, PROT.format("Kenya"), "Police Forces of Kenya (2022-)", "Kenya", "Nairobi City", "Nairobi", 1, "2024-06-25", 0), id="ke-nairobi-teargas"),
    pytest.param("2024-06-26", "Police shot dead at least five protesters outside parliament in Nairobi on Tuesday after demonstrators breached the building, the Kenya Human Rights Commission said.",
                 (PROTESTS, FORCE, PROT.format("Kenya"), "Police Forces of Kenya (2022-)", "Kenya", "Nairobi City", "Nairobi", 1, "2024-06-25", 5), id="ke-parliament-shot"),
    pytest.param("2024-03-05", "DAKAR - Several thousand supporters of opposition leader Ousmane Sonko marched peacefully through Dakar on Monday to demand that the presidential vote be held before April, organisers said.",
                 (PROTESTS, PEACEFUL, PROT.format("Senegal"), "", "Senegal", "Dakar", "Dakar", 1, "2024-03-04", 0), id="sn-dakar-peaceful"),
    pytest.param("2024-05-15", "TBILISI - Tens of thousands of Georgians rallied outside parliament in Tbilisi on Tuesday against a bill on foreign agents, chanting slogans and waving EU flags. No arrests were reported.",
                 (PROTESTS, PEACEFUL, PROT.format("Georgia"), "", "Georgia", "Tbilisi", "Tbilisi", 1, "2024-05-14", 0), id="ge-tbilisi-march"),
    pytest.param("2024-12-02", "Riot police in Tbilisi used water cannon and pepper spray to break up a rally outside parliament overnight and detained dozens of demonstrators, the interior ministry said on Monday.",
                 (PROTESTS, INTERVENTION, PROT.format("Georgia"), "Police Forces of Georgia (2012-)", "Georgia", "Tbilisi", "Tbilisi", 1, None, 0), id="ge-tbilisi-arrests",
                 marks=xfail("'Police in Tbilisi used water cannon' parses 'used' as an adjective of 'cannon' (no verb, no record)")),
    pytest.param("2025-03-16", "BELGRADE - Students led a huge rally in central Belgrade on Saturday to protest against corruption after the deadly collapse of a railway station canopy in Novi Sad last November.",
                 (PROTESTS, PEACEFUL, PROT.format("Serbia"), "", "Serbia", None, "Belgrade", 1, "2025-03-15", 0), id="rs-belgrade-rally"),
    pytest.param("2023-07-01", "PARIS - Rioters set cars ablaze and looted shops in Nanterre overnight on Friday, and police arrested more than 400 people across France, the interior minister said. Unrest broke out after police shot dead a teenager at a traffic stop on Tuesday.",
                 (RIOTS, VIOLENT, RIOT.format("France"), None, "France", "Ile-de-France", "Nanterre", 1, "2023-06-30", 0), id="fr-nanterre-riot",
                 marks=xfail("the rioters' looting (actor1 since stop 33) joins the arrests told in the same sentence ('and police arrested more than 400'): one Arrests record")),
    pytest.param("2024-01-25", "BUENOS AIRES - Thousands of workers joined a general strike called by Argentina's CGT union federation in Buenos Aires on Wednesday against the economic reforms of President Javier Milei.",
                 (PROTESTS, PEACEFUL, PROT.format("Argentina"), "", "Argentina", None, "Buenos Aires", 1, "2024-01-24", 0), id="ar-general-strike"),
    pytest.param("2024-08-05", "DHAKA - A mob set fire to a police station in Dhaka's Jatrabari area on Monday, killing at least five policemen, local media reported.",
                 (RIOTS, MOB, RIOT.format("Bangladesh"), "Police Forces of Bangladesh (2009-)", "Bangladesh", "Dhaka", None, None, "2024-08-05", 5), id="bd-dhaka-mob"),
    pytest.param("2024-07-17", "Student protesters clashed with activists of the ruling Awami League's student wing at Dhaka University on Tuesday, leaving dozens injured, witnesses said.",
                 (RIOTS, VIOLENT, RIOT.format("Bangladesh"), None, "Bangladesh", "Dhaka", "Dhaka", 1, "2024-07-16", 0), id="bd-students-clash"),
    pytest.param("2024-05-14", "MUZAFFARABAD - Three people were killed when paramilitary Rangers opened fire on protesters in Muzaffarabad, the capital of Pakistan-administered Kashmir, on Monday, officials said. Demonstrators had been rallying over high electricity prices.",
                 (PROTESTS, FORCE, PROT.format("Pakistan"), None, "Pakistan", "Azad Jammu and Kashmir", "Muzaffarabad", 1, "2024-05-13", 3), id="pk-muzaffarabad-force"),
    pytest.param("2024-05-10", "ISLAMABAD - Police arrested senior leaders of Imran Khan's Pakistan Tehreek-e-Insaf party in Islamabad on Thursday ahead of a planned rally, the party said.",
                 (STRATEGIC, ARRESTS, "Police Forces of Pakistan (2022-)", None, "Pakistan", "Islamabad", "Islamabad", 1, "2024-05-09", 0), id="pk-arrests-before-rally"),
    pytest.param("2025-08-29", "JAKARTA - Protesters hurled rocks and firecrackers at police and set fire to a police post near parliament in Jakarta on Thursday, and officers responded with tear gas, witnesses said.",
                 (RIOTS, VIOLENT, RIOT.format("Indonesia"), "Police Forces of Indonesia (2024-)", "Indonesia", "Jakarta Raya", "Jakarta", 1, "2025-08-28", 0), id="id-jakarta-riot"),
    pytest.param("2022-09-22", "Iranian security forces opened fire on demonstrators in the Kurdish city of Sanandaj on Wednesday, killing four people, a rights group said.",
                 (PROTESTS, FORCE, PROT.format("Iran"), None, "Iran", "Kordestan", "Sanandaj", 1, "2022-09-21", 4), id="ir-sanandaj-force"),
    pytest.param("2023-03-27", "TEL AVIV - Tens of thousands of Israelis protested in Tel Aviv on Sunday night against the government's plan to overhaul the judiciary, blocking the Ayalon highway.",
                 (PROTESTS, PEACEFUL, PROT.format("Israel"), "", "Israel", "Tel Aviv", "Tel Aviv", 1, "2023-03-26", 0), id="il-telaviv-rally"),
    pytest.param("2025-06-27", "LOME - Security forces fired tear gas to disperse protesters demanding the resignation of President Faure Gnassingbe in Lome on Thursday, and arrested several people, residents said.",
                 (PROTESTS, INTERVENTION, PROT.format("Togo"), None, "Togo", "Maritime", "Lome", 1, "2025-06-26", 0), id="tg-lome-teargas"),
    pytest.param("2024-11-08", "MAPUTO - Protesters looted shops and burned tyres in Maputo on Thursday as clashes with police over disputed election results spread, a civil society group said.",
                 (RIOTS, VIOLENT, RIOT.format("Mozambique"), "Police Forces of Mozambique (2015-)", "Mozambique", "Maputo", "Maputo", 1, "2024-11-07", 0), id="mz-maputo-looting"),
    pytest.param("2023-01-10", "LIMA - Seventeen people were killed on Monday in clashes between protesters and security forces in Juliaca, in Peru's Puno region, the health ministry said.",
                 (RIOTS, VIOLENT, RIOT.format("Peru"), None, "Peru", "Puno", "Juliaca", 1, "2023-01-09", 17), id="pe-juliaca-deaths"),
    pytest.param("2024-10-15", "Supporters of former Bolivian president Evo Morales blocked highways in the Cochabamba department on Monday to protest against legal proceedings against him.",
                 (PROTESTS, PEACEFUL, PROT.format("Bolivia"), "", "Bolivia", "Cochabamba", None, None, "2024-10-14", 0), id="bo-cochabamba-blockade"),
    pytest.param("2024-04-26", "NEW YORK - Pro-Palestinian students at Columbia University continued a sit-in on the campus lawn in New York on Thursday, refusing to leave despite a university deadline.",
                 (PROTESTS, PEACEFUL, PROT.format("United States"), "", "United States", "New York", "New York City", 1, "2024-04-25", 0), id="us-columbia-sitin"),
    pytest.param("2024-05-01", "LOS ANGELES - Police arrested dozens of people early on Wednesday as they cleared a pro-Palestinian encampment on the UCLA campus in Los Angeles, officials said.",
                 (PROTESTS, INTERVENTION, PROT.format("United States"), None, "United States", "California", "Los Angeles", 1, "2024-05-01", 0), id="us-ucla-encampment"),
    pytest.param("2024-11-21", "BEIRUT - Israel and Hezbollah agreed to a ceasefire on Wednesday that took effect at dawn, ending more than a year of fighting, officials in Beirut said.",
                 (STRATEGIC, AGREEMENT, None, None, "Lebanon", None, None, None, "2024-11-20", 0), id="lb-ceasefire"),
    pytest.param("2024-03-02", "MAIDUGURI - Police bomb experts defused an improvised explosive device planted near a market in Maiduguri, Borno state, on Friday, a police spokesman said.",
                 (STRATEGIC, DISRUPTED, "Police Forces of Nigeria (2023-)", None, "Nigeria", "Borno", "Maiduguri", 1, "2024-03-01", 0), id="ng-bomb-defused"),
    pytest.param("2024-09-20", "KYIV - Ukrainian air defences shot down 10 Russian drones over the Kyiv region overnight, the air force said on Friday. There were no casualties.",
                 (STRATEGIC, DISRUPTED, "Military Forces of Ukraine (2019-)", "Military Forces of Russia (2000-)", "Ukraine", "Kyiv", None, None, "2024-09-19", 0), id="ua-drones-downed"),
    pytest.param("2024-02-12", "The Rapid Support Forces set up a new headquarters in Wad Madani in Sudan's Gezira state on Sunday, residents said.",
                 (STRATEGIC, BASE, "RSF: Rapid Support Forces", None, "Sudan", "Gezira", "Wad Medani", 1, "2024-02-11", 0), id="sd-rsf-headquarters"),
    pytest.param("2024-12-09", "Syrian government forces withdrew from the city of Deir ez-Zor on Friday and Kurdish-led SDF fighters took control of it without a fight, a monitor said.",
                 (STRATEGIC, TRANSFER, None, None, "Syria", "Deir-ez-Zor", "Deir ez-Zor", 1, "2024-12-06", 0), id="sy-handover"),
]


@pytest.mark.parametrize(("published", "text", "want"), REPORTS)
def test_probe_report(pipeline, published, text, want):
    assert_record(event_records(pipeline, text, published), want, CODER_FIELDS)


# A protest still to come is none the police stepped in at: arrests before it are arrests.
UNHELD = [
    pytest.param("Police detained 30 opposition activists in Lahore on Thursday to stop a scheduled march on the capital, the party said.",
                 (STRATEGIC, ARRESTS), id="scheduled-march"),
    pytest.param("Police arrested 12 people at a planned rally in Dhaka on Thursday, witnesses said.",
                 (PROTESTS, INTERVENTION), id="at-a-planned-rally-held"),
    pytest.param("Police dispersed a planned opposition rally in Dhaka on Thursday and detained 12 people, witnesses said.",
                 (PROTESTS, INTERVENTION), id="planned-rally-dispersed"),
]


@pytest.mark.parametrize(("text", "want"), UNHELD)
def test_a_protest_still_to_come(pipeline, text, want):
    records = event_records(pipeline, text, "2024-05-10")
    assert want in [(e.event_type, e.sub_event_type) for e in records], [(e.event_type, e.sub_event_type) for e in records]


def test_earlier_unrest_is_background(pipeline):
    """'In August, protests turned violent', told after the day's arrests: no new record."""
    text = ("KANO - Police arrested 20 people in Kano on Wednesday for taking part in an unauthorised rally. "
            "In August, protests against hunger in the city turned violent, with shops looted.")
    news = [e for e in event_records(pipeline, text, "2024-10-03") if e.status == "new"]
    assert [str(e.event_date) for e in news] == ["2024-10-02"], [(e.sub_event_type, str(e.event_date)) for e in news]
