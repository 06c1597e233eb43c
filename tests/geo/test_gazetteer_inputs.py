"""`make` rebuilds the gazetteer when a file its digest reads changes.

The package calls a built gazetteer stale when `input_digest` differs; the Makefile decides
to rebuild by the files in GAZ_INPUTS. A file the digest reads but the Makefile does not
name (the outlines module, the language pack's kind words) leaves a pulled checkout with a
stale gazetteer that `make test` does not rebuild."""

from __future__ import annotations

import glob
import re
from pathlib import Path

from sitroom.geo import build

ROOT = Path(__file__).resolve().parents[2]


def _make_inputs() -> set[Path]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    found = re.search(r"^GAZ_INPUTS\s*:=\s*\$\(wildcard (.*)\)\s*$", text, re.MULTILINE)
    assert found, "the Makefile has no GAZ_INPUTS := $(wildcard ...) line"
    paths: set[Path] = set()
    for pattern in found.group(1).split():
        paths.update(Path(p).resolve() for p in glob.glob(str(ROOT / pattern)))
    return paths


def _digest_reads(monkeypatch) -> set[Path]:
    read: set[Path] = set()
    original = Path.read_bytes

    def recording(self: Path) -> bytes:
        read.add(self.resolve())
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", recording)
    build.input_digest()
    return read


def test_every_file_the_digest_reads_is_a_make_input(monkeypatch):
    reads = _digest_reads(monkeypatch)
    assert len(reads) > 20  # the data files, the pack's word files, the builder modules
    missing = sorted(str(p.relative_to(ROOT)) for p in reads - _make_inputs())
    assert missing == []


def test_the_outlines_module_is_among_them(monkeypatch):
    """The case that slipped: build_areas decodes outlines with sitroom/outlines.py."""
    assert (ROOT / "sitroom" / "outlines.py").resolve() in _digest_reads(monkeypatch)
    assert (ROOT / "sitroom" / "outlines.py").resolve() in _make_inputs()
