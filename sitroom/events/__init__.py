"""Event detection and classification (component `events`). See tests/events.

Registered through the `sitroom.components` entry points (pyproject.toml); the step that
combines what events, actors, geo and time found is `sitroom.finalize`.
"""

from sitroom.events.component import extract_candidates, make_events
from sitroom.events.lexicon import load_lexicon
from sitroom.events.taxonomy import load_taxonomy

__all__ = [
    "extract_candidates",
    "load_lexicon",
    "load_taxonomy",
    "make_events",
]
