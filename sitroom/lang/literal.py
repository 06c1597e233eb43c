"""The longest run of plain letters every match of a regular expression holds, and how
far into a match it starts: a search that finds the run with ``str.find`` and tries the
pattern only just before each place it occurs.

Python's regex engine skips ahead quickly only to a pattern's literal first letters; a
pattern that opens with ``\\b``, a character class or an alternation is tried at every
position of the text. A substring search runs in C at memory speed, so a pattern asked
of whole articles (the local words of `sitroom.geo.wording`) is searched this way.
"""

from __future__ import annotations

import re
import re._constants as _sre  # the parser's opcodes: read, never compiled from
import re._parser as _parse

#: A run this far into a match at most is looked for before each of its occurrences;
#: a pattern whose run may lie further in is searched whole (after the ``in`` test).
MAX_REACH = 40


def required_literal(pattern: str) -> tuple[str, tuple[int, int] | None]:
    """The longest run of literal characters at the pattern's top level (outside any
    group, alternation, repeat or case-blind part), which every match holds, and the
    least and most characters of a match before it (None: unbounded or past `MAX_REACH`);
    ('', None) when there is none or the pattern is case-blind as a whole."""
    try:
        parsed = _parse.parse(pattern)
    except (re.error, RecursionError):
        return "", None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
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


class Guarded:
    """A compiled pattern and its `required_literal`: ``found(text)`` is
    ``pattern.search(text) is not None``, the pattern tried only where the literal lets
    a match start."""

    __slots__ = ("literal", "pattern", "reach")

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        self.literal, self.reach = required_literal(pattern)

    def found(self, text: str) -> bool:
        literal = self.literal
        if not literal:
            return self.pattern.search(text) is not None
        at = text.find(literal)
        if at < 0:
            return False
        if self.reach is None:
            return self.pattern.search(text) is not None
        lo, hi = self.reach
        match = self.pattern.match
        while at >= 0:
            # (match at a position reads the text before it: ``\b`` and look-behinds hold)
            for start in range(max(0, at - hi), at - lo + 1):
                if match(text, start) is not None:
                    return True
            at = text.find(literal, at + 1)
        return False
