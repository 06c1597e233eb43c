"""The place-name patterns kept in the cache folder are the patterns the sources give."""

from __future__ import annotations

import pytest

from sitroom.filecache import CACHE_ENV, read_json
from sitroom.geo import patterns


def _as_set(found: list[dict]) -> set[tuple[str, str, str]]:
    # spellings that differ only in case are one pattern (the ruler matches lower case)
    return {(p["label"], p["pattern"].lower(), p["id"]) for p in found}


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    return tmp_path


def test_cold_then_warm_give_the_sources_patterns(cache, monkeypatch):
    cold = patterns.cached_patterns()
    files = list(cache.glob(f"{patterns.CACHE_PREFIX}*.json"))
    assert len(files) == 1
    built = patterns.build_patterns()
    assert _as_set(cold) == _as_set(built) and len(cold) == len(built)

    def no_build() -> list[dict]:
        raise AssertionError("the warm cache must not read the sources")

    monkeypatch.setattr(patterns, "build_patterns", no_build)
    assert patterns.cached_patterns() == cold


def test_a_broken_file_is_built_again(cache):
    patterns.cached_patterns()
    (path,) = cache.glob(f"{patterns.CACHE_PREFIX}*.json")
    path.write_text("[{\"label\": ", encoding="utf-8")
    again = patterns.cached_patterns()
    assert _as_set(again) == _as_set(patterns.build_patterns())
    assert read_json(path) == again  # written whole again


def test_a_changed_input_names_another_file(cache, monkeypatch):
    first = patterns._digest()
    monkeypatch.setattr(patterns, "BIG_CITY", patterns.BIG_CITY + 1)
    assert patterns._digest() != first


def test_an_edited_data_file_names_another_file(cache, monkeypatch, tmp_path):
    """Every data file the patterns depend on is read into the digest, by content (the
    letter table `normalize` folds names with included)."""
    first = patterns._digest()
    for name in patterns.DIGESTED_DATA:
        copy = tmp_path / name
        copy.write_bytes((patterns.DATA / name).read_bytes())
    monkeypatch.setattr(patterns, "DATA", tmp_path)
    assert patterns._digest() == first
    for name in patterns.DIGESTED_DATA:
        copy = tmp_path / name
        original = copy.read_bytes()
        copy.write_bytes(original + b"\n")
        assert patterns._digest() != first, name
        copy.write_bytes(original)


def test_an_unwritable_cache_still_gives_the_patterns(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocked / "cache"))  # under a file: cannot be a folder
    assert _as_set(patterns.cached_patterns()) == _as_set(patterns.build_patterns())


def test_a_package_file_laid_out_otherwise_still_gives_a_digest(cache, monkeypatch, tmp_path):
    first = patterns._digest()
    monkeypatch.setattr(patterns, "_package_files", lambda: [tmp_path / "no-such-file.json"])
    assert patterns._digest() != first
