"""Evaluation against gold sets (`sitroom eval`): readers, one-to-one matcher, metrics.

    from sitroom.eval import evaluate
    report = evaluate(Path("../shared/eval"), split="dev", limit=200)

Gold readers register by name (`sitroom.eval.gold.reader`); every set becomes
`GoldDocument`s whose events are dicts of ACLED columns; `sitroom.eval.score` aligns
predictions one-to-one with gold and counts; `summarize` turns counts into P/R/F1.
"""

from sitroom.eval.gold import GoldDocument, Reader, load, reader, readers, split_of
from sitroom.eval.runner import evaluate
from sitroom.eval.score import align, score_document, summarize

__all__ = [
    "GoldDocument",
    "Reader",
    "align",
    "evaluate",
    "load",
    "reader",
    "readers",
    "score_document",
    "split_of",
    "summarize",
]
