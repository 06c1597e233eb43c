"""List text that the project shares with the third-party texts in ../shared (7-word shingles).

    python scripts/echo_check.py ../shared [--n 7] [--all-files] [--show-allowed]

News excerpts and gold in ../shared are for evaluation only; the project's code, tests, data
and docs must not copy or paraphrase them. This check finds the copies: every run of N words
(lower-cased, punctuation and apostrophes stripped, default N = 7) that occurs both in a
project file (sitroom/, tests/, examples/, scripts/, docs/, *.md; vendored web assets left
out) and in a shared text (the example reports, the article texts of real-news-dev and
fusion-dev, and every text field of the gold sets: ACLED notes, PITF descriptions, UCDP
headlines, CASE snippets, PLOVER/PETRARCH sentences, geoparsing articles). Shingles never cross a CSV cell or
a JSON/XML value, so adjacent columns cannot make a false match. Shared READMEs, licences
and hooks (written for the project, not third-party text) are left out unless --all-files.

Runs listed in scripts/echo_allow.txt (proper names and label vocabularies, each with its
reason) are not reported unless --show-allowed. A lower --n (5 or 6) also
finds close paraphrase, among many stock phrases of news ("claimed responsibility for the"):
read that list, do not empty it. Exit status 1 when an echo remains.
It is not part of the test suite: users have no ../shared.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
ALLOW = Path(__file__).with_name("echo_allow.txt")
PROJECT_ROOTS = ("sitroom", "tests", "examples", "scripts", "docs")
PROJECT_SKIP = ("sitroom/api/static/vendor/", "sitroom/api/static/data/", "scripts/echo_allow.txt")
TEXT_SUFFIXES = {
    ".py", ".md", ".txt", ".yaml", ".yml", ".json", ".jsonl", ".csv", ".tsv", ".html",
    ".js", ".css", ".toml", ".mako", ".cfg", ".ini", ".sh", ".svg", "",
}
SHARED_SUFFIXES = {".txt", ".json", ".jsonl", ".csv", ".tsv", ".xml", ".tex", ".md"}
_APOSTROPHES = re.compile(r"['\u2019\u2018`]")
_WORD = re.compile(r"[^\W_]+")
csv.field_size_limit(1 << 30)


def words(text: str) -> list[str]:
    """Lower-cased words, apostrophes dropped ("group's" → "groups"), other punctuation a break."""
    return _WORD.findall(_APOSTROPHES.sub("", text.lower()))


def project_files(root: Path) -> list[Path]:
    """Tracked (or, outside git, present) text files of the project."""
    try:
        out = subprocess.run(
            ["git", "ls-files", "-co", "--exclude-standard"], cwd=root, check=True,
            capture_output=True, text=True,
        ).stdout.split("\n")
        names = [n for n in out if n]
    except (OSError, subprocess.CalledProcessError):
        names = [str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()]
    keep = []
    for name in names:
        top = name.split("/", 1)[0]
        if not (top in PROJECT_ROOTS or ("/" not in name and name.endswith(".md"))):
            continue
        if name.startswith(PROJECT_SKIP) or Path(name).suffix not in TEXT_SUFFIXES:
            continue
        if (root / name).is_file():
            keep.append(root / name)
    return sorted(keep)


def index_project(root: Path, n: int) -> dict[str, list[tuple[str, int, int]]]:
    """Shingle → [(file, line, word position)] over every project file (shingles cross lines)."""
    index: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for path in project_files(root):
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        toks: list[tuple[str, int]] = []
        for lineno, line in enumerate(text.split("\n"), 1):
            toks.extend((w, lineno) for w in words(line))
        rel = str(path.relative_to(root))
        for i in range(len(toks) - n + 1):
            index[" ".join(w for w, _ in toks[i:i + n])].append((rel, toks[i][1], i))
    return index


def _strings(value, label: str):
    """Every string inside a JSON value, labelled by its key path."""
    if isinstance(value, str):
        yield label, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{label}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, f"{label}[{i}]")


def _xml_texts(path: Path):
    try:
        for i, elem in enumerate(ElementTree.parse(path).iter()):
            for part in (elem.text, elem.tail):
                if part and part.strip():
                    yield f"<{elem.tag}>#{i}", part
    except ElementTree.ParseError:  # not well-formed: strip the tags, keep the prose
        yield "text", re.sub(r"<[^>]+>", "\n", path.read_text(encoding="utf-8", errors="replace"))


def shared_units(path: Path):
    """(label, text) units of one shared file; a unit is one field, cell or document."""
    suffix = path.suffix
    if suffix == ".jsonl":
        with path.open(encoding="utf-8") as handle:
            for lineno, line in enumerate(handle, 1):
                if line.strip():
                    record = json.loads(line)
                    yield from _strings(record, f"{record.get('id', lineno)}")
    elif suffix == ".json":
        yield from _strings(json.loads(path.read_text(encoding="utf-8")), "")
    elif suffix in (".csv", ".tsv"):
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            reader = csv.reader(handle, delimiter="\t" if suffix == ".tsv" else ",")
            header = next(reader, [])
            for rowno, row in enumerate(reader, 1):
                for col, cell in enumerate(row):
                    if cell.count(" ") >= 5:
                        name = header[col] if col < len(header) else col
                        yield f"row {rowno} {name}", cell
    elif suffix == ".xml":
        yield from _xml_texts(path)
    else:
        yield "text", path.read_text(encoding="utf-8", errors="replace")


def shared_files(shared: Path, all_files: bool) -> list[Path]:
    files = []
    for path in sorted(shared.rglob("*")):
        if not path.is_file() or path.suffix not in SHARED_SUFFIXES:
            continue
        rel = path.relative_to(shared)
        if not all_files and (
            path.name.lower().startswith(("readme", "license")) or rel.parts[0] in ("hooks",)
            or path.name == "offline-stack.md"
        ):
            continue
        files.append(path)
    return files


def find_echoes(index, shared: Path, n: int, all_files: bool):
    """Project position → (shingle, first shared source) for every shared shingle."""
    hits: dict[tuple[str, int], tuple[str, int, str, str]] = {}
    for path in shared_files(shared, all_files):
        rel = str(path.relative_to(shared))
        for label, text in shared_units(path):
            toks = words(text)
            for i in range(len(toks) - n + 1):
                shingle = " ".join(toks[i:i + n])
                for file, line, pos in index.get(shingle, ()):
                    hits.setdefault((file, pos), (shingle, line, rel, label))
    return hits


def runs(hits, n: int):
    """Merge overlapping shingles of one file into runs: (file, line, words, text, source)."""
    out = []
    for (file, pos), (shingle, line, src, label) in sorted(hits.items()):
        last = out[-1] if out else None
        if last and last["file"] == file and pos <= last["end"]:
            extra = shingle.split()[last["end"] - pos:]
            last["text"] += (" " + " ".join(extra)) if extra else ""
            last["end"] = pos + n
            continue
        out.append({"file": file, "line": line, "end": pos + n, "text": shingle,
                    "source": f"{src} [{label}]"})
    return out


def load_allow(path: Path) -> list[str]:
    """Allowed runs: one phrase per line (before ' # reason'), in the check's word form."""
    if not path.exists():
        return []
    allowed = []
    for line in path.read_text(encoding="utf-8").splitlines():
        phrase = line.split(" #", 1)[0].strip()
        if phrase and not line.lstrip().startswith("#"):
            allowed.append(" ".join(words(phrase)))
    return allowed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("shared", type=Path, help="the shared folder (../shared)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the project (default: this repo)")
    parser.add_argument("--n", type=int, default=7, help="shingle length in words (default 7)")
    parser.add_argument("--all-files", action="store_true",
                        help="also compare with shared READMEs, licences and hooks")
    parser.add_argument("--show-allowed", action="store_true",
                        help="also list runs that scripts/echo_allow.txt accepts")
    args = parser.parse_args(argv)
    if not args.shared.is_dir():
        print(f"error: {args.shared} is not a folder; pass the shared folder, e.g. ../shared",
              file=sys.stderr)
        return 2
    index = index_project(args.root.resolve(), args.n)
    found = runs(find_echoes(index, args.shared.resolve(), args.n, args.all_files), args.n)
    allowed = load_allow(ALLOW)
    shown = 0
    for run in found:
        ok = any(f" {run['text']} " in f" {phrase} " for phrase in allowed)
        if ok and not args.show_allowed:
            continue
        shown += 0 if ok else 1
        words_n = len(run["text"].split())
        mark = " (allowed)" if ok else ""
        print(f'{run["file"]}:{run["line"]}: {words_n} words{mark}: "{run["text"]}"'
              f'\n    ← {run["source"]}')
    print(f"{shown} echo run(s) of ≥ {args.n} words; {len(found) - shown} allowed"
          if shown or found else f"clean: no {args.n}-word run shared with {args.shared}")
    return 1 if shown else 0


if __name__ == "__main__":
    sys.exit(main())
