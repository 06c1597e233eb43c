"""What toponym resolution reads whatever the text, loaded before the first article.

The ranker's weights, the theatre actors' dictionary and the first words of the actor
dictionaries' indexes, the demonym table, the names files, the admin-1 boxes, the local
words' patterns and the fronts were each read on first use, so the first articles of
every process paid for them inside resolution. `preload` reads them once where the geo stage is made (`sitroom.geo.component.make_geo`):
the process that forks the extraction workers (`sitroom.ingest.zygote`) then holds them,
and each worker shares them instead of reading them again. What it loads is the very
object a later first use would have made (the same caches), so no answer changes.

What is loaded then lives as long as the process: it is frozen out of the garbage
collector's reach (`gc.freeze`), which otherwise walked those hundreds of thousands of
objects again in every full collection while the first articles' caches grew (some 5 % of
the first pass over the gold toponyms). What is frozen is never collected: the tables are
kept for the process anyway, and the little garbage that loading left is kept with them;
so only the first preload of a process freezes (a test session makes many geo stages).
An ingest worker freezes what it built the same way (`sitroom.ingest.pool`).
"""

from __future__ import annotations

import gc
from collections.abc import Sequence

from sitroom.geo.gazetteer import Gazetteer

#: Whether a preload of this process has frozen what it loaded (module doc; a list: no global).
_FROZEN: list[bool] = []


def preload(gaz: Gazetteer, actor_files: Sequence[str] = ()) -> None:
    """Load the tables resolution reads for any text, for ``gaz`` and the user's actors
    (``actor_files``, as the actor focus asks for them)."""
    from sitroom.actors import load_dictionary
    from sitroom.actors.memo import prepare
    from sitroom.geo import forms, wording
    from sitroom.geo.fronts import load_fronts
    from sitroom.geo.ranker import default_ranker
    from sitroom.geo.theatres import _abroad_classes, theatre_matcher
    from sitroom.outline_boxes import unit_boxes
    from sitroom.outlines import _iso_number_by_iso2

    default_ranker()
    # (the key `actor_focus` asks by: a call without the argument is another cache key)
    prepare(theatre_matcher(tuple(actor_files)).dictionary)
    prepare(load_dictionary(tuple(actor_files)))  # (the nationalities' dictionary)
    _abroad_classes()
    gaz.demonym_words  # noqa: B018  (builds the demonym table too)
    gaz.countries_by_letter  # noqa: B018
    forms.abbreviations()
    forms.other_names()
    unit_boxes(0)  # (the whole table is read on the first country asked)
    _iso_number_by_iso2()
    load_fronts()
    wording._MASTHEADS.value()
    wording._HOMES.value()  # (each country's local words' patterns, as `read_wording` reads them)
    if not _FROZEN:  # (module doc: loaded for the process's life)
        _FROZEN.append(True)
        gc.freeze()
