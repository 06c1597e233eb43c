"""Score predicted events against gold, one document at a time, as additive counts.

Each document's predictions are aligned one-to-one with its gold events (Hungarian
assignment on a score matrix; a prediction never serves two gold events). Only pairs of
the same *family* (ACLED disorder type, or PLOVER quad class) may align. An aligned pair
is a *detection* when, where gold has them, its date is within precision and its place
within 50 km. Field accuracies are measured on aligned pairs; end-to-end recall on all
gold. Counts add up across documents, so any grouping (`--by`) is a sum of Counters.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from sitroom.eval.article import count_article, gold_dates, sub_types
from sitroom.eval.gold import GoldDocument, parse_date, to_float, to_int
from sitroom.eval.metrics import (
    acled_families,
    actor_match,
    date_within,
    macro_f1,
    norm_label,
    plover_family,
    plover_from_acled,
    prf,
    ratio,
)
from sitroom.geodesy import haversine_km
from sitroom.model import Event

DETECTION_KM = 50.0
LOCATION_KM = (25.0, 161.0)
NONE = "∅"  # no event on this side: a miss (column) or a false alarm (row)
UNTYPED = "(untyped)"  # an event whose event_type is empty

#: Label fields compared as normalized strings (name → how to compare).
LABEL_FIELDS = ("event_type", "sub_event_type")
ACTOR_FIELDS = ("actor1", "actor2")


# ----------------------------------------------------------------- gold accessors


def gold_date(g: dict[str, Any]) -> date | None:
    value = g.get("event_date")
    return value if isinstance(value, date) else parse_date(value)


def gold_end(g: dict[str, Any]) -> date | None:
    value = g.get("_date_end")
    return value if isinstance(value, date) else parse_date(value)


def gold_point(g: dict[str, Any]) -> tuple[float, float] | None:
    lat, lon = to_float(g.get("latitude")), to_float(g.get("longitude"))
    return (lat, lon) if lat is not None and lon is not None else None


def pred_point(e: Event) -> tuple[float, float] | None:
    if e.latitude is None or e.longitude is None:
        return None
    return (float(e.latitude), float(e.longitude))


def gold_plover(g: dict[str, Any]) -> list[str]:
    return list(g.get("_plover_types") or ([g["plover_type"]] if g.get("plover_type") else []))


def pred_plover(e: Event) -> str:
    return e.plover_type or plover_from_acled(e.event_type, e.sub_event_type)


def gold_families(g: dict[str, Any], scheme: str) -> set[str]:
    fam = g.get("_family")
    if fam:
        return {fam} if isinstance(fam, str) else set(fam)
    if scheme == "plover":
        return {plover_family(t) for t in gold_plover(g)} - {""}
    return acled_families(str(g.get("event_type") or ""), str(g.get("sub_event_type") or ""))


def pred_families(e: Event, scheme: str) -> set[str]:
    if scheme == "plover":
        fam = plover_family(pred_plover(e))
        return {fam} if fam else set()
    return acled_families(e.event_type, e.sub_event_type)


# ----------------------------------------------------------------- matching


def strict_ok(pred: Event, gold: dict[str, Any]) -> bool:
    """Date within precision and place within 50 km (or gold's ``_match_km``), for
    whichever of them gold has."""
    return date_ok(pred, gold) and place_ok(pred, gold)


def date_ok(pred: Event, gold: dict[str, Any]) -> bool:
    """The date half of ``strict_ok``: true when gold has no date."""
    gd = gold_date(gold)
    if gd is None:
        return True
    return any(
        date_within(
            pred.event_date,
            d,
            int(gold.get("time_precision") or 1),
            pred.time_precision,
            gold_end(gold) if d == gd else None,
        )
        for d in gold_dates(gold, gd)
    )


def place_ok(pred: Event, gold: dict[str, Any]) -> bool:
    """The place half of ``strict_ok``: true when gold has no point."""
    gp = gold_point(gold)
    if gp is None:
        return True
    pp = pred_point(pred)
    limit = float(gold.get("_match_km") or DETECTION_KM)
    return pp is not None and haversine_km(*pp, *gp) <= limit


def pair_score(pred: Event, gold: dict[str, Any], scheme: str) -> float | None:
    """How well a prediction fits a gold event; None when their families differ.

    The weights order the assignment's goals: most strict detections first, then most
    aligned pairs, then the best agreement on type, date, place and actor (at most ~6).
    """
    if not gold_families(gold, scheme) & pred_families(pred, scheme):
        return None
    score = 100.0 + (1000.0 if strict_ok(pred, gold) else 0.0)
    if not gold.get("_optional"):
        score += 500.0  # optional gold never takes a record a required event could have
    if gold.get("event_type") and norm_label(gold["event_type"]) == norm_label(pred.event_type):
        score += 1.0
    if norm_label(pred.sub_event_type) in {norm_label(s) for s in sub_types(gold)}:
        score += 1.0
    if pred_plover(pred) in gold_plover(gold):
        score += 1.0
    gd = gold_date(gold)
    if gd is not None and pred.event_date is not None:
        score += 1.0 / (1.0 + abs((pred.event_date - gd).days))
    gp, pp = gold_point(gold), pred_point(pred)
    if gp is not None and pp is not None:
        score += 1.0 / (1.0 + haversine_km(*pp, *gp) / 25.0)
    if actor_match(pred.actor1, gold.get("actor1"), loose=True):
        score += 0.5
    return score


def align(preds: list[Event], golds: list[dict[str, Any]], scheme: str) -> list[tuple[int, int]]:
    """One-to-one (prediction index, gold index) pairs maximizing the total pair score."""
    if not preds or not golds:
        return []
    # Forbidden pairs score 0, the same as leaving both sides unmatched (every allowed
    # pair scores > 0), so the solver never trades a good pair to avoid a forbidden one.
    forbidden = 0.0
    matrix = np.full((len(preds), len(golds)), forbidden)
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            s = pair_score(p, g, scheme)
            if s is not None:
                matrix[i, j] = s
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    return [(int(i), int(j)) for i, j in zip(rows, cols, strict=True) if matrix[i, j] > forbidden]


# ----------------------------------------------------------------- per-document counts


@dataclass(frozen=True)
class FieldSpec:
    """How one field is read from gold and prediction and compared."""

    name: str

    def gold_value(self, g: dict[str, Any]) -> Any:
        if self.name == "plover_type":
            return gold_plover(g) or None
        if self.name == "fatalities":
            return to_int(g.get("fatalities"))
        value = g.get(self.name.removesuffix("_loose"))
        return value if value not in ("", None) else None

    def pred_value(self, e: Event) -> Any:
        if self.name == "plover_type":
            return pred_plover(e) or None
        if self.name == "fatalities":
            return e.fatalities
        value = getattr(e, self.name.removesuffix("_loose"))
        return value if value not in ("", None) else None

    def correct(self, e: Event, g: dict[str, Any]) -> bool:
        gv, pv = self.gold_value(g), self.pred_value(e)
        if gv is None or pv is None:
            return False
        if self.name == "plover_type":
            return pv in gv
        if self.name == "fatalities":
            return int(pv) == int(gv)
        if self.name.startswith("actor"):
            return actor_match(pv, gv, loose=self.name.endswith("_loose"))
        if self.name == "sub_event_type":
            return norm_label(pv) in {norm_label(s) for s in sub_types(g)}
        return norm_label(pv) == norm_label(gv)


def field_specs(fields: Iterable[str]) -> list[FieldSpec]:
    wanted = set(fields)
    names = [f for f in (*LABEL_FIELDS, "plover_type", "fatalities") if f in wanted]
    for actor in ACTOR_FIELDS:
        if actor in wanted:
            names += [actor, f"{actor}_loose"]
    return [FieldSpec(n) for n in names]


def in_scope(preds: list[Event], doc: GoldDocument) -> list[Event]:
    if doc.scope is None:
        return list(preds)
    return [e for e in preds if pred_families(e, doc.scheme) & doc.scope]


def score_document(doc: GoldDocument, predicted: list[Event], fields: Iterable[str]) -> Counter:
    """Additive counts for one document (see `summarize` for what they become)."""
    c: Counter = Counter(docs=1)
    scoped = in_scope(predicted, doc)
    # Background events are the report recalling earlier ones; gold codes only what the
    # text reports as happening, so they are neither hits nor false alarms here.
    preds = [e for e in scoped if e.status != "background"]
    c["pred_background"] += len(scoped) - len(preds)
    if doc.scheme == "acled":  # PLOVER-only statements are not ACLED events
        events = [e for e in preds if e.record_kind != "statement"]
        c["pred_statement"] += len(preds) - len(events)
        preds = events
    golds = doc.events
    c["gold"] += len(golds)
    c["pred"] += len(preds)
    pairs = count_article(c, doc, preds, align(preds, golds, doc.scheme))
    required = [j for j, g in enumerate(golds) if not g.get("_optional")]
    if len(required) < len(golds):  # field scores count required gold only
        index = {j: k for k, j in enumerate(required)}
        golds = [golds[j] for j in required]
        pairs = [(i, index[j]) for i, j in pairs]
    c["aligned"] += len(pairs)
    c["det.tp"] += sum(strict_ok(preds[i], golds[j]) for i, j in pairs)
    fields = set(fields)
    for spec in field_specs(fields):
        _count_field(c, spec, preds, golds, pairs)
    if "sub_event_type" in fields:
        _count_classes(c, "sub_event_type", preds, golds, pairs)
    if "event_type" in fields:
        _count_confusion(c, preds, golds, pairs)
    if {"latitude", "longitude"} <= fields:
        _count_location(c, preds, golds, pairs)
    if "event_date" in fields:
        _count_dates(c, preds, golds, pairs)
    if doc.doc_labels is not None:
        _count_doc_label(c, doc, preds)
    return c


def _count_field(c: Counter, spec: FieldSpec, preds, golds, pairs) -> None:
    key = spec.name
    c[f"{key}.gold"] += sum(spec.gold_value(g) is not None for g in golds)
    c[f"{key}.pred"] += sum(spec.pred_value(e) is not None for e in preds)
    for i, j in pairs:
        if spec.gold_value(golds[j]) is not None:
            c[f"{key}.aligned"] += 1
            c[f"{key}.tp"] += spec.correct(preds[i], golds[j])


def _count_classes(c: Counter, name: str, preds, golds, pairs) -> None:
    for g in golds:
        if g.get(name):
            c[f"class|{name}|{g[name]}|gold"] += 1
    for e in preds:
        if getattr(e, name):
            c[f"class|{name}|{getattr(e, name)}|pred"] += 1
    for i, j in pairs:
        gv = golds[j].get(name)
        if gv and norm_label(gv) == norm_label(getattr(preds[i], name)):
            c[f"class|{name}|{gv}|tp"] += 1


def _count_confusion(c: Counter, preds, golds, pairs) -> None:
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for i, j in pairs:
        c[
            f"confusion|{golds[j].get('event_type') or UNTYPED}|{preds[i].event_type or UNTYPED}"
        ] += 1
    for j, g in enumerate(golds):
        if j not in matched_g:
            c[f"confusion|{g.get('event_type') or UNTYPED}|{NONE}"] += 1
    for i, e in enumerate(preds):
        if i not in matched_p:
            c[f"confusion|{NONE}|{e.event_type or UNTYPED}"] += 1


def _count_location(c: Counter, preds, golds, pairs) -> None:
    c["loc.gold"] += sum(gold_point(g) is not None for g in golds)
    c["loc.pred"] += sum(pred_point(e) is not None for e in preds)
    for i, j in pairs:
        gp = gold_point(golds[j])
        if gp is None:
            continue
        c["loc.aligned"] += 1
        _count_country_only(c, preds[i], golds[j])
        pp = pred_point(preds[i])
        if pp is None:
            continue
        km = haversine_km(*pp, *gp)
        for radius in LOCATION_KM:
            c[f"loc@{radius:g}.tp"] += km <= radius
        if golds[j].get("_radius_km"):
            c["loc@radius.aligned"] += 1
            c["loc@radius.tp"] += km <= float(golds[j]["_radius_km"])


def _count_country_only(c: Counter, pred, gold: dict) -> None:
    """Gold codes a sub-national place; the prediction fell back to the whole country."""
    location, country = gold.get("location") or "", gold.get("country") or ""
    if not location or location == country:
        return
    c["loc.subnational"] += 1
    c["loc.country_only"] += bool(pred.country) and pred.location == pred.country


def _count_dates(c: Counter, preds, golds, pairs) -> None:
    c["date.gold"] += sum(gold_date(g) is not None for g in golds)
    c["date.pred"] += sum(e.event_date is not None for e in preds)
    for i, j in pairs:
        g, e = golds[j], preds[i]
        gd = gold_date(g)
        if gd is None:
            continue
        c["date.aligned"] += 1
        c["date_exact.tp"] += e.event_date in gold_dates(g, gd)
        c["date_within.tp"] += date_within(
            e.event_date, gd, int(g.get("time_precision") or 1), e.time_precision, gold_end(g)
        )


def doc_prediction(doc: GoldDocument, preds: list[Event]) -> str:
    """The one label a system gives a whole text: its most confident event's label."""
    if not preds:
        return ""
    top = max(preds, key=lambda e: e.confidence)  # max keeps the first of equals
    return pred_plover(top) if doc.scheme == "plover" else top.sub_event_type


def _count_doc_label(c: Counter, doc: GoldDocument, preds: list[Event]) -> None:
    accepted = doc.doc_labels or ()
    predicted = doc_prediction(doc, preds)
    correct = predicted in accepted if accepted else predicted == ""
    gold_cls = (predicted if correct else (accepted[0] if accepted else "")) or "none"
    pred_cls = predicted or "none"
    c["doc.n"] += 1
    c["doc.tp"] += correct
    c[f"class|doc|{gold_cls}|gold"] += 1
    c[f"class|doc|{pred_cls}|pred"] += 1
    c[f"class|doc|{gold_cls}|tp"] += correct


# ----------------------------------------------------------------- summary


def _classes(c: Counter, name: str) -> dict[str, tuple[int, int, int]]:
    out: dict[str, list[int]] = {}
    prefix = f"class|{name}|"
    for key, n in c.items():
        if key.startswith(prefix):
            cls, kind = key[len(prefix) :].rsplit("|", 1)
            slot = out.setdefault(cls, [0, 0, 0])
            slot[("tp", "pred", "gold").index(kind)] += n
    return {k: (v[0], v[1], v[2]) for k, v in out.items()}


def _prf_dict(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p, r, f = prf(tp, n_pred, n_gold)
    return {"p": p, "r": r, "f1": f, "tp": tp, "pred": n_pred, "gold": n_gold}


def summarize(c: Counter) -> dict[str, Any]:
    """Metrics from counts: P/R/F1 for detection and fields, accuracy on aligned pairs."""
    out: dict[str, Any] = {
        "docs": c["docs"],
        "gold": c["gold"],
        "pred": c["pred"],
        "pred_background": c["pred_background"],
    }
    out["detection"] = _prf_dict(c["det.tp"], c["pred"], c["gold"])
    out["records_per_gold"] = ratio(c["pred"], c["gold"])
    out["pred_statement"] = c["pred_statement"]
    if c["leak.docs"]:
        out["leaks"] = {"count": c["leaks"], "per_doc": ratio(c["leaks"], c["leak.docs"])}
        out["pred_optional"], out["pred_excused"] = c["pred_optional"], c["pred_excused"]
    out["detection_family"] = _prf_dict(c["aligned"], c["pred"], c["gold"])
    fields: dict[str, Any] = {}
    for name in (
        *LABEL_FIELDS,
        "plover_type",
        "fatalities",
        "actor1",
        "actor1_loose",
        "actor2",
        "actor2_loose",
    ):
        if f"{name}.gold" in c or f"{name}.aligned" in c:
            d = _prf_dict(c[f"{name}.tp"], c[f"{name}.pred"], c[f"{name}.gold"])
            d["acc"] = ratio(c[f"{name}.tp"], c[f"{name}.aligned"])
            d["aligned"] = c[f"{name}.aligned"]
            fields[name] = d
    if "sub_event_type.gold" in c:
        fields["sub_event_type"]["macro_f1"] = macro_f1(_classes(c, "sub_event_type"))
    if "loc.gold" in c:
        for radius in LOCATION_KM:
            d = _prf_dict(c[f"loc@{radius:g}.tp"], c["loc.pred"], c["loc.gold"])
            d["acc"] = ratio(c[f"loc@{radius:g}.tp"], c["loc.aligned"])
            d["aligned"] = c["loc.aligned"]
            fields[f"location@{radius:g}km"] = d
        if c["loc@radius.aligned"]:
            d = _prf_dict(c["loc@radius.tp"], c["loc.pred"], c["loc.gold"])
            d["acc"] = ratio(c["loc@radius.tp"], c["loc@radius.aligned"])
            d["aligned"] = c["loc@radius.aligned"]
            fields["location@radius"] = d
    if "date.gold" in c:
        for kind in ("exact", "within"):
            d = _prf_dict(c[f"date_{kind}.tp"], c["date.pred"], c["date.gold"])
            d["acc"] = ratio(c[f"date_{kind}.tp"], c["date.aligned"])
            d["aligned"] = c["date.aligned"]
            fields[f"event_date_{kind}"] = d
    out["fields"] = fields
    if c["loc.subnational"]:
        out["location_country_only"] = {
            "acc": ratio(c["loc.country_only"], c["loc.subnational"]),
            "aligned": c["loc.subnational"],
        }
    if c["doc.n"]:
        out["doc_label"] = {
            "n": c["doc.n"],
            "acc": ratio(c["doc.tp"], c["doc.n"]),
            "macro_f1": macro_f1(_classes(c, "doc")),
        }
    confusion: dict[str, dict[str, int]] = {}
    for key, n in c.items():
        if key.startswith("confusion|") and n:
            _, g, p = key.split("|", 2)
            confusion.setdefault(g, {})[p] = n
    if confusion:
        out["confusion_event_type"] = confusion
    return out
