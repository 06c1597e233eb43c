"""`python -m sitroom.bench`: the pipeline benchmark (see `sitroom.bench.pipeline`)."""

from sitroom.bench.pipeline import main

main()
