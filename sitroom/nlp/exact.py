"""The entity ruler's token patterns that only spell exact words, matched as phrases.

spaCy's token `Matcher` tries every pattern at every token, so the ruler's few dozen
case-sensitive acronyms ("PKK", each a pattern of ``ORTH`` tests) cost about as much as
its eleven thousand phrase patterns together cost nothing. A pattern of ``ORTH`` tests
alone is a phrase: a `PhraseMatcher` on ``ORTH`` finds the same (key, start, end)
matches in a fraction of the time. Any other token pattern stays with a `Matcher`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab


def exact_words(pattern: Any) -> list[str] | None:
    """The words a token pattern spells when it tests nothing but ``ORTH``, else None."""
    if not isinstance(pattern, list) or not pattern:
        return None
    words = []
    for token in pattern:
        if not isinstance(token, dict) or set(token) != {"ORTH"} or not isinstance(token["ORTH"], str):
            return None
        words.append(token["ORTH"])
    return words


class ExactWordMatcher:
    """Stands in for the ruler's token `Matcher`: exact-word patterns on a `PhraseMatcher`
    over ``ORTH``, the rest on a `Matcher`; the same matches, as one list."""

    def __init__(self, vocab: Vocab, validate: bool = False) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        self.vocab = vocab
        self.phrases = PhraseMatcher(vocab, attr="ORTH")
        self.rest = Matcher(vocab, validate=validate)

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        from spacy.tokens import Doc

        for pattern in patterns:
            words = exact_words(pattern)
            if words is None:
                self.rest.add(key, [pattern])
            else:
                self.phrases.add(key, [Doc(self.vocab, words=words)])

    def remove(self, key: str) -> None:
        for matcher in (self.phrases, self.rest):
            if key in matcher:
                matcher.remove(key)

    def _normalize_key(self, key: Any) -> Any:
        return self.rest._normalize_key(key)

    def __len__(self) -> int:
        return len(self.phrases) + len(self.rest)

    def __contains__(self, key: str) -> bool:
        return key in self.phrases or key in self.rest

    def __call__(self, doc: Doc, **kwargs: Any) -> list[tuple[int, int, int]]:
        found = list(self.phrases(doc))
        if len(self.rest):
            found += list(self.rest(doc, **kwargs))
        return found


def use_exact_words(ruler: Any) -> None:
    """Move an entity ruler's token patterns onto an `ExactWordMatcher`."""
    matcher = ExactWordMatcher(ruler.nlp.vocab)
    for label, patterns in ruler.token_patterns.items():
        matcher.add(label, patterns)
    ruler.matcher = matcher
