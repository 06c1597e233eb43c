"""Train the candidate ranker (`sitroom gazetteer train`) on DEV splits only.

Examples come from two kinds of gold:

* the geoparsing corpora (LGL, GeoWebNews, TR-News, GeoVirus), dev articles: every
  gold toponym whose candidates include one within 161 km of the gold point; that
  closest candidate is the positive, the others negatives;
* ACLED coder notes, dev rows (odd ids): the mention whose name is the coded location;
  positive = the candidate closest to the coded point, if within 25 km.

A candidate counts as the resolver will use it: a province whose same-named seat town the
resolver takes instead (`resolve._prefer_town`) is right when that town is. Features are
computed in the article's final context (`ArticleContext.recorder`), as the resolver sees
them on its second pass. Needs scikit-learn (dev extra); the result is a small JSON file
that `sitroom.geo.ranker` applies with numpy.

The figure to choose features and regularisation by is leave-one-corpus-out (`loco`,
``python -m sitroom.eval.geo_ranker ../shared/eval``): fit on every other corpus's dev
examples, count the held-out corpus's mentions whose top candidate is right. Fitting on
all and scoring the same dev examples only says how well the model memorises them.
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from sitroom.errors import InputError
from sitroom.eval.geoparsing import FILES, in_split, read_gold
from sitroom.geo.gazetteer import Gazetteer, km, open_gazetteer
from sitroom.geo.mentions import extract_mentions, mentions_from_spans
from sitroom.geo.normalize import name_key
from sitroom.geo.ranker import ANCHOR_STIFFNESS, FEATURES, RANKER_C, WEIGHTS
from sitroom.geo.resolve import Mention, _prefer_town, resolve_all
from sitroom.geo.theatres import focused_context

Example = tuple[list[float], int, int]  # features, label, group (one mention)

ACLED_FILES = (
    "acled_global_2020-04-28_2020-05-09.csv",
    "acled_afghanistan_mar2020_dkoban.csv",
    "acled_africa_jul2016_aschharwood.csv",
)


def _record(mentions: list[Mention], gaz: Gazetteer, text: str) -> dict:
    ctx = focused_context(mentions, gaz, text)
    ctx.recorder = {}
    resolve_all(mentions, gaz, ctx)
    return ctx.recorder


def _label(record: tuple, lat: float, lon: float, radius: float, group: int) -> list[Example]:
    """The candidates of one mention: the one closest to the gold point (within radius)
    positive (1), those whose reading lies beyond the radius negative (0), others neither
    (-1: a second reading the measure also counts right is no mistake to learn from, nor is
    a province the resolver trades for its seat town inside the radius)."""
    mention, hits, rows = record
    if len(hits) < 2:
        return []
    dists = [km(h.lat, h.lon, lat, lon) for h in hits]
    best = min(range(len(hits)), key=dists.__getitem__)
    if dists[best] > radius:
        return []
    reads = [_prefer_town(h, hits, mention) for h in hits] if mention is not None else hits
    labels = [
        1 if i == best else (0 if d > radius and km(r.lat, r.lon, lat, lon) > radius else -1)
        for i, (d, r) in enumerate(zip(dists, reads, strict=True))
    ]
    return [(row, label, group) for row, label in zip(rows, labels, strict=True)]


def geoparsing_examples(
    folder: Path, gaz: Gazetteer, files: Iterable[str] = FILES, start_group: int = 0
) -> Iterator[Example]:
    for _name, _position, _group, examples in toponym_examples(folder, gaz, files, start_group):
        yield from examples


def toponym_examples(
    folder: Path, gaz: Gazetteer, files: Iterable[str] = FILES, start_group: int = 0
) -> Iterator[tuple[str, int, int, list[Example]]]:
    """Per dev gold toponym the resolver read: its file, its article's position, its group
    (one per toponym, counted from ``start_group``) and its examples (`_label`; none when no
    candidate lies near the gold point). `sitroom.eval.geo_ranker_cv` keys them by article."""
    group = start_group
    for name in files:
        if not (folder / name).exists():
            continue
        for art in read_gold(folder / name):
            if not in_split(art.position, "dev") or not art.toponyms:
                continue
            spans = sorted({(t.start, t.end) for t in art.toponyms})
            mentions = mentions_from_spans(art.text, spans)
            recorder = _record(mentions, gaz, art.text)
            by_span = {m.span: m for m in mentions}
            for t in art.toponyms:
                rec = recorder.get(id(by_span[(t.start, t.end)]))
                if rec is not None:
                    group += 1
                    yield name, art.position, group, list(_label(rec, t.lat, t.lon, 161.0, group))


def _acled_rows(folder: Path) -> Iterator[dict[str, str]]:
    for name in ACLED_FILES:
        path = folder / name
        if not path.exists():
            continue
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                digits = "".join(c for c in row.get("event_id_no_cnty", "") if c.isdigit())
                if row.get("notes") and row.get("latitude") and digits and in_split(
                    int(digits), "dev"
                ):
                    yield row


def acled_examples(folder: Path, gaz: Gazetteer, start_group: int) -> Iterator[Example]:
    from sitroom.geo.component import country_test
    from sitroom.pipeline import load_nlp

    rows = list(_acled_rows(folder))
    if not rows:
        return
    nlp = load_nlp()
    is_country, known = country_test(gaz), (lambda n: bool(gaz.lookup(n)))
    group = start_group
    for row, doc in zip(rows, nlp.pipe(r["notes"] for r in rows), strict=True):
        mentions = extract_mentions(doc, is_country, known)
        recorder = _record(mentions, gaz, row["notes"])
        target = name_key(row["location"].split("-")[0])
        lat, lon = float(row["latitude"]), float(row["longitude"])
        for m in mentions:
            rec = recorder.get(id(m))
            if rec is not None and name_key(m.text) == target:
                group += 1
                yield from _label(rec, lat, lon, 25.0, group)


def _pairs(x, y, groups):
    """Differences positive - negative within each mention (both orders, labelled 1 and 0)."""
    import numpy as np

    by_group: dict[int, list[int]] = {}
    for i, g in enumerate(groups.tolist()):
        by_group.setdefault(g, []).append(i)
    diffs = []
    for rows in by_group.values():
        pos = [i for i in rows if y[i] == 1]
        for p in pos:
            diffs.extend(x[p] - x[n] for n in rows if y[n] == 0)
    d = np.asarray(diffs)
    return np.vstack([d, -d]), np.concatenate([np.ones(len(d)), np.zeros(len(d))])


def fit(examples: Iterable[Example], anchor: dict | None = None, c: float = RANKER_C) -> dict:
    """A pairwise logistic model (the right candidate against each wrong one of the same
    mention) on standardized features, L2-penalised at inverse strength ``c``; returns the
    JSON-ready weights. ``anchor``: the weights of an earlier ranker, whose features are
    held near their weights there (`_anchored`); None fits every feature afresh."""
    import numpy as np

    data = list(examples)
    x = np.asarray([e[0] for e in data], dtype=float)
    y = np.asarray([e[1] for e in data])
    groups = np.asarray([e[2] for e in data])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    px, py = _pairs(z, y, groups)
    if anchor is None:
        from sklearn.linear_model import LogisticRegression

        model = LogisticRegression(C=c, max_iter=2000, fit_intercept=False)
        coef = model.fit(px, py).coef_[0]
    else:
        coef = _anchored(px, py, *_anchor_weights(anchor, scale))
    top1 = _top1(z @ coef, y, groups)
    return {
        "version": time.strftime("%Y-%m-%d", time.gmtime()),
        "trained_on": "dev splits: geoparsing corpora, ACLED notes",
        "model": f"pairwise logistic regression (scikit-learn, C={c}), standardized features"
        + ("" if anchor is None else "; earlier features held near the shipped weights"),
        "features": list(FEATURES),
        "mean": [round(v, 6) for v in mean.tolist()],
        "scale": [round(v, 6) for v in scale.tolist()],
        "coef": [round(v, 6) for v in coef.tolist()],
        "intercept": 0.0,
        "examples": len(data),
        "mentions": int(len(set(groups.tolist()))),
        "train_top1": round(top1, 4),
    }


def _anchor_weights(anchor: dict, scale):
    """(target, stiffness) per feature: an anchored feature's earlier weight restated on
    today's scale (pairwise differences drop the means) and `ANCHOR_STIFFNESS`; a new
    feature 0 and 1 (scikit-learn's C=1 penalty)."""
    import numpy as np

    old = {f: (c, s) for f, c, s in zip(anchor["features"], anchor["coef"], anchor["scale"], strict=True)}
    target = np.zeros(len(FEATURES))
    stiffness = np.ones(len(FEATURES))
    for i, name in enumerate(FEATURES):
        if name in old:
            coef, old_scale = old[name]
            target[i] = coef * scale[i] / old_scale
            stiffness[i] = ANCHOR_STIFFNESS
    return target, stiffness


def _anchored(px, py, target, stiffness):
    """Logistic loss over the pairs plus ½·Σ stiffness·(w − target)², minimised by L-BFGS
    from the target (scikit-learn's objective at C=1 when the target is 0)."""
    import numpy as np
    from scipy.optimize import minimize

    sign = np.where(py == 1, 1.0, -1.0)
    d = px * sign[:, None]

    def objective(w):
        margin = d @ w
        r = w - target
        grad = -(d * (1.0 / (1.0 + np.exp(margin)))[:, None]).sum(axis=0) + stiffness * r
        return np.logaddexp(0, -margin).sum() + 0.5 * (stiffness * r) @ r, grad

    return minimize(objective, target.copy(), jac=True, method="L-BFGS-B", options={"maxiter": 5000}).x


def _top1(scores, y, groups) -> float:
    best: dict[int, tuple[float, int]] = {}
    for s, label, g in zip(scores.tolist(), y.tolist(), groups.tolist(), strict=True):
        if g not in best or s > best[g][0]:
            best[g] = (s, label)
    return sum(label != 0 for _, label in best.values()) / max(1, len(best))


def examples_by_corpus(gold: Path, gaz: Gazetteer) -> dict[str, list[Example]]:
    """Dev examples under ``gold`` (the shared eval folder), by corpus: each geoparsing
    file, and ACLED's notes; groups numbered across them."""
    out: dict[str, list[Example]] = {}
    group = 0
    for name in FILES:
        found = list(geoparsing_examples(gold / "geoparsing", gaz, (name,), group))
        if found:
            out[name.split(".")[0]] = found
            group = max(e[2] for e in found)
    found = list(acled_examples(gold / "acled", gaz, group))
    if found:
        out["ACLED"] = found
    if not out:
        raise InputError(
            f"no training examples under {gold}: pass the folder that holds geoparsing/ and"
            " acled/ gold (../shared/eval)"
        )
    return out


def loco(by_corpus: dict[str, list[Example]], c: float = RANKER_C) -> dict[str, tuple[int, int]]:
    """Leave one corpus out: for each corpus, (mentions whose top candidate is right, mentions)
    under a model fitted afresh on all the others."""
    import numpy as np

    out = {}
    for held, test in by_corpus.items():
        rest = [e for name, part in by_corpus.items() if name != held for e in part]
        weights = fit(rest, None, c)
        x = np.asarray([e[0] for e in test], dtype=float)
        scores = ((x - weights["mean"]) / np.asarray(weights["scale"])) @ np.asarray(weights["coef"])
        groups = np.asarray([e[2] for e in test])
        share = _top1(scores, np.asarray([e[1] for e in test]), groups)
        mentions = len(set(groups.tolist()))
        out[held] = (round(share * mentions), mentions)
    return out


def train(
    gold: Path, out: Path = WEIGHTS, gazetteer_path: str | None = None, fresh: bool = False
) -> dict:
    """Collect dev examples under ``gold`` (the shared eval folder), fit, write ``out``;
    the features of the shipped ranker are held near its weights unless ``fresh`` (then
    every feature is fitted afresh at `RANKER_C`, the recipe `loco` measures)."""
    anchor = None if fresh or not WEIGHTS.exists() else json.loads(WEIGHTS.read_text(encoding="utf-8"))
    gaz = open_gazetteer(gazetteer_path)
    examples = [e for part in examples_by_corpus(gold, gaz).values() for e in part]
    weights = fit(examples, anchor)
    out.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    return weights


def main(argv: list[str] | None = None) -> None:
    """``python -m sitroom.eval.geo_ranker GOLD [C ...]``: the leave-one-corpus-out figure."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    if not args:
        sys.exit("usage: python -m sitroom.eval.geo_ranker GOLD_FOLDER [C ...]")
    by_corpus = examples_by_corpus(Path(args[0]), open_gazetteer(None))
    for c in [float(a) for a in args[1:]] or [RANKER_C]:
        res = loco(by_corpus, c)
        right, total = sum(r for r, _ in res.values()), sum(n for _, n in res.values())
        parts = "  ".join(f"{k} {n - r}/{n}" for k, (r, n) in res.items())
        print(f"C={c}: wrong {parts}; all {total - right}/{total} ({100 * right / total:.2f} % right)")


if __name__ == "__main__":
    main()
