"""A river row of the gazetteer sits at the river's mouth, filed under the mouth's country
(`sitroom.geo.build_physical`: Natural Earth's river layers): "on the Euphrates" in a
report on Syria is not in Iraq. Such a reading places nothing when the article's own
countries (where it places things, where its named actors work, the home of its police
and residents, its armies) are known and the mouth's is not among them: the event then
falls back as for an unknown name, never to the mouth."""

from __future__ import annotations

import re

from sitroom.geo.context import ArticleContext
from sitroom.geo.gazetteer import Hit

#: The source of a river row: a Natural Earth river layer ("... 10m rivers_europe ...").
_RIVER_LAYER = re.compile(r"\brivers_")


def is_river(hit: Hit) -> bool:
    return bool(_RIVER_LAYER.search(hit.source))


def river_abroad(hit: Hit, ctx: ArticleContext) -> bool:
    """A river reading whose mouth lies outside every country the article is about."""
    if not is_river(hit):
        return False
    actors = ctx.actors
    ours = ctx.event_countries() | actors.theatres | actors.home | actors.forces
    return bool(ours) and hit.cc not in ours
