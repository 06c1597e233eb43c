"""Measure the `time` stage on gold sets: PITF atrocities (dates, deaths) and UCDP GED Iraq (dates).

Neither set gives a publication date per text, so one is derived: PITF cites Factiva
document ids that embed the publication day (``AFPR000020130103e91300694``), the
earliest of which is taken; UCDP gives ``source_date``. Split rule: odd id → dev.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sitroom.components import Candidate, Context
from sitroom.model import Article, Event
from sitroom.time.casualties import find_mentions
from sitroom.time.component import casualty_candidates, date_candidates

_FACTIVA_DAY = re.compile(r"((?:19|20)\d{6})e[0-9a-z]{2}")


def publication_from_citation(citation: str) -> date | None:
    """The earliest publication day embedded in Factiva document ids."""
    days = []
    for m in _FACTIVA_DAY.finditer(citation or ""):
        s = m.group(1)
        try:
            days.append(date(int(s[:4]), int(s[4:6]), int(s[6:])))
        except ValueError:
            continue
    return min(days) if days else None


@dataclass
class Item:
    """One gold text: its publication day, gold date range and gold deaths."""

    id: int
    text: str
    published: date | None
    gold_start: date | None
    gold_end: date | None
    gold_deaths: int | None = None
    gold_injuries: int | None = None


def _int(value: str) -> int | None:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def pitf_items(path: Path, split: str = "dev") -> Iterator[Item]:
    """PITF rows (row number 1-based, header excluded; odd → dev)."""
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=1):
            if (n % 2 == 1) != (split == "dev"):
                continue
            d, m, y = _int(row.get("start_day")), _int(row.get("start_month")), _int(row.get("start_year"))
            try:
                gold = date(y, m, d) if d and m and y else None
            except ValueError:
                gold = None
            text = (row.get("description") or "").replace("\\", "")
            yield Item(n, text, publication_from_citation(row.get("citation", "")), gold, gold,
                       _int(row.get("deaths_number")), _int(row.get("injured_number")))


def ucdp_items(path: Path, split: str = "dev") -> Iterator[Item]:
    """UCDP GED rows with a headline (id odd → dev); the HXL tag row is skipped."""
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            rid = _int(row.get("id"))
            text = (row.get("source_headline") or "").strip()
            if rid is None or not text or (rid % 2 == 1) != (split == "dev"):
                continue
            try:
                start = date.fromisoformat(row["date_start"][:10])
                end = date.fromisoformat(row["date_end"][:10])
                pub = date.fromisoformat(row["source_date"][:10]) if row.get("source_date") else None
            except ValueError:
                continue
            yield Item(rid, text, pub, start, end, _int(row.get("best")))


_ACLED_DATE = re.compile(r"^(\d{1,2})-([A-Za-z]{3})-(\d{2})$")
_SNAPSHOT = re.compile(r"_(\d{4}-\d\d-\d\d)\.csv$")


def acled_date(value: str) -> date | None:
    """ACLED's '9-May-20' (or ISO) → date."""
    m = _ACLED_DATE.match(value.strip())
    if not m:
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    from datetime import datetime

    return datetime.strptime(f"{m[1]}-{m[2]}-20{m[3]}", "%d-%b-%Y").date()


def acled_items(path: Path, split: str = "dev") -> Iterator[Item]:
    """ACLED coder notes (event_id_no_cnty odd → dev). Notes carry no publication date: the
    snapshot's end date in the file name stands in for it (notes mostly give full dates)."""
    m = _SNAPSHOT.search(path.name)
    snapshot = date.fromisoformat(m.group(1)) if m else None
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            rid = _int(row.get("event_id_no_cnty")) or _int(re.sub(r"\D", "", row.get("event_id_cnty", "")))
            if rid is None or (rid % 2 == 1) != (split == "dev"):
                continue
            gold = acled_date(row.get("event_date", ""))
            yield Item(rid, row.get("notes", ""), snapshot, gold, gold, _int(row.get("fatalities")))


def stand_in_candidates(doc: Any) -> tuple[list[Candidate], Candidate]:
    """Candidates as an events stage might give them: the first sentence's main verb and the
    first death word of each sentence. Returns them with the main one (the first death word's)."""
    sents = list(doc.sents)
    cands: dict[int, Candidate] = {
        sents[0].root.i: Candidate(event=Event(), sentence=sents[0], trigger=sents[0].root)
    }
    main: Candidate | None = None
    for sent in sents:
        deaths = [m for m in find_mentions(sent) if m.kind == "death"]
        if deaths:
            trig = deaths[0].trigger
            c = cands.setdefault(trig.i, Candidate(event=Event(), sentence=sent, trigger=trig))
            main = main or c
    ordered = [cands[i] for i in sorted(cands)]
    return ordered, main or ordered[0]


def run_text(doc: Any, text: str, published: date) -> Candidate:
    """Date and count the main event of one text with the component's own logic."""
    cands, main = stand_in_candidates(doc)
    ctx = Context(article=Article(text=text, published=published), doc=doc, published=published,
                  candidates=cands)
    date_candidates(ctx)
    casualty_candidates(ctx)
    return main


@dataclass
class Scores:
    n: int = 0
    date_exact: int = 0
    date_within: int = 0
    baseline_exact: int = 0
    stated: int = 0
    deaths_n: int = 0
    deaths_exact: int = 0
    deaths_found: int = 0
    injuries_n: int = 0
    injuries_exact: int = 0
    misses: list[tuple[int, str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, float | int]:
        def rate(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        return {
            "n": self.n,
            "date_exact": rate(self.date_exact, self.n),
            "date_within_precision": rate(self.date_within, self.n),
            "publication_baseline_exact": rate(self.baseline_exact, self.n),
            "date_stated": rate(self.stated, self.n),
            "deaths_n": self.deaths_n,
            "deaths_exact": rate(self.deaths_exact, self.deaths_n),
            "deaths_found": rate(self.deaths_found, self.deaths_n),
            "injuries_n": self.injuries_n,
            "injuries_exact": rate(self.injuries_exact, self.injuries_n),
        }


def score(items: Iterable[Item], nlp: Any, deaths: bool = True, keep_misses: int = 0) -> Scores:
    """Run dating (and the death extractor) on each item and compare with gold."""
    items = [i for i in items if i.published and i.gold_start and i.text]
    s = Scores()
    for item, doc in zip(items, nlp.pipe(i.text for i in items), strict=True):
        cand = run_text(doc, item.text, item.published)
        ev = cand.event
        start, end = cand.date_range
        s.n += 1
        s.stated += cand.date_source != "publication"
        s.baseline_exact += item.published == item.gold_start
        ok = ev.event_date == item.gold_start
        s.date_exact += ok
        inside = item.gold_start <= ev.event_date <= item.gold_end
        s.date_within += ok or inside or (start <= item.gold_end and item.gold_start <= end)
        if not ok and len(s.misses) < keep_misses:
            s.misses.append((item.id, f"{ev.event_date} vs {item.gold_start}", item.text[:160]))
        if deaths and item.gold_deaths is not None:
            s.deaths_n += 1
            s.deaths_found += bool(cand.fatalities_known)
            s.deaths_exact += ev.fatalities == item.gold_deaths
        if deaths and item.gold_injuries is not None:
            s.injuries_n += 1
            s.injuries_exact += ev.injuries == item.gold_injuries
    return s


def evaluate(shared: Path, nlp: Any, split: str = "dev", limit: int | None = None) -> dict[str, dict]:
    """Scores on PITF (dates, deaths) and UCDP GED Iraq headlines (dates) under ``shared/eval``."""
    out: dict[str, dict] = {}
    pitf = shared / "eval" / "pitf-atrocities" / "pitf_incidents_all.csv"
    if pitf.exists():
        items = list(pitf_items(pitf, split))[:limit]
        out["pitf"] = score(items, nlp).as_dict()
    acled = shared / "eval" / "acled" / "acled_global_2020-04-28_2020-05-09.csv"
    if acled.exists():
        items = list(acled_items(acled, split))[:limit]
        out["acled_notes"] = score(items, nlp).as_dict()
    ucdp = shared / "eval" / "ucdp-ged-iraq" / "conflict_data_irq.csv"
    if ucdp.exists():
        items = list(ucdp_items(ucdp, split))[:limit]
        out["ucdp_headlines"] = score(items, nlp, deaths=False).as_dict()
    return out
