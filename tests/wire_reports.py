"""What the real-length wire-report tests of each stop share (`tests/test_wire_reports_*.py`):
reading a report file (its first line the publication date), running it once per module, and
checking that one of its records has the fields a coder would give."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sitroom.model import Article

FIELDS = ("location", "admin1", "event_type", "sub_event_type", "event_date", "fatalities", "status")


def report_runner(pipeline, reports: Path) -> Callable[[str], list]:
    """The event records of report ``name`` in ``reports``, extracted once and remembered."""
    runs: dict[str, list] = {}

    def run(name: str) -> list:
        if name not in runs:
            published, _, text = (reports / f"{name}.txt").read_text().partition("\n")
            article = Article(text=text.strip() + "\n", published=date.fromisoformat(published.strip()))
            runs[name] = [e for e in pipeline.extract(article) if e.record_kind == "event"]
        return runs[name]

    return run


def _row(event) -> tuple:
    return tuple(str(getattr(event, f)) if f == "event_date" else getattr(event, f) for f in FIELDS)


def _matches(event, want: tuple) -> bool:
    return all(w is None or g == w for g, w in zip(_row(event), want, strict=True))


def assert_record(records: list, want: tuple) -> None:
    """One of the report's event records has every field ``want`` gives (None: unchecked)."""
    assert any(_matches(e, want) for e in records), (want, [_row(e) for e in records])
