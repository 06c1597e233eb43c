"""The options `extract` and `ingest` share for how extraction runs: worker processes and
the bounds on one article's work, and the extractor they build."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from sitroom.cli.app import fail

WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        help="Extraction processes (default: one per core, none for 16 articles or fewer); "
             "this process writes the store. 0: extract in this process.",
    ),
]
MaxCharsOpt = Annotated[
    int | None,
    typer.Option("--max-chars", help="Longest article extracted, in characters (default 200000); "
                                     "longer ones are refused by name."),
]
MaxSentenceOpt = Annotated[
    int | None,
    typer.Option("--max-sentence-words", help="Longest sentence in tokens (default 120); "
                                              "longer runs are cut, with a warning."),
]
TimeoutOpt = Annotated[
    float | None,
    typer.Option("--article-timeout", help="Seconds one article may take (default 60); "
                                           "then it is skipped and recorded as failed."),
]


def limits_from(max_chars: int | None, max_sentence: int | None, timeout: float | None):
    """The default limits (sitroom/ingest/data/ingest.yaml) with the user's options."""
    from sitroom.errors import ConfigError
    from sitroom.ingest.limits import default_limits

    try:
        return default_limits().with_options(
            max_article_chars=max_chars, max_sentence_tokens=max_sentence, article_seconds=timeout
        )
    except ConfigError as exc:
        raise fail(str(exc), 2) from None


def build_pipeline(actors: list[Path] | None, max_sentence_tokens: int | None = None):
    """The pipeline for this run; a missing --actors file or a bad component is one line."""
    from sitroom.pipeline import Pipeline, Settings

    for path in actors or []:
        if not path.is_file():
            raise fail(f"actor dictionary {path} not found: check the --actors path", 2)
    try:
        return Pipeline(settings=Settings(
            actor_files=[str(p) for p in actors or []], max_sentence_tokens=max_sentence_tokens,
        ))
    except (OSError, ValueError) as exc:
        raise fail(f"cannot build the pipeline: {exc}") from None


def build_extractor(workers: int | None, actors: list[Path] | None, limits, articles: int):
    """A WorkerPool of ``workers`` processes (never more than there are articles), or, with
    0, the pipeline in this process."""
    from sitroom.ingest.extractors import InlineExtractor
    from sitroom.ingest.pool import CHUNK_ARTICLES, WorkerConfig, WorkerPool

    if workers is None:  # a few articles: parsing here beats starting processes
        per_chunk = CHUNK_ARTICLES
        count = 0 if articles <= per_chunk else min(os.cpu_count() or 1, -(-articles // per_chunk))
    else:
        count = workers
    if count < 0:
        raise fail(f"--workers must be 0 or more, not {count}", 2)
    if count == 0:
        return InlineExtractor(build_pipeline(actors, limits.max_sentence_tokens), limits)
    for path in actors or []:
        if not path.is_file():
            raise fail(f"actor dictionary {path} not found: check the --actors path", 2)
    config = WorkerConfig(
        actor_files=tuple(str(p) for p in actors or []),
        max_sentence_tokens=limits.max_sentence_tokens,
    )
    return WorkerPool(max(1, min(count, articles)), config, limits)
