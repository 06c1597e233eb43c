"""Short wire reports of stop 33 (second set), written here, on where each event is placed
(issue 12, Must 2 and 6): containment chains ("X village in Y district of Z province", "X, Y
state", "X (Y region)", "X, municipality of Y, Z"), "near X",
"between X and Y", "on the X-Y road", "N km north of X", datelines and a speaking government's
capital beside the incident's place, unknown villages in known units (the lowest named unit:
a district at precision 2, a province at 3, never the country), transliterations and old
romanisations ("Zaporozhye", "Krivoi Rog", "Shirqat", "Nassriya"), and events at sea. Reports
from the Sahel, Sudan, South Sudan, Ethiopia, Somalia, DR Congo, Mozambique, Cameroon,
Nigeria, Myanmar, Ukraine and Russia, Syria, Iraq, Yemen, Lebanon, Palestine, Afghanistan,
Pakistan, India, the Philippines, Mexico, Colombia, Haiti and Ecuador. Each checks the
place a coder would give (country, province, district, location as the gazetteer spells it,
precision; None leaves a field unchecked, where the gazetteer has no district or coders
differ). The wordings that failed before this stop: a name the tagger cut ("Mocimboa da"
read as a title before "Praia": Cape Verde), an old romanisation with no country named
("Zaporozhye city", "Krivoi Rog": no place), a district's name spelt otherwise than its
seat's (the district at precision 2), a town only its district had ("Masisi", in South
Africa; "Moura", in Portugal or at Mori), a unit's word before its name after a comma
("El Naranjito, municipality of Tlalchapa": another El Naranjito) and a strait put at the
seat of its coast's province. Known misses are strict
xfails naming what is still wrong."""

from __future__ import annotations

import pytest

from sitroom.geodesy import haversine_km
from tests.wire_reports import DRC, assert_record, event_records, xfail

pytestmark = pytest.mark.slow

#: The place fields of a record.
PLACE = ("country", "admin1", "admin2", "location", "geo_precision")

REPORTS = [
    pytest.param("2025-02-12", "Suspected jihadists killed 12 civilians in the village of Tongomayel in Soum province, northern Burkina Faso, on Tuesday, local sources said.",
                 ("Burkina Faso", "Sahel", "Soum", "Tongomayel", 1), id="bf-soum-village"),
    pytest.param("2025-02-12", "Gunmen killed seven herders in Koumbaogo village, Gnagna province, on Sunday, a security source said.",
                 ("Burkina Faso", "Est", "Gnagna", "Gnagna", 2), id="bf-unknown-gnagna"),
    pytest.param("2025-02-12", "Soldiers and JNIM fighters clashed between Djibo and Namssiguia on Thursday, leaving at least 15 dead, a security source said.",
                 ("Burkina Faso", "Sahel", "Soum", "Djibo", 2), id="bf-between"),
    pytest.param("2025-02-12", "OUAGADOUGOU - Jihadist fighters attacked an army detachment in Diapaga, in eastern Burkina Faso, on Monday, killing eight soldiers, the army said.",
                 ("Burkina Faso", "Est", "Tapoa", "Diapaga", 1), id="bf-dateline"),
    pytest.param("2025-02-12", "Gunmen killed 23 people in a village in Seytenga department, Seno province, on Sunday, security sources said.",
                 ("Burkina Faso", "Sahel", None, "Sitenga", 2), id="bf-unknown-dept"),
    pytest.param("2025-02-12", "Gunmen killed eight people in Tagou, Seno province, Burkina Faso, on Friday.",
                 ("Burkina Faso", "Sahel", "Seno", "Seno", 2), id="u-bf-comma"),
    pytest.param("2025-02-12", "An improvised explosive device struck a Malian army convoy on the Gao-Ansongo road on Monday, killing three soldiers, the army said.",
                 ("Mali", "Gao", None, None, 2), id="ml-road"),
    pytest.param("2025-02-12", "Jihadists attacked a military post 30 km north of Niono, in the Segou region, on Wednesday, killing four soldiers, a local official said.",
                 ("Mali", "Segou", "Cercle de Niono", "Niono", 2), id="ml-km-north"),
    pytest.param("2025-02-12", "BAMAKO - Malian troops and foreign fighters killed at least 20 civilians in the village of Moura in the central Mopti region on Sunday, residents said.",
                 ("Mali", "Mopti", None, "Moura", 1), id="ml-dateline-moura"),
    pytest.param("2025-02-12", "Soldiers killed 12 people in Moura, Djenne cercle, on Monday, residents said.",
                 ("Mali", "Mopti", None, "Moura", 1), id="ml-moura-var"),
    pytest.param("2025-02-12", "Rebels of the FLA shot down a drone over Tinzaouaten (Kidal region) on Saturday, the group said.",
                 ("Mali", "Kidal", None, "Tinzaouaten", 1), id="ml-paren"),
    pytest.param("2025-02-12", "Jihadists killed 14 civilians in Kalala village in the cercle of Bankass, Mopti region, on Tuesday, a local official said.",
                 ("Mali", "Mopti", None, "Bankass", 2), id="ml-unknown-cercle"),
    pytest.param("2025-02-12", "Gunmen killed six people in Haire commune, Douentza cercle, on Monday.",
                 ("Mali", "Mopti", "Douentza Cercle", None, 2), id="ml-haire-commune"),
    pytest.param("2025-02-12", "Jihadists ambushed a convoy 40 km east of Boni in the Douentza cercle on Sunday, killing 9 soldiers.",
                 ("Mali", "Mopti", "Douentza Cercle", None, 2), id="u-mali-km-east"),
    pytest.param("2025-02-12", "BAMAKO - Jihadists burned the village of Sarakoye, in the Segou region, on Monday, killing seven people.",
                 ("Mali", "Segou", None, "Segou", 3), id="u-bamako-dateline"),
    pytest.param("2025-02-12", "Gunmen on motorcycles killed 15 villagers in Tillia department of the Tahoua region on Friday, the interior ministry said.",
                 ("Niger", "Tahoua", None, "Tillia", 2), id="ne-tillia"),
    pytest.param("2025-02-12", "Suspected Islamic State fighters attacked the village of Gadabo in the Tera department of Tillaberi region on Saturday, killing nine people, a local official said.",
                 ("Niger", "Tillaberi", None, "Tera", 2), id="ne-unknown-tera"),
    pytest.param("2025-02-12", "NIAMEY - Gunmen killed 11 villagers in Kourteye Beri, a village in the Tillaberi region, on Friday, the army said.",
                 ("Niger", "Tillaberi", None, "Tillaberi", 3), id="ne-dateline-unknown"),
    pytest.param("2025-02-12", "The RSF shelled Abu Shouk displacement camp near El Fasher in North Darfur on Sunday, killing 14 people, activists said.",
                 ("Sudan", "North Darfur", None, "Abu Shouk camp", 1), id="sd-abushouk"),
    pytest.param("2025-02-12", "RSF fighters stormed Kebkabiya town in North Darfur on Tuesday and looted the market, residents said.",
                 ("Sudan", "North Darfur", None, "Kabkabiyah", 1), id="sd-kebkabiya"),
    pytest.param("2025-02-12", "The Sudanese army said it repelled an RSF assault on El Obeid, the capital of North Kordofan state, on Monday.",
                 ("Sudan", "North Kordofan", None, "El Obeid", 1), id="sd-elobeid"),
    pytest.param("2025-02-12", "PORT SUDAN - A drone strike hit a market in El Nahud, West Kordofan, on Saturday, killing 22 people, the government said.",
                 ("Sudan", "West Kordofan", None, "An Nuhud", 1), id="sd-dateline-nahud"),
    pytest.param("2025-02-12", "RSF fighters killed 15 people in Umm Kadada locality of North Darfur state on Friday, the Sudan Doctors Network said.",
                 ("Sudan", "North Darfur", "Umm Keddada", None, 2), id="sd-unknown-village-nd"),
    pytest.param("2025-02-12", "The army in Port Sudan said RSF fighters killed 40 villagers in Hillat Tabaldi, a village in White Nile state, on Monday.",
                 ("Sudan", "White Nile", None, "White Nile", 3), id="u-khartoum-speaker"),
    pytest.param("2025-02-12", "Heavy fighting broke out between El Fasher and Mellit in North Darfur on Friday, residents said.",
                 ("Sudan", "North Darfur", None, "El Fasher", 2), id="u-sudan-between"),
    pytest.param("2025-02-12", "Clashes between SPLA-IO fighters and government troops in Nasir county, Upper Nile state, killed 12 soldiers on Friday, a local official said.",
                 ("South Sudan", "Upper Nile", None, "Nasir", 2), id="ss-nasir"),
    pytest.param("2025-02-12", "Cattle raiders killed eight people in Pakeer village of Twic East county, Jonglei state, on Wednesday, the county commissioner said.",
                 ("South Sudan", "Jonglei", "Twic East", "Twic East", 2), id="ss-unknown-twic"),
    pytest.param("2025-02-12", "Fano militiamen ambushed federal troops near Debre Markos in Amhara region's East Gojjam zone on Monday, residents said.",
                 ("Ethiopia", "Amara", None, "Debre Markos", 2), id="et-debremarkos"),
    pytest.param("2025-02-12", "Federal troops killed 17 civilians in Gedeb Giorgis kebele of Dangila woreda, Amhara region, on Tuesday, residents said.",
                 ("Ethiopia", "Amara", None, "Dangila", 2), id="u-amhara-unknown"),
    pytest.param("2025-02-12", "MOGADISHU - Al Shabaab fighters attacked a military base in Balcad, Middle Shabelle region, on Sunday, killing five soldiers, an officer said.",
                 ("Somalia", "Middle Shabelle", None, "Balcad", 1), id="so-balad"),
    pytest.param("2025-02-12", "Al Shabaab fighters overran a military base in Adan Yabaal district, Middle Shabelle region, on Wednesday.",
                 ("Somalia", "Middle Shabelle", "Adan Yabaal", "Adan Yabaal", 2), id="so-unknown-district"),
    pytest.param("2025-02-12", "Al Shabaab fighters attacked Ceel Dheere (Galgaduud region) on Tuesday, killing six soldiers, officials said.",
                 ("Somalia", "Galgaduud", None, "Ceel Dheere", 1), id="u-somali-paren"),
    pytest.param("2025-02-12", "M23 rebels seized Masisi town on Saturday after heavy fighting with Congolese troops and allied militias, local sources said.",
                 (DRC, "Nord-Kivu", "Masisi Territory", "Masisi", 1), id="cd-masisi"),
    pytest.param("2025-02-12", "M23 rebels seized the town of Masisi on Saturday after heavy fighting with Congolese troops.",
                 (DRC, "Nord-Kivu", "Masisi Territory", "Masisi", 1), id="cd-masisi-town"),
    pytest.param("2025-02-12", "M23 rebels took control of Masisi, North Kivu, on Saturday, a local official said.",
                 (DRC, "Nord-Kivu", "Masisi Territory", "Masisi", 1), id="cd-masisi-nk"),
    pytest.param("2025-02-12", "CODECO militiamen killed 18 displaced people at a camp in Djugu territory, Ituri province, overnight on Monday, a local official said.",
                 (DRC, "Ituri", "Djugu", "Djugu", 2), id="cd-djugu"),
    pytest.param("2025-02-12", "Fighting between M23 rebels and Burundian troops was reported in Kamanyola, Walungu territory, South Kivu, on Friday.",
                 (DRC, "Sud-Kivu", None, "Kamanyola", 1), id="cd-kamanyola"),
    pytest.param("2025-02-12", "ADF rebels killed 11 villagers in Mabuo village, Lubero territory, North Kivu province, on Thursday, civil society leaders said.",
                 (DRC, "Nord-Kivu", "Lubero", "Lubero", 2), id="cd-unknown-lubero"),
    pytest.param("2025-02-12", "Insurgents beheaded four people in the village of Nanduli in Macomia district, Cabo Delgado, on Monday, residents said.",
                 ("Mozambique", "Cabo Delgado", None, "Macomia", 2), id="mz-macomia"),
    pytest.param("2025-02-12", "Islamist insurgents attacked Mocimboa da Praia town on Thursday, killing three soldiers, local sources said.",
                 ("Mozambique", "Cabo Delgado", None, "Mocimboa da Praia", 1), id="mz-mocimboa"),
    pytest.param("2025-02-12", "Insurgents attacked Mocimboa da Praia on Thursday, killing three soldiers, local sources said.",
                 ("Mozambique", "Cabo Delgado", None, "Mocimboa da Praia", 1), id="mz-mocimboa2"),
    pytest.param("2025-02-12", "Separatist fighters abducted 10 students in Kumbo, Bui division of Cameroon's North-West region, on Tuesday, officials said.",
                 ("Cameroon", "North-West", None, "Kumbo", 1), id="cm-kumbo"),
    pytest.param("2025-02-12", "Separatists killed two gendarmes in Bali Nyonga, Mezam division, North-West region, on Sunday.",
                 ("Cameroon", "North-West", "Mezam Division", None, 2), id="u-cm-unknown"),
    pytest.param("2025-02-12", "Bandits killed 11 villagers in Tsafe local government area of Zamfara state on Friday, police said.",
                 ("Nigeria", "Zamfara", "Tsafe", "Tsafe", 2), id="ng-tsafe"),
    pytest.param("2025-02-12", "ISWAP fighters raided Kwatandi village in Gwoza LGA, Borno state, on Wednesday, killing four farmers, residents said.",
                 ("Nigeria", "Borno", "Gwoza", "Gwoza", 2), id="ng-unknown-gwoza"),
    pytest.param("2025-02-12", "ABUJA - Gunmen killed 14 worshippers in Ungwan Rimi, a community in Kauru local government area, southern Kaduna State, on Sunday.",
                 ("Nigeria", "Kaduna", "Kauru", "Kauru", 2), id="u-abuja-dateline"),
    pytest.param("2025-02-12", "Boko Haram fighters ambushed a convoy on the Damboa-Maiduguri road on Friday, killing six soldiers.",
                 ("Nigeria", "Borno", None, None, 2), id="ng-maiduguri-road"),
    pytest.param("2025-02-12", "The Arakan Army said it captured the town of Maungdaw in Rakhine state on Sunday after months of fighting.",
                 ("Myanmar", "Rakhine", "Maungdaw District", "Maungdaw", 1), id="mm-maungdaw"),
    pytest.param("2025-02-12", "Fighting between the TNLA and the military broke out near Lashio in northern Shan state on Wednesday, residents said.",
                 ("Myanmar", "Shan", "Lashio District", "Lashio", 2), id="mm-lashio"),
    pytest.param("2025-02-12", "Junta troops torched about 100 houses in Nyaung Bin Thar village, Kani township, Sagaing Region, on Saturday.",
                 ("Myanmar", "Sagaing", "Monywa", "Kani", 2), id="u-mm-unknown"),
    pytest.param("2025-02-12", "Russian guided bombs struck Kupiansk in Ukraine's Kharkiv region on Monday, killing two people, the governor said.",
                 ("Ukraine", "Kharkiv", "Kupiansk Raion", "Kupyansk", 1), id="ua-kupiansk"),
    pytest.param("2025-02-12", "Russian forces shelled Balakliia in the Kharkov region overnight, wounding three civilians, local authorities said.",
                 ("Ukraine", "Kharkiv", "Izyum Raion", "Balakliya", 1), id="ua-kharkov"),
    pytest.param("2025-02-12", "Russian forces shelled Zaporozhye city overnight, wounding three people, the governor said.",
                 ("Ukraine", "Zaporizhia", "Zaporizhzhya Raion", "Zaporizhzhya", 1), id="u-ukr-translit"),
    pytest.param("2025-02-12", "A Russian missile hit an apartment block in Krivoi Rog on Friday, killing 14 people, officials said.",
                 ("Ukraine", "Dnipropetrovsk", "Kryvyy Rih Raion", "Kryvyy Rih", 1), id="u-ukr-translit2"),
    pytest.param("2025-02-12", "A Ukrainian drone attack on Shebekino, in Russia's Belgorod region, wounded three people on Tuesday, the regional governor said.",
                 ("Russia", "Belgorodskaya oblast", None, "Shebekino", 1), id="ru-shebekino"),
    pytest.param("2025-02-12", "KYIV - Ukraine's foreign ministry condemned a Russian missile strike on Odesa port on Tuesday that killed four people.",
                 ("Ukraine", "Odesa", None, "Odesa", 1), id="ua-kyiv-odesa"),
    pytest.param("2025-02-12", "Unidentified gunmen shot dead a local official near al-Bukamal in the Deir ez-Zor countryside on Sunday, activists said.",
                 ("Syria", "Deir-ez-Zor", None, "Albu Kamal", 2), id="sy-bukamal"),
    pytest.param("2025-02-12", "Government shelling hit Tell Hasqa village in Maarrat al-Numan district of Idlib province on Friday, wounding four civilians.",
                 ("Syria", "Idleb", None, "Maarrat an Numan", 2), id="sy-unknown-maarra"),
    pytest.param("2025-02-12", "Gunmen shot dead two SDF members in Thiban in the eastern Deir ez-Zor countryside on Friday.",
                 ("Syria", "Deir-ez-Zor", None, "Dhiban", 1), id="u-sy-thiban",
                 marks=xfail("'Thiban' is no spelling of Dhiban the lookups know (th for the Arabic dh): Deir ez-Zor city")),
    pytest.param("2025-02-12", "An improvised explosive device killed two Iraqi soldiers in the Hawija district of Kirkuk province on Monday, security sources said.",
                 ("Iraq", "Kirkuk", "Al-Hawija District", None, 2), id="iq-hawija"),
    pytest.param("2025-02-12", "A bomb killed two people in Hawija, Kirkuk province, on Sunday, police said.",
                 ("Iraq", "Kirkuk", "Al-Hawija District", "Al Hawijah", 1), id="iq-hawija-town"),
    pytest.param("2025-02-12", "Islamic State militants attacked a farm in Shirqat, Salahuddin, on Friday, killing three shepherds, police said.",
                 ("Iraq", "Sala al-Din", "Al-Shirqat District", "Ash Sharqat", 1), id="iq-shirqat"),
    pytest.param("2025-02-12", "A bomb killed two people in Nassriya on Sunday, police said.",
                 ("Iraq", "Thi-Qar", "Nassriya District", "Nasiriyah", 1), id="iq-nassriya"),
    pytest.param("2025-02-12", "A bomb killed two people in Nassriya, Dhi Qar province, on Sunday, police said.",
                 ("Iraq", "Thi-Qar", "Nassriya District", "Nasiriyah", 1), id="u-iraq-translit"),
    pytest.param("2025-02-12", "A drone struck a vehicle in Zakho (Dohuk province) on Wednesday, killing two PKK members, officials said.",
                 ("Iraq", "Dahuk", "Zakho District", "Zaxo", 1), id="u-iraq-paren"),
    pytest.param("2025-02-12", "Clashes between Houthi fighters and government forces killed 14 people in the Sirwah district of Marib province on Saturday, military sources said.",
                 ("Yemen", "Marib", "Sirwah", "Sirwah", 2), id="ye-sirwah"),
    pytest.param("2025-02-12", "ADEN - The Yemeni government said Houthi shelling killed four civilians in Taiz city on Tuesday.",
                 ("Yemen", "Taizz", None, "Taiz", 1), id="ye-aden-speaker"),
    pytest.param("2025-02-12", "US warplanes struck Houthi targets in Sanaa and the port of Ras Isa in Hodeidah province on Friday, the Houthi-run health ministry said, reporting 38 dead.",
                 ("Yemen", "Al Hudaydah", "As Salif", "Ras Isa port", 1), id="ye-redsea"),
    pytest.param("2025-02-12", "An Israeli drone strike on a car in Bint Jbeil, south Lebanon, killed two Hezbollah members on Thursday, a security source said.",
                 ("Lebanon", "Nabatiye", None, "Bent Jbail", 1), id="lb-bintjbeil"),
    pytest.param("2025-02-12", "An Israeli strike hit a house in Qlayleh, Tyre district, on Tuesday, killing three people.",
                 ("Lebanon", "South", None, "El Qlaile", 1), id="u-lebanon"),
    pytest.param("2025-02-12", "Israeli forces killed three Palestinians during a raid in Jenin refugee camp in the occupied West Bank on Tuesday, the health ministry said.",
                 ("Palestine", "West Bank", "Jenin", "Jenin camp", 1), id="ps-jenin"),
    pytest.param("2025-02-12", "An Israeli air strike on a school sheltering displaced families in Deir al-Balah, central Gaza Strip, killed 11 people on Sunday, medics said.",
                 ("Palestine", "Gaza Strip", "Deir El Balah", "Dayr al Balah", 1), id="ps-deirbalah"),
    pytest.param("2025-02-12", "A roadside bomb killed four Taliban fighters in the Nahr-e Saraj district of Helmand province on Monday, a provincial spokesman said.",
                 ("Afghanistan", "Helmand", "Nahr-e Saraj", "Nahr-e Saraj", 2), id="af-nahresaraj"),
    pytest.param("2025-02-12", "KABUL - Pakistani air strikes hit Barmal district in Afghanistan's Paktika province overnight, killing eight people, the Taliban said.",
                 ("Afghanistan", "Paktika", None, "Bermal", 2), id="af-speaker"),
    pytest.param("2025-02-12", "Militants attacked a police checkpost in Lakki Marwat district of Khyber Pakhtunkhwa on Tuesday, killing three policemen, officials said.",
                 ("Pakistan", "Khyber Pakhtunkhwa", "Lakki Marwat District", None, 2), id="pk-lakki"),
    pytest.param("2025-02-12", "ISLAMABAD - The interior ministry said militants killed seven soldiers in an attack in North Waziristan on Monday.",
                 ("Pakistan", "Khyber Pakhtunkhwa", "North Waziristan District", None, 2), id="pk-speaker-isb"),
    pytest.param("2025-02-12", "Gunmen torched several houses in Jiribam district of Manipur on Saturday, police said.",
                 ("India", "Manipur", "Jiribam", "Jiribam", 2), id="in-jiribam"),
    pytest.param("2025-02-12", "Soldiers clashed with Dawlah Islamiyah fighters in Butig, Lanao del Sur, on Tuesday, leaving four militants dead, the army said.",
                 ("Philippines", None, "Lanao del Sur", "Butig", 1), id="ph-butig"),
    pytest.param("2025-02-12", "Soldiers clashed with communist rebels in Barangay Malaya, Esperanza town, Sultan Kudarat, on Monday, killing two.",
                 ("Philippines", "Soccsksargen", "Sultan Kudarat", "Esperanza", 2), id="u-ph-unknown",
                 marks=xfail("'Barangay Malaya, Esperanza town, Sultan Kudarat': a Malaya of South Cotabato, outside both containers")),
    pytest.param("2025-02-12", "Gunmen killed six people in a bar in Celaya, Guanajuato, on Saturday night, state prosecutors said.",
                 ("Mexico", "Guanajuato", "Celaya", "Celaya", 1), id="mx-celaya"),
    pytest.param("2025-02-12", "Gunmen killed five men at a party in the community of El Naranjito, municipality of Tlalchapa, Guerrero, on Saturday.",
                 ("Mexico", "Guerrero", "Tlalchapa", "Tlalchapa", 2), id="u-mx-unknown"),
    pytest.param("2025-02-12", "Gunmen killed five men at a party in El Naranjito, in the municipality of Tlalchapa, Guerrero, on Saturday.",
                 ("Mexico", "Guerrero", "Tlalchapa", "Tlalchapa", 2), id="mx-in-the-municipality"),
    pytest.param("2025-02-12", "ELN guerrillas clashed with FARC dissidents in Tibu, Norte de Santander department, on Friday, leaving 12 dead, the ombudsman said.",
                 ("Colombia", "Norte de Santander", "Tibu", "Tibu", 1), id="co-tibu"),
    pytest.param("2025-02-12", "ELN fighters killed three soldiers in the rural area of Filogringo, municipality of El Tarra, Norte de Santander, on Tuesday.",
                 ("Colombia", "Norte de Santander", "El Tarra", "El Tarra", 2), id="u-co-unknown"),
    pytest.param("2025-02-12", "Gang members attacked Mirebalais, in Haiti's Centre department, overnight, freeing inmates from the prison and killing several people.",
                 ("Haiti", "Centre", "Arrondissement de Mirebalais", "Mirebalais", 1), id="ht-mirebalais"),
    pytest.param("2025-02-12", "Gunmen killed five people in the Socio Vivienda neighbourhood of Guayaquil on Sunday, police said.",
                 ("Ecuador", "Guayas", "Guayaquil", "Guayaquil", 1), id="ec-guayaquil"),
]


@pytest.mark.parametrize(("published", "text", "want"), REPORTS)
def test_the_event_is_placed_where_the_text_says(pipeline, published, text, want):
    assert_record(event_records(pipeline, text, published), want, PLACE)


# Events at sea: a point at sea (offset from the named port, or the sea's own), in the country
# of the coast nearest it, as ACLED codes them.
AT_SEA = [
    pytest.param("Houthi missiles struck a Greek-flagged tanker 70 nautical miles west of Hodeidah on Tuesday, the UKMTO agency said.", "Yemen", (14.8, 41.75), id="ye-hodeidah-sea"),
    pytest.param("Houthi forces fired two drones at a tanker in the Red Sea, about 50 nautical miles northwest of Hodeidah, on Wednesday, UKMTO said.", "Yemen", None, id="ye-red-sea-ship"),
    pytest.param("Armed men attacked a merchant vessel in the Gulf of Aden, 90 nautical miles southeast of Aden, on Thursday, UKMTO said.", "Yemen", (11.72, 46.12), id="so-gulf-hijack"),
    pytest.param("Houthi forces attacked a cargo ship in the Bab al-Mandab strait on Friday, the US military said.", "Yemen", (12.58, 43.33), id="ye-bab"),
    pytest.param("A Houthi missile struck a container ship in the Gulf of Aden on Monday, setting it ablaze, the US military said.", "Yemen", (12.5, 47.5), id="ye-gulf-aden-ship"),
]


@pytest.mark.parametrize(("text", "country", "point"), AT_SEA)
def test_an_event_at_sea_is_placed_at_sea(pipeline, text, country, point):
    records = event_records(pipeline, text, "2025-02-12")
    placed = [(e.country, e.latitude, e.longitude) for e in records]
    assert any(
        cc == country and (point is None or haversine_km(lat, lon, *point) < 25) for cc, lat, lon in placed
    ), placed
