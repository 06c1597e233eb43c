"""Read-only access to the gazetteer SQLite file: name lookup, countries, admin units.

The file is opened once per process (`open_gazetteer`); if it is missing it is built
on first use (with a note on stderr) instead of failing.
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
import threading
import weakref
from contextlib import suppress
from dataclasses import replace
from functools import cached_property, lru_cache
from pathlib import Path

from rapidfuzz.distance import OSA
from rapidfuzz.fuzz import ratio

from sitroom.geo.build import build, default_path
from sitroom.geo.build_names import case_key, is_abbreviation
from sitroom.geo.hit import (  # noqa: F401  (re-exported: the geo stage imports them from here)
    AREA_CODES,
    CURATED_SOURCE,
    POSTAL_SOURCE,
    REGION_CODES,
    SITE_CODES,
    Country,
    Hit,
    hit_precision,
)
from sitroom.geo.normalize import (
    GLUED_ARTICLES,
    SCHEMA3_SKELETON_FOLDS,
    TYPO_MAX_LETTERS,
    TYPO_MIN_LETTERS,
    ascii_fold,
    folded_skeleton,
    glued_article,
    name_key,
    roman_key,
    roman_long_enough,
    skeleton,
    typo_skeletons,
)
from sitroom.geo.spelling import Spelling
from sitroom.geodesy import haversine_km as km  # noqa: F401  (re-exported for the geo stage)
from sitroom.lang import pack_words
from sitroom.model import Place

#: The fewest letters after a glued article that `Gazetteer._stem` asks for towns.
_SHORT_GLUED = 3
_COLUMNS = (
    "p.id, p.name, p.fclass, p.fcode, p.cc, p.admin1, p.admin2, p.admin3, p.lat, p.lon, "
    "p.population, p.precision, p.source"
)
#: The rows of one key of a (key, place) table (`alias`, `roman`, `compact`): the primary
#: key makes them distinct already (DISTINCT made SQLite check each against a temporary b-tree).
_BY_KEY = f"SELECT {_COLUMNS} FROM %s a JOIN place p ON p.id = a.place WHERE a.key = ?"
#: A province's towns of one skeleton, with their run-together spellings (`towns_spelt`).
_SPELT = (
    f"SELECT s.key, {_COLUMNS} FROM spelling s JOIN place p ON p.id = s.place WHERE s.province = "
    "(SELECT id FROM province WHERE cc = ? AND admin1 = ?) AND s.skel = ? ORDER BY s.n"
)
#: Words of the language's grammar (articles, pronouns, prepositions): never a place, whatever
#: row has them as an alias.
_FUNCTION_WORDS = pack_words("geo/words", "function_words")


_OPEN: weakref.WeakSet = weakref.WeakSet()
#: How much of the file SQLite may map into memory: more than the whole gazetteer (~310 MB;
#: SQLite maps no more than the file holds). Pages are shared between processes and only
#: those touched are loaded; a page past the map is copied by a read() into the
#: connection's own cache (the `roman` and `spelling` tables lie past 256 MB).
MMAP_BYTES = 1024 * 1024 * 1024
#: "Zolote-4": a town's name, a hyphen and a number (a numbered settlement or mine beside it).
_NUMBERED = re.compile(r"^(\w[\w' ]{3,})-\d{1,2}$")


def _forget_connections() -> None:
    """A forked process opens its own connections: SQLite's must not cross a fork (the
    extraction workers are forked from a process that built the pipeline)."""
    for gaz in list(_OPEN):
        gaz._local = threading.local()


os.register_at_fork(after_in_child=_forget_connections)


class Gazetteer:
    """Name → candidate places, plus the country and admin tables (read-only)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        _OPEN.add(self)
        con = self._con()
        self.countries: dict[str, Country] = {
            r[0]: Country(*r)
            for r in con.execute("SELECT cc, iso3, isonum, name, region, place FROM country")
        }
        self._codes = {c.name.lower(): cc for cc, c in self.countries.items()}
        self.country_places: dict[str, Hit] = {}
        for hit in self._query(
            f"SELECT {_COLUMNS} FROM place p WHERE p.id IN (SELECT place FROM country)", ()
        ):
            self.country_places[hit.cc] = hit
        self.lookup = lru_cache(maxsize=50_000)(self._lookup)  # type: ignore[method-assign]
        self.demonym = lru_cache(maxsize=4_096)(self._demonym)  # type: ignore[method-assign]
        # the same names come back in every sentence that names them: remembered per name
        self._loose = lru_cache(maxsize=8_192)(self._fuzzy)
        self._variant = lru_cache(maxsize=8_192)(self._variants)
        self._slips = lru_cache(maxsize=4_096)(self._slip_keys)
        # a file built before schema 4 files skeletons by place, not by key: read it the old way
        self._skel_by_place = "place" in {r[1] for r in con.execute("PRAGMA table_info(skel)")}
        self._skeleton = _schema3_skeleton if self._skel_by_place else skeleton
        # a file built before the spelling index: `spelt_inside` folds a province's towns itself
        self._has_spellings = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'spelling'"
        ).fetchone() is not None

    def stale(self) -> bool:
        """Built from other versions of the package's data files than these."""
        from sitroom.geo.build import input_digest

        row = self._con().execute("SELECT value FROM meta WHERE key = 'inputs'").fetchone()
        return row is None or row[0] != input_digest()

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            # pages read through a memory map, not a read() call each: the loose lookups
            # (variants, one-slip spellings) visit hundreds of scattered index pages
            con.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            self._local.con = con
        return con

    def _query(self, sql: str, args: tuple) -> list[Hit]:
        return [Hit.from_row(row) for row in self._con().execute(sql, args)]

    def _rows(self, sql: str, args: tuple) -> list[tuple]:
        """The raw rows (`_COLUMNS`): a Hit is made only for the rows a lookup keeps."""
        return self._con().execute(sql, args).fetchall()

    def linked_towns(self, cc: str, admin1: str, admin2: str) -> list[tuple[float, float]]:
        """The points of the GeoNames towns its source files under the district (admin2)
        itself, not by the nearest town (`sitroom.geo.district_guess`)."""
        return self._con().execute(
            "SELECT lat, lon FROM place WHERE cc = ? AND admin1 = ? AND fclass = 'P' "
            "AND admin2 = ? AND source = 'geonames'",
            (cc, admin1, admin2),
        ).fetchall()

    def _lookup(self, name: str) -> tuple[Hit, ...]:
        """Every place whose name or alternate name has the same key as ``name``."""
        key = name_key(name)
        if not key or key in _FUNCTION_WORDS:  # "The": an alias ("THE", an airport's code)
            return ()
        sql = _BY_KEY % "alias"
        # "NSW", "J&K", "Fla.": an abbreviation of an admin unit, when there is one, wins
        rows = self._rows(sql, (case_key(name),)) if is_abbreviation(name) else []
        rows = rows or self._rows(sql, (key,)) or self._run_together(key)
        if not rows:
            return self._stem(name, key)
        return tuple([Hit.from_row(row, name_key(row[1]) == key) for row in rows])

    @lru_cache(maxsize=8_192)  # noqa: B019  (one gazetteer per process)
    def romanised(self, name: str) -> tuple[Hit, ...]:
        """Places whose name is ``name`` in another romanisation (`roman_key`: "Zhitomir" is
        Zhytomyr, "Mirgorod" Myrhorod); the caller asks once every exact key failed and
        checks them against the article as it checks other spellings."""
        key = name_key(name)
        roman = roman_key(key)
        if not roman_long_enough(roman):
            return ()
        rows = self._rows(_BY_KEY % "alias", (roman,)) if roman != key else []
        with suppress(sqlite3.OperationalError):  # a gazetteer built before romanised keys
            rows += self._rows(_BY_KEY % "roman", (roman,))
        return tuple(dict.fromkeys(Hit.from_row(row, False) for row in rows))

    def _stem(self, name: str, key: str) -> tuple[Hit, ...]:
        """A name the gazetteer lacks that is a known name with something glued on: the
        article run into it ("Albukamal", "Elfasher": Bukamal, Fasher) or a number
        hyphened after a town ("Zolote-4", a mine settlement beside Zolote); a short name
        after a glued article ("Elbur", "Elwak": El Bur, El Wak) only as a town's."""
        stem, towns_only = glued_article(key), False
        if not stem:
            stem = _short_glued(key)
            towns_only = bool(stem)
        numbered = _NUMBERED.match(name.strip())
        if not stem and numbered:
            stem, towns_only = name_key(numbered.group(1)), True
        if not stem:
            return ()
        hits = [h for h in self.lookup(stem) if not towns_only or h.fclass == "P"]
        return tuple(replace(h, primary=False) for h in hits)

    def _run_together(self, key: str) -> list[tuple]:
        """Places whose name is ``key`` written with or without its spaces ("Ceeldheer" and
        "Ceel Dheer"); five letters at least."""
        compact = key.replace(" ", "")
        if len(compact) < 5:
            return []
        rows = self._rows(_BY_KEY % "alias", (compact,)) if compact != key else []
        with suppress(sqlite3.OperationalError):  # a gazetteer built before compact keys
            rows += self._rows(_BY_KEY % "compact", (compact,))
        return list(dict.fromkeys(rows))

    def _demonym(self, name: str) -> tuple[Hit, ...]:
        """The countries or regions a demonym names ("Russian", "Iraqis", "European"); kept
        apart from `lookup` because a demonym before an actor is a party, not a place."""
        return self._demonym_table.get(name_key(name), ())

    @cached_property
    def _demonym_table(self) -> dict[str, tuple[Hit, ...]]:
        """Every demonym key and its places, in one query of some 600 rows: the stages ask
        a thousand words an article, most of them no demonym, and a query each cost more."""
        table: dict[str, tuple[Hit, ...]] = {}
        sql = f"SELECT {_COLUMNS}, d.key FROM demonym d JOIN place p ON p.id = d.place"
        with suppress(sqlite3.OperationalError):  # a gazetteer built before demonyms were indexed
            for *row, key in self._rows(sql + " ORDER BY d.key, d.place", ()):
                table[key] = (*table.get(key, ()), Hit.from_row(row, False))
        return table

    @cached_property
    def countries_by_letter(self) -> dict[str, list[tuple[str, Hit]]]:
        """Each country's place, with its name's key, under that key's first letter."""
        out: dict[str, list[tuple[str, Hit]]] = {}
        for hit in self.country_places.values():
            out.setdefault(name_key(hit.name)[:1], []).append((name_key(hit.name), hit))
        return out

    @cached_property
    def demonym_words(self) -> frozenset[str]:
        """The first word of every demonym key: a cheap test before `demonym` is asked."""
        return frozenset(k.split()[0] for k in self._demonym_table if k)

    def fuzzy(self, name: str, countries: frozenset[str], min_ratio: float = 80.0) -> list[Hit]:
        """Loose matches (same consonant skeleton, close spelling), in the given countries only."""
        return list(self._loose(name, frozenset(countries), min_ratio))

    def _fuzzy(self, name: str, countries: frozenset[str], min_ratio: float) -> tuple[Hit, ...]:
        key = name_key(name)
        if len(key) < 4 or not countries:
            return ()
        marks = ",".join("?" * len(countries))
        if self._skel_by_place:
            rows = self._old_skeleton_rows([self._skeleton(key)], f"AND p.cc IN ({marks})", countries)
        else:
            rows = self._rows(
                f"SELECT DISTINCT {_COLUMNS}, s.key FROM skel s JOIN alias a ON a.key = s.key "
                f"JOIN place p ON p.id = a.place WHERE s.skel = ? AND p.cc IN ({marks})",
                (skeleton(key), *sorted(countries)),
            )
        hits = dict.fromkeys(
            Hit.from_row(row, False) for *row, alias in rows if ratio(key, alias) >= min_ratio
        )
        return tuple(hits) or self._one_typo(key, countries)

    def _old_skeleton_rows(self, skels: list[str], where: str = "", args=()) -> list[tuple]:
        """Rows (`_COLUMNS` and the key of their own name) of a file built before schema 4,
        whose skeletons point at places; lookups through it miss what its keys lack (the
        q/g/k folds) until `sitroom gazetteer build` rebuilds it."""
        rows = self._rows(
            f"SELECT DISTINCT {_COLUMNS} FROM skel s JOIN place p ON p.id = s.place "
            f"WHERE s.skel IN ({','.join('?' * len(skels))}) {where}",
            (*sorted(skels), *sorted(args)),
        )
        return [(*row, name_key(row[1])) for row in rows]

    def _one_typo(self, key: str, countries: frozenset[str]) -> tuple[Hit, ...]:
        """Places in ``countries`` one slip of the keyboard away ("Phulbani" written with a
        letter missing, two letters swapped): names of at most three words and
        `TYPO_MIN_LETTERS` to `TYPO_MAX_LETTERS` letters ("the X history centre" is no
        misspelt town),
        the first letter kept, asked only once every other spelling found nothing."""
        letters = sum(c.isalpha() for c in key)
        if not TYPO_MIN_LETTERS <= letters <= TYPO_MAX_LETTERS or key.count(" ") > 2:
            return ()
        if self._skel_by_place:
            return ()  # a file built before schema 4 keeps no keys by skeleton
        keys = self._slips(key)
        if not keys:
            return ()
        marks, ccs = ",".join("?" * len(keys)), ",".join("?" * len(countries))
        rows = self._rows(
            f"SELECT DISTINCT {_COLUMNS} FROM alias a JOIN place p ON p.id = a.place "
            f"WHERE a.key IN ({marks}) AND p.cc IN ({ccs})",
            (*keys, *sorted(countries)),
        )
        return tuple(Hit.from_row(row, False) for row in rows)

    def _slip_keys(self, key: str) -> tuple[str, ...]:
        """The gazetteer's keys one slip from ``key``, whatever the countries: a name asked
        in several articles' frames is scanned once (`_slips`)."""
        # a short skeleton holds thousands of keys: none of under three letters is asked
        skels = sorted([s for s in typo_skeletons(skeleton(key)) if len(s) >= 3])
        return tuple(
            k
            for (k,) in self._rows(
                f"SELECT DISTINCT key FROM skel WHERE skel IN ({','.join('?' * len(skels))}) "
                "AND key >= ? AND key < ? AND length(key) BETWEEN ? AND ?",
                (*skels, key[0], chr(ord(key[0]) + 1), len(key) - 1, len(key) + 1),
            )
            if OSA.distance(k, key, score_cutoff=1) <= 1
        )

    def variants(self, name: str, min_ratio: float = 88.0) -> list[Hit]:
        """Places anywhere whose name is another transliteration of ``name``: the same
        consonant skeleton and, once doubled letters, "-iyah/-iyeh/-ah" endings and the
        like are folded (`loose_key`), the same letters but for vowels or nearly the same
        spelling ("Nassriya" → Nasiriyah,
        "Hawija" → Al Hawijah, "Shirqat" → Ash Sharqat)."""
        return list(self._variant(name, min_ratio))

    def _variants(self, name: str, min_ratio: float) -> tuple[Hit, ...]:
        key = name_key(name)
        if len(key) < 5:
            return ()
        # "Bala Murghab" / "Balamurghab"
        skels = {self._skeleton(key), self._skeleton(key.replace(" ", ""))}
        spelling = Spelling(key, min_ratio)
        if self._skel_by_place:
            rows = self._old_skeleton_rows(sorted(skels))
            return tuple(Hit.from_row(row, False) for *row, own in rows if spelling.near(own))
        keys = [
            k
            for (k,) in self._rows(
                f"SELECT DISTINCT key FROM skel WHERE skel IN ({','.join('?' * len(skels))})",
                tuple(sorted(skels)),
            )
            if spelling.near(k)
        ]
        if not keys:
            return ()
        rows = self._rows(
            f"SELECT {_COLUMNS}, a.key FROM alias a JOIN place p ON p.id = a.place "
            f"WHERE a.key IN ({','.join('?' * len(keys))})",
            tuple(keys),
        )
        # the place's own name spelt otherwise, or one of its other names nearly so (the
        # vowels alone of a translation do not make a match)
        return tuple(
            dict.fromkeys(
                Hit.from_row(row, False)
                for *row, alias in rows
                if spelling.close(alias) or spelling.near(name_key(row[1]))
            )
        )

    def towns_in(self, cc: str, admin1: str) -> list[tuple]:
        """The raw rows (`_COLUMNS`, name second) of every populated place the gazetteer
        files under province ``admin1`` of ``cc`` (`sitroom.geo.spelt_inside` reads a name
        the text puts there among them, and makes a Hit only of a town alike enough; it keeps
        its own index of each province, so the rows are not kept here too)."""
        sql = f"SELECT {_COLUMNS} FROM place p WHERE p.cc = ? AND p.admin1 = ? AND p.fclass = 'P'"
        return self._rows(sql, (cc, admin1))

    def towns_spelt(self, cc: str, admin1: str, skel: str) -> list[tuple[str, tuple]] | None:
        """The towns of province ``admin1`` of ``cc`` whose run-together spelling has the
        skeleton ``skel``: (that spelling, raw row), in `towns_in`'s order (the build's
        `spelling` index, `sitroom.geo.build_spellings`); None from a file built without it."""
        return self._spelt(cc, admin1, skel) if self._has_spellings else None

    @lru_cache(maxsize=4_096)  # noqa: B019  (one gazetteer per process)
    def _spelt(self, cc: str, admin1: str, skel: str) -> list[tuple[str, tuple]]:
        return [(row[0], row[1:]) for row in self._rows(_SPELT, (cc, admin1, skel))]

    def seat(self, unit: Hit) -> Hit | None:
        """The seat town of a province, where ACLED puts an event known only to lie in it
        (geo_precision 3): its PPLA/PPLC row, else its largest town of the same name."""
        if unit.level != 1 or not unit.admin1:
            return None
        return self._seat(unit.cc, unit.admin1, name_key(unit.name))

    @lru_cache(maxsize=2_048)  # noqa: B019  (one gazetteer per process)
    def _seat(self, cc: str, admin1: str, key: str) -> Hit | None:
        rows = self._rows(self._seat_sql(), (cc, admin1))
        # the first PPLA/PPLC row, else the first row of about the province's name
        row = next((r for r in rows if r[3] in ("PPLA", "PPLC")), None) or next(
            (r for r in rows if ratio(name_key(r[1]), key) >= 85), None
        )
        return Hit.from_row(row) if row is not None else None

    def _seat_sql(self) -> str:
        """The query for a province's capital (PPLA, from `admin1_capitals.csv`) and its 200
        largest towns, capital first, in the order of the build's `place_seat` index."""
        return (
            f"SELECT {_COLUMNS} FROM place p WHERE p.cc = ? AND p.admin1 = ? AND p.fclass = 'P' "
            "ORDER BY p.fcode IN ('PPLA', 'PPLC') DESC, p.population DESC, p.id LIMIT 200"
        )

    def nearest_country(self, lat: float, lon: float) -> str:
        """The country of the populated place nearest to a point (at sea: the nearest
        coast's country, as ACLED codes incidents at sea); '' when none lies within ~10°."""
        for half in (1.0, 3.0, 10.0):
            # the table read in row order (the `place_seat` index SQLite would pick holds
            # every town but no point: a lookup in the table for each of them, about four
            # times the CPU); the rows then sorted as that index orders them, so that of two
            # towns equally near the first is the one it always was
            rows = self._query(
                f"SELECT {_COLUMNS} FROM place p NOT INDEXED WHERE p.lat BETWEEN ? AND ? "
                "AND p.lon BETWEEN ? AND ? AND p.fclass = 'P'",
                (lat - half, lat + half, lon - half, lon + half),
            )
            if rows:
                rows.sort(key=_seat_order)
                return min(rows, key=lambda h: km(h.lat, h.lon, lat, lon)).cc
        return ""

    def admin_unit(self, cc: str, name: str, level: int) -> Hit | None:
        """The ADM1/ADM2 row called ``name`` in country ``cc``."""
        code = f"ADM{level}"
        for hit in self.lookup(name):
            if hit.cc == cc and hit.fcode == code:
                return hit
        return None

    def country(self, cc: str) -> Country | None:
        return self.countries.get(cc)

    def country_code(self, name: str) -> str:
        """The two-letter code of a country given by its ACLED name ("United States" → "US")."""
        return self._codes.get(name.lower(), "")

    def to_place(self, hit: Hit, precision: int | None = None) -> Place:
        """A model Place with ACLED's columns (country name, numeric ISO, region, admins)."""
        country = self.countries.get(hit.cc)
        level_admin1 = hit.admin1 if hit.level > 0 else ""
        return Place(
            name=ascii_fold(hit.name)
            if not hit.is_country
            else (country.name if country else hit.name),
            latitude=round(hit.lat, 4),
            longitude=round(hit.lon, 4),
            country=country.name if country else "",
            iso=country.isonum if country else 0,
            iso3=country.iso3 if country else "",
            region=country.region if country else "",
            admin1=level_admin1,
            admin2=hit.admin2 if hit.level > 1 else "",
            admin3=hit.admin3 if hit.level > 2 else "",
            geo_precision=precision or hit_precision(hit),
            feature=f"{hit.fclass}.{hit.fcode}",
            population=hit.population,
            source=hit.source,
        )


def _short_glued(key: str) -> str:
    """The three or four letters after an article run into a one-word key ('elbur' → 'bur'),
    or '': too short for `glued_article`, so they are asked for towns only."""
    if " " in key:
        return ""
    for article in GLUED_ARTICLES:
        rest = key[len(article) :]
        if key.startswith(article) and _SHORT_GLUED <= len(rest) < _SHORT_GLUED + 2 and rest.isalpha():
            return rest
    return ""


def _schema3_skeleton(key: str) -> str:
    """The skeleton a file built before schema 4 was indexed with."""
    return folded_skeleton(key, SCHEMA3_SKELETON_FOLDS)


def _seat_order(hit: Hit) -> tuple:
    """A town's place in the order of the build's `place_seat` index (country, province,
    capital first, most populous first, id)."""
    return hit.cc, hit.admin1, hit.fcode not in ("PPLA", "PPLC"), -hit.population, hit.id


def resolve_path(path: str | Path | None = None) -> Path:
    return Path(path) if path else default_path()


@lru_cache(maxsize=4)
def open_gazetteer(path: str | None = None) -> Gazetteer:
    """The gazetteer at ``path`` (default: inside the package), built first if it is missing."""
    target = resolve_path(path)
    if not target.exists():
        print(
            f"sitroom: gazetteer {target} is missing; building it now (about 20 s)…",
            file=sys.stderr,
        )
        build(target, quiet=True)
    gaz = Gazetteer(target)
    if sys.stderr.isatty() and gaz.stale():  # a person at a terminal, not a pipe or a test
        print(
            f"sitroom: gazetteer {target} was built from older data files; "
            "run `sitroom gazetteer build` (then re-import any GeoNames dumps)",
            file=sys.stderr,
        )
    return gaz
