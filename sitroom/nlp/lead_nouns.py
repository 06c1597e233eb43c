"""A common noun that opens a sentence, read by the tagger as a name.

After a wire dateline ("PORT SUDAN, May 6 (Reuters) - Drones struck the port ...") the
small model tags the lead's first word as a proper noun (NNP/NNPS), and the lemmatizer then
keeps its form as its lemma: 'Drones' is no 'drone', 'Militants' no 'militant', and every
stage that reads lemmas misses the weapon or the armed subject. A sentence's first token
that is title-cased, tagged a proper noun, outside any named entity, and whose lower-case
form the model's own noun tables know (the noun itself, or a plural its rules or
exceptions bring back to a known noun) is made that common noun: tag, POS and lemma. The
parse is not touched (the parser does not read tags). Runs last, once the entities are set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

NAME = "sitroom_lead_nouns"
_PROPER = frozenset({"NNP", "NNPS"})


class LeadNouns:
    """The component: the model's noun tables, read once from its lemmatizer."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.nlp = nlp
        self._tables: tuple[frozenset[str], dict, list] | None = None

    def _noun_tables(self) -> tuple[frozenset[str], dict, list]:
        if self._tables is None:
            pipe: Any = self.nlp.get_pipe("lemmatizer") if "lemmatizer" in self.nlp.pipe_names else None
            pipe = getattr(pipe, "lemmatizer", None) or pipe  # the cached one wraps spaCy's
            lookups = getattr(pipe, "lookups", None)
            get = (lambda t: lookups.get_table(t, {}).get("noun")) if lookups is not None else (lambda t: None)
            self._tables = (frozenset(get("lemma_index") or ()), dict(get("lemma_exc") or {}),
                            list(get("lemma_rules") or ()))
        return self._tables

    def noun_lemma(self, lower: str) -> str | None:
        """The known common noun ``lower`` is (or is a plural of), else None."""
        index, exceptions, rules = self._noun_tables()
        if lower in index:
            return lower
        forms = exceptions.get(lower)
        if forms:
            return forms[0]  # 'gunmen' -> 'gunman'
        for old, new in rules:
            if old and lower.endswith(old):
                form = lower[: len(lower) - len(old)] + new
                if form in index:
                    return form
        return None

    def __call__(self, doc: Doc) -> Doc:
        import numpy
        from spacy.attrs import SENT_START

        for i in numpy.flatnonzero(doc.to_array(SENT_START) == 1):
            self._fix(doc[int(i)])
        return doc

    def _fix(self, tok: Token) -> None:
        if tok.tag_ not in _PROPER or not tok.is_title or tok.ent_type_ or not tok.is_alpha:
            return
        lemma = self.noun_lemma(tok.lower_)
        if lemma is None:
            return
        tok.tag_ = "NN" if lemma == tok.lower_ else "NNS"
        tok.pos_ = "NOUN"
        tok.lemma_ = lemma


def register() -> None:
    from spacy.language import Language

    if NAME not in Language.factories:
        Language.factory(NAME, func=LeadNouns)
