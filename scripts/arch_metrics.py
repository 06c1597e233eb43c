"""Architecture figures for issue 16: import cycles, long modules, long functions.

    python scripts/arch_metrics.py [--verbose]

Reads the source with `ast` (imports nothing from sitroom). Every import counts, including
those inside functions; imports under `if TYPE_CHECKING:` do not (they never run).
"Parts" are sitroom's top-level packages and modules (`sitroom.geo`, `sitroom.pipeline`...).
"""

from __future__ import annotations

import argparse
import ast
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", "-v", action="store_true")
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
