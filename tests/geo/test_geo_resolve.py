"""Resolution in context, on sentences written for these tests (no spaCy: spans given)."""

from __future__ import annotations

import pytest

from sitroom.geo.component import place_of
from sitroom.geo.mentions import mentions_from_spans
from sitroom.geo.normalize import ascii_fold
from sitroom.geo.resolve import resolve_all
from tests.geo.helpers import hit

pytestmark = pytest.mark.slow


def spans(text: str, *names: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        out.append((start, start + len(name)))
        pos = start + len(name)
    return out


def resolve(gaz, text: str, *names: str):
    mentions = mentions_from_spans(text, spans(text, *names))
    resolve_all(mentions, gaz)
    return mentions


def test_babil_in_iraq_is_the_governorate_not_new_york(gaz):
    ms = resolve(
        gaz,
        "Militias in Iraq blamed the US for a strike on a camp in Babil.",
        "Iraq",
        "US",
        "Babil",
    )
    hit = ms[2].resolved
    assert (hit.cc, hit.fcode) == ("IQ", "ADM1")
    assert place_of(ms[2], gaz).geo_precision == 3


def test_babylon_with_iraqi_context_is_not_long_island(gaz):
    ms = resolve(
        gaz,
        "Clashes were reported in Baghdad and in Babylon, Iraqi police said.",
        "Baghdad",
        "Babylon",
    )
    assert ms[1].resolved.cc == "IQ"


def test_small_namesake_on_another_continent_is_refused(gaz):
    ms = resolve(
        gaz,
        "The strike near Mosul followed raids in Kirkuk and Erbil. Babylon too.",
        "Mosul",
        "Kirkuk",
        "Erbil",
        "Babylon",
    )
    assert all(m.resolved.cc == "IQ" for m in ms[:3])
    assert ms[3].resolved is None or ms[3].resolved.cc == "IQ"


def test_jordan_is_the_country(gaz):
    ms = resolve(gaz, "A drone hit a base in Jordan near the Syrian border.", "Jordan")
    assert ms[0].resolved.is_country and ms[0].resolved.cc == "JO"


def test_georgia_follows_the_article_country(gaz):
    text = "Police in Atlanta and Savannah said the storm crossed Georgia overnight."
    ms = resolve(gaz, text, "Atlanta", "Savannah", "Georgia")
    assert (ms[2].resolved.cc, ms[2].resolved.fcode) == ("US", "ADM1")
    text = "Russian troops left Tbilisi while Georgia protested to Moscow."
    ms = resolve(gaz, text, "Tbilisi", "Georgia", "Moscow")
    assert ms[1].resolved.cc == "GE"


def test_tripoli_follows_context(gaz):
    ms = resolve(
        gaz, "Fighting in Benghazi spread to Tripoli, Libyan officials said.", "Benghazi", "Tripoli"
    )
    assert ms[1].resolved.cc == "LY"
    ms = resolve(
        gaz, "Clashes broke out in Tripoli, Lebanon, near Beirut.", "Tripoli", "Lebanon", "Beirut"
    )
    assert ms[0].resolved.cc == "LB"


def test_container_in_text_decides(gaz):
    ms = resolve(
        gaz, "Gunmen attacked a checkpoint in Alexandria, Virginia.", "Alexandria", "Virginia"
    )
    assert ms[0].container is ms[1]
    assert ms[0].resolved.cc == "US"
    ms = resolve(gaz, "Protesters gathered in Alexandria, Egypt.", "Alexandria", "Egypt")
    assert ms[0].resolved.cc == "EG"


def test_kind_word_picks_the_feature(gaz):
    text = "Mortars landed inside the Al-Taqaddum air base in Iraq's central Anbar province."
    ms = resolve(gaz, text, "Al-Taqaddum", "Iraq", "Anbar")
    base, iraq, anbar = ms
    assert base.kind == "base" and base.resolved.fcode == "BASE"
    assert anbar.container is iraq  # "Iraq's central Anbar"
    assert base.container is anbar
    assert (anbar.resolved.fcode, anbar.resolved.cc) == ("ADM1", "IQ")
    ms = resolve(gaz, "Shelling hit villages across Homs governorate.", "Homs")
    assert ms[0].resolved.fcode == "ADM1"


def test_transliteration_variants_resolve_in_context(gaz):
    ms = resolve(
        gaz, "Kurdish forces in Syria said a drone hit Hassakeh city.", "Syria", "Hassakeh"
    )
    assert ms[1].resolved is not None and ms[1].resolved.cc == "SY"
    assert "Hasaka" in ascii_fold(ms[1].resolved.name)


def test_relations_anchor_and_origin(gaz):
    text = (
        "Mortars were fired from Tal Afar in Iraq towards the Rmelan landing zone "
        "in northeastern Syria, 30 km east of Qamishli."
    )
    ms = resolve(gaz, text, "Tal Afar", "Iraq", "Rmelan landing zone", "Syria", "Qamishli")
    tal_afar, iraq, rmelan, syria, qamishli = ms
    assert tal_afar.origin and iraq.origin and not rmelan.origin
    assert tal_afar.container is iraq and rmelan.container is syria
    assert qamishli.anchor_of == "east"
    assert rmelan.resolved.cc == "SY" and tal_afar.resolved.cc == "IQ"


def test_unknown_village_falls_back_to_its_district(gaz):
    text = "Gunmen killed four herders in Qaryat Zzyzx village in the Sinjar district."
    ms = resolve(gaz, text, "Qaryat Zzyzx", "Sinjar")
    village, district = ms
    assert village.resolved is None and village.container is district
    place = place_of(village, gaz)
    assert place is not None and place.country == "Iraq" and place.geo_precision == 2


def test_places_across_conflicts(gaz):
    cases = [
        (
            "Houthi drones targeted Marib and Hodeidah in Yemen.",
            ("Marib", "Hodeidah", "Yemen"),
            "YE",
        ),
        (
            "Jihadists attacked soldiers near Djibo and Arbinda in Burkina Faso.",
            ("Djibo", "Arbinda", "Burkina Faso"),
            "BF",
        ),
        ("Shelling hit Kharkiv and Kupiansk in Ukraine.", ("Kharkiv", "Kupiansk", "Ukraine"), "UA"),
        (
            "The RSF stormed El Fasher and Zamzam camp in Sudan.",
            ("El Fasher", "Zamzam camp", "Sudan"),
            "SD",
        ),
        (
            "Airstrikes hit Khan Younis and Rafah in the Gaza Strip.",
            ("Khan Younis", "Rafah", "Gaza Strip"),
            "PS",
        ),
        ("Militants raided Menaka and Gao in Mali.", ("Menaka", "Gao", "Mali"), "ML"),
    ]
    for text, names, cc in cases:
        ms = resolve(gaz, text, *names)
        assert [m.resolved.cc if m.resolved else None for m in ms] == [cc] * len(names), text


def test_another_spelling_inside_the_named_container_beats_far_exact_namesakes(run_geo):
    # every place called exactly "Riyadh" lies outside Kirkuk; "Ar Riyad" lies inside it
    (cand,) = run_geo("Police found two bodies near Riyadh, Kirkuk, on Monday.").candidates
    assert (cand.event.country, cand.event.admin1) == ("Iraq", "Kirkuk")
    assert cand.event.geo_precision < 3  # the place itself, not the province it fell back to


def test_a_district_gives_way_only_to_a_seat_town_inside_it():
    """A county read as the place becomes its seat town only when the town lies in it: the
    same-named town of another province is a namesake, not the seat."""
    from dataclasses import replace

    from sitroom.geo.context import Mention
    from sitroom.geo.resolve import _prefer_town

    county = replace(
        hit("Oskbury County", "Northshire", 40.0, -86.0, fcode="ADM2", pop=250_000),
        admin2="Oskbury County",
    )
    elsewhere = replace(
        hit("Oskbury", "Southmark", 31.7, -98.1, pop=3_000), admin2="Oskbury County"
    )
    seat = replace(hit("Oskbury", "Northshire", 40.05, -86.02, pop=30_000), admin2="Oskbury County")
    mention = Mention("Oskbury", 0, 7)
    assert _prefer_town(county, [county, elsewhere], mention) is county
    assert _prefer_town(county, [county, elsewhere, seat], mention) is seat


def test_names_that_agree_with_each_other_outweigh_a_country_read_first(gaz):
    """A country's name read first sets a frame far away; the county and state named beside
    it hold one of its namesakes, so all three are the places in that state."""
    text = (
        "The school board in Peru met on Monday night. Miami County officials and Indiana"
        " health staff attended the session."
    )
    names = ("Peru", "Miami County", "Indiana")
    mentions = mentions_from_spans(text, [(text.index(n), text.index(n) + len(n)) for n in names])
    resolve_all(mentions, gaz)
    assert [(m.resolved.cc, m.resolved.admin1) for m in mentions] == [("US", "Indiana")] * 3


def test_a_state_abbreviation_without_its_point_is_the_state(gaz):
    # the span a tagger or a corpus gives may leave out the abbreviation's point
    text = "The company moved its offices from Boise to Fresno, Calif. last spring."
    start = text.index("Calif")
    (m,) = mentions_from_spans(text, [(start, start + len("Calif"))])
    resolve_all([m], gaz)
    assert m.resolved is not None and (m.resolved.fcode, m.resolved.name) == ("ADM1", "California")


def test_a_large_city_far_from_the_articles_frame_is_still_the_city(gaz):
    # every reading of the name lies far from the countries the article is about: the
    # largest, a city of a few hundred thousand, is no small namesake to refuse
    text = "Ministers of Kenya, Uganda and Rwanda flew to Glasgow for the climate talks."
    ms = resolve(gaz, text, "Kenya", "Uganda", "Rwanda", "Glasgow")
    assert ms[-1].resolved is not None and (ms[-1].resolved.cc, ms[-1].resolved.admin1) == ("GB", "Scotland")


def test_a_city_whose_canton_is_larger_is_still_the_known_city(gaz):
    # the canton named after the city counts more people than the city: still no small
    # namesake for the frame of a report on South America to refuse
    text = "Aid workers in Peru and Bolivia briefed donors in Geneva on Tuesday."
    ms = resolve(gaz, text, "Peru", "Bolivia", "Geneva")
    assert ms[-1].resolved is not None and ms[-1].resolved.cc == "CH"


def test_a_small_far_namesake_is_still_refused(gaz):
    text = "Ministers of Kenya, Uganda and Rwanda met at Crestwood."
    ms = resolve(gaz, text, "Kenya", "Uganda", "Rwanda", "Crestwood")
    assert ms[-1].resolved is None


def test_a_name_spacy_calls_a_person_is_the_largest_town_of_that_very_name():
    """With no frame yet, a name the tagger took for a person is read as the only sizeable
    town so named; a bigger place that merely has the name as an alternate one (a
    transliteration) is no rival for it."""
    from sitroom.geo.context import ArticleContext
    from sitroom.geo.loose import plausible_weak
    from tests.geo.helpers import hit

    city = hit("Oumbara", "Eastland", 16.3, -0.05, cc="ML", pop=130_000)
    village = hit("Oumbara", "Sahel", 13.1, -1.2, cc="BF", pop=26_000)
    alias = hit("Puerto Velasco", "Oriente", 20.1, -75.2, cc="CU", pop=270_000, primary=False)
    pool = [city, village, alias]
    ctx = ArticleContext()
    assert plausible_weak(city, ctx, pool)
    assert not plausible_weak(village, ctx, pool)
    assert not plausible_weak(alias, ctx, pool)


def test_a_bigger_place_spelled_alike_still_outranks_a_small_namesake():
    """An alternate name spelled like the text's (a city whose own name drops one letter)
    keeps a small town of exactly that name from being read with no frame."""
    from sitroom.geo.context import ArticleContext
    from sitroom.geo.loose import plausible_weak
    from tests.geo.helpers import hit

    small = hit("Ovessa", "Plains", 31.8, -102.4, cc="US", pop=110_000)
    port = hit("Ovesa", "Coast", 46.5, 30.7, cc="UA", pop=1_000_000, primary=False)
    assert not plausible_weak(small, ArticleContext(), [small, port])


def test_a_state_far_from_its_countrys_point_is_no_far_namesake(gaz):
    # the article counts the US only lightly; Hawaii lies thousands of km from the US point,
    # yet it is a state of a country the article names, not a namesake to refuse
    text = (
        "Turkey and Russia traded blame over Syria as talks in Ankara and Moscow stalled; "
        "Syrian troops shelled Idlib and Aleppo, and a US envoy on leave in Hawaii said little."
    )
    ms = resolve(gaz, text, "Turkey", "Russia", "Syria", "Ankara", "Moscow", "Syrian", "Idlib", "Aleppo", "US", "Hawaii")
    assert ms[-1].resolved is not None and (ms[-1].resolved.cc, ms[-1].resolved.fcode) == ("US", "ADM1")


def test_a_county_papers_own_small_town_is_no_far_namesake(gaz):
    # the first reading of "Poland" frames the article abroad; the sheriff's office says it
    # is American local news, so its small towns are not refused as far namesakes
    text = (
        "A Poland man whose car struck a deer on a township road was taken to a clinic in "
        "Boardman, the county sheriff's office said."
    )
    from sitroom.geo.theatres import focused_context

    ms = mentions_from_spans(text, spans(text, "Poland", "Boardman"))
    resolve_all(ms, gaz, focused_context(ms, gaz, text))
    assert ms[-1].resolved is not None and ms[-1].resolved.cc == "US"


def test_a_demonym_before_diplomats_is_no_container(gaz):
    text = "Food ran out in Aden, European lawmakers said on Thursday."
    ms = resolve(gaz, text, "Aden", "European")
    assert ms[0].container is None and ms[0].resolved is not None and ms[0].resolved.cc == "YE"
