"""The project's YAML data files, parsed by libyaml when PyYAML was built with it.

PyYAML's pure-Python parser takes about ten times as long as its libyaml binding for
the same data, and every worker process reads the lexicons, word lists and actor
files again at start. Both build the same Python values (plain safe types).
"""

from __future__ import annotations

from typing import Any

import yaml

#: libyaml's safe loader, else PyYAML's own.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """`yaml.safe_load`, through libyaml where it is installed."""
    return yaml.load(text, Loader=LOADER)  # noqa: S506 - a safe loader
