"""Bundled gold readers; importing this package registers them (see `sitroom.eval.gold`)."""

from sitroom.eval.readers import (  # noqa: F401  (imported to register)
    acled,
    case2021,
    jsonl,
    pitf,
    plover,
    realnews,
    ucdp,
)
