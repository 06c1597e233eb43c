"""CLI commands for this stage (registered on sitroom.cli.app.app)."""
