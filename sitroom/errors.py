"""sitroom's exceptions: one base, a few kinds, each message one line ending in what to do.

Catch `SitroomError` to handle anything sitroom refuses on purpose; the CLI prints its
message as one ``error:`` line and exits with the class's ``exit_code`` (2 for bad input or
configuration, as for a bad option; 1 otherwise). Everything else is a bug, and keeps its
traceback.

The kinds also subclass the built-in they replace (`ValueError`, `RuntimeError`), so code
that caught those still catches them. This module imports nothing from sitroom.
"""

from __future__ import annotations


class SitroomError(Exception):
    """Something sitroom cannot do, said in one line with the next step."""

    exit_code = 1


class InputError(SitroomError, ValueError):
    """Input the user gave (a file, a line, an option value) that cannot be used."""

    exit_code = 2


class UnsupportedLanguage(InputError):
    """A report in a language no installed language pack reads."""

    def __init__(self, language: str, name: str, supported: tuple[str, ...]) -> None:
        self.language, self.name, self.supported = language, name, supported
        super().__init__(
            f"report is in {name} ({language}); sitroom reads {', '.join(supported)} only: "
            "translate it, or add a language pack under sitroom/lang/"
        )


class ConfigError(SitroomError, ValueError):
    """A settings or data file (rules, actors, fusion.yaml, a lexicon) or a combination of
    options that cannot be used."""

    exit_code = 2


class StoreError(SitroomError, RuntimeError):
    """A store could not be opened or written; the message names the database."""


class ModelMissing(SitroomError, RuntimeError):
    """A model or data file that the install should have provided is not there."""


def explain(exc: BaseException) -> str:
    """One line for a caught exception: a `SitroomError`'s own message (written for the
    user, with its next step), else the exception's type and message (a bug, named so)."""
    if isinstance(exc, SitroomError):
        text = str(exc)
        return text.splitlines()[0] if text else type(exc).__name__
    lines = str(exc).splitlines()
    return f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
