"""Language packs: everything sitroom needs to read one language, in one folder.

A pack is a folder ``sitroom/lang/<code>/`` with a ``pack.yaml`` (code, name, spaCy model)
and the language's data files (function words, and the word lists the stages read).
Adding a language is adding a pack; the runner (`sitroom.pipeline`) picks the pack by
`Article.language`, or by the language `detect` finds in the text, and names a language
without a pack in one line (`UnsupportedLanguage`).

Stages never bind a language at import time: a module-level word list or pattern is a
`PackWords` / `PackPattern` (or any `PackValue`), read from the *active* pack, the one the
runner set (`reading(pack)`) for the article it is running the stages on; outside a run
it is the default pack. Each value is built once per pack and kept.

This module imports no stage.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, TypeVar

from sitroom import yamlio
from sitroom.errors import ConfigError, UnsupportedLanguage
from sitroom.lang.literal import end_words
from sitroom.lang.lowered import case_twin

LANG_DIR = Path(__file__).parent
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True, eq=False)
class LanguagePack:
    """One installed language (one object per pack: compared and hashed by identity)."""

    code: str
    name: str
    model: str  # the spaCy pipeline's package name
    model_package: str  # what `pip install` takes
    directory: Path
    _values: dict[Any, Any] = field(default_factory=dict, repr=False)  # PackValue → value

    def path(self, name: str) -> Path:
        """A data file of this pack."""
        return self.directory / name

    def data(self, name: str) -> Any:
        """A YAML data file of this pack (``name`` without the suffix), parsed once."""
        return _yaml(self.directory / f"{name}.yaml")

    def words(self, name: str) -> frozenset[str]:
        """A word list of this pack: ``<name>.txt``, one per line, ``#`` comments."""
        return _words(self.directory / f"{name}.txt")

    def entry(self, name: str, key: str) -> Any:
        """One entry of a YAML data file; a missing one names the file and the key."""
        data = self.data(name)
        if not isinstance(data, dict) or key not in data:
            raise ConfigError(
                f"language pack {self.code!r}: {name}.yaml has no {key!r}; "
                f"add it to {self.directory / name}.yaml"
            )
        return data[key]

    def word_set(self, name: str, key: str) -> frozenset[str]:
        """A word list kept as a YAML list (``name.yaml``, entry ``key``), as a set."""
        return frozenset(str(w) for w in self.entry(name, key))

    def word_tuple(self, name: str, key: str) -> tuple[str, ...]:
        """A word list kept as a YAML list, in file order (where order matters)."""
        return tuple(str(w) for w in self.entry(name, key))

    def pattern(self, name: str, key: str, **slots: str) -> str:
        """A regular expression of this pack (``name.yaml``, entry ``key``). A ``{{slot}}``
        marker is filled from ``slots`` (e.g. an alternation built from a word list), else
        from the entry of that name in the same file (fragments shared by patterns). An
        entry that is a list is the alternation of its items, first first."""

        def fill(m: re.Match[str]) -> str:
            slot = m.group(1)
            return slots[slot] if slot in slots else self.pattern(name, slot, **slots)

        entry = self.entry(name, key)
        if isinstance(entry, list):
            return "|".join(f"(?:{_SLOT.sub(fill, str(item))})" for item in entry)
        return _SLOT.sub(fill, str(entry))


_SLOT = re.compile(r"\{\{(\w+)\}\}")


@lru_cache(maxsize=64)
def _yaml(path: Path) -> Any:
    return yamlio.safe_load(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=64)
def _words(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def packs() -> dict[str, LanguagePack]:
    """The installed packs by language code (read once; `packs.cache_clear()` reads the
    folder again, as a test that moves `LANG_DIR` does)."""
    return _installed()


def _forget_packs() -> None:
    _installed.cache_clear()
    _DEFAULT.pack = None


packs.cache_clear = _forget_packs  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def _installed() -> dict[str, LanguagePack]:
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


class _Default:
    """The default pack once asked (None until then, and again after `packs.cache_clear`):
    outside a run (`reading`) every pack value asks for it, per pattern use and per word,
    so the hot paths read it here instead of calling `default_pack`."""

    pack: LanguagePack | None = None


_DEFAULT = _Default()


def default_pack() -> LanguagePack:
    found = packs().get(DEFAULT_LANGUAGE)
    found = found if found is not None else get_pack(DEFAULT_LANGUAGE)
    _DEFAULT.pack = found
    return found


# --- the pack the stages read now ---------------------------------------------------------

_ACTIVE: ContextVar[LanguagePack | None] = ContextVar("sitroom_language_pack", default=None)


def active_pack() -> LanguagePack:
    """The pack of the article the stages are reading (see `reading`), else the default."""
    return _ACTIVE.get() or _DEFAULT.pack or default_pack()


@contextmanager
def reading(pack: LanguagePack) -> Iterator[LanguagePack]:
    """Run the stages with ``pack`` as the active pack (the runner wraps each article)."""
    token = _ACTIVE.set(pack)
    try:
        yield pack
    finally:
        _ACTIVE.reset(token)


T = TypeVar("T")

#: Every `PackValue` made so far (weakly): `build_values` builds them before they are asked.
_MADE: weakref.WeakSet[PackValue] = weakref.WeakSet()


def build_values(pack: LanguagePack | None = None) -> int:
    """Build now, for ``pack`` (default: the default pack), every pack value the imported
    modules declare, instead of on its first use: the process that forks the extraction
    workers (`sitroom.ingest.zygote`) compiles the stages' patterns once, where each worker
    compiled them again on its first articles (about 3 % of a cold toponym pass). A value
    whose build fails is left to be built, and to fail, where it is used. Returns how
    many values were built."""
    built = 0
    with reading(pack or default_pack()):
        for value in list(_MADE):
            try:
                value.value()
                if isinstance(value, PackPattern):
                    value.endings()  # (the endings a search reads first, parsed once here too)
                    value.twin()  # (and the case-sensitive twin)
            except Exception:  # noqa: BLE001, S112 - its first use raises it, as before
                continue
            built += 1
    return built


class PackValue(Generic[T]):
    """A value built from the active pack (a word set, a compiled pattern...), built once
    per pack: stage modules declare these at import time without binding a language.
    Each pack keeps every PackValue's value, so make them once (module level, or cached),
    never per call."""

    __slots__ = ("__weakref__", "_build", "_last")

    def __init__(self, build: Callable[[LanguagePack], T]) -> None:
        self._build = build
        self._last: tuple[LanguagePack, T] | None = None  # the last pack asked, its value
        _MADE.add(self)

    def value(self) -> T:
        """The value for the active pack (stages ask in hot loops: the last pack's value
        is kept on the object, the others in each pack)."""
        last = self._last
        pack = _ACTIVE.get() or _DEFAULT.pack or default_pack()
        if last is not None and last[0] is pack:
            return last[1]
        try:
            value = pack._values[self]
        except KeyError:
            value = pack._values[self] = self._build(pack)
        self._last = (pack, value)
        return value


class PackWords(PackValue[frozenset[str]]):
    """A word set of the active pack; ``word in PACK_WORDS`` reads like a frozenset."""

    __slots__ = ()

    def __contains__(self, item: object) -> bool:
        last = self._last  # the hot path of `value`, inlined: asked per token
        if last is not None and last[0] is (_ACTIVE.get() or _DEFAULT.pack):
            return item in last[1]
        return item in self.value()

    def __iter__(self) -> Iterator[str]:
        return iter(self.value())

    def __len__(self) -> int:
        return len(self.value())

    # Set algebra gives plain frozensets, on either side of a set: `dets & DEFINITE`.
    def __and__(self, other: Any) -> frozenset[str]:
        return self.value() & _plain(other)

    def __or__(self, other: Any) -> frozenset[str]:
        return self.value() | _plain(other)

    def __sub__(self, other: Any) -> frozenset[str]:
        return self.value() - _plain(other)

    def __xor__(self, other: Any) -> frozenset[str]:
        return self.value() ^ _plain(other)

    def __rand__(self, other: Any) -> frozenset[str]:
        return frozenset(_plain(other)) & self.value()

    def __ror__(self, other: Any) -> frozenset[str]:
        return frozenset(_plain(other)) | self.value()

    def __rsub__(self, other: Any) -> frozenset[str]:
        return frozenset(_plain(other)) - self.value()

    def __rxor__(self, other: Any) -> frozenset[str]:
        return frozenset(_plain(other)) ^ self.value()

    def isdisjoint(self, other: Any) -> bool:
        return self.value().isdisjoint(_plain(other))

    def issubset(self, other: Any) -> bool:
        return self.value().issubset(_plain(other))

    def union(self, *others: Any) -> frozenset[str]:
        return self.value().union(*map(_plain, others))

    def intersection(self, *others: Any) -> frozenset[str]:
        return self.value().intersection(*map(_plain, others))


def _plain(value: Any) -> Any:
    return value.value() if isinstance(value, PackValue) else value


#: The last window a pattern was searched in (a window is asked by several patterns in a
#: row), lower-cased and lower-cased without its trailing spaces (None, None: not ASCII,
#: searched as it is), for the endings and the case-sensitive twin; replaced whole.
_LAST_LOW: list[tuple[str | None, str | None, str | None]] = [(None, None, None)]


def _lowered(string: str) -> tuple[str | None, str | None, str | None]:
    """``string``, and (ASCII only) it lower-cased, and that without its trailing spaces,
    kept as the last window."""
    lowered = string.lower() if string.isascii() else None
    low = _LAST_LOW[0] = (string, lowered, lowered if lowered is None else lowered.rstrip())
    return low


class PackPattern(PackValue[re.Pattern[str]]):
    """A compiled regular expression of the active pack; used like a `re.Pattern`. A
    pattern anchored at the end ("... km north of $") searched in a whole string is not
    searched where the string ends with none of its endings (`literal.end_words`): the
    engine tries such a pattern at every position, and most windows end otherwise. A
    case-blind one searched in a whole ASCII string is searched case-sensitive in the
    string lower-cased (`lowered.case_twin`: the same places), then matched where found."""

    __slots__ = ("_ends", "_twin")

    def __init__(self, build: Callable[[LanguagePack], re.Pattern[str]]) -> None:
        super().__init__(build)
        self._ends: tuple[re.Pattern[str], tuple[str, ...] | None] | None = None
        self._twin: tuple[re.Pattern[str], re.Pattern[str] | None] | None = None

    def search(self, string: str, *args: Any) -> re.Match[str] | None:
        last = self._last  # the hot path of `value`, inlined: asked per name and per word
        if last is not None and last[0] is (_ACTIVE.get() or _DEFAULT.pack):
            pattern = last[1]
        else:
            pattern = self.value()
        if not args:
            ends = self._ends
            if ends is None or ends[0] is not pattern:
                ends = self.endings()
            twin = self._twin
            if twin is None or twin[0] is not pattern:
                twin = self.twin()
            if ends[1] is not None or twin[1] is not None:
                last = _LAST_LOW[0]
                _, low, tail = last if last[0] is string else _lowered(string)
                if ends[1] is not None and tail is not None and not tail.endswith(ends[1]):
                    return None
                if twin[1] is not None and low is not None:
                    found = twin[1].search(low)
                    return None if found is None else pattern.match(string, found.start())
        return pattern.search(string, *args)

    def twin(self) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
        """The active pack's pattern and its case-sensitive twin (`lowered.case_twin`; None:
        searched as it is), worked out once per pattern."""
        return self._per_pattern("_twin", case_twin)

    def endings(self) -> tuple[re.Pattern[str], tuple[str, ...] | None]:
        """The active pack's pattern and the endings one of which every match ends with
        (`literal.end_words`; None: any), worked out once per pattern."""
        return self._per_pattern("_ends", end_words)

    def _per_pattern(
        self, slot: str, work_out: Callable[[re.Pattern[str]], Any]
    ) -> tuple[re.Pattern[str], Any]:
        """The active pack's pattern and what ``work_out`` makes of it, kept in ``slot``
        until the pattern changes (another pack)."""
        pattern = self.value()
        held = getattr(self, slot)
        if held is None or held[0] is not pattern:
            held = (pattern, work_out(pattern))
            setattr(self, slot, held)
        return held

    def match(self, string: str, *args: Any) -> re.Match[str] | None:
        last = self._last
        if last is not None and last[0] is (_ACTIVE.get() or _DEFAULT.pack):
            return last[1].match(string, *args)
        return self.value().match(string, *args)

    def fullmatch(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.value().fullmatch(string, *args)

    def finditer(self, string: str, *args: Any) -> Iterator[re.Match[str]]:
        return self.value().finditer(string, *args)

    def findall(self, string: str, *args: Any) -> list[Any]:
        return self.value().findall(string, *args)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.value().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self.value().split(string, maxsplit)

    @property
    def pattern(self) -> str:
        return self.value().pattern


class PackMapping(PackValue[dict[str, Any]]):
    """A mapping of the active pack (month names → numbers...); used like a dict."""

    __slots__ = ()

    def __getitem__(self, key: str) -> Any:
        return self.value()[key]

    def __contains__(self, key: object) -> bool:
        return key in self.value()

    def __iter__(self) -> Iterator[str]:
        return iter(self.value())

    def __len__(self) -> int:
        return len(self.value())

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        return self.value().get(key, default)

    def items(self) -> Any:
        return self.value().items()

    def keys(self) -> Any:
        return self.value().keys()

    def values(self) -> Any:
        return self.value().values()


def pack_mapping(name: str, key: str) -> PackMapping:
    """A mapping kept in the pack's ``name.yaml`` under ``key``."""
    return PackMapping(lambda pack: dict(pack.entry(name, key)))


def pack_words(name: str, key: str | None = None) -> PackWords:
    """A word set of the active pack: ``name.txt`` or, with ``key``, a list in ``name.yaml``."""
    if key is None:
        return PackWords(lambda pack: pack.words(name))
    return PackWords(lambda pack: pack.word_set(name, key))


def pack_pattern(
    name: str, key: str, flags: int = 0, **slots: Callable[[LanguagePack], str]
) -> PackPattern:
    """The compiled pattern ``key`` of the pack's ``name.yaml``; each slot's text is made
    from the pack (e.g. an alternation of one of its word lists)."""
    return PackPattern(
        lambda pack: re.compile(
            pack.pattern(name, key, **{k: make(pack) for k, make in slots.items()}), flags
        )
    )


def alternation(words: Any) -> str:
    """``a|b|c`` of escaped words, longest first (so 'sub-district' wins over 'district')."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
