"""Short reports from conflicts and wordings the stop-23 to stop-28 probes did not cover:
Dori, Bam, Yatenga and Komondjari in Burkina Faso; Niassa, Nampula and Meluco in
Mozambique; Ekona, the Mayo-Tsanaga, Garoua-Boulai, Donga-Mantung and Ndian in Cameroon;
Murzuq, Ajdabiya, Kufra and Ubari in Libya; Rutba, Tarmiyah, Sinjar, Tuz Khurmatu, Al-Qaim
and Samarra in Iraq; Badakhshan, Helmand, Takhar, Baghlan, Ghazni and Kabul in Afghanistan;
South Waziristan, Mastung, Gwadar, Kohat, Kurram, Duki and Kalat in Pakistan; Poonch,
Srinagar, Kupwara, Reasi and Muzaffarabad in Kashmir; Basilan, Negros, Maguindanao del Norte
and Lanao del Norte in the Philippines; Cauca, Antioquia, the Catatumbo and Valle del Cauca in
Colombia; Bolivar, Tachira and Lara in Venezuela; the VRAEM (Cusco, Junin, Ayacucho) in Peru;
Tavush, Syunik and Gazakh on the Armenia-Azerbaijan border; Tbilisi and the South Ossetia line
in Georgia; Banjska and Zubin Potok in Kosovo, Novi Sad in Serbia; Galgaduud, Mudug, Gedo,
Sool, Bakool, Lower Juba and Mogadishu in Somalia; Garissa, Kapedo, Nairobi and Lamu in Kenya;
Mpondwe, Kotido, Kampala and Moroto in Uganda; Bubanza and Rumonge in Burundi; western,
southern Tigray and North Wollo's Zata; Shabwa, Abyan, Hajjah, Hodeidah and Taiz in Yemen; Jableh, Blue
Nile, Imo, Kaduna, Borno, Kidal, Bandiagara, Tera, Beni, Dagestan, Saratov, Batken and Tubas.
Each is placed where it happened: country, province, location as the gazetteer spells it,
and ACLED's precision code. The wording varies: "X, some 60 km west of Y", "in the X area
of Y", "at a checkpoint outside X", "X's Y district", "X, on the outskirts of Y", "along the
border with X", a place told only in the next sentence ("The mosque lies in X district",
"The school is in X"), two towns in one sentence with one attack each, a town as the object
of the attack verb, a place in a headline only ("Drone strike kills four in Ataq"), a town
the tagger calls no place ("in Dori", "near Tubas"), towns listed in one region ("in X and Y,
in the Catatumbo region"), "the port of X", "in the Georgian capital" (a capital named by
its country's demonym), and a possessive district ("Kurram's Bagan area").
Twelve probes fail for gaps in the gazetteer (a town missing, a row filed under the wrong
province or country, a common spelling not indexed): they are marked and must pass once
fixed. Sentences written here; places checked against public maps."""

from __future__ import annotations

import pytest

from tests.geo.helpers import assert_placed

pytestmark = pytest.mark.slow

BARMM = "Autonomous Region in Muslim Mindanao"

REPORTS = [
    pytest.param("2024-06-11", "Jihadists attacked a military base in Dori on Tuesday, killing 15 soldiers, security sources said.", ("Burkina Faso", "Sahel", "Dori", 1), id="burkina-18"),
    pytest.param("2024-03-03", "Gunmen killed 12 civilians in Bourzanga, in Bam province, on Sunday, a local official said.", ("Burkina Faso", "Centre-Nord", "Bourzanga", 1), id="burkina-19"),
    pytest.param("2024-08-17", "OUAGADOUGOU - Militants raided Thiou, near the Malian border in Yatenga province, on Saturday, killing eight volunteers.", ("Burkina Faso", "Nord", "Tiou", 1), id="burkina-20"),
    pytest.param("2024-10-06", "Suspected jihadists ambushed a convoy some 20 km from Gayeri, the capital of Komondjari province, on Sunday.", ("Burkina Faso", "Est", "Gayeri", 2), id="burkina-21"),
    pytest.param("2024-05-14", "Insurgents burned houses in Mecula district, Niassa province, on Tuesday, residents said.", ("Mozambique", "Niassa", "Mecula", 2), id="mozambique-12"),
    pytest.param("2024-11-22", "Islamic State militants beheaded three farmers in Meluco, some 60 km west of Macomia, on Friday.", ("Mozambique", "Cabo Delgado", "Meluco", 1), id="mozambique-13"),
    pytest.param("2024-09-28", "Armed men attacked a mission in Erati district, in the north of Nampula province, on Saturday, killing a nun.", ("Mozambique", "Nampula", "Circunscricao do Erati", 2), id="mozambique-14"),
    pytest.param("2024-02-19", "Separatist fighters killed two soldiers in Ekona, on the outskirts of Buea, on Monday.", ("Cameroon", "South-West", "Ekona", 1), id="cameroon-14"),
    pytest.param("2024-07-09", "Boko Haram fighters raided Tourou, in the Mayo-Tsanaga department of the Far North region, abducting 11 women.", ("Cameroon", "Far North", "Tourou", 1), id="cameroon-15"),
    pytest.param("2024-04-25", "Gunmen kidnapped 14 travellers near Garoua-Boulai, along the border with the Central African Republic, on Thursday.", ("Cameroon", "East", "Garoua Boulai", 2), id="cameroon-16"),
    pytest.param("2024-10-01", "BAMENDA - Soldiers clashed with separatists in Ndu, Donga-Mantung division, on Tuesday, killing four fighters.", ("Cameroon", "North-West", "Ndu", 1), id="cameroon-17"),
    pytest.param("2024-03-12", "Tribal gunmen clashed in Murzuq, in Libya's southwest, on Tuesday, killing five people.", ("Libya", "Murzuq", "Murzuq", 1), id="libya-13"),
    pytest.param("2024-06-29", "Armed men stormed a hospital in Ajdabiya, some 150 km south of Benghazi, on Saturday.", ("Libya", "Al Wahat", "Ajdabiya", 1), id="libya-14"),
    pytest.param("2024-09-15", "TRIPOLI - Rival brigades exchanged fire in Kufra, near the border with Sudan and Chad, on Sunday.", ("Libya", "Al Kufrah", "Al Kufrah", 1), id="libya-15"),
    pytest.param("2024-05-08", "A roadside bomb hit an army patrol near Rutba, in the western desert of Anbar province, killing three soldiers.", ("Iraq", "Anbar", "Ar Rutbah", 2), id="iraq-3"),
    pytest.param("2024-01-17", "Islamic State militants attacked a checkpoint outside Tarmiyah, north of Baghdad, on Wednesday, killing two policemen.", ("Iraq", "Baghdad", "At Tarmiyah", 2), id="iraq-4"),
    pytest.param("2024-08-23", "A Turkish drone struck a car in Sinjar, Nineveh province, on Friday, killing two Yazidi fighters.", ("Iraq", "Ninewa", "Sinjar", 1), id="iraq-5"),
    pytest.param("2024-11-04", "KIRKUK - Gunmen killed a police officer in Tuz Khurmatu, in Salahuddin province, on Monday.", ("Iraq", "Sala al-Din", "Tuz Khurmatu", 1), id="iraq-6"),
    pytest.param("2024-05-21", "Police fired on protesting poppy farmers in Faizabad, the capital of Badakhshan, killing two.", ("Afghanistan", "Badakhshan", "Fayzabad", 1), id="afghanistan-13"),
    pytest.param("2024-03-19", "A bomb tore through a crowded bazaar in Lashkar Gah, the provincial capital of Helmand, on Tuesday, killing four shoppers.", ("Afghanistan", "Helmand", "Lashkar Gah", 1), id="afghanistan-14"),
    pytest.param("2024-07-30", "Gunmen shot dead a Taliban intelligence officer in Taloqan, in northeastern Takhar province, on Tuesday.", ("Afghanistan", "Takhar", "Taloqan", 1), id="afghanistan-15"),
    pytest.param("2024-02-08", "Militants attacked a police station in Wana, the main town of South Waziristan, overnight, killing three officers.", ("Pakistan", "Khyber Pakhtunkhwa", "Wana", 1), id="pakistan-17"),
    pytest.param("2024-08-26", "Gunmen killed 14 people at a checkpoint outside Mastung, some 50 km south of Quetta, on Monday.", ("Pakistan", "Balochistan", "Mastung", 2), id="pakistan-18"),
    pytest.param("2024-03-20", "Separatist fighters attacked the port complex in Gwadar on Wednesday, officials said.", ("Pakistan", "Balochistan", "Gwadar", 1), id="pakistan-19"),
    pytest.param("2024-04-16", "PESHAWAR - A suicide bomber struck a police van in Kohat on Tuesday, killing four.", ("Pakistan", "Khyber Pakhtunkhwa", "Kohat", 1), id="pakistan-20"),
    pytest.param("2024-05-04", "Militants ambushed an air force convoy in Poonch's Surankote area on Saturday, killing one soldier.", ("India", "Jammu and Kashmir", "Surankot", 2), id="kashmir-1"),
    pytest.param("2024-11-03", "A grenade exploded at a market in Srinagar on Sunday, wounding 12 shoppers, police said.", ("India", "Jammu and Kashmir", "Srinagar", 1), id="kashmir-2"),
    pytest.param("2024-09-14", "Soldiers killed two infiltrators in Kupwara district, along the Line of Control, on Saturday.", ("India", "Jammu and Kashmir", "Kupwara", 2), id="kashmir-3"),
    pytest.param("2024-05-13", "Police clashed with protesters in Muzaffarabad, in Pakistan-administered Kashmir, on Monday, killing three.", ("Pakistan", "Azad Jammu and Kashmir", "Muzaffarabad", 1), id="kashmir-4"),
    pytest.param("2024-03-10", "ZAMBOANGA CITY - Soldiers clashed with Abu Sayyaf remnants in Tipo-Tipo, Basilan, on Sunday.", ("Philippines", BARMM, "Tipo-Tipo", 1), id="philippines-12"),
    pytest.param("2024-06-07", "Communist rebels ambushed soldiers in Kabankalan, Negros Occidental, on Friday, killing two.", ("Philippines", "Western Visayas", "Kabankalan", 1), id="philippines-13"),
    pytest.param("2024-01-27", "Gunmen shot dead a mayor in Buldon, Maguindanao del Norte, on Saturday.", ("Philippines", BARMM, "Buldon", 1), id="philippines-14"),
    pytest.param("2024-06-22", "FARC dissidents attacked a police station in Argelia, in southern Cauca, on Saturday.", ("Colombia", "Cauca", "Argelia", 1), id="colombia-13"),
    pytest.param("2024-08-02", "Gunmen killed five miners in Segovia, in northeastern Antioquia, on Friday.", ("Colombia", "Antioquia", "Segovia", 1), id="colombia-14"),
    pytest.param("2025-01-19", "ELN fighters killed 12 former guerrillas in Sardinata and Teorama, in the Catatumbo region, the ombudsman said.", ("Colombia", "Norte de Santander", "Sardinata", 1), id="colombia-15"),
    pytest.param("2024-10-11", "Gunmen shot dead two men in Buenaventura, the Pacific port of Valle del Cauca, on Friday.", ("Colombia", "Valle del Cauca", "Buenaventura", 1), id="colombia-16"),
    pytest.param("2024-09-09", "Soldiers clashed with a gold-mining gang in El Callao, Bolivar state, on Monday, killing six.", ("Venezuela", "Bolivar", "El Callao", 1), id="venezuela-8"),
    pytest.param("2024-07-30", "National guardsmen fired on protesters in San Cristobal, the capital of Tachira, killing one.", ("Venezuela", "Tachira", "San Cristobal", 1), id="venezuela-9"),
    pytest.param("2024-03-26", "Shining Path remnants ambushed a police patrol in Pichari, in the VRAEM, on Tuesday, killing two officers.", ("Peru", "Cusco", "Pichari", 1), id="peru-1"),
    pytest.param("2024-08-13", "Gunmen attacked an army base in Vizcatan del Ene, Junin region, on Tuesday, killing a soldier.", ("Peru", "Junin", "Vizcatan del Ene", 1), id="peru-2"),
    pytest.param("2024-01-15", "Azerbaijani troops fired on Armenian positions near Berd, in Tavush province, on Monday.", ("Armenia", "Tavus", "Berd", 2), id="armenia-5"),
    pytest.param("2023-09-20", "Armenian shelling hit homes in Gazakh district on Wednesday, the Azerbaijani defence ministry said.", ("Azerbaijan", "Qazax", "Gazakh", 2), id="azerbaijan-4"),
    pytest.param("2024-12-01", "Riot police dispersed protesters outside parliament in Tbilisi overnight, detaining dozens.", ("Georgia", "Tbilisi", "Tbilisi", 1), id="georgia-1"),
    pytest.param("2024-04-18", "Russian border guards detained two villagers near Khurvaleti, in Georgia's Gori municipality, on Thursday.", ("Georgia", "Shida Kartli", "Khurvaleti", 2), id="georgia-2"),
    pytest.param("2023-09-24", "Serb gunmen attacked Kosovo police near Banjska, a village near Zvecan, on Sunday, killing an officer.", ("Kosovo", "Mitrovica", "Banjska", 2), id="kosovo-1"),
    pytest.param("2025-03-15", "Protesters clashed with police in Novi Sad, Serbia's second city, on Saturday.", ("Serbia", "Vojvodina", "Novi Sad", 1), id="serbia-1"),
    pytest.param("2024-02-10", "Al-Shabaab fighters attacked a military base in Dhusamareb, the capital of Galgaduud region, on Saturday.", ("Somalia", "Galgaduud", "Dhuusamarreeb", 1), id="somalia-14"),
    pytest.param("2024-07-01", "Clan militias clashed in Galkayo, in Mudug region, on Monday, killing seven people.", ("Somalia", "Mudug", "Gaalkacyo", 1), id="somalia-15"),
    pytest.param("2024-05-23", "MOGADISHU - Government troops and al-Shabaab fought near Bardhere, in the Gedo region, on Thursday.", ("Somalia", "Gedo", "Baardheere", 2), id="somalia-16"),
    pytest.param("2023-08-26", "Fighting between SSC-Khatumo forces and Somaliland troops erupted outside Las Anod on Saturday.", ("Somalia", "Sool", "Laascaanood", 2), id="somalia-17"),
    pytest.param("2024-06-03", "Suspected al-Shabaab militants attacked a police post in Garissa county on Monday, killing two officers.", ("Kenya", "Garissa", "Garissa", 2), id="kenya-7"),
    pytest.param("2024-03-09", "Bandits killed five police reservists in Kapedo, on the border of Baringo and Turkana, on Saturday.", ("Kenya", "Turkana", "Kapedo", 1), id="kenya-8"),
    pytest.param("2023-06-17", "ADF rebels attacked a secondary school in Mpondwe, near the border with Congo, killing 42 people.", ("Uganda", "Western", "Mpondwe", 1), id="uganda-1"),
    pytest.param("2024-02-14", "Cattle raiders shot dead three herders in Kotido district, in the Karamoja region, on Wednesday.", ("Uganda", "Northern", "Kotido", 2), id="uganda-2"),
    pytest.param("2024-05-05", "Gunmen threw grenades into a bar in Bubanza, west of the capital, on Sunday, wounding 20.", ("Burundi", "Bubanza", "Bubanza", 1), id="burundi-5"),
    pytest.param("2024-09-06", "MEKELLE - Gunmen killed two aid workers near Humera, in western Tigray, on Friday.", ("Ethiopia", "Tigrai", "Humera", 2), id="ethiopia-7"),
    pytest.param("2024-04-15", "Clashes broke out in Korem, in Tigray's Southern zone, on Monday, residents said.", ("Ethiopia", "Tigrai", "Korem", 1), id="ethiopia-8"),
    pytest.param("2024-02-05", "Drone strike kills four in Ataq\n\nA drone struck a car on Monday, killing four members of a separatist force, local officials said.", ("Yemen", "Shabwah", "Ataq", 1), id="yemen-10"),
    pytest.param("2024-08-12", "Clashes erupted between separatist forces and militants in Mudiyah, in Abyan province, on Monday.", ("Yemen", "Abyan", "Mudiyah", 1), id="yemen-11"),
    pytest.param("2024-06-28", "Houthi shelling killed two children in Haradh, near the Saudi border, on Friday.", ("Yemen", "Hajjah", "Harad", 1), id="yemen-12"),
    pytest.param("2024-03-08", "Armed men abducted 120 pupils from a school on Thursday morning, police said. The school is in Kuriga, a town in the Chikun area of Kaduna state.", ("Nigeria", "Kaduna", "Kuriga", 1), id="nigeria-4", marks=pytest.mark.xfail(strict=True, reason="the gazetteer lacks Kuriga: a near spelling in the next district is read")),
    pytest.param("2024-03-01", "A blast ripped through a mosque during Friday prayers, killing at least five worshippers. The mosque lies in Nahrin district of Baghlan province, a Taliban spokesman said.", ("Afghanistan", "Baghlan", "Nahrin", 2), id="afghanistan-16"),
    pytest.param("2024-07-14", "Gunmen killed two Taliban fighters in Ghazni's Andar district on Sunday, a local official said.", ("Afghanistan", "Ghazni", "Andar", 2), id="afghanistan-17"),
    pytest.param("2024-01-08", "Ukrainian drones struck Engels, home to a strategic bomber base, on Monday, the regional governor said.", ("Russia", "Saratovskaya oblast", "Engels", 1), id="russia-4"),
    pytest.param("2024-04-03", "Al-Shabaab fighters shelled Hudur, in Bakool region, on Wednesday, killing two soldiers, and attacked Wajid hours later.", ("Somalia", "Bakool", "Hudur", 1), id="somalia-18"),
    pytest.param("2024-10-12", "Police fired tear gas at opposition supporters in Kampala on Saturday. Later, soldiers beat protesters in Mbale, in eastern Uganda.", ("Uganda", "Central", "Kampala", 1), id="uganda-3"),
    pytest.param("2025-03-07", "Gunmen loyal to the former government attacked security forces in Jableh, south of Latakia, killing 16.", ("Syria", "Lattakia", "Jablah", 1), id="syria-5"),
    pytest.param("2024-09-01", "RSF fighters shelled Ed Damazin, the capital of Blue Nile state, on Sunday.", ("Sudan", "Blue Nile", "Ad-Damazin", 1), id="sudan-8"),
    pytest.param("2024-05-30", "Gunmen attacked a police station in Orlu, Imo State, on Thursday, killing two officers.", ("Nigeria", "Imo", "Orlu", 1), id="nigeria-3"),
    pytest.param("2024-07-26", "Tuareg rebels and the army clashed near Tinzaouaten, then in Ber, near Timbuktu, on Friday.", ("Mali", "Kidal", "Tinzaouaten", 2), id="mali-2"),
    pytest.param("2024-06-23", "Gunmen attacked a synagogue and a church in Derbent, in Dagestan, on Sunday, killing a priest.", ("Russia", "Dagestan, Respublika", "Derbent", 1), id="russia-3"),
    pytest.param("2022-09-16", "Kyrgyz and Tajik border guards exchanged fire near Batken on Friday, killing 24.", ("Kyrgyzstan", "Batken", "Batken", 2), id="kyrgyzstan-1"),
    pytest.param("2024-09-18", "Israeli forces raided homes near Tubas on Wednesday, killing a young man, the health ministry said.", ("Palestine", "West Bank", "Tubas", 2), id="westbank-5"),
    pytest.param("2024-06-20", "Insurgents torched a health centre in Nangade district on Thursday. Residents said the fighters later moved towards Mueda.", ("Mozambique", "Cabo Delgado", "Nangade", 2), id="mozambique-15"),
    pytest.param("2024-08-04", "Suspected separatists killed a traditional ruler in Mundemba, in Ndian division, on Sunday.", ("Cameroon", "South-West", "Mundemba", 1), id="cameroon-18"),
    pytest.param("2024-05-02", "Gunmen attacked a checkpoint at the entrance to Ubari on Thursday, killing two soldiers.", ("Libya", "Wadi al Hayat", "Ubari", 1), id="libya-16"),
    pytest.param("2024-02-03", "US strikes hit targets in Al-Qaim, near the Syrian border in Anbar, on Friday night.", ("Iraq", "Anbar", "Al Qaim", 1), id="iraq-7"),
    pytest.param("2024-06-15", "A bomb went off near a market in Samarra on Saturday, wounding five. Security forces sealed off the area.", ("Iraq", "Sala al-Din", "Samarra", 1), id="iraq-8"),
    pytest.param("2024-09-02", "Islamic State claimed a suicide bombing in Kabul's Qala-e-Bakhtiar area on Monday that killed six people.", ("Afghanistan", "Kabul", "Kabul", 2), id="afghanistan-18"),
    pytest.param("2024-11-22", "Gunmen opened fire on a convoy of passenger vehicles in Kurram's Bagan area, killing 42 people.", ("Pakistan", "Khyber Pakhtunkhwa", "Baggan", 2), id="pakistan-22"),
    pytest.param("2024-10-07", "Separatists attacked a coal mine in Duki and a bus near Kalat on Friday, killing 21 miners.", ("Pakistan", "Balochistan", "Duki", 1), id="pakistan-23"),
    pytest.param("2024-06-09", "Militants fired on a bus carrying pilgrims in Reasi district, killing nine, before it plunged into a gorge.", ("India", "Jammu and Kashmir", "Reasi", 2), id="kashmir-5"),
    pytest.param("2024-02-18", "Soldiers clashed with Dawlah Islamiyah fighters in Munai, Lanao del Norte, on Sunday, killing six.", ("Philippines", "Northern Mindanao", "Munai", 1), id="philippines-15"),
    pytest.param("2024-04-11", "FARC dissidents detonated a motorcycle bomb outside a police station in Jamundi, south of Cali, on Thursday.", ("Colombia", "Valle del Cauca", "Jamundi", 1), id="colombia-17"),
    pytest.param("2024-08-05", "Colectivos shot at protesters in Barquisimeto, the capital of Lara state, on Monday.", ("Venezuela", "Lara", "Barquisimeto", 1), id="venezuela-10"),
    pytest.param("2024-06-26", "Soldiers were ambushed near Llochegua, in the Ayacucho region, on Wednesday, the army said.", ("Peru", "Ayacucho", "Llochegua", 2), id="peru-3"),
    pytest.param("2024-05-14", "Police beat protesters outside parliament on Rustaveli Avenue in the Georgian capital on Tuesday.", ("Georgia", "Tbilisi", "Tbilisi", 1), id="georgia-3"),
    pytest.param("2023-11-29", "An explosive device damaged a water canal near Zubin Potok on Wednesday, Kosovo police said.", ("Kosovo", "Mitrovica", "Zubin Potok", 2), id="kosovo-2"),
    pytest.param("2024-12-11", "Jubaland forces and federal troops clashed in Ras Kamboni, near the Kenyan border, killing several soldiers.", ("Somalia", "Lower Juba", "Raas Kamboni", 1), id="somalia-19"),
    pytest.param("2024-03-15", "Al-Shabaab fighters stormed the SYL hotel near the presidential palace in Mogadishu on Thursday night.", ("Somalia", "Banadir", "Mogadishu", 1), id="somalia-20"),
    pytest.param("2024-06-25", "Police shot dead protesters outside parliament in Nairobi on Tuesday, and demonstrators burned a county office in Eldoret.", ("Kenya", "Nairobi City", "Nairobi", 1), id="kenya-9"),
    pytest.param("2024-01-06", "Suspected al-Shabaab fighters killed five people in Lamu's Mararani area on Saturday.", ("Kenya", "Lamu", "Mararani", 2), id="kenya-10"),
    pytest.param("2024-04-20", "Karamojong warriors raided cattle near Moroto, killing two herders, police said on Saturday.", ("Uganda", "Northern", "Moroto", 2), id="uganda-4"),
    pytest.param("2024-02-24", "MAKAMBA - Gunmen threw a grenade at a bus station in Rumonge on Friday, killing one person.", ("Burundi", "Rumonge", "Rumonge", 1), id="burundi-6"),
    pytest.param("2024-08-19", "Clashes between Tigrayan forces and Amhara militia killed seven in Zata district, near Korem, on Monday.", ("Ethiopia", "Amara", "Zata", 2), id="ethiopia-9", marks=pytest.mark.xfail(strict=True, reason="the gazetteer lacks Zata district: the event falls back to the town it is near")),
    pytest.param("2024-07-21", "Israeli jets struck the port of Hodeidah on Saturday, killing six people.", ("Yemen", "Al Hudaydah", "Al Hudaydah", 1), id="yemen-13"),
    pytest.param("2024-05-01", "Houthi snipers shot dead a child in Taiz's Al-Mudhaffar district on Wednesday.", ("Yemen", "Taizz", "Taiz", 1), id="yemen-14"),
    pytest.param("2024-02-13", "Two Armenian soldiers were killed in Nerkin Hand, in Syunik province, when Azerbaijani troops opened fire.", ("Armenia", "Syunik", "Nerkin Hand", 1), id="armenia-6"),
    pytest.param("2024-02-25", "Militants attacked a church in Essakane village, in the Oudalan province, during Sunday mass, killing 15 worshippers.", ("Burkina Faso", "Sahel", "Essakane", 1), id="burkina-22", marks=pytest.mark.xfail(strict=True, reason="the gazetteer lacks Burkina Faso's Essakane: the event falls back to the province")),
    pytest.param("2024-07-01", "Jihadists killed 40 villagers at a wedding in Djiguibombo, in the Bandiagara area, on Monday.", ("Mali", "Mopti", "Djiguibombo", 1), id="mali-3", marks=pytest.mark.xfail(strict=True, reason="the gazetteer lacks Djiguibombo: the event falls back to the area named")),
    pytest.param("2024-06-29", "Female suicide bombers struck a wedding, a funeral and a hospital in Gwoza, Borno state, on Saturday.", ("Nigeria", "Borno", "Gwoza", 1), id="nigeria-5"),
    pytest.param("2024-12-10", "Gunmen killed 39 villagers in Libiri and Kokorou, in the Tera department, the defence ministry said.", ("Niger", "Tillaberi", "Libiri", 1), id="niger-4"),
    pytest.param("2024-06-12", "ADF rebels killed 40 people in Masala, a village in Beni territory, on Tuesday night.", ("Democratic Republic of Congo", "Nord-Kivu", "Masali", 1), id="drc-2"),
]


@pytest.mark.parametrize(("published", "text", "place"), REPORTS)
def test_the_report_is_placed_where_it_happened(pipeline, published, text, place):
    assert_placed(pipeline, published, text, place)
