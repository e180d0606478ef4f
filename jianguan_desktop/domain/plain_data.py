"""Frozen dataclasses to JSON-able dicts and back: dates as ISO text, enums as their values.

Used by the domain records that the services store as JSON (a complaint and its steps, a
deadline preset); nested records, optional fields and tuples are followed by their type hints.
"""

from __future__ import annotations

import types
import typing
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, Self


def to_plain(value: Any) -> Any:
    """``value`` with dataclasses as dicts, enums as values, dates as ISO text, tuples as
    lists: ready for ``json.dumps``."""
    if is_dataclass(value) and not isinstance(value, type):
        return {item.name: to_plain(getattr(value, item.name)) for item in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(key): to_plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(item) for item in value]
    return value


def from_plain(cls: type[Any], data: dict[str, Any]) -> Any:
    """The dataclass ``cls`` from its :func:`to_plain` form; keys it does not know are
    ignored, missing ones take the field's default."""
    hints = typing.get_type_hints(cls)
    values = {item.name: _convert(hints[item.name], data[item.name])
              for item in fields(cls) if item.name in data}
    return cls(**values)


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [arg for arg in args if arg is not type(None)]
        return _convert(inner[0], value) if len(inner) == 1 else value
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], item) for item in value)
        return tuple(_convert(arg, item) for arg, item in zip(args, value, strict=True))
    if origin is not None:  # Literal[...] and other generic forms: the value as stored
        return value
    if hint is datetime:
        return datetime.fromisoformat(value)
    if hint is date:
        return date.fromisoformat(value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if isinstance(hint, type) and is_dataclass(hint):
        return from_plain(hint, value)
    return value


class PlainRecord:
    """Mixin for a frozen dataclass stored as JSON: :meth:`to_dict` and :meth:`from_dict`."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict: dates as ISO text, enums as their stored values."""
        result: dict[str, Any] = to_plain(self)
        return result

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """The record from :meth:`to_dict` (checked again by its ``__post_init__``)."""
        record: Self = from_plain(cls, data)
        return record
