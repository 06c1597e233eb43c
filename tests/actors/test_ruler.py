"""Entity-ruler patterns: names become ORG before the statistical NER guesses PERSON."""

from __future__ import annotations

from sitroom.actors import ruler_patterns


def test_patterns_cover_names_and_aliases_but_not_descriptions():
    patterns = ruler_patterns()
    phrases = {p["pattern"] for p in patterns if isinstance(p["pattern"], str)}
    tokens = [p["pattern"] for p in patterns if isinstance(p["pattern"], list)]
    assert {"Kataeb Hezbollah", "Kataib Hezbollah", "Hezbollah", "Al Shabaab"} <= phrases
    assert "settlers" not in phrases and "pro-government militia" not in phrases
    assert [{"ORTH": "SDF"}] in tokens
    assert [{"ORTH": "SPLM"}, {"ORTH": "-"}, {"ORTH": "N"}] in tokens
    assert all(p["label"] in ("ORG", "NORP") for p in patterns)
    assert not any(str(p["pattern"]).startswith("Military Forces") for p in patterns)


def test_ruler_labels_militias_as_org(nlp):
    doc = nlp("Kataeb Hezbollah fired on a patrol, and the SDF said it is ready.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Kataeb Hezbollah", "ORG") in ents
    assert ("SDF", "ORG") in ents
    assert not any(e.text.lower() == "is" for e in doc.ents)
