"""Speed and scale measurements: never imported by the runtime, never run as tests.

    python -m sitroom.bench              # pipeline throughput vs bare spaCy (`make bench`)
    python -m sitroom.bench.scale        # Dask extraction and store write rates
    python -m sitroom.bench.fusion       # ingest with fusion against stores of N events
    python -m sitroom.bench.api_load     # the HTTP API under concurrent requests

Accuracy lives apart, in `sitroom.eval`.
"""
