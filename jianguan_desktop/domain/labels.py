"""Enums whose members have a name a clerk reads, for the window, the forms and the history.

The names are looked up when shown (``tr()`` needs the language in force then).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class LabelledEnum(StrEnum):
    """An enum whose members have a Chinese name; subclasses give :meth:`labels`."""

    @classmethod
    def labels(cls) -> dict[Any, str]:
        """Every member's name as a clerk reads it."""
        raise NotImplementedError

    @classmethod
    def value_labels(cls, blank: bool = False) -> dict[str, str]:
        """Stored value → name (with ``blank``: the empty value → empty name first)."""
        named = {member.value: text for member, text in cls.labels().items()}
        return {"": "", **named} if blank else named

    @property
    def label(self) -> str:
        """The member's name as a clerk reads it."""
        return type(self).labels()[self]
