"""The model's attribute ruler and lemmatizer, doing the same work with less Python.

Together they cost about a quarter of the parse on real-length reports: spaCy's
attribute ruler runs a token Matcher over ~180 patterns, almost all of one token (a tag,
a tag and a word) and answered the same for every token with the same tag, word,
dependency and spacing; the rule lemmatizer caches only the forms it derived by rule, so
every proper noun, number and punctuation mark goes through its tables again. Here the
one-token patterns are looked up per distinct token kind (the rest still go through a
Matcher, so nothing the patterns can express is lost) and every lemma is cached by the
key spaCy's own cache uses (form, part of speech, morphology). What they write on each
token is what the originals write (`tests/nlp/test_fast.py` compares whole documents).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Token attributes a pattern may test here; a pattern testing another (or using an
#: operator) stays with spaCy's Matcher.
_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
ATTRIBUTE_RULER = "sitroom_attribute_ruler"
LEMMATIZER = "sitroom_lemmatizer"

Test = tuple[str, str, Any]  # (attribute, "in" | "not" | "re", allowed set or regex)


def _spec(token: dict) -> tuple[Test, ...] | None:
    """One pattern token as tests, or None when it needs the Matcher."""
    tests: list[Test] = []
    for key, value in token.items():
        if key not in _KEYS:
            return None
        if isinstance(value, str | bool):
            tests.append((key, "in", frozenset([value])))
        elif isinstance(value, dict) and len(value) == 1 and key != "IS_SPACE":
            (op, arg), = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list):
                tests.append((key, "in" if op == "IN" else "not", frozenset(arg)))
            elif op == "REGEX" and isinstance(arg, str):
                tests.append((key, "re", re.compile(arg)))
            else:
                return None
        else:
            return None
    return tuple(tests)


def _passes(tests: tuple[Test, ...], values: dict[str, Any]) -> bool:
    for key, op, arg in tests:
        value = values[key]
        if op == "in" and value not in arg:
            return False
        if op == "not" and value in arg:
            return False
        if op == "re" and not arg.search(value):
            return False
    return True


class FastAttributeRuler:
    """spaCy's AttributeRuler, its patterns tested once per kind of token (tag, word,
    dependency, spacing) and cached; a pattern it cannot read runs on a Matcher."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.vocab = nlp.vocab
        self.name = name
        self.attrs: list[dict] = []
        self.indices: list[int] = []
        self.specs: list[tuple[Test, ...]] = []  # every pattern token, by spec id
        self.single: dict[int, int] = {}  # spec id of a one-token pattern → its rule
        self.multi: list[tuple[int, tuple[int, ...]]] = []  # (rule, spec ids) of longer ones
        self.matcher: Any = None
        self._word_specs: dict[str, list[int]] = {}  # spec ids testing LOWER == word
        self._free_word_specs: list[int] = []  # LOWER tests by NOT_IN or REGEX
        self._by_word: dict[int, tuple[int, ...]] = {}
        self._kinds: dict[tuple, tuple[tuple[int, ...], frozenset[int]]] = {}
        self._merged: dict[tuple[int, ...], dict] = {}

    def adopt(self, ruler: Any) -> FastAttributeRuler:
        """Take over the patterns of a loaded `AttributeRuler`, in its order."""
        from spacy.matcher import Matcher

        self.attrs, self.indices = list(ruler.attrs), list(ruler.indices)
        self.matcher = Matcher(self.vocab, validate=False)
        for attr_id, entry in enumerate(ruler.patterns):
            parsed = [[_spec(tok) for tok in pattern] for pattern in entry["patterns"]]
            if any(None in p or not p for p in parsed):
                self.matcher.add(str(attr_id), entry["patterns"])
                continue
            for pattern in parsed:
                ids = tuple(self._add_spec(tests) for tests in pattern)
                if len(ids) == 1:
                    self.single[ids[0]] = attr_id
                else:
                    self.multi.append((attr_id, ids))
        return self

    def _add_spec(self, tests: tuple[Test, ...]) -> int:
        spec_id = len(self.specs)
        self.specs.append(tests)
        for key, op, arg in tests:
            if key == "LOWER" and op == "in":
                for word in arg:
                    self._word_specs.setdefault(word, []).append(spec_id)
                break
            if key == "LOWER":
                self._free_word_specs.append(spec_id)
                break
        return spec_id

    def _word(self, lower: int, strings: Any) -> tuple[int, ...]:
        """Spec ids whose LOWER test this word passes (cached per word)."""
        found = self._by_word.get(lower)
        if found is None:
            word = strings[lower]
            values = {"LOWER": word}
            free = [s for s in self._free_word_specs if _passes(_lower_only(self.specs[s]), values)]
            found = self._by_word[lower] = tuple(sorted([*self._word_specs.get(word, ()), *free]))
        return found

    def _kind(self, kind: tuple, strings: Any) -> tuple[tuple[int, ...], frozenset[int]]:
        """The one-token rules a kind of token matches, and the specs of longer patterns
        it passes: specs testing no word are cached per (tag, dep, space), the few words
        some spec names add theirs per kind."""
        tag, lower, dep, space = kind
        worded = self._word(lower, strings)
        key = (tag, dep, space, worded and lower)
        found = self._kinds.get(key)
        if found is None:
            values = {"TAG": strings[tag], "LOWER": strings[lower], "DEP": strings[dep],
                      "IS_SPACE": space}
            passed = [
                s for s, tests in enumerate(self.specs)
                if (s in worded or not any(k == "LOWER" for k, _, _ in tests))
                and _passes(tests, values)
            ]
            rules = tuple(sorted({self.single[s] for s in passed if s in self.single}))
            found = self._kinds[key] = (rules, frozenset(s for s in passed if s not in self.single))
        return found

    def _merged_attrs(self, rules: tuple[int, ...]) -> dict:
        """The attributes rules set, later rules winning (each attribute is independent)."""
        merged = self._merged.get(rules)
        if merged is None:
            merged = {}
            for attr_id in rules:
                merged.update(self.attrs[attr_id])
            self._merged[rules] = merged
        return merged

    def _target(self, attr_id: int, start: int, end: int) -> int:
        index = self.indices[attr_id]
        position = index if index >= 0 else end - start + index
        if not 0 <= position < end - start:
            raise ValueError(f"attribute ruler pattern {attr_id}: index {index} is outside its match")
        return start + position

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs

        strings = doc.vocab.strings
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist() if len(doc) else []
        kinds = [self._kind((tag, lower, dep, bool(space)), strings) for tag, lower, dep, space in rows]
        extra: dict[int, list[int]] = {}  # token → rules of longer patterns aiming at it
        if self.multi:
            for start in (i for i, kind in enumerate(kinds) if kind[1]):
                for attr_id, ids in self.multi:
                    end = start + len(ids)
                    if end <= len(kinds) and all(s in kinds[start + k][1] for k, s in enumerate(ids)):
                        extra.setdefault(self._target(attr_id, start, end), []).append(attr_id)
        if len(self.matcher):
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                attr_id = int(strings[match_id])
                extra.setdefault(self._target(attr_id, start, end), []).append(attr_id)
        for token, (rules, _) in zip(doc, kinds, strict=True):
            if token.i in extra:
                for attr_id in sorted([*rules, *extra[token.i]]):
                    set_token_attrs(token, self.attrs[attr_id])
            elif rules:
                set_token_attrs(token, self._merged_attrs(rules))
        return doc


def _lower_only(tests: tuple[Test, ...]) -> tuple[Test, ...]:
    return tuple(t for t in tests if t[0] == "LOWER")


class FastLemmatizer:
    """spaCy's rule lemmatizer with every answer cached by (form, POS, morphology)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.lemmatizer: Any = None
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def adopt(self, lemmatizer: Any) -> FastLemmatizer:
        from spacy.pipeline import Lemmatizer

        self.lemmatizer = lemmatizer
        self._lemmas.clear()
        # spaCy's lemma index is a list per POS (a linear search per candidate form):
        # the same words as sets, when the rule method is spaCy's own
        self._own_rules = type(lemmatizer).rule_lemmatize is Lemmatizer.rule_lemmatize
        self._index: dict[str, frozenset[str]] = {}  # by POS, filled as POS are met
        return self

    def _lemma(self, token: Any) -> str:
        """The first form spaCy's `rule_lemmatize` gives (its steps, set lookups)."""
        original = self.lemmatizer
        univ_pos = token.pos_.lower()
        if not self._own_rules or univ_pos == "":  # spaCy warns on a missing POS
            return original.lemmatize(token)[0]
        string = token.text
        if univ_pos in ("eol", "space") or original.is_base_form(token):
            return string.lower()
        lookups = original.lookups
        tables = [lookups.get_table(t, {}) for t in ("lemma_index", "lemma_exc", "lemma_rules")]
        if not any(table.get(univ_pos) for table in tables):
            return string if univ_pos == "propn" else string.lower()
        index = self._index.get(univ_pos)
        if index is None:
            index = self._index[univ_pos] = frozenset(tables[0].get(univ_pos, ()))
        exceptions, rules = tables[1].get(univ_pos, {}), tables[2].get(univ_pos, {})
        orig, string = string, string.lower()
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        return (forms or oov_forms or [orig])[0]

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        original = self.lemmatizer
        if not original._validated:
            original._validate_tables()
        overwrite = original.overwrite
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist() if len(doc) else []
        for token, (orth, pos, morph, lemma) in zip(doc, rows, strict=True):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = self._lemmas.get(key)
            if found is None:
                form = self._lemma(token)
                found = doc.vocab.strings.add(form)
                if pos:  # no POS: spaCy warns each time, so ask it each time
                    self._lemmas[key] = found
            token.lemma = found
        return doc


def _register() -> None:
    from spacy.language import Language

    if ATTRIBUTE_RULER not in Language.factories:
        Language.factory(ATTRIBUTE_RULER)(FastAttributeRuler)
    if LEMMATIZER not in Language.factories:
        Language.factory(LEMMATIZER)(FastLemmatizer)


def speed_up(nlp: Language) -> Language:
    """Swap the model's attribute ruler and rule lemmatizer for the cached ones, under the
    same names; a component of another kind (another model) is left as it is."""
    from spacy.pipeline import AttributeRuler, Lemmatizer

    _register()
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        if type(ruler) is AttributeRuler:
            nlp.replace_pipe("attribute_ruler", ATTRIBUTE_RULER).adopt(ruler)
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule":
            nlp.replace_pipe("lemmatizer", LEMMATIZER).adopt(lemmatizer)
    return nlp
