"""Components that misbehave on purpose, importable by worker processes (WorkerConfig.imports)."""

from __future__ import annotations

import time

from sitroom.components import component


@component("stall_on_marker")
def _stall(settings):
    """Hangs on one article, as a pathological extractor would."""

    def run(ctx):
        if "STALL" in ctx.article.text:
            time.sleep(3600)

    return run


@component("crash_on_marker")
def _crash(settings):
    """Fails on one article, as a broken extractor would."""

    def run(ctx):
        if "CRASH" in ctx.article.text:
            raise RuntimeError("extractor crashed")

    return run


@component("warn_on_marker")
def _warn(settings):
    """Reports something about one article, as a stage that skipped a sentence does."""

    def run(ctx):
        if "WARN" in ctx.article.text:
            ctx.warnings.append("test: sentence at 0 skipped: marker seen")

    return run
