"""Reading reports: plain text, HTML, JSONL of articles, RSS/Atom feeds, and folders of them.

Readers yield `Article`s and, for input they cannot use, `IngestError`s, so a batch
goes on past one broken file or line and the caller decides how to report it. Bytes
become text in `text` (encoding per file, Unicode checks per article), JSONL lines are
read one at a time in `jsonl`, and `limits` bounds the work one article may cost.
"""

from __future__ import annotations

from sitroom.ingest.base import MIN_WORDS, BadInput, IngestError, checked, parse_date, settle
from sitroom.ingest.readers import (
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    KNOWN_SUFFIXES,
    TEXT_SUFFIXES,
    html_article,
    read_feed,
    read_file,
    read_jsonl,
    read_paths,
    without_headline,
)
from sitroom.ingest.text import TextProblem, clean_text, decode_file

__all__ = [
    "FEED_SUFFIXES", "HTML_SUFFIXES", "JSONL_SUFFIXES", "KNOWN_SUFFIXES", "MIN_WORDS",
    "TEXT_SUFFIXES", "BadInput", "IngestError", "TextProblem", "checked", "clean_text",
    "decode_file", "html_article", "parse_date", "read_feed", "read_file", "read_jsonl",
    "read_paths", "settle", "without_headline",
]
