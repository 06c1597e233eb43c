"""Searching a whole text for a pattern only where the text can hold a match, with the very
same answer as `re.Pattern.search` / `finditer`.

The chain patterns of `sitroom.geo.chains` ("X in Y", "the X - Y road") open with ``\\b`` and
a name, so Python's regex engine has no first letter to skip ahead by and tries every
position of every article; at a capitalized word it reads the name, then fails at the word
after it. Their parses say two things that let most of a text go unsearched:

* every character a match consumes (look-arounds included) is a word character, a space or
  one of a few punctuation marks the pattern writes ("-", "/"): a match lies within one
  *stretch* of such characters, between two other marks (a comma, a full stop, a bracket);
* a match holds a literal word at its top level, between spaces or word boundaries ("in",
  "of", "road"), and capital letters where the pattern needs them before and after it.

`Confined.search` finds the next such word from the position asked, skips it unless its
stretch has the capitals, and searches that stretch alone (``endpos`` at the mark that ends
it: no character a match consumes is that mark, so the end of the string reads there as
the mark does). A pattern whose parse shows neither (any character, ``$``, a negated class,
a back-reference) is searched as it is.
"""

from __future__ import annotations

import re
import re._compiler as _compiler  # the parser's tree, compiled back: read, never changed
import re._constants as _sre
import re._parser as _parse
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate, repeat
from operator import add

from sitroom.lang.literal import REPEATS, parsed_any_case

_WORD_CHAR = re.compile(r"\w")
_SPACE_CHAR = re.compile(r"\s")
_BOUNDARIES = (_sre.AT_BOUNDARY, _sre.AT_NON_BOUNDARY, _sre.AT_UNI_BOUNDARY, _sre.AT_UNI_NON_BOUNDARY)
_CATEGORIES = (
    _sre.CATEGORY_WORD, _sre.CATEGORY_UNI_WORD, _sre.CATEGORY_SPACE, _sre.CATEGORY_UNI_SPACE,
    _sre.CATEGORY_DIGIT, _sre.CATEGORY_UNI_DIGIT,
)
#: A class of at most this many characters outside ``\\w`` and ``\\s`` is listed as marks.
_MAX_RANGE = 64


class _Unsupported(Exception):
    """The parse holds something that may consume any character or read the string's end."""


def _marks(items, out: set[str]) -> set[str]:
    """The characters other than word characters and spaces that ``items`` may consume."""
    for op, arg in items:
        if op is _sre.LITERAL:
            _mark(chr(arg), out)
        elif op is _sre.IN:
            for member, value in arg:
                if member is _sre.LITERAL:
                    _mark(chr(value), out)
                elif member is _sre.RANGE and value[1] - value[0] <= _MAX_RANGE:
                    for code in range(value[0], value[1] + 1):
                        _mark(chr(code), out)
                elif member is _sre.RANGE and all(_WORD_CHAR.match(chr(c)) for c in range(value[0], value[1] + 1)):
                    continue
                elif not (member is _sre.CATEGORY and value in _CATEGORIES):
                    raise _Unsupported(member)  # a negated class, a wide range of symbols
        elif op is _sre.AT:
            if arg not in _BOUNDARIES:
                raise _Unsupported(arg)  # ^, $, \A, \Z read where the string ends
        elif op is _sre.SUBPATTERN or op is getattr(_sre, "ATOMIC_GROUP", None):
            _marks(arg[-1] if op is _sre.SUBPATTERN else arg, out)
        elif op is _sre.BRANCH:
            for branch in arg[1]:
                _marks(branch, out)
        elif op in REPEATS:
            _marks(arg[2], out)
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            _marks(arg[1], out)
        else:
            raise _Unsupported(op)  # any character, a back-reference, a conditional
    return out


def _mark(char: str, out: set[str]) -> None:
    if not (_WORD_CHAR.match(char) or _SPACE_CHAR.match(char)):
        out.add(char)


def _capital_needed(items, case_blind: bool = False) -> bool:
    """Whether every match of ``items`` consumes a capital A-Z (as written, not case-blind)."""
    return any(_item_needs_capital(op, arg, case_blind) for op, arg in items)


def _item_needs_capital(op, arg, case_blind: bool) -> bool:
    if op is _sre.LITERAL:
        return not case_blind and 65 <= arg <= 90
    if op is _sre.IN:
        return not case_blind and all(
            (m is _sre.LITERAL and 65 <= v <= 90) or (m is _sre.RANGE and v[0] >= 65 and v[1] <= 90)
            for m, v in arg
        )
    if op is _sre.SUBPATTERN:
        return _capital_needed(arg[3], case_blind or bool(arg[1] & re.IGNORECASE))
    if op is _sre.BRANCH:
        return all(_capital_needed(branch, case_blind) for branch in arg[1])
    if op in REPEATS:
        return arg[0] >= 1 and _capital_needed(arg[2], case_blind)
    return False


def _literal_words(op, arg) -> bool:
    """An item that is an alternation of words (perhaps in a group)."""
    if op is _sre.SUBPATTERN:
        return len(arg[3]) == 1 and _literal_words(*arg[3][0])
    return op is _sre.BRANCH and all(branch and all(o is _sre.LITERAL for o, _ in branch) for branch in arg[1])


def _words_at(items) -> Iterator[tuple[int, int]]:
    """Where the top-level words of a parse stand: (first item, item after), a run of
    literal characters ("between") or an alternation of words ("in|of")."""
    i = 0
    while i < len(items):
        j = i
        while j < len(items) and items[j][0] is _sre.LITERAL:
            j += 1
        if j > i:
            yield i, j
        elif _literal_words(*items[i]):
            j = i + 1
            yield i, j
        i = max(j, i + 1)


def _flank(op, arg) -> list:
    """What of an item beside the word its occurrences are looked for with: one character
    of a repeat of one class (a space of the spaces around "in"), else nothing."""
    if op in REPEATS and arg[0] >= 1 and len(arg[2]) == 1 and arg[2][0][0] in (_sre.IN, _sre.LITERAL):
        return [arg[2][0]]
    return []


def _skips_ahead(item, case_blind: bool) -> bool:
    """Whether a pattern opening with ``item`` gives the regex engine a first character (or
    class) to skip ahead by: a literal or a class as written, or words that are."""
    op, arg = item
    if op is _sre.SUBPATTERN:
        return not (case_blind or arg[1] & re.IGNORECASE) and _literal_words(op, arg)
    return not case_blind and (op in (_sre.LITERAL, _sre.IN) or _literal_words(op, arg))


class Confined:
    """``search(text, pos)`` is ``pattern.search(text, pos)``; ``finditer(text)`` is
    ``pattern.finditer(text)`` (see the module's note)."""

    __slots__ = ("_last", "before", "after", "pattern", "stops", "word")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.word: re.Pattern[str] | None = None
        self.stops: re.Pattern[str] | None = None
        self.before = self.after = False
        self._last: tuple[str, list[int]] | None = None
        parsed = parsed_any_case(pattern.pattern, pattern.flags)
        if parsed is None:
            return
        try:
            marks = _marks(list(parsed), set())
        except (_Unsupported, RecursionError):
            return
        items = list(parsed)
        if parsed.getwidth()[0] == 0 or pattern.flags & (re.MULTILINE | re.DOTALL | re.ASCII):
            return
        case_blind = bool(pattern.flags & re.IGNORECASE)
        for i, j in _words_at(items):
            left = _flank(*items[i - 1]) if i > 0 else []
            occurrence = [*left, *items[i:j], *(_flank(*items[j]) if j < len(items) else [])]
            if not _skips_ahead(occurrence[0], case_blind):
                continue  # (the engine would try it at every position: no cheaper than the pattern)
            self.word = _compiler.compile(_parse.SubPattern(parsed.state, occurrence), pattern.flags)
            self.before = _capital_needed(items[:i], case_blind)
            self.after = _capital_needed(items[j:], case_blind)
            self.stops = re.compile("[^\\w\\s" + "".join(re.escape(c) for c in sorted(marks)) + "]")
            return

    def _after_stops(self, text: str) -> list[int]:
        """The position after each mark that ends a stretch of ``text``, then its length
        plus one (kept for the last text): each piece between two marks and its mark, summed
        without a call per piece."""
        last = self._last
        if last is None or last[0] is not text:
            pieces = self.stops.split(text)  # type: ignore[union-attr]
            last = self._last = (text, list(accumulate(map(add, map(len, pieces), repeat(1)))))
        return last[1]

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        word = self.word
        if endpos is None:
            endpos = len(text)
        if word is None:
            return self.pattern.search(text, pos, endpos)
        found = word.search(text, pos, endpos)
        after = self._after_stops(text) if found is not None else []  # (most texts: none of the words)
        while found is not None:
            first, last = found.span()
            i = bisect_right(after, first + 1)  # the first mark past the word
            start, end = after[i - 1] if i else 0, min(after[i] - 1, endpos)
            if start < pos:
                start = pos
            if (self.before and _CAPITAL.search(text, start, last) is None) or (
                self.after and _CAPITAL.search(text, first, end) is None
            ):
                found = word.search(text, first + 1, endpos)  # no match holds this word: the next one
                continue
            m = self.pattern.search(text, start, end)
            if m is not None:
                return m
            pos = end  # no match starts before the stretch's end
            found = word.search(text, end, endpos)
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.word is None:
            yield from self.pattern.finditer(text)
            return
        pos = 0  # (a match is never empty: each next one is looked for from the last one's end)
        while (m := self.search(text, pos)) is not None:
            yield m
            pos = m.end()


_CAPITAL = re.compile("[A-Z]")
