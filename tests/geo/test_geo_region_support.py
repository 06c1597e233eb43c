"""A local paper's towns share its state (`Support.region`, the ranker's
``support_region``): an ambiguous town name follows the province of the article's other
names, however far apart they lie. Sentences written for these tests."""

from __future__ import annotations

from sitroom.geo.mentions import mentions_from_spans
from sitroom.geo.resolve import resolve_all
from sitroom.geo.support import Support


def _region(names: list[str], name: str, gaz) -> dict[tuple[str, str], float]:
    support = Support(names, gaz)
    return {(h.cc, h.admin1): support.region(h, name) for h in gaz.lookup(name)}


def test_a_town_of_one_state_supports_the_namesake_in_that_state(gaz):
    got = _region(["Athens", "Chattanooga"], "Athens", gaz)
    assert got[("US", "Tennessee")] == 1.0
    assert got[("GR", "Attica")] == 0.0 and got[("US", "Georgia")] == 0.0


def test_a_name_found_in_many_states_says_little(gaz):
    many = _region(["Athens", "Springfield"], "Athens", gaz)
    one = _region(["Athens", "Chattanooga"], "Athens", gaz)
    assert 0.0 < many[("US", "Tennessee")] < 0.1 < one[("US", "Tennessee")]


def test_the_name_itself_is_no_support(gaz):
    got = _region(["Athens", "Athens"], "Athens", gaz)
    assert set(got.values()) == {0.0}


def test_the_ambiguous_town_follows_a_far_town_of_one_state(gaz):
    text = "Crews in Paris repaved two roads this week. The contractor, based in Amarillo, expects to finish by May."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Paris", "Amarillo")]
    mentions = mentions_from_spans(text, spans)
    resolve_all(mentions, gaz)
    paris = mentions[0].resolved
    assert (paris.cc, paris.admin1) == ("US", "Texas")
