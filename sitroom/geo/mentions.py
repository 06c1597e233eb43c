"""Place mentions in a parsed document, with what the surrounding words say about each.

spaCy finds the names (GPE/LOC/FAC, helped by the entity ruler); short regular
patterns over the text between two names find the relations news uses:

* container — "Gwer village in the Makhmour district", "Aleppo, Syria",
  "Syria's eastern Deir ez-Zor", "Maskanah in the eastern countryside of Aleppo"
* anchor — "the Makhmour district, southwest of Erbil", "10 km south of Kidal"
* origin — "rockets fired from X towards Y" (X is a launch site)
* modifier — "US forces", "Lebanon's Hezbollah" (a party, not a location)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span

from sitroom.geo.branches import mark_branch_names
from sitroom.geo.chain_parts import Link, stretches
from sitroom.geo.chains import (
    LIST_GAP,
    LIST_NEXT,
    UNIT_KINDS,
    find_links,
    merge,
    opens_clause,
    party_noun_follows,
    region_named_first,
    share_list_containers,
)
from sitroom.geo.city_parts import file_city_parts
from sitroom.geo.fronted import file_fronted_units
from sitroom.geo.normalize import GENERIC_SUFFIXES
from sitroom.geo.offsets import DISTANCE_FROM, offset_before, seas_off_coasts
from sitroom.geo.resolve import Mention
from sitroom.geo.span_names import looks_like_name, trim_name
from sitroom.geo.spans import (
    ANCHOR_BEFORE,
    AREA_HEADS,
    GENERIC_HEADS,
    KIND_BEFORE,
    LOCATIVE,
    STRUCK,
    TAKEN,
    _pattern,
    adjective_name,
    is_dateline,
    place_spans,
)
from sitroom.geo.statements import SPEECH_LEMMAS
from sitroom.lang import alternation, pack_pattern, pack_words
from sitroom.nlp import doc_text, sentences

#: Gap between two names meaning "the first lies inside the second".
CONTAINED_IN = _pattern("contained_in")
#: Gap meaning "the second lies inside the first": "Syria's eastern Deir ez-Zor".
POSSESSIVE = _pattern("possessive")
#: Text just before a name that makes it the country across a border ("near Niger's border
#: with Mali": the event is on Niger's side, not in Mali).
ACROSS_BORDER = _pattern("across_border")
#: Gap meaning "the first is near the second": "X district, southwest of Y".
NEAR = _pattern("near")
#: Text just before a name that makes it a launch site.
FROM_BEFORE = _pattern("from_before")
#: Words that make "from X" a launch site rather than a departure or a withdrawal.
LAUNCH = _pattern("launch")
#: "crossed from X", "came from X": where attackers came from (a launch site, as it were).
ARRIVAL_FROM = _pattern("arrival_from")
#: The kind of place stated right after the name: "X village", "X air base".
KIND_AFTER = _pattern("kind_after")

#: A name right before a text's "district of": "X district of Y" says X is the district.
_NAME_END = _pattern("name_end", 0)
_NAME_WORD_BEFORE = _pattern("name_word_before", 0)
_SENT_END_BEFORE = re.compile(r"(?:^|[.!?:;\n\"“(]\s*)$")
_OF_GAP = _pattern("of_gap", 0)
#: "the West Bank village of X": the name before the settlement word is X's region.
_REGION_GAP = _pattern("region_settlement_gap", 0)
_THE_BEFORE = _pattern("determiner_direction_before", 0)  # "the (eastern) Darfur town of X"

_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
_SITE_HEADS = pack_words("geo/words", "site_heads")
_QUARTER_WORDS = pack_words("geo/words", "quarter_words")


_ARTICLES_EN = pack_words("geo/words", "articles")


def _kind(text: str, before: str, m: re.Match | None) -> str:
    """The kind of place ``text`` names: its kind word after it (``m``, KIND_AFTER's match
    of the text after it), before it ("the town of X"), or in its own name."""
    if m:
        return GENERIC_SUFFIXES.get(m.group("kind").lower(), "")
    m = KIND_BEFORE.search(before)
    if m:
        kind = GENERIC_SUFFIXES.get(m.group("kind").lower(), "")
        if kind not in UNIT_KINDS or not _NAME_END.search(before, 0, m.start()):
            return kind  # "X district of Y": the district is X, and Y holds it
    from sitroom.geo.normalize import split_generic

    return split_generic(text)[1]


def _at_frontier(ent: Span) -> bool:
    """'Chad's border', 'Mali's frontier': the name owns a border (frontier words)."""
    return ent.root.dep_ == "poss" and ent.root.head.lemma_.lower() in _FRONTIER_HEADS


def _is_modifier(ent: Span, place_tokens: set[int], is_country: Callable[[str], bool]) -> bool:
    """'US forces', 'Lebanon's Hezbollah', 'a US base': the name qualifies a party or an owner."""
    root = ent.root
    after_locative = ent.start > 0 and ent.doc[ent.start - 1].lower_ in LOCATIVE
    # "clashes between X militia and farmers": X names the party, even after a locative word
    after_locative = after_locative and not party_noun_follows(doc_text(ent.doc), ent.end_char)
    if after_locative and root.dep_ != "poss" and not is_country(ent.text):
        return False  # "rallied in Thessaloniki demanding ...": a place, whatever the parse
    if _is_party(ent, is_country):
        return True
    if is_country(ent.text) and party_noun_follows(doc_text(ent.doc), ent.end_char):
        return True  # "an attack on Iran pilgrims": people of that country, however parsed
    if root.dep_ not in _MODIFIER_DEPS:
        return False
    head = root.head
    if head.lower_ in _ROUTE_HEADS:
        return False  # "the Bama - Maiduguri road": the road's ends are places
    if head.lower_ in _DIRECTIONS and root.lower_ in GENERIC_HEADS:
        return False  # "raids on Majzar district west of Marib": parsed as a compound of "west"
    if head.i in place_tokens:
        return False  # "Syria's eastern Deir ez-Zor": a container, handled by `link`
    if _at_frontier(ent):
        return False  # "near Chad's border": the event is in Chad's border area
    if root.dep_ == "poss" and head.lower_ in AREA_HEADS and not is_country(ent.text):
        return False  # "in Bakhmut's western outskirts": the town's own surroundings
    if head.lower_ in GENERIC_HEADS or head.lower_ in _DISTRICT_WORDS or _phrase_head(ent) in _SITE_HEADS:
        if any(c.i in place_tokens and c.i not in range(ent.start, ent.end) for c in head.children):
            return False  # "Ukraine's Kharkiv region": a container of the named region
        return is_country(ent.text)  # "Makhmour district" is a place; "US base" names an owner
    return True


_ROUTE_HEADS = pack_words("geo/words", "route_heads")
#: Words of a second-level unit written before "of" a name or after it ("the cercle of X").
_DISTRICT_WORDS = pack_words("geo/forms", "district_words")
_DISTRICT_OF = pack_pattern(
    "geo/patterns", "district_of", re.IGNORECASE,
    district=lambda pack: alternation(pack.entry("geo/forms", "district_words")),
)
_DIRECTIONS = pack_words("geo/words", "directions")
_AREA_ADJECTIVES = pack_words("geo/words", "area_adjectives")
_FRONTIER_HEADS = pack_words("geo/words", "frontier_heads")


def _phrase_head(ent: Span) -> str:
    """The noun a name qualifies, past other qualifiers: "church" of "Chad Catholic church"."""
    head = ent.root.head
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower()


def _owns_name(ent: Span) -> bool:
    """ "Iraq's Samarra": the name owns a proper name the tagger missed (a place inside it)."""
    return ent.root.dep_ == "poss" and ent.root.head.pos_ == "PROPN"


def _is_party(ent: Span, is_country: Callable[[str], bool]) -> bool:
    """A country that acts ("Russia says", "Turkey and Russia ran", "shelled by
    Russia") or any place whose name speaks ("Moscow said"): a party, not a location."""
    root = ent.root
    dep, head = root.dep_, root.head
    if dep == "nsubj" and head.lemma_ in SPEECH_LEMMAS:
        return True
    if not is_country(ent.text):
        return False
    if dep == "nsubj":
        return True
    if dep == "conj" and head.dep_ == "nsubj":
        return True
    return dep == "pobj" and head.lower_ in _AGENT_PREPS


_AGENT_PREPS = pack_words("geo/words", "agent_preps")


def extract_mentions(
    doc: Doc,
    is_country: Callable[[str], bool] = lambda _: False,
    known: Callable[[str], bool] = lambda _: False,
    is_unit: Callable[[str], bool] = lambda _: False,
) -> list[Mention]:
    """Every place mention in ``doc`` with its kind, container, anchor, origin and modifier flags.

    ``is_country``, ``known`` and ``is_unit`` ask the gazetteer whether a name is a
    country / any place / a province.
    Names that containment chains reveal ("Banki (Bama LGA, Borno)") are added even when
    spaCy labelled them otherwise.
    """
    text = doc_text(doc)
    found = place_spans(doc, known)
    # (a site tagged as an organisation is no place a name before it qualifies: "Russia's
    # defence HQ" stays a party's owner)
    place_tokens = {t.i for e, _ in found if e.label_ != "ORG" for t in e}
    sents = sentences(doc)
    starts = [s.start_char for s in sents]

    def sentence_of(char: int) -> int:
        return max(0, bisect_right(starts, char) - 1)

    def make(start: int, end: int) -> Mention:
        sent = sents[sentence_of(start)]
        return annotate(text, start, end, sentence_of(start), sent.start_char, sent.end_char)

    mentions: list[Mention] = []
    for ent, weak in found:
        trimmed = trim_name(ent, known)
        name = text[trimmed[0] : trimmed[1]] if trimmed is not None else ""
        if not (looks_like_name(name) or adjective_name(name, known)):  # "in western Darfur"
            continue
        start, end = trimmed
        m = make(start, end)
        m.weak, m.taken, m.struck = weak, ent.label_ in (TAKEN, STRUCK), ent.label_ == STRUCK
        m.org_site = ent.label_ == "ORG"  # "Kondele Market" tagged ORG (`spans._org_sites`)
        # the country across a border ("border with Mali") is not where the event is
        m.across = bool(ACROSS_BORDER.search(text[max(0, start - 40) : start]))
        m.modifier = _is_modifier(ent, place_tokens, is_country) or m.across
        m.frontier = _at_frontier(ent)
        m.party = m.modifier and _is_party(ent, is_country)
        m.head = _phrase_head(ent) if m.modifier else ""
        m.owns_name = m.modifier and _owns_name(ent)
        mentions.append(m)
    # organisations, nationalities and countries that qualify a party or an owner ("a US
    # outpost in X", "Turkish drones in Y") are never the inner place of an "X in Y" chain
    parties = frozenset(
        (e.start_char, e.end_char) for e in doc.ents if e.label_ in ("ORG", "NORP")
    ) | {m.span for m in mentions if m.modifier and is_country(m.text)}
    mentions = _join_split_names(mentions, text, known, make)
    links = find_links(text, known, [m.span for m in mentions], parties, is_unit)
    links = _past_nationalities(links, {(e.start_char, e.end_char) for e in doc.ents if e.label_ == "NORP"})
    mentions = merge(mentions, links, text, make)
    link(mentions, text, is_unit)
    file_fronted_units(mentions, text, is_unit)
    _towns_of_quarters(mentions)
    file_city_parts(mentions, text, is_country)
    share_list_containers(mentions, text)
    _past_countries(mentions, text, is_country)
    _countries_in_names(mentions, text, is_country)
    mentions = mark_branch_names(mentions, text, is_country)  # "claimed by the Islamic State in Libya"
    _dateline_countries(mentions, text)
    seas_off_coasts(mentions, text, [(s.start_char, s.end_char) for s in sents])  # "off Aden in the Gulf of Aden"
    return mentions


def _past_nationalities(links: list[Link], nationalities: set[tuple[int, int]]) -> list[Link]:
    """A nationality after a comma holds no place ("In the Kherson region, Russian shelling
    of X": the region is in no Russia): its comma link is dropped, the chain ends before it."""
    dropped = set()
    for ln in links:
        if ln.comma and ln.container is not None and (ln.container.start, ln.container.end) in nationalities:
            dropped.add(id(ln.container))
            ln.container, ln.comma = None, False
    return [ln for ln in links if id(ln) not in dropped]


def _dateline_countries(mentions: list[Mention], text: str) -> None:
    """ "NAIROBI, Kenya -": the country or state a dateline names after its town is part of
    the dateline too (where the reporter is, not where the events are)."""
    for m in mentions:
        outer = m.container
        if m.dateline and outer is not None and not text[m.end : outer.start].strip(" ,"):
            outer.dateline = True


def _towns_of_quarters(mentions: list[Mention]) -> None:
    """ "the Tarnby neighbourhood of Oskford": a name that holds a quarter is a town."""
    for m in mentions:
        if m.kind_word in _QUARTER_WORDS and m.container is not None and m.container.kind == "container":
            m.container.kind = "city"


def _countries_in_names(
    mentions: list[Mention], text: str, is_country: Callable[[str], bool]
) -> None:
    """ "opposite Bank Saderat Iran", "the branch of Bank Saderat Iran in Baalbek": a country
    that ends a longer name (a firm's, a programme's) is part of that name, never the place:
    it neither holds nor frames the article's places ("Northern Iraq", "Turkey Syria
    border", a sentence's first word: no such name)."""
    spans = [m.span for m in mentions]
    for m in mentions:
        c = m.container
        if not is_country(m.text) or (c is not None and is_country(c.text)):
            continue
        word = _NAME_WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
        if word is None or not _names_start(text, word, spans):
            continue
        m.modifier, m.container = True, None
        if c is not None:
            c.weak = False


def _names_start(text: str, word: re.Match, spans: list[tuple[int, int]]) -> bool:
    """The capitalized ``word`` (a match of name_word_before) begins or continues a name of
    its own: not a sentence's first word, a compass adjective ("Northern") or another place."""
    start = word.start()
    first = word.group().strip().lower()
    if first in _AREA_ADJECTIVES or first in _DIRECTIONS or first in _ARTICLES_EN:
        return False
    if any(s <= start < e for s, e in spans):
        return False
    return not _SENT_END_BEFORE.search(text, max(0, start - 4), start)


def _past_countries(mentions: list[Mention], text: str, is_country: Callable[[str], bool]) -> None:
    """ "X area in northwestern Yemen (Razih, Sadah)": the bracket places X, and the country
    before it holds nothing (a country lies inside no district)."""

    def bracketed_country(m: Mention | None) -> bool:
        return (
            m is not None
            and m.container is not None
            and text[m.end : m.end + 3].lstrip().startswith("(")
            and is_country(m.text)
        )

    for m in mentions:
        c = m.container
        if bracketed_country(c) and c.container.sentence == m.sentence:
            m.container = c.container
    for m in mentions:
        if bracketed_country(m):
            m.container = None


def _join_split_names(
    mentions: list[Mention], text: str, known: Callable[[str], bool], make
) -> list[Mention]:
    """'Democratic Republic' + 'of' + 'Congo' is one name when the gazetteer knows the whole."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _OF_GAP.fullmatch(text[prev.end : m.start])
            and known(text[prev.start : m.end])
        ):
            joined = make(prev.start, m.end)
            joined.modifier = prev.modifier
            out[-1] = joined
            continue
        out.append(m)
    return out


def annotate(text: str, start: int, end: int, sentence: int, s_start: int, s_end: int) -> Mention:
    """A mention of ``text[start:end]`` with what the words around it say (kind, anchor, ...)."""
    before = text[max(s_start, start - 60) : start]
    after = text[end : min(s_end, end + 30)]
    name = text[start:end]
    word = KIND_AFTER.match(after)  # (matched once: the kind and the kind word read it)
    m = Mention(name, start, end, kind=_kind(name, before, word), sentence=sentence)
    m.kind_word = word.group("kind").lower() if word else ""  # (`geo.local`: "X neighbourhood")
    anchor, distant = ANCHOR_BEFORE.search(before), DISTANCE_FROM.search(before)  # "12 km from X"
    m.anchor_of = anchor.group("rel").split()[0].lower() if anchor else ("near" if distant else "")
    launched = bool(FROM_BEFORE.search(before)) and bool(LAUNCH.search(text[s_start:start]))
    m.arrival = not launched and bool(ARRIVAL_FROM.search(before)) and not distant
    m.origin = (launched and not distant) or m.arrival
    m.dateline = is_dateline(text, start, end)
    m.unit_named = m.kind_word in _DISTRICT_WORDS or bool(_DISTRICT_OF.search(before))
    m.offset = offset_before(before)
    return m


def link(
    mentions: list[Mention], text: str, is_unit: Callable[[str], bool] = lambda _: False
) -> None:
    """Set container / near / origin between consecutive mentions of one sentence."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.sentence != b.sentence:
            continue
        gap = text[a.end : b.start]
        if (
            not a.kind
            and b.kind
            and LIST_GAP.match(gap)
            and _PLURAL_AFTER.match(text[b.end : b.end + 20])
        ):
            a.kind = b.kind  # "Homs and Aleppo governorates"
        if len(gap) > 60:
            continue
        region_first = _REGION_GAP.match(gap) and not KIND_AFTER.match(text[b.end : b.end + 30])
        if region_first and (
            _THE_BEFORE.search(text[max(0, a.start - 24) : a.start])
            or region_named_first(a.text, b.text, is_unit)
        ):
            b.container = b.container or a  # "the Darfur town of X": X, in Darfur
            if a.container is b:  # (never each other's container: the reading loops)
                a.container = None
            b.anchor_of = b.anchor_of or a.anchor_of  # "near the Darfur town of X": near X
            a.kind = "container"
        elif POSSESSIVE.match(gap):
            b.container = b.container or a
            a.kind = a.kind or "container"
            a.weak = a.weak and not b.kind  # "in Kurram's Bagan area": the owner is a place
        elif NEAR.match(gap) and not b.across:  # not "X, near the border with Egypt"
            a.near = b
            b.anchor_of = b.anchor_of or NEAR.match(gap).group("rel").split()[0].lower()
        elif (
            CONTAINED_IN.match(gap)
            and not _is_list(text, b)
            and not party_noun_follows(text, b.end)
            and not opens_clause(text, a.start, b.end)
        ):
            # "outside Baghdad, US officials said": a party's country is no container;
            # "Beyond X, Y have ...": Y is the clause's subject
            if a.container is None:
                a.container, a.comma = b, gap.strip() == ","  # "X, Y": a list when peers
            # "X, a suburb of Y": a name that holds a quarter is a town, as "the X suburb of Y"
            quarter = any(w in _QUARTER_WORDS for w in gap.lower().split())
            b.kind = b.kind or ("city" if quarter else "container")
    for a, b in zip(mentions, mentions[1:], strict=False):
        # "Al-Omar field in Syria's eastern Deir ez-Zor": the possessed name is the closer container
        if a.container is b and b.sentence == a.sentence:
            inner = next(
                (
                    c
                    for c in mentions
                    if c.container is b
                    and c.start > b.start
                    and c is not a
                    and c.start - b.end < 30
                ),
                None,
            )
            if inner is not None:
                a.container = inner
    for m in mentions:
        if m.origin:
            for dep in _dependents(m):
                dep.origin = True


_PLURAL_AFTER = _pattern("plural_after")


def _is_list(text: str, m: Mention) -> bool:
    """'Iraq, Syria and Lebanon': a comma before a name that a list continues is not containment."""
    follow = text[m.end : m.end + 40]
    return bool(LIST_NEXT.match(follow))


def _dependents(m: Mention) -> Iterable[Mention]:
    cur, seen = m, 0
    while seen < 5:
        cur = cur.container or cur.near  # type: ignore[assignment]
        if cur is None:
            return
        yield cur
        seen += 1


#: A sentence's end: a stop and spaces before a capital or a quote, or line breaks. (Its
#: stops and the line break open it as one class, then each branch checks what it read:
#: Python's regex engine skips ahead only to a pattern's first class, and the two-branch
#: form "[.!?]\s+...|\n+" had it try every character of every article.)
_SENT_END = re.compile(r"[.!?\n](?:(?<=[.!?])\s+(?=[A-Z\"'“])|(?<=\n)\n*)")


def sentence_ends(text: str) -> list[tuple[int, int]]:
    """Where each sentence of ``text`` ends (`_SENT_END`): its stop or line break, and the
    start of the next one."""
    return [m.span() for m in _SENT_END.finditer(text)]


def mentions_from_spans(text: str, spans: Iterable[tuple[int, int]]) -> list[Mention]:
    """Mentions for given name spans (gold toponyms, another tagger's output) without a parse.

    Sentences are approximated by punctuation; kinds, anchors, containers and launch
    sites come from the same text patterns as `extract_mentions`.
    """
    ends = sentence_ends(text)
    bounds = [0, *[end for _, end in ends], len(text) + 1]

    def sentence_of(char: int) -> int:
        return max(0, bisect_right(bounds, char) - 1)

    mentions = []
    for start, end in sorted(spans):
        sent = sentence_of(start)
        mentions.append(annotate(text, start, end, sent, bounds[sent], bounds[sent + 1]))
    # (only links that read a given name count, `merge`: the chains of the stretches
    # that hold one are read, `stretches`)
    spans = [m.span for m in mentions]
    stops = [(at, end) for at, end in ends if text[at] != "\n"]  # (not a line's end: "X\ndistrict")
    links = find_links(text, lambda _: True, spans, within=stretches(text, spans, stops))
    mentions = merge(mentions, links, text, None)
    link(mentions, text)
    return mentions
