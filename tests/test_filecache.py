"""The user's cache folder: atomic writes, a few answers kept per kind, failures cost nothing."""

from __future__ import annotations

import os

from sitroom.filecache import KEEP, read_json, write_json


def test_a_written_answer_reads_back(tmp_path):
    path = tmp_path / "words-abc.json"
    write_json(path, {"a": ["b"]}, "words-")
    assert read_json(path) == {"a": ["b"]}


def test_writing_keeps_the_newest_few_of_its_kind_and_leaves_other_kinds(tmp_path):
    for n in range(KEEP + 3):
        path = tmp_path / f"words-{n}.json"
        write_json(path, [n], "words-")
        os.utime(path, (1_000_000 + n, 1_000_000 + n))
    write_json(tmp_path / "other-1.json", [0], "other-")
    write_json(tmp_path / "words-new.json", ["new"], "words-")
    kept = sorted(p.name for p in tmp_path.glob("words-*.json"))
    assert len(kept) == KEEP
    assert "words-new.json" in kept and "words-0.json" not in kept
    assert (tmp_path / "other-1.json").exists()


def test_an_answer_that_cannot_be_written_leaves_nothing_behind(tmp_path):
    path = tmp_path / "words-x.json"
    write_json(path, {"not json": object()}, "words-")
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_missing_or_broken_file_reads_as_none(tmp_path):
    broken = tmp_path / "words-b.json"
    broken.write_text("{not json", encoding="utf-8")
    assert read_json(broken) is None
    assert read_json(tmp_path / "absent.json") is None
