"""Word-level normalization for actor names, so "Kata'ib Hizballah" and "Kataib Hezbollah"
meet on one key, and spans can be matched word by word with their character offsets.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from sitroom.lang import PackValue, active_pack, pack_pattern, pack_words

_WORD = re.compile(r"[^\W_]+(?:['’ʼʿ`.][^\W_]+)*\.?", re.UNICODE)
_APOSTROPHES = "'’ʼʿ`"
_POSSESSIVE = pack_pattern("actors/words", "possessive", re.IGNORECASE)  # English 's
_STANCE = pack_words("actors/words", "stance_prefixes")  # 'pro-Iran', 'anti-ISIS'
_FORMER = pack_words("actors/words", "former_words")  # 'a former gang member', 'ex-gangster'
_FORMER_CLASSES = pack_words("actors/words", "former_classes")
_DISGUISE = pack_words("actors/words", "disguise_verbs")  # 'dressed as police officers'
_DISGUISE_MARKS = pack_words("actors/words", "disguise_marks")
_DISGUISE_ARTICLES = pack_words("actors/words", "disguise_articles")
_GARMENTS = pack_words("actors/words", "garment_words")  # 'in police uniforms'
_TIES = pack_words("actors/words", "tie_words")  # 'a group linked to IS'
_TIE_PREPS = pack_words("actors/words", "tie_preps")
_GROUP_NOUNS = pack_words("actors/words", "group_nouns")


class Word(NamedTuple):
    """One word of a text: its normalized form, its original form and where it is (a
    named tuple: a long article makes thousands, and a tuple is the cheapest to make)."""

    norm: str
    orig: str
    start: int
    end: int

    @property
    def is_upper(self) -> bool:
        letters = [c for c in self.orig if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)

    @property
    def is_capitalized(self) -> bool:
        return self.orig[:1].isupper()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents or apostrophes/periods: the comparison form of one word
    (remembered: the same words come back in every sentence)."""
    if text.isascii():  # nothing to decompose: the same answer without unicodedata
        return text.replace("'", "").replace("`", "").replace(".", "").lower()
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    for mark in _APOSTROPHES:
        plain = plain.replace(mark, "")
    return plain.replace(".", "").lower()


class WordList(list):
    """The words of a text with their normalized forms as one tuple (``norms``), so the
    dictionary slices keys instead of building them word by word. Do not mutate."""

    __slots__ = ("norms",)

    def __init__(self, ws: tuple[Word, ...]) -> None:
        super().__init__(ws)
        self.norms = tuple([w.norm for w in ws])


def words(text: str) -> WordList:
    """Split text into words (hyphens and slashes separate), dropping possessive 's.
    Remembered per text (and language pack) up to a long sentence's length: the stages
    split the same phrases often. A whole article's words are made afresh: kept, their
    hundreds of thousands of small objects would be walked by every full collection of
    the garbage collector (about a tenth of the stages' CPU on real-length reports)."""
    if len(text) > REMEMBER_CHARS:
        return WordList(_split(text, active_pack()))
    return WordList(_words(text, active_pack()))


#: Texts longer than this are split afresh each time (see `words`).
REMEMBER_CHARS = 600


@lru_cache(maxsize=2048)
def _words(text: str, pack: object) -> tuple[Word, ...]:
    return _split(text, pack)


def _split(text: str, pack: object) -> tuple[Word, ...]:
    out: list[Word] = []
    norm_of = _NORM.value()
    make = tuple.__new__  # Word(...) without the Python frame of its generated __new__
    for m in _WORD.finditer(text):
        orig = m[0]  # (a subscript, not a method call: a long article has thousands of words)
        start, end = m.span()
        if orig[-1] == "." and orig.count(".") == 1:  # sentence period, not "U.S."
            orig = orig[:-1]
            end -= 1
        norm = norm_of(orig)
        if norm:
            out.append(make(Word, (norm, orig, start, end)))
    return tuple(out)


def norm_set(text: str) -> set[str]:
    """The normalized forms of ``words(text)`` as a set, without a `Word` made: each distinct
    word of the text normalized once (an empty form, which `words` drops, may be in it)."""
    norm_of = _NORM.value()
    return {norm_of(o[:-1] if o[-1] == "." and o.count(".") == 1 else o) for o in set(_WORD.findall(text))}


def _norm(orig: str) -> str:
    """A word's normalized form under the active pack: possessive 's dropped, folded."""
    core = _POSSESSIVE.value().sub("", orig)
    if core.endswith(("'", "’")):
        core = core[:-1]
    return fold(core)


#: `_norm` remembered for each language pack (the same words come back in every text).
_NORM = PackValue(lambda pack: lru_cache(maxsize=200_000)(_norm))


def key(text: str) -> str:
    """The lookup key of a name: its normalized words joined by single spaces."""
    return " ".join(w.norm for w in words(text))


def is_acronym(alias: str) -> bool:
    """Short all-capital names ("SDF", "U.S.", "IS") match only when written in capitals."""
    letters = [c for c in alias if c.isalpha()]
    return (
        " " not in alias.strip()
        and 1 < len(letters) <= 6
        and all(c.isupper() for c in letters)
    )


def norms(ws: list[Word]) -> tuple[str, ...]:
    """The normalized forms of ``ws`` (kept on a `WordList`, else built)."""
    found = getattr(ws, "norms", None)
    return found if found is not None else tuple(w.norm for w in ws)


def modifies_other(ws: list[Word], i: int, end: int, blockers: set[str]) -> bool:
    """'Iran-backed', 'pro-Iran', 'anti-ISIS': the name at ``ws[i:end]`` modifies someone else."""
    before = ws[i - 1].norm if i > 0 else ""
    after = ws[end].norm if end < len(ws) else ""
    return before in _STANCE or after in blockers or disguise(ws, i, end) or tied_group(ws, i)


def tied_group(ws: list[Word], i: int) -> bool:
    """'a rebel group linked to the Islamic State', 'a faction allied with X': the name at
    ``ws[i]`` is another group's patron, not the group ('fighters linked to X' are X's)."""
    k = i - 2 if i > 0 and ws[i - 1].norm in _DISGUISE_ARTICLES | {"the"} else i - 1
    if k < 2 or ws[k].norm not in _TIE_PREPS or ws[k - 1].norm not in _TIES:
        return False
    return ws[k - 2].norm in _GROUP_NOUNS


def disguise(ws: list[Word], i: int, end: int) -> bool:
    """'gunmen dressed as police officers', 'posing as a soldier', 'wearing police uniforms':
    the name at ``ws[i:end]`` is what the doers looked like, not who they are."""
    k = i - 2 if i > 0 and ws[i - 1].norm in _DISGUISE_ARTICLES else i - 1
    if k >= 1 and ws[k].norm in _DISGUISE_MARKS and ws[k - 1].norm in _DISGUISE:
        return True
    return end < len(ws) and ws[end].norm in _GARMENTS


def former(ws: list[Word], i: int, cls: str) -> bool:
    """'a former gang member', 'an ex-smuggler': the head at ``ws[i]`` of class ``cls`` is
    what they were (for the classes of `former_classes`)."""
    return i > 0 and ws[i - 1].norm in _FORMER and cls in _FORMER_CLASSES

