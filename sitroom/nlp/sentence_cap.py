"""A bound on sentence length, set before the parser so that no stage sees a run-on.

Every stage does some work per pair of tokens or entities within a sentence, so one
84k-character sentence without a full stop used to cost minutes. This component cuts any
run longer than ``max_tokens`` tokens without a sentence end, at the last comma,
semicolon, colon or conjunction in its second half (or at the limit), by presetting a
sentence start; spaCy's parser respects preset boundaries. Work per article is then
linear in its length.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitroom import yamlio

if TYPE_CHECKING:  # spaCy is imported by `register`: the store writer reads only the cap
    from spacy.language import Language
    from spacy.tokens import Doc

NAME = "sitroom_sentence_cap"
DATA = Path(__file__).parent / "data" / "sentence_cap.yaml"
#: Key in ``doc.user_data`` holding how many cuts were made.
CUTS = "sitroom.sentence_cuts"


@lru_cache(maxsize=1)
def default_max_tokens() -> int:
    """The sentence length cap when the user sets none (``max_tokens`` in the data file)."""
    return int(yamlio.safe_load(DATA.read_text(encoding="utf-8"))["max_tokens"])


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """Tokens that end a sentence, and those after which a long run is best cut."""
    data = yamlio.safe_load(DATA.read_text(encoding="utf-8"))
    return frozenset(data["ends"]), frozenset(data["soft"])


def cap_sentences(doc: Doc, max_tokens: int) -> int:
    """Preset sentence starts so no run exceeds ``max_tokens``; returns the number of cuts."""
    ENDS, SOFT = _words()  # noqa: N806 - constants, loaded once
    start, soft, cuts = 0, -1, 0
    for i, token in enumerate(doc):
        text = token.text
        if text in ENDS or "\n" in text:
            start, soft = i + 1, -1
            continue
        if text.lower() in SOFT and i - start >= max_tokens // 2:
            soft = i
        if i - start + 1 >= max_tokens and i + 1 < len(doc):
            cut = soft + 1 if soft > start else i + 1
            doc[cut].is_sent_start = True
            start, soft, cuts = cut, -1, cuts + 1
    return cuts


class SentenceCap:
    def __init__(self, max_tokens: int) -> None:
        self.max_tokens = max(8, int(max_tokens))

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[CUTS] = cap_sentences(doc, self.max_tokens)
        return doc


def make_sentence_cap(nlp: Language, name: str, max_tokens: int) -> SentenceCap:
    return SentenceCap(max_tokens)


def register() -> None:
    """Make the component known to spaCy (``nlp.add_pipe(NAME, ...)``), once."""
    from spacy.language import Language

    if NAME not in Language.factories:
        Language.factory(NAME, default_config={"max_tokens": 120})(make_sentence_cap)
