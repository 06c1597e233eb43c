"""Photo captions inside an article's text: not news, so no event is read from them.

Scraped pages keep a picture's caption as a paragraph of its own ("<a town> where many
attacks took place (file photo)", "... Photo courtesy <agency>"). It names a place and often
an older scene; read as a sentence, it becomes the report's headline event. A paragraph is
a caption when it opens with, or ends within a short tail of, a caption mark of the
language pack (``caption_marks`` in events/words.yaml).
"""

from __future__ import annotations

import re

from sitroom.events.findings import event_words

#: How far from a paragraph's end a caption mark may stand ("Photo courtesy X/EPA").
TAIL_CHARS = 60

_MARKS = event_words("caption_marks")
_PARAGRAPH = re.compile(r"[^\n]+")


def caption_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of ``text`` that is a photo caption."""
    marks = tuple(_MARKS)
    out = []
    for m in _PARAGRAPH.finditer(text):
        para = m.group().strip().lower()
        if not para:
            continue
        tail = para[-TAIL_CHARS:]
        if para.startswith(marks) or any(mark in tail for mark in marks):
            out.append((m.start(), m.end()))
    return out


def in_caption(start: int, spans: list[tuple[int, int]]) -> bool:
    """Does the sentence starting at ``start`` lie in one of the caption ``spans``?"""
    return any(a <= start < b for a, b in spans)
