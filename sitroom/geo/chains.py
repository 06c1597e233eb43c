"""Containment chains read from the text itself, whatever labels spaCy gave the names.

News and coder notes say where a place is by stacking names: "Banki (Bama LGA, Borno)",
"Kyauktaw Town, Kyauktaw Township, Rakhine State", "Azaz in Aleppo", "Orsha of the
Vitebsk region", "Batifa (Zakho) district of Dahuk", "on the Bama - Maiduguri road",
"between Nawa and Sheikh Maskin". The small spaCy model often labels such names PERSON, ORG
or WORK_OF_ART, or cuts them ("Orsha of the"). These patterns find the names and
the links between them; `merge` turns them into `Mention`s (replacing spaCy spans that
overlap them) with ``container`` and ``near`` set, innermost first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from sitroom.geo.chain_parts import PART, Link, gen_kind, named_line, outer_of, past_owner
from sitroom.geo.chain_parts import generic_words as _generic_words  # noqa: F401 (tests read it here)
from sitroom.geo.chain_parts import kind_of as _kind
from sitroom.geo.chain_parts import name_word as _name_word
from sitroom.geo.chain_parts import outermost as _outermost
from sitroom.geo.chain_parts import pattern as _pattern
from sitroom.geo.chain_parts import span_of as _span
from sitroom.geo.chain_parts import unit_after_of as _unit_after_of
from sitroom.geo.chain_roads import LINK_VERBS as _LINK_VERBS  # noqa: F401 (tests read them here)
from sitroom.geo.chain_roads import ROAD_WORDS as _ROAD_WORDS  # noqa: F401
from sitroom.geo.chain_roads import has_word as _has_word  # noqa: F401
from sitroom.geo.chain_roads import road_links
from sitroom.geo.context import POPULATED
from sitroom.geo.normalize import GENERIC_SUFFIXES
from sitroom.geo.parens import blank_other_names
from sitroom.geo.parens import parens as _parens
from sitroom.geo.resolve import Mention
from sitroom.lang import PackValue, pack_words
from sitroom.lang.confined import Confined
from sitroom.lang.literal import LastWords

DATA_DIR = Path(__file__).with_name("data")


_COMMA_NEXT = _pattern("comma_next")
#: "X in Y", "X of the Y region", "X in the northern countryside of Y", "X district of Y"
_IN = _pattern("chain_in")
#: `_IN` searched only in the stretches of text that can hold a match (`Confined`: an "in"
#: or "of" between spaces, a capital before and after it, no comma or full stop between).
_IN_SEARCH = PackValue(lambda _: Confined(_IN.value()))
_SETTLEMENT_GAP = _pattern("settlement_of_gap")
_THE_BEFORE = _pattern("determiner_direction_before")  # "the (eastern) Ukrainian city of X"
_THE_START = _pattern("determiner_start")
#: Words before a name that make it a location ("in X", "the village of X"), window by window.
_CUE = PackValue(lambda p: LastWords(_pattern("location_cue").value(), p.entry("geo/patterns", "location_cue_words")))
#: "in June", "on Monday": dates, not containers.
_CALENDAR = _pattern("calendar_word")
_GEN_AFTER = _pattern("gen_after")
#: "(Ghani Khel)" of "Shinwar (Ghani Khel) district": another name for the same place.
_ALT_NAME = _pattern("alt_name")
_LIST_FOLLOW = _pattern("list_follow")
#: "Beyond X, Y have ...": an opening phrase, then the clause's subject (`opens_clause`).
_OPENING_BEFORE = _pattern("opening_before")
_SUBJECT_VERB = _pattern("subject_verb")
_LIST_BEFORE = _pattern("list_before")
_RANGE_BEFORE = _pattern("range_before")
LIST_GAP = _pattern("list_conjunction")  # the gap between two names of a list
_RANGE_GAP = _pattern("range_gap")
_FROM_END = _pattern("from_end")
_LIST_LAST = _pattern("list_last")
_NAME_START = _pattern("name_start")
LIST_NEXT = _pattern("list_next")


_ACTOR_HEADS = pack_words("geo/actor_heads")
#: Kinds of unit whose word after a known name makes the name a place ("Sirwah district").
UNIT_KINDS = frozenset({"district", "admin1", "admin2"})


def actor_heads() -> frozenset[str]:
    """Nouns after a name that make it a party's name ("Myanmar troops"), not a place."""
    return _ACTOR_HEADS.value()


def party_noun_follows(text: str, end: int) -> bool:
    """The name ending at ``end`` qualifies a party ("US officials", "Kandahar police")."""
    word = re.match(r"\s+([a-z]+)", text[end : end + 20])
    return bool(word) and word.group(1) in actor_heads()


def _commas(
    text: str,
    known: Callable[[str], bool],
    starts: list[Link],
    is_unit: Callable[[str], bool] = lambda _: False,
) -> list[Link]:
    """'X, A, B': X in A in B while each next part is a known name or says it is an admin
    unit; an unknown part too when a province follows it ('X, Newtown, Province')."""
    out: list[Link] = []
    scan = _SCAN.value()
    for first in (s for s in starts if not _CALENDAR.fullmatch(text[s.start : s.end])):  # "on Monday, ..."
        cur, pos = first, first.end
        gen = _gen_after(text, pos, scan)
        if gen:
            pos = gen.end()
            first.gen = first.gen or gen_kind(gen.group("gen"))
        while True:
            m = _COMMA_NEXT.match(text, pos)
            if m is None or party_noun_follows(text, m.end()):
                break
            name = m.group("name")
            if _CALENDAR.match(name):
                break  # "ADEN, March 12", "Kabul, Monday": a date, not a container
            if not (known(name) or m.group("gen") or m.group("pre") or _province_next(text, m, is_unit)):
                break
            follow = text[m.end() : m.end() + 8]
            if _LIST_FOLLOW.match(follow) or _ends_as_list(text, m):
                break  # "Homs, Hama and Idlib", "Homs, Hama, Raqqa and Idlib": a list
            if cur is first and opens_clause(text, first.start, m.end()):
                break
            nxt = past_owner(m, "name", "gen", known)
            gen = m.group("gen") or ""
            if _name_word(gen) and known(text[m.start("name") : m.end("gen")]):
                nxt = Link(m.start("name"), m.end("gen"))  # "Princes Town", "Kuwait City"
            if m.group("pre") and not nxt.gen:  # "X, municipality of Y": Y is the unit
                nxt.gen = gen_kind(m.group("pre").split()[0])
            cur.container, cur.comma = nxt, True
            out.append(nxt)
            cur, pos = nxt, m.end()
    return out


def opens_clause(text: str, start: int, end: int) -> bool:
    """ "Beyond X, Y have other branches" (X starting at ``start``, Y ending at ``end``): X
    ends a phrase that opens the sentence and Y, followed by a finite verb, is the subject
    of its clause, not X's container."""
    return bool(
        _SUBJECT_VERB.match(text, end) and _OPENING_BEFORE.search(text, max(0, start - 40), start)
    )


def _province_next(text: str, m: re.Match, is_unit: Callable[[str], bool]) -> bool:
    """The part after this one is a province that ends the chain ("..., Newtown, Ancash,
    residents ..."): the unknown part is a town or district inside it."""
    nxt = _COMMA_NEXT.match(text, m.end())
    if nxt is None or nxt.group("gen") or not is_unit(nxt.group("name")):
        return False
    return not (_LIST_FOLLOW.match(text[nxt.end() : nxt.end() + 8]) or _ends_as_list(text, nxt))


def _ends_as_list(text: str, m: re.Match) -> bool:
    """'A, B, C and D': plain names joined by commas whose run ends in 'and'/'or' and a
    name are a list, not 'A in B in C' (a chain says what its parts are: 'B district')."""
    seen = 0
    while m is not None and seen < 8:
        if m.group("gen") or m.group("pre"):
            return False
        follow = text[m.end() : m.end() + 8]
        if _LIST_FOLLOW.match(follow):
            return seen > 0 and bool(_LIST_LAST.match(text, m.end()))
        m, seen = _COMMA_NEXT.match(text, m.end()), seen + 1
    return False


class _Scan(NamedTuple):
    """The compiled patterns the name-start scan of `find_links` reads at every capitalized
    word, fetched from the pack once per text (a `PackPattern` looks it up at every match)."""

    cue: LastWords
    gen_after: re.Pattern
    alt_name: re.Pattern
    comma_next: re.Pattern


_SCAN = PackValue(lambda _: _Scan(_CUE.value(), _GEN_AFTER.value(), _ALT_NAME.value(), _COMMA_NEXT.value()))
#: What must stand right after a name for a kind word ("\\s+district"), a bracket ("\\s*(")
#: or a comma ("\\s*,") to follow it there, when the pack's patterns open so (else None:
#: each pattern is tried after every name).
_LEADS = PackValue(
    lambda _: "(,"
    if _GEN_AFTER.value().pattern.startswith("\\s+")
    and _ALT_NAME.value().pattern.startswith("\\s*\\(")
    and _COMMA_NEXT.value().pattern.startswith("\\s*,")
    else None
)


def _gen_after(text: str, pos: int, scan: _Scan | None = None) -> re.Match | None:
    """The admin word right after a name, past another name for it in brackets:
    "Obe district", "Shinwar (Ghani Khel) district" (matched at ``pos``, never on a copy
    of the rest of the text: a long article has a name start every few words)."""
    _, gen_after, alt_name, _ = scan or _SCAN.value()
    gen = gen_after.match(text, pos)
    if gen is None:
        alt = alt_name.match(text, pos)
        gen = gen_after.match(text, alt.end()) if alt else None
    return gen


def _unit_named(text: str, link: Link, known: Callable[[str], bool]) -> bool:
    """A known name followed by a lower-case admin word ("Sirwah district"; not the
    "City" of "Guatemala City", which is part of the name)."""
    gen = _gen_after(text, link.end)
    if gen is None or not gen.group("gen")[:1].islower():
        return False
    return gen_kind(gen.group("gen")) in UNIT_KINDS and known(text[link.start : link.end])


def _unit_follows(
    text: str, m: re.Match, known: Callable[[str], bool], scan: _Scan | None = None
) -> bool:
    """A known name that a comma joins to a unit of its own kind word, wherever it stands:
    "On 2 May, Carora, Lara state, drivers ..." (the chain says the name is a place)."""
    nxt = (scan or _SCAN.value()).comma_next.match(text, m.end("a"))
    if nxt is None or not nxt.group("gen") or not nxt.group("gen")[:1].islower():
        return False
    return gen_kind(nxt.group("gen")) in UNIT_KINDS and known(m.group("a"))


def _name_before(text: str, m: re.Match, group: str, scan: _Scan | None = None) -> bool:
    """The name follows a word that makes it a location."""
    start = m.start(group)
    return (scan or _SCAN.value()).cue.found(text[start - 30 if start > 30 else 0 : start])


def _region_first(text: str, m: re.Match, is_unit: Callable[[str], bool]) -> int | None:
    """'the West Bank village of X': the settlement is X and the name before its kind word
    is the region holding it (the reverse of 'Zummar district of Nineveh'); the region's
    start, or None when the chain reads the usual way."""
    if not m.group("agen") or not _SETTLEMENT_GAP.match(text[m.start("agen") : m.start("b")]):
        return None
    if m.group("bgen"):
        return None  # "the Borgi village of Ahmadabad district": the district holds the village
    opening = _THE_START.match(m.group("a"))
    if opening:
        return m.start("a") + opening.end()  # a sentence opening "The Borno town of X"
    before = text[max(0, m.start("a") - 24) : m.start("a")]
    if _THE_BEFORE.search(before) or region_named_first(m.group("a"), m.group("b"), is_unit):
        return m.start("a")
    return None


def region_named_first(a: str, b: str, is_unit: Callable[[str], bool]) -> bool:
    """ "in Daraa town of Nawa" without "the": the first name is a province and the second
    is not, so the first holds the second ("Nawa town of Daraa" reads the usual way)."""
    return is_unit(a) and not is_unit(b)


def _listed_after(text: str, end: int, known: Callable[[str], bool]) -> list[Link]:
    """'in the towns of A and B, Province': the known names a list continues with after a
    name the text cues as a place (each may start a chain of its own)."""
    out: list[Link] = []
    while len(out) < 6 and (gap := LIST_NEXT.match(text[end : end + 12])) is not None:
        m = _NAME_START.match(text, end + gap.end() - 1)
        if m is None or not known(m.group("a")):
            break
        out.append(Link(m.start("a"), m.end("a")))
        end = m.end("a")
    return out


def _bare_name(text: str, start: int, end: int, known: Callable[[str], bool]) -> Link:
    """A found name that ends in its admin word ("Newtown Township") the gazetteer lacks
    as a whole: the name alone, of that kind (as the comma chain reads it), so that
    one place is not read twice ("Newtown" and "Newtown Township")."""
    m = PART.match(text[start:end])
    if m is None or not m.group("gen") or known(text[start:end]) or not known(m.group("name")):
        return Link(start, end)
    return Link(start + m.start("name"), start + m.end("name"), gen_kind(m.group("gen")))


def _whole_name(text: str, m: re.Match, gen: re.Match | None, known: Callable[[str], bool]) -> Link:
    """The name at ``m`` with its capitalized kind word when the gazetteer knows the whole
    ("Newtown District" read once, as the comma chain reads it, not also as "Newtown")."""
    end = gen.end() if gen is not None else 0
    if gen is not None and _name_word(gen.group("gen")) and known(text[m.start("a") : end]):
        return Link(m.start("a"), end)
    return Link(m.start("a"), m.end("a"))


def _name_starts(text: str, known: Callable[[str], bool], within: list[tuple[int, int]] | None = None) -> list[Link]:
    """The names a chain may start at: those a word before cues as places ("in X"), those a
    kind word follows ("X district", "X (Alt) district") or a comma and a unit ("X, Lara
    state"), and the names a cued one's list goes on with. (After a name followed by
    neither a space, a bracket nor a comma, as a full stop or a possessive, a quarter of
    them, no kind word, bracket or comma can stand: none is looked for.) It runs at every
    name start of the stretches: their scan (each from its start alone, as the whole text's
    scan reaches it; a look-behind reads the text before it), the cue before a name
    (`_name_before`) and its kind word (`_gen_after`) are written out in the loop."""
    out: list[Link] = []
    scan, leads = _SCAN.value(), _LEADS.value()
    finditer, cue, gen_after, alt_name = _NAME_START.value().finditer, scan.cue.found, scan.gen_after.match, scan.alt_name.match
    for lo, hi in within if within is not None else ((0, len(text) + 1),):
        for m in finditer(text, lo):
            if m.start() >= hi:
                break
            start, end = m.span("a")
            cued = cue(text[start - 30 if start > 30 else 0 : start])
            after = text[end : end + 1]
            if leads is None or (after and (after in leads or after.isspace())):
                gen = gen_after(text, end)
                if gen is None and (alt := alt_name(text, end)) is not None:
                    gen = gen_after(text, alt.end())  # "Shinwar (Ghani Khel) district"
                if cued or gen is not None or _unit_follows(text, m, known, scan):
                    out.append(_whole_name(text, m, gen, known))
            elif cued:
                out.append(_whole_name(text, m, None, known))
            if cued:
                out.extend(_listed_after(text, end, known))
    return out


def find_links(
    text: str,
    known: Callable[[str], bool],
    spans: list[tuple[int, int]],
    parties: frozenset[tuple[int, int]] = frozenset(),
    is_unit: Callable[[str], bool] = lambda _: False,
    within: list[tuple[int, int]] | None = None,
) -> list[Link]:
    """Every chained name in ``text``; ``spans`` are names already found (commas start there),
    ``parties`` spans the tagger called organisations or nationalities ("Taliban in X");
    ``is_unit`` says whether a name is a province; ``within``: the stretches (`stretches`)
    whose chains are wanted (the names of the others start none, nor read "X in Y")."""
    links = _parens(text, known, is_unit)
    starts = [_bare_name(text, s, e, known) for s, e in spans]
    starts.extend(_name_starts(text, known, within))
    links.extend(_commas(text, known, _outermost(text, starts, known), is_unit))
    # chained names, and known names that say what unit they are ("on Sirwah district")
    links.extend(s for s in starts if s.container is not None or _unit_named(text, s, known))
    for m in _overlapping(_IN_SEARCH.value(), blank_other_names(text), within):
        a, b = m.group("a"), m.group("b")
        if not known(b) or party_noun_follows(text, m.end()) or _CALENDAR.match(b) or a.lower() in actor_heads():
            continue  # (nor "Police in X": a party's noun opening the sentence is no place in X)
        if named_line(text, m) or _unit_after_of(text, m):
            continue  # (nor "the mayor of X of the municipality of Y")
        if not (known(a) or m.group("agen") or m.group("bgen") or m.group("bpre") or _name_before(text, m, "a")):
            continue  # "X of Y district", "X in the canton of Y": the admin word makes Y a unit
        # "Tal Tamer city in X", "killed a man in al-Shamsani in X" (not "US base in X",
        # "Taliban in X")
        settled = _kind(m, "agen") in POPULATED or _name_before(text, m, "a")
        whole_a = (m.start("a"), m.end("agen") if m.group("agen") else m.end("a"))
        party = m.span("a") in parties or whole_a in parties  # "Islamic State in X"
        if (party and not settled) or known(text[m.start("a") : m.end("b")]):
            continue  # "Taliban in X"; "Democratic Republic of Congo" is one name
        outer = outer_of(text, m, known)  # "of Jammu and Kashmir": the whole name
        inner = _span(m, "a", "agen")
        region = _region_first(text, m, is_unit)
        if region is not None:
            outer, inner = Link(region, m.end("a")), Link(*m.span("b"), _kind(m, "agen"))
        inner.container = outer
        links.extend([inner, outer])
    links.extend(road_links(text, known))
    links.extend(_list_members(text, links, known, spans))
    return links


def _overlapping(pattern: Confined, text: str, within: list[tuple[int, int]] | None = None) -> list[re.Match]:
    """Every "A in B" of the text (of the stretches ``within``, which no match runs across),
    where one link's outer name may be the next one's inner name: "X village in Y LGA of Z
    state" is X in Y and Y in Z (a plain ``finditer`` would consume Y with the first link)."""
    out: list[re.Match] = []
    for lo, hi in within if within is not None else ((0, len(text)),):
        pos = lo
        while (m := pattern.search(text, pos, hi)) is not None:
            out.append(m)
            pos = max(m.start("b"), m.start() + 1)
    return out


#: How far back from a chained name a list of names before it is read.
LIST_WINDOW = 120


def _list_members(
    text: str, links: list[Link], known: Callable[[str], bool], spans: list[tuple[int, int]]
) -> list[Link]:
    """'Kalba and Dorr in X district', 'A, B and C (X, Y)': each name of a list right
    before a chained name lies in that name's container (never 'A in B')."""
    taken = {(lk.start, lk.end) for lk in links if lk.container}  # "between A and B, Z": both in Z
    taken |= {(lk.container.start, lk.container.end) for lk in links if lk.container}
    named = set(spans)
    out: list[Link] = []
    tails = [lk for lk in links if lk.container is not None and lk.container.start > lk.end]
    for tail in tails:
        pos = tail.start
        while (found := _listed_name(text, pos, known, named)) is not None:
            if found in taken:
                break
            taken.add(found)
            out.append(Link(*found, container=tail.container, listed=True))
            pos = found[0]
    return out


def _listed_name(
    text: str, pos: int, known: Callable[[str], bool], named: set[tuple[int, int]]
) -> tuple[int, int] | None:
    """The name that a comma or 'and' joins to the name at ``pos``: the longest tail of
    the capitalized words there that is a name already found or a known place."""
    window = max(0, pos - LIST_WINDOW)
    m = _LIST_BEFORE.search(text, window, pos) or _RANGE_BEFORE.search(text, window, pos)
    if m is None:
        return None
    start, end = m.start("a"), m.end("a")
    name = text[start:end]
    if _CALENDAR.match(name) or name.lower() in GENERIC_SUFFIXES:
        return None  # "Town" of "Paletwa Town, Paletwa Township": a kind word, no name
    if (start, end) in named or known(name):
        return start, end
    if not _SENTENCE_START.search(text[max(0, start - 3) : start]) or " " not in name:
        return None  # "Sham" of "Ahrar al Sham", "Kot" of "Shah Wali Kot": no name of their own
    rest = start + name.index(" ") + 1  # "In Kalancheki and ...": a sentence's first word
    return (rest, end) if (rest, end) in named or known(text[rest:end]) else None


_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*)$")


Make = Callable[[int, int], Mention]


def _mention_for(link: Link, by_span: dict, mentions: list[Mention], make: Make | None):
    key = (link.start, link.end)
    if key in by_span:
        found = by_span[key]
        found.kind = found.kind or link.gen
        return found
    if make is None:
        return None
    m = make(link.start, link.end)
    m.kind = link.gen or m.kind
    by_span[key] = m
    mentions.append(m)
    return m


def merge(
    mentions: list[Mention], links: list[Link], text: str, make: Make | None
) -> list[Mention]:
    """``mentions`` with the chained names added and linked; spaCy spans that overlap a
    chained name give way to it. Without ``make`` only links between given spans are set."""
    if not links:
        return mentions
    kept = mentions
    if make is not None:
        covered = [(lk.start, lk.end) for lk in links]
        kept = [
            m
            for m in mentions
            if not any(s < m.end and m.start < e and (s, e) != m.span for s, e in covered)
        ]
    by_span = {m.span: m for m in kept}
    for link in links:
        # a list's name no tagger found is only a place if it resolves in the article's frame
        weak = link.listed and (link.start, link.end) not in by_span
        m = _mention_for(link, by_span, kept, make)
        if m is None:
            continue
        outer = _mention_for(link.container, by_span, kept, make) if link.container else None
        if outer is not None and outer is not m and outer.sentence == m.sentence:
            m.container, m.modifier, m.weak = outer, False, weak
            m.listed, m.comma = link.listed, link.comma
            outer.weak = outer.modifier = False
            outer.kind = outer.kind or "container"
        other = _mention_for(link.near, by_span, kept, make) if link.near else None
        if other is not None and other is not m and other.sentence == m.sentence:
            m.near, m.anchor_of, m.modifier, m.weak = other, "between", False, False
            other.weak = other.modifier = False
            other.anchor_of = other.anchor_of or "between"
    return sorted(kept, key=lambda m: m.start)


def share_list_containers(mentions: list[Mention], text: str) -> None:
    """After every link is set: names listed right before a contained name ("A and B in
    Z", "from A to B in Z") lie in its container too (the tagger's names that no chain
    pattern read, as when it calls one of them an organisation)."""
    for i in range(len(mentions) - 1, 0, -1):
        tail = mentions[i]
        outer = tail.container
        if outer is None or outer.start < tail.end:
            continue
        j = i
        while j > 0:
            a, b = mentions[j - 1], mentions[j]
            gap = text[a.end : b.start]
            ranged = _RANGE_GAP.match(gap) and _FROM_END.search(text[max(0, a.start - 12) : a.start])
            if a.sentence != b.sentence or a.modifier or not (LIST_GAP.match(gap) or ranged):
                break
            if a.container is None and a is not outer:
                a.container, a.listed = outer, True
            j -= 1

