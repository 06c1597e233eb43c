"""Bounds on the work one article may cost (defaults in data/ingest.yaml, each overridable).

An article over `max_article_chars` is refused by name; a sentence over
`max_sentence_tokens` is cut before parsing (see `sitroom.nlp.sentence_cap`) with a
warning; an article still running after `article_seconds` in a worker process is stopped
and recorded as failed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from sitroom import yamlio
from sitroom.errors import ConfigError
from sitroom.ingest.base import IngestError
from sitroom.model import Article
from sitroom.nlp.sentence_cap import default_max_tokens

DATA = Path(__file__).parent / "data" / "ingest.yaml"
_SENTENCE_END = re.compile(r"[.!?…。؟]\s|\n")


#: The command-line option that sets each limit, for messages.
OPTIONS = {
    "max_article_chars": "--max-chars", "max_sentence_tokens": "--max-sentence-words",
    "article_seconds": "--article-timeout", "ingest_queue": "--ingest-queue",
}


@dataclass(frozen=True)
class Limits:
    max_article_chars: int = 200_000
    max_sentence_tokens: int = 120
    article_seconds: float = 60.0
    ingest_queue: int = 64

    def with_options(self, **options: float | int | None) -> Limits:
        """These limits with the options the user gave (None: keep), each checked."""
        given = {k: v for k, v in options.items() if v is not None}
        for name, value in given.items():
            if value <= 0:
                raise ConfigError(f"{OPTIONS.get(name, name)} must be positive, not {value}")
        return replace(self, **given)


@lru_cache(maxsize=1)
def default_limits() -> Limits:
    data = yamlio.safe_load(DATA.read_text(encoding="utf-8"))["limits"]
    return Limits(**data, max_sentence_tokens=default_max_tokens())


def check_article(article: Article, limits: Limits) -> IngestError | list[str]:
    """An error if the article is over the size limit, else warnings about what will be
    cut (a run of words longer than the sentence limit, estimated from the text)."""
    where = article.origin or article.id
    if len(article.text) > limits.max_article_chars:
        return IngestError(
            where,
            f"article is {len(article.text):,} characters, over the limit of "
            f"{limits.max_article_chars:,} (--max-chars): split it into its reports",
        )
    longest = max((len(run.split()) for run in _SENTENCE_END.split(article.text)), default=0)
    if longest > limits.max_sentence_tokens:
        return [
            f"{where}: a sentence of about {longest:,} words was cut every "
            f"{limits.max_sentence_tokens} tokens (--max-sentence-words)"
        ]
    return []
