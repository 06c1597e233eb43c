"""Architecture figures for issue 16: import cycles, long modules, long functions, and the
language data still written in Python (word lists, regex sites with words in them).

    python scripts/arch_metrics.py [--verbose] [--rules]

Reads the source with `ast` (imports nothing from sitroom). Every import counts, including
those inside functions; imports under `if TYPE_CHECKING:` do not (they never run).
"Parts" are sitroom's top-level packages and modules (`sitroom.geo`, `sitroom.pipeline`...).
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = "sitroom"
MODULE_LIMIT = 500
FUNCTION_LIMIT = 80


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


MODULES: set[str] = set()


def imports(tree: ast.AST, module: str, is_package: bool) -> set[str]:
    """Absolute names of the sitroom modules this module imports at run time."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == PKG)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target.split(".")[0] == PKG:
                # `from pkg import module` imports the module; other names come from pkg itself
                for a in node.names:
                    found.add(f"{target}.{a.name}" if f"{target}.{a.name}" in MODULES else target)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def sccs(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    comp = []
                    while True:
                        top = stack.pop()
                        on_stack.discard(top)
                        comp.append(top)
                        if top == node:
                            break
                    if len(comp) > 1:
                        out.append(sorted(comp))
    return out


# spaCy's label schemes are not a language's words: sets of them are not word lists.
DEP_LABELS = frozenset(
    ["acl", "acomp", "advcl", "advmod", "agent", "amod", "appos", "attr", "aux", "auxpass", "case", "cc", "ccomp", "compound", "conj", "csubj", "csubjpass", "dative", "dep", "det", "dobj", "expl", "intj", "mark", "meta", "neg", "nmod", "npadvmod", "nsubj", "nsubjpass", "nummod", "obj", "oprd", "parataxis", "pcomp", "pobj", "poss", "preconj", "predet", "prep", "prt", "punct", "quantmod", "relcl", "root", "xcomp"]
)
_WORDISH = re.compile(r"^[a-z][a-z'’ -]*$")
#: The stages that read a report's text (where a language's words would hide).
TEXT_STAGES = ("sitroom.events", "sitroom.actors", "sitroom.geo", "sitroom.time",
               "sitroom.finalize", "sitroom.nlp")
REGEX_CALLS = frozenset(
    ["compile", "search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"]
)


def _strings(node: ast.AST) -> list[str] | None:
    """The string elements of a literal collection (or ``"a b c".split()``), else None."""
    if (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args
        and node.func.id in ("frozenset", "set", "tuple", "list")
    ):
        return _strings(node.args[0])
    if (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        and node.func.attr == "split" and not node.args
        and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)
    ):
        return node.func.value.value.split()
    if isinstance(node, ast.Set | ast.List | ast.Tuple) and all(
        isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts
    ):
        return [e.value for e in node.elts]
    if isinstance(node, ast.Dict) and node.keys and all(
        isinstance(k, ast.Constant) and isinstance(k.value, str) for k in node.keys
    ):
        return [k.value for k in node.keys]
    return None


def word_lists(tree: ast.AST) -> list[int]:
    """Lines of literal collections of three or more lower-case words (not spaCy labels)."""
    found: list[int] = []
    inner: set[int] = set()  # the literal inside frozenset(...) is the same list
    for node in ast.walk(tree):
        if id(node) in inner:
            continue
        if isinstance(node, ast.Call) and node.args:
            inner.add(id(node.args[0]))
        words = _strings(node)
        if not words or len(words) < 3:
            continue
        if all(_WORDISH.match(w) for w in words) and not all(w in DEP_LABELS for w in words):
            found.append(node.lineno)
    return sorted(set(found))


def _pattern_text(node: ast.AST) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_pattern_text(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _pattern_text(node.left) + _pattern_text(node.right)
    return ""


_NON_WORDS = re.compile(r"\\[a-zA-Z]|\(\?P?<[^>]*>|\(\?[a-zA-Z]+\)|\{[^}]*\}|\[[^\]]*\]")


def regex_sites(tree: ast.AST) -> tuple[list[int], list[int]]:
    """Lines of ``re.<call>(...)`` sites, and of those whose literal pattern holds words."""
    sites, worded = [], []
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
            and node.func.attr in REGEX_CALLS and node.args
        ):
            continue
        sites.append(node.lineno)
        text = _NON_WORDS.sub(" ", _pattern_text(node.args[0]))
        if re.search(r"[A-Za-z]{2,}", text):
            worded.append(node.lineno)
    return sites, worded


#: What a rule reads of a token's text: a comparison of one of these with a word literal
#: is a language's word written in Python ('tok.lower_ == "of"', 'lemma(t) in ("die", ...)').
_TOKEN_TEXT = re.compile(r"\.lower_\b|\.lemma_\b|\blemma\(|\.text\b|\.lower\(\)")
_NOT_TEXT = re.compile(r"\.(?:dep_|pos_|tag_|label_|ent_type_)\b")


def inline_words(tree: ast.AST) -> list[int]:
    """Lines comparing a token's text or lemma with word literals (single words, which
    `word_lists` does not count)."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        left = ast.unparse(node.left)
        if not _TOKEN_TEXT.search(left) or _NOT_TEXT.search(left):
            continue
        looked_up = isinstance(node.left, ast.Call) and isinstance(node.left.func, ast.Attribute)
        if looked_up and node.left.func.attr == "get":
            continue  # 'lex.nouns.get(lemma(t)) == "protest"': a class code, not a word
        literals = [  # the words themselves, not the key of a lookup ('words("hedges")')
            e.value for c in node.comparators
            for e in (c.elts if isinstance(c, ast.Tuple | ast.List | ast.Set) else [c])
            if isinstance(e, ast.Constant) and isinstance(e.value, str)
        ]
        if any(_WORDISH.match(w) and w not in DEP_LABELS for w in literals):
            found.append(node.lineno)
    return sorted(set(found))


def rules_report(modules: dict[str, Path], verbose: bool) -> None:
    """Language data left in the Python of the text-reading stages, per stage."""
    per_part: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    detail: list[str] = []
    for name, path in modules.items():
        if not name.startswith(TEXT_STAGES):
            continue
        tree = ast.parse(path.read_text())
        lists = word_lists(tree)
        sites, worded = regex_sites(tree)
        inline = inline_words(tree)
        part = ".".join(name.split(".")[:2])
        for i, n in enumerate((len(lists), len(sites), len(worded), len(inline))):
            per_part[part][i] += n
        if verbose and (lists or worded or inline):
            detail.append(
                f"  {name}: lists at {lists}, worded regexes at {worded}, inline words at {inline}"
            )
    totals = [sum(v[i] for v in per_part.values()) for i in range(4)]
    print(
        f"language data in the stages' Python: {totals[0]} word lists, {totals[1]} regex sites "
        f"({totals[2]} with words in the pattern), {totals[3]} comparisons with single words"
    )
    for part, (lists, sites, worded, inline) in sorted(per_part.items()):
        if lists or sites or inline:
            print(
                f"  {part.removeprefix('sitroom.'):12s} {lists:3d} lists {sites:3d} regexes "
                f"({worded} worded) {inline:3d} inline words"
            )
    for line in detail:
        print(line)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--rules", action="store_true", help="also count word lists and regexes")
    args = ap.parse_args()
    files = sorted((ROOT / PKG).rglob("*.py"))
    modules = {module_name(f): f for f in files}
    MODULES.update(modules)
    graph: dict[str, set[str]] = defaultdict(set)
    long_modules, long_functions = [], []
    for name, path in modules.items():
        text = path.read_text()
        tree = ast.parse(text)
        lines = len(text.splitlines())
        if lines > MODULE_LIMIT:
            long_modules.append((lines, name))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                size = node.end_lineno - node.lineno + 1
                if size > FUNCTION_LIMIT:
                    long_functions.append((size, f"{name}:{node.name}"))
        for target in imports(tree, name, path.name == "__init__.py"):
            # resolve `from pkg import name` to the module if `name` is a module
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                graph[name].add(target)
        graph.setdefault(name, set())
    parts: dict[str, set[str]] = defaultdict(set)
    for src, targets in graph.items():
        a = ".".join(src.split(".")[:2])
        parts.setdefault(a, set())
        for t in targets:
            b = ".".join(t.split(".")[:2])
            if a != b and b != PKG and a != PKG:
                parts[a].add(b)
    part_cycles = sccs(parts)
    module_cycles = sccs(graph)
    print(f"modules: {len(modules)}, lines: {sum(len(p.read_text().splitlines()) for p in files)}")
    print(f"modules > {MODULE_LIMIT} lines: {len(long_modules)}")
    for lines, name in sorted(long_modules, reverse=True):
        print(f"  {lines:5d} {name}")
    print(f"functions > {FUNCTION_LIMIT} lines: {len(long_functions)}")
    for size, name in sorted(long_functions, reverse=True):
        print(f"  {size:5d} {name}")
    print(f"import cycles between top-level parts (SCCs): {len(part_cycles)}")
    for comp in part_cycles:
        members = set(comp)
        edges = [f"{a}->{b}" for a in comp for b in sorted(parts[a]) if b in members]
        print(f"  {len(comp)} parts: {', '.join(p.removeprefix('sitroom.') for p in comp)}")
        if args.verbose:
            print("    edges: " + " ".join(e.replace("sitroom.", "") for e in edges))
    print(f"import cycles between modules (SCCs): {len(module_cycles)}")
    for comp in module_cycles:
        print(f"  {len(comp)} modules" + (": " + ", ".join(comp) if args.verbose else ""))
    if args.rules:
        rules_report(modules, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
