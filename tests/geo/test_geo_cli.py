"""`sitroom gazetteer import|lookup` through the Typer app."""

from __future__ import annotations

from typer.testing import CliRunner

import sitroom.cli.gazetteer  # noqa: F401  (registers the commands)
from sitroom.cli.app import app
from sitroom.geo.build import Row, write_db


def test_import_then_lookup(tmp_path):
    db = tmp_path / "g.sqlite"
    countries = {
        "YE": {
            "cc": "YE",
            "iso3": "YEM",
            "isonum": 887,
            "name": "Yemen",
            "region": "Middle East",
            "place": 69543,
        }
    }
    write_db(
        db, [Row(69543, "Yemen", "A", "PCLI", "YE", 15.5, 47.5, names=["Yemen"])], countries, {}, {}
    )
    dump = tmp_path / "YE.txt"
    cols = [
        "71137",
        "Sanaa",
        "Sanaa",
        "Sana'a,Sana",
        "15.35472",
        "44.20667",
        "P",
        "PPLC",
        "YE",
        "",
        "26",
        "",
        "",
        "",
        "1937451",
        "",
        "2253",
        "Asia/Aden",
        "2024-01-01",
    ]
    dump.write_text("\t".join(cols) + "\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["gazetteer", "import", str(dump), "--path", str(db)])
    assert result.exit_code == 0, result.output
    assert "imported 1 places" in result.output
    result = runner.invoke(app, ["gazetteer", "lookup", "Sana'a", "--path", str(db)])
    assert result.exit_code == 0, result.output
    assert "71137\tSanaa\tPPLC\tYE" in result.output
