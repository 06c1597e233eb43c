"""What the geo tests read back from a run: the events' places and the chains' links."""

from __future__ import annotations


def events(ctx):
    return [c.event for c in ctx.candidates]


def links_of(gaz, text, parties=frozenset()):
    """Each linked name's text → its container's text, as `find_links` reads the sentence."""
    from sitroom.geo.chains import find_links

    found = find_links(text, lambda n: bool(gaz.lookup(n)), [], parties)
    return {
        text[lk.start : lk.end]: text[lk.container.start : lk.container.end]
        for lk in found
        if lk.container is not None
    }
