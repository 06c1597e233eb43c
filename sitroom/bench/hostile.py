"""Hostile texts, seeded: what a fuzz test and the robustness benchmark feed the pipeline.

    python -m sitroom.bench.hostile --texts 1000 --max-chars 100000

generates texts of every hostile kind (random Unicode, right-to-left scripts with bidi
controls, emoji sequences, NUL and control characters, lone surrogates, huge words,
run-on sentences, numbers only, HTML with scripts, plain reports), sends each through
the reader checks and the extraction a batch would use, and reports escaped exceptions,
extraction failures and the slowest texts. Not a test: a measurement to report (the
suite runs a small seeded sample, tests/ingest/test_fuzz.py).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

#: Word pools for the generator (not data the product reads: test input only).
_LATIN = ("attack", "village", "forces", "killed", "the", "on", "near", "said", "officials")
_ARABIC = ("هجوم", "قرية", "قوات", "قتل", "مسلحين", "الجيش", "مصادر")
_HEBREW = ("התקפה", "כפר", "כוחות", "נהרג")
_EMOJI = ("💥", "🔥", "👩\u200d👩\u200d👧", "🏳️\u200d🌈", "🇮🇶", "🙂\ufe0f")
_BIDI = ("\u202e", "\u202d", "\u2066", "\u2067", "\u2069", "\u200f", "\u200e")
_CONTROLS = "".join(chr(c) for c in range(0, 32)) + "\x7f\x85\u2028\u2029"


def _report(rng: random.Random) -> str:
    who = rng.choice(("Gunmen", "Militants", "Soldiers", "Unknown attackers", "Police"))
    what = rng.choice(("attacked", "shelled", "raided", "struck", "ambushed"))
    where = rng.choice(("a checkpoint", "a village", "a market", "an army base", "a convoy"))
    day = rng.choice(("Monday", "Tuesday", "on Friday night", "early on Sunday"))
    return f"{who} {what} {where} near the town {day}, killing {rng.randint(0, 40)} people, officials said."


def _words(rng: random.Random, pool: tuple[str, ...], n: int, sep: str = " ") -> str:
    return sep.join(rng.choice(pool) for _ in range(n))


def _random_unicode(rng: random.Random, n: int) -> str:
    ranges = ((0x20, 0x7E), (0xA0, 0x24F), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x4FF),
              (0x590, 0x6FF), (0x900, 0x97F), (0x3040, 0x30FF), (0x4E00, 0x9FFF),
              (0xAC00, 0xD7A3), (0x1F300, 0x1FAFF), (0xE000, 0xF8FF), (0x10000, 0x1007F))
    out = []
    for _ in range(n):
        lo, hi = rng.choice(ranges)
        out.append(chr(rng.randint(lo, hi)))
        if rng.random() < 0.15:
            out.append(" ")
    return "".join(out)


def _kinds(rng: random.Random, size: int) -> dict[str, Callable[[], str]]:
    """Each kind of hostile text, about ``size`` characters long."""
    words = max(1, size // 7)
    return {
        "random_unicode": lambda: _random_unicode(rng, size),
        "rtl_bidi": lambda: " ".join(
            rng.choice(_ARABIC + _HEBREW + _BIDI + _LATIN) for _ in range(words)),
        "emoji": lambda: " ".join(rng.choice(_EMOJI + _LATIN) for _ in range(words)),
        "controls_nul": lambda: "".join(
            rng.choice(_CONTROLS) if rng.random() < 0.2 else rng.choice("abc de") for _ in range(size)),
        "lone_surrogates": lambda: _report(rng) + " " + "".join(
            chr(rng.randint(0xD800, 0xDFFF)) if rng.random() < 0.1 else "x " for _ in range(size // 2)),
        "huge_word": lambda: _report(rng) + " " + "a" * size + " " + _report(rng),
        "run_on": lambda: ", ".join(_report(rng).rstrip(".") for _ in range(max(1, size // 90))),
        "killed": lambda: "killed " * words,
        "numbers_only": lambda: " ".join(str(rng.randint(0, 10**9)) for _ in range(words)),
        "html_script": lambda: (
            "<html><head><script>while(true){alert('x')}</script></head><body>"
            + "".join(f"<p onclick='x()'>{_report(rng)}</p><script>var a={i};</script>"
                      for i in range(max(1, size // 150)))
            + "<iframe src='javascript:alert(1)'></iframe></body></html>"),
        "many_reports": lambda: "\n\n".join(_report(rng) for _ in range(max(1, size // 90))),
        "mixed_scripts": lambda: " ".join(
            rng.choice((_report(rng), _words(rng, _ARABIC, 5), _random_unicode(rng, 20),
                        _words(rng, _EMOJI, 3))) for _ in range(max(1, size // 60))),
    }


def hostile_texts(seed: int, count: int, max_chars: int = 100_000) -> Iterator[tuple[str, str]]:
    """``count`` (kind, text) pairs, every kind in turn, sizes spread up to ``max_chars``."""
    rng = random.Random(seed)
    names = sorted(_kinds(rng, 10))
    for i in range(count):
        size = int(min(max_chars, 10 ** rng.uniform(1, 5))) if i >= len(names) else 50
        kind = names[i % len(names)]
        text = _kinds(rng, size)[kind]()
        yield kind, text[:max_chars]


@dataclass
class FuzzResult:
    """What happened to each text: escaped exceptions are bugs; refusals are fine."""

    texts: int = 0
    escaped: list[str] = field(default_factory=list)  # "kind: ExcType: message"
    crashed: list[str] = field(default_factory=list)  # extraction failures (not refusals)
    refused: int = 0
    seconds: list[tuple[float, str, int]] = field(default_factory=list)  # (s, kind, chars)


def run_one(kind: str, text: str, extractor, limits, result: FuzzResult) -> None:
    """Read the text as a JSONL line would be, then extract it; record what happened."""
    from sitroom.ingest.base import IngestError, settle
    from sitroom.ingest.jsonl import read_jsonl_bytes
    from sitroom.ingest.limits import check_article

    began = time.perf_counter()
    result.texts += 1
    try:
        line = json.dumps({"text": text}, ensure_ascii=True).encode("utf-8")
        [item] = list(read_jsonl_bytes(line, "fuzz.jsonl", None, None))
        if not isinstance(item, IngestError):
            item = settle(item, None, None)
            checked = check_article(item, limits)
            item = checked if isinstance(checked, IngestError) else item
        if kind == "html_script":  # also as a web page
            from sitroom.ingest.readers import html_article

            html_article(text, "fuzz.html", None, None)
        if isinstance(item, IngestError):
            result.refused += 1
        else:
            for outcome in extractor.extract([item]):
                if outcome.error is not None:
                    result.crashed.append(f"{kind}: {outcome.error.message}")
    except Exception as exc:  # noqa: BLE001 - the point: count what escapes
        result.escaped.append(f"{kind}: {type(exc).__name__}: {exc}"[:300])
    result.seconds.append((time.perf_counter() - began, kind, len(text)))


def main(argv: list[str] | None = None) -> None:
    from sitroom.ingest.extractors import InlineExtractor
    from sitroom.ingest.limits import default_limits
    from sitroom.pipeline import Pipeline

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=1000)
    parser.add_argument("--max-chars", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--out", default="bench-out/hostile.json")
    args = parser.parse_args(argv)
    limits = default_limits()
    extractor = InlineExtractor(Pipeline(), limits)
    result = FuzzResult()
    for kind, text in hostile_texts(args.seed, args.texts, args.max_chars):
        run_one(kind, text, extractor, limits, result)
    slowest = sorted(result.seconds, reverse=True)[:10]
    summary = {
        "texts": result.texts, "escaped": len(result.escaped), "crashed": len(result.crashed),
        "refused": result.refused, "max_seconds": round(slowest[0][0], 2) if slowest else 0,
        "over_10s": sum(1 for s, _, _ in result.seconds if s > 10),
        "slowest": [{"seconds": round(s, 2), "kind": k, "chars": c} for s, k, c in slowest],
        "escaped_examples": result.escaped[:10], "crashed_examples": result.crashed[:10],
    }
    from pathlib import Path

    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(summary, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
