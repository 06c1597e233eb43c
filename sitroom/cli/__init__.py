"""`sitroom` command line. Each module registers its commands on `sitroom.cli.app.app`."""

from sitroom.cli import (  # noqa: F401  (imported for their commands)
    commands,
    components,
    eval,
    fusion,
    gazetteer,
    records,
    serve,
)
from sitroom.cli.app import app


def main() -> None:
    app()
