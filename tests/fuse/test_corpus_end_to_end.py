"""The synthetic multi-source corpus through the real pipeline and store (slow: spaCy).

Floors, not targets: today's figures are printed (run with -s) and kept in the report.
Misses are mostly places the geo stage does not resolve yet (a mention with no place
cannot be fused); wrong merges must stay at zero.
"""

from __future__ import annotations

import pytest

from sitroom.store import open_store
from tests.fuse import corpus

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus_run(pipeline, tmp_path_factory):
    store = open_store(str(tmp_path_factory.mktemp("corpus") / "corpus.db"))
    out = corpus.run(pipeline, store)
    yield out, store
    store.close()


def test_merging_precision_and_recall(corpus_run):
    out, _ = corpus_run
    s = out["score"]
    print(
        f"\nmerge precision {s.precision:.3f} recall {s.recall:.3f} (tp {s.tp} fp {s.fp}"
        f" fn {s.fn}); {out['events']} events for {out['occurrences']} occurrences"
    )
    assert out["ingest"].ok and out["ingest"].articles_stored == s.reports
    assert s.precision >= 0.9
    assert s.recall >= 0.4


def test_the_syndicated_copy_is_linked(corpus_run):
    out, store = corpus_run
    assert out["copies"] == 1
    label, outlet, published, text = corpus.COPY
    copy = next(a for lab, a in corpus.articles() if a.source == outlet)
    original = store.original_of(copy.id)
    assert store.get_article(original).source == "Gulf Wire"


def test_reingesting_the_corpus_adds_nothing(corpus_run, pipeline):
    from sitroom.ingest.service import ingest

    out, store = corpus_run
    again = ingest([a for _, a in corpus.articles()], store, pipeline)
    assert again.articles_stored == 0 and store.count_events() == out["events"]
