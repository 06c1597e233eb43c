"""Dates and numbers (component `time`).

Public pieces:
- `resolve_publication(article, today)`: the publication date and its dateline evidence.
- `resolve(text, published)`: one temporal expression → `TimeRef` (date, ACLED precision, range).
- `find_expressions(sentence, published)` / `attach(trigger, found, others)`: dates in a parse.
- `find_mentions(sentence)` / `combine(mentions)`: fatalities and injuries from the parse.
- component ``time`` (an entry point in pyproject.toml): fills every candidate event.
"""

from __future__ import annotations

import importlib
from typing import Any

#: Where each public name lives; imported on first use (PEP 562), so that reading a
#: report's dateline (`publication`, used by the store writer) does not load spaCy,
#: which the parse-reading modules (`casualties`, `dating`, `component`) import.
_WHERE = {
    "Mention": "casualties", "Toll": "casualties", "combine": "casualties",
    "find_mentions": "casualties",
    "TAG_NO_DATE": "component", "TAG_UNKNOWN_KILLED": "component",
    "time_component": "component",
    "attach": "dating", "find_expressions": "dating",
    "TimeRef": "expressions", "resolve": "expressions",
    "Count": "numbers", "parse_count_words": "numbers", "parse_number": "numbers",
    "find_dateline": "publication", "resolve_publication": "publication",
}


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{where}"), name)
    globals()[name] = value
    return value


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
