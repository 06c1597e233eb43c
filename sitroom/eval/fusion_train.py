"""Training the pairwise merge model on fusion gold (`sitroom fuse --train GOLD`).

Every fusion set under GOLD is extracted with the default pipeline. Each mention gets the
incident it reports, when its type family, date (within its precision plus a night),
country and place agree with one incident's gold: its own article's incident first, else
another of the set (a background paragraph about a neighbouring incident), else none.
Every pair of mentions from different articles that passes fusion's gate is a training
pair, labelled 1 when both report the same incident. A logistic regression (scikit-learn)
is fitted on standardized features; the decision threshold is the one whose ingest of the
sets in publication order gives the best pairwise F1 with no near-miss incident merged.

Ten incidents are few, so the same recipe is also run leave-one-incident-out (an incident
with its near miss held out of the fit and of the threshold choice, then scored): that
cross-validated figure, stored in the model's meta, is what to expect on unseen coverage.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sitroom.errors import InputError
from sitroom.eval.fusion_dev import (
    FusionArticle,
    fusion_folders,
    lead_index,
    load_set,
    run_ingest,
)
from sitroom.eval.gold import load
from sitroom.fuse.config import load_config
from sitroom.fuse.features import NAMES, features, gate, sentences, text_similarity
from sitroom.fuse.match import country_level, type_family
from sitroom.fuse.model import PairModel, save_model, trying
from sitroom.geodesy import haversine_km
from sitroom.model import Event

THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(4, 19))


def reports(event: Event, gold: dict[str, Any]) -> bool:
    """Does this mention report the gold incident (type family, date, country, place)?"""
    cfg = load_config()
    if event.event_date is None or type_family(event, cfg) != cfg.acled_family.get(
        gold.get("event_type", ""), gold.get("event_type", "")
    ):
        return False
    slack = cfg.date_slack(event.time_precision) + cfg.night_days
    if abs((event.event_date - date.fromisoformat(gold["event_date"])).days) > slack:
        return False
    if event.country != gold.get("country"):
        return False
    if event.latitude is None or gold.get("latitude") is None or event.geo_precision >= 3:
        return True
    km = haversine_km(event.latitude, event.longitude, gold["latitude"], gold["longitude"])
    return km <= max(float(gold.get("radius_km") or 25), cfg.max_km(event.geo_precision))


def label_mentions(
    articles: list[FusionArticle], gold: dict[str, dict], extracted: dict[str, list[Event]]
) -> dict[tuple[str, int], str | None]:
    """The incident each mention reports (None: none of the set's). A mention placed only at
    a country says too little to be labelled, unless it is its article's lead."""
    out: dict[tuple[str, int], str | None] = {}
    for fa in articles:
        events = extracted[fa.article_id]
        lead = lead_index(events)
        for i, e in enumerate(events):
            vague = country_level(e) and i != lead
            order = [fa.incident, *sorted(k for k in gold if k != fa.incident)]
            found = next((k for k in order if reports(e, gold[k])), None)
            out[(fa.article_id, i)] = None if vague else found
    return out


def incident_group(key: str | None, gold: dict[str, dict]) -> str:
    """The primary incident a gold incident belongs with (a near miss: the one it mimics)."""
    if key is None:
        return ""
    return str(gold.get(key, {}).get("distractor_for") or key)


@dataclass
class Pairs:
    """Training pairs: feature rows, labels, and the incident groups of their two articles."""

    x: list[list[float]] = field(default_factory=list)
    y: list[int] = field(default_factory=list)
    groups: list[frozenset[str]] = field(default_factory=list)

    def __iadd__(self, other: Pairs) -> Pairs:
        self.x += other.x
        self.y += other.y
        self.groups += other.groups
        return self

    def without(self, group: str) -> Pairs:
        keep = [i for i, g in enumerate(self.groups) if group not in g]
        return Pairs([self.x[i] for i in keep], [self.y[i] for i in keep],
                     [self.groups[i] for i in keep])


def pairs(
    articles: list[FusionArticle],
    extracted: dict[str, list[Event]],
    labels: dict,
    gold: dict[str, dict] | None = None,
) -> Pairs:
    """Features and labels of every gated pair of mentions from different articles."""
    gold = gold or {}
    group = {fa.article_id: incident_group(fa.incident, gold) for fa in articles}
    flat = [
        ((fa.article_id, i), e)
        for fa in articles
        for i, e in enumerate(extracted[fa.article_id])
        if e.event_date is not None
    ]
    out = Pairs()
    for n, (ka, a) in enumerate(flat):
        for kb, b in flat[n + 1 :]:
            if ka[0] == kb[0] or not gate(a, b):
                continue
            values = features(a, b, text_similarity(sentences(a), sentences(b)))
            out.x.append([values[k] for k in NAMES])
            # a recall of an incident ("came three days after ...") is not a report of it
            same = labels[ka] is not None and labels[ka] == labels[kb] and a.status == b.status
            out.y.append(int(same))
            out.groups.append(frozenset((group[ka[0]], group[kb[0]])))
    return out


def gold_event(row: dict[str, Any]) -> Event | None:
    """An Event from an ACLED gold row (the columns fusion compares)."""
    if not isinstance(row.get("event_date"), date) or row.get("latitude") in (None, ""):
        return None
    return Event(
        event_date=row["event_date"], time_precision=int(row.get("time_precision") or 1),
        event_type=row.get("event_type", ""), sub_event_type=row.get("sub_event_type", ""),
        actor1=row.get("actor1", ""), actor2=row.get("actor2", ""), country=row.get("country", ""),
        admin1=row.get("admin1", ""), location=row.get("location", ""),
        latitude=float(row["latitude"]), longitude=float(row["longitude"]),
        geo_precision=int(row.get("geo_precision") or 1), fatalities=int(row.get("fatalities") or 0),
        notes=row.get("notes", ""),
    )


def as_another_outlet(event: Event, rng: random.Random) -> Event:
    """The same incident as a second outlet might code it: a night later (the same toll:
    what ties a night report to the day's), only the region or country (at that unit's
    point, not the village's), the perpetrator unnamed, another toll, a neighbouring
    sub-type."""
    twin = event.copy()
    groups = load_config().sub_groups
    # a night report is tied to the day's only by what both say (the toll): without one,
    # the next day at the same place is another strike, as ACLED codes daily strikes
    night = event.time_precision == 1 and event.fatalities > 0 and rng.random() < 0.3
    if night:
        twin.event_date = event.event_date + timedelta(days=rng.choice((-1, 1)))
    roll = rng.random()
    if roll < 0.3:  # at its province's point, somewhere inside the province's window
        twin.location, twin.geo_precision = event.admin1 or event.location, 3
        _move(twin, rng.uniform(0.0, 0.8) * load_config().max_km(3), rng)
    elif roll < 0.45:  # at the country's point, anywhere in the country
        twin.location, twin.admin1, twin.geo_precision = event.country, "", 3
        _move(twin, rng.uniform(0.0, 600.0), rng)
    if rng.random() < 0.4:
        twin.actor1 = ""
    if event.fatalities and not night and rng.random() < 0.5:
        twin.fatalities = max(1, round(event.fatalities * rng.uniform(0.5, 1.6)))
    if rng.random() < 0.3:
        near = [k for k, v in groups.items() if v == groups.get(event.sub_event_type)]
        twin.sub_event_type = rng.choice(near) if near else twin.sub_event_type
    return twin


def _move(event: Event, km: float, rng: random.Random) -> None:
    """Shift a twin's point ``km`` in a random direction (a coarser report's point is its
    province's or country's, not the village's)."""
    if event.latitude is None or event.longitude is None:
        return
    bearing = rng.uniform(0.0, 2 * math.pi)
    dlat = km * math.cos(bearing) / 111.0
    dlon = km * math.sin(bearing) / (111.0 * max(0.1, math.cos(math.radians(event.latitude))))
    event.latitude = max(-89.9, min(89.9, event.latitude + dlat))
    event.longitude = (event.longitude + dlon + 180.0) % 360.0 - 180.0


def struck_again(event: Event, rng: random.Random) -> Event:
    """Another incident: the same place hit again a day or two later by the same side (daily
    strikes on one town are common), with its own toll."""
    again = event.copy()
    again.event_date = event.event_date + timedelta(days=rng.choice((1, 2)))
    again.fatalities = rng.choice((0, 0, 1, 2, 3, 5, 8))
    if again.fatalities == event.fatalities:
        again.fatalities += 1
    return again


def other_side(event: Event, names: list[str], rng: random.Random) -> Event | None:
    """Another incident: the same place and day, another named perpetrator (ACLED codes
    one event per actor pair: two sides shelling one town make two events)."""
    others = [n for n in names if n and n != event.actor1 and not n.startswith("Unidentified")]
    if not event.actor1 or event.actor1.startswith("Unidentified") or not others:
        return None
    again = event.copy()
    again.actor1 = rng.choice(others)
    return again


def built_pairs(
    root: Path, sims: dict[int, list[float]], limit: int = 400, seed: int = 7
) -> tuple[list[list[float]], list[int]]:
    """Pairs built from ACLED dev gold: distinct events that pass the gate (negatives: the
    near misses a real feed holds; at most twice ``limit``), events against the same place
    struck again a day or two later, or struck the same day by another named side (``limit``
    // 2 negatives each) and events against re-coded twins (``limit`` positives). ACLED's formulaic notes are not news sentences, so each
    built pair's text similarity is drawn from the fusion set's pairs of its label."""
    docs = load(root, split="dev", names=["acled"]).get("acled", [])
    events = [e for d in docs for e in (gold_event(r) for r in d.events) if e is not None]
    rng = random.Random(seed)
    x: list[list[float]] = []
    y: list[int] = []
    by_country: dict[str, list[Event]] = {}
    for e in events:
        by_country.setdefault(e.country, []).append(e)
    near = [
        (a, b)
        for group in by_country.values()
        for n, a in enumerate(group)
        for b in group[n + 1 :]
        if gate(a, b) and a.notes != b.notes
    ]
    for a, b in rng.sample(near, min(2 * limit, len(near))):
        values = features(a, b, rng.choice(sims[0]) if sims[0] else 0.0)
        x.append([values[k] for k in NAMES])
        y.append(0)
    exact = [e for e in events if e.time_precision == 1]
    for e in rng.sample(exact, min(limit // 2, len(exact))):
        values = features(struck_again(e, rng), e, rng.choice(sims[0]) if sims[0] else 0.0)
        x.append([values[k] for k in NAMES])
        y.append(0)
    names = sorted({e.actor1 for e in events})
    for e in rng.sample(events, min(limit // 2, len(events))):
        twin = other_side(e, names, rng)
        if twin is not None:
            values = features(twin, e, rng.choice(sims[0]) if sims[0] else 0.0)
            x.append([values[k] for k in NAMES])
            y.append(0)
    for e in rng.sample(events, min(limit, len(events))):
        values = features(as_another_outlet(e, rng), e, rng.choice(sims[1]) if sims[1] else 0.0)
        x.append([values[k] for k in NAMES])
        y.append(1)
    return x, y


def fit(x: list[list[float]], y: list[int], weights: list[float] | None = None,
        c: float = 1.0) -> PairModel:
    """Logistic regression on standardized features. A feature whose weight comes out
    against its known direction (`feature_signs` in fusion.yaml: closer dates, more shared
    words never argue against a merge) is noise in the labels: it is dropped and the
    model refitted, so the shipped weights stay explainable."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    signs = load_config().feature_signs
    data = np.asarray(x, dtype=float)
    mean, scale = data.mean(axis=0), data.std(axis=0)
    scale[scale == 0] = 1.0
    keep = list(range(len(NAMES)))
    for _ in range(len(NAMES)):
        model = LogisticRegression(C=c, max_iter=2000)
        model.fit(((data - mean) / scale)[:, keep], np.asarray(y), sample_weight=weights)
        coef = dict(zip(keep, model.coef_[0], strict=True))
        wrong = [i for i in keep if signs.get(NAMES[i], 0) * coef[i] < 0]
        if not wrong:
            break
        keep = [i for i in keep if i not in wrong]
    return PairModel(
        version="2",
        features=tuple(NAMES[i] for i in keep),
        mean=tuple(float(mean[i]) for i in keep),
        scale=tuple(float(scale[i]) for i in keep),
        coef=tuple(float(coef[i]) for i in keep),
        intercept=float(model.intercept_[0]),
        threshold=0.5,
        meta={},
    )


def fit_pairs(real: Pairs, built: Pairs) -> PairModel:
    """Fit on real pairs and built ones, each half of the weight: the built pairs are many
    and formulaic, the real ones few and what fusion meets."""
    n_real, n_built = max(1, len(real.y)), max(1, len(built.y))
    weights = [0.5 / n_real] * len(real.y) + [0.5 / n_built] * len(built.y)
    total = len(weights) / sum(weights)
    return fit(real.x + built.x, real.y + built.y, [w * total for w in weights])


Set = tuple[Path, list[FusionArticle], dict[str, dict], dict[str, list[Event]]]


def choose_threshold(model: PairModel, sets: list[Set], hold: str = "") -> tuple[dict, list]:
    """Ingest the sets (less the held-out incident group) at each threshold: the best mean
    pairwise F1 with no near miss merged; among equals the middle one (a few dev incidents
    rarely tell thresholds apart: the plateau's edge sits next to a merge or a split that
    unseen coverage tips over; on fusion-dev leave-one-incident-out recall 0.76 at the highest
    of equals, 0.95 at the middle). Returns the chosen trial and all trials."""
    trials = []
    for threshold in THRESHOLDS:
        candidate = PairModel(**{**model.__dict__, "threshold": threshold})
        with trying(candidate):
            scores = [
                run_ingest([a for a in arts if incident_group(a.incident, g) != hold], g, e)
                for _, arts, g, e in sets
            ]
        f1 = sum(s["pairwise"]["f1"] for s in scores) / len(scores)
        misses = sum(s["near_misses_merged"] for s in scores)
        trials.append({"threshold": threshold, "f1": round(f1, 4), "no_near_miss": misses == 0,
                       "scores": scores})
    best = max((t["no_near_miss"], t["f1"]) for t in trials)
    tied = [t for t in trials if (t["no_near_miss"], t["f1"]) == best]
    return tied[len(tied) // 2], trials


def cross_validate(sets: list[Set], real: Pairs, built: Pairs) -> dict[str, Any]:
    """Leave one incident group (an incident and its near miss) out: fit and choose the
    threshold without it, ingest everything, score the pairs it is part of."""
    tp = fp = fn = one = multi = misses = 0
    split: list[str] = []
    merged_keys: list[str] = []
    for _, arts, gold, extracted in sets:
        group = {a.article_id: incident_group(a.incident, gold) for a in arts}
        truth = {a.article_id: a.incident for a in arts}
        order = sorted(set(group.values()))
        for hold in order:
            model = fit_pairs(real.without(hold), built)
            chosen, _ = choose_threshold(model, sets, hold)
            with trying(PairModel(**{**model.__dict__, "threshold": chosen["threshold"]})):
                found = run_ingest(arts, gold, extracted)
            lead = {a: row_id for row in found["by_incident"].values()
                    for a, row_id in row["articles"].items()}
            ids = sorted(truth)
            for n, a in enumerate(ids):
                for b in ids[n + 1:]:
                    if min(order.index(group[a]), order.index(group[b])) != order.index(hold):
                        continue  # each pair is scored in the fold of its first group
                    same, merged = truth[a] == truth[b], bool(lead[a]) and lead[a] == lead[b]
                    tp, fp, fn = tp + (same and merged), fp + (merged and not same), fn + (
                        same and not merged)
            for key, row in found["by_incident"].items():
                if incident_group(key, gold) != hold:
                    continue
                if "one_event" in row:
                    multi, one = multi + 1, one + row["one_event"]
                    if not row["one_event"]:
                        split.append(key)
                merged = row["role"] == "distractor" and bool(row["merged_with"])
                misses += merged
                if merged:
                    merged_keys.append(key)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {
        "folds": sum(len({incident_group(a.incident, g) for a in arts}) for _, arts, g, _ in sets),
        "pairwise": {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4),
                     "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0},
        "multi_outlet_one_event": f"{one}/{multi}",
        "near_misses_merged": misses,
        "not_one_event": sorted(split),
        "near_misses_merged_keys": sorted(merged_keys),
    }


def load_sets(gold: Path, extractor: Callable, progress: Callable | None) -> list[Set]:
    """Every fusion set under ``gold``, extracted with the pipeline."""
    sets = []
    for folder in fusion_folders(gold):
        articles, incidents = load_set(folder)
        if progress:
            progress(f"extracting {folder.name}: {len(articles)} articles")
        extracted = dict(
            zip([a.article_id for a in articles], extractor([a.article for a in articles]),
                strict=True)
        )
        sets.append((folder, articles, incidents, extracted))
    if not sets:
        raise InputError(
            f"no fusion set (articles.jsonl with incidents + gold.json) in {gold}: pass the folder"
            " holding fusion-dev (and acled) gold"
        )
    return sets


def train(
    gold: Path,
    extractor: Callable,
    out: Path | None = None,
    progress: Callable[[str], None] | None = None,
    cv: bool = True,
) -> dict[str, Any]:
    """Fit, choose the threshold on the sets, cross-validate, write the model file."""
    sets = load_sets(gold, extractor, progress)
    real = Pairs()
    for _, articles, incidents, extracted in sets:
        real += pairs(articles, extracted, label_mentions(articles, incidents, extracted),
                      incidents)
    column = NAMES.index("text_sim")
    sims = {k: [r[column] for r, y in zip(real.x, real.y, strict=True) if y == k] for k in (0, 1)}
    root = gold if not fusion_folders(gold) or fusion_folders(gold)[0] != gold else gold.parent
    bx, by = built_pairs(root, sims)
    built = Pairs(bx, by, [frozenset()] * len(by))
    if progress:
        progress(f"{len(real.y)} fusion pairs, {len(by)} pairs built from ACLED dev gold")
    labels = real.y + by
    if sum(labels) == 0 or sum(labels) == len(labels):
        raise InputError("training pairs are all of one class: not enough fusion gold to fit")
    model = fit_pairs(real, built)
    chosen, trials = choose_threshold(model, sets)
    meta = {
        "trained_on": [f.name for f, *_ in sets],
        "pairs": len(labels),
        "positive_pairs": sum(labels),
        "built_pairs_from_acled_dev": len(by),
        "linkage": load_config().linkage,
        "threshold_rule": "best mean pairwise F1 with no near-miss merged, on the training sets;"
        " the middle of equals",
        "dev_pairwise_f1": chosen["f1"],
        "trials": {str(t["threshold"]): {"f1": t["f1"], "no_near_miss": t["no_near_miss"]}
                   for t in trials},
        "dev": {f.name: _summary(s) for (f, *_), s in zip(sets, chosen["scores"], strict=True)},
    }
    if cv:
        if progress:
            progress("cross-validating: leave one incident (and its near miss) out")
        meta["leave_one_incident_out"] = cross_validate(sets, real, built)
    final = PairModel(**{**model.__dict__, "threshold": chosen["threshold"], "meta": meta})
    where = save_model(final, out)
    return {"model": str(where), "threshold": chosen["threshold"], **meta}


def _summary(score: dict[str, Any]) -> dict[str, Any]:
    keys = ("multi_outlet_one_event", "near_misses_merged", "clusters")
    return {"pairwise": score["pairwise"], **{k: score[k] for k in keys}}
