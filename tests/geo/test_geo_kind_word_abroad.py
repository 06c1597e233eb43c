"""A name written with its kind word ("X district") whose rows under that full name all lie
abroad is read as the name alone in the article's own countries: a report on Jordan's
"Karak district" means Jordan's Karak, not Pakistan's Karak District."""

from __future__ import annotations

from tests.geo.helpers import mentions_by_name


def test_karak_district_in_a_report_on_jordan(gaz):
    text = "Gunmen attacked a police patrol in the Karak district of Jordan on Sunday."
    m = mentions_by_name(gaz, text, "Karak district", "Jordan")["Karak district"]
    assert m.resolved is not None and m.resolved.cc == "JO"


def test_bor_district_in_a_report_from_juba(gaz):
    text = "JUBA, South Sudan - Cattle raiders killed nine herders in Bor district on Tuesday."
    m = mentions_by_name(gaz, text, "JUBA", "South Sudan", "Bor district")["Bor district"]
    assert m.resolved is not None and (m.resolved.cc, m.resolved.admin1) == ("SS", "Jonglei")


def test_the_full_name_at_home_keeps_its_row(gaz):
    text = "Security forces raided homes in Kandahar district of Afghanistan overnight."
    m = mentions_by_name(gaz, text, "Kandahar district", "Afghanistan")["Kandahar district"]
    assert m.resolved is not None and m.resolved.cc == "AF"


def test_a_unit_word_keeps_the_unit_among_the_home_rows(gaz):
    text = "Two fighters died when a mine exploded in Daman district, Kandahar, on Monday."
    m = mentions_by_name(gaz, text, "Daman district", "Kandahar")["Daman district"]
    assert m.resolved is not None and (m.resolved.cc, m.resolved.fcode) == ("AF", "ADM2")
