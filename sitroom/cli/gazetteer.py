"""`sitroom gazetteer build|import|lookup`: make, extend and query the place gazetteer."""

from __future__ import annotations

import time
from pathlib import Path

import typer

from sitroom.cli.app import SitroomTyper, app

gazetteer_app = SitroomTyper(
    help="Build, extend and query the gazetteer (SQLite).", no_args_is_help=True
)
app.add_typer(gazetteer_app, name="gazetteer")

PathOption = typer.Option(None, "--path", help="Gazetteer file (default: inside the package).")


@gazetteer_app.command("build")
def build_cmd(
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing on success."),
    path: Path | None = PathOption,
) -> None:
    """Build the gazetteer from data shipped with installed packages (about four minutes on two cores)."""
    from sitroom.geo.build import build

    stats = build(path, quiet=True)
    if not quiet:
        typer.echo(
            f"{stats['places']} places, {stats['bytes'] / 1e6:.1f} MB, "
            f"built in {stats['seconds']} s"
        )
        if stats["capitals_unresolved"]:  # a capital in admin1_capitals.csv found no town
            typer.echo(
                "admin1 capitals with no town of that name in their province (check the "
                f"spelling in admin1_capitals.csv): {'; '.join(stats['capitals_unresolved'])}"
            )


@gazetteer_app.command("import")
def import_cmd(
    file: Path = typer.Argument(
        ..., exists=True, dir_okay=False, help="GeoNames dump: allCountries.zip, IQ.zip, SY.txt ..."
    ),
    path: Path | None = PathOption,
    quiet: bool = typer.Option(False, "--quiet", "-q"),
) -> None:
    """Add a full GeoNames dump (19 tab-separated columns) to the gazetteer."""
    from sitroom.geo.build import default_path
    from sitroom.geo.gazetteer import open_gazetteer
    from sitroom.geo.geonames import import_geonames

    target = path or default_path()
    open_gazetteer(str(target))  # builds the base file first when it is missing
    n = import_geonames(file, target, quiet=True)
    if not quiet:
        typer.echo(f"imported {n} places from {file} into {target}")


@gazetteer_app.command("lookup")
def lookup_cmd(
    name: str = typer.Argument(..., help="A place name, any transliteration."),
    path: Path | None = PathOption,
    limit: int = typer.Option(10, help="How many rows to show."),
) -> None:
    """Show the gazetteer rows a name matches (largest first)."""
    from sitroom.geo.gazetteer import open_gazetteer

    start = time.perf_counter()
    gaz = open_gazetteer(str(path) if path else None)
    hits = sorted(gaz.lookup(name), key=lambda h: (-h.level, -h.population))[:limit]
    for h in sorted(hits, key=lambda h: (h.level, -h.population)):
        typer.echo(
            f"{h.id}\t{h.name}\t{h.fcode}\t{h.cc}\t{h.admin1}\t{h.admin2}\t"
            f"{h.lat:.4f},{h.lon:.4f}\tpop={h.population}"
        )
    typer.echo(f"({len(hits)} shown, {1000 * (time.perf_counter() - start):.1f} ms)", err=True)


@gazetteer_app.command("train")
def train_cmd(
    gold: Path = typer.Argument(
        ..., exists=True, file_okay=False, help="The shared eval folder (geoparsing/, acled/)."
    ),
    out: Path | None = typer.Option(None, "--out", help="Weights file (default: the packaged one)."),
    path: Path | None = PathOption,
    fresh: bool = typer.Option(
        False, "--fresh", help="Fit every feature afresh, not near the packaged weights."
    ),
) -> None:
    """Retrain the candidate ranker on the DEV splits of the gold sets (needs scikit-learn);
    the features the packaged ranker already weighs stay near its weights unless --fresh."""
    import importlib.util

    if importlib.util.find_spec("sklearn") is None:  # scikit-learn is a dev extra
        typer.echo("sitroom: training needs scikit-learn: pip install 'sitroom[dev]'", err=True)
        raise typer.Exit(1)
    from sitroom.eval.geo_ranker import train
    from sitroom.geo.ranker import WEIGHTS

    target = out or WEIGHTS
    start = time.perf_counter()
    weights = train(gold, target, str(path) if path else None, fresh)
    typer.echo(
        f"{weights['examples']} candidates of {weights['mentions']} mentions, "
        f"top-1 on them {weights['train_top1']:.3f}; wrote {target} "
        f"({target.stat().st_size} bytes) in {time.perf_counter() - start:.0f} s"
    )
