"""Event detection and classification (components `events` and `finalize`). See tests/events.

Both are registered through the `sitroom.components` entry points (pyproject.toml).
"""

from sitroom.events.component import extract_candidates, make_events
from sitroom.events.finalize import finalize_candidates, make_finalize
from sitroom.events.lexicon import load_lexicon
from sitroom.events.taxonomy import load_taxonomy

__all__ = [
    "extract_candidates",
    "finalize_candidates",
    "load_lexicon",
    "load_taxonomy",
    "make_events",
    "make_finalize",
]
