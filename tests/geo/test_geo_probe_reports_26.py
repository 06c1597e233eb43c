"""Short reports from conflicts the stop-23 to stop-25 probes did not cover, or covered
with other wording: Amhara, Oromia and Tigray; Cameroon's North West, South West and Far
North; Niger's Tillaberi and Diffa; Chad's south and east; Jonglei and Upper Nile; the
Central African Republic; Rakhine, Sagaing, Shan and Naypyitaw; Manipur; Jenin, Nablus
and Balata; south Lebanon; Sistan-Baluchestan and Kerman; Syunik and Ganja; Lamu and
Mandera; Manabi and Guayas; Sao Paulo and Bahia; Cortes; Narathiwat and Pattani;
Indonesian Papua; Bujumbura; Togo's Savanes and Benin's Atacora; Darfur, Kordofan and
Gezira; North Kivu; Burkina Faso's Sahel and Boucle du Mouhoun; Haiti's Centre. Each is
placed where it happened: country, province, location as the gazetteer spells it, and
ACLED's precision code. The wording varies: a town as the direct object of a verb of
taking or striking ("stormed Bara", "shelled El Fasher", "overran Mirebalais", tagged a
person or an organisation), a dateline in capitals that reads like an acronym ("BENI,
Congo (AP) -"), a town named like a common word ("near Sake"), a seat town known by another
spelling than its district ("Bara": the town Barah), a town named only in the next
sentence ("The town, X, lies in Y"), a town at a distance on a rough bearing ("Ye-U, 40 km
north of Shwebo", to its northwest), and "about 60 km north of X" (the point moved, named
after X, precision 2).
Two probes fail for reasons outside these rules (gaps in the gazetteer, a seat town that
holds a named site): they are marked and must pass once fixed ("Togo's Savanes region", a
province owned by its country, passes since stop 28). Sentences written here; places
checked against public maps."""

from __future__ import annotations

import pytest

from tests.geo.helpers import assert_placed

pytestmark = pytest.mark.slow

REPORTS = [
    pytest.param("2024-05-14", "Fano fighters stormed Gondar overnight, freeing inmates from the city's prison, residents said.", ("Ethiopia", "Amara", "Gonder", 1), id="ethiopia-12"),
    pytest.param("2024-10-02", "ADDIS ABABA - Government troops killed at least 12 civilians in Merawi, a town about 30 km south of Bahir Dar, witnesses told reporters.", ("Ethiopia", "Amara", "Merawi", 1), id="ethiopia-13"),
    pytest.param("2023-11-20", "Gunmen abducted 20 bus passengers on the road between Gimbi and Nekemte in western Oromia on Monday.", ("Ethiopia", "Oromia", "Gimbi", 2), id="ethiopia-14"),
    pytest.param("2021-07-05", "Tigrayan forces recaptured Shire on Sunday, a spokesman for the rebels said. The town lies in northwestern Tigray.", ("Ethiopia", "Tigrai", "Shire", 1), id="ethiopia-15"),
    pytest.param("2024-09-08", "Clashes between the army and the Oromo Liberation Army killed nine people in Dembi Dolo in Oromia's Kellem Wollega zone.", ("Ethiopia", "Oromia", "Dembi Dolo", 1), id="ethiopia-16"),
    pytest.param("2022-11-30", "Eritrean soldiers looted homes in Alamata, a town in southern Tigray, residents said on Wednesday.", ("Ethiopia", "Tigrai", "Alamata", 1), id="ethiopia-17"),
    pytest.param("2024-07-22", "Separatists kidnapped a mayor in Nkambe, a town in the Donga-Mantung division of the North West region.", ("Cameroon", "North-West", "Nkambe", 1), id="cameroon-10"),
    pytest.param("2024-01-25", "MAROUA, Cameroon - Boko Haram fighters killed four civilians in Mora on Thursday, local officials said.", ("Cameroon", "Far North", "Mora", 1), id="cameroon-11"),
    pytest.param("2024-08-30", "Jihadists raided a village about 15 km from Kousseri near the Chadian border, stealing cattle.", ("Cameroon", "Far North", "Kousseri", 2), id="cameroon-12"),
    pytest.param("2024-04-02", "Soldiers torched homes in Kumba, in the South West region, after separatists killed a gendarme there.", ("Cameroon", "South-West", "Kumba", 1), id="cameroon-13"),
    pytest.param("2024-06-25", "Militants attacked an army post in Ayorou, on the Niger river near the Malian border, killing six soldiers.", ("Niger", "Tillaberi", "Ayorou", 1), id="niger-6"),
    pytest.param("2024-03-18", "DIFFA, Niger - Boko Haram fighters attacked Bosso overnight, burning shops, residents said.", ("Niger", "Diffa", "Bosso", 1), id="niger-7"),
    pytest.param("2024-11-09", "Gunmen killed eight villagers in Tera department, in western Niger, on Saturday.", ("Niger", "Tillaberi", "Tera", 2), id="niger-8"),
    pytest.param("2024-02-11", "Suspected Boko Haram militants killed three herders near Maine-Soroa in the Diffa region.", ("Niger", "Diffa", "Maine Soroa", 2), id="niger-9"),
    pytest.param("2023-08-15", "NIAMEY - At least 17 soldiers were killed when jihadists ambushed a convoy between Boni and Torodi, the army said.", ("Niger", "Tillaberi", "Torodi", 2), id="niger-10"),
    pytest.param("2024-04-18", "Gunmen killed six farmers in Moundou, the main city of Logone Occidental province, on Thursday.", ("Chad", "Logone-Occidental", "Moundou", 1), id="chad-5"),
    pytest.param("2024-09-05", "Security forces fired on demonstrators in Abeche, in eastern Chad, killing two.", ("Chad", "Ouaddai", "Abeche", 1), id="chad-6"),
    pytest.param("2024-01-30", "Clashes between herders and farmers in the village of Beboto, in Logone Oriental, killed 10 people.", ("Chad", "Logone-Oriental", "Beboto", 1), id="chad-7"),
    pytest.param("2024-03-27", "Armed youths raided cattle camps near Bor, the capital of Jonglei state, killing 14 people.", ("South Sudan", "Jonglei", "Bor", 2), id="south-sudan-9"),
    pytest.param("2024-05-21", "Fighting broke out inside the UN protection site in Malakal on Tuesday, killing three displaced people.", ("South Sudan", "Upper Nile", "Malakal", 1), id="south-sudan-10"),
    pytest.param("2024-07-11", "Gunmen ambushed a truck on the road from Pibor to Bor, killing four traders.", ("South Sudan", "Jonglei", "Pibor", 2), id="south-sudan-11"),
    pytest.param("2024-10-06", "SPLA-IO fighters and government troops clashed in the Ulang county of Upper Nile state on Sunday.", ("South Sudan", "Upper Nile", "Ulang", 2), id="south-sudan-12"),
    pytest.param("2024-02-08", "Rebels attacked Kaga-Bandoro, in the Nana-Grebizi prefecture, killing three peacekeepers.", ("Central African Republic", "Nana-Grebizi", "Kaga-Bandoro", 1), id="car-6"),
    pytest.param("2024-06-14", "BANGUI - Wagner fighters and soldiers killed 10 civilians in Bria, the capital of Haute-Kotto, a local official said.", ("Central African Republic", "Haute-Kotto", "Bria", 1), id="car-7"),
    pytest.param("2024-09-19", "Armed men attacked the town of Paoua, near the borders with Chad and Cameroon, killing a teacher.", ("Central African Republic", "Lim-Pende", "Paoua", 1), id="car-8"),
    pytest.param("2024-02-20", "The Arakan Army seized Mrauk-U, an ancient capital in Rakhine State, after days of fighting.", ("Myanmar", "Rakhine", "Mrauk U", 1), id="myanmar-16"),
    pytest.param("2024-11-27", "Soldiers killed 11 villagers in Ye-U, a town 40 km north of Shwebo, on Saturday.", ("Myanmar", "Sagaing", "Ye-u", 1), id="myanmar-17"),
    pytest.param("2024-04-06", "Resistance drones hit the airport in Naypyitaw on Thursday, the junta said.", ("Myanmar", "Nay Pyi Taw", "Nay Pyi Taw", 1), id="myanmar-18"),
    pytest.param("2024-12-20", "The Arakan Army captured the western command headquarters in Ann, Rakhine State, on Friday.", ("Myanmar", "Rakhine", "Ann", 1), id="myanmar-19"),
    pytest.param("2024-01-11", "Junta troops withdrew from Laukkai, the capital of the Kokang region, after the MNDAA overran it.", ("Myanmar", "Shan", "Laukkai", 1), id="myanmar-20"),
    pytest.param("2024-09-01", "Suspected militants fired on Koutruk village in Imphal West district, dropping bombs from drones, police said.", ("India", "Manipur", "Imphal West", 2), id="manipur-4"),
    pytest.param("2023-07-01", "Gunmen torched houses in Moreh, a border town in Tengnoupal district, on Saturday.", ("India", "Manipur", "Moreh", 1), id="manipur-5"),
    pytest.param("2024-08-28", "Israeli troops stormed Jenin and Tubas at dawn on Wednesday, killing seven Palestinians, the health ministry said.", ("Palestine", "West Bank", "Janin", 1), id="westbank-4"),
    pytest.param("2024-01-17", "RAMALLAH - An Israeli airstrike hit a car in the Balata refugee camp near Nablus, killing four men.", ("Palestine", "West Bank", "Balata camp", 1), id="westbank-5"),
    pytest.param("2024-11-02", "Settlers torched cars in the village of Qusra, south of Nablus, on Saturday.", ("Palestine", "West Bank", "Qusrah", 1), id="westbank-6"),
    pytest.param("2024-10-15", "An Israeli strike on a house in Bint Jbeil killed three paramedics on Tuesday, the health ministry said.", ("Lebanon", "Nabatiye", "Bent Jbail", 1), id="lebanon-8"),
    pytest.param("2024-09-23", "Israeli jets bombed the outskirts of Tyre on Monday.", ("Lebanon", "South", "Tyre", 2), id="lebanon-9"),
    pytest.param("2024-11-05", "Israeli drones struck a motorcycle on the road between Marjayoun and Khiam, killing a man.", ("Lebanon", "Nabatiye", "Marjayoun", 2), id="lebanon-10"),
    pytest.param("2024-04-04", "Jaish al-Adl militants attacked Revolutionary Guards bases in Chabahar and Rask, in Sistan-Baluchestan province, killing 11.", ("Iran", "Sistan and Baluchestan", "Chabahar", 1), id="iran-1", marks=pytest.mark.xfail(strict=True, reason="a town holding a named site ('bases in X') stays its district's row, precision 2")),
    pytest.param("2022-09-30", "Security forces opened fire on protesters in Zahedan, the capital of Sistan-Baluchestan, killing dozens.", ("Iran", "Sistan and Baluchestan", "Zahedan", 1), id="iran-2"),
    pytest.param("2024-10-26", "TEHRAN - Gunmen ambushed a police convoy in Taftan county on Saturday, killing 10 officers, state media reported.", ("Iran", "Sistan and Baluchestan", "Taftan", 2), id="iran-3", marks=pytest.mark.xfail(strict=True, reason="the gazetteer lacks Iran's Taftan county: the event falls back to the dateline")),
    pytest.param("2024-01-03", "Two bombs exploded near the tomb of Qassem Soleimani in Kerman, killing nearly 100 people.", ("Iran", "Kerman", "Kerman", 1), id="iran-4"),
    pytest.param("2022-09-14", "Azerbaijani shelling hit Goris, a town in southern Armenia, damaging houses.", ("Armenia", "Syunik", "Goris", 1), id="armenia-5"),
    pytest.param("2020-10-11", "Armenian missiles struck apartment blocks in Ganja, Azerbaijan's second city, killing nine people.", ("Azerbaijan", "Gəncə", "Ganja", 1), id="azerbaijan-3"),
    pytest.param("2024-01-06", "Al-Shabaab fighters attacked a village near Mpeketoni, in Lamu county, burning houses and killing five.", ("Kenya", "Lamu", "Mpeketoni", 2), id="kenya-7"),
    pytest.param("2024-09-17", "An improvised explosive device hit a police vehicle on the road from Mandera to Lafey, killing three officers.", ("Kenya", "Mandera", "Mandera", 2), id="kenya-8"),
    pytest.param("2024-08-03", "Gunmen shot dead a mayoral candidate in Manta, in Manabi province, on Saturday.", ("Ecuador", "Manabi", "Manta", 1), id="ecuador-6"),
    pytest.param("2024-03-24", "The army killed two suspected gang members in clashes in Duran, across the river from Guayaquil.", ("Ecuador", "Guayas", "Eloy Alfaro", 1), id="ecuador-7"),
    pytest.param("2024-07-30", "Police killed 16 people during an operation in Guaruja, on the coast of Sao Paulo state, officials said.", ("Brazil", "Sao Paulo", "Guaruja", 1), id="brazil-4"),
    pytest.param("2024-10-04", "Gunmen killed four people in a bar in Salvador, the capital of Bahia, on Friday.", ("Brazil", "Bahia", "Salvador", 1), id="brazil-5"),
    pytest.param("2024-05-20", "Gang members killed six people at a football pitch in Choloma on Sunday, police said.", ("Honduras", "Cortes", "Choloma", 1), id="honduras-4"),
    pytest.param("2024-07-14", "Insurgents shot dead two rangers in Sungai Kolok, a border town in Narathiwat, on Sunday.", ("Thailand", "Narathiwat", "Su-ngai Kolok", 1), id="thailand-6"),
    pytest.param("2024-12-04", "PATTANI, Thailand - A bomb exploded at a checkpoint in Saiburi district overnight, wounding three soldiers.", ("Thailand", "Pattani", "Amphoe Sai Buri", 2), id="thailand-7"),
    pytest.param("2024-03-15", "Rebels shot dead a soldier in Sinak, Puncak regency, on Friday, the military said.", ("Indonesia", "Papua Tengah", "Kabupaten Puncak", 2), id="papua-5"),
    pytest.param("2024-08-11", "West Papua rebels killed a New Zealand helicopter pilot in Alama, Mimika regency, on Monday.", ("Indonesia", "Papua Tengah", "Kabupaten Mimika", 2), id="papua-6"),
    pytest.param("2024-05-10", "Grenades exploded in Bujumbura on Friday evening, wounding 38 people, police said.", ("Burundi", "Bujumbura Mairie", "Bujumbura", 1), id="burundi-4"),
    pytest.param("2024-07-20", "Jihadists attacked an army post in Kpinkankandi, in Togo's Savanes region, killing 12 soldiers.", ("Togo", "Savanes", "Savanes", 3), id="togo-1"),
    pytest.param("2024-04-19", "Gunmen killed seven soldiers near Tanguieta, in Benin's Atacora department, on Friday.", ("Benin", "Atacora", "Tanguieta", 2), id="benin-4"),
    pytest.param("2024-05-10", "The RSF shelled El Fasher on Friday, killing 15 civilians, a medical charity said.", ("Sudan", "North Darfur", "El Fasher", 1), id="sudan-16"),
    pytest.param("2025-07-14", "RSF fighters stormed Bara on Sunday and killed dozens of villagers, local activists said.", ("Sudan", "North Kordofan", "Barah", 1), id="sudan-17"),
    pytest.param("2024-12-28", "The army recaptured Wad Madani on Saturday after a year of RSF control, residents said.", ("Sudan", "Gezira", "Wad Medani", 1), id="sudan-18"),
    pytest.param("2024-05-08", "BENI, Congo (AP) - ADF rebels killed 11 people in a night raid on a village, local officials said.", ("Democratic Republic of Congo", "Nord-Kivu", "Beni", 1), id="drc-14"),
    pytest.param("2024-02-07", "M23 rebels shelled positions near Sake on Wednesday, killing two soldiers.", ("Democratic Republic of Congo", "Nord-Kivu", "Sake", 2), id="drc-15"),
    pytest.param("2024-06-12", "Gunmen attacked a village about 60 km north of Beni on Tuesday, killing 40 people.", ("Democratic Republic of Congo", "Nord-Kivu", "Beni", 2), id="drc-16"),
    pytest.param("2024-09-18", "Jihadists killed 30 people at a weekly market on Sunday, residents said. The town, Solenzo, lies in Burkina Faso's Boucle du Mouhoun region.", ("Burkina Faso", "Boucle du Mouhoun", "Solenzo", 1), id="burkina-11"),
    pytest.param("2024-05-26", "Burkina Faso's army said jihadists besieged Djibo for hours on Sunday, killing dozens of soldiers and civilians.", ("Burkina Faso", "Sahel", "Djibo", 1), id="burkina-12"),
    pytest.param("2024-10-01", "Haitian police said gangs overran Mirebalais on Monday, freeing inmates from the prison.", ("Haiti", "Centre", "Mirebalais", 1), id="haiti-8"),
]


@pytest.mark.parametrize(("published", "text", "place"), REPORTS)
def test_the_report_is_placed_where_it_happened(pipeline, published, text, place):
    assert_placed(pipeline, published, text, place)
