"""Places that 2023-2025 conflict reporting names often and the gazetteer lacked (stop 26):
curated rows of ``supplement.csv`` (a camp, a contested hill area, towns of Darfur, Gezira,
Ituri, North Kivu, Amhara, Benin's far north, Haiti's Artibonite, the Hebron hills) and other
spellings of rows it already had (``other_names.csv``: Tamboul, Kauda, Odaisseh, Bulo Burde,
Assamaka). Each short report, written here, is placed at the place it names: country,
province, location as the gazetteer spells it, and ACLED's precision code. The supplement
rows need a gazetteer built from this checkout's ``supplement.csv``."""

from __future__ import annotations

import pytest

from tests.geo.helpers import assert_placed

pytestmark = pytest.mark.slow

REPORTS = [
    pytest.param("2025-04-20", "Thousands of people fleeing El Fasher reached Tawila on Sunday after RSF fighters shelled the camp, aid workers said.", ("Sudan", "North Darfur", "Tawila", 1), id="sudan-tawila"),
    pytest.param("2025-01-12", "RSF fighters attacked villages near Jebel Moya in Sennar state on Sunday, killing 11 people.", ("Sudan", "Sennar", "Jebel Moya", 2), id="sudan-jebel-moya"),
    pytest.param("2025-02-03", "M23 rebels clashed with Wazalendo fighters in Rubaya, the coltan mining town in Masisi, on Monday.", ("Democratic Republic of Congo", "Nord-Kivu", "Rubaya", 1), id="drc-rubaya"),
    pytest.param("2025-02-16", "Rebels took control of Kavumu airport near Bukavu on Friday.", ("Democratic Republic of Congo", "Sud-Kivu", "Kavumu Airport", 1), id="drc-kavumu"),
    pytest.param("2021-11-22", "Rebels from Tigray and the Oromo Liberation Army seized Shewa Robit on Monday, residents said.", ("Ethiopia", "Amara", "Shewa Robit", 1), id="ethiopia-shewa-robit"),
    pytest.param("2024-03-09", "Rival armed groups clashed inside the Kutupalong camp in Cox's Bazar on Saturday, killing two Rohingya men.", ("Bangladesh", "Chattogram", "Kutupalong camp", 1), id="bangladesh-kutupalong"),
    pytest.param("2024-07-15", "Settlers attacked shepherds in Masafer Yatta on Monday, injuring three Palestinians.", ("Palestine", "West Bank", "Masafer Yatta", 2), id="west-bank-masafer-yatta"),
    pytest.param("2025-01-08", "Jihadists attacked a military post in Karimama, in northern Benin, on Wednesday, killing 28 soldiers.", ("Benin", "Alibori", "Karimama", 1), id="benin-karimama"),
    pytest.param("2024-12-11", "Gang members attacked Petite-Rivière-de-l'Artibonite on Wednesday, killing seven residents, local officials said.", ("Haiti", "Artibonite", "Petite-Riviere-de-lArtibonite", 1), id="haiti-petite-riviere"),
    pytest.param("2024-10-22", "RSF fighters stormed Tamboul, a town in Gezira state, on Tuesday, killing 13 civilians.", ("Sudan", "Gezira", "Tambul", 1), id="sudan-tamboul"),
    pytest.param("2025-02-11", "Fighting erupted around Al Khuwei in West Kordofan on Tuesday, killing 20 people.", ("Sudan", "West Kordofan", "Khuwayy", 1), id="sudan-khuwei"),
    pytest.param("2025-05-03", "A drone struck the market in Kauda, in the Nuba Mountains, on Saturday, killing five people.", ("Sudan", "South Kordofan", "Kawdah", 1), id="sudan-kauda"),
    pytest.param("2024-06-02", "Gunmen killed seven villagers in Tabit on Monday, residents said.", ("Sudan", "North Darfur", "Thabit", 1), id="sudan-tabit"),
    pytest.param("2024-10-03", "An Israeli strike on Odaisseh in south Lebanon killed two Hezbollah fighters on Thursday.", ("Lebanon", "Nabatiye", "Aadaisse", 1), id="lebanon-odaisseh"),
    pytest.param("2024-11-08", "An Israeli strike in Mays al-Jabal wounded three people on Friday.", ("Lebanon", "Nabatiye", "Meiss ej Jabal", 1), id="lebanon-mays"),
    pytest.param("2024-03-09", "Al-Shabaab fighters attacked an army base in Bulo Burde on Saturday, killing six soldiers.", ("Somalia", "Hiraan", "Buulobarde", 1), id="somalia-bulo-burde"),
    pytest.param("2024-05-05", "A drone struck the market in Mahas, in Hiran region, on Sunday, killing four people.", ("Somalia", "Hiraan", "Maxaas", 1), id="somalia-mahas"),
    pytest.param("2024-05-20", "Gunmen attacked a police post in Assamaka near the Algerian border, killing 10 officers.", ("Niger", "Agadez", "Assamakka", 1), id="niger-assamaka"),
]


@pytest.mark.parametrize(("published", "text", "place"), REPORTS)
def test_report_is_placed_at_the_place_it_names(pipeline, published, text, place):
    assert_placed(pipeline, published, text, place)
