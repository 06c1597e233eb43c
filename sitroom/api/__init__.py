"""HTTP API and map page over the event store: `create_app(ApiSettings(db=...))`, run by `sitroom serve`."""

from sitroom.api.app import ApiSettings, create_app

__all__ = ["ApiSettings", "create_app"]
