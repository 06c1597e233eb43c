"""Where a report turns to another incident or another story: the sentence openers of the
pack's ``story.yaml``, one list read by every stage that needs them.

A *story break* ("In a separate incident, ...", "In other news, ...") opens another
incident whose place is its own; an *incident break* ("Meanwhile, ...", "Elsewhere in the
city, ...") opens another incident of the same story, possibly at the place told before.
This module imports no stage.
"""

from __future__ import annotations

import re

from sitroom.lang import pack_words

STORY_BREAKS = pack_words("story", "story_breaks")
INCIDENT_BREAKS = pack_words("story", "incident_breaks")


def _opens_with(text: str, cues) -> bool:
    low = " ".join(text.lower().split())
    return any(re.match(re.escape(cue) + r"(?!\w)", low) for cue in cues)


def opens_story(text: str) -> bool:
    """The text starts another story ('In a separate incident, ...')."""
    return _opens_with(text, STORY_BREAKS)


def opens_incident(text: str) -> bool:
    """The text starts another incident, of another story or of the same one
    ('Meanwhile, ...')."""
    return _opens_with(text, STORY_BREAKS) or _opens_with(text, INCIDENT_BREAKS)
