"""What the stages read off a parsed doc, made once per doc: its text, entities, sentences,
tokens and each token's children (spaCy makes new Span and Token objects, and joins the
text again, on every access), and per-document memos.

The answers are kept for the doc being read (the last one asked about), not in
``doc.user_data``: a cached Span or Token points back at its doc, so kept on the doc they
would make a reference cycle, and every doc would then wait for a full garbage collection
to be freed, walked with everything else the process holds (about 0.3 CPU s per 400
real-length reports). A doc asked about again after another is worked out afresh: the
same answers.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: The doc being read and its answers (one tuple, swapped whole: safe across threads).
_CURRENT: tuple = (None, {})


def doc_cache(doc: Doc) -> dict:
    """The answers kept for ``doc`` (a fresh dict when another doc was read last)."""
    current = _CURRENT
    if current[0] is doc:
        return current[1]
    return _switch(doc)


def _switch(doc: Doc) -> dict:
    global _CURRENT
    _CURRENT = (doc, {})
    return _CURRENT[1]


def forget(doc: Doc) -> None:
    """Drop the answers kept for ``doc``: a stage that changed its parse (heads, labels)
    makes the children, subtrees and sentences be worked out again."""
    global _CURRENT
    if _CURRENT[0] is doc:
        _CURRENT = (None, {})


def doc_text(doc: Doc) -> str:
    """The doc's text, built once: spaCy joins every token's text again on each
    `doc.text` access, which stages ask for per candidate. Kept on the doc (a string
    makes no cycle): the parse's line-break rule builds it, the stages reuse it."""
    cached = doc.user_data.get("sitroom.text")
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data["sitroom.text"] = (len(doc), doc.text)
    return cached[1]


def span_text(span: Span) -> str:
    """``span.text`` cut from the doc's text built once (spaCy joins the span's tokens
    again on every `span.text`; the same characters: a doc's text is its tokens joined)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def entities(doc: Doc) -> tuple[Span, ...]:
    """The doc's named entities, built once: spaCy makes new Span objects on every
    `doc.ents` (and `span.ents`) access, which stages ask for per candidate."""
    cache = doc_cache(doc)
    cached = cache.get("ents")
    if cached is None or cached[0] != len(doc):
        cached = cache["ents"] = (len(doc), tuple(doc.ents))
    return cached[1]


def entity_at(doc: Doc, i: int) -> Span | None:
    """The named entity holding token ``i``, found by bisection (spaCy's entities do not
    overlap): a scan of every entity per phrase was quadratic in a report's length."""
    ents, starts = _entity_starts(doc)
    at = bisect_right(starts, i) - 1
    return ents[at] if at >= 0 and i < ents[at].end else None


def entities_in(span: Span) -> list[Span]:
    """The entities wholly inside a span, as `span.ents` gives them, from the cache (found
    by bisection: a scan of every entity per sentence was quadratic in a report's length)."""
    ents, starts = _entity_starts(span.doc)
    out = []
    for at in range(bisect_left(starts, span.start), len(ents)):
        e = ents[at]
        if e.start >= span.end:
            break
        if e.end <= span.end:
            out.append(e)
    return out


def _entity_starts(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    """The cached entities and their start tokens, in order, for bisection."""
    ents = entities(doc)
    cache = doc_cache(doc)
    cached = cache.get("ent_starts")
    if cached is None or cached[0] is not ents:
        cached = cache["ent_starts"] = (ents, [e.start for e in ents])
    return cached


def sentences(doc: Doc) -> tuple[Span, ...]:
    """The doc's sentences, built once: `doc.sents` scans every token and makes new Span
    objects on each pass, which stages ask for per candidate."""
    return _sentences(doc)[1]


def _sentences(doc: Doc) -> tuple[int, tuple[Span, ...], list[int]]:
    cache = doc_cache(doc)
    cached = cache.get("sents")
    if cached is None or cached[0] != len(doc):
        sents = tuple(doc.sents)
        cached = cache["sents"] = (len(doc), sents, [s.start for s in sents])
    return cached


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i`` (``doc[i].sent``), found by bisection: spaCy walks
    the tokens back and forth to the sentence's ends on every `token.sent`."""
    _, sents, starts = _sentences(doc)
    return sents[bisect_right(starts, i) - 1]


def sentence(obj: Token | Span) -> Span:
    """``obj.sent``: the sentence holding a token, or a span's first token (`sentence_of`)."""
    return sentence_of(obj.doc, obj.i if hasattr(obj, "i") else obj.start)  # a Token has .i


def head_token(obj: Token | Span) -> Token:
    """A span's syntactic head ('opened fire': 'opened'), or the token itself: what the
    stages read a multi-word trigger or noun phrase by."""
    return obj if hasattr(obj, "i") else obj.root  # a Token has .i


def tokens(doc: Doc) -> tuple[Token, ...]:
    """The doc's tokens, made once: spaCy makes a new Token object on every ``doc[i]``
    and every pass over a span; slice this (``tokens(doc)[span.start:span.end]``)."""
    cache = doc_cache(doc)
    cached = cache.get("tokens")
    if cached is None or len(cached) != len(doc):
        cached = cache["tokens"] = tuple(doc)
    return cached


def lower_lemma(tok: Token) -> str:
    """The token's lemma in lower case (the doc's lemmas are lowered once: asked per token
    by most rules of every stage)."""
    doc = tok.doc
    current = _CURRENT  # (`doc_cache` written out: asked some 3,000 times per report)
    cache = current[1] if current[0] is doc else _switch(doc)
    lemmas = cache.get("lemmas")
    if lemmas is None or len(lemmas) != len(doc):
        lemmas = cache["lemmas"] = [t.lemma_.lower() for t in doc]
    return lemmas[tok.i]


def span_tokens(span: Span) -> tuple[Token, ...]:
    """The span's tokens (``list(span)``) from the doc's made once."""
    return tokens(span.doc)[span.start : span.end]


def child_tokens(tok: Token) -> tuple[Token, ...]:
    """``tok.children`` (in text order) from a table of the doc's heads built once: spaCy
    walks each token's left and right edges and makes new Tokens on every pass (this is
    asked in the stages' innermost loops: the table is kept at hand)."""
    doc = tok.doc
    current = _CURRENT  # (`doc_cache` written out, as in `lower_lemma`)
    cache = current[1] if current[0] is doc else _switch(doc)
    table = cache.get("children")
    if table is None or len(table) != len(doc):
        table = cache["children"] = _children_table(doc)
    return table[tok.i]


def subtree_tokens(tok: Token) -> tuple[Token, ...]:
    """``tuple(tok.subtree)``, made once per token: spaCy nests a generator per level and
    makes new Tokens on every pass, and the stages walk the same triggers' subtrees again
    for each rule."""
    memo = doc_memo(tok.doc, "subtree")
    found = memo.get(tok.i)
    if found is None:
        found = memo[tok.i] = tuple(tok.subtree)
    return found


def _children_table(doc: Doc) -> tuple[tuple[Token, ...], ...]:
    """Each token's children, ascending (as `Token.children` yields them)."""
    import numpy
    from spacy.attrs import HEAD

    heads = doc.to_array(HEAD).view("int64") + numpy.arange(len(doc), dtype="int64")
    toks = tokens(doc)
    kids: dict[int, list[Token]] = {}
    for i, head in enumerate(heads.tolist()):
        if head != i:
            kids.setdefault(head, []).append(toks[i])
    none: tuple[Token, ...] = ()
    return tuple(tuple(kids[i]) if i in kids else none for i in range(len(doc)))


def doc_memo(doc: Doc, name: str) -> dict:
    """A dict kept with the doc's answers for one kind of per-document answer that several
    stages, or one stage per candidate, would otherwise work out again from the parse.
    Keys must say everything the answer depends on besides the doc."""
    cache = doc_cache(doc)
    memo = cache.get(("memo", name))
    if memo is None:
        memo = cache[("memo", name)] = {}
    return memo
