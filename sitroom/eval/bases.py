"""How often actor2 names the attacked forces in attacks on military facilities.

Measured on gold read from ../shared (never shipped): the ACLED notes of one split and the
real-news-dev articles. A gold event counts as an attack on a facility when it is a battle or
remote-violence event whose text puts a base, camp, outpost, garrison or barracks after an
attack word ("attacked", "at", "on", "towards", ...), and when the gold names actor2. It is
identified when some extracted event of the same text has that force as actor2 or
assoc_actor_2 (regime years ignored; ``lenient`` also accepts the same state's forces or
organisation without the sub-unit). ACLED's pre-2019 exports (no sub_event_type) are left
out: their battles list the two sides in no fixed order, so actor2 is not the attacked side.

    python -m sitroom.eval.bases ../shared [-v]
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sitroom.errors import InputError
from sitroom.eval.actors import acled_rows, strip_regime

_FACILITY = re.compile(
    r"\b(?:attack\w*|target\w*|struck|hit|shell\w*|fired|launched|stormed|raided|at|on|"
    r"against|towards?|inside|into)\b(?:\W+\w+){0,6}?\W+(?:military |army |air |defensive )?"
    r"(?:base|airbase|outpost|garrison|barracks)s?\b",
    re.IGNORECASE,
)
# a camp is a facility only with a military word or a name before it (not a cattle camp)
_CAMP = re.compile(
    r"\b(?:[Mm]ilitary|[Aa]rmy|troops'?|[Rr]ebel|[Mm]ilitant|separatists?|[Ii]nsurgent|"
    r"[Tt]raining|[A-Z]\w+) camps?\b"
)
_NOT_MILITARY = re.compile(r"\b(?:refugee|IDP|displacement|displaced|protest)\w* camp", re.I)
_TYPES = {"Battles", "Explosions/Remote violence"}


@dataclass
class Case:
    text: str
    published: date
    want: str  # gold actor2
    origin: str


def is_facility_attack(text: str, event_type: str) -> bool:
    return (
        event_type in _TYPES
        and bool(_FACILITY.search(text) or _CAMP.search(text))
        and not _NOT_MILITARY.search(text)
    )


def acled_cases(folder: Path, split: str = "dev") -> list[Case]:
    """Cases from every ACLED export in the folder (a regional subset counted once)."""
    out, seen = [], set()
    for path in sorted(folder.glob("*.csv")):
        for row in acled_rows(path, split):
            ident = row.get("event_id_cnty") or row.get("data_id", "")
            if ident in seen or not row.get("actor2") or "sub_event_type" not in row:
                continue  # the pre-2019 schema does not put the attacked side in actor2
            seen.add(ident)
            if is_facility_attack(row["notes"], row["event_type"]):
                out.append(Case(row["notes"], _acled_day(row["event_date"]), row["actor2"], ident))
    return out


def _acled_day(text: str) -> date:
    for fmt in ("%d-%b-%y", "%d %B %Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise InputError(f"unreadable ACLED date {text!r}: expected 12-March-2024, 12 March 2024 or an ISO date")


def real_news_cases(path: Path) -> list[Case]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        for gold in article["gold"]:
            where = f"{gold.get('location', '')} {gold.get('notes', '')}"
            if gold.get("actor2") and is_facility_attack(
                f"attack on {where}", gold["event_type"]
            ):
                day = date.fromisoformat(article["published"][:10])
                out.append(Case(article["text"], day, gold["actor2"], article["id"]))
    return out


def _force(name: str) -> str:
    """'Military Forces of Somalia (2017-) Jubaland Security Force' → 'military forces of
    somalia'; 'AMISOM: African Union Mission ...' → 'amisom'."""
    base = strip_regime(name).split(" (")[0]
    base = re.split(r"\s+(?:Jubaland|Puntland|Galmudug|Government of|Haftar|Supreme)", base)[0]
    return base.split(":")[0].strip().lower()


def identified(want: str, got: list[str], lenient: bool) -> bool:
    if " and/or " in want:  # ACLED's "A and/or B": either names the attacked side
        return any(identified(w, got, lenient) for w in want.split(" and/or "))
    if any(strip_regime(g) == strip_regime(want) for g in got):
        return True
    if not lenient:
        return False
    target = _force(want)
    return any(_force(g) == target for g in got)


def run(cases: list[Case], pipeline: Any) -> dict[str, Any]:
    from sitroom.model import Article

    strict = lenient = 0
    misses = []
    for case in cases:
        events = pipeline(Article(text=case.text, published=case.published, source="gold"))
        got = []
        for e in events:
            got += [e.actor2, *e.assoc_actor_2.split("; ")]
        got = [g for g in got if g]
        strict += identified(case.want, got, False)
        ok = identified(case.want, got, True)
        lenient += ok
        if not ok:
            misses.append({"id": case.origin, "want": case.want, "got": got,
                           "text": case.text[:200]})
    n = len(cases)
    return {
        "cases": n,
        "identified": f"{strict}/{n} ({100 * strict / max(n, 1):.1f}%)",
        "identified_lenient": f"{lenient}/{n} ({100 * lenient / max(n, 1):.1f}%)",
        "misses": misses,
    }


def main() -> None:  # pragma: no cover - measurement from the command line
    from sitroom.pipeline import Pipeline

    shared = Path(next((a for a in sys.argv[1:] if not a.startswith("-")), "../shared"))
    pipeline = Pipeline()
    sets = {
        "acled dev": acled_cases(shared / "eval/acled"),
        "real-news-dev": real_news_cases(shared / "eval/real-news-dev/articles.jsonl"),
    }
    for label, cases in sets.items():
        result = run(cases, pipeline)
        misses = result.pop("misses")
        print(label, json.dumps(result))
        if "-v" in sys.argv:
            for miss in misses:
                print("  ", json.dumps(miss, ensure_ascii=False))


if __name__ == "__main__":  # pragma: no cover
    main()
