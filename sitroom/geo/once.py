"""`once`: a property computed on first use and kept on the instance, for the hot
attributes of small frozen records (`sitroom.geo.gazetteer.Hit`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class once(Generic[T]):  # noqa: N801  (used as a decorator, like `property`)
    """`functools.cached_property` without its lock and double lookup: the first read
    computes the value and stores it in the instance's ``__dict__``, where every later
    read finds it without calling anything (the descriptor defines no ``__set__``). For
    values that are a pure function of the record: two threads computing one at once
    store the same value."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value
