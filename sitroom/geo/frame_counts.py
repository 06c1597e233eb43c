"""What a resolved name adds to its article's frame (`count`), and the second pass's
bookkeeping of a repeated name (`Namesakes`).

The second pass of `sitroom.geo.resolve.resolve_all` reads every name again in the frame
the rest of the article sets: a name is no evidence for itself, nor is the same name
written again, so before each of its mentions is read the weights of all the name's
resolved mentions come out of the frame and go back in afterwards. Taken out and put back
one mention at a time, a name written k times cost 2k² updates of the frame (a report that
names its town thirty times: 1,800). `Namesakes` keeps, per name, the sum of what its
resolved mentions add (counted into a scratch `ArticleContext` by `count` itself) and takes
it out and puts it back whole: two updates per key of the frame, whatever k. The sum is
made again only when one of the name's readings changed.

The frame's weights are multiples of a quarter (`resolve._weight`, `resolve._place_weight`,
the first pass's 0.5 and 1.0), so every sum and difference of them is exact in floating
point: the frame holds the very same numbers as when each mention was taken out and put
back in turn. Taking out adds no key (each was put in when the mention was first counted);
putting back adds at most the new reading's key to each counter, as before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from sitroom.geo.context import ArticleContext, Mention

#: The counters of the frame that `count` moves.
FRAME_COUNTERS = ("countries", "admin1s", "places", "launch_places", "place_admin1s")


def count(ctx: ArticleContext, m: Mention, weights: dict[int, tuple[float, float]], sign: float) -> None:
    """Add (sign 1) or take back (-1) a resolved mention's weight in the article's frame
    (``weights``: each mention's `_weight` and `_place_weight` by its id)."""
    hit = m.resolved
    if hit is None:
        return
    weight, place = weights[id(m)]
    weight = sign * weight
    ctx.countries[hit.cc] += weight
    if hit.admin1 and hit.level >= 1:
        ctx.admin1s[(hit.cc, hit.admin1)] += weight
    ctx.add_place(hit, sign * place, m.origin)


class Namesakes:
    """The resolved mentions of each name of the second pass, their weights summed."""

    def __init__(
        self, ctx: ArticleContext, groups: dict[str, list[Mention]], weights: dict[int, tuple[float, float]]
    ) -> None:
        self._ctx, self._groups, self._weights = ctx, groups, weights
        #: name → what its resolved mentions add to each of the frame's counters (None:
        #: to be summed again)
        self._sums: dict[str, list[tuple[Counter, list[tuple[object, float]]]] | None] = {}

    def take_out(self, name: str) -> None:
        """Take the weights of the name's resolved mentions out of the frame."""
        self._shift(name, -1.0)

    def put_back(self, name: str, changed: bool) -> None:
        """Put them back (``changed``: a mention's reading changed since they were taken out)."""
        if changed:
            self._sums[name] = None
        self._shift(name, 1.0)

    def _shift(self, name: str, sign: float) -> None:
        sums = self._sums.get(name)
        if sums is None:
            sums = self._sums[name] = self._summed(self._groups[name])
        for counter, items in sums:
            for key, total in items:
                counter[key] += sign * total

    def _summed(self, mentions: Iterable[Mention]) -> list[tuple[Counter, list[tuple[object, float]]]]:
        """Per counter of the frame, what the resolved ``mentions`` add to each key (in the
        order `count` first reaches the keys), beside the frame's counter itself."""
        scratch = ArticleContext()
        for m in mentions:
            count(scratch, m, self._weights, 1.0)
        return [
            (getattr(self._ctx, field), list(added.items()))
            for field in FRAME_COUNTERS
            if (added := getattr(scratch, field))
        ]
