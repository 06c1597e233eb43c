"""Run the pipeline over gold documents and gather the scores into one report dict."""

from __future__ import annotations

import importlib
import importlib.util
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from sitroom.errors import InputError, explain
from sitroom.eval.fusion_dev import FUSION, fusion_folders, fusion_report
from sitroom.eval.gold import GoldDocument, load, readers
from sitroom.eval.readers.plover import PLOVER_NOTE
from sitroom.eval.score import align, in_scope, score_document, strict_ok, summarize
from sitroom.model import Article, Event

GEOPARSING = "geoparsing"
CHUNK = 256

Extractor = Callable[[list[Article]], Iterator[list[Event]]]


def article_of(doc: GoldDocument) -> Article:
    return Article(
        text=doc.text,
        source=doc.source,
        published=doc.published,
        origin=f"{doc.reader}:{doc.doc_id}",
    )


def pipeline_extractor(batch_size: int = 64, n_process: int = 1) -> tuple[Extractor, Any]:
    """An extractor over the default pipeline that survives one bad document.

    A chunk is parsed in batch; if a stage raises, that chunk is redone one article at a
    time and the failing article counts as yielding no events (and as an error).
    """
    from sitroom.pipeline import Pipeline

    pipeline = Pipeline()
    errors: list[str] = []

    def extract(articles: list[Article]) -> Iterator[list[Event]]:
        for start in range(0, len(articles), CHUNK):
            chunk = articles[start : start + CHUNK]
            try:
                results = [ev for _, ev in pipeline.extract_many(chunk, batch_size, n_process)]
            except Exception:  # noqa: BLE001 - redo one by one to isolate the bad article
                results = []
                for article in chunk:
                    try:
                        results.append(pipeline.extract(article))
                    except Exception as exc:  # noqa: BLE001
                        errors.append(f"{article.origin}: {explain(exc)}")
                        results.append([])
            yield from results

    extract.errors = errors  # type: ignore[attr-defined]
    return extract, pipeline


def dump_record(doc: GoldDocument, events: list[Event]) -> dict[str, Any]:
    """Everything needed to see why a document scored as it did."""
    scored = [e for e in in_scope(events, doc) if e.status != "background"]
    if doc.scheme == "acled":  # as `score_document`: statements are not ACLED events
        scored = [e for e in scored if e.record_kind != "statement"]
    pairs = align(scored, doc.events, doc.scheme)
    keep = (
        "event_type",
        "sub_event_type",
        "plover_type",
        "actor1",
        "actor2",
        "country",
        "admin1",
        "admin2",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "event_date",
        "time_precision",
        "fatalities",
        "status",
        "record_kind",
        "confidence",
    )
    return {
        "reader": doc.reader,
        "doc_id": doc.doc_id,
        "split": doc.split,
        "text": doc.text,
        "published": doc.published,
        "gold": doc.events,
        "pred": [{k: e.to_record()[k] for k in keep} for e in events],
        "scored": [events.index(e) for e in scored],
        "pairs": [
            {
                "pred": events.index(scored[i]),
                "gold": j,
                "detected": strict_ok(scored[i], doc.events[j]),
            }
            for i, j in pairs
        ],
    }


def group_key(doc: GoldDocument, by: str | None) -> str:
    """The value of field ``by`` for a document (its first gold event's, else its meta's)."""
    if not by:
        return ""
    for source in (*doc.events[:1], doc.meta):
        value = source.get(by)
        if value not in (None, ""):
            return str(value)
    if by == "split":
        return doc.split
    return "(none)"


def evaluate(
    gold: Path,
    split: str | None = "dev",
    limit: int | None = None,
    names: Iterable[str] = (),
    by: str | None = None,
    extractor: Extractor | None = None,
    geoparsing: bool = True,
    n_process: int = 1,
    progress: Callable[[str], None] | None = None,
    dump: Path | None = None,
    fusion_orders: int = 0,
) -> dict[str, Any]:
    """Score every recognized gold set under ``gold``; the dict `sitroom eval --json` prints.

    ``dump`` writes one JSON line per document (gold, predictions, alignment) for error
    analysis; only on the dev split, since looking at test errors is tuning on test.
    """
    if dump is not None and split != "dev":
        raise InputError("--dump is for the dev split only (tune on dev, report test): add --split dev")
    dump_file = dump.open("w", encoding="utf-8") if dump is not None else None
    names = [n for n in names if n]
    started = time.perf_counter()
    docs_by_reader = load(
        gold, split=split, limit=limit, names=[n for n in names if n not in (GEOPARSING, FUSION)]
    )
    if names and set(names) <= {GEOPARSING, FUSION}:
        docs_by_reader = {}
    pipeline = None
    if extractor is None and docs_by_reader:
        extractor, pipeline = pipeline_extractor(n_process=n_process)
    report: dict[str, Any] = {
        "gold": str(gold),
        "split": split or "all",
        "limit": limit,
        "by": by,
        "readers": {},
        "notes": [],
    }
    registry = readers()
    words = 0
    for name, docs in docs_by_reader.items():
        if progress:
            progress(f"{name}: {len(docs)} documents")
        assert extractor is not None
        report["readers"][name], n_words = _score_reader(
            registry[name], docs, extractor, by, dump_file
        )
        words += n_words
        if name == "plover":
            report["notes"].append(PLOVER_NOTE)
    if (not names or FUSION in names) and split != "test":
        for folder in fusion_folders(gold):  # all dev: real multi-outlet coverage
            if extractor is None:
                extractor, pipeline = pipeline_extractor(n_process=n_process)
            report.setdefault(FUSION, {})[folder.name] = fusion_report(
                folder, extractor, orders=fusion_orders, progress=progress
            )
    if geoparsing and (not names or GEOPARSING in names) and geoparsing_folder(gold):
        if progress:
            progress("geoparsing (sitroom.eval.geoparsing)")
        geo = geoparsing_report(gold, split)
        if geo is not None:
            report[GEOPARSING] = geo
    if dump_file is not None:
        dump_file.close()
    errors = getattr(extractor, "errors", [])
    report["errors"] = {"count": len(errors), "first": errors[:5]}
    elapsed = time.perf_counter() - started
    report["run"] = {
        "seconds": elapsed,
        "words": words,
        "words_per_s": words / elapsed if elapsed else None,
    }
    if pipeline is not None:
        report["run"]["stage_seconds"] = dict(pipeline.timings)
    return report

def _score_reader(
    rdr: Any, docs: list[GoldDocument], extractor: Extractor, by: str | None, dump_file: Any
) -> tuple[dict[str, Any], int]:
    """One gold set's scores (and per-group scores with ``by``), and how many words it read."""
    total: Counter = Counter()
    groups: dict[str, Counter] = {}
    words = 0
    predictions = extractor([article_of(d) for d in docs])
    for doc, events in zip(docs, predictions, strict=True):
        counts = score_document(doc, events, rdr.fields)
        total.update(counts)
        if dump_file is not None:
            dump_file.write(json.dumps(dump_record(doc, events), default=str) + "\n")
        if by:
            groups.setdefault(group_key(doc, by), Counter()).update(counts)
        words += len(doc.text.split())
    entry = {"note": rdr.note, **summarize(total)}
    if by:
        entry["by_group"] = {k: summarize(v) for k, v in sorted(groups.items())}
    return entry, words



def geoparsing_folder(gold: Path) -> Path | None:
    if gold.is_dir() and gold.name == GEOPARSING:
        return gold
    if gold.is_dir() and (gold / GEOPARSING).is_dir():
        return gold / GEOPARSING
    return None


def geoparsing_report(gold: Path, split: str | None) -> dict[str, Any] | None:
    """The geo stage's own geoparsing scores, when that stage provides an evaluator."""
    folder = geoparsing_folder(gold)
    if folder is None:
        return None
    try:
        if importlib.util.find_spec("sitroom.eval.geoparsing") is None:
            return None
        module = importlib.import_module("sitroom.eval.geoparsing")
        return dict(module.evaluate_geoparsing(folder, split or "dev"))
    except Exception as exc:  # noqa: BLE001 - another stage's evaluator must not sink ours
        return {"error": explain(exc)}
