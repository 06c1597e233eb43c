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


class Guarded:
    """A compiled pattern searched the cheapest way its parse allows: ``found(text)`` is
    ``pattern.search(text) is not None``."""

    __slots__ = ("first", "literal", "pattern", "reach")

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        self.literal, self.reach = required_literal(pattern)
        self.first = None if len(self.literal) >= MIN_RUN and self.reach else first_class(pattern)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``[m.span() for m in pattern.finditer(text)]`` (a match is never empty when the
        pattern has a first class: each next one is looked for from the last one's end)."""
        if self.literal and self.literal not in text:
            return []
        if self.first is None:
            return [m.span() for m in self.pattern.finditer(text)]
        out: list[tuple[int, int]] = []
        match, step = self.pattern.match, self.first.search
        at = step(text)
        while at is not None:
            found = match(text, at.start())
            if found is not None:
                out.append(found.span())
                at = step(text, found.end())
            else:
                at = step(text, at.start() + 1)
        return out

    def found(self, text: str) -> bool:
        literal = self.literal
        if literal and literal not in text:
            return False
        match = self.pattern.match
        if self.first is not None:
            # (match at a position reads the text before it: ``\b`` and look-behinds hold)
            step = self.first.search
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

    __slots__ = ("ends", "pattern")

    def __init__(self, pattern: re.Pattern[str], items: list[str]) -> None:
        self.pattern = pattern
        built = "|".join(f"(?:{item})" for item in items)
        ends = [_ITEM_WORD.fullmatch(str(item).split(r"\s+")[-1]) for item in items]
        readable = pattern.pattern == rf"(?i:\b(?:{built})\s+(?:the\s+)?)$" and all(ends)
        words = {w for m in ends if m for w in ((m[1], m[1] + "s") if m[2] else (m[1],))}
        self.ends = tuple(sorted(words)) if readable else None

    def found(self, window: str) -> bool:
        ends = self.ends
        if ends is not None and window.isascii():
            low = window.rstrip().lower()
            if not (low.endswith(ends) or (low.endswith("the") and low[:-3].rstrip().endswith(ends))):
                return False
        return self.pattern.search(window) is not None
