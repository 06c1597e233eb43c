"""Quick accuracy check of the `events` stage on public gold data (dev splits only).

    python -m sitroom.events.quick_eval ../shared/eval [--global] [--test]

CASE 2021 task 2 (odd ids): sub-event type accuracy and macro-F1 over ACLED labels.
ACLED Iraq/Syria notes (odd event_id_no_cnty): event_type and sub_event_type accuracy;
with --global also the all-regions ACLED file (same split). --test reports the test split
(even ids), which no rule was tuned on.
The official numbers come from `sitroom eval`; this is the stage engineer's yardstick.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from sitroom.components import Candidate, Context
from sitroom.events.component import extract_candidates
from sitroom.events.lexicon import load_lexicon
from sitroom.events.taxonomy import load_taxonomy
from sitroom.model import Article

NONE = "NONE"


def predict(nlp, texts: list[str]) -> list[Candidate | None]:
    """The main event of each text: its first ACLED-typed candidate (news leads with it)."""
    lex, tax = load_lexicon(), load_taxonomy()
    out: list[Candidate | None] = []
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=64), strict=True):
        ctx = Context(Article(text=text), doc, date(2020, 1, 1))
        cands = [c for c in extract_candidates(ctx, lex, tax) if c.event.event_type]
        out.append(cands[0] if cands else None)
    return out


def macro_f1(gold: list[str], pred: list[str], labels: set[str]) -> float:
    scores = []
    for label in sorted(labels):
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(p == label and g != label for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, pred, strict=True))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def in_split(record_id: str, split: str) -> bool:
    """The shared rule: odd ids are dev, even ids are test."""
    if not record_id.isdigit():
        return False
    return int(record_id) % 2 == (1 if split == "dev" else 0)


def eval_case2021(nlp, folder: Path, split: str = "dev") -> dict[str, float]:
    tax = load_taxonomy()
    rows = list(
        csv.DictReader(
            (folder / "test_set_final_release_with_labels.tsv").open(encoding="utf-8"),
            delimiter="\t",
            quoting=csv.QUOTE_NONE,
        )
    )
    dev = [r for r in rows if in_split(r["id"], split)]
    preds = predict(nlp, [r["EventSnippet"] for r in dev])
    labels = set(tax.case2021_labels.values())
    gold = [r["SubType"] for r in dev]
    pred = [tax.case2021_labels.get(c.event.sub_event_type, NONE) if c else NONE for c in preds]
    acled = [(g, p) for g, p in zip(gold, pred, strict=True) if g in labels]
    confusions = Counter((g, p) for g, p in acled if g != p)
    return {
        "n": len(dev),
        "n_acled": len(acled),
        "accuracy_acled_labels": sum(g == p for g, p in acled) / len(acled),
        "accuracy_all (non-ACLED gold must predict NONE)": sum(
            (g == p) or (g not in labels and p == NONE) for g, p in zip(gold, pred, strict=True)
        )
        / len(dev),
        "macro_f1_acled": macro_f1([g for g, _ in acled], [p for _, p in acled], labels),
        "top_confusions": confusions.most_common(12),
    }


def eval_acled_notes(nlp, path: Path, split: str = "dev") -> dict[str, float]:
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    dev = [r for r in rows if in_split(r["event_id_no_cnty"], split)]
    preds = predict(nlp, [r["notes"] for r in dev])
    et = [
        (r["event_type"], c.event.event_type if c else NONE)
        for r, c in zip(dev, preds, strict=True)
    ]
    st = [
        (r["sub_event_type"], c.event.sub_event_type if c else NONE)
        for r, c in zip(dev, preds, strict=True)
    ]
    return {
        "n": len(dev),
        "event_type_accuracy": sum(g == p for g, p in et) / len(dev),
        "sub_event_type_accuracy": sum(g == p for g, p in st) / len(dev),
        "sub_event_macro_f1": macro_f1([g for g, _ in st], [p for _, p in st], {g for g, _ in st}),
        "top_confusions": Counter((g, p) for g, p in st if g != p).most_common(12),
    }


def main(argv: list[str] | None = None) -> None:
    from sitroom.nlp import MODEL_NAME

    args = argv if argv is not None else sys.argv[1:]
    paths = [a for a in args if not a.startswith("--")]
    root = Path(paths[0] if paths else "../shared/eval")
    try:
        from sitroom.pipeline import load_nlp

        nlp = load_nlp()
    except ImportError:
        import spacy

        nlp = spacy.load(MODEL_NAME)
    split = "test" if "--test" in args else "dev"  # report test; tune on dev only
    print(f"case2021-task2 {split}:", eval_case2021(nlp, root / "case2021-task2", split))
    acled = root / "acled"
    iraq_syria = acled / "acled_iraq_syria_2020-05.csv"
    print(f"acled iraq/syria {split}:", eval_acled_notes(nlp, iraq_syria, split))
    if "--global" in args:  # all regions: a check on generalization
        glob = acled / "acled_global_2020-04-28_2020-05-09.csv"
        print(f"acled global {split}:", eval_acled_notes(nlp, glob, split))


if __name__ == "__main__":
    main()
