"""What toponym resolution works on: place mentions and what the article is about.

`Mention` is a place name with what its sentence says about it; `ArticleContext` weighs
the countries and admin units the article names. Read by `sitroom.geo.resolve` and the
ranker (`sitroom.geo.ranker`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sitroom.geo.gazetteer import Hit
from sitroom.geo.support import Support
from sitroom.geo.theatres import NO_FOCUS, ActorFocus
from sitroom.geo.thresholds import threshold
from sitroom.geo.wording import Wording

if TYPE_CHECKING:
    from sitroom.geo.focal import Fallback

#: Two weight tables hold the very same entries: `dict`'s own comparison, in C (`Counter`'s
#: is Python code, and takes a missing entry for one of 0).
_same = dict.__eq__

#: What a generic word in the text says about the feature wanted.
KIND_CODES: dict[str, frozenset[str]] = {
    "base": frozenset({"BASE", "AIRPORT", "AIRB", "AIRF", "AIRP", "MILB"}),
    "camp": frozenset({"CAMP", "CMPRF"}),
    "crossing": frozenset({"CROSSING"}),
    "field": frozenset({"FIELD"}),
    "sea": frozenset({"SEA"}),  # "in the Red Sea" said of ships (`offsets.seas_off_coasts`)
    "district": frozenset({"ADM2", "ADM3", "DISTRICT"}),
    "admin1": frozenset({"ADM1", "REGION"}),
    "area": frozenset({"ADM2", "ADM3", "AREA", "REGION", "DISTRICT"}),
    # a name that other places are said to be in ("... in Aleppo", "Iraq's ...")
    "container": frozenset({"ADM1", "ADM2", "ADM3", "REGION", "DISTRICT", "AREA", "PCLI"}),
}
POPULATED = frozenset({"village", "town", "city"})

#: Weight of located names (1 per name in an event sentence) that always makes a frame ...
MIN_FRAME = threshold("min_frame")
#: ... or the share of all the article's location names that does.
FRAME_SHARE = threshold("frame_share")
#: The share of the article's country weight that makes a country its frame for a name
#: read only because a force takes it ("stormed X" with X tagged a person).
TAKEN_SHARE = threshold("taken_share")
TAKEN_ALONE_TOWN = threshold("taken_alone_town")
TAKEN_ALONE_RATIO = threshold("taken_alone_ratio")
#: How many links up a name's chain of containers are read (a loop in a misread chain ends).
CHAIN_LINKS = 6


@dataclass
class Mention:
    """A place name in the text and what its sentence says about it."""

    text: str
    start: int  # character offsets in the article
    end: int
    kind: str = ""  # "base", "district", "admin1", "village", ... from the words around it
    kind_word: str = ""  # the kind word written after the name ("neighbourhood"), lower case
    container: Mention | None = None  # "in the Makhmour district" → Makhmour
    anchor_of: str = ""  # a direction when the mention is an anchor: "southwest" (of Erbil)
    near: Mention | None = None  # "Makhmour district, southwest of Erbil" → Erbil
    modifier: bool = False  # "US forces", "Iraq's parliament": names a party, not a location
    party: bool = False  # "Moscow said", "Turkey conducted": the name acts or speaks
    head: str = ""  # lemma of the noun a modifier qualifies: "force" of "US forces"
    owns_name: bool = False  # "Iraq's Samarra": owns a name the tagger missed (a place in it)
    dateline: bool = False  # "KYIV, May 20 (Reuters) -": where the reporter is
    frontier: bool = False  # "near Chad's border": the border area, no province of it in view
    across: bool = False  # "near the border with Egypt": the country across it, not the event's
    origin: bool = False  # "fired from X": a launch site
    arrival: bool = False  # "the gunmen crossed from X": where they came from, never the deed's place
    listed: bool = False  # "A and B in Y": the container is the list's, not said of A alone
    comma: bool = False  # "X, Y": put in its container by a bare comma (a list when peers)
    sentence: int = 0  # index of the sentence
    weak: bool = (
        False  # found by gazetteer lookup only: must resolve inside the article's countries
    )
    offset: tuple[float, float] | None = None  # "68 nautical miles southwest of": (km, bearing)
    within: Mention | None = None  # a street or building placed at the town this names (`geo.local`)
    unit_named: bool = False  # "the cercle of Ansongo", "Ansongo cercle": the text names its district
    taken: bool = False  # "stormed X" with X tagged a person: a place only in the article's frame
    struck: bool = False  # taken by a verb whose object is never a person ("shelled X")
    org_site: bool = False  # a site's name tagged as an organisation: placed by `geo.local` only
    homed: bool = False  # read at its namesake near the outlet's home (`geo.home_area`)
    resolved: Hit | None = None
    #: an unplaced name's fallback (`geo.focal`): its container or the article's own place,
    #: at a coarse precision; never the name's own row (``resolved`` stays None)
    fallback: Fallback | None = None

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def resolved_containers(self) -> Iterator[Mention]:
        """The containers up the text's chain that resolved, nearest first (`CHAIN_LINKS`
        links at most): "on Haifa Street in Baghdad" → Baghdad."""
        cur, seen = self.container, 0
        while cur is not None and seen < CHAIN_LINKS:
            if cur.resolved is not None:
                yield cur
            cur, seen = cur.container, seen + 1


@dataclass
class ArticleContext:
    """Which countries and admin units an article is about (weighted mention counts).

    ``countries``/``admin1s`` count every mention; ``places``/``place_admin1s`` count only
    names used as locations (not "Russia's defence ministry", "US forces"), more in the
    sentences that report events: where the article's events happen, not who speaks.
    """

    countries: Counter = field(default_factory=Counter)
    admin1s: Counter = field(default_factory=Counter)
    anchors: list[Hit] = field(default_factory=list)  # resolved specific places
    places: Counter = field(default_factory=Counter)
    place_admin1s: Counter = field(default_factory=Counter)
    #: the part of ``places`` counted from launch sites ("missiles fired from X")
    launch_places: Counter = field(default_factory=Counter)
    names: float = 0.0  # weight of all the article's location names, resolved or not
    #: when set, `choose` stores each mention's candidates and feature rows here (training)
    recorder: dict | None = None
    #: every candidate of the article's names, for the ranker's agreement counts
    support: Support | None = None
    #: where the article's actors operate ("OSCE monitors", "Kyrgyz police"): a ranker
    #: feature for namesakes, never a place (`sitroom.geo.theatres`)
    actors: ActorFocus = NO_FOCUS
    #: the article's own words, for the units it names outside its place names
    #: (`sitroom.geo.wording`); None: the text is unknown
    wording: Wording | None = None
    #: `resolve.candidates` by id of the mention: (mention, container, countries, kind, readings)
    candidates_seen: dict = field(default_factory=dict)
    #: `ranked.ranked_order` by pool and what its rows read: (what stays the article's, order)
    rankings: dict = field(default_factory=dict)
    #: a pool's frame-free ranker columns by pool, name, kind word, container and anchor
    #: (`sitroom.geo.ranked.pool_scores`)
    pool_parts: dict = field(default_factory=dict)
    #: `event_countries` and the weights it read: (``places``, ``countries`` or None, answer)
    _events: tuple | None = field(default=None, repr=False, compare=False)

    def kept_candidates(
        self, mention: Mention, holder: Hit | None, countries: frozenset[str]
    ) -> list[Hit] | None:
        """The exact readings `keep_candidates` kept of ``mention`` when it was read in the
        same container (``holder``), with the same local ``countries`` and kind; else None.
        The second pass asks every name again: what it reads of the frame has moved, its
        exact readings mostly not."""
        seen = self.candidates_seen.get(id(mention))
        if seen is None or seen[0] is not mention or seen[1] is not holder:
            return None
        return list(seen[4]) if seen[2:4] == (countries, mention.kind) else None

    def keep_candidates(
        self, mention: Mention, holder: Hit | None, countries: frozenset[str], hits: list[Hit]
    ) -> list[Hit]:
        """Keep ``hits``, the exact readings of ``mention`` (`kept_candidates`); returns them."""
        self.candidates_seen[id(mention)] = (mention, holder, countries, mention.kind, tuple(hits))
        return hits

    @property
    def total(self) -> float:
        return float(sum(self.countries.values())) or 1.0

    def share(self, cc: str) -> float:
        return self.countries.get(cc, 0) / self.total

    def frames(self, hit: Hit) -> bool:
        """The article's frame holds ``hit``: a country its places lie in for a fair share,
        or one its actors act in (`theatres`)."""
        actors = self.actors
        return self.share(hit.cc) >= TAKEN_SHARE or hit.cc in actors.theatres | actors.home | actors.forces

    def framed(self, pool: list[Hit], struck: bool) -> list[Hit]:
        """The readings of a name a force takes or strikes ("stormed X", X tagged a person)
        that the frame holds. In an article that places nothing else, a name ``struck`` by
        a verb whose object is never a person ("Russian forces shelled Bakhmut") keeps its
        readings in the country of a sizeable town that dwarfs every namesake abroad (a
        name of hamlets only, or of towns alike in several countries, is no place so); a name
        taken or attacked ("gunmen attacked Gusau"), whose object may be a person, so only
        when that town is a seat of government."""
        framed = [h for h in pool if self.frames(h)]
        if self.places or not pool:
            return framed
        top = max(pool, key=lambda h: h.population)
        if not struck and not top.fcode.startswith(("PPLA", "PPLC")):
            return framed  # "attacked X" may be a person: only a seat of government is a town
        abroad = max((h.population for h in pool if h.cc != top.cc), default=0)
        if top.population >= TAKEN_ALONE_TOWN and abroad * TAKEN_ALONE_RATIO <= top.population:
            return [h for h in pool if h.cc == top.cc]
        return framed

    def top(self) -> str:
        return self.countries.most_common(1)[0][0] if self.countries else ""

    def add(self, hit: Hit, weight: float = 1.0) -> None:
        self.countries[hit.cc] += weight
        if hit.admin1 and hit.level >= 1:
            self.admin1s[(hit.cc, hit.admin1)] += weight
        if hit.level >= 2 and all(a.id != hit.id for a in self.anchors):
            # distinct places only: a place named 50 times must not make scoring quadratic
            self.anchors.append(hit)

    def add_place(self, hit: Hit, weight: float, launch: bool = False) -> None:
        """Count a name used as a location (``weight`` more in event sentences); ``launch``:
        a launch site ("drones launched from X"), where the strike came from. A sea is in no
        country: "in the Red Sea" puts the article nowhere ("Mokha" beside it is no far
        namesake)."""
        if hit.fcode == "SEA":
            return
        self.places[hit.cc] += weight
        if launch:
            self.launch_places[hit.cc] += weight
        if hit.admin1 and hit.level >= 1:
            self.place_admin1s[(hit.cc, hit.admin1)] += weight

    def event_countries(self) -> frozenset[str]:
        """Countries where the article places things; all its countries if it places nothing.
        Asked for every candidate pool of every name, mostly in a frame unchanged since the
        last time: the answer is kept with the weights it read (compared as plain dicts, in C)."""
        places, seen = self.places, self._events
        if seen is not None and _same(seen[0], places) and (seen[1] is None or _same(seen[1], self.countries)):
            return seen[2]
        placed = frozenset([cc for cc, w in places.items() if w > 0])
        if placed:
            self._events = (dict(places), None, placed)
            return placed
        every = frozenset([cc for cc, w in self.countries.items() if w > 0])
        self._events = (dict(places), dict(self.countries), every)
        return every

    def struck_countries(self) -> frozenset[str]:
        """Countries where the article places things other than launch sites: a strike
        launched from one country says nothing of which namesake province it hit."""
        launched = self.launch_places
        if not any(w > 0 for w in launched.values()):
            return self.event_countries()
        return frozenset([cc for cc, w in self.places.items() if w - launched.get(cc, 0) > 0])

    def has_frame(self) -> bool:
        """The located names are enough to say where the article is: two, or a quarter of
        its names ("Mexico" once among eight Connecticut towns sets no frame)."""
        placed = sum(w for w in self.places.values() if w > 0)
        return placed > 0 and placed >= min(MIN_FRAME, FRAME_SHARE * self.names)

    def frame_admin1(self, min_share: float = 0.6) -> tuple[str, str] | None:
        """(cc, admin1) that most of the article's located names fall in, if one dominates."""
        top_cc = self.places.most_common(1)[0][0] if +self.places else ""
        units = Counter({k: w for k, w in self.place_admin1s.items() if k[0] == top_cc and w > 0})
        if not units:
            return None
        unit, weight = units.most_common(1)[0]
        return unit if weight >= min_share * sum(units.values()) else None
