"""Component `finalize` (runs last): combines what events, actors, geo and time found.

Status (new or background), ids, notes, source scale, unknown perpetrators, incident
assembly and de-duplication. Its own package because it reads every other stage's
results; the stages import nothing from it.
"""

from sitroom.finalize.component import finalize_candidates, make_finalize

__all__ = ["finalize_candidates", "make_finalize"]
