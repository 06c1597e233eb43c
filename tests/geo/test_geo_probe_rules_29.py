"""The general causes behind the stop-29 probe failures, each on sentences of its own from
more than one conflict: a name the tagger did not call a place, in an article with no other
place, is read where one country holds its only sizeable town ("in Dori", a headline's "near
Ataq"), not dropped for the hamlets of that name abroad; a next sentence that takes up a
noun of the event's own ("... a school. The school is in X") or names the deed ("The
explosion happened near X") places it at X's own precision; names the text puts in one
container lie in one country ("in Sardinata and Teorama, in the Catatumbo region": not a
Venezuelan Sardinata because a Venezuelan municipality is also called Catatumbo); "the port
of X" tagged whole is X; in "X's Y area" the owner is a place, whatever the tagger called
it; "the Sudanese capital", with no name after it, is the country's capital city; and
"in the mountains of X" or "the forests of X" lies near X (precision 2).
Sentences written here."""

from __future__ import annotations

import pytest

from sitroom.geo.context import Mention
from sitroom.geo.loose import sole_sizeable
from sitroom.geo.siblings import sibling_sense
from tests.geo.helpers import hit


def placed(events, text: str) -> tuple:
    """The first event record's (country, admin1, location, precision)."""
    found = [e for e in events(text) if e.record_kind == "event"]
    assert found, text
    e = found[0]
    return e.country, e.admin1, e.location, e.geo_precision


def test_one_countrys_sizeable_town_outweighs_hamlets_abroad():
    town = hit("Tarnby", "North", 10.0, 0.0, fcode="PPLA", cc="AA", pop=40_000)
    hamlets = [hit("Tarnby", "East", 5.0, 5.0, cc="BB", pop=0), hit("Tarnby", "West", 1.0, 1.0, cc="CC", pop=0)]
    assert sole_sizeable(town, [town, *hamlets])
    assert not any(sole_sizeable(h, [town, *hamlets]) for h in hamlets)


def test_a_town_abroad_of_some_size_leaves_the_name_unread():
    town = hit("Tarnby", "North", 10.0, 0.0, cc="AA", pop=40_000)
    rival = hit("Tarnby", "East", 5.0, 5.0, cc="BB", pop=9_000)
    assert not sole_sizeable(town, [town, rival])


def test_a_small_town_is_no_sizeable_reading():
    town = hit("Tarnby", "North", 10.0, 0.0, cc="AA", pop=6_000)
    assert not sole_sizeable(town, [town, hit("Tarnby", "East", 5.0, 5.0, cc="BB", pop=0)])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen opened fire on worshippers at a mosque in Dori during evening prayers, killing four.", ("Burkina Faso", "Sahel", "Dori", 1)),
        ("Separatist fighters ambush soldiers near Ataq\n\nFour soldiers were killed on Sunday when their patrol came under fire, officials said.", ("Yemen", "Shabwah", "Ataq", 2)),
        ("Soldiers shot a teenager near Tubas at dawn on Friday, medics said.", ("Palestine", "West Bank", "Tubas", 2)),
    ],
)
def test_an_untagged_name_is_its_only_sizeable_town(events, text, place):
    assert placed(events, text) == place


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen attacked a church during Sunday mass, killing 40 worshippers. The church stands in Owo, a town in Ondo state.", ("Nigeria", "Ondo", "Owo", 1)),
        ("A bomb tore through a crowded bus on Tuesday, killing 11 passengers. The bus was travelling through Kurram district, police said.", ("Pakistan", "Khyber Pakhtunkhwa", "Kurram District", 2)),
        ("A roadside bomb killed three soldiers on Monday. The explosion happened near Mandera town, close to the Somali border.", ("Kenya", "Mandera", "Mandera", 2)),
    ],
)
def test_a_next_sentence_that_takes_up_the_site_places_the_event(events, text, place):
    assert placed(events, text) == place


def _listed(lookup_rows: dict, container_text: str, container_hit, *names):
    holder = Mention(container_text, 60, 60 + len(container_text), kind="admin1", resolved=container_hit)
    inner = []
    for i, (name, reading) in enumerate(names):
        inner.append(Mention(name, 10 * i, 10 * i + len(name), container=holder, resolved=reading))
    return holder, inner, lambda text: lookup_rows.get(text, [])


def test_names_in_one_container_are_read_in_the_one_country_all_share():
    abroad = hit("Tarnby", "Coast", 9.0, -72.0, cc="BB", pop=0)
    home = hit("Tarnby", "Hills", 8.0, -72.8, cc="AA", pop=8_000)
    peer = hit("Oskvale", "Hills", 8.4, -73.0, cc="AA")
    unit = hit("Lindmoor", "Coast", 9.0, -72.2, fcode="ADM2", cc="BB")
    rows = {"Tarnby": [abroad, home], "Oskvale": [peer], "Lindmoor": [unit]}
    holder, (tarnby, oskvale), lookup = _listed(rows, "Lindmoor", unit, ("Tarnby", abroad), ("Oskvale", peer))
    moves = dict((m.text, h) for m, h in sibling_sense([tarnby, oskvale, holder], lookup))
    assert moves == {"Tarnby": home, "Lindmoor": None}


def test_names_in_one_container_in_one_country_stay():
    a = hit("Tarnby", "Hills", 8.0, -72.8, cc="AA")
    b = hit("Oskvale", "Hills", 8.4, -73.0, cc="AA")
    unit = hit("Hills", "Hills", 8.2, -72.9, fcode="ADM1", cc="AA")
    holder, inner, lookup = _listed({"Tarnby": [a], "Oskvale": [b]}, "Hills", unit, ("Tarnby", a), ("Oskvale", b))
    assert sibling_sense([*inner, holder], lookup) == []


@pytest.mark.slow
def test_towns_listed_in_a_region_lie_in_one_country(events):
    text = "FARC dissidents burned vehicles in Sardinata and El Tarra, in the Catatumbo region, on Wednesday."
    assert placed(events, text) == ("Colombia", "Norte de Santander", "Sardinata", 1)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Artillery shells hit a market in the Sudanese capital on Sunday, killing 12 people.", ("Sudan", "Khartoum", "Khartoum", 1)),
        ("Gang members set fire to a police station in the Haitian capital on Thursday.", ("Haiti", "Ouest", "Port-au-Prince", 1)),
        ("Al-Shabaab gunmen stormed a hotel in the Somali capital's Lido beach area on Friday night.", ("Somalia", "Banadir", "Mogadishu", 1)),
    ],
)
def test_a_capital_named_by_its_countrys_demonym_is_the_capital(events, text, place):
    assert placed(events, text) == place


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Riot police fired tear gas at striking miners in the Bolivian capital on Wednesday.", "La Paz"),
        ("Unknown gunmen shot dead a customs officer in the Ivorian capital late on Saturday.", "Abidjan"),
        ("Two soldiers were wounded when assailants fired on a checkpoint in the Beninese capital on Friday.", "Cotonou"),
    ],
)
def test_the_capital_news_means_is_the_seat_of_government(events, text, city):
    assert placed(events, text)[2] == city


@pytest.mark.slow
def test_a_capital_named_after_its_demonym_is_read_by_its_name(nlp, gaz):
    from sitroom.geo.capitals import with_capitals

    doc = nlp("Gangs attacked the Haitian capital Port-au-Prince on Sunday.")
    assert [m.text for m in with_capitals(doc, [], gaz)] == []


@pytest.mark.slow
def test_the_port_of_a_town_is_the_town(events):
    text = "Israeli jets struck the port of Hodeidah on Saturday, killing six people."
    assert placed(events, text) == ("Yemen", "Al Hudaydah", "Al Hudaydah", 1)


@pytest.mark.slow
def test_an_area_a_place_owns_is_placed_in_it(events):
    text = "Gunmen opened fire on a convoy of passenger vehicles in Kurram's Bagan area, killing 42 people."
    assert placed(events, text) == ("Pakistan", "Khyber Pakhtunkhwa", "Baggan", 2)


@pytest.mark.slow
def test_the_owner_of_a_named_area_is_a_place(nlp, gaz):
    from sitroom.geo.component import country_test, known_test, unit_test
    from sitroom.geo.mentions import extract_mentions

    doc = nlp("Gunmen opened fire on a convoy of passenger vehicles in Kurram's Bagan area, killing 42 people.")
    found = {m.text: m.weak for m in extract_mentions(doc, country_test(gaz), known_test(gaz), unit_test(gaz))}
    assert found["Kurram"] is False


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Soldiers killed three communist guerrillas in a clash in the mountains of Kalamansig, Sultan Kudarat, on Monday.", ("Philippines", "Soccsksargen", "Kalamansig", 2)),
        ("Troops clashed with militants in the forests of Kurram on Wednesday.", ("Pakistan", "Khyber Pakhtunkhwa", "Kurram District", 2)),
    ],
)
def test_the_mountains_or_forests_of_a_place_lie_near_it(events, text, place):
    assert placed(events, text) == place


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Bandits shot dead six farmers on Saturday, police said. The shooting follows a raid on Tillaberi a month ago in which nine died.", "Tillaberi"),
        ("A grenade went off outside a clinic on Thursday, injuring three nurses. The clinic was built last year with funds raised by traders in Kandahar.", "Kandahar"),
        ("Insurgents overran an army checkpoint before dawn, killing two soldiers. The checkpoint had also come under fire in 2021 outside Miranshah.", "Miranshah"),
    ],
)
def test_a_next_sentence_telling_another_incident_does_not_place_the_event(events, text, wrong):
    country, admin1, location, precision = placed(events, text)
    assert not (location == wrong and precision < 3), (location, precision)
