"""`sitroom components`: the pipeline components installed, and what each reads and fills."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from sitroom.cli.app import app
from sitroom.cli.commands import fail, stdout


@app.command()
def components(
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or jsonl.")] = "table",
) -> None:
    """List the pipeline components (entry points in the `sitroom.components` group), in the
    default order first, with the fields each assigns and requires.

    A package adds a component by declaring an entry point in that group; see
    `sitroom.components`.
    """
    from rich.table import Table

    from sitroom.components import RegistryError
    from sitroom.pipeline import DEFAULT_COMPONENTS, infos

    if fmt not in ("table", "jsonl"):
        raise fail(f"unknown format {fmt!r}; use table or jsonl", 2)
    try:
        known = infos()
    except RegistryError as exc:
        raise fail(str(exc)) from None
    order = [n for n in DEFAULT_COMPONENTS if n in known]
    order += sorted(n for n in known if n not in DEFAULT_COMPONENTS)
    rows = [
        {
            "name": name,
            "default": name in DEFAULT_COMPONENTS,
            "module": known[name].module,
            "requires": list(known[name].requires),
            "assigns": list(known[name].assigns),
            "ruler_patterns": known[name].patterns is not None,
        }
        for name in order
    ]
    if fmt == "jsonl":
        for row in rows:
            stdout.out(json.dumps(row), highlight=False)
        return
    table = Table(title=f"{len(rows)} components", expand=False, show_lines=True)
    for column in ("name", "module", "requires", "assigns"):
        table.add_column(column, overflow="fold")
    for row in rows:
        name = row["name"] + ("" if row["default"] else " (not in the default pipeline)")
        table.add_row(name, row["module"], ", ".join(row["requires"]), ", ".join(row["assigns"]))
    stdout.print(table)
