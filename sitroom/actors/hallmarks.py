"""ACLED's unidentified gang: where an unnamed perpetrator's deed bears the marks of
organized crime, some theatres code it as a gang, not an armed group.

In Mexico and Brazil ACLED names the unknown killers of a drive-by shooting, or of a body
found bound, tortured or dismembered, or of a killing the report ties to cartels or a
drug dispute, as an unidentified gang ("Unidentified Gang (Mexico)"; in Brazil, where
police militias kill the same way, "Unidentified Gang and/or Police Militia"), and the
same unnamed men without those marks as an unidentified armed group. The theatres and
their labels are data (``data/conventions.yaml``, ``gang_hallmarks``), the marks English
words (the language pack's ``actors/words.yaml``, ``gang_hallmarks``).

    name_gang(event, article_text)
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from sitroom import yamlio
from sitroom.actors.text import fold
from sitroom.lang import pack_words
from sitroom.model import Event

DATA = Path(__file__).with_name("data") / "conventions.yaml"
_MARKS = pack_words("actors/words", "gang_hallmarks")
_UNNAMED = "Unidentified Armed Group"
_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    """Country → the label of its unidentified gang, for the theatres that code one."""
    raw = yamlio.safe_load(DATA.read_text(encoding="utf-8")) or {}
    return {row["country"]: row["label"] for row in raw.get("gang_hallmarks") or ()}


def _folded(text: str) -> str:
    return " ".join(fold(w) for w in _WORD.findall(text))


@lru_cache(maxsize=1)
def _marks() -> tuple[str, ...]:
    return tuple(f" {_folded(m)} " for m in sorted(_MARKS.value()))


def hallmark(text: str) -> str | None:
    """The first mark of organized crime the text bears ("drive-by", "hands tied"), or None."""
    words = f" {_folded(text)} "
    return next((m.strip() for m in _marks() if m in words), None)


def name_gang(event: Event, text: str) -> bool:
    """Rename an unidentified armed group (either side) as the theatre's unidentified gang
    where the report bears a mark of organized crime; True when it did."""
    label = _labels().get(event.country or "")
    sides = [s for s in ("1", "2") if getattr(event, f"actor{s}").startswith(_UNNAMED)]
    if label is None or not sides or hallmark(text) is None:
        return False
    for side in sides:
        setattr(event, f"actor{side}", label)
    return True
