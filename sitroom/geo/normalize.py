"""Name keys for gazetteer lookup: one spelling per place name, whatever the transliteration.

News spells Arabic, Cyrillic and Sahelian names many ways ("al-Hasakah", "Al Hasaka",
"Hassakeh"; "Ain al-Asad", "Ayn al Asad"). Two keys absorb most of this:

* `name_key` — lower-case ASCII, articles ("al-", "el-", "ad-"...) dropped, common
  transliteration variants of generic words folded ("Ein"/"'Ayn" → "ain",
  "Khirbat" → "khirbet", "Tell" → "tal"). Used for exact lookup.
* `skeleton` — the consonant skeleton of the key ("hasakah" → "hsk"), a loose key that
  is only trusted together with other evidence (same country, close string ratio).

These keys are the same whatever language a report is in (the gazetteer is indexed by
them once), so their tables stay here; the generic words a language writes beside a name
("X village", "the town of X") are in the language pack (``geo/kinds.yaml``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import filterfalse
from pathlib import Path

from sitroom import yamlio
from sitroom.lang import (
    LanguagePack,
    PackValue,
    active_pack,
    pack_mapping,
    pack_pattern,
    pack_words,
)

#: The transliteration tables the keys are built with (the same in every language):
#: ``geo/data/transliteration.yaml``.
_TABLES = yamlio.safe_load(
    (Path(__file__).parent / "data" / "transliteration.yaml").read_text(encoding="utf-8")
)
#: Arabic definite articles as they appear in Latin transliteration (sun-letter assimilations too).
ARTICLES: frozenset[str] = frozenset(_TABLES["articles"])
#: Spelling variants of generic toponym words, folded onto one form.
WORD_VARIANTS: dict[str, str] = dict(_TABLES["word_variants"])
#: Letters with no combining mark to take off ("ı", "ł", "đ", "ø"), and their ASCII.
_LETTERS = str.maketrans(dict(_TABLES.get("letters", {})))

#: Generic words after a name that say what kind of place it is (they are not part of the
#: key), and the kind: the language pack's ``geo/kinds.yaml``.
GENERIC_SUFFIXES = pack_mapping("geo/kinds", "generic_kinds")


def generic_alternation(pack: LanguagePack) -> str:
    """The pack's generic words as a regex alternation, longest first."""
    kinds = pack.entry("geo/kinds", "generic_kinds")
    return "|".join(sorted((re.escape(g) for g in kinds), key=len, reverse=True))


_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02bd\u02be\u02bf\u0060\u00b4'\"ʿʾ]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLE = re.compile(r"(.)\1+")
_SKEL_DROP = re.compile(r"[aeiouyhw]")


@lru_cache(maxsize=200_000)
def ascii_fold(text: str) -> str:
    """Diacritics off, apostrophes and ʿayn marks dropped: 'Al Ḩasakah' → 'Al Hasakah';
    letters without a mark to drop spelled in ASCII: 'Şırnak' → 'Sirnak'."""
    text = _APOSTROPHES.sub("", text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(filterfalse(unicodedata.combining, decomposed)).translate(_LETTERS)


def is_latin(text: str) -> bool:
    """True when the folded text is plain ASCII (alternate names in other scripts are skipped).
    ASCII text is Latin without folding: folding only takes marks and letters off."""
    return text.isascii() or ascii_fold(text).isascii()


@lru_cache(maxsize=400_000)
def name_key(name: str) -> str:
    """The exact-lookup key: 'Khirbet Al-Jir' → 'khirbet jir', "'Ayn al-Asad" → 'ain asad'."""
    words = _NON_ALNUM.sub(" ", ascii_fold(name).lower()).split()
    out: list[str] = []
    for i, word in enumerate(words):
        if word in ARTICLES and (i + 1 < len(words)):
            continue
        out.append(WORD_VARIANTS.get(word, word))
    return " ".join(out)


_SKELETON_FOLDS: tuple[tuple[str, str], ...] = tuple(
    (a, b) for a, b in _TABLES["skeleton_folds"]
)
_CONSONANT_FOLDS: tuple[tuple[str, str], ...] = tuple(
    (a, b) for a, b in _TABLES["consonant_folds"]
)


#: The skeleton folds of gazetteer files built before schema 4 (q/k only), which are read
#: with them until `sitroom gazetteer build` rebuilds them.
SCHEMA3_SKELETON_FOLDS: tuple[tuple[str, str], ...] = (("q", "k"), ("dh", "d"), ("th", "t"))


def skeleton(key: str) -> str:
    """Consonant skeleton of a key: 'hasakah', 'hassakeh' → 'hsk'; 'mosul', 'mawsil' → 'msl';
    an initial vowel is kept as 'a' ('afrin', 'efrin' → 'afrn'; 'irbil', 'erbil' → 'arbl');
    q, k and g are one letter ('gasr', 'qasr' → 'ksr'; the folds of transliteration.yaml)."""
    return folded_skeleton(key, _SKELETON_FOLDS)


@lru_cache(maxsize=400_000)
def folded_skeleton(key: str, folds: tuple[tuple[str, str], ...]) -> str:
    """`skeleton` with the given letter folds."""
    parts = []
    for old, new in folds:
        key = key.replace(old, new)
    for word in key.split():
        head = "a" if word[0] in "aeiou" else word[0]
        word = head + _SKEL_DROP.sub("", word[1:])
        parts.append(_DOUBLE.sub(r"\1", word))
    return " ".join(parts)


_LOOSE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl) for pattern, repl in _TABLES["loose_rules"]
)


@lru_cache(maxsize=200_000)
def loose_key(key: str) -> str:
    """A key with transliteration noise folded: doubled letters, Arabic feminine endings
    (-iyah/-iyeh/-ieh/-ije → -iya, -ah/-eh → -a), ou/u, ee/i, q/k, ay/ai, a final -y/-i.
    'nassriya' → 'nasriya'."""
    key = _DOUBLE.sub(r"\1", key)
    for pattern, repl in _LOOSE:
        key = pattern.sub(repl, key)
    return key


_ROMAN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl) for pattern, repl in _TABLES["roman_rules"]
)
#: The shortest romanised key asked: shorter names have too many namesakes under it.
ROMAN_MIN_LETTERS = 5


@lru_cache(maxsize=200_000)
def roman_key(key: str) -> str:
    """A loose key with what romanisation systems disagree on folded as well (y/i, kh/h,
    g/h, w/ou, Russian and Ukrainian adjective endings, Ukrainian i / Russian o before a
    consonant in -ivka / -ovka): 'Zhytomyr' and 'Zhitomir', 'Myrhorod' and 'Mirgorod',
    'Kharkiv' and 'Kharkov' share one. Asked only after every exact key failed."""
    return roman_of_loose(loose_key(key))


def roman_of_loose(loose: str) -> str:
    """`roman_key` of a key `loose_key` has folded already (a gazetteer build has it)."""
    for pattern, repl in _ROMAN:
        loose = pattern.sub(repl, loose)
    return loose


def roman_long_enough(roman: str) -> bool:
    """Whether a romanised key has letters enough to be asked: the one test the build (which
    keys it files) and the lookup (which keys it asks) share, so neither holds what the
    other refuses."""
    return sum(c.isalpha() for c in roman) >= ROMAN_MIN_LETTERS


#: Articles that news runs into the name they precede ("Albukamal", "Elfasher").
GLUED_ARTICLES: tuple[str, ...] = tuple(_TABLES["glued_articles"])


def glued_article(key: str) -> str:
    """The key without an article run into it ('albukamal' → 'bukamal'), or '' when the
    key is no single word so begun or the rest is shorter than five letters."""
    if " " in key:
        return ""
    for article in GLUED_ARTICLES:
        if key.startswith(article) and len(key) - len(article) >= 5:
            return key[len(article) :]
    return ""


#: The shortest key whose one-slip spellings are asked (`Gazetteer.fuzzy`): shorter names
#: have too many real neighbours ("Gao" / "Gas" / "Goa"; six letters: hundreds of keys).
TYPO_MIN_LETTERS = 7
#: ... and the longest: a long name is an institution's or a street's more often than a
#: misspelt settlement's, and each of its letters is a place a slip could be.
TYPO_MAX_LETTERS = 18
#: The letters a skeleton is written in (vowels, h, w, y dropped; q and g folded into k).
_SKELETON_LETTERS = "bcdfjklmnprstvxz"


@lru_cache(maxsize=20_000)
def typo_skeletons(skel: str) -> frozenset[str]:
    """The skeletons one consonant slip away from ``skel`` (a consonant dropped, added,
    changed, or two swapped), its first letter kept: where the keys one keyboard slip
    from a key lie ('chogwe' is 'ckw', 'chongwe' 'cnkw': one consonant added). A slip in a
    vowel keeps the skeleton, which is among them."""
    head, tail = skel[:1], skel[1:]
    out = {skel}
    for i in range(len(tail) + 1):
        left, right = tail[:i], tail[i:]
        out.update([head + left + c + right for c in _SKELETON_LETTERS])
        if right:
            out.add(head + left + right[1:])
            out.update([head + left + c + right[1:] for c in _SKELETON_LETTERS])
        if len(right) > 1:
            out.add(head + left + right[1] + right[0] + right[2:])
    return frozenset([k for k in out if k and "  " not in k and k.strip() == k])


def consonant_fold(loose: str) -> str:
    """A loose key with the consonants transliterations swap made one ('garabuli' and
    'karabuli'; 'aghtrin' and 'axtarin' → 'aktrin', 'aktarin'): compared, never indexed."""
    for old, new in _CONSONANT_FOLDS:
        loose = loose.replace(old, new)
    return loose


def _suffixes(pack: LanguagePack) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The pack's kind words longest first, and each with the space before it (one
    ``endswith`` of them all tells whether a name can end in one)."""
    words = tuple(sorted(pack.entry("geo/kinds", "generic_kinds"), key=len, reverse=True))
    return words, tuple(" " + w for w in words)


_SUFFIXES_LONGEST_FIRST = PackValue(_suffixes)
_KIND_OF_NAME = pack_pattern("geo/kinds", "kind_of_name", re.IGNORECASE)


def split_generic(name: str, pack: LanguagePack | None = None) -> tuple[str, str]:
    """('Zummar district') → ('Zummar', 'district'): the name and the kind of place it says it is.

    Both a trailing generic word ("X village", "X air base") and a leading one
    ("the town of X", "Camp X") are recognized. ``pack``: the words of that pack, not the
    active one's (a gazetteer build reads the default pack's, whatever article is read).
    """
    return _split_generic(name, pack or active_pack())


@lru_cache(maxsize=50_000)
def _split_generic(name: str, pack: LanguagePack) -> tuple[str, str]:
    """`split_generic` in ``pack``, the active pack (memoised per pack)."""
    text = " ".join(name.split())
    low = text.lower()
    suffixes, endings = _SUFFIXES_LONGEST_FIRST.value()
    for suffix in suffixes if low.endswith(endings) else ():  # (most names end in none)
        if low.endswith(" " + suffix) and len(low) > len(suffix) + 2:
            return text[: -len(suffix) - 1].strip(" -,"), GENERIC_SUFFIXES[suffix]
    match = _KIND_OF_NAME.match(text)
    if match:
        return match.group(2), GENERIC_SUFFIXES[match.group(1).lower()]
    return text, ""


#: Words that name a direction or a kind of place, never a place by themselves.
NOT_A_NAME = pack_words("geo/kinds", "not_a_name")
