"""Dates and numbers (component `time`)."""
