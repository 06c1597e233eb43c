"""Bytes to clean text: encoding detection per file, and Unicode checks per article.

A file is decoded as a whole (one report per .txt/.html), a JSONL line alone. Nothing is
ever decoded silently in the wrong encoding: UTF-8 is tried first; a file with no valid
UTF-8 multi-byte sequence is handed to charset-normalizer; a file that is mostly UTF-8
with a few broken bytes is refused with the byte offset, since guessing would turn its
good text into mojibake.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from sitroom import yamlio
from sitroom.errors import InputError

#: File signatures of common binary formats, so the error can say what the file is.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"), (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"), (b"PK\x03\x04", "ZIP archive (docx/xlsx?)"),
    (b"\x1f\x8b", "gzip archive"), (b"\xd0\xcf\x11\xe0", "MS Office file"),
    (b"\x7fELF", "program"), (b"BZh", "bzip2 archive"), (b"7z\xbc\xaf", "7-Zip archive"),
)
#: Largest share of the characters that may be control characters in a text file.
MAX_CONTROL_SHARE = 0.02
#: charset-normalizer's "mess" above which a guessed decoding is not trusted.
MAX_CHAOS = 0.2
#: Decodings whose mess is within this of the cleanest count as equally good.
TIE = 0.02
DATA = Path(__file__).parent / "data"

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
#: Characters replaced in stored text: other C0/C1 controls, line/paragraph separators,
#: bidi embedding/override/isolate controls, BOM, noncharacters.
_ODD = re.compile(
    "[\x01-\x08\x0b\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]"
)
_LINE_SEPARATORS = re.compile("[\u2028\u2029\x0c\x85]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class TextProblem(InputError):
    """Why some bytes or a string cannot be an article's text (one line, says what to do)."""


def sniff_binary(data: bytes) -> str | None:
    """What binary format the bytes are, or None if they may be text."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary data (NUL bytes)"
    return None


def decode_file(data: bytes, html: bool = False) -> str:
    """A whole file's text. Raises TextProblem for empty, binary or undecidable input."""
    if not data.strip():
        raise TextProblem("empty file")
    kind = sniff_binary(data)
    if kind:
        raise TextProblem(f"binary file ({kind}), not text: give .txt, .html or .jsonl")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _strict(data, "utf-16")
    else:
        text = _decode_8bit(data, html)
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > MAX_CONTROL_SHARE * min(len(text), 8192):
        raise TextProblem("binary file (control characters), not text: give .txt, .html or .jsonl")
    return text


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise TextProblem(f"not valid {encoding} text: re-save the file as UTF-8") from None


def _decode_8bit(data: bytes, html: bool) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if _has_utf8_sequences(data):
        line = data.count(b"\n", 0, first_bad) + 1
        raise TextProblem(
            f"mostly UTF-8 but byte 0x{data[first_bad]:02x} at offset {first_bad} (line {line}) "
            "is not: fix the file or re-save it as UTF-8"
        )
    if html:
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (UnicodeDecodeError, LookupError):
                pass
    return _guess(data)


def _has_utf8_sequences(data: bytes) -> bool:
    """True when the bytes hold valid multi-byte UTF-8 (so they are UTF-8 with damage)."""
    return any(ord(ch) > 127 for ch in data.decode("utf-8", errors="ignore"))


def _guess(data: bytes) -> str:
    """charset-normalizer's reading, when it is clean and unambiguous (short texts often
    fit several code pages equally well: then a common one is preferred, or none)."""
    from charset_normalizer import from_bytes

    matches = [m for m in from_bytes(data) if m.chaos <= MAX_CHAOS]
    if not matches:
        raise TextProblem("cannot tell the text encoding: re-save the file as UTF-8")
    least = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least + TIE]
    for encoding in preferred_encodings():
        for match in tied:
            if encoding in match.could_be_from_charset:
                return data.decode(encoding)
    readings = {str(m) for m in tied}
    if len(readings) > 1:
        names = ", ".join(m.encoding for m in tied[:4])
        raise TextProblem(f"cannot tell the text encoding ({names}?): re-save the file as UTF-8")
    return readings.pop()


@lru_cache(maxsize=1)
def preferred_encodings() -> tuple[str, ...]:

    data = yamlio.safe_load((DATA / "ingest.yaml").read_text(encoding="utf-8"))
    return tuple(data["preferred_encodings"])


def check_string(value: str, what: str = "text") -> None:
    """Refuse what no report can hold: NUL characters and lone surrogates (invalid Unicode)."""
    nul = value.find("\x00")
    if nul >= 0:
        raise TextProblem(f"{what} holds a NUL character at position {nul}")
    bad = _SURROGATE.search(value)
    if bad:
        raise TextProblem(
            f"{what} holds a lone surrogate \\u{ord(bad.group()):04x} at position {bad.start()}:"
            " not valid Unicode"
        )


def clean_text(text: str) -> str:
    """NFC, one kind of line end, odd controls replaced by spaces, trailing space stripped.

    Evidence offsets refer to this text, which is what the store keeps.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LINE_SEPARATORS.sub("\n", text)
    text = _ODD.sub(" ", text)
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def clean_field(value: str) -> str:
    """A short metadata field (title, source, url) on one line, without odd characters."""
    return " ".join(_ODD.sub(" ", _SURROGATE.sub("\ufffd", value)).split())
