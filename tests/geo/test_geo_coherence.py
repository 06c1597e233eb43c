"""The article's places agree with each other (`sitroom.geo.coherence`, `sitroom.geo.support`),
on sentences and made-up gazetteer rows written for these tests."""

from __future__ import annotations

from dataclasses import replace

from sitroom.geo.coherence import dateline_town, majority_sense, one_sense
from sitroom.geo.context import Mention
from sitroom.geo.mentions import mentions_from_spans
from sitroom.geo.resolve import resolve_all
from sitroom.geo.support import Support
from tests.geo.helpers import hit


def _resolve(text: str, *names: str, gaz) -> list[Mention]:
    spans = set()
    for name in names:
        start = text.find(name)
        while start >= 0:
            spans.add((start, start + len(name)))
            start = text.find(name, start + len(name))
    mentions = mentions_from_spans(text, sorted(spans))
    resolve_all(mentions, gaz)
    return mentions


def test_a_name_placed_once_keeps_that_place_when_written_bare(gaz):
    text = (
        "A bakery opened in Elizabethtown, Pennsylvania on Friday. The owner grew up in "
        "Hoboken, New Jersey. Elizabethtown shoppers lined up before dawn."
    )
    mentions = _resolve(text, "Elizabethtown", "Pennsylvania", "Hoboken", "New Jersey", gaz=gaz)
    towns = [m.resolved for m in mentions if m.text == "Elizabethtown"]
    assert len(towns) == 2
    assert all(t is not None and t.name == "Elizabethtown" and t.admin1 == "Pennsylvania" for t in towns)


def _mention(text: str, start: int, resolved, container: Mention | None = None, kind: str = "") -> Mention:
    return Mention(text, start, start + len(text), kind=kind, container=container, resolved=resolved)


NORTH = hit("Harlow", "Northmark", 10.0, 10.0)
SOUTH = hit("Harlow", "Southmark", 30.0, 30.0)
NORTH_DISTRICT = hit("Harlow", "Northmark", 10.1, 10.1, fcode="ADM2")
PROVINCE = hit("Northmark", "Northmark", 10.5, 10.5, fcode="ADM1")


def _placed(resolved=NORTH) -> Mention:
    province = _mention("Northmark", 8, PROVINCE)
    return _mention("Harlow", 0, resolved, container=province)


def test_one_sense_moves_only_bare_mentions_of_the_same_level():
    placed = _placed()
    bare = _mention("Harlow", 40, SOUTH)
    kind = _mention("Harlow", 60, SOUTH, kind="village")  # its own kind word: left alone
    district = _mention("Harlow", 80, NORTH_DISTRICT)  # a district is not its town
    changes = one_sense([placed, bare, kind, district])
    assert changes == [(bare, NORTH)]


def test_placements_that_disagree_set_nothing():
    other = _mention("Harlow", 20, SOUTH, container=_mention("Southmark", 28, None))
    other.container.resolved = hit("Southmark", "Southmark", 30.2, 30.2, fcode="ADM1")
    bare = _mention("Harlow", 40, NORTH)
    assert one_sense([_placed(), other, _mention("Harlow", 50, SOUTH), bare]) == []
    # a reading its container refuses is no placement
    assert one_sense([_placed(SOUTH), _mention("Harlow", 40, NORTH)]) == []


def test_a_name_that_holds_a_placed_town_places_itself_for_its_bare_mentions():
    """ "Harlow, Northmark" makes Northmark the province that holds Harlow; a later bare
    "Northmark" read as a town abroad is that province too (another level, but not the
    same place at another level: another country)."""
    province = _mention("Northmark", 8, PROVINCE)
    town = _mention("Harlow", 0, NORTH, container=province)
    abroad = _mention("Northmark", 40, hit("Northmark", "Farshire", 50.0, 50.0, cc="YY"))
    assert one_sense([town, province, abroad]) == [(abroad, PROVINCE)]


def test_a_holding_province_does_not_move_its_own_country_s_town_of_that_name():
    province = _mention("Northmark", 8, PROVINCE)
    town = _mention("Harlow", 0, NORTH, container=province)
    seat = _mention("Northmark", 40, hit("Northmark", "Northmark", 10.4, 10.4))
    assert one_sense([town, province, seat]) == []


class _Gazetteer:
    """Just enough of `Gazetteer` for `Support`: exact lookups of made-up rows."""

    def __init__(self, rows):
        self.rows = rows

    def lookup(self, text):
        return tuple(h for h in self.rows if h.name == text)


def test_a_district_supports_only_the_towns_of_its_own_province():
    """US counties repeat from state to state: a town filed under another state's county
    of that name is not inside the county the text names."""
    county = hit("Lakemoor County", "Westland", 40.0, -100.0, fcode="ADM2")
    inside = replace(hit("Brindle", "Westland", 40.2, -100.1), admin2="Lakemoor County")
    elsewhere = replace(hit("Brindle", "Eastmark", 35.0, -80.0), admin2="Lakemoor County")
    support = Support(["Brindle", "Lakemoor County"], _Gazetteer([county, inside, elsewhere]))
    pool = (inside, elsewhere)
    assert support.of(inside, pool, "Brindle")[1] == 1
    assert support.of(elsewhere, pool, "Brindle")[1] == 0
    assert support.of(county, (county,), "Lakemoor County")[1] == 1  # the town inside it


def test_a_lone_far_reading_follows_the_name_s_other_mentions():
    """Three mentions of one name, two read as the town and one (a kind word sent it to a
    district) as a far namesake: that one follows the others; a near district stays."""
    far = hit("Harlow County", "Southmark", 30.0, 30.0, fcode="ADM2")
    lone = _mention("Harlow", 60, far, kind="area")
    group = [_mention("Harlow", 0, NORTH), _mention("Harlow", 30, NORTH), lone]
    assert majority_sense(group) == [(lone, NORTH)]
    near = _mention("Harlow", 60, NORTH_DISTRICT, kind="district")
    assert majority_sense([*group[:2], near]) == []


def test_a_unit_the_text_names_is_not_moved_to_the_majoritys_town():
    # "the Harlow region" read as the province: two mentions of the town do not make it one
    province = hit("Harlow", "Harlow", 31.5, 31.5, fcode="ADM1")
    region = _mention("Harlow", 60, province, kind="admin1")
    group = [_mention("Harlow", 0, NORTH), _mention("Harlow", 30, NORTH), region]
    assert majority_sense(group) == []


def test_no_majority_or_a_placed_reading_sets_nothing():
    two = [_mention("Harlow", 0, NORTH), _mention("Harlow", 30, SOUTH)]
    assert majority_sense(two) == []  # one against one: no sense to follow
    split = [*two, _mention("Harlow", 50, NORTH), _mention("Harlow", 70, SOUTH)]
    assert majority_sense(split) == []  # two against two
    placed = _placed(SOUTH)
    placed.container.resolved = hit("Southmark", "Southmark", 30.2, 30.2, fcode="ADM1")
    group = [_mention("Harlow", 20, NORTH), _mention("Harlow", 30, NORTH), placed]
    assert majority_sense(group) == []  # the text put that one in its own container


def test_a_name_read_apart_once_is_read_as_the_article_reads_it(gaz):
    """'the X area' alone would be the only county named X, two states away."""
    text = (
        "Snow fell on Amherst overnight. Amherst plows ran until noon, and schools in the "
        "Amherst area opened late. Northampton and Hadley also delayed classes."
    )
    mentions = _resolve(text, "Amherst", "Northampton", "Hadley", gaz=gaz)
    towns = {(m.resolved.cc, m.resolved.admin1) for m in mentions if m.text == "Amherst" and m.resolved}
    assert towns == {("US", "Massachusetts")}


def _dateline(text: str, resolved, kind: str = "") -> Mention:
    m = _mention(text, 0, resolved, kind=kind)
    m.dateline = True
    return m


def test_a_dateline_read_as_a_state_is_the_town_of_that_name():
    state = hit("Corvale", "Corvale", 45.0, -120.0, fcode="ADM1")
    capital = hit("Corvale", "Capital District", 38.0, -77.0, fcode="PPLC", pop=600_000)
    village = hit("Corvale", "Eastmark", 40.0, -80.0, pop=900)
    abroad = hit("Corvale", "Farland", 10.0, 10.0, cc="YY", pop=2_000_000)
    lookup = _Gazetteer([state, capital, village, abroad]).lookup
    line = _dateline("Corvale", state)
    assert dateline_town([line], lookup) == [(line, capital)]  # its country's largest town


def test_a_state_dateline_is_no_namesake_village_of_another_state():
    state = hit("Corvale", "Corvale", 45.0, -120.0, fcode="ADM1")
    village = hit("Corvale", "Eastmark", 40.0, -80.0, pop=900)
    lookup = _Gazetteer([state, village]).lookup
    assert dateline_town([_dateline("Corvale", state)], lookup) == []


def test_a_state_dateline_is_the_town_of_that_name_inside_the_state():
    state = hit("Corvale", "Corvale", 45.0, -120.0, fcode="ADM1")
    city = hit("Corvale", "Corvale", 45.5, -120.5, pop=80_000)
    lookup = _Gazetteer([state, city, hit("Corvale", "Eastmark", 40.0, -80.0, pop=90_000)]).lookup
    line = _dateline("Corvale", state)
    assert dateline_town([line], lookup) == [(line, city)]


def test_a_country_dateline_is_its_capital_only():
    country = hit("Corvale", "", 45.0, -120.0, fcode="PCLI")
    town = hit("Corvale", "Eastmark", 40.0, -80.0, pop=90_000)
    lookup = _Gazetteer([country, town]).lookup
    assert dateline_town([_dateline("Corvale", country)], lookup) == []


def test_only_a_dateline_without_a_kind_word_gives_way_to_a_town():
    state = hit("Corvale", "Corvale", 45.0, -120.0, fcode="ADM1")
    lookup = _Gazetteer([state, hit("Corvale", "Eastmark", 40.0, -80.0)]).lookup
    stated = _dateline("Corvale", state, kind="admin1")  # "CORVALE STATE, May 2 -"
    plain = _mention("Corvale", 40, state)  # not a dateline: a state like any other
    assert dateline_town([stated, plain], lookup) == []
    alone = _dateline("Corvale", hit("Corvale", "Corvale", 45.0, -120.0, fcode="ADM1", cc="ZZ"))
    assert dateline_town([alone], lookup) == []  # no town of that name in its country


def test_a_dateline_in_capitals_after_a_run_in_headline():
    from sitroom.geo.mentions import is_dateline

    text = "Storm shuts schools. HARTWELL \u2014 Classes were called off on Monday."
    start = text.index("HARTWELL")
    assert is_dateline(text, start, start + len("HARTWELL"))
    mixed = "Storm shuts schools. Hartwell \u2014 a town of mills \u2014 lost power."
    assert not is_dateline(mixed, mixed.index("Hartwell"), mixed.index("Hartwell") + 8)
    plain = "Storm shuts schools. HARTWELL residents lost power."
    assert not is_dateline(plain, plain.index("HARTWELL"), plain.index("HARTWELL") + 8)


def test_a_wire_dateline_is_the_capital_not_the_state(gaz):
    """Among three states a bare "Washington" would be the state; as the dateline it is
    the capital the reporter files from."""
    text = (
        "Senate passes farm bill. WASHINGTON (AP) \u2014 Senators from Oregon, Idaho and "
        "Montana approved the bill on Thursday."
    )
    mentions = _resolve(text, "WASHINGTON", "Oregon", "Idaho", "Montana", gaz=gaz)
    got = mentions[0].resolved
    assert mentions[0].dateline and got is not None and got.admin1 == "District of Columbia"
    assert all(m.resolved is not None and m.resolved.fcode == "ADM1" for m in mentions[1:])


def test_a_bare_dateline_read_as_a_small_town_is_its_country_s_capital():
    capital = hit("Harlow", "Capital District", 20.0, 20.0, fcode="PPLC", pop=900_000)
    town = hit("Harlow", "Northmark", 10.0, 10.0)
    lookup = {"Harlow": (town, capital)}.get
    bare = _dateline("HARLOW", town)
    assert dateline_town([bare], lambda t: lookup(t.title(), ())) == [(bare, capital)]
    placed = _dateline("HARLOW", town)
    placed.container = _mention("Northmark", 8, PROVINCE)  # "HARLOW, Northmark -": the town
    assert dateline_town([placed], lambda t: lookup(t.title(), ())) == []


def test_a_capital_dateline_beside_a_namesake_s_region_stays_the_capital(gaz):
    text = (
        "Pipeline rules tightened. WASHINGTON \u2014 Regulators said on Monday that a leak "
        "near Pittsburgh, Pa. had gone unreported for a week."
    )
    mentions = _resolve(text, "WASHINGTON", "Pittsburgh", "Pa.", gaz=gaz)
    got = mentions[0].resolved
    assert mentions[0].dateline and got is not None and got.fcode == "PPLC"
