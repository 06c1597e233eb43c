"""A site's name read as a far gazetteer row yields to the article's local town
(`sitroom.geo.local`): a small village of the site's own name abroad or far from the town,
a neighbourhood the text names with its kind word ("the X neighbourhood of Y"), a Spanish
quarter ("Colonia X") the tagger cut at its first word, and a site named after a person
("the X Y Memorial Stadium", `sitroom.geo.named`). Made-up sentences."""

from __future__ import annotations

import pytest

from sitroom.geo.local import is_local_site, site_name
from sitroom.geo.named import named_after
from tests.geo.helpers import mentions_by_name

slow = pytest.mark.slow


def _parsed(nlp, gaz, text: str):
    """Each mention's text → its mention, as the pipeline finds and resolves them."""
    from sitroom.geo.component import country_test, known_test, unit_test
    from sitroom.geo.mentions import extract_mentions
    from sitroom.geo.resolve import resolve_all

    mentions = extract_mentions(nlp(text), country_test(gaz), known_test(gaz), unit_test(gaz))
    resolve_all(mentions, gaz)
    return {m.text: m for m in mentions}


@pytest.mark.parametrize("name", ["Colonia Vellanby", "Barrio Quillfeather", "the Colonia Tres Robles"])
def test_a_spanish_quarter_word_makes_a_local_site(name):
    assert is_local_site(name)


@slow
def test_a_site_read_as_a_hamlet_abroad_lies_in_the_town_of_the_next_sentence(gaz):
    # "Al Kuwait Hospital" is a Yemeni populated place in GeoNames
    text = "Tank fire damaged the Kuwait Hospital late on Monday. Families in Rafah said they had fled."
    got = mentions_by_name(gaz, text, "Kuwait Hospital", "Rafah")
    hit = got["Kuwait Hospital"].resolved
    assert hit is not None and hit.name.startswith("Rafa") and hit.cc != "YE"
    assert got["Kuwait Hospital"].within is got["Rafah"]


@slow
def test_a_site_read_as_a_far_village_of_its_country_lies_in_the_local_town(nlp, gaz):
    text = "Neighbours in Colonia Obrera heard shots on Saturday. Two men were later found dead in Culiacan."
    got = _parsed(nlp, gaz, text)
    hit = got["Colonia Obrera"].resolved
    assert hit is not None and hit.cc == "MX" and hit.name.startswith("Culiac")


@slow
def test_a_quarter_tagged_at_its_first_word_is_the_whole_name_not_cologne(nlp, gaz):
    text = "Marines searched houses in Colonia Tres Robles on Monday. Four men were detained in Culiacan."
    got = _parsed(nlp, gaz, text)
    assert "Colonia" not in got
    hit = got["Colonia Tres Robles"].resolved
    assert hit is not None and hit.cc == "MX" and hit.name.startswith("Culiac")


@slow
def test_a_large_town_of_the_sites_name_abroad_is_still_that_town(nlp, gaz):
    got = _parsed(nlp, gaz, "Tourists in Buenos Aires boarded the ferry to Colonia del Sacramento on Sunday.")
    assert got["Colonia del Sacramento"].resolved.cc == "UY"


@slow
def test_a_neighbourhood_of_a_city_named_with_its_kind_word_is_in_the_city(gaz):
    text = "Artillery struck the Quillfeather neighbourhood of Homs overnight, residents said."
    got = mentions_by_name(gaz, text, "Quillfeather", "Homs")
    site = got["Quillfeather"]
    assert site_name(site) == "Quillfeather neighbourhood"
    assert site.resolved is not None and site.resolved.name == "Homs" and site.resolved.fclass == "P"
    assert site.within is got["Homs"]


@slow
def test_a_neighbourhood_read_as_a_village_far_from_its_city_is_in_the_city(gaz):
    text = "Snipers fired into the Hamra neighbourhood of Aleppo on Tuesday."
    got = mentions_by_name(gaz, text, "Hamra", "Aleppo")
    hit = got["Hamra"].resolved
    assert hit is not None and hit.name == "Aleppo" and hit.fclass == "P"


@slow
def test_a_neighbourhood_with_its_own_row_inside_the_city_keeps_it(gaz):
    text = "Artillery struck the al-Waer neighbourhood of Homs overnight, residents said."
    got = mentions_by_name(gaz, text, "al-Waer", "Homs")
    hit = got["al-Waer"].resolved
    assert hit is not None and hit.name != "Homs" and hit.cc == "SY"


@slow
def test_a_site_that_honours_a_person_names_no_place(gaz):
    assert named_after("Hamid Vellanby Memorial Stadium", gaz) == []
    assert named_after("Aminu Quillfeather Memorial Hospital", gaz) == []
    assert [h.name for h in named_after("Kirkuk Quillfeather Hospital", gaz)][:1] == ["Kirkuk"]


@slow
def test_a_stadium_named_after_a_person_lies_in_the_town_the_article_names(gaz):
    text = "A car bomb exploded beside the Hamid Karzai Memorial Stadium at noon. Kabul hospitals took in nine wounded."
    got = mentions_by_name(gaz, text, "Hamid Karzai Memorial Stadium", "Kabul")
    hit = got["Hamid Karzai Memorial Stadium"].resolved
    assert hit is not None and (hit.name, hit.cc) == ("Kabul", "AF")
