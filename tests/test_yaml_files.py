"""Every YAML data file the package ships has each key once per mapping.

YAML keeps the last of two equal keys without a word, so a second `local_km` written
for another rule silently changed the first rule's number. The check composes the node
tree (the parsed values have already lost the first key)."""

from pathlib import Path

import pytest
import yaml

import sitroom
from sitroom import yamlio

PACKAGE = Path(sitroom.__file__).parent
FILES = sorted(PACKAGE.rglob("*.yaml"))


def duplicate_keys(text: str) -> list[str]:
    """'key (line N)' for each key written again in the same mapping."""
    found: list[str] = []
    stack = [yaml.compose(text, Loader=yaml.SafeLoader)]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        found.append(f"{key.value} (line {key.start_mark.line + 1})")
                    seen.add(key.value)
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return found


def test_the_check_finds_a_key_written_twice():
    assert duplicate_keys("a: 1\nb:\n  c: 2\n  c: 3\n") == ["c (line 4)"]
    assert duplicate_keys("a: 1\nb: [{c: 2}, {c: 3}]\n") == []


def test_the_package_ships_yaml_files():
    assert len(FILES) > 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_key_is_written_twice(path):
    assert duplicate_keys(path.read_text(encoding="utf-8")) == []


LANG_FILES = sorted((PACKAGE / "lang").rglob("*.yaml"))


def non_string_words(value, path: str = "") -> list[str]:
    """'path[i] = value' for each item of a list that is no string (a bare `on`, `no` or
    `yes` reads as a boolean in YAML 1.1, a bare `1` as a number)."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            found += non_string_words(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, (dict, list)):
                found += non_string_words(item, f"{path}[{i}]")
            elif not isinstance(item, str):
                found.append(f"{path}[{i}] = {item!r}")
    return found


def test_the_word_check_finds_a_bare_yaml_boolean():
    assert non_string_words(yamlio.safe_load("preps: [at, on, with]\n")) == ["preps[1] = True"]
    assert non_string_words(yamlio.safe_load('preps: [at, "on", with]\n')) == []


@pytest.mark.parametrize("path", LANG_FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_word_list_holds_only_strings(path):
    assert non_string_words(yamlio.safe_load(path.read_text(encoding="utf-8"))) == []
