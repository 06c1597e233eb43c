"""Bounds on one article's work: long runs are cut before parsing, big articles refused."""

from __future__ import annotations

import pytest
import spacy

from sitroom.errors import ConfigError
from sitroom.ingest.base import IngestError
from sitroom.ingest.limits import Limits, check_article
from sitroom.model import Article
from sitroom.nlp.sentence_cap import cap_sentences


def test_a_run_on_is_cut_at_a_comma_in_the_second_half_of_each_window():
    clause = "fighters shelled the hills north of the town"  # 8 tokens, then a comma
    doc = spacy.blank("en").make_doc(", ".join([clause] * 30) + ".")
    cuts = cap_sentences(doc, 20)
    starts = [t.i for t in doc if t.is_sent_start and t.i > 0]
    assert cuts == len(starts) > 0
    assert all(doc[i - 1].text == "," for i in starts)
    edges = [0, *starts, len(doc)]
    assert max(b - a for a, b in zip(edges, edges[1:], strict=False)) <= 20


def test_without_soft_breaks_the_cut_is_at_the_limit_and_short_sentences_stay_whole():
    doc = spacy.blank("en").make_doc("killed " * 100)
    assert cap_sentences(doc, 30) == 3
    short = spacy.blank("en").make_doc("Rebels attacked the base. Two soldiers died.")
    assert cap_sentences(short, 30) == 0


def test_size_limit_refuses_by_name_and_long_runs_warn():
    limits = Limits(max_article_chars=100, max_sentence_tokens=10)
    big = check_article(Article(text="word " * 40, origin="a.txt"), limits)
    assert isinstance(big, IngestError) and "--max-chars" in big.message and big.origin == "a.txt"
    warned = check_article(Article(text="killed " * 12, origin="b.txt"), limits)
    assert warned and "cut every 10 tokens" in warned[0]
    assert check_article(Article(text="Two soldiers died. Rebels fled.", origin="c"), limits) == []


def test_limits_options_are_checked():
    with pytest.raises(ConfigError, match="--article-timeout must be positive"):
        Limits().with_options(article_seconds=0)
    assert Limits().with_options(max_article_chars=5, article_seconds=None).max_article_chars == 5
