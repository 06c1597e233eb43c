"""Answers worked out from versioned inputs, kept between runs in the user's cache folder.

A file is named by a digest of everything its content depends on, so changed inputs name
another file, and writing one drops the older files of its kind. A missing, unreadable or
unwritable cache only means the answer is worked out again (`sitroom.nlp.ruler_cache`:
the entity ruler's phrase words; `sitroom.geo.patterns`: its place-name patterns).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

#: Where the cache lives: this variable, else $XDG_CACHE_HOME/sitroom, else ~/.cache/sitroom.
CACHE_ENV = "SITROOM_CACHE"


def cache_dir() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitroom"


def read_json(path: Path) -> Any | None:
    """The file's JSON, or None when it is missing or unreadable."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(path: Path, data: Any, prefix: str) -> None:
    """Write atomically (concurrent processes may build at once); drop the other files
    named ``prefix*.json`` beside it (answers for inputs that have changed)."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
        os.replace(tmp, path)
        for old in path.parent.glob(f"{prefix}*.json"):
            if old != path:
                old.unlink(missing_ok=True)
