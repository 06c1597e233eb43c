"""Faster answers to "does this pattern match anywhere in the text?" for patterns asked of
whole articles (the local words of `sitroom.geo.wording`), with the very same answer.

Python's regex engine skips ahead quickly only to a pattern's literal first letters or its
first character class; a pattern that opens with ``\\b``, a repeat or an alternation of
classes is tried at every position of the text. `Guarded` reads the parsed pattern once
and searches by the cheapest of: the longest run of plain letters every match holds
(found with ``str.find``; the pattern tried only just before each place it occurs), the
class every match starts with (skipped ahead to by the engine), or the plain search.
"""

from __future__ import annotations

import re
import re._compiler as _compiler  # the parser's tree, compiled back: read, never changed
import re._constants as _sre
import re._parser as _parse

#: A run this far into a match at most is looked for before each of its occurrences.
MAX_REACH = 40
#: A run this long is rare enough in text to look for its every occurrence (a shorter one,
#: a space or one digit, occurs everywhere: the pattern's first class is asked instead).
MIN_RUN = 3

_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
#: The parser's repeats (possessive ones from Python 3.11 on).
REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None))


def _parsed(pattern: str):
    try:
        parsed = _parse.parse(pattern)
    except (re.error, RecursionError):
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return parsed


def required_literal(pattern: str) -> tuple[str, tuple[int, int] | None]:
    """The longest run of literal characters at the pattern's top level (outside any
    group, alternation, repeat or case-blind part), which every match holds, and the
    least and most characters of a match before it (None: unbounded or past `MAX_REACH`);
    ('', None) when there is none or the pattern is case-blind as a whole."""
    parsed = _parsed(pattern)
    if parsed is None:
        return "", None
    items = list(parsed)
    best, best_at, run, at = "", 0, "", 0
    for i, (op, arg) in enumerate([*items, (None, None)]):
        if op is _sre.LITERAL:
            run, at = (run + chr(arg), at) if run else (chr(arg), i)
            continue
        if len(run) > len(best):
            best, best_at = run, at
        run = ""
    if not best:
        return "", None
    lo, hi = _parse.SubPattern(parsed.state, items[:best_at]).getwidth()
    return best, ((lo, hi) if hi <= MAX_REACH else None)


def required_words(pattern: str) -> tuple[str, ...]:
    """Literal words one of which every match holds: the branches of an alternation of
    plain words at the pattern's top level, with the literal characters right before and
    after it ("(?:St|Ave|Rd)\\." gives "St.", "Ave.", "Rd."); the alternation whose shortest
    such word is longest; () when there is none."""
    parsed = _parsed(pattern)
    if parsed is None:
        return ()
    items = list(parsed)
    best: tuple[str, ...] = ()
    for i, (op, arg) in enumerate(items):
        if op is not _sre.BRANCH or not all(b and all(o is _sre.LITERAL for o, _ in b) for b in arg[1]):
            continue
        before, after = _run(reversed(items[:i]))[::-1], _run(items[i + 1 :])
        found = tuple(dict.fromkeys(before + "".join(chr(c) for _, c in b) + after for b in arg[1]))
        if min(map(len, found)) > min(map(len, best), default=0):
            best = found
    return best


def _run(items) -> str:
    """The literal characters ``items`` open with."""
    out = []
    for op, arg in items:
        if op is not _sre.LITERAL:
            break
        out.append(chr(arg))
    return "".join(out)


def first_class(pattern: str) -> re.Pattern[str] | None:
    """A one-character pattern that matches the first character of every match of
    ``pattern`` (a class the regex engine skips ahead by), or None when none can be told:
    the pattern may match nothing, starts with any character, a negated class or a
    case-blind part."""
    parsed = _parsed(pattern)
    if parsed is None or parsed.getwidth()[0] == 0:
        return None
    members = _first(list(parsed))
    if not members:
        return None
    return _compiler.compile(_parse.SubPattern(parsed.state, [(_sre.IN, members)]), 0)


def _first(items: list) -> list | None:
    """The class members (LITERAL, RANGE, CATEGORY) a match of ``items`` can start with;
    None when unknown or when ``items`` can match nothing."""
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue  # \b, look-aheads and look-behinds consume nothing
        if op is _sre.LITERAL:
            return [(op, arg)]
        if op is _sre.IN:
            return None if any(o is _sre.NEGATE for o, _ in arg) else list(arg)
        if op is _sre.BRANCH:
            out: list = []
            for branch in arg[1]:
                found = _first(list(branch))
                if found is None:
                    return None
                out += found
            return out
        if op is _sre.SUBPATTERN and not arg[1] and not arg[2]:
            return _first(list(arg[3])) if arg[3].getwidth()[0] > 0 else None
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] >= 1:
            return _first(list(arg[2])) if arg[2].getwidth()[0] > 0 else None
        return None
    return None


def core_pattern(pattern: str) -> re.Pattern[str] | None:
    """The pattern without the assertions it opens with (``\\b``, a look-behind), when what
    is left gives the regex engine a first character (or class) to skip ahead by, as the
    whole does not: every match of the pattern starts where one of the rest does, so the
    engine finds those places itself; None otherwise."""
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    items = list(parsed)
    lead = 0
    while lead < len(items) and items[lead][0] in _ZERO_WIDTH:
        lead += 1
    if not lead or not _skipped_to(items[lead:]):
        return None
    return _compiler.compile(_parse.SubPattern(parsed.state, items[lead:]), parsed.state.flags)


def _skipped_to(items: list) -> bool:
    """Whether the engine skips ahead to a pattern opening with ``items`` (a literal, a
    class, words each opening with a literal; in a plain group)."""
    if not items:
        return False
    op, arg = items[0]
    if op is _sre.LITERAL or op is _sre.IN:
        return True
    if op is _sre.SUBPATTERN:
        return not arg[1] and not arg[2] and _skipped_to(list(arg[3]))
    return op is _sre.BRANCH and all(branch and branch[0][0] is _sre.LITERAL for branch in arg[1])


class Guarded:
    """A compiled pattern searched the cheapest way its parse allows: ``found(text)`` is
    ``pattern.search(text) is not None``. Without a long literal run, a text holding none of
    the words of an alternation every match holds is not searched (`required_words`), and
    the places a match may start are stepped through: those of the rest of the pattern past its opening
    assertions (``core``, found by the engine) when it has a first character to skip
    ahead by, else each character of its first class."""

    __slots__ = ("core", "first", "literal", "pattern", "reach", "words")

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        self.literal, self.reach = required_literal(pattern)
        self.first = None if len(self.literal) >= MIN_RUN and self.reach else first_class(pattern)
        self.core = core_pattern(pattern) if self.first is not None else None
        #: (without a long run: words one of which a match holds, `required_words`)
        self.words = required_words(pattern) if self.first is not None else ()

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``[m.span() for m in pattern.finditer(text)]`` (a match is never empty when the
        pattern has a first class: each next one is looked for from the last one's end)."""
        if (self.literal and self.literal not in text) or not self._has_a_word(text):
            return []
        if self.first is None:
            return [m.span() for m in self.pattern.finditer(text)]
        out: list[tuple[int, int]] = []
        match, step = self.pattern.match, (self.core or self.first).search
        at = step(text)
        while at is not None:
            found = match(text, at.start())
            if found is not None:
                out.append(found.span())
                at = step(text, found.end())
            else:
                at = step(text, at.start() + 1)
        return out

    def _has_a_word(self, text: str) -> bool:
        return not self.words or any(map(text.__contains__, self.words))

    def found(self, text: str) -> bool:
        literal = self.literal
        if (literal and literal not in text) or not self._has_a_word(text):
            return False
        match = self.pattern.match
        if self.first is not None:
            # (match at a position reads the text before it: ``\b`` and look-behinds hold)
            step = (self.core or self.first).search
            at = step(text)
            while at is not None:
                if match(text, at.start()) is not None:
                    return True
                at = step(text, at.start() + 1)
            return False
        if self.reach is None:
            return self.pattern.search(text) is not None
        lo, hi = self.reach
        at = text.find(literal)
        while at >= 0:
            for start in range(max(0, at - hi), at - lo + 1):
                if match(text, start) is not None:
                    return True
            at = text.find(literal, at + 1)
        return False


#: One word of a `LastWords` list item as the list writes it: letters, perhaps a plural 's?'.
_ITEM_WORD = re.compile(r"([a-z]+)(s\?)?")


class LastWords:
    """``pattern.search(window) is not None`` for a pattern built as
    ``(?i:\\b(?:ITEMS)\\s+(?:the\\s+)?)$`` from ``items`` (words, '\\s+' between, a plural
    's?' after one): every match ends its window with an item's last word, then whitespace,
    perhaps 'the' and whitespace, so an ASCII window whose last word, past a 'the', ends no
    item's last word is not searched (the engine tried every position of it, and most
    windows end in no such word). A pattern of another shape, or an item of other
    characters, is searched in every window."""

    __slots__ = ("ends", "ends_or_the", "pattern")

    def __init__(self, pattern: re.Pattern[str], items: list[str]) -> None:
        self.pattern = pattern
        built = "|".join(f"(?:{item})" for item in items)
        ends = [_ITEM_WORD.fullmatch(str(item).split(r"\s+")[-1]) for item in items]
        readable = pattern.pattern == rf"(?i:\b(?:{built})\s+(?:the\s+)?)$" and all(ends)
        words = {w for m in ends if m for w in ((m[1], m[1] + "s") if m[2] else (m[1],))}
        self.ends = tuple(sorted(words)) if readable else None
        #: (one test of both: most windows end in neither)
        self.ends_or_the = (*self.ends, "the") if self.ends is not None else None

    def found(self, window: str) -> bool:
        ends = self.ends
        if ends is not None and window.isascii():
            low = window.rstrip().lower()
            if not low.endswith(self.ends_or_the):
                return False
            if not (low.endswith(ends) or (low.endswith("the") and low[:-3].rstrip().endswith(ends))):
                return False
        return self.pattern.search(window) is not None


def end_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The lower-case literal endings one of which every match of ``pattern`` ends with
    once its trailing whitespace is stripped, for a pattern anchored at the end (its last
    top-level item ``$`` or ``\\Z``, not multi-line); None when there is no such pattern or
    some match may end otherwise (in a class, a non-ASCII letter, nothing but spaces)."""
    if pattern.flags & re.MULTILINE or not pattern.pattern.rstrip(")").endswith(("$", "\\Z")):
        return None
    parsed = parsed_any_case(pattern.pattern, pattern.flags)
    if parsed is None or not len(parsed) or parsed[-1] not in _AT_END:
        return None
    shapes = _sequence(list(parsed))
    if shapes is None or any(not tail for tail, _, _ in shapes):
        return None
    tails = {tail for tail, _, _ in shapes}
    # (an ending that ends with another one adds nothing: "airbase near" ends with "near")
    return tuple(sorted(t for t in tails if not any(t != u and t.endswith(u) for u in tails)))


_AT_END = ((_sre.AT, _sre.AT_END), (_sre.AT, _sre.AT_END_STRING))
_SPACES = (_sre.CATEGORY_SPACE, _sre.CATEGORY_UNI_SPACE)
#: One way an element of a pattern can end: (its literal ending, lower-cased, without
#: trailing spaces; whether that ending runs back to the element's start; whether the
#: element ends in whitespace). ("", True, False): it can match nothing.
_Shape = tuple[str, bool, bool]


def parsed_any_case(pattern: str, flags: int):
    """The parse of ``pattern``, case-blind ones included (endings are compared lower-cased;
    `lowered.case_twin` reads the case of each letter); None where it does not parse."""
    try:
        return _parse.parse(pattern, flags)
    except (re.error, RecursionError):
        return None


def _sequence(items: list) -> set[_Shape] | None:
    """The shapes of a sequence of parsed items, read from its end; None when what it
    ends with cannot be told."""
    states: set[tuple[str, bool, bool | None]] = {("", True, None)}  # (ending, open, ends in space)
    for op, arg in reversed(items):
        if all(not is_open for _, is_open, _ in states):
            break
        shapes = _element(op, arg)
        if shapes is None and any(is_open and not tail for tail, is_open, _ in states):
            return None  # the sequence may end in something unknown
        new: set[tuple[str, bool, bool | None]] = set()
        for tail, is_open, space in states:
            if not is_open or shapes is None:
                new.add((tail, False, space))
                continue
            for end, end_open, end_space in shapes:
                if not tail:  # nothing but spaces after this element: they are stripped
                    consumed = bool(end) or end_space
                    new.add((end, end_open, space if space is not None else (end_space if consumed else None)))
                elif end_space or (not end and not end_open):
                    new.add((tail, False, space))  # a space (or a break) before the ending
                else:
                    new.add((end + tail, end_open, space))
        states = new
    return {(tail, is_open, bool(space)) for tail, is_open, space in states}


def _element(op, arg) -> set[_Shape] | None:
    """The shapes of one parsed item; None when unknown."""
    if op is _sre.LITERAL:
        char = chr(arg)
        if char.isspace():
            return {("", True, True)}
        return {(char.lower(), True, False)} if char.isascii() and char.isprintable() else None
    if op in _ZERO_WIDTH:
        return {("", True, False)}
    if op is _sre.IN:
        spaces = all(
            (o is _sre.CATEGORY and a in _SPACES) or (o is _sre.LITERAL and chr(a).isspace())
            for o, a in arg
        )
        return {("", True, True)} if spaces else None
    if op is _sre.SUBPATTERN:
        return _sequence(list(arg[3]))
    if op is _sre.BRANCH:
        out: set[_Shape] = set()
        for branch in arg[1]:
            shapes = _sequence(list(branch))
            if shapes is None:
                return None
            out |= shapes
        return out
    if op in REPEATS:
        low, _, sub = arg
        shapes = _sequence(list(sub))
        if shapes is None:
            return None
        # (an earlier repetition may run the ending further back: it is cut where the last begins)
        out = {(tail, not tail and is_open, space) for tail, is_open, space in shapes}
        return out | {("", True, False)} if low == 0 else out
    return None
