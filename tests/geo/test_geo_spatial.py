"""Spatial coherence (`sitroom.geo.spatial`): a bare name read far from every other place
of the article moves to a namesake that lies among them, on made-up rows and on sentences
written for these tests."""

from __future__ import annotations

from sitroom.geo.context import Mention
from sitroom.geo.mentions import mentions_from_spans
from sitroom.geo.resolve import resolve_all
from sitroom.geo.spatial import spatial_sense
from tests.geo.helpers import hit

# A bare "Harlow" read in the far south; two towns of the north; Harlow's northern namesake.
FAR = hit("Harlow", "Southmark", -30.0, 10.0, pop=90_000)
NEAR = hit("Harlow", "Northmark", 40.0, 10.0, pop=3_000)
OLD_NAME = hit("Harlow", "Northmark", 40.1, 10.1, pop=50_000, primary=False)  # an alternate name
KESTON = hit("Keston", "Northmark", 40.5, 10.5)  # ~70 km from NEAR
BRAY = hit("Bray", "Northmark", 39.5, 9.6)  # ~65 km from NEAR
NORTHMARK = hit("Northmark", "Northmark", 41.0, 11.0, fcode="ADM1")
ROWS = (FAR, NEAR, OLD_NAME, KESTON, BRAY, NORTHMARK)


def _lookup(text: str) -> tuple:
    return tuple(h for h in ROWS if h.name == text)


def _m(text: str, start: int, resolved, **kw) -> Mention:
    return Mention(text, start, start + len(text), resolved=resolved, **kw)


def _article(*others: Mention, harlow: Mention | None = None) -> tuple[Mention, list[Mention]]:
    bare = harlow or _m("Harlow", 0, FAR)
    return bare, [bare, *others]


def test_a_bare_name_moves_to_the_namesake_two_other_names_lie_near():
    bare, mentions = _article(_m("Keston", 20, KESTON), _m("Bray", 40, BRAY))
    assert spatial_sense(mentions, _lookup) == [(bare, NEAR)]


def test_one_neighbour_alone_moves_nothing_but_a_named_unit_that_holds_it_does():
    _, mentions = _article(_m("Keston", 20, KESTON))
    assert spatial_sense(mentions, _lookup) == []
    bare, mentions = _article(_m("Northmark", 20, NORTHMARK))
    assert spatial_sense(mentions, _lookup) == [(bare, NEAR)]


def test_names_found_by_lookup_alone_support_nothing():
    weak = (_m("Keston", 20, KESTON, weak=True), _m("Bray", 40, BRAY, weak=True))
    assert spatial_sense(_article(*weak)[1], _lookup) == []


def test_one_neighbour_the_text_placed_itself_moves_it():
    # "Keston, near Bray": the text placed Keston; a bare Keston would not do
    placed = _m("Keston", 20, KESTON, near=_m("Bray", 40, BRAY))
    bare, mentions = _article(placed)
    assert spatial_sense(mentions, _lookup) == [(bare, NEAR)]


def test_a_reading_with_a_neighbour_of_its_own_stays():
    south = hit("Dunmore", "Southmark", -30.3, 10.2)
    _, mentions = _article(_m("Keston", 20, KESTON), _m("Bray", 40, BRAY), _m("Dunmore", 60, south))
    assert spatial_sense(mentions, _lookup) == []


def test_a_reading_moves_to_one_that_all_its_neighbours_and_more_lie_near():
    # Ashby lies between the two Harlows (~120 km from the southern one, ~60 km from NEAR):
    # it supports both; Keston and Bray only the northern one
    mid = hit("Ashby", "Northmark", 39.5, 10.4)
    south = hit("Harlow", "Midmark", 38.4, 10.6, pop=90_000)
    bare = _m("Harlow", 0, south)
    ashby = _m("Ashby", 60, mid)
    mentions = [bare, _m("Keston", 20, KESTON), ashby]
    assert spatial_sense(mentions, lambda t: (south, NEAR) if t == "Harlow" else ()) == [(bare, NEAR)]
    # alone, Ashby supports both readings alike: nothing moves
    assert spatial_sense([bare, ashby], lambda t: (south, NEAR) if t == "Harlow" else ()) == []


def test_a_reading_among_its_neighbours_stays_though_a_far_one_touches_more_names():
    # Harlow's neighbours lie 10-20 km from the northern reading; a namesake ~190 km east
    # lies within the local radius of all of them and of one more name, but far from each
    east = hit("Harlow", "Eastmark", 40.0, 12.2, pop=90_000)
    a, b = hit("Ashby", "Northmark", 40.1, 10.1), hit("Corby", "Northmark", 39.9, 10.2)
    c = hit("Dunmore", "Eastmark", 40.0, 12.5)
    bare = _m("Harlow", 0, NEAR)
    mentions = [bare, _m("Ashby", 20, a), _m("Corby", 40, b), _m("Dunmore", 60, c)]
    assert spatial_sense(mentions, lambda t: (NEAR, east) if t == "Harlow" else ()) == []


def test_what_the_text_says_of_the_mention_keeps_it():
    others = (_m("Keston", 20, KESTON), _m("Bray", 40, BRAY))
    for said in ({"kind": "base"}, {"modifier": True}, {"near": _m("Bray", 40, BRAY)}, {"weak": True}):
        _, mentions = _article(*others, harlow=_m("Harlow", 0, FAR, **said))
        assert spatial_sense(mentions, _lookup) == [], said
    # "Harlow town": a kind word any town reading fits does not
    bare, mentions = _article(*others, harlow=_m("Harlow", 0, FAR, kind="town"))
    assert spatial_sense(mentions, _lookup) == [(bare, NEAR)]


def test_no_move_out_of_a_country_the_article_places_things_in():
    abroad = hit("Harlow", "Southmark", -30.0, 10.0, cc="YY", pop=90_000)
    other_country = hit("Yland", "", -20.0, 0.0, fcode="PCLI", cc="YY")
    others = (_m("Keston", 20, KESTON), _m("Bray", 40, BRAY))
    _, mentions = _article(*others, _m("Yland", 60, other_country), harlow=_m("Harlow", 0, abroad))
    assert spatial_sense(mentions, lambda t: (abroad, NEAR) if t == "Harlow" else ()) == []
    bare, mentions = _article(*others, harlow=_m("Harlow", 0, abroad))
    assert spatial_sense(mentions, lambda t: (abroad, NEAR) if t == "Harlow" else ()) == [(bare, NEAR)]


def test_a_capital_and_an_alternate_name_are_left_alone():
    capital = hit("Harlow", "Southmark", -30.0, 10.0, fcode="PPLC", pop=900_000)
    others = (_m("Keston", 20, KESTON), _m("Bray", 40, BRAY))
    _, mentions = _article(*others, harlow=_m("Harlow", 0, capital))
    assert spatial_sense(mentions, lambda t: (capital, NEAR) if t == "Harlow" else ()) == []
    # only a row of the name's own spelling is a reading to move to
    _, mentions = _article(*others)
    assert spatial_sense(mentions, lambda t: (FAR, OLD_NAME) if t == "Harlow" else ()) == []


def _resolved(gaz, text: str, *names: str) -> dict[str, object]:
    spans = sorted((text.index(n), text.index(n) + len(n)) for n in names)
    mentions = mentions_from_spans(text, spans)
    resolve_all(mentions, gaz)
    return {m.text: m.resolved for m in mentions}


def test_a_local_school_story_reads_its_town_beside_its_neighbours(gaz):
    text = (
        "Coaches at Norfolk High School praised the team. A Denison, Iowa firm donated the "
        "scoreboard, and fans drove in from Sioux City."
    )
    got = _resolved(gaz, text, "Norfolk", "Denison", "Iowa", "Sioux City")
    assert (got["Norfolk"].cc, got["Norfolk"].admin1) == ("US", "Nebraska")
    # the firm's town alone, placed by its state, is enough
    one = _resolved(gaz, text.split(", and fans")[0] + ".", "Norfolk", "Denison", "Iowa")
    assert one["Norfolk"].admin1 == "Nebraska"
    # written alone, the town is still the biggest namesake
    alone = _resolved(gaz, "Coaches at Norfolk High School praised the team.", "Norfolk")
    assert alone["Norfolk"].admin1 == "Virginia"


def test_a_capital_named_beside_far_towns_stays_the_capital(gaz):
    text = "Farmers in Clarksville and Hugo watched the trade talks in Dublin, the Irish capital."
    got = _resolved(gaz, text, "Clarksville", "Hugo", "Dublin")
    assert got["Dublin"].cc == "IE"


def test_a_village_with_namesakes_in_several_provinces_reads_the_one_among_its_neighbours(gaz):
    # each neighbour lies 60-150 km from the Dolyna meant; the bigger Dolyna of another
    # province is near one of them, the one meant near both
    text = "Drones struck Dolyna at dawn; families from Chernikhovtsy and Ovlochyn left for the city."
    got = _resolved(gaz, text, "Dolyna", "Chernikhovtsy", "Ovlochyn")
    assert (got["Dolyna"].cc, got["Dolyna"].admin1) == ("UA", "Rivne")


def test_a_city_does_not_move_to_a_hamlet_of_its_name_by_distance_alone(gaz):
    # Poltava province has a hamlet called Bakhmut near the two towns named after it
    text = "Artillery hit Bakhmut at night. Drones later struck Poltava and Kremenchuk."
    got = _resolved(gaz, text, "Bakhmut", "Poltava", "Kremenchuk")
    assert (got["Bakhmut"].cc, got["Bakhmut"].admin1) == ("UA", "Donetsk")
