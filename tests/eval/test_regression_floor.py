"""CI regression guard: dev-split eval on a few fast gold sets must stay above its floors.

The floors live in floors.yaml beside this file. Skips when ../shared/eval is absent.
"""

from pathlib import Path

import pytest
import yaml

SHARED_EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
FLOORS = yaml.safe_load((Path(__file__).with_name("floors.yaml")).read_text("utf-8"))
CASES = sorted((FLOORS.get("floors") or {}).items())

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="gold sets (../shared/eval) absent"),
]


@pytest.fixture(scope="module")
def report(nlp):
    from sitroom.eval.runner import evaluate

    return evaluate(
        SHARED_EVAL, split="dev", limit=FLOORS["limit"], names=FLOORS["readers"], geoparsing=False
    )


def lookup(report: dict, path: str) -> float:
    """``acled.fields.event_type.acc`` → report["readers"]["acled"]["fields"]["event_type"]..."""
    node = report["readers"]
    for part in path.split("."):
        node = node[part]
    return float(node or 0.0)


def test_floors_are_set():
    assert CASES, "floors.yaml lists no floors"


def test_no_article_crashes_the_pipeline(report):
    assert report["errors"]["count"] == 0, report["errors"]["first"]


@pytest.mark.parametrize(("path", "floor"), CASES, ids=[c[0] for c in CASES])
def test_metric_stays_above_floor(report, path, floor):
    assert lookup(report, path) >= floor
