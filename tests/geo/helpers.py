"""What the geo tests build and read back: gazetteer rows made up for a test, the events'
places after a run, and the chains' links."""

from __future__ import annotations

import random
from datetime import date

from sitroom.geo.gazetteer import Hit


def hit(
    name: str,
    admin1: str,
    lat: float,
    lon: float,
    fcode: str = "PPL",
    cc: str = "XX",
    pop: int = 4_000,
    source: str = "geonames",
    primary: bool = True,
) -> Hit:
    """A made-up gazetteer row: a town (PPL*) or an admin unit (any other code)."""
    return Hit(
        id=hash((name, admin1, fcode, cc)) % 1_000_000,
        name=name,
        fclass="P" if fcode.startswith("PPL") else "A",
        fcode=fcode,
        cc=cc,
        admin1=admin1,
        admin2="",
        admin3="",
        lat=lat,
        lon=lon,
        population=pop,
        precision=1,
        source=source,
        primary=primary,
    )


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


def random_texts(pieces: list[str], seed: int, n: int, most_pieces: int) -> list[str]:
    """``n`` texts of 1 to ``most_pieces`` of ``pieces`` each, run together with none, one or
    two spaces: the odd joins a tagger's spans and the chains' patterns must both survive."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rng.choice(pieces) for _ in range(rng.randint(1, most_pieces))]
        out.append("".join(p + rng.choice(["", " ", " ", "  "]) for p in parts))
    return out


def link_fields(link) -> tuple | None:
    """Everything a chain link says, its container and anchor read the same way, as one
    comparable tuple (two readings of a text are the same when these are equal)."""
    if link is None:
        return None
    return (link.start, link.end, link.gen, link_fields(link.container), link_fields(link.near),
            link.between, link.listed, link.comma)


def resolve_names(gaz, text: str, *names: str):
    """The mentions of ``names`` (found in order in ``text``) and the article context
    after resolution, with no spaCy: the spans given."""
    from sitroom.geo.mentions import mentions_from_spans
    from sitroom.geo.resolve import resolve_all

    spans, pos = [], 0
    for n in names:
        i = text.index(n, pos)
        spans.append((i, i + len(n)))
        pos = i + len(n)
    mentions = mentions_from_spans(text, spans)
    return mentions, resolve_all(mentions, gaz)


def mentions_by_name(gaz, text: str, *names: str):
    """`resolve_names`' mentions, each by its text."""
    mentions, _ = resolve_names(gaz, text, *names)
    return {m.text: m for m in mentions}


def assert_placed(pipeline, published: str, text: str, place: tuple) -> None:
    """A probe report (`test_geo_probe_reports*.py`): its first event, through the whole
    pipeline, lies at ``place``: (country, admin1, location, geo_precision), the names as
    the gazetteer spells them."""
    from sitroom.model import Article

    article = Article(text=text, source="probe", published=date.fromisoformat(published))
    found = [e for e in pipeline.extract(article) if e.record_kind == "event"]
    assert found, text
    event = found[0]
    assert (event.country, event.admin1, event.location, event.geo_precision) == place
