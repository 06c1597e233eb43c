"""The entity-ruler set-up the ruler-cache and exact-word tests share: spaCy's own ruler
on a blank English pipeline (what sitroom's faster rulers must match), and the entities
a pipeline finds, as comparable rows."""

from __future__ import annotations

import spacy


def spacy_ruler(patterns: list[dict]):
    """A blank English pipeline and its entity ruler (phrases on LOWER, as sitroom's),
    filled by spaCy's own ``add_patterns``."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(patterns)
    return nlp, ruler


def entity_rows(nlp, texts: list[str]) -> list[list[tuple]]:
    """Each text's entities as (start, end, label, entity id) rows."""
    return [[(e.start, e.end, e.label_, e.ent_id_) for e in nlp(t).ents] for t in texts]
