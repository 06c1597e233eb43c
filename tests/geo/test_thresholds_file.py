"""The geo thresholds file names each number once: YAML keeps the last of two equal keys
silently, so two modules that chose one name would share one number without a word."""

from __future__ import annotations

from collections import Counter

import yaml

from sitroom.geo.thresholds import DATA


def _duplicate_keys(text: str) -> list[str]:
    """Keys written twice in any mapping of the YAML ``text``."""
    found: list[str] = []
    todo = [yaml.compose(text)]
    while todo:
        node = todo.pop()
        if isinstance(node, yaml.MappingNode):
            counts = Counter(k.value for k, _ in node.value)
            found += [k for k, n in counts.items() if n > 1]
            todo += [v for _, v in node.value]
    return found


def test_every_threshold_is_named_once():
    assert _duplicate_keys(DATA.read_text(encoding="utf-8")) == []


def test_a_name_written_twice_is_found():
    assert _duplicate_keys("a: 1\nb:\n  c: 2\n  c: 3\na: 4\n") in (["a", "c"], ["c", "a"])
