"""Candidates under other spellings, on a gazetteer of made-up places written with the real
writer: one slip of the keyboard (only inside the countries asked), an article run into the
name, a numbered settlement beside a town, and the q/g/k and gh/kh swaps of transliteration."""

from __future__ import annotations

import pytest

from sitroom.geo.build_db import Row, write_db
from sitroom.geo.gazetteer import Gazetteer
from sitroom.geo.normalize import (
    consonant_fold,
    glued_article,
    loose_key,
    skeleton,
    typo_skeletons,
)

COUNTRIES = {
    cc: {"cc": cc, "iso3": iso3, "isonum": n, "name": name, "region": "Middle East", "place": pid}
    for cc, iso3, n, name, pid in (
        ("LY", "LBY", 434, "Libya", 1),
        ("SY", "SYR", 760, "Syria", 2),
        ("ZM", "ZMB", 894, "Zambia", 3),
    )
}


def _town(pid: int, name: str, cc: str, lat: float, lon: float, *aliases: str) -> Row:
    return Row(pid, name, "P", "PPL", cc, lat, lon, 5_000, source="t", names=[name, *aliases])


@pytest.fixture
def made_up(tmp_path):
    path = tmp_path / "g.sqlite"
    rows = [
        Row(1, "Libya", "A", "PCLI", "LY", 27.0, 17.0, 6_000_000, precision=3, names=["Libya"]),
        Row(2, "Syria", "A", "PCLI", "SY", 35.0, 38.0, 20_000_000, precision=3, names=["Syria"]),
        Row(3, "Zambia", "A", "PCLI", "ZM", -14.0, 27.0, 18_000_000, precision=3, names=["Zambia"]),
        _town(10, "Qaşr Bin Tarmūlī", "LY", 32.6, 13.3, "Qasr Bin Tarmuli"),
        _town(11, "Al Qaramundi", "LY", 32.7, 13.6),
        _town(12, "Akhtarūnah", "SY", 36.5, 37.2),
        _town(13, "Mpelembwe", "ZM", -15.4, 28.4),
        _town(14, "Mpelembwe", "SY", 35.1, 36.7),  # the same name in another country
        _town(15, "Bir Sawkana", "SY", 35.3, 40.1),
        _town(16, "Zorvanka", "SY", 36.1, 38.0),
        _town(17, "Dandu", "ZM", -13.0, 28.0),
    ]
    write_db(path, rows, COUNTRIES, {}, {"test": "1"})
    return Gazetteer(path)


def test_typo_skeletons_are_one_consonant_slip_away_and_keep_the_first_letter():
    slips = typo_skeletons(skeleton("mpelmbwe"))
    assert skeleton("mpelmbwe") in slips  # a vowel slip keeps the skeleton
    assert skeleton("mpelembwe") in slips and skeleton("mpelmwbe") in slips
    assert skeleton("mplmbw") in slips and skeleton("mpelmbe") in slips  # one dropped
    assert skeleton("mpelmbwe") != skeleton("mpelmkwe") and skeleton("mpelmkwe") in slips
    assert skeleton("npelmbwe") not in slips  # the first letter is kept
    assert skeleton("mpekmbze") not in slips  # two slips


def test_a_typo_is_found_only_inside_the_countries_asked(made_up):
    assert {h.id for h in made_up.fuzzy("Mpelmbwe", frozenset({"ZM"}))} == {13}
    assert {h.id for h in made_up.fuzzy("Mpelembew", frozenset({"SY"}))} == {14}
    assert not made_up.fuzzy("Mpelmbwe", frozenset({"LY"}))
    assert not made_up.fuzzy("Mpelmbwe", frozenset())  # no frame: no guess
    assert not made_up.fuzzy("Danbu", frozenset({"ZM"}))  # five letters: not guessed
    assert not made_up.fuzzy("Npelembwe", frozenset({"ZM"}))  # the first letter is kept
    assert all(not h.primary for h in made_up.fuzzy("Mpelmbwe", frozenset({"ZM"})))


def test_one_misspelling_in_two_frames_is_scanned_once_and_each_keeps_its_own(made_up):
    assert {h.id for h in made_up.fuzzy("Mpelebmwe", frozenset({"ZM"}))} == {13}
    assert {h.id for h in made_up.fuzzy("Mpelebmwe", frozenset({"SY"}))} == {14}
    assert {h.id for h in made_up.fuzzy("Mpelebmwe", frozenset({"SY", "ZM"}))} == {13, 14}
    assert not made_up.fuzzy("Mpelebmwe", frozenset({"LY"}))
    assert made_up._slips.cache_info().misses == 1  # the keys one slip away: read once


def test_an_article_run_into_the_name_is_looked_through(made_up):
    assert glued_article("alqaramundi") == "qaramundi"
    assert glued_article("elzorvanka") == "zorvanka"
    assert glued_article("alba") == "" and glued_article("al zorvanka") == ""
    assert [h.id for h in made_up.lookup("Elzorvanka")] == [16]
    assert [h.id for h in made_up.lookup("Alqaramundi")] == [11]
    assert not made_up.lookup("Elzorvanka")[0].primary
    assert not made_up.lookup("Alzorvankas")  # the rest must be a name itself


def test_a_numbered_settlement_falls_to_its_town(made_up):
    assert [h.id for h in made_up.lookup("Zorvanka-3")] == [16]
    assert not made_up.lookup("Zorvanka-300")  # a number of one or two digits
    assert not made_up.lookup("Zorvanka 3")  # only hyphened onto the name
    assert not made_up.lookup("Syria-2")  # a town, not a country


def test_q_g_and_k_and_gh_kh_are_one_letter_for_variants():
    assert skeleton("gasr") == skeleton("qasr") == skeleton("kasr")
    assert skeleton("aghtaruna") == skeleton("akhtaruna")
    assert skeleton("gasr") != skeleton("jasr")
    assert consonant_fold(loose_key("garamundi")) == consonant_fold(loose_key("qaramundi"))
    assert consonant_fold(loose_key("aghtaruna")) == consonant_fold(loose_key("akhtaruna"))


def test_variants_read_alternate_names_and_dialect_spellings(made_up):
    assert 10 in {h.id for h in made_up.variants("Gasr Ben Tarmuli")}
    assert 11 in {h.id for h in made_up.variants("Garamundi")}  # qaf written g
    assert 12 in {h.id for h in made_up.variants("Aghtaruna")}  # ghayn for kha
    assert 15 in {h.id for h in made_up.variants("Bir Sawkanah")}  # an -ah ending
    assert not made_up.variants("Jaramundi")


def test_a_file_built_before_schema_4_still_answers(made_up, tmp_path):
    """A gazetteer whose skeletons point at places (schema 3) is read the old way until it is
    rebuilt: variants by the place's own name, no typo search, no error."""
    import shutil
    import sqlite3

    old = tmp_path / "old.sqlite"
    shutil.copy(made_up.path, old)
    con = sqlite3.connect(old)
    rows = con.execute("SELECT s.skel, a.place FROM skel s JOIN alias a ON a.key = s.key").fetchall()
    con.execute("DROP TABLE skel")
    con.execute("CREATE TABLE skel (skel TEXT, place INTEGER, PRIMARY KEY (skel, place))")
    con.executemany("INSERT OR IGNORE INTO skel VALUES (?, ?)", rows)
    con.commit()
    con.close()
    gaz = Gazetteer(old)
    assert 15 in {h.id for h in gaz.variants("Bir Sawkanah")}
    assert {h.id for h in made_up.fuzzy("Mpelebwe", frozenset({"ZM"}))} == {13}  # a consonant lost
    assert not gaz.fuzzy("Mpelebwe", frozenset({"ZM"}))
    assert [h.id for h in gaz.lookup("Elzorvanka")] == [16]
