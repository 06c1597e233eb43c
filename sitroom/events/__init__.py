"""Event detection and classification (components `events` and `finalize`). See tests/events."""
