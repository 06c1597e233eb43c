"""The units and local institutions an article's words name outside its place names
(`sitroom.geo.wording`), and the ranker features read from them."""

from __future__ import annotations

from sitroom.geo.context import ArticleContext, Mention
from sitroom.geo.normalize import name_key
from sitroom.geo.ranker import _shared, _wording_features
from sitroom.geo.wording import read_wording

from .helpers import hit


def test_a_county_named_inside_an_office_is_written():
    words = read_wording("Deputies of the Marlow County sheriff's office searched the creek.")
    assert words.writes("Marlow County", "") is True


def test_half_of_a_two_word_name_is_not_the_name():
    words = read_wording("Officers from Marlow searched the creek.")
    assert words.writes("Marlow County", "") is False


def test_a_name_tagged_as_a_place_is_left_to_the_frame():
    text = "Crews from Quenby and Tarrow Valley cleared the road."
    start = text.index("Tarrow Valley")
    words = read_wording(text, [(start, start + len("Tarrow Valley"))])
    assert words.writes("Tarrow Valley", "") is False


def test_the_mentions_own_name_says_nothing_for_itself():
    words = read_wording("The Quenby council met in the Quenby hall.")
    assert words.writes("Quenby", name_key("Quenby")) is False


def test_a_generic_word_is_no_units_name():
    words = read_wording("The Central Bank raised its rate.")
    assert words.writes("Central", "") is False


def test_a_state_trooper_is_american_local_news():
    assert read_wording("A state trooper said the driver was unhurt.").homes == {"US"}


def test_a_sheriff_or_a_senator_names_no_country():
    # Scottish courts have sheriffs; Philippine and Nigerian papers write "Sen." and "Gov."
    assert read_wording("The sheriff jailed him, Sen. Okafor said.").homes == frozenset()


def test_a_police_constable_is_british_local_news():
    assert read_wording("PC Hollis asked witnesses to come forward.").homes == {"GB"}


def test_a_township_is_no_countrys_local_word():
    assert read_wording("Soldiers raided a village in the Kyaukse Township.").homes == frozenset()


def _features(pool, text, name="Fernhill"):
    ctx = ArticleContext()
    ctx.wording = read_wording(text)
    mention = Mention(name, 0, len(name))
    return [_wording_features(h, ctx, _shared(tuple(pool), mention, ctx)) for h in pool]


def test_a_namesake_in_the_state_the_text_writes_gets_the_admin1_feature():
    here = hit("Fernhill", "Ostmark", 40.0, -85.0, cc="US")
    there = hit("Fernhill", "Westland", 35.0, -95.0, cc="US")
    rows = _features([here, there], "Fernhill firemen and Ostmark Highway Patrol troopers helped.")
    assert [r[0] for r in rows] == [1.0, 0.0]


def test_local_words_favour_the_namesake_in_their_country():
    home = hit("Fernhill", "Ostmark", 40.0, -85.0, cc="US")
    abroad = hit("Fernhill", "Nordia", 50.0, 10.0, cc="DE", pop=400_000)
    rows = _features([home, abroad], "Fernhill's school district asked the fire chief for help.")
    assert [r[1] for r in rows] == [1.0, 0.0]


def test_a_countrys_name_keeps_no_local_words_feature():
    town = hit("Fernhill", "Ostmark", 40.0, -85.0, cc="US")
    country = hit("Fernhill", "", 20.0, 30.0, fcode="PCLI", cc="FH")
    rows = _features([town, country], "The fire chief spoke of trade with Fernhill.")
    assert [r[1] for r in rows] == [0.0, 0.0]


def test_a_provinces_name_is_not_read_as_a_town_of_the_state_the_text_writes():
    province = hit("Fernhill", "Fernhill", 30.0, -90.0, fcode="ADM1", cc="US")
    town = hit("Fernhill", "Ostmark", 40.0, -85.0, cc="US")
    rows = _features([province, town], "Fernhill growers met Ostmark Highway Patrol officers.")
    assert [r[0] for r in rows] == [0.0, 0.0]


def test_a_newspapers_name_writes_no_state():
    words = read_wording("Crews cleared the pier, The Ostmark Post reported on Monday.")
    assert words.writes("Ostmark", "") is False


def test_a_broadcasters_city_and_state_are_not_written():
    words = read_wording("A Lanford City Star reporter filmed the fire in Quenby.")
    assert words.writes("Lanford", "") is False


def test_a_state_named_beside_a_newspaper_is_still_written():
    text = "Ostmark troopers closed the bridge, the Daily Courier said."
    assert read_wording(text).writes("Ostmark", "") is True


def test_an_abbreviated_street_address_is_north_american_local_news():
    words = read_wording("Officers were called to a house at 412 N. Larkspur Ave. on Sunday.")
    assert words.homes == {"US"}


def test_a_street_written_out_in_full_names_no_country():
    assert read_wording("Ministers met at 10 Carrow Street on Monday.").homes == frozenset()


def test_a_misdemeanor_or_a_grand_jury_is_american_local_news():
    assert read_wording("She was charged with a misdemeanor, the sheriff's office said.").homes == {"US"}
    assert read_wording("A grand jury indicted the driver last week.").homes == {"US"}


def test_a_party_word_after_a_state_is_no_newspaper():
    words = read_wording("The Ostmark Republican senator toured the flooded valley.")
    assert words.writes("Ostmark", "") is True


def test_a_post_named_without_the_or_a_word_of_reporting_is_a_place():
    words = read_wording("Guards fired on smugglers near Ostmark Border Post at dawn.")
    assert words.writes("Ostmark", "") is True
