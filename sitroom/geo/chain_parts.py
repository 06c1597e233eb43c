"""The pieces every chain pattern shares: the language pack's patterns with its generic
words, a `Link` between two names, and the kind an admin word names (read by
`sitroom.geo.chains` and `sitroom.geo.parens`)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate

from sitroom.geo.normalize import GENERIC_SUFFIXES
from sitroom.lang import LanguagePack, PackPattern, pack_pattern, pack_words

#: "the Line of Control": the "of" is part of a line's name, no chain (data: geo/words).
_LINE_WORDS = pack_words("geo/words", "line_words")


def generic_words(pack: LanguagePack) -> list[str]:
    # one word or phrase a line; comment lines are not words ("a", "of", "by" ended names)
    generic = pack.entry("geo/kinds", "generic_kinds")
    return sorted({*pack.words("geo/admin_words"), *generic}, key=len, reverse=True)


def _gen(pack: LanguagePack) -> str:
    """Generic words after a name (the pack's admin words and the generic suffixes)."""
    # "Shah Wali Kot and Maywand districts", "X and Y municipalities": a plural admin
    # word still ends the name
    words = generic_words(pack)
    plurals = [w[:-1] + "ies" for w in words if w.endswith("y")]
    alternation = by_first_letter(sorted([*plurals, *words], key=len, reverse=True))
    return "(?i:(?:" + alternation + r")s?)\b"


def by_first_letter(words: list[str]) -> str:
    """``a|b|c`` of escaped words in their order, grouped by first letter
    (``d(?:istrict|ept)|c(?:ity)``) for a case-insensitive pattern: the regex engine
    tries a group only where its letter stands instead of all ~80 words at every name's
    every word. The same matches in the same order of preference: words whose first
    letters differ never match at one place, and a group keeps its words' order."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1].lower(), []).append(word)
    return "|".join(
        re.escape(group[0][:1]) + "(?:" + "|".join(re.escape(w[1:]) for w in group) + ")"
        for group in groups.values()
    )


def pattern(key: str) -> PackPattern:
    """One of the language pack's ``geo/patterns.yaml`` ({{gen}}: its generic words; its
    particles grouped by first letter, `_grouped`)."""
    return pack_pattern(
        "geo/patterns", key, gen=_gen, particle=_grouped("particle"), lead_particle=_grouped("lead_particle")
    )


#: An alternation of lower-case words as a fragment writes it: "(?:al|el|ash)".
_WORDS = re.compile(r"\(\?:([a-z]+(?:\|[a-z]+)*)\)")


def _grouped(key: str) -> Callable[[LanguagePack], str]:
    """The pack's fragment ``key``, an alternation of particles ("al", "el", "de", ...),
    grouped by first letter (`by_first_letter`): the regex engine tries a group only where
    its letter stands, not some forty particles at every word of the text that opens a
    name. The same matches (see `by_first_letter`); a fragment of another shape as it is."""

    def build(pack: LanguagePack) -> str:
        fragment = pack.pattern("geo/patterns", key)
        words = _WORDS.fullmatch(fragment)
        return "(?:" + by_first_letter(words.group(1).split("|")) + ")" if words else fragment

    return build


#: A place name: capitalized words, Arabic/Romance particles between or before them; a
#: generic word ("LGA", "Township") ends it (the pack's ``name`` pattern).
PART = pattern("chain_part")
#: The head of "X (A, B)": a name, then a generic word ("LGA") or any other lower-case
#: noun the lists lack ("Rukore hill (Ntega, Kirundo)", "the Sirwah front (Sirwah, Marib)").
BEFORE_PAREN = pattern("before_paren")


@dataclass
class Link:
    """One name found by a chain pattern and what it relates to."""

    start: int
    end: int
    gen: str = ""
    container: Link | None = None
    near: Link | None = None
    between: bool = False
    listed: bool = False  # one of a list that shares the next name's container
    comma: bool = False  # joined to its container by a bare comma ("X, Y"): maybe a list


#: "... of Jammu and Kashmir": the rest of a container's name after "and" (`outer_of`).
_AND_REST = pattern("and_rest")


def outer_of(text: str, m: re.Match, known: Callable[[str], bool]) -> Link:
    """The container (group b) of a chain match, with the rest of its name where the name
    holds "and" and the whole is a known name ("X district of Jammu and Kashmir", "X in
    Sistan and Baluchestan province", "X in Trinidad and Tobago"), or "of" ("X in the Gulf
    of Aden": not a "Gulf" of its own); the name pattern stops at "and", which mostly joins
    two places."""
    rest = None if m.group("bgen") else _AND_REST.match(text, m.end("b"))
    if rest is not None and known(text[m.start("b") : rest.end("name")]):
        return Link(m.start("b"), rest.end("name"), kind_of(rest))
    out = span_of(m, "b", "bgen")
    if not out.gen and m.groupdict().get("bpre"):  # "X in the canton of Y": Y is the unit
        out.gen = gen_kind(m.group("bpre"))
    return out


def unit_after_of(text: str, m: re.Match) -> bool:
    """A unit's word before the container's name that follows "of", not "in": "the mayor
    of X of the municipality of Y" joins no place to its container ("X in the canton of
    Y" does: the unit holds X)."""
    if not m.group("bpre"):
        return False
    gap = text[m.end("agen") if m.group("agen") else m.end("a") : m.start("bpre")].split()
    return not gap or gap[0] not in ("in", "inside", "within")


def kind_of(m: re.Match, gen: str = "gen") -> str:
    g = m.group(gen)
    return gen_kind(g) if g else ""


def gen_kind(word: str) -> str:
    """The kind an admin word names, singular or plural ("districts", "provinces")."""
    low = " ".join(word.lower().split())
    if low not in GENERIC_SUFFIXES and low.endswith("ies"):
        low = low[:-3] + "y"  # "municipalities"
    elif low not in GENERIC_SUFFIXES and low.endswith("s"):
        low = low[:-1]
    return GENERIC_SUFFIXES.get(low, "district")


def span_of(m: re.Match, group: str, gen: str | None = None) -> Link:
    return Link(m.start(group), m.end(group), kind_of(m, gen) if gen else "")


#: An owner's possessive that opens a matched name ("Iraq's Kurdistan").
_OWNER = re.compile(r"[A-Z][\w'’-]*?['’]s\s+(?=[A-Z])")


def past_owner(m: re.Match, group: str, gen: str, known) -> Link:
    """The name at ``group`` (``gen``: its kind word's group) past an owner's possessive
    that opens it ("X, in Iraq's Kurdistan region": the region, which the owner's own
    name holds as a container), unless the gazetteer knows the whole ("Cox's Bazar")."""
    link = span_of(m, group, gen)
    owner = _OWNER.match(m.group(group))
    if owner is not None and not known(m.group(group)):
        link.start += owner.end()
    return link


def name_word(word: str) -> bool:
    """A capitalized kind word that can be part of a name ("City"), not an abbreviation ("LGA")."""
    return word[:1].isupper() and not word.isupper()


def named_line(text: str, m: re.Match) -> bool:
    """ "the Line of Control", "the Line of Actual Control": a line's name, not "Line" in a
    place called by the rest of it (``m``: a chain match with groups a, agen, b)."""
    between = text[m.end("agen") if m.group("agen") else m.end("a") : m.start("b")]
    return between.split()[:1] == ["of"] and m.group("a").split()[-1].lower() in _LINE_WORDS



#: No bracket opens this far before a sentence's end that chains are read up to
#: (`stretches`): another name in brackets ("X (Alt. name) district") holds 40 characters at most.
_BRACKET_REACH = 48


def stretches(
    text: str, spans: list[tuple[int, int]], stops: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The stretches of ``text`` (start, end), in order, that hold the names at ``spans``,
    cut where a sentence ends (``stops``: where its full stop, "!" or "?" stands and where
    the spaces after it end) with no bracket open before it, never inside one of the names.
    No piece of a chain holds such a mark (a name, a kind word, "X, Y", "X in Y", a list's
    "A and B") but another name in brackets: a chain lies within one stretch, and the links
    that read a name in ``spans`` are found by reading those stretches alone
    (`sitroom.geo.chains.find_links`, ``within``), whatever the rest of the text holds."""
    cuts = [0]
    for stop, end in stops:
        if "(" not in text[max(0, stop - _BRACKET_REACH) : stop]:
            cuts.append(end)
    cuts.append(len(text) + 1)
    out: list[list[int]] = []
    for start, end in sorted(spans):
        lo = cuts[bisect_right(cuts, start) - 1]
        hi = cuts[bisect_left(cuts, end)]  # (past every cut inside the name)
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def outermost(text: str, starts: list[Link], known: Callable[[str], bool]) -> list[Link]:
    """Starts without those inside a longer known name ("Morelos" of "Caracuaro de
    Morelos, Michoacan": one place, not two chained to the province)."""
    whole = sorted([(s.start, s.end) for s in starts if known(text[s.start : s.end])])
    firsts = [w[0] for w in whole]
    reach = list(accumulate([w[1] for w in whole], max))  # the furthest end of whole[:i + 1]

    def inside(s: Link) -> bool:  # a known name holds it and is longer (one sweep, not all pairs)
        i, j = bisect_left(firsts, s.start), bisect_right(firsts, s.start)
        return (i > 0 and reach[i - 1] >= s.end) or (j > i and whole[j - 1][1] > s.end)

    return [s for s in starts if not inside(s)]
