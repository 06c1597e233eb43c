"""A case-blind pattern searched as a case-sensitive one in the lower-cased text, with the
very same matches.

Python's regex engine compares every letter of a case-blind pattern by folding its case,
and a pattern that opens with an alternation of words is tried at every position of the
text: "north of", "outskirts of", "close to" ... looked for case-blind at the end of the
window before each place name cost some 15 µs a window, five times the same search,
case-sensitive, in the window lower-cased. For an ASCII text, lower-casing keeps every
character where it stands, and a pattern whose letters are all lower case (in its
literals, classes and ranges), with no part that turns case-blindness off and no
back-reference, matches the lower-cased text case-sensitively exactly where, and with
exactly the groups' spans, it matches the text case-blind (`case_twin`). The caller then
matches the pattern itself at the place the twin found (`sitroom.lang.PackPattern.search`):
the same `re.Match`, on the text as written.
"""

from __future__ import annotations

import re
import re._constants as _sre

from sitroom.lang.literal import REPEATS, parsed_any_case

#: Items that read no letter's case: a position (\b, ^, $), any character, a class of
#: characters (\s, \d, \w and their negations).
_CASELESS = (_sre.AT, _sre.ANY)


def case_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-blind ``pattern`` made case-sensitive, when searching it in an ASCII text
    lower-cased finds the matches (where, and each group's span) the pattern finds
    case-blind in the text as written (module doc); None otherwise (a case-sensitive
    pattern, an upper-case or non-ASCII letter, ``(?-i:...)``, a back-reference ...)."""
    if not isinstance(pattern.pattern, str) or not pattern.flags & re.IGNORECASE:
        return None
    parsed = parsed_any_case(pattern.pattern, pattern.flags)
    if parsed is None or not _lower_only(list(parsed)):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def _lower_char(code: int) -> bool:
    """An ASCII character that is no upper-case letter (what a lower-cased ASCII text holds
    in its place is the very character, or it is an upper-case letter lowered)."""
    return code < 128 and not 65 <= code <= 90


def _lower_only(items: list) -> bool:
    """Every item of a parsed pattern reads letters in lower case only, or no letters."""
    for op, arg in items:
        if op in (_sre.LITERAL, _sre.NOT_LITERAL):
            ok = _lower_char(arg)
        elif op is _sre.IN:
            ok = all(_lower_member(o, a) for o, a in arg)
        elif op in _CASELESS:
            ok = True
        elif op is _sre.SUBPATTERN:
            ok = not arg[1] and not arg[2] and _lower_only(list(arg[3]))  # (no "(?-i:...)")
        elif op is _sre.BRANCH:
            ok = all(_lower_only(list(branch)) for branch in arg[1])
        elif op in REPEATS:
            ok = _lower_only(list(arg[2]))
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            ok = _lower_only(list(arg[1]))
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            ok = _lower_only(list(arg))
        else:
            ok = False  # a back-reference, a conditional group, what this does not know
        if not ok:
            return False
    return True


def _lower_member(op, arg) -> bool:
    """A member of a class that holds no upper-case letter and nothing beyond ASCII a
    case-blind comparison could fold onto an ASCII letter."""
    if op is _sre.LITERAL:
        return _lower_char(arg)
    if op is _sre.RANGE:
        low, high = arg
        return high < 128 and (high < 65 or low > 90)
    return op in (_sre.CATEGORY, _sre.NEGATE)
