"""A province named alike in two countries ("Kurdistan" of Iran and of Iraq, "Punjab" of
India and of Pakistan): the one in a country where the article places things, when the
ranker's first reading lies in none of them.

The article's other places say which country it is about ("Police in Iran arrested four men
in Kurdistan province"): a province is named from inside its country far more often than a
namesake across a border is named without any place of its own country beside it.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitroom.geo.context import ArticleContext
from sitroom.geo.gazetteer import Hit


def province_in_frame(ranked: Sequence[Hit], ctx: ArticleContext) -> Sequence[Hit]:
    """``ranked`` (best first), with the first province that lies in one of the article's
    placed countries (launch sites aside) moved to the front when the best is a province outside all of them."""
    if not ranked or ranked[0].level != 1:
        return ranked
    placed = ctx.struck_countries()  # not a launch site's ('fired from Kermanshah at ...')
    if not placed or ranked[0].cc in placed:
        return ranked
    home = next((h for h in ranked[1:] if h.level == 1 and h.cc in placed), None)
    if home is None:
        return ranked
    return [home, *(h for h in ranked if h is not home)]
