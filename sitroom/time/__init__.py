"""Dates and numbers (component `time`).

Public pieces:
- `resolve_publication(article, today)`: the publication date and its dateline evidence.
- `resolve(text, published)`: one temporal expression → `TimeRef` (date, ACLED precision, range).
- `find_expressions(sentence, published)` / `attach(trigger, found, others)`: dates in a parse.
- `find_mentions(sentence)` / `combine(mentions)`: fatalities and injuries from the parse.
- component ``time`` (an entry point in pyproject.toml): fills every candidate event.
"""

from sitroom.time.casualties import Mention, Toll, combine, find_mentions
from sitroom.time.component import TAG_NO_DATE, TAG_UNKNOWN_KILLED, time_component
from sitroom.time.dating import attach, find_expressions
from sitroom.time.expressions import TimeRef, resolve
from sitroom.time.numbers import Count, parse_count_words, parse_number
from sitroom.time.publication import find_dateline, resolve_publication

__all__ = [
    "TAG_NO_DATE",
    "TAG_UNKNOWN_KILLED",
    "Count",
    "Mention",
    "TimeRef",
    "Toll",
    "attach",
    "combine",
    "find_dateline",
    "find_expressions",
    "find_mentions",
    "parse_count_words",
    "parse_number",
    "resolve",
    "resolve_publication",
    "time_component",
]
