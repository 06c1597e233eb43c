"""The `geo` component end to end (spaCy parse → event place), on sentences written here."""

from __future__ import annotations

import pytest

from tests.geo.helpers import events

pytestmark = pytest.mark.slow



def test_registered_as_pipeline_component():
    from sitroom.pipeline import registered

    assert "geo" in registered()


def test_ruler_patterns_are_modest_and_cover_conflict_names():
    from sitroom.geo import ruler_patterns

    patterns = ruler_patterns()
    assert 1_000 < len(patterns) < 20_000
    texts = {p["pattern"].lower() for p in patterns}
    assert {"al-hasakah", "hamad agha", "ain al-asad", "jordan", "zamzam camp"} <= texts
    assert {p["label"] for p in patterns} <= {"GPE", "LOC", "FAC"}
    assert "northwest" not in texts and "central" not in texts


def test_entity_ruler_labels_places_the_model_misses(nlp):
    doc = nlp("Drones struck al-Hasakah and the Tiyas airbase after shelling near Deir ez-Zor.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("al-Hasakah") == "GPE"
    assert labels.get("Deir ez-Zor") == "GPE"


def test_cross_border_attack_is_located_at_the_target(run_geo):
    text = (
        "On Monday, three rockets were fired from the town of Tal Afar in Iraq towards the "
        "Rmelan base in Syria's al-Hasakah province, local sources said."
    )
    (event,) = events(run_geo(text))
    assert event.country == "Syria" and event.iso == 760 and event.region == "Middle East"
    assert event.geo_precision == 1
    assert event.evidence["location"].text.startswith("Rmelan")
    assert event.evidence["origin"].text == "Tal Afar"
    assert event.origin.endswith(", Iraq") and "launched from Tal" in event.tags
    assert event.admin1 == "Al-Hasakeh"


def test_base_in_possessive_province(run_geo):
    text = "A drone targeted the Qayyarah air base in Iraq's northern Nineveh on Monday."
    (event,) = events(run_geo(text))
    assert event.location == "Qayyarah Airfield West"
    assert (event.country, event.admin1, event.geo_precision) == ("Iraq", "Ninewa", 1)
    assert abs(event.latitude - 35.77) < 0.1 and abs(event.longitude - 43.13) < 0.1


def test_region_only_gives_precision_three(run_geo):
    text = "Russian missiles struck energy facilities in the Kharkiv region overnight."
    (event,) = events(run_geo(text))
    assert event.country == "Ukraine" and event.geo_precision == 3
    assert event.admin1 == "Kharkiv"


def test_near_a_town_gives_precision_two(run_geo):
    text = "Jihadists ambushed a convoy 20 km north of Djibo in Burkina Faso on Friday."
    (event,) = events(run_geo(text))
    assert event.country == "Burkina Faso" and event.location == "Djibo"
    assert event.geo_precision == 2


def test_camp_in_sudan_and_gaza(run_geo):
    ctx = run_geo(
        "Paramilitary fighters shelled Zamzam camp south of El Fasher on Sunday. "
        "Separately, an airstrike hit a house in the Nuseirat refugee camp in central Gaza."
    )
    sudan, gaza = events(ctx)
    assert sudan.country == "Sudan" and sudan.location.startswith("Zamzam")
    assert sudan.geo_precision == 1
    assert gaza.country == "Palestine" and gaza.location.startswith("Nuseirat")


def test_demonyms_are_not_places_and_placeless_sentences_inherit(run_geo):
    ctx = run_geo(
        "Clashes erupted in Marib, Yemen, on Tuesday. "
        "Yemeni officials said Saudi-led aircraft later returned."
    )
    first, second = events(ctx)
    assert first.country == "Yemen" and first.geo_precision == 1
    assert "location" not in second.evidence  # nothing in the sentence named a place
    assert second.country == "Yemen" and second.geo_precision == 3


def test_parent_place_is_inherited_without_exactness(nlp, geo_component):
    from datetime import date

    from sitroom.model import Article, Event
    from sitroom.pipeline import Candidate, Context

    text = "Gunmen attacked a checkpoint in Kidal, Mali. Troops then pursued them."
    doc = nlp(text)
    ctx = Context(article=Article(text), doc=doc, published=date(2024, 1, 1))
    s1, s2 = list(doc.sents)
    parent = Candidate(event=Event(), sentence=s1, trigger=s1.root)
    child = Candidate(event=Event(), sentence=s2, trigger=s2.root, parent=parent)
    ctx.candidates = [parent, child]
    geo_component(ctx)
    assert parent.event.location == "Kidal" and parent.event.geo_precision == 1
    assert child.event.location == "Kidal" and child.event.geo_precision == 3
    assert "location" not in child.event.evidence
