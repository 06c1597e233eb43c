"""Short reports from conflicts and wordings the stop-23 to stop-27 probes did not cover:
Amhara's North Wollo and Awi, Oromia's North Shewa and East Wollega, central Tigray; El
Fasher's camps, West Darfur, West Kordofan, Gezira and White Nile; Lakes and Central and
Western Equatoria; Port-au-Prince's communes and the Artibonite; Guanajuato, Guerrero,
Zacatecas and Chiapas; Cotopaxi, Guayas and Los Rios; Tillaberi's departments; Chad's south
and north; the Central African Republic's far east and northeast; Rakhine, Sagaing and Kayin;
the south, the Bekaa and Mount Lebanon; Tulkarm, Ramallah and Tubas; Daraa, Sweida, Idlib
and the Euphrates; Zaporizhzhia, the Kherson left bank and Donetsk; Kursk and Belgorod border
villages; Manipur's districts; Dhaka and Rajshahi; Highland and West Papua; Kermanshah and
Iraq's Kurdistan Region; Ituri, Middle Shabelle, central Mali, Plateau, Benue and Lamu.
Each is placed where it happened: country, province, location as the gazetteer spells it,
and ACLED's precision code. The wording varies: "X, some 30 km from Y", "in the X area of
Y", "at a checkpoint outside X", "X's Y zone", "on the outskirts of Y", "along the border
with X", a place told only in the next sentence, two towns in one sentence with one attack
each, a town as the object of the attack verb that spaCy tags a person or an organisation
("Israeli jets struck Hermel", "Russian forces shelled Huliaipole"), a capital's possessive
that names a side ("Moscow's forces bombed X"), "on the left bank of the Dnipro" (a river,
not the city), "X, in Iraq's Kurdistan Region" (a named region that spans provinces), and
"X department" (the town read for its unit, precision 2).
Two probes fail for gaps in the gazetteer (a town missing beside its district): they are
marked and must pass once fixed (stop 29 filled the other four: Pont-Sonde, Bogura, El
Geneina's fort, Boulkessi's province).
Sentences written here; places checked against public maps."""

from __future__ import annotations

import pytest

from tests.geo.helpers import assert_placed

pytestmark = pytest.mark.slow

REPORTS = [
    pytest.param("2024-04-12", "Fano militiamen attacked an army camp in Kobo, in Amhara's North Wollo zone, on Friday, residents said.", ("Ethiopia", "Amara", "Kobo", 1), id="ethiopia-1"),
    pytest.param("2024-09-02", "Clashes between Fano fighters and federal troops killed 12 people in Dangila, some 80 km southwest of Bahir Dar.", ("Ethiopia", "Amara", "Dangila", 1), id="ethiopia-2"),
    pytest.param("2024-06-20", "Gunmen abducted 30 bus passengers near Gebre Guracha, in the North Shewa zone of Oromia, on Thursday.", ("Ethiopia", "Oromia", "Gebre Guracha", 2), id="ethiopia-3"),
    pytest.param("2024-02-11", "Oromo Liberation Army fighters killed seven militiamen in Nekemte, the capital of East Wollega zone.", ("Ethiopia", "Oromia", "Nekemte", 1), id="ethiopia-4"),
    pytest.param("2025-03-10", "ADDIS ABABA - Rival Tigrayan factions clashed in Adwa, in the Central zone of Tigray, on Monday.", ("Ethiopia", "Tigrai", "Adwa", 1), id="ethiopia-5"),
    pytest.param("2024-12-08", "Paramilitary shelling killed 11 people in the Abu Shouk camp, on the northern edge of El Fasher, on Sunday.", ("Sudan", "North Darfur", "Abu Shouk camp", 1), id="sudan-1"),
    pytest.param("2024-06-14", "Fighting broke out in El Geneina, the capital of West Darfur, on Thursday, killing 15 people.", ("Sudan", "West Darfur", "Al-Junaynah", 1), id="sudan-2"),
    pytest.param("2025-01-20", "The Sudanese army said it recaptured Rufaa, some 150 km southeast of Khartoum, on Monday.", ("Sudan", "Gezira", "Rufaa", 1), id="sudan-3"),
    pytest.param("2025-02-15", "RSF drones struck a power station in Kosti, in White Nile state, on Saturday.", ("Sudan", "White Nile", "Kosti", 1), id="sudan-4"),
    pytest.param("2024-10-30", "RSF fighters stormed Al Khuwei, a town in West Kordofan, killing dozens of residents.", ("Sudan", "West Kordofan", "Khuwayy", 1), id="sudan-5"),
    pytest.param("2024-05-07", "Cattle raiders killed 14 herders in Rumbek East county, Lakes state, on Tuesday.", ("South Sudan", "Lakes", "Rumbek East", 2), id="south-sudan-1"),
    pytest.param("2024-08-09", "JUBA - Soldiers and SPLA-IO fighters clashed in Kajo-Keji county on Friday, killing six.", ("South Sudan", "Central Equatoria", "Kajo Keji", 2), id="south-sudan-2"),
    pytest.param("2024-03-17", "Armed youths attacked Yambio, the capital of Western Equatoria state, on Sunday, killing three.", ("South Sudan", "Western Equatoria", "Yambio", 1), id="south-sudan-3"),
    pytest.param("2024-03-04", "Gang members set fire to homes in Carrefour, on the southwestern outskirts of Port-au-Prince, on Monday.", ("Haiti", "Ouest", "Carrefour", 1), id="haiti-1"),
    pytest.param("2024-05-25", "PORT-AU-PRINCE - Gunmen attacked a police station in Croix-des-Bouquets on Saturday, killing two officers.", ("Haiti", "Ouest", "Croix-des-Bouquets", 1), id="haiti-2"),
    pytest.param("2024-10-03", "Gang members killed 70 people in Pont-Sonde, in the Artibonite department, the UN said.", ("Haiti", "Artibonite", "Pont-Sonde", 1), id="haiti-3"),
    pytest.param("2024-12-12", "Gangs attacked Saint-Marc, some 100 km north of the capital, on Thursday, residents said.", ("Haiti", "Artibonite", "Saint-Marc", 1), id="haiti-4"),
    pytest.param("2024-06-02", "Gunmen killed 12 people at a party in Salvatierra, Guanajuato state, on Sunday.", ("Mexico", "Guanajuato", "Salvatierra", 1), id="mexico-1"),
    pytest.param("2024-10-08", "Cartel gunmen ambushed police in Coyuca de Benitez, in the Mexican state of Guerrero, killing 13 officers.", ("Mexico", "Guerrero", "Coyuca de Benitez", 1), id="mexico-2"),
    pytest.param("2024-09-13", "Gunmen shot dead seven people at a bar in Fresnillo, Zacatecas, on Friday.", ("Mexico", "Zacatecas", "Fresnillo", 1), id="mexico-3"),
    pytest.param("2024-07-23", "Armed men burned homes in Chicomuselo, near the border with Guatemala, on Tuesday.", ("Mexico", "Chiapas", "Chicomuselo", 1), id="mexico-4"),
    pytest.param("2024-11-12", "A car bomb exploded outside a prison in Latacunga, Cotopaxi province, on Tuesday.", ("Ecuador", "Cotopaxi", "Latacunga", 1), id="ecuador-1"),
    pytest.param("2024-04-18", "QUITO - Gunmen killed a town mayor in Duran, across the river from Guayaquil, on Thursday.", ("Ecuador", "Guayas", "Eloy Alfaro", 1), id="ecuador-2"),
    pytest.param("2024-08-31", "Gunmen opened fire at a bar in Quevedo, Los Rios, on Saturday, killing five people.", ("Ecuador", "Los Rios", "Quevedo", 1), id="ecuador-3"),
    pytest.param("2024-03-24", "Suspected jihadists killed nine villagers in Filingue department, Tillaberi region, on Sunday.", ("Niger", "Tillaberi", "Filingue", 2), id="niger-1"),
    pytest.param("2024-07-16", "NIAMEY - Soldiers were killed in an ambush near Ouallam, some 100 km north of the capital, on Tuesday.", ("Niger", "Tillaberi", "Ouallam", 2), id="niger-2"),
    pytest.param("2024-12-13", "Militants killed 10 civilians in Makalondi, along the border with Burkina Faso, on Friday.", ("Niger", "Tillaberi", "Makalondi", 1), id="niger-3"),
    pytest.param("2024-05-18", "Gunmen killed six people in Sarh, the capital of Moyen-Chari province, on Saturday.", ("Chad", "Moyen-Chari", "Sarh", 1), id="chad-1"),
    pytest.param("2024-01-22", "NDJAMENA - Soldiers and rebels clashed near Faya-Largeau, in the north of the country, on Monday.", ("Chad", "Borkou", "Faya-Largeau", 2), id="chad-2"),
    pytest.param("2024-07-03", "Rebels attacked a UN peacekeeping base in Zemio, Haut-Mbomou prefecture, on Wednesday.", ("Central African Republic", "Haut-Mbomou", "Zemio", 1), id="car-1"),
    pytest.param("2024-02-27", "BANGUI - Russian paramilitaries and rebels clashed near Birao on Tuesday, killing 10 fighters.", ("Central African Republic", "Vakaga", "Birao", 2), id="car-2"),
    pytest.param("2024-12-09", "The Arakan Army captured Maungdaw, on the border with Bangladesh, on Sunday.", ("Myanmar", "Rakhine", "Maungdaw", 1), id="myanmar-1"),
    pytest.param("2024-04-02", "Junta air strikes hit a village in Kyauktaw township, Rakhine state, killing eight people.", ("Myanmar", "Rakhine", "Kyauktaw", 2), id="myanmar-2"),
    pytest.param("2024-08-27", "Resistance forces attacked a junta camp in Kawlin, in northern Sagaing region, on Tuesday.", ("Myanmar", "Sagaing", "Kawlin", 1), id="myanmar-3"),
    pytest.param("2024-04-12", "Karen fighters overran an army outpost near Myawaddy, on the Thai border, on Friday.", ("Myanmar", "Kayin", "Myawaddy", 2), id="myanmar-4"),
    pytest.param("2024-10-02", "An Israeli strike hit a house in Aitaroun, near the border, killing three people.", ("Lebanon", "Nabatiye", "Aitaroun", 1), id="lebanon-1"),
    pytest.param("2024-09-27", "Israeli jets struck Hermel, in the northern Bekaa valley, on Friday, killing two.", ("Lebanon", "Baalbek-Hermel", "El Hermel", 1), id="lebanon-2"),
    pytest.param("2024-10-15", "Israeli strikes hit Sohmor, in the western Bekaa, killing four people.", ("Lebanon", "Beqaa", "Sohmor", 1), id="lebanon-3"),
    pytest.param("2024-04-21", "Israeli forces raided the Nur Shams camp, outside Tulkarm, killing 14 Palestinians.", ("Palestine", "West Bank", "Nur Shams camp", 1), id="westbank-1"),
    pytest.param("2024-06-12", "Settlers set fire to cars in Turmus Ayya, near Ramallah, on Wednesday.", ("Palestine", "West Bank", "Turmusayya", 1), id="westbank-2"),
    pytest.param("2024-08-29", "RAMALLAH - Israeli troops killed two gunmen in Tammun, south of Tubas, on Thursday.", ("Palestine", "West Bank", "Tammun", 1), id="westbank-3"),
    pytest.param("2024-05-22", "Gunmen killed a security officer in Jasim, in the western Daraa countryside, on Wednesday.", ("Syria", "Dar'a", "Jasim", 1), id="syria-1"),
    pytest.param("2024-08-25", "Protesters stormed a government building in Sweida city on Sunday.", ("Syria", "As-Sweida", "As-Suwayda", 1), id="syria-2"),
    pytest.param("2023-10-10", "Moscow's warplanes bombed Sarmin, east of Idlib city, on Tuesday, killing three.", ("Syria", "Idleb", "Sarmin", 1), id="syria-3"),
    pytest.param("2024-11-17", "Russian forces shelled Huliaipole on Sunday, wounding two residents, the regional governor said.", ("Ukraine", "Zaporizhia", "Hulyaypole", 1), id="ukraine-1"),
    pytest.param("2024-06-19", "Russian troops on the left bank of the Dnipro shelled Antonivka, a suburb of Kherson, killing a woman.", ("Ukraine", "Kherson", "Antonivka", 1), id="ukraine-2"),
    pytest.param("2024-01-15", "Ukrainian marines repelled Russian assaults near Krynky, on the left bank of the Dnipro, the army said.", ("Ukraine", "Kherson", "Krynky", 2), id="ukraine-3"),
    pytest.param("2024-03-22", "A Russian missile hit Vilniansk, some 30 km from Zaporizhzhia, killing two people.", ("Ukraine", "Zaporizhia", "Vilnyansk", 1), id="ukraine-4"),
    pytest.param("2024-05-10", "Moscow's forces bombed Kramatorsk on Friday, killing three civilians.", ("Ukraine", "Donetsk", "Kramatorsk", 1), id="ukraine-5"),
    pytest.param("2024-07-05", "A Ukrainian drone hit a car in Tetkino, a village on the Kursk border, wounding two.", ("Russia", "Kurskaya oblast", "Tetkino", 1), id="russia-1"),
    pytest.param("2024-03-14", "Ukrainian shelling damaged homes in the Krasnaya Yaruga district of the Belgorod region on Thursday.", ("Russia", "Belgorodskaya oblast", "Krasnaya Yaruga", 2), id="russia-2"),
    pytest.param("2024-09-07", "Gunmen opened fire on villagers in Bishnupur district of Manipur on Saturday, killing two.", ("India", "Manipur", "Bishnupur", 2), id="manipur-1"),
    pytest.param("2024-06-11", "IMPHAL - Militants attacked a police post in Kangpokpi district on Tuesday.", ("India", "Manipur", "Kangpokpi", 2), id="manipur-2"),
    pytest.param("2023-05-06", "Mobs torched houses in Moirang, some 45 km south of Imphal, on Saturday.", ("India", "Manipur", "Moirang", 1), id="manipur-3"),
    pytest.param("2024-08-05", "Clashes between rival political groups killed three people in Narayanganj, on the outskirts of Dhaka.", ("Bangladesh", "Dhaka", "Narayanganj", 1), id="bangladesh-1"),
    pytest.param("2024-07-19", "Police fired on protesters in Bogura, in northern Bangladesh, killing four.", ("Bangladesh", "Rajshahi", "Bogra", 1), id="bangladesh-2"),
    pytest.param("2024-10-16", "Rebels shot dead a motorcycle taxi driver in Yahukimo regency, Highland Papua, on Wednesday.", ("Indonesia", "Papua Pengunungan", "Kabupaten Yahukimo", 2), id="papua-1"),
    pytest.param("2024-09-03", "JAYAPURA - Gunmen killed two construction workers in Teluk Bintuni regency, West Papua, on Tuesday.", ("Indonesia", "Papua Barat", "Kabupaten Teluk Bintuni", 2), id="papua-2"),
    pytest.param("2024-07-16", "KERMANSHAH, Iran - Gunmen killed two Revolutionary Guards members in an ambush in the Kurdistan region on Tuesday, state media said.", ("Iran", "Kordestan", "Kordestan", 3), id="iran-1"),
    pytest.param("2024-06-26", "Iranian drones struck a camp of Kurdish exiles near Penjwen, in Iraq's Kurdistan Region, on Wednesday.", ("Iraq", "Sulaymaniyah", "Baynjiwayn", 2), id="iraq-1"),
    pytest.param("2024-08-14", "Turkish jets bombed villages near Sidakan, in Iraq's Kurdistan region, killing two shepherds.", ("Iraq", "Erbil", "Sidakan", 2), id="iraq-2"),
    pytest.param("2024-06-05", "Militiamen killed 12 people in Komanda, some 75 km southwest of Bunia, on Wednesday.", ("Democratic Republic of Congo", "Ituri", "Komanda", 1), id="drc-1"),
    pytest.param("2024-04-09", "Al-Shabaab fighters overran an army base in Adan Yabaal, Middle Shabelle, on Tuesday.", ("Somalia", "Middle Shabelle", "Adan Yabaal", 1), id="somalia-1", marks=pytest.mark.xfail(strict=True, reason="the gazetteer holds Adan Yabaal's district only, not the town")),
    pytest.param("2024-05-20", "Jihadists attacked an army camp in Boulkessi, near the border with Burkina Faso, killing 12 soldiers.", ("Mali", "Mopti", "Boulkessi", 1), id="mali-1"),
    pytest.param("2024-01-24", "Gunmen killed 17 people in Riyom local government area of Plateau state on Tuesday.", ("Nigeria", "Plateau", "Riyom", 2), id="nigeria-1"),
    pytest.param("2024-04-30", "Gunmen killed three farmers in Kwande and abducted five others in Logo on Monday, police in Benue State said.", ("Nigeria", "Benue", "Kwande", 2), id="nigeria-2"),
    pytest.param("2024-02-06", "Militants ambushed a police convoy on Monday, killing four officers. The attack happened near Kiunga, in Lamu county.", ("Kenya", "Lamu", "Kiunga", 2), id="kenya-1"),
    pytest.param("2024-10-04", "Israeli warplanes struck Nabatieh on Friday, killing four people, the health ministry said.", ("Lebanon", "Nabatiye", "Nabatiye et Tahta", 1), id="lebanon-4"),
    pytest.param("2024-11-10", "An Israeli strike hit Aalmat, in the Jbeil district north of Beirut, killing 23 people.", ("Lebanon", "Mount Lebanon", "Aalmat", 1), id="lebanon-5"),
    pytest.param("2024-09-20", "RSF drones hit Nyala airport on Friday, the army said, killing three soldiers.", ("Sudan", "South Darfur", "Nyala", 1), id="sudan-6"),
    pytest.param("2024-11-03", "Clashes erupted in Omdurman, on the west bank of the Nile, on Sunday, killing 12 civilians.", ("Sudan", "Khartoum", "Omdurman", 1), id="sudan-7"),
    pytest.param("2024-03-11", "SDF fighters clashed with tribal gunmen in Dhiban, on the east bank of the Euphrates, killing six.", ("Syria", "Deir-ez-Zor", "Dhiban", 1), id="syria-4"),
    pytest.param("2024-04-30", "Fano fighters briefly seized Debre Birhan, in Ethiopia's Amhara region, on Tuesday, residents said.", ("Ethiopia", "Amara", "Debre Birhan", 1), id="ethiopia-6"),
    pytest.param("2024-02-17", "Russian troops overran Avdiivka after months of fighting, the Russian defence ministry said.", ("Ukraine", "Donetsk", "Avdiyivka", 1), id="ukraine-6"),
    pytest.param("2024-01-08", "The Arakan Army seized Paletwa, in Myanmar's Chin state, on Monday.", ("Myanmar", "Chin", "Paletwa", 1), id="myanmar-5"),
]


@pytest.mark.parametrize(("published", "text", "place"), REPORTS)
def test_the_report_is_placed_where_it_happened(pipeline, published, text, place):
    assert_placed(pipeline, published, text, place)
