"""sitroom: conflict reports in, verifiable, geocoded, deduplicated ACLED-style events out."""

__version__ = "0.1.0"
