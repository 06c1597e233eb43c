"""Short wire reports of stop 32 (first set), written here, from Africa's conflicts as the
wires tell them: the Sahel (JNIM, the Islamic State's Sahel branch, VDP, army drones),
Nigeria (bandits in the north-west, ISWAP and Boko Haram in Borno, herders in Plateau and
Benue, police and protesters), Cameroon, Chad, Sudan, South Sudan, Ethiopia, Somalia, Kenya,
DR Congo, Mozambique and Libya. Each checks the record an ACLED coder would make of it:
type and sub-type, both actors, country, province, location as the gazetteer spells it,
precision, date and toll (None leaves a field unchecked, where coders differ). The wordings
that failed before this stop: people killed 'when' a named group 'stormed' a place (read as
a storm, no record), killings and kidnappings in one raid (an abduction with a toll), a town
seized after fighting (a clash), a strike 'against' a named
group whose dead are 'militants', a vehicle 'carrying soldiers', hospital patients, Cameroon's
separatists and Mozambique's insurgents, 'overnight on Friday', a date before ', police said',
a takers' own withdrawal, and 'past attacks' in a sentence of background. Known misses are
strict xfails naming what is still wrong."""

from __future__ import annotations

import pytest

from tests.wire_reports import *  # ACLED's names and the probe checks

pytestmark = pytest.mark.slow


REPORTS = [
    pytest.param("2024-09-10", "OUAGADOUGOU - Suspected jihadists killed at least 15 civilians in an attack on Diapaga, in Burkina Faso's Est region, on Sunday, security sources said. The assailants also burned shops and the town hall.",
                 (VAC, ATTACK, "Islamist Militia (Burkina Faso)", CIV.format("Burkina Faso"), "Burkina Faso", "Est", "Diapaga", 1, "2024-09-08", 15), id="bf-diapaga"),
    pytest.param("2024-06-14", "Soldiers and VDP auxiliaries repelled an attack by JNIM fighters on their base in Djibo on Thursday, the army said. Five soldiers and three volunteers were killed in the fighting.",
                 (BATTLE, CLASH, None, None, "Burkina Faso", "Sahel", "Djibo", 1, "2024-06-13", None), id="bf-djibo-vdp"),
    pytest.param("2024-03-19", "BAMAKO - A drone strike by the Malian army killed at least eight people during a wedding near Anefis in the Kidal region on Sunday, local officials said.",
                 (REMOTE, AIR, "Military Forces of Mali (2021-)", CIV.format("Mali"), "Mali", "Kidal", "Anefis", 2, "2024-03-17", 8), id="mali-drone-anefis"),
    pytest.param("2024-04-12", "Fighters of the Islamic State Sahel Province killed 20 civilians in the village of Tinabaw in Mali's Menaka region on Tuesday, a local elected official said.",
                 (VAC, ATTACK, "Islamic State (Sahel)", CIV.format("Mali"), "Mali", "Menaka", None, None, "2024-04-09", 20), id="mali-issp-menaka"),
    pytest.param("2024-08-23", "NIAMEY - At least 10 Nigerien soldiers were killed when their patrol hit an improvised explosive device near Tera in the Tillaberi region on Wednesday, the defence ministry said.",
                 (REMOTE, IED, UAG.format("Niger"), "Military Forces of Niger (2023-)", "Niger", "Tillaberi", "Tera", 2, "2024-08-21", 10), id="niger-tera-ied"),
    pytest.param("2024-11-16", "Suspected jihadists kidnapped 12 villagers, including the village chief, from Tamou in southwest Niger on Friday night, residents said. In a similar raid last month, gunmen abducted 30 people from the same area.",
                 (VAC, ABDUCTION, "Islamist Militia (Niger)", CIV.format("Niger"), "Niger", "Tillaberi", "Tamou", 1, "2024-11-15", 0), id="niger-tamou-kidnap"),
    pytest.param("2024-07-06", "GUSAU - Bandits abducted at least 40 worshippers from a mosque in Zamfara state's Maradun local government area on Friday, police said.",
                 (VAC, ABDUCTION, UAG.format("Nigeria"), CIV.format("Nigeria"), "Nigeria", "Zamfara", "Maradun", 2, "2024-07-05", 0), id="ng-maradun-mosque"),
    pytest.param("2024-06-10", "Gunmen on motorcycles killed 23 people and burned dozens of homes in an overnight raid on a village in Danmusa local government area of Katsina State, a police spokesman said on Monday.",
                 (VAC, ATTACK, UAG.format("Nigeria"), CIV.format("Nigeria"), "Nigeria", "Katsina", "Dan Musa", 2, None, 23), id="ng-danmusa-raid"),
    pytest.param("2024-11-11", "Lakurawa militants attacked Mera village in Augie local government area of Kebbi state on Friday, killing 15 residents and rustling cattle, officials said.",
                 (VAC, ATTACK, None, CIV.format("Nigeria"), "Nigeria", "Kebbi", None, None, "2024-11-08", 15), id="ng-kebbi-lakurawa"),
    pytest.param("2024-03-26", "MAIDUGURI - ISWAP fighters attacked a military base in Malam-Fatori, Borno state, on Monday, killing five soldiers, military sources said. The troops repelled the attack with air support, killing scores of insurgents.",
                 (BATTLE, CLASH, "Islamic State (West Africa)", "Military Forces of Nigeria (2023-)", "Nigeria", "Borno", "Mallam Fatori", 1, "2024-03-25", None), id="ng-malamfatori-iswap"),
    pytest.param("2024-07-01", "A female suicide attacker blew herself up at a wedding in Gwoza, in northeastern Borno state, on Saturday, killing 18 people, emergency officials said. Boko Haram has used female bombers in past attacks in the region.",
                 (REMOTE, SUICIDE, None, None, "Nigeria", "Borno", "Gwoza", 1, "2024-06-29", 18), id="ng-gwoza-suicide"),
    pytest.param("2023-12-26", "JOS - Suspected herders killed 40 people in attacks on several villages in Bokkos local government area, Plateau state late on Sunday, a local official said.",
                 (VAC, ATTACK, None, CIV.format("Nigeria"), "Nigeria", "Plateau", "Bokkos", 2, "2023-12-24", 40), id="ng-bokkos-herders"),
    pytest.param("2025-06-15", "Armed herders attacked farmers in Yelwata, in Benue state's Guma local government area, overnight on Friday, killing at least 100 people, Amnesty International said.",
                 (VAC, ATTACK, None, CIV.format("Nigeria"), "Nigeria", "Benue", None, None, "2025-06-13", 100), id="ng-yelwata-benue"),
    pytest.param("2024-08-02", "LAGOS - Police fired tear gas to disperse hundreds of young people protesting against the rising cost of living in Lagos on Thursday, and arrested several of them, witnesses said.",
                 (PROTESTS, INTERVENTION, "Protesters (Nigeria)", "Police Forces of Nigeria (2023-)", "Nigeria", "Lagos", "Lagos", 1, "2024-08-01", 0), id="ng-lagos-teargas"),
    pytest.param("2024-08-06", "Police shot dead two protesters in Abuja on Monday as demonstrators marched against economic hardship, Amnesty International said.",
                 (PROTESTS, FORCE, "Protesters (Nigeria)", "Police Forces of Nigeria (2023-)", "Nigeria", "Abuja Federal Capital Territory", "Abuja", 1, "2024-08-05", 2), id="ng-abuja-shot"),
    pytest.param("2024-05-15", "BUEA - Separatist fighters killed two gendarmes at a checkpoint in Bamenda, in Cameroon's North-West region, on Tuesday, the military said.",
                 (BATTLE, CLASH, "Ambazonian Separatists (Cameroon)", None, "Cameroon", "North-West", "Bamenda", 1, "2024-05-14", 2), id="cm-bamenda-gendarmes"),
    pytest.param("2024-10-08", "Amba boys kidnapped a school principal and three teachers in Kumbo on Monday and demanded a ransom for their release, local sources said.",
                 (VAC, ABDUCTION, "Ambazonian Separatists (Cameroon)", CIV.format("Cameroon"), "Cameroon", "North-West", "Kumbo", 1, "2024-10-07", 0), id="cm-kumbo-amba"),
    pytest.param("2024-02-20", "Boko Haram militants killed seven civilians in Mozogo, a village in Cameroon's Far North region, on Sunday night, a local official said.",
                 (VAC, ATTACK, "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad", CIV.format("Cameroon"), "Cameroon", "Far North", "Mozogo", 1, "2024-02-18", 7), id="cm-mozogo-bh"),
    pytest.param("2024-10-29", "N'DJAMENA - Boko Haram fighters attacked a Chadian army base on Barkaram island in the Lake Chad region on Sunday night, killing about 40 soldiers, the presidency said.",
                 (BATTLE, CLASH, "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad", None, "Chad", "Lac", None, None, "2024-10-27", 40), id="chad-barkaram"),
    pytest.param("2024-12-07", "The Rapid Support Forces shelled the Abu Shouk displacement camp near El Fasher on Friday, killing at least 11 people, a local resistance committee said.",
                 (REMOTE, SHELLING, "RSF: Rapid Support Forces", None, "Sudan", "North Darfur", None, 1, "2024-12-06", 11), id="sd-abushouk"),
    pytest.param("2025-02-02", "A drone strike hit a crowded market in Omdurman on Saturday, killing 12 civilians, Sudan's health ministry said. The army blamed the paramilitary Rapid Support Forces.",
                 (REMOTE, AIR, None, CIV.format("Sudan"), "Sudan", "Khartoum", "Omdurman", 1, "2025-02-01", 12), id="sd-omdurman-drone"),
    pytest.param("2024-12-12", "Sudanese army warplanes bombed a market in Kabkabiya, North Darfur, on Monday, killing more than 100 people, activists said.",
                 (REMOTE, AIR, "Military Forces of Sudan (2019-)", CIV.format("Sudan"), "Sudan", "North Darfur", "Kebkabiya", None, "2024-12-09", 100), id="sd-kabkabiya-jets"),
    pytest.param("2025-03-07", "Fighting between the army and the RSF around El Obeid in North Kordofan state on Wednesday killed dozens of fighters on both sides, military sources said.",
                 (BATTLE, CLASH, None, None, "Sudan", "North Kordofan", "El Obeid", None, "2025-03-05", None), id="sd-elobeid-clash"),
    pytest.param("2024-02-12", "JUBA - Armed youths killed at least 20 people and abducted women and children in a cattle raid on villages near Pibor on Saturday, local officials said.",
                 (VAC, ATTACK, None, CIV.format("South Sudan"), "South Sudan", None, "Pibor", 2, "2024-02-10", 20), id="ss-pibor-raid"),
    pytest.param("2025-03-06", "Clashes between the army and SPLA-IO fighters in Nasir, Upper Nile state, on Tuesday killed 12 soldiers, a military spokesman said.",
                 (BATTLE, CLASH, None, None, "South Sudan", "Upper Nile", "Nasir", 1, "2025-03-04", 12), id="ss-nasir-clash"),
    pytest.param("2024-05-31", "Fano militiamen ambushed a convoy of federal soldiers near Debre Markos in Amhara region on Thursday, killing at least 12 soldiers, residents said.",
                 (BATTLE, CLASH, "Fano Militia", "Military Forces of Ethiopia (2018-)", "Ethiopia", "Amara", None, 2, "2024-05-30", 12), id="et-debremarkos-fano"),
    pytest.param("2024-09-03", "A drone strike on a minibus in Amhara's North Shewa zone killed 30 civilians on Sunday, according to a regional health official. Federal forces have used drones against Fano fighters since last year.",
                 (REMOTE, AIR, None, CIV.format("Ethiopia"), "Ethiopia", "Amara", None, None, "2024-09-01", 30), id="et-shewa-drone"),
    pytest.param("2024-07-05", "Gunmen from the Oromo Liberation Army abducted 15 university students travelling by bus near Gerba Guracha in Oromia region on Wednesday, a relative of one student said.",
                 (VAC, ABDUCTION, "OLA: Oromo Liberation Army", CIV.format("Ethiopia"), "Ethiopia", "Oromia", None, 2, "2024-07-03", 0), id="et-ola-students", marks=xfail("'Gerba Guracha' is the gazetteer's 'Gebre Guracha' with two letters swapped; no loose match finds it, so the place falls to the region (precision 3)")),
    pytest.param("2024-02-14", "MOGADISHU - Al-Shabaab militants fired mortar shells at Mogadishu's airport on Tuesday, killing two people, police said.",
                 (REMOTE, SHELLING, "Al Shabaab", None, "Somalia", "Banadir", "Mogadishu", 1, "2024-02-13", 2), id="so-mogadishu-mortar"),
    pytest.param("2024-05-13", "The U.S. military said it carried out an air strike against al-Shabaab near Jilib in the Middle Juba region on Friday, killing three militants.",
                 (REMOTE, AIR, "Military Forces of the United States (2021-)", "Al Shabaab", "Somalia", "Middle Juba", "Jilib", 2, "2024-05-10", 3), id="so-jilib-us"),
    pytest.param("2024-04-08", "Clan militias clashed over grazing land near Galkayo on Sunday, leaving 11 people dead, elders said.",
                 (BATTLE, CLASH, "Unidentified Clan Militia (Somalia)", "Unidentified Clan Militia (Somalia)", "Somalia", "Mudug", "Gaalkacyo", 2, "2024-04-07", 11), id="so-galkayo-clan"),
    pytest.param("2025-03-14", "AUSSOM troops and Somali soldiers repelled an al-Shabaab attack on their base in Bariire, Lower Shabelle, on Wednesday, killing 20 militants, the defence ministry said.",
                 (BATTLE, CLASH, "Al Shabaab", None, "Somalia", "Lower Shabelle", None, 1, "2025-03-12", 20), id="so-aussom-bariire"),
    pytest.param("2024-01-09", "Suspected al-Shabaab militants killed three people and torched houses in Mpeketoni, Lamu county, on Monday night, police said.",
                 (VAC, ATTACK, "Al Shabaab", CIV.format("Kenya"), "Kenya", "Lamu", "Mpeketoni", 1, "2024-01-08", 3), id="ke-lamu-shabaab"),
    pytest.param("2024-06-26", "NAIROBI - Police fired tear gas and water cannon at thousands of protesters opposing new taxes in central Nairobi on Tuesday. One protester was shot dead, a rights group said.",
                 (PROTESTS, None, "Protesters (Kenya)", "Police Forces of Kenya (2022-)", "Kenya", "Nairobi City", "Nairobi", 1, "2024-06-25", None), id="ke-nairobi-taxes"),
    pytest.param("2025-01-05", "GOMA - M23 rebels seized the town of Masisi in North Kivu on Saturday after fighting with the Congolese army and allied Wazalendo militias, local sources said.",
                 (BATTLE, OVERTAKE, "M23: March 23 Movement", None, DRC, "Nord-Kivu", None, None, "2025-01-04", None), id="drc-masisi-m23"),
    pytest.param("2024-06-14", "ADF rebels killed at least 18 civilians with machetes in a village in Lubero territory on Wednesday night, a civil society leader said. The Islamic State claimed the attack.",
                 (VAC, ATTACK, "ADF: Allied Democratic Forces", CIV.format(DRC), DRC, "Nord-Kivu", "Lubero", 2, "2024-06-12", 18), id="drc-lubero-adf"),
    pytest.param("2024-03-12", "CODECO militiamen attacked a displacement camp in Djugu territory, Ituri province, on Monday night, killing 12 displaced people, a local official said.",
                 (VAC, ATTACK, "CODECO: Cooperative for Development of Congo", CIV.format(DRC), DRC, "Ituri", "Djugu", 2, "2024-03-11", 12), id="drc-djugu-codeco"),
    pytest.param("2024-05-13", "Insurgents beheaded four people near Macomia, in Mozambique's Cabo Delgado province, on Saturday, local sources said.",
                 (VAC, ATTACK, None, CIV.format("Mozambique"), "Mozambique", "Cabo Delgado", "Macomia", 2, "2024-05-11", 4), id="mz-macomia"),
    pytest.param("2025-05-13", "TRIPOLI - Clashes between rival armed groups in Tripoli's Abu Salim district on Monday night killed at least six people, the health ministry said.",
                 (BATTLE, CLASH, None, None, "Libya", "Tripoli", None, None, "2025-05-12", 6), id="ly-abusalim"),
    pytest.param("2024-09-27", "Burkinabe security forces arrested four army officers suspected of plotting a coup in Ouagadougou on Wednesday, the security minister said.",
                 (STRATEGIC, ARRESTS, None, None, "Burkina Faso", "Centre", "Ouagadougou", 1, "2024-09-25", 0), id="bf-ouaga-arrests"),
    pytest.param("2024-08-06", "JNIM militants set fire to a dozen trucks on the road near Kayes on Monday, enforcing their blockade of western Mali, drivers' unions said.",
                 (None, None, "JNIM: Group for Support of Islam and Muslims", None, "Mali", "Kayes", "Kayes", 2, "2024-08-05", 0), id="mali-kayes-trucks"),
    pytest.param("2024-03-05", "Bandits killed nine people and kidnapped 30 others in an attack on Kaura Namoda, in Zamfara state, on Sunday night, residents said.",
                 (VAC, ATTACK, UAG.format("Nigeria"), CIV.format("Nigeria"), "Nigeria", "Zamfara", "Kaura Namoda", 1, "2024-03-03", 9), id="ng-zamfara-kill-abduct"),
    pytest.param("2024-09-17", "Gunmen shot dead a village head and abducted his two wives in Isa, in Sokoto state, on Monday, police spokesman said.",
                 (VAC, ATTACK, UAG.format("Nigeria"), CIV.format("Nigeria"), "Nigeria", "Sokoto", "Isa", 1, "2024-09-16", 1), id="ng-sokoto-shotdead-kidnap"),
    pytest.param("2024-05-21", "ISWAP fighters fired mortar rounds into Monguno town on Sunday evening, killing four civilians, a militia leader told AFP.",
                 (REMOTE, SHELLING, "Islamic State (West Africa)", CIV.format("Nigeria"), "Nigeria", "Borno", "Monguno", 1, "2024-05-19", 4), id="ng-iswap-monguno-mortar"),
    pytest.param("2024-04-16", "Unknown gunmen stormed a church in Kajuru local government area of Kaduna state during a Sunday service and kidnapped 25 worshippers, the state police command said on Monday.",
                 (VAC, ABDUCTION, UAG.format("Nigeria"), CIV.format("Nigeria"), "Nigeria", "Kaduna", "Kajuru", 2, None, 0), id="ng-kaduna-church"),
    pytest.param("2024-04-10", "Separatists ambushed a military patrol near Ndop in the North-West region on Tuesday, killing three soldiers, a security source said.",
                 (BATTLE, CLASH, "Ambazonian Separatists (Cameroon)", "Military Forces of Cameroon (1982-)", "Cameroon", None, "Ndop", 2, "2024-04-09", 3), id="cm-separatists-soldiers"),
    pytest.param("2024-04-03", "A Burkinabe military drone strike on a market in Djibo on Monday killed at least 30 civilians, witnesses said.",
                 (REMOTE, AIR, "Military Forces of Burkina Faso (2022-)", CIV.format("Burkina Faso"), "Burkina Faso", "Sahel", "Djibo", 1, "2024-04-01", 30), id="bf-army-drone-market"),
    pytest.param("2024-03-28", "Malian troops and Russian mercenaries killed 13 civilians in the village of Welingara in the Nara area on Tuesday, according to local sources.",
                 (VAC, ATTACK, "Military Forces of Mali (2021-)", CIV.format("Mali"), "Mali", "Koulikoro", None, None, "2024-03-26", 13), id="mali-fama-wagner"),
    pytest.param("2024-12-12", "Niger's defence ministry said 39 civilians were killed in two attacks by jihadists on villages near Libiri in the Tillaberi region on Thursday.",
                 (VAC, ATTACK, None, CIV.format("Niger"), "Niger", "Tillaberi", None, None, "2024-12-12", None), id="niger-ambush-ministry"),
    pytest.param("2024-06-10", "The RSF shelled the Saudi hospital in El Fasher on Saturday, killing two patients and a nurse, the World Health Organization said.",
                 (REMOTE, SHELLING, "RSF: Rapid Support Forces", CIV.format("Sudan"), "Sudan", "North Darfur", "El Fasher", 1, "2024-06-08", 3), id="sd-elfasher-shelling-hospital"),
    pytest.param("2025-01-13", "The Sudanese army said on Saturday it had recaptured Wad Madani, the capital of Gezira state, from the Rapid Support Forces.",
                 (BATTLE, "Government regains territory", "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces", "Sudan", "Gezira", "Wad Medani", 1, "2025-01-11", 0), id="sd-wadmadani-retake"),
    pytest.param("2025-02-20", "RSF fighters killed more than 200 people, including women and children, in a three-day assault on villages around Al-Gitaina in White Nile state, a lawyers' group said.",
                 (VAC, ATTACK, "RSF: Rapid Support Forces", CIV.format("Sudan"), "Sudan", "White Nile", None, None, None, None), id="sd-kordofan-villagers"),
    pytest.param("2024-07-22", "At least 14 people were killed when armed youths raided cattle camps in Tonj North county, Warrap state, on Sunday, a county official said.",
                 (VAC, ATTACK, None, None, "South Sudan", "Warrap", None, None, "2024-07-21", 14), id="ss-cattle-raid-warrap"),
    pytest.param("2024-08-15", "Fano fighters briefly took control of the town of Debre Tabor on Tuesday before withdrawing, residents said. Three civilians were killed in crossfire.",
                 (BATTLE, CLASH, "Fano Militia", None, "Ethiopia", "Amara", "Debre Tabor", 1, "2024-08-13", None), id="et-amhara-fano-town"),
    pytest.param("2024-08-03", "MOGADISHU - At least 32 people were killed when al-Shabaab fighters stormed a beachfront restaurant at Lido beach on Friday evening, police said. A suicide bomber detonated his vest at the entrance before gunmen opened fire.",
                 (None, None, "Al Shabaab", None, "Somalia", "Banadir", None, None, "2024-08-02", 32), id="so-shabaab-mogadishu-cafe"),
    pytest.param("2024-10-21", "A roadside bomb struck a vehicle carrying soldiers on the outskirts of Beledweyne on Sunday, killing four of them, a military officer said. No group claimed responsibility.",
                 (REMOTE, IED, UAG.format("Somalia"), "Military Forces of Somalia (2022-)", "Somalia", "Hiraan", "Beledweyne", 2, "2024-10-20", 4), id="so-iedbeledweyne"),
    pytest.param("2025-01-02", "Puntland forces said they killed 10 Islamic State militants in an offensive in the Cal Miskaad mountains of Bari region on Wednesday.",
                 (BATTLE, CLASH, None, "Islamic State (Somalia)", "Somalia", "Bari", None, None, "2025-01-01", 10), id="so-puntland-isis"),
    pytest.param("2024-10-16", "Suspected al-Shabaab militants shot dead four quarry workers near Mandera town on Monday night, the county commissioner said.",
                 (VAC, ATTACK, "Al Shabaab", CIV.format("Kenya"), "Kenya", "Mandera", "Mandera", 2, "2024-10-14", 4), id="ke-mandera-quarry"),
    pytest.param("2024-07-24", "Kenyan police arrested dozens of protesters in Nairobi on Tuesday as demonstrators tried to march on State House, witnesses said.",
                 (PROTESTS, INTERVENTION, "Protesters (Kenya)", "Police Forces of Kenya (2022-)", "Kenya", None, "Nairobi", 1, "2024-07-23", 0), id="ke-nairobi-arrests"),
    pytest.param("2024-08-01", "Suspected ADF rebels attacked a health centre in Oicha, in Beni territory, on Wednesday night, killing 10 patients and setting fire to the building, local officials said.",
                 (VAC, ATTACK, "ADF: Allied Democratic Forces", CIV.format(DRC), DRC, "Nord-Kivu", "Hyosha", 1, "2024-07-31", 10), id="drc-beni-adf-hospital"),
    pytest.param("2024-11-19", "Wazalendo fighters clashed with M23 rebels in the hills around Kalembe in Walikale territory on Monday, local sources said. The toll was not immediately known.",
                 (BATTLE, CLASH, None, "M23: March 23 Movement", DRC, "Nord-Kivu", None, None, "2024-11-18", 0), id="drc-wazalendo-m23"),
    pytest.param("2024-07-30", "CODECO militiamen killed six people at a gold mining site near Mongbwalu in Ituri province on Sunday, according to local civil society groups.",
                 (VAC, ATTACK, "CODECO: Cooperative for Development of Congo", CIV.format(DRC), DRC, "Ituri", "Mangbwalu", 2, "2024-07-28", 6), id="drc-codeco-gold"),
    pytest.param("2025-02-01", "Protesters attacked several foreign embassies in Kinshasa on Tuesday, setting fires and looting, to denounce the fall of Goma to the M23.",
                 (RIOTS, "Violent demonstration", "Rioters (Democratic Republic of Congo)", None, DRC, "Kinshasa", "Kinshasa", 1, "2025-01-28", 0), id="drc-kinshasa-protest"),
    pytest.param("2024-06-14", "Insurgents linked to the Islamic State burned 40 houses in the village of Mbau in Mocimboa da Praia district on Wednesday, forcing hundreds to flee, local sources said.",
                 (None, None, "Islamic State (Mozambique)", None, "Mozambique", "Cabo Delgado", None, None, "2024-06-12", 0), id="mz-mocimboa"),
    pytest.param("2024-08-12", "Fighting broke out between two armed groups in Tajoura, east of Tripoli, on Saturday, killing nine people, including a child, the emergency medicine centre said.",
                 (BATTLE, CLASH, None, None, "Libya", "Tripoli", "Tajura", 1, "2024-08-10", 9), id="ly-tripoli-clash-killed"),
    pytest.param("2024-05-10", "Security forces fired live rounds at opposition supporters protesting against the election results in N'Djamena on Thursday, killing at least two, the opposition said.",
                 (PROTESTS, FORCE, "Protesters (Chad)", None, "Chad", "Ville de Ndjamena", "NDjamena", 1, "2024-05-09", 2), id="td-protest-ndjamena"),
    pytest.param("2024-03-08", "Volunteers for the Defence of the Homeland killed at least 20 civilians of the Fulani community in Mouhoun province on Tuesday, rights groups said. The army has repeatedly denied such abuses.",
                 (VAC, ATTACK, "VDP: Volunteers for the Defense of the Homeland", CIV.format("Burkina Faso"), "Burkina Faso", "Boucle du Mouhoun", None, None, "2024-03-05", 20), id="bf-vdp-civilians"),
    pytest.param("2024-10-22", "A bus hit a landmine on the road between Boni and Hombori in central Mali on Monday, killing at least 12 passengers, a local official said.",
                 (REMOTE, IED, None, CIV.format("Mali"), "Mali", "Mopti", None, None, "2024-10-21", 12), id="mali-ied-bus"),
]


@pytest.mark.parametrize(("published", "text", "want"), REPORTS)
def test_the_report_makes_the_coders_record(pipeline, published, text, want):
    assert_record(event_records(pipeline, text, published), want, CODER_FIELDS)


# a sentence of background beside the news ('in past attacks', 'since last year', 'last
# month') makes no second record of the news
ONE_INCIDENT = [pytest.param(*p.values, id=p.id) for p in REPORTS if p.id in ("ng-gwoza-suicide", "niger-tamou-kidnap", "et-shewa-drone")]


@pytest.mark.parametrize(("published", "text", "want"), ONE_INCIDENT)
def test_background_makes_no_second_news_record(pipeline, published, text, want):
    news = [e for e in event_records(pipeline, text, published) if e.status == "new"]
    assert len(news) == 1, [(e.event_type, e.sub_event_type, e.location) for e in news]


# ground held for a while by takers who leave it again themselves is the fight that took it;
# ground left by the other side before it was taken is a transfer without fighting
TAKEN = [
    pytest.param("Fano fighters briefly took control of the town of Debre Tabor on Tuesday before withdrawing, residents said.",
                 (BATTLE, CLASH), id="briefly-before-withdrawing"),
    pytest.param("JNIM fighters briefly seized the town of Djibo on Sunday and withdrew the next day.",
                 (BATTLE, CLASH), id="briefly-and-withdrew"),
    pytest.param("JNIM fighters took control of the town of Djibo on Sunday after the army withdrew.",
                 (STRATEGIC, "Non-violent transfer of territory"), id="after-the-army-withdrew"),
]


@pytest.mark.parametrize(("text", "want"), TAKEN)
def test_the_takers_own_withdrawal_is_no_transfer(pipeline, text, want):
    records = event_records(pipeline, text, "2024-08-15")
    assert want in [(e.event_type, e.sub_event_type) for e in records], [(e.event_type, e.sub_event_type) for e in records]
