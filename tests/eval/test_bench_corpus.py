"""The benchmark's corpus builder (the benchmark itself is never run as a test)."""

from sitroom.bench.pipeline import build_corpus
from sitroom.model import Article


def arts(prefix, n, words):
    return [Article(text=" ".join([f"{prefix}{i}"] * words)) for i in range(n)]


def test_corpus_takes_sets_round_robin_until_both_targets_are_met():
    examples = arts("ex", 2, 50)
    sets = [arts("a", 100, 10), arts("b", 100, 30)]
    corpus = build_corpus(examples, sets, articles=10, words=300)
    assert corpus[:2] == examples
    assert len(corpus) >= 10 and sum(a.word_count for a in corpus) >= 300
    rest = [a.text.split()[0][0] for a in corpus[2:]]
    assert rest[:4] == ["a", "b", "a", "b"]


def test_corpus_repeats_examples_when_there_is_no_gold():
    corpus = build_corpus(arts("ex", 3, 20), [], articles=10, words=100)
    assert len(corpus) >= 10


def test_corpus_stops_when_sets_run_out():
    corpus = build_corpus([], [arts("a", 3, 5)], articles=100, words=10_000)
    assert len(corpus) == 3
