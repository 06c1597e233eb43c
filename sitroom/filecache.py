"""Answers worked out from versioned inputs, kept between runs in the user's cache folder.

A file is named by a digest of everything its content depends on, so changed inputs name
another file, and writing one drops all but the newest few files of its kind. A missing,
unreadable or unwritable cache only means the answer is worked out again.
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
    """The cache folder; never created here (a write creates it)."""
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
    """Write atomically (concurrent processes may build at once), then prune its kind.

    A failed write leaves no temporary file and raises nothing: the answer is simply worked
    out again next time."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
        os.replace(tmp, path)
        tmp = None
    except (OSError, TypeError, ValueError):
        return
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    prune(path.parent, prefix, KEEP)


#: How many files of one kind stay: trees or installs that differ (two checkouts, two
#: language packs) each keep their own answer instead of deleting each other's every run.
KEEP = 4


def prune(folder: Path, prefix: str, keep: int) -> None:
    """Drop all but the ``keep`` newest ``prefix*.json`` files (answers for old inputs)."""
    with contextlib.suppress(OSError):
        found = []
        for file in folder.glob(f"{prefix}*.json"):
            with contextlib.suppress(OSError):
                found.append((file.stat().st_mtime, file))
        found.sort(key=lambda pair: pair[0], reverse=True)
        for _, old in found[keep:]:
            old.unlink(missing_ok=True)
