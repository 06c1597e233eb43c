"""Reading and merging actor data files: the shipped YAML, then each user file over it.

A user file is YAML with any of the top-level lists `actors`, `states`, `classes` (same
fields as the shipped files), or a CSV with columns name, inter, country, kind, aliases,
affiliations (lists separated by ";"). Entries merge by `name` / `country` / `key`: given
fields replace the shipped ones, and `aliases` (and generic `heads`) are added to them.
"""

from __future__ import annotations

import csv
from copy import deepcopy
from pathlib import Path
from typing import Any

import yaml

from sitroom import yamlio
from sitroom.actors.identity import identity_entries, read_identity
from sitroom.errors import ConfigError

DATA_DIR = Path(__file__).parent / "data"
SHIPPED = ("states.yaml", "actors.yaml", "generics.yaml")
_ADDITIVE = ("aliases", "heads", "nationality_heads", "names", "demonyms", "military_only")
_KEYS = {"actors": "name", "states": "country", "classes": "key"}


class ActorFileError(ConfigError):
    """An actor dictionary file (shipped or --actors) that cannot be read."""


def read_file(path: str | Path) -> dict[str, Any]:
    """One data file as {"actors": [...], "states": [...], "classes": [...], ...}."""
    path = Path(path)
    if not path.exists():
        raise ActorFileError(f"actor file not found: {path}; check the --actors path")
    if path.suffix.lower() in (".csv", ".tsv"):
        return {"actors": _read_csv(path)}
    try:
        data = yamlio.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise ActorFileError(f"{path}: not valid YAML{where} ({problem}): fix the file") from None
    except UnicodeDecodeError:
        raise ActorFileError(f"{path}: not UTF-8 text: re-save the file as UTF-8") from None
    if not isinstance(data, dict):
        raise ActorFileError(
            f"{path}: expected a mapping with 'actors', 'states' or 'classes'"
            " (sitroom/actors/data/actors.yaml shows the format)"
        )
    return data


def _read_csv(path: Path) -> list[dict[str, Any]]:
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter=delimiter):
            name = (row.get("name") or "").strip()
            if not name:
                continue
            entry: dict[str, Any] = {"name": name}
            for field in ("country", "kind"):
                if (row.get(field) or "").strip():
                    entry[field] = row[field].strip()
            if (row.get("inter") or "").strip():
                entry["inter"] = int(row["inter"])
            for field in ("aliases", "affiliations"):
                items = [a.strip() for a in (row.get(field) or "").split(";") if a.strip()]
                if items:
                    entry[field] = items
            rows.append(entry)
    return rows


def merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """`extra` over `base`: lists of entries merge by their key field; other values replace."""
    out = deepcopy(base)
    for section, value in extra.items():
        key_field = _KEYS.get(section)
        if key_field is None or not isinstance(value, list):
            if isinstance(value, list) and isinstance(out.get(section), list):
                out[section] = _union(out[section], value)
            else:
                out[section] = value
            continue
        entries = out.setdefault(section, [])
        index = {e.get(key_field): i for i, e in enumerate(entries)}
        for entry in value:
            if not isinstance(entry, dict) or key_field not in entry:
                raise ActorFileError(
                    f"each item of {section!r} needs a {key_field!r}: add it to the entry"
                    f" {str(entry)[:60]}"
                )
            at = index.get(entry[key_field])
            if at is None:
                index[entry[key_field]] = len(entries)
                entries.append(deepcopy(entry))
            else:
                entries[at] = _merge_entry(entries[at], entry)
    return out


def _merge_entry(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    merged = deepcopy(old)
    for field, value in new.items():
        if field in _ADDITIVE and isinstance(value, list):
            merged[field] = _union(merged.get(field) or [], value)
        else:
            merged[field] = deepcopy(value)
    return merged


def _union(first: list[Any], second: list[Any]) -> list[Any]:
    out = list(first)
    out.extend(v for v in second if v not in out)
    return out


def load_data(extra_files: tuple[str, ...] = ()) -> dict[str, Any]:
    """The shipped data with the user's files merged over it, in order."""
    data: dict[str, Any] = {}
    for name in SHIPPED:
        data = merge(data, read_file(DATA_DIR / name))
    data = merge(data, {"actors": identity_entries(read_identity())})
    for path in extra_files:
        data = merge(data, read_file(path))
    return data
