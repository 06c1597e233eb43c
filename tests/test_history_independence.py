"""A report's records never depend on what the process read before it: each target report
of `tests/history_check.py` (Ukraine's Avdiivka, Nigeria's Zamfara, Lebanon's or Libya's
Tripoli, Somalia's Hiraan) gives the same records alone, in a fresh interpreter, as after
other reports of the same and other wars. Per-process caches keyed too loosely, first-use
loads that answer otherwise later, or per-article state kept on a shared object would
make them differ."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the check forks a loaded pipeline"),
]

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def runs() -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "tests.history_check"], cwd=ROOT, capture_output=True, text=True,
        check=False, timeout=900,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_each_report_has_records(runs):
    assert all(records for records in runs["alone"])


def test_a_report_read_after_others_gives_the_records_it_gives_alone(runs):
    for alone, after in zip(runs["alone"], runs["after"], strict=True):
        assert after == alone
