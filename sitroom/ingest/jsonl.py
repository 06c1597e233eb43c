"""JSONL of articles, one line at a time: a bad line costs only itself, named by its true number.

The file is read as bytes and split on ``\\n`` only (never `str.splitlines`, which also
breaks at U+2028 and other separators that JSON strings may hold), and each line is
decoded, parsed and validated alone.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from sitroom.ingest.base import BadInput, IngestError, checked, parse_date, settle
from sitroom.ingest.text import TextProblem, check_string, clean_field, clean_text
from sitroom.model import Article

#: Optional string fields of a JSONL article.
STRING_FIELDS = ("url", "title", "source", "language")


def read_jsonl_bytes(
    data: bytes, origin: str, published: date | None, source: str | None,
    override: bool = False, first_line: int = 1,
) -> Iterator[Article | IngestError]:
    """Every line of ``data`` (which starts at line ``first_line`` of ``origin``);
    `published`/`source` fill what a line lacks (`override`: replace), see `settle`."""
    if first_line == 1 and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for number, raw in enumerate(data.split(b"\n"), start=first_line):
        if not raw.strip():
            continue
        where = f"{origin}:{number}"
        try:
            yield checked(settle(line_article(raw, where), published, source, override))
        except BadInput as exc:
            yield IngestError(where, str(exc))


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string",
            list: "a list", dict: "an object"}.get(type(value), type(value).__name__)


def decode_line(raw: bytes) -> str:
    """One line's text; BadInput names the problem and its column."""
    raw = raw.rstrip(b"\r")
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise BadInput(f"NUL byte at column {nul + 1}: binary data, not a JSON line")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput(
            f"not UTF-8: byte 0x{raw[exc.start]:02x} at column {exc.start + 1}"
        ) from None


def line_article(raw: bytes, where: str) -> Article:
    """Decode, parse and validate one JSONL line: the article as the line gives it."""
    line = decode_line(raw)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadInput(f"malformed JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise BadInput("malformed JSON (nested too deeply)") from None
    if not isinstance(obj, dict):
        raise BadInput(f"expected a JSON object with a 'text' field, got {_type_name(obj)}")
    body = obj.get("text")
    if body is None:
        raise BadInput("missing 'text' field")
    if not isinstance(body, str):
        raise BadInput(f"'text' must be a string, not {_type_name(body)}")
    fields: dict[str, str] = {}
    for name in STRING_FIELDS:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            raise BadInput(f"'{name}' must be a string, not {_type_name(value)}")
        fields[name] = value or ""
    try:
        check_string(body, "'text'")
        for name, value in fields.items():
            check_string(value, f"'{name}'")
    except TextProblem as exc:
        raise BadInput(str(exc)) from None
    return Article(
        text=clean_text(body), url=clean_field(fields["url"]), title=clean_field(fields["title"]),
        source=clean_field(fields["source"]), published=published_value(obj.get("published")),
        language=clean_field(fields["language"]) or "en", origin=where,
    )


def published_value(value: Any) -> date | None:
    """Strict: an ISO date string, or null/absent; numbers are refused."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise BadInput(
            f"'published' must be an ISO date string like \"2024-04-23\", not {_type_name(value)}"
        )
    return parse_date(value, "published")
