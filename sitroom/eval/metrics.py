"""The small measures the scorer is built from: date tolerance, P/R/F1, families (the
distance is `sitroom.geodesy`'s)."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

#: Days a date may be off and still be "within precision", by ACLED time_precision
#: (1 = the day, 2 = a week or a few days, 3 = the month).
PRECISION_DAYS = {1: 0, 2: 7, 3: 31}


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 from counts; an empty denominator gives 0, not an error."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def date_within(
    pred: date | None,
    gold: date | None,
    gold_precision: int = 1,
    pred_precision: int = 1,
    gold_end: date | None = None,
) -> bool:
    """True when ``pred`` falls in gold's date (or range) widened by the coarser precision.

    The coarser precision counts because a report that says "last week" is right if the
    event happened any day that week, and a coder who writes "May 2020" means the month.
    """
    if pred is None or gold is None:
        return False
    slack = PRECISION_DAYS.get(max(int(gold_precision or 1), int(pred_precision or 1)), 31)
    end = gold_end if gold_end and gold_end >= gold else gold
    if gold <= pred <= end:
        return True
    if slack >= 31:  # month precision: the same calendar month as gold (or its range's end)
        return (pred.year, pred.month) in {(gold.year, gold.month), (end.year, end.month)}
    return (gold - pred).days <= slack and (pred - end).days <= slack


def norm_label(value: Any) -> str:
    """Case- and space-insensitive comparison key for labels and actor names."""
    return " ".join(str(value or "").split()).casefold()


_PAREN = re.compile(r"\s*\([^)]*\)")


#: Where one actor label lists several names ("A and/or B", "Houthis / Ansar Allah", "A; B")
#: and where a hand-written gold label starts its note ("Rioters (Kenya) - students").
_ALTERNATIVES = re.compile(r"\s+and/or\s+|\s+/\s+|\s*;\s*")
_NOTE = re.compile(r"\s+-\s+.*$")


def actor_names(value: Any) -> frozenset[str]:
    """Every name a label gives one actor, loosely keyed: its acronym and its full name.

    ACLED writes "ADF: Allied Democratic Forces"; a hand-made gold label writes "ADF (Allied
    Democratic Forces)", "Rapid Support Forces" or "Al Shabaab" for the same group, and adds
    notes after a dash. Both sides are reduced alike, so only the loose score reads them.
    """
    label = _NOTE.sub("", _PAREN.sub("", str(value or "")))
    names = set()
    for part in _ALTERNATIVES.split(label):
        for name in part.split(": ", 1) if ": " in part else [part]:
            key = norm_label(name.replace("-", " "))
            if key:
                names.add(key)
    return frozenset(names)


def actor_match(pred: Any, gold: Any, loose: bool = False) -> bool:
    """Strict: the same label. Loose: a name in common once years, notes and forms are set aside."""
    if loose:
        return bool(actor_names(pred) & actor_names(gold))
    a, b = norm_label(pred), norm_label(gold)
    return bool(a) and a == b


@lru_cache(maxsize=1)
def families() -> dict[str, Any]:
    text = resources.files("sitroom.eval").joinpath("data/families.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def acled_families(event_type: str, sub_event_type: str = "") -> set[str]:
    """Disorder families of an ACLED type (mob violence is violence and demonstration)."""
    table = families()
    out = set()
    if event_type in table["acled"]:
        out.add(table["acled"][event_type])
    extra = table["acled_sub_event_also"].get(sub_event_type)
    if extra:
        out.add(extra)
    return out


def plover_from_acled(event_type: str, sub_event_type: str = "") -> str:
    """The PLOVER type an ACLED record implies ('' when it implies none)."""
    table = families()["acled_to_plover"]
    return table["sub_event_type"].get(sub_event_type) or table["event_type"].get(event_type, "")


def plover_current(draft_type: str) -> list[str]:
    """Current PLOVER type(s) for a type from PLOVER draft 0.5b1 (FIGHT → ASSAULT/COERCE ...)."""
    table = families()["plover_draft_to_current"]
    if draft_type in table:
        return list(table[draft_type])
    return [draft_type] if draft_type in families()["plover"] else []


def plover_family(plover_type: str) -> str:
    return families()["plover"].get(plover_type, "")


def macro_f1(per_class: dict[str, tuple[int, int, int]]) -> float | None:
    """Mean F1 over the classes that occur in gold.

    ``per_class`` maps class → (tp, n_pred, n_gold).
    """
    scores = [prf(tp, n_pred, n_gold)[2] for tp, n_pred, n_gold in per_class.values() if n_gold]
    return sum(scores) / len(scores) if scores else None
