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
    from spacy.tokens import Doc, Span, Token

from sitroom.errors import ModelMissing
from sitroom.lang import default_pack, packs

__all__ = [
    "MODEL_NAME", "ModelMissing", "build_nlp", "doc_memo", "doc_text", "entities", "entities_in",
    "child_tokens", "sentence_of", "sentences", "span_text", "span_tokens", "tokens",
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


def span_text(span: Span) -> str:
    """``span.text`` cut from the doc's text built once (spaCy joins the span's tokens
    again on every `span.text`; the same characters: a doc's text is its tokens joined)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def sentences(doc: Doc) -> tuple[Span, ...]:
    """The doc's sentences, built once: `doc.sents` scans every token and makes new Span
    objects on each pass, which stages ask for per candidate."""
    cached = doc.user_data.get("sitroom.sents")
    if cached is None or cached[0] != len(doc):
        sents = tuple(doc.sents)
        cached = (len(doc), sents, [s.start for s in sents])
        doc.user_data["sitroom.sents"] = cached
    return cached[1]


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i`` (``doc[i].sent``), found by bisection: spaCy walks
    the tokens back and forth to the sentence's ends on every `token.sent`."""
    sents = sentences(doc)
    return sents[bisect_right(doc.user_data["sitroom.sents"][2], i) - 1]


def tokens(doc: Doc) -> tuple[Token, ...]:
    """The doc's tokens, made once: spaCy makes a new Token object on every ``doc[i]``
    and every pass over a span; slice this (``tokens(doc)[span.start:span.end]``)."""
    last = _LAST_TOKENS
    if last[0] is doc and len(last[1]) == len(doc):
        return last[1]
    cached = doc.user_data.get("sitroom.tokens")
    if cached is None or len(cached) != len(doc):
        cached = doc.user_data["sitroom.tokens"] = tuple(doc)
    _remember_tokens(doc, cached)
    return cached


_LAST_TOKENS: tuple = (None, ())


def span_tokens(span: Span) -> tuple[Token, ...]:
    """The span's tokens (``list(span)``) from the doc's made once."""
    return tokens(span.doc)[span.start : span.end]


def _remember_tokens(doc: Doc, toks: tuple) -> None:
    global _LAST_TOKENS
    _LAST_TOKENS = (doc, toks)


def child_tokens(tok: Token) -> tuple[Token, ...]:
    """``tok.children`` (in text order) from a table of the doc's heads built once: spaCy
    walks each token's left and right edges and makes new Tokens on every pass. Asked in
    the stages' innermost loops, so the last doc's table is also kept at hand."""
    doc = tok.doc
    last = _LAST_CHILDREN
    if last[0] is not doc or len(last[1]) != len(doc):
        table = doc.user_data.get("sitroom.children")
        if table is None or len(table) != len(doc):
            table = doc.user_data["sitroom.children"] = _children_table(doc)
        last = _remember_children(doc, table)
    return last[1][tok.i]


_LAST_CHILDREN: tuple = (None, ())


def _remember_children(doc: Doc, table: tuple) -> tuple:
    global _LAST_CHILDREN
    _LAST_CHILDREN = (doc, table)
    return _LAST_CHILDREN


def _children_table(doc: Doc) -> tuple[tuple[Token, ...], ...]:
    """Each token's children, ascending (as `Token.children` yields them)."""
    import numpy
    from spacy.attrs import HEAD

    heads = doc.to_array(HEAD).view("int64") + numpy.arange(len(doc), dtype="int64")
    toks = tokens(doc)
    kids: list[list[Token]] = [[] for _ in range(len(doc))]
    for i, head in enumerate(heads.tolist()):
        if head != i:
            kids[head].append(toks[i])
    return tuple(map(tuple, kids))


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
