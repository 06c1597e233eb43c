"""Short reports from conflicts the stop-23 probes did not cover (Cameroon, the Central
African Republic, South Sudan, Chad, Burundi, Ethiopia, the Kenya-Somalia border, Lebanon,
Israel, Gaza and the West Bank, Armenia and Azerbaijan, Manipur and Chhattisgarh, Bangladesh,
southern Thailand, Papua, Sagaing and Shan, Ecuador, Rio, Honduras, Venezuela, the Niger-Benin
border, Russia's border oblasts), each placed where it happened: country, province, location
as the gazetteer spells them, and ACLED's precision code. The wording varies as wire copy
does: a village in a district of a state, a town some distance from another, roads, camps,
bases, a river, a county, a prefecture, an oblast, a regency, datelines of another city, a
government or police speaking from a city that is not the place. A village the gazetteer
lacks falls back to the unit the text puts it in (Kani township, Sagaing: the region).
Sentences written here; places checked against public maps."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article

pytestmark = pytest.mark.slow

REPORTS = [
    pytest.param("2024-03-11", "Separatist fighters set fire to a school in Kumbo, in Cameroon's North West region, on Monday, residents said.", ("Cameroon", "North-West", "Kumbo", 1), id="cameroon-2"),
    pytest.param("2024-05-16", "BUEA, Cameroon - Soldiers killed four suspected Ambazonia fighters in Muyuka, a town in the South West region, the army said on Thursday.", ("Cameroon", "South-West", "Muyuka", 1), id="cameroon-3"),
    pytest.param("2024-02-05", "Boko Haram militants raided Mozogo, a village in the Mayo-Tsanaga department of Cameroon's Far North region, killing three people.", ("Cameroon", "Far North", "Mozogo", 1), id="cameroon-4"),
    pytest.param("2024-09-14", "Suicide bombers struck a market in Kolofata near the Nigerian border on Saturday, killing seven people.", ("Cameroon", "Far North", "Kolofata", 1), id="cameroon-5"),
    pytest.param("2024-10-04", "Ambazonian separatists ambushed troops in Ndop, a town 40 km east of Bamenda, on Friday.", ("Cameroon", "North-West", "Ndop", 1), id="cameroon-6"),
    pytest.param("2024-06-12", "BANGUI - Rebels of the 3R group attacked the town of Bocaranga in the northwest, killing six civilians, the UN mission said.", ("Central African Republic", "Ouham-Pende", "Bocaranga", 1), id="car-2"),
    pytest.param("2024-04-23", "Russian-backed troops clashed with UPC fighters near Bambari, the capital of Ouaka prefecture, on Tuesday.", ("Central African Republic", "Ouaka", "Bambari", 2), id="car-3"),
    pytest.param("2024-11-08", "Fighting broke out in Ndele, the capital of Bamingui-Bangoran prefecture, on Friday, killing four fighters.", ("Central African Republic", "Bamingui-Bangoran", "Ndele", 1), id="car-5"),
    pytest.param("2024-03-02", "Cattle raiders killed 30 people in Duk county, Jonglei state, on Saturday, a local official said.", ("South Sudan", "Jonglei", "Duk", 2), id="south-sudan-3"),
    pytest.param("2024-06-19", "JUBA - Government troops and SPLA-IO fighters clashed in Yei, in Central Equatoria state, on Wednesday.", ("South Sudan", "Central Equatoria", "Yei", 1), id="south-sudan-4"),
    pytest.param("2024-08-12", "Gunmen ambushed a convoy on the Juba-Nimule road on Monday, killing two drivers.", ("South Sudan", "Central Equatoria", "Juba", 2), id="south-sudan-5"),
    pytest.param("2024-01-17", "Youths attacked an aid compound in Bentiu, the capital of Unity state, and looted food stores.", ("South Sudan", "Unity", "Bentiu", 1), id="south-sudan-6"),
    pytest.param("2024-05-06", "Fighting erupted along the Sobat river in Upper Nile state on Monday, local officials said.", ("South Sudan", "Upper Nile", "Upper Nile", 3), id="south-sudan-7"),
    pytest.param("2024-10-28", "N'DJAMENA - Boko Haram fighters attacked an army base on an island in Lake Chad near Ngouboua, killing 17 soldiers.", ("Chad", "Lac", "NGouboua", 2), id="chad-1"),
    pytest.param("2024-05-15", "Clashes between herders and farmers in the Mandoul province of southern Chad left 12 dead, the government said.", ("Chad", "Mandoul", "Mandoul", 3), id="chad-2"),
    pytest.param("2024-02-18", "Rebels attacked an army position near Zouar in Tibesti province on Sunday.", ("Chad", "Tibesti", "Zouar", 2), id="chad-3"),
    pytest.param("2024-08-10", "Gunmen killed five people in a bar in Gatumba, a town near the border with Congo in Bujumbura Rural province, police said.", ("Burundi", "Bujumbura Rural", "Gatumba", 1), id="burundi-1"),
    pytest.param("2024-04-20", "Ruling party youths attacked opposition supporters in Kirundo province on Saturday, injuring five.", ("Burundi", "Kirundo", "Kirundo", 3), id="burundi-2"),
    pytest.param("2024-04-09", "Fano fighters seized the town of Debre Tabor, in Amhara's South Gondar zone, for several hours on Tuesday.", ("Ethiopia", "Amara", "Debre Tabor", 1), id="ethiopia-6"),
    pytest.param("2024-03-24", "Gunmen killed 15 civilians in the Horo Guduru Wollega zone of Oromia on Sunday, residents said.", ("Ethiopia", "Oromia", "Oromia", 3), id="ethiopia-7"),
    pytest.param("2021-06-15", "MEKELLE - Eritrean troops looted shops in Adigrat, a town in northern Tigray near the border, witnesses said.", ("Ethiopia", "Tigrai", "Adigrat", 1), id="ethiopia-8"),
    pytest.param("2024-01-29", "Police fired tear gas at protesters in Ambo, 120 km west of Addis Ababa, on Monday.", ("Ethiopia", "Oromia", "Hagere Hiywet", 1), id="ethiopia-9"),
    pytest.param("2024-06-03", "A roadside bomb hit a Kenyan army vehicle near Kolbio in Somalia's Lower Juba region on Monday.", ("Somalia", "Lower Juba", "Kolbiyow", 2), id="somalia-7"),
    pytest.param("2024-07-09", "GARISSA, Kenya - Militants attacked a bus in Dadaab, killing three passengers, police said.", ("Kenya", "Garissa", "Dadaab", 1), id="kenya-3"),
    pytest.param("2024-03-13", "Somali forces recaptured Dhobley, a border town in Lower Juba, from al-Shabaab on Wednesday.", ("Somalia", "Lower Juba", "Dhobley", 1), id="somalia-8"),
    pytest.param("2024-08-22", "An Israeli drone strike hit a car in Nabatieh in southern Lebanon on Thursday, killing two men.", ("Lebanon", "Nabatiye", "Nabatiye et Tahta", 1), id="lebanon-1"),
    pytest.param("2024-10-24", "BEIRUT - Israeli jets struck buildings in the Bekaa Valley town of Baalbek, killing 12 people, the health ministry said.", ("Lebanon", "Baalbek-Hermel", "Baalbek", 1), id="lebanon-2"),
    pytest.param("2024-06-11", "Hezbollah fired rockets at Kiryat Shmona in northern Israel on Tuesday, damaging several homes.", ("Israel", "Ash Shamali", "Qiryat Shmona", 1), id="israel-1"),
    pytest.param("2024-09-29", "Israeli shelling hit the outskirts of Khiam, a village near the border, on Sunday.", ("Lebanon", "Nabatiye", "Khiam", 2), id="lebanon-3"),
    pytest.param("2024-07-03", "Israeli forces raided the Jenin refugee camp in the northern West Bank on Wednesday, killing three Palestinians.", ("Palestine", "West Bank", "Jenin camp", 1), id="westbank-1"),
    pytest.param("2024-09-10", "An airstrike hit a tent camp in Mawasi, west of Khan Younis, killing 19 people, Gaza's civil defence said.", ("Palestine", "Gaza Strip", "Al-Mawasi", 2), id="gaza-1"),
    pytest.param("2023-02-27", "Settlers set fire to cars and homes in Huwara, south of Nablus, on Sunday night.", ("Palestine", "West Bank", "Huwara", 1), id="westbank-2"),
    pytest.param("2024-05-20", "JERUSALEM - A Palestinian gunman opened fire at a bus stop in Beersheba, killing one woman, police said.", ("Israel", "Al Janubi", "Beersheba", 1), id="israel-2"),
    pytest.param("2024-07-15", "Hezbollah drones hit a military base near Nahariya on Monday, the army said.", ("Israel", "Ash Shamali", "Nahariyya", 2), id="israel-3"),
    pytest.param("2022-09-13", "Azerbaijani forces shelled positions near Jermuk in Armenia's Vayots Dzor province on Tuesday, Yerevan said.", ("Armenia", "Vayoc Jor", "Jermuk", 2), id="armenia-1"),
    pytest.param("2023-05-12", "BAKU - Azerbaijan's defence ministry said Armenian troops fired on its positions in the Kalbajar district overnight.", ("Azerbaijan", "Kəlbəcər", "Kalbajar", 2), id="azerbaijan-1"),
    pytest.param("2023-04-11", "Two Armenian soldiers were killed in a border shootout near Sotk in Gegharkunik province.", ("Armenia", "Gegarkunik", "Sotk", 2), id="armenia-2"),
    pytest.param("2024-11-16", "Armed men torched houses in Jiribam district of Manipur on Saturday, police said.", ("India", "Manipur", "Jiribam", 2), id="manipur-1"),
    pytest.param("2024-09-02", "IMPHAL - Gunmen killed two villagers in Churachandpur, a hill town in southern Manipur, on Monday.", ("India", "Manipur", "Churachandpur", 1), id="manipur-2"),
    pytest.param("2023-04-26", "Maoist rebels killed ten police commandos with a roadside bomb in Dantewada district of Chhattisgarh on Wednesday.", ("India", "Chhattisgarh", "Dakshin Bastar Dantewada", 2), id="chhattisgarh-1"),
    pytest.param("2024-04-17", "Security forces killed 29 Maoists in a gunfight in the forests of Kanker district, Chhattisgarh, police said.", ("India", "Chhattisgarh", "Uttar Bastar Kanker", 2), id="chhattisgarh-2"),
    pytest.param("2024-07-16", "DHAKA - Students clashed with police near the university campus in Rangpur on Tuesday, and one protester was killed.", ("Bangladesh", "Rangpur", "Rangpur", 1), id="bangladesh-2"),
    pytest.param("2024-09-20", "Armed men fired on a village in Rangamati hill district, killing two people, officials said.", ("Bangladesh", "Chattogram", "Rangamati", 2), id="bangladesh-3"),
    pytest.param("2024-03-10", "Insurgents detonated a bomb near a tea shop in Yala town on Sunday, wounding five people.", ("Thailand", "Yala", "Yala", 1), id="thailand-1"),
    pytest.param("2024-05-30", "Gunmen shot dead a village headman in the Rueso district of Narathiwat province, police said.", ("Thailand", "Narathiwat", "Amphoe Rueso", 2), id="thailand-2"),
    pytest.param("2024-06-14", "A roadside bomb hit a ranger patrol in Pattani's Nong Chik district on Friday.", ("Thailand", "Pattani", "Amphoe Nong Chik", 2), id="thailand-3"),
    pytest.param("2024-05-21", "Separatist rebels shot dead a motorbike taxi driver in Intan Jaya regency, Central Papua, on Tuesday.", ("Indonesia", "Papua Tengah", "Kabupaten Intan Jaya", 2), id="papua-1"),
    pytest.param("2023-02-08", "JAYAPURA - Rebels of the West Papua National Liberation Army set fire to a plane at the airstrip in Paro, Nduga regency, police said.", ("Indonesia", "Papua Pengunungan", "Kabupaten Nduga", 2), id="papua-2"),
    pytest.param("2024-06-08", "Soldiers and rebels exchanged fire near Timika, a mining town in Papua, on Saturday.", ("Indonesia", "Papua Tengah", "Timika", 2), id="papua-3"),
    pytest.param("2024-02-14", "Junta troops burned houses in Kani township of Sagaing region, residents told local media.", ("Myanmar", "Sagaing", "Sagaing", 3), id="myanmar-9"),
    pytest.param("2024-08-07", "The Ta'ang National Liberation Army captured Kyaukme, a town on the Mandalay-Lashio road in northern Shan State.", ("Myanmar", "Shan", "Kyaukme", 1), id="myanmar-10"),
    pytest.param("2024-10-10", "An airstrike hit a camp for displaced people near Monywa on Thursday, killing seven, a resistance group said.", ("Myanmar", "Sagaing", "Monywa", 2), id="myanmar-11"),
    pytest.param("2024-04-13", "QUITO - Gunmen killed nine people at a pool hall in Guayaquil, the interior ministry said.", ("Ecuador", "Guayas", "Guayaquil", 1), id="ecuador-1"),
    pytest.param("2024-11-12", "Inmates rioted in a prison in Machala, in El Oro province, on Tuesday, leaving six dead.", ("Ecuador", "El Oro", "Machala", 1), id="ecuador-2"),
    pytest.param("2024-01-14", "A car bomb exploded near a police station in Esmeraldas, in northwestern Ecuador, on Sunday.", ("Ecuador", "Esmeraldas", "Esmeraldas", 1), id="ecuador-3"),
    pytest.param("2024-10-22", "Police killed 10 suspects in a raid on the Mare favela complex in Rio de Janeiro on Tuesday.", ("Brazil", "Rio de Janeiro", "Rio de Janeiro", 1), id="brazil-1"),
    pytest.param("2024-03-23", "Militia members shot dead a community leader in Nova Iguacu, in Rio de Janeiro state, on Saturday.", ("Brazil", "Rio de Janeiro", "Nova Iguacu", 1), id="brazil-2"),
    pytest.param("2023-06-21", "TEGUCIGALPA - Gang members killed 46 inmates in a riot at a women's prison in Tamara, outside the capital.", ("Honduras", "Francisco Morazan", "Tamara", 1), id="honduras-1"),
    pytest.param("2024-02-16", "Gunmen shot dead four people in San Pedro Sula, in the Cortes department, on Friday.", ("Honduras", "Cortes", "San Pedro Sula", 1), id="honduras-2"),
    pytest.param("2024-07-29", "Security forces fired tear gas at protesters in Maracaibo, in Zulia state, on Monday.", ("Venezuela", "Zulia", "Maracaibo", 1), id="venezuela-1"),
    pytest.param("2021-03-21", "Colombian guerrillas clashed with Venezuelan troops near La Victoria in Apure state on Sunday.", ("Venezuela", "Apure", "Apure", 3), id="venezuela-2"),
    pytest.param("2025-01-09", "Jihadists attacked a Beninese army post in the W National Park in Alibori department, killing 28 soldiers.", ("Benin", "Alibori", "Alibori", 3), id="benin-1"),
    pytest.param("2024-06-20", "Gunmen killed four soldiers near Malanville, on Benin's border with Niger, on Thursday.", ("Benin", "Alibori", "Malanville", 2), id="benin-2"),
    pytest.param("2024-03-22", "NIAMEY - Suspected jihadists attacked a patrol near Gaya, a border town in the Dosso region, killing five soldiers.", ("Niger", "Dosso", "Gaya", 2), id="niger-4"),
    pytest.param("2024-06-03", "Ukrainian drones hit a power substation in Shebekino, a town in Russia's Belgorod oblast, on Monday.", ("Russia", "Belgorodskaya oblast", "Shebekino", 1), id="russia-5"),
    pytest.param("2024-05-13", "Shelling hit Vovchansk, a town 5 km from the Russian border in Kharkiv oblast, on Monday.", ("Ukraine", "Kharkiv", "Vovchansk", 1), id="ukraine-10"),
    pytest.param("2024-08-09", "Ukrainian forces shelled villages in the Kursk oblast on Thursday, the regional governor said.", ("Russia", "Kurskaya oblast", "Kurskaya oblast", 3), id="russia-6"),
    pytest.param("2024-10-02", "Israeli troops and Hezbollah fighters clashed near Maroun al-Ras, a border village in southern Lebanon, on Wednesday.", ("Lebanon", "Nabatiye", "Maroun er Ras", 2), id="lebanon-4"),
    pytest.param("2024-11-14", "BEIRUT - The Lebanese army said an Israeli drone struck a car on the road between Tyre and Sidon, killing a soldier.", ("Lebanon", "South", "Tyre", 2), id="lebanon-7"),
    pytest.param("2024-08-28", "Israeli forces killed nine Palestinians in raids on Tulkarm and the nearby Nur Shams camp, the Palestinian health ministry said in Ramallah.", ("Palestine", "West Bank", "Tulkarm", 1), id="westbank-3"),
    pytest.param("2024-05-27", "Hundreds of protesters blocked roads in Yerevan on Monday, demanding the prime minister's resignation.", ("Armenia", "Yerevan", "Yerevan", 1), id="armenia-3"),
    pytest.param("2023-05-04", "Mobs torched houses and churches in Imphal West district, and the army was called in, officials in New Delhi said.", ("India", "Manipur", "Imphal West", 2), id="manipur-3"),
    pytest.param("2024-08-05", "Protesters set fire to a police station in Enayetpur, a town in Sirajganj district, killing 13 policemen.", ("Bangladesh", "Rajshahi", "Sirajganj", 2), id="bangladesh-4"),
    pytest.param("2024-04-19", "A bomb exploded at a railway station in Tak Bai district, Narathiwat, on Friday, wounding two rangers.", ("Thailand", "Narathiwat", "Amphoe Tak Bai", 2), id="thailand-4"),
    pytest.param("2024-01-30", "Rebels attacked a police post in Puncak regency on Monday, killing a police officer, officials in Jayapura said.", ("Indonesia", "Papua Tengah", "Kabupaten Puncak", 2), id="papua-4"),
    pytest.param("2024-01-05", "The Arakan Army captured Paletwa, a town in southern Chin State, after weeks of fighting, the group said.", ("Myanmar", "Chin", "Paletwa", 1), id="myanmar-12"),
    pytest.param("2024-03-22", "Junta jets bombed a village in Myinmu township, west of Sagaing town, on Thursday, killing six.", ("Myanmar", "Sagaing", "Myinmu", 2), id="myanmar-13"),
    pytest.param("2024-06-26", "The MNDAA resumed fighting in Lashio township, northern Shan State, on Tuesday, residents said.", ("Myanmar", "Shan", "Lashio District", 2), id="myanmar-14"),
    pytest.param("2024-01-09", "Masked gunmen stormed a television studio in Guayaquil during a live broadcast on Tuesday.", ("Ecuador", "Guayas", "Guayaquil", 1), id="ecuador-4"),
    pytest.param("2024-06-12", "Soldiers clashed with drug traffickers along the San Miguel river in Sucumbios province, near the Colombian border.", ("Ecuador", "Sucumbios", "Sucumbios", 3), id="ecuador-5"),
    pytest.param("2024-08-17", "Police and gang members exchanged fire in the Complexo do Alemao in the north of Rio de Janeiro on Saturday, leaving two dead.", ("Brazil", "Rio de Janeiro", "Rio de Janeiro", 2), id="brazil-3"),
    pytest.param("2024-09-15", "Gunmen killed an environmental activist in Tocoa, in the Colon department of Honduras, on Saturday.", ("Honduras", "Colon", "Tocoa", 1), id="honduras-3"),
    pytest.param("2024-07-30", "CARACAS - Protesters clashed with police in Coro, the capital of Falcon state, on Monday.", ("Venezuela", "Falcon", "Coro", 1), id="venezuela-3"),
    pytest.param("2024-08-04", "National Guard troops dispersed a protest in Barquisimeto, Lara state, firing tear gas, witnesses said.", ("Venezuela", "Lara", "Barquisimeto", 1), id="venezuela-4"),
    pytest.param("2024-04-02", "COTONOU - Gunmen killed two park rangers near Karimama, a town on the Niger river in northern Benin, on Monday.", ("Benin", "", "Benin", 3), id="benin-3"),
    pytest.param("2024-12-10", "Jihadists ambushed soldiers escorting a convoy near Chatoumane, in the Tillaberi region close to the border with Burkina Faso.", ("Niger", "Tillaberi", "Tillaberi", 3), id="niger-5"),
    pytest.param("2024-03-15", "Al-Shabaab fighters stormed the SYL hotel near the presidential palace in Mogadishu on Thursday night.", ("Somalia", "Banadir", "Mogadishu", 1), id="somalia-9"),
    pytest.param("2024-02-13", "Al-Shabaab fighters overran a military base in Balcad, a town north of Mogadishu, on Monday.", ("Somalia", "Middle Shabelle", "Balcad", 1), id="somalia-10"),
    pytest.param("2024-06-25", "NAIROBI - Police shot dead protesters outside parliament on Tuesday as demonstrators stormed the building.", ("Kenya", "Nairobi City", "Nairobi", 2), id="kenya-4"),
    pytest.param("2024-10-07", "Bandits killed three people and stole cattle in Kerio Valley, in Elgeyo Marakwet county, on Sunday.", ("Kenya", "Elgeyo/Marakwet", "Elgeyo/Marakwet", 3), id="kenya-5"),
    pytest.param("2024-01-12", "Gunmen kidnapped 40 people in Mamfe, a town in Manyu division of the South West region.", ("Cameroon", "South-West", "Mamfe", 1), id="cameroon-7"),
    pytest.param("2024-06-30", "YAOUNDE - Separatists attacked a gendarmerie post in Bali, about 20 km west of Bamenda, the defence ministry said.", ("Cameroon", "North-West", "Bali", 1), id="cameroon-8"),
    pytest.param("2024-12-21", "Clashes between youths from rival clans in Tonj East county of Warrap state left 22 people dead.", ("South Sudan", "Warrap", "Tonj East", 2), id="south-sudan-8"),
    pytest.param("2024-03-01", "Security forces killed opposition leader Yaya Dillo at his party's headquarters in N'Djamena on Wednesday.", ("Chad", "Ville de Ndjamena", "NDjamena", 1), id="chad-4"),
    pytest.param("2024-02-03", "Drone strikes hit a bus station in Bahir Dar, Amhara's regional capital, killing eight civilians, a doctor said.", ("Ethiopia", "Amara", "Bahir Dar", 1), id="ethiopia-10"),
    pytest.param("2022-01-08", "An airstrike hit a camp for displaced people in Dedebit, a town in northwestern Tigray, killing 56 people.", ("Ethiopia", "Tigrai", "Tigrai", 3), id="ethiopia-11"),
    pytest.param("2023-09-18", "Unidentified gunmen attacked a village in Bukavu's neighbouring Cibitoke province of Burundi, killing six.", ("Burundi", "Cibitoke", "Cibitoke", 3), id="burundi-3"),
    pytest.param("2023-09-19", "Azerbaijani forces shelled Stepanakert, the main town of Nagorno-Karabakh, on Tuesday, residents said.", ("Azerbaijan", "Xankəndi", "Stepanakert", 1), id="azerbaijan-2"),
    pytest.param("2024-07-02", "A Ukrainian drone hit an apartment block in Kursk on Tuesday, wounding three people, the governor said.", ("Russia", "Kurskaya oblast", "Kursk", 1), id="russia-7"),
    pytest.param("2023-02-12", "Heavy fighting was reported in Bakhmut's western outskirts on Sunday, the Ukrainian army said in Kyiv.", ("Ukraine", "Donetsk", "Bakhmut", 1), id="ukraine-11"),
    pytest.param("2024-01-20", "Three soldiers died when their vehicle hit a mine on the road linking Kidal and Tessalit on Saturday.", ("Mali", "Kidal", "Kidal", 2), id="mali-6"),
    pytest.param("2025-01-11", "The army said it had retaken Wad Madani, the capital of Gezira state, from the RSF on Saturday.", ("Sudan", "Gezira", "Wad Medani", 1), id="sudan-10"),
    pytest.param("2024-03-10", "Gunmen killed 12 people in Kajuru, a district south of Kaduna city, on Sunday.", ("Nigeria", "Kaduna", "Kajuru", 1), id="nigeria-12"),
    pytest.param("2024-09-24", "Israeli strikes hit the southern suburbs of Beirut overnight, the Lebanese health ministry said.", ("Lebanon", "Beirut", "Beirut", 2), id="lebanon-5"),
    pytest.param("2024-04-15", "Soldiers killed five militants in the Nyabiondo area of Masisi territory, North Kivu, on Monday.", ("Democratic Republic of Congo", "Nord-Kivu", "Nyabiondo", 2), id="drc-8"),
    pytest.param("2024-08-04", "Police clashed with protesters in Dhaka's Mirpur area on Sunday, leaving two dead.", ("Bangladesh", "Dhaka", "Dhaka", 2), id="bangladesh-5"),
    pytest.param("2024-02-25", "Two rangers were killed by a bomb in Bannang Sata district of Yala province on Sunday.", ("Thailand", "Yala", "Amphoe Bannang Sata", 2), id="thailand-5"),
    pytest.param("2024-07-15", "ISLAMABAD, Pakistan - A suicide car bomber attacked a convoy in Bannu, killing seven soldiers, the military said.", ("Pakistan", "Khyber Pakhtunkhwa", "Bannu", 1), id="pakistan-7"),
    pytest.param("2024-10-08", "An Israeli drone struck a motorbike in the village of Kfar Kila, near the border, killing one man.", ("Lebanon", "Nabatiye", "Kfar Kila", 1), id="lebanon-6"),
    pytest.param("2024-06-20", "Fighters of the Arakan Army overran a junta base outside Maungdaw, near the Bangladeshi border.", ("Myanmar", "Rakhine", "Maungdaw District", 2), id="myanmar-15"),
    pytest.param("2024-03-01", "Suspected separatists killed a chief in Batibo, 40 km west of Bamenda, on Friday.", ("Cameroon", "North-West", "Batibo", 1), id="cameroon-9"),
    pytest.param("2023-08-02", "Russian forces struck the port of Izmail on the Danube river overnight, Ukraine's air force said.", ("Ukraine", "Odesa", "Izmayil", 1), id="ukraine-12"),
    pytest.param("2022-09-13", "Clashes between Azerbaijani and Armenian troops broke out near the village of Tegh in Armenia's Syunik province.", ("Armenia", "Syunik", "Tegh", 2), id="armenia-4"),
]


@pytest.mark.parametrize(("published", "text", "place"), REPORTS)
def test_the_report_is_placed_where_it_happened(pipeline, published, text, place):
    article = Article(text=text, source="probe", published=date.fromisoformat(published))
    found = [e for e in pipeline.extract(article) if e.record_kind == "event"]
    assert found, text
    event = found[0]
    assert (event.country, event.admin1, event.location, event.geo_precision) == place
