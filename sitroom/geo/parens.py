"""Chains in brackets: "Banki (Bama LGA, Borno)", "Nigohan (UP)" (read by
`sitroom.geo.chains.find_links`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from rapidfuzz.fuzz import ratio

from sitroom.geo.chain_parts import BEFORE_PAREN, PART, Link, gen_kind, kind_of, name_word, pattern
from sitroom.geo.context import POPULATED
from sitroom.geo.normalize import name_key

_ABBREVIATION = re.compile(r"[A-Z][A-Z&.]{1,5}")


def _named_unit(part: str, is_unit: Callable[[str], bool]) -> bool:
    """An abbreviation that reads as a name and names a province ("KPK", "UP")."""
    return bool(PART.match(part)) and is_unit(part)


def _acronym(name: str) -> bool:
    return len(name) <= 4 and name.isupper()


#: "X [another name] (A, B)": a name in square brackets between the head and its chain.
_ALT_BEFORE = re.compile(r"\s*\[[^\[\]\n]{1,60}\]\s*$")
#: A name in brackets right after a word ("X (Alt)"), for `blank_other_names`.
_OTHER_PAREN = re.compile(r"(?<=[\w'’.-])\s*\(([^(),;\n]{1,40})\)")


_SETTLEMENT_AFTER = pattern("settlement_after")


def other_name(text: str, paren: re.Match, parts: list[str]) -> bool:
    """'X (Alt) village of Y': one name in brackets right before a lower-case settlement
    word and 'of'/'in' is another name for the village X, not X's container (unlike
    'X (Y) district of Z', where Y is often the district itself). Before 'area of' only
    when Alt is another spelling of X ('X Kalay (X) area of Y district')."""
    gen = _SETTLEMENT_AFTER.match(text, paren.end())
    if len(parts) != 1 or gen is None or not gen.group("gen")[:1].islower():
        return False
    kind = gen_kind(gen.group("gen"))
    if kind in POPULATED:
        return True
    return kind == "area" and _spelled_like_head(text[max(0, paren.start() - 60) : paren.start()], parts[0])


#: How alike the last word before a bracket and the bracketed name are when the bracket
#: respells the name ('Wardak (Wardag)').
_RESPELT = 75.0


def _spelled_like_head(before: str, alt: str) -> bool:
    """The bracketed name shares a word with the name before the bracket, or respells its
    last word."""
    head = name_key(before).split()[-4:]
    words = name_key(alt).split()
    if not head or not words:
        return False
    if any(len(w) >= 3 and w in head for w in words):
        return True
    return ratio(head[-1], words[-1]) >= _RESPELT


def blank_other_names(text: str) -> str:
    """``text`` with each other name in brackets ('X (Alt) village of Y') blanked to spaces,
    so that 'X village of Y' reads as one link (offsets unchanged)."""
    out = text
    for paren in other_parens(text):
        if other_name(text, paren, [paren.group(1)]):
            out = out[: paren.start()] + " " * (paren.end() - paren.start()) + out[paren.end() :]
    return out


def other_parens(text: str) -> Iterator[re.Match]:
    """``_OTHER_PAREN.finditer(text)``, tried at each bracket only: a match opens with the
    spaces right before its '(' (the look-behind reads the character before them), so it
    can start only where those spaces start (the pattern opens with a look-behind: the
    regex engine tried it at every character of an article with a bracket)."""
    at = text.find("(")
    while at >= 0:
        start = at
        while start > 0 and text[start - 1].isspace():
            start -= 1
        paren = _OTHER_PAREN.match(text, start)
        if paren is not None:
            yield paren
        at = text.find("(", paren.end() if paren is not None else at + 1)


def _before_alt_name(text: str, end: int) -> int:
    """Where the head of a bracket chain ends, past another name in square brackets."""
    alt = _ALT_BEFORE.search(text, max(0, end - 70), end)
    return alt.start() if alt else end


def _head(text: str, end: int, known: Callable[[str], bool]) -> list[Link]:
    """The name a bracket chain opens with ([] when there is none)."""
    offset = max(0, end - 60)
    head = BEFORE_PAREN.search(text[offset:end])
    if head is None:
        return []
    first = Link(offset + head.start("name"), offset + head.end("name"), kind_of(head))
    whole = text[first.start : offset + head.end("gen")] if head.group("gen") else ""
    if whole and name_word(whole.split()[-1]) and known(whole):
        first = Link(first.start, offset + head.end("gen"))  # "Panama City (...)": one name
    return [first]


def parens(
    text: str, known: Callable[[str], bool], is_unit: Callable[[str], bool] = lambda _: False
) -> list[Link]:
    """'Head (A, B)': Head in A in B, when the parts are names and the last is known; an
    abbreviation last only when it names a province ("Nigohan (UP)", "(NW, KPK)")."""
    out: list[Link] = []
    for paren in re.finditer(r"\(([^()\n]{2,90})\)", text):
        parts = [p.strip() for p in re.split(r"\s*[,;]\s*", paren.group(1))]
        while (
            len(parts) > 1
            and _ABBREVIATION.fullmatch(parts[-1])
            and not _named_unit(parts[-1], is_unit)
        ):
            parts.pop()  # "(Poonch district, J&K)": an abbreviated state adds nothing
        matches = [PART.match(p) for p in parts]
        if not parts or not all(matches) or other_name(text, paren, parts):
            continue
        last = matches[-1].group("name")
        if not (
            matches[-1].group("gen") or (known(last) and (not _acronym(last) or is_unit(last)))
        ):
            continue
        chain = _head(text, _before_alt_name(text, paren.start()), known)
        if not chain and len(parts) < 2:
            continue  # "(A, B)" with no head still says A lies in B
        pos = paren.start(1)
        for part, m in zip(parts, matches, strict=True):
            s = text.index(part, pos)
            chain.append(Link(s + m.start("name"), s + m.end("name"), kind_of(m)))
            pos = s + len(part)
        for inner, outer in zip(chain, chain[1:], strict=False):
            inner.container = outer
        out.extend(chain)
    return out
