"""How well fusion merges: pairwise precision and recall over reports.

Gold says which occurrence each report describes; the store says which canonical events
each report's mentions ended in. Two reports are *merged* when they share an event. A
pair of reports of the same occurrence that is merged is a true positive; a merged pair
of different occurrences a false positive; an unmerged same-occurrence pair a false
negative. Extra or missing extractions cost only the pairs they break.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from itertools import combinations


@dataclass(frozen=True)
class MergeScore:
    reports: int
    true_pairs: int  # same-occurrence pairs in gold
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        d = asdict(self)
        d.update(
            precision=round(self.precision, 4), recall=round(self.recall, 4), f1=round(self.f1, 4)
        )
        return d


def pairwise(gold: Mapping[str, str], predicted: Mapping[str, set[str]]) -> MergeScore:
    """gold: report → occurrence label; predicted: report → canonical event ids it fed."""
    reports = sorted(gold)
    tp = fp = fn = true_pairs = 0
    for a, b in combinations(reports, 2):
        same = gold[a] == gold[b]
        merged = bool(predicted.get(a, set()) & predicted.get(b, set()))
        true_pairs += same
        tp += same and merged
        fp += merged and not same
        fn += same and not merged
    return MergeScore(len(reports), true_pairs, tp, fp, fn)
