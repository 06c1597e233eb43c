"""Names in another romanisation (Ukrainian / Russian / French / English spellings of one
name), on a gazetteer of made-up places written with the real writer: asked only once every
exact key failed, and never for short names."""

from __future__ import annotations

import sqlite3

import pytest

from sitroom.geo.build_db import Row, roman_keys, write_db
from sitroom.geo.context import ArticleContext
from sitroom.geo.gazetteer import Gazetteer
from sitroom.geo.loose import romanised_fits
from sitroom.geo.normalize import name_key, roman_key, roman_long_enough

COUNTRIES = {
    cc: {"cc": cc, "iso3": iso3, "isonum": n, "name": name, "region": "Europe", "place": pid}
    for cc, iso3, n, name, pid in (("UA", "UKR", 804, "Ukraine", 1), ("LB", "LBN", 422, "Lebanon", 2))
}


def _village(pid: int, name: str, cc: str, *aliases: str) -> Row:
    return Row(pid, name, "P", "PPL", cc, 48.0 + pid / 100, 37.0, 0, source="t", names=[name, *aliases])


@pytest.fixture
def made_up(tmp_path):
    path = tmp_path / "g.sqlite"
    rows = [
        Row(1, "Ukraine", "A", "PCLI", "UA", 49.0, 32.0, 40_000_000, precision=3, names=["Ukraine"]),
        Row(2, "Lebanon", "A", "PCLI", "LB", 33.9, 35.8, 5_000_000, precision=3, names=["Lebanon"]),
        _village(10, "Kosmitne", "UA"),
        _village(11, "Golubitskoye", "UA"),
        _village(12, "Verkhnebrodovka", "UA"),
        _village(13, "Zabaddaoui", "LB"),
        _village(14, "Ternivka", "UA"),
        _village(15, "Ternovka", "UA"),
        _village(16, "Syevirne", "UA"),
        _village(17, "Lyka", "UA"),
        _village(18, "Marhalivka", "UA"),
        _village(19, "Marhalivka", "LB"),  # the same name in another country
        _village(20, "Ostrohorske", "UA", "Tsvitne"),  # known by another name
        _village(21, "Dhul Xamar", "UA"),  # Somali x: h
    ]
    write_db(path, rows, COUNTRIES, {}, {"test": "1"})
    return path


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kosmytne", "Kosmitne"),  # y / i
        ("Holubytske", "Golubitskoye"),  # h / g, -ske / -skoye
        ("Verkhnyobrodivka", "Verkhnebrodovka"),  # -nyo- / -ne-, -ivka / -ovka
        ("Zabaddawi", "Zabaddaoui"),  # w / ou
        ("Qarniyeh", "El Qarnie"),  # -iyeh / -ie
        ("Sukhorichne", "Suhorichnoye"),  # kh / h, -ne / -noye
        ("Bilohirskyi", "Bilogirskiy"),  # -skyi / -skiy
        ("Chornobaivskyi", "Chornobaivskiye"),  # plural -skiye
        ("Kabdoschi", "Kabdoshi"),  # German sch
        ("Gurbaanow", "Gurbaano"),  # Somali -ow
        ("Chmeisrat", "Chmaisrat"),  # ei / ai
        ("Schostka", "Shostka"),  # German sch
        ("Jdeideh", "Jdaideh"),  # Levantine French ei / English ai
        ("Tiyeeglow", "Tiyeeglo"),  # Somali -ow
        ("Kyiv", "Kiev"),  # Ukrainian -yiv / Russian -iev
        ("Kyiv", "Kiyev"),
        ("Kharkiv", "Kharkov"),  # a final Ukrainian -iv / Russian -ov
        ("Lviv", "Lvov"),
        ("Chernihiv", "Chernigov"),
        ("Chemerivtsi", "Chemerovtsy"),  # -ivtsi / -ovtsy
        ("Ivanivske", "Ivanovskoye"),  # -ivske / -ovskoye
        ("Kframella", "Kaframella"),  # Levantine Kfr / Kafr run into one word
        ("Kfarsoudi", "Kafarsoudi"),  # Kfar / Kafar
    ],
)
def test_romanisations_of_one_name_share_a_roman_key(one, other):
    assert roman_key(name_key(one)) == roman_key(name_key(other))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Petrivka", "Pavlivka"),
        ("Kosmitne", "Kosmatne"),
        # Ukrainian i / Russian o only in the endings that swap them: an i before another
        # consonant inside a name is no such ending (a Turkish town, and a made-up twin)
        ("Sivrihisar", "Sovrihisar"),
        ("Divrigi", "Dovrigi"),
        ("Kafirella", "Kframella"),  # only an r after Kf- / Kaf- makes the Kafr prefix
    ],
)
def test_other_names_keep_other_roman_keys(one, other):
    assert roman_key(name_key(one)) != roman_key(name_key(other))


def test_only_keys_that_change_are_filed(made_up):
    assert roman_keys(["kosmitne", "syevirne", "lyka"]) == {"sievirne"}  # "lyka": too short


def test_build_files_only_keys_the_lookup_asks():
    # five letters before folding ("tyyiv"), three after ("tov"): a key no lookup asks is
    # not filed; the letters counted are those of the folded key, spaces not counted
    assert roman_keys(["tyyiv", "ab yyiv"]) == set()
    assert not roman_long_enough(roman_key("tyyiv"))
    filed = roman_keys(["kosmitne", "syevirne", "tyyiv", "ab yyiv", "dhul xamar", "verkhnebrodovka"])
    assert filed and all(roman_long_enough(k) for k in filed)


def test_another_romanisation_finds_the_place(made_up):
    gaz = Gazetteer(made_up)
    for query, name in (
        ("Kosmytne", "Kosmitne"),  # the query folds onto a plain key
        ("Sievirne", "Syevirne"),  # the place's key folds onto the query
        ("Holubytske", "Golubitskoye"),
        ("Verkhnyobrodivka", "Verkhnebrodovka"),
        ("Zabaddawi", "Zabaddaoui"),
        ("Dhulhamar", "Dhul Xamar"),  # run together, and Somali x
    ):
        assert gaz.lookup(query) == ()  # the exact lookup stays exact
        hits = gaz.romanised(query)
        assert [h.name for h in hits] == [name], query
        assert not hits[0].primary  # found under another spelling, not its own name


def test_short_names_are_not_folded(made_up):
    gaz = Gazetteer(made_up)
    assert gaz.romanised("Lika") == ()  # four letters: too many namesakes under a fold


def test_a_gazetteer_built_before_romanised_keys_still_answers(made_up):
    con = sqlite3.connect(made_up)
    con.execute("DROP TABLE roman")
    con.commit()
    con.close()
    gaz = Gazetteer(made_up)
    assert [h.name for h in gaz.romanised("Kosmytne")] == ["Kosmitne"]  # plain keys still asked
    assert gaz.romanised("Sievirne") == ()


def _fits(gaz, name, ctx=None):
    return [h.name for h in romanised_fits(gaz.romanised(name), name, None, ctx or ArticleContext(), False)]


def test_with_no_country_to_check_only_one_unambiguous_reading_is_taken(made_up):
    gaz = Gazetteer(made_up)
    assert _fits(gaz, "Kosmytne") == ["Kosmitne"]
    assert _fits(gaz, "Marhalovka") == []  # two countries have the name: no guess
    assert _fits(gaz, "Tsvytne") == []  # only another of the place's names folds onto it


def test_in_a_framed_article_the_reading_lies_in_its_countries(made_up):
    gaz = Gazetteer(made_up)
    lebanese = ArticleContext()
    lebanese.places["LB"] = 2.0
    assert _fits(gaz, "Marhalovka", lebanese) == ["Marhalivka"]
    assert [h.cc for h in romanised_fits(gaz.romanised("Marhalovka"), "Marhalovka", None, lebanese, False)] == ["LB"]
    assert _fits(gaz, "Kosmytne", lebanese) == []  # a Ukrainian village in a report on Lebanon
