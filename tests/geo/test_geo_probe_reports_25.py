"""Short reports from conflicts and wordings the stop-23 and stop-24 probes did not cover
(central Mali, Burkina Faso's Sahel and Est, Cabo Delgado, Cauca and Catatumbo, Sinaloa
and Michoacan, Mindanao, Afghanistan, Khyber Pakhtunkhwa and Balochistan, Libya, Darfur,
Kordofan and Gezira, Ituri and North Kivu, Haiti, Donetsk, Zaporizhzhia and Kherson,
Belgorod and Kursk, Iraqi Kurdistan, Marib, Taiz and the Red Sea coast, Zamfara, Katsina
and Benue, Idlib and Deir ez-Zor, Somalia), each placed where it happened: country,
province, location as the gazetteer spells it, and ACLED's precision code. The wording
varies: "the road from X to Y" (near the first town), "between X and Y", a town some
distance from another, a camp for displaced people west of a city, a province that is a
second-level unit ("the Tapoa province" of Burkina Faso), a region the gazetteer lacks
("the Catatumbo region"), a cercle, a commune, a municipality, an oblast, a name written
with its article ("al-Bukamal"), a crossing with a neighbour, datelines of another city,
and a government's sources speaking from the capital about a village the gazetteer
lacks (the country, not the capital's province). Sentences written here; places checked
against public maps."""

from __future__ import annotations

import pytest

from tests.geo.helpers import assert_placed

pytestmark = pytest.mark.slow

REPORTS = [
    pytest.param("2024-07-01", "Jihadists attacked Djenne, a town in the Mopti region, on Sunday, killing four civilians, local officials said.", ("Mali", "Mopti", "Djenne", 1), id="mali-7"),
    pytest.param("2024-09-17", "BAMAKO - Gunmen killed 12 people in the commune of Bandiagara on Tuesday, a local official said.", ("Mali", "Mopti", "Bandiagara", 1), id="mali-8"),
    pytest.param("2024-02-10", "Soldiers and Russian fighters killed 15 herders near Niono, in the Niono cercle of the Segou region, residents said.", ("Mali", "Segou", "Niono", 2), id="mali-9"),
    pytest.param("2024-05-25", "Militants ambushed a supply convoy on the road from Dori to Sebba on Saturday, killing 11 soldiers.", ("Burkina Faso", "Sahel", "Dori", 2), id="burkina-6"),
    pytest.param("2024-11-04", "OUAGADOUGOU - Jihadists attacked Fada N'Gourma, the main town of the Est region, overnight, security sources said.", ("Burkina Faso", "Est", "Fada Ngourma", 1), id="burkina-7"),
    pytest.param("2024-08-11", "Gunmen killed nine civilian volunteers in Gorom-Gorom, 50 km north of Dori, on Sunday.", ("Burkina Faso", "Sahel", "Gorom-Gorom", 1), id="burkina-8"),
    pytest.param("2024-03-14", "An attack on a military post near Diapaga, in the Tapoa province, killed 16 soldiers on Thursday.", ("Burkina Faso", "Est", "Diapaga", 2), id="burkina-9"),
    pytest.param("2024-06-11", "Jihadists overran an army base in Mansila on Tuesday, killing over 100 soldiers, security sources in Ouagadougou said.", ("Burkina Faso", "", "Burkina Faso", 3), id="burkina-10"),
    pytest.param("2024-06-05", "Islamic State fighters attacked Quissanga, a coastal town in Cabo Delgado province, burning the district offices, residents said.", ("Mozambique", "Cabo Delgado", "Quissanga", 1), id="mozambique-5"),
    pytest.param("2024-10-20", "Insurgents beheaded three farmers near Ancuabe, about 100 km west of Pemba, the police said.", ("Mozambique", "Cabo Delgado", "Ancuabe", 2), id="mozambique-6"),
    pytest.param("2024-02-16", "Fighters attacked a Rwandan army position on the road from Mueda to Mocimboa da Praia on Friday.", ("Mozambique", "Cabo Delgado", "Mueda", 2), id="mozambique-7"),
    pytest.param("2024-04-20", "Dissident fighters attacked the police station in Suarez, a municipality in Cauca department, with drones on Saturday.", ("Colombia", "Cauca", "Suarez", 1), id="colombia-6"),
    pytest.param("2025-01-18", "BOGOTA - Clashes between the ELN and FARC dissidents in the Catatumbo region of Norte de Santander left 80 people dead, the government said.", ("Colombia", "Norte de Santander", "Norte de Santander", 3), id="colombia-7"),
    pytest.param("2025-01-20", "Armed men burned homes in Teorama, in the Catatumbo region, on Monday.", ("Colombia", "Norte de Santander", "Teorama", 1), id="colombia-8"),
    pytest.param("2024-07-08", "A motorcycle bomb exploded near a military base in Toribio, northern Cauca, injuring three soldiers.", ("Colombia", "Cauca", "Toribio", 1), id="colombia-9"),
    pytest.param("2024-10-21", "Soldiers clashed with gunmen in Navolato, a town west of Culiacan in Sinaloa state, leaving five dead.", ("Mexico", "Sinaloa", "Navolato", 1), id="mexico-8"),
    pytest.param("2024-12-02", "Cartel drones dropped explosives on homes in Apatzingan, Michoacan, on Monday, residents said.", ("Mexico", "Michoacan", "Apatzingan", 1), id="mexico-9"),
    pytest.param("2024-11-10", "MEXICO CITY - Gunmen attacked a bar in Queretaro on Saturday, killing 10, state prosecutors said.", ("Mexico", "Queretaro", "Santiago de Queretaro", 1), id="mexico-10"),
    pytest.param("2024-06-19", "Gunmen ambushed police officers on the highway between Uruapan and Paracho on Wednesday, killing two.", ("Mexico", "Michoacan", "Uruapan", 2), id="mexico-11"),
    pytest.param("2024-11-01", "Gunmen attacked a police convoy in Tepalcatepec, a municipality on the border between Michoacan and Jalisco.", ("Mexico", "Michoacan", "Tepalcatepec", 1), id="mexico-12"),
    pytest.param("2024-03-06", "Soldiers killed four Abu Sayyaf militants in a clash in Patikul, Sulu, on Tuesday.", ("Philippines", "Autonomous Region in Muslim Mindanao", "Patikul", 1), id="philippines-6"),
    pytest.param("2024-08-25", "A grenade exploded outside a mosque in Cotabato City on Sunday, injuring three people, police said.", ("Philippines", "Autonomous Region in Muslim Mindanao", "Cotabato", 1), id="philippines-7"),
    pytest.param("2024-05-12", "Communist rebels ambushed an army patrol in Lianga, a town in Surigao del Sur, on Sunday.", ("Philippines", "Caraga", "Lianga", 1), id="philippines-8"),
    pytest.param("2024-05-17", "Gunmen killed three foreign tourists and an Afghan guide in Bamiyan on Friday, the Taliban said in Kabul.", ("Afghanistan", "Bamyan", "Bamyan", 1), id="afghanistan-5"),
    pytest.param("2024-09-12", "Islamic State claimed an attack on a minibus in Daykundi province that killed 14 Hazaras.", ("Afghanistan", "Daykundi", "Daykundi", 3), id="afghanistan-7"),
    pytest.param("2024-03-26", "Militants fired rockets at a police post near Besham, in Shangla district, on Monday, wounding two officers.", ("Pakistan", "Khyber Pakhtunkhwa", "Besham Qala", 2), id="pakistan-8"),
    pytest.param("2024-08-26", "Separatists attacked a paramilitary camp in Bela, a town in the Lasbela district of Balochistan, on Monday.", ("Pakistan", "Balochistan", "Bela", 1), id="pakistan-9"),
    pytest.param("2024-11-05", "PESHAWAR - Militants attacked a police checkpoint in Lakki Marwat district on Tuesday, killing two officers.", ("Pakistan", "Khyber Pakhtunkhwa", "Lakki Marwat District", 2), id="pakistan-10"),
    pytest.param("2025-03-11", "Separatist fighters attacked a passenger train near Sibi in Balochistan on Tuesday, taking hundreds of hostages.", ("Pakistan", "Balochistan", "Sibi", 2), id="pakistan-11"),
    pytest.param("2024-07-14", "Clashes broke out between armed groups in Tajoura, east of Tripoli, on Saturday, killing two.", ("Libya", "Tripoli", "Tajura", 1), id="libya-6"),
    pytest.param("2024-09-05", "Armed men stormed a checkpoint near Gharyan, 80 km south of Tripoli, on Thursday.", ("Libya", "Al Jabal al Gharbi", "Gharyan", 2), id="libya-8"),
    pytest.param("2024-07-23", "The army said it had repelled an RSF attack on Babanusa, a town in West Kordofan, on Tuesday.", ("Sudan", "West Kordofan", "Babanusah", 1), id="sudan-12"),
    pytest.param("2024-06-03", "Drones struck Kadugli, the capital of South Kordofan, on Monday, killing six people.", ("Sudan", "South Kordofan", "Kadugli", 1), id="sudan-13"),
    pytest.param("2024-12-08", "PORT SUDAN - RSF shelling hit a market in Al Managil, a town in Gezira state, a local committee said.", ("Sudan", "Gezira", "Al Manaqil", 1), id="sudan-14"),
    pytest.param("2024-04-10", "RSF fighters stormed Mellit, a town 60 km north of El Fasher, looting the market.", ("Sudan", "North Darfur", "Mellit", 1), id="sudan-15"),
    pytest.param("2024-08-14", "CODECO militiamen killed 12 people in Fataki, a town in Djugu territory of Ituri province, on Wednesday.", ("Democratic Republic of Congo", "Ituri", "Fataki", 1), id="drc-9"),
    pytest.param("2024-02-23", "M23 rebels and the army exchanged fire in the hills between Sake and Minova on Friday.", ("Democratic Republic of Congo", "Nord-Kivu", "Sake", 2), id="drc-11"),
    pytest.param("2024-11-03", "KINSHASA - Rebels seized Kanyabayonga, a town on the road from Goma to Butembo, the army said.", ("Democratic Republic of Congo", "Nord-Kivu", "Kanyobagonga", 1), id="drc-12"),
    pytest.param("2024-02-17", "A bomb hit the Mugunga camp for displaced people west of Goma on Saturday, killing five people.", ("Democratic Republic of Congo", "Nord-Kivu", "Mugunga", 2), id="drc-13"),
    pytest.param("2024-12-04", "Gangs attacked Arcahaie, a coastal town north of the capital, on Wednesday, killing five people.", ("Haiti", "Ouest", "Arcahaie", 1), id="haiti-5"),
    pytest.param("2024-08-02", "Gang members burned homes in Gressier, a commune south of Port-au-Prince, police said.", ("Haiti", "Ouest", "Gressier", 1), id="haiti-7"),
    pytest.param("2024-08-20", "Russian forces shelled Pokrovsk, a logistics hub in the Donetsk region, killing two people.", ("Ukraine", "Donetsk", "Pokrovsk", 1), id="ukraine-13"),
    pytest.param("2024-06-22", "Russian drones attacked Beryslav, a town on the Dnipro river in the Kherson region, on Saturday.", ("Ukraine", "Kherson", "Beryslav", 1), id="ukraine-15"),
    pytest.param("2024-09-09", "Shelling killed a woman in Orikhiv, a town in Zaporizhzhia oblast, on Monday.", ("Ukraine", "Zaporizhia", "Orikhiv", 1), id="ukraine-16"),
    pytest.param("2024-08-12", "Ukrainian troops captured Sudzha, a town in Russia's Kursk region, on Monday, Kyiv said.", ("Russia", "Kurskaya oblast", "Sudzha", 1), id="russia-8"),
    pytest.param("2024-05-20", "A Ukrainian drone hit a car in the Graivoron district of Belgorod oblast, wounding two people.", ("Russia", "Belgorodskaya oblast", "Grayvoron", 2), id="russia-9"),
    pytest.param("2024-08-25", "MOSCOW - A drone hit the nuclear power plant in Kurchatov, the plant's operator said.", ("Russia", "Kurskaya oblast", "Kurchatov", 1), id="russia-10"),
    pytest.param("2024-07-15", "A Turkish drone struck a car near Sulaymaniyah on Monday, killing two PKK fighters.", ("Iraq", "Sulaymaniyah", "Sulaymaniyah", 2), id="iraq-1"),
    pytest.param("2024-03-17", "Turkish artillery shelled villages near Amadiya, in Duhok province, on Sunday.", ("Iraq", "Dahuk", "Al Amadiyah", 2), id="iraq-2"),
    pytest.param("2024-03-13", "Iranian missiles hit a house in Erbil, the capital of Iraq's Kurdistan region, killing four civilians.", ("Iraq", "Erbil", "Erbil", 1), id="iraq-3"),
    pytest.param("2024-05-14", "Houthi shelling killed two civilians in Mokha, a port on the Red Sea coast west of Taiz.", ("Yemen", "Taizz", "Mocha", 1), id="yemen-7"),
    pytest.param("2024-01-12", "ADEN - A drone struck a military camp in Dhale province, killing three soldiers, officials said.", ("Yemen", "Ad Dali", "Ad Dali", 3), id="yemen-8"),
    pytest.param("2024-06-04", "Bandits killed 30 villagers in Faskari local government area of Katsina State, police said.", ("Nigeria", "Katsina", "Faskari", 2), id="nigeria-14"),
    pytest.param("2024-02-20", "Gunmen killed eight people in Makurdi, the Benue state capital, on Monday.", ("Nigeria", "Benue", "Makurdi", 1), id="nigeria-16"),
    pytest.param("2024-10-15", "Russian jets struck a market in Jisr al-Shughur, west of Idlib city, killing nine civilians.", ("Syria", "Idleb", "Jisr ash Shughur", 1), id="syria-1"),
    pytest.param("2024-11-20", "A drone strike hit a car in al-Bukamal, near the Iraqi border, killing three militiamen.", ("Syria", "Deir-ez-Zor", "Albu Kamal", 1), id="syria-4"),
    pytest.param("2024-04-25", "Gunmen killed four soldiers on the road from Deir ez-Zor to Palmyra on Thursday.", ("Syria", "Deir-ez-Zor", "Deir ez-Zor", 2), id="syria-6"),
    pytest.param("2024-09-04", "GAROWE - A roadside bomb killed three soldiers near Bosaso in Puntland's Bari region on Wednesday.", ("Somalia", "Bari", "Bosaso", 2), id="somalia-12"),
    pytest.param("2024-10-30", "Federal troops and Jubaland forces clashed in Beled Hawo, a border town in the Gedo region, on Sunday.", ("Somalia", "Gedo", "Beled Hawo", 1), id="somalia-13"),
    pytest.param("2024-05-07", "Israeli tanks pushed into Rafah on Tuesday and seized the crossing with Egypt, Palestinian officials said.", ("Palestine", "Gaza Strip", "Rafah", 1), id="gaza-2"),
    pytest.param("2024-02-19", "Al-Shabaab militants attacked a police post in Elwak, a town in Mandera county near the Somali border, on Monday.", ("Kenya", "Mandera", "El Wak", 1), id="kenya-6"),
]


@pytest.mark.parametrize(("published", "text", "place"), REPORTS)
def test_the_report_is_placed_where_it_happened(pipeline, published, text, place):
    assert_placed(pipeline, published, text, place)
