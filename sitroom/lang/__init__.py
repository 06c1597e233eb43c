"""Language packs: everything sitroom needs to read one language, in one folder.

A pack is a folder ``sitroom/lang/<code>/`` with a ``pack.yaml`` (code, name, spaCy model)
and the language's data files (function words, and the word lists the stages read).
Adding a language is adding a pack; the runner (`sitroom.pipeline`) picks the pack by
`Article.language`, or by the language `detect` finds in the text, and names a language
without a pack in one line (`UnsupportedLanguage`).

This module imports no stage.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from sitroom.errors import ConfigError, UnsupportedLanguage

LANG_DIR = Path(__file__).parent
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class LanguagePack:
    """One installed language."""

    code: str
    name: str
    model: str  # the spaCy pipeline's package name
    model_package: str  # what `pip install` takes
    directory: Path

    def path(self, name: str) -> Path:
        """A data file of this pack."""
        return self.directory / name

    def data(self, name: str) -> Any:
        """A YAML data file of this pack (``name`` without the suffix), parsed once."""
        return _yaml(self.directory / f"{name}.yaml")

    def words(self, name: str) -> frozenset[str]:
        """A word list of this pack: ``<name>.txt``, one per line, ``#`` comments."""
        return _words(self.directory / f"{name}.txt")


@lru_cache(maxsize=64)
def _yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=64)
def _words(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def packs() -> dict[str, LanguagePack]:
    """The installed packs by language code."""
    found: dict[str, LanguagePack] = {}
    for meta in sorted(LANG_DIR.glob("*/pack.yaml")):
        raw = _yaml(meta)
        try:
            pack = LanguagePack(
                code=str(raw["code"]), name=str(raw["name"]), model=str(raw["model"]),
                model_package=str(raw.get("model_package", raw["model"])),
                directory=meta.parent,
            )
        except (KeyError, TypeError) as exc:
            raise ConfigError(f"{meta}: needs code, name and model ({exc}); fix the file") from None
        found[pack.code] = pack
    return found


def normalize(code: str) -> str:
    """``en-US``, ``EN``, ``eng`` → ``en`` (ISO 639-1 where one exists)."""
    code = (code or "").strip().lower().replace("_", "-").split("-")[0]
    if len(code) == 3:
        try:
            import pycountry

            lang = pycountry.languages.get(alpha_3=code)
            code = getattr(lang, "alpha_2", code) if lang is not None else code
        except (ImportError, KeyError, LookupError):
            pass
    return code


def language_name(code: str) -> str:
    """The English name of a language code ("ar" → "Arabic"), or the code itself."""
    pack = packs().get(code)
    if pack is not None:
        return pack.name
    try:
        import pycountry

        lang = pycountry.languages.get(alpha_2=code) if len(code) == 2 else None
        return lang.name if lang is not None else code
    except (ImportError, KeyError, LookupError):
        return code


def get_pack(code: str) -> LanguagePack:
    """The pack for a language, or `UnsupportedLanguage` naming it and the installed ones."""
    code = normalize(code) or DEFAULT_LANGUAGE
    pack = packs().get(code)
    if pack is None:
        supported = tuple(f"{p.name} ({p.code})" for p in packs().values())
        raise UnsupportedLanguage(code, language_name(code), supported)
    return pack


def default_pack() -> LanguagePack:
    return get_pack(DEFAULT_LANGUAGE)
