"""Translation of user-visible strings without Qt: one catalogue for window and command line.

Source strings are English; the Simplified Chinese catalogue is the committed Qt
``.ts`` file in ``resources/i18n``. The window installs Qt's translator (the
``.qm`` built from the same file) and routes :func:`tr` through it; the layers
below ``ui`` and the command line read the ``.ts`` file directly.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache

from jianguan_desktop.resources_path import resource_path

DEFAULT_CONTEXT = "jianguan"
LANGUAGE_ENV = "JIANGUAN_LANG"  # "zh_CN" (default), "en" (source strings), "stretch"

Backend = Callable[[str, str], str]
_backend: Backend | None = None


def ts_path() -> str:
    """Path of the committed Simplified Chinese catalogue."""
    return str(resource_path("i18n", "jianguan_zh_CN.ts"))


@lru_cache(maxsize=1)
def _catalogue() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    try:
        root = ET.parse(ts_path()).getroot()
    except (OSError, ET.ParseError):
        return table
    for context in root.iter("context"):
        name = context.findtext("name") or DEFAULT_CONTEXT
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or not (node.text or ""):
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, source)] = node.text or ""
    return table


def language() -> str:
    """The language in force: zh_CN unless ``JIANGUAN_LANG`` says otherwise."""
    return os.environ.get(LANGUAGE_ENV, "zh_CN")


def stretch(text: str) -> str:
    """Make a string longer, to find layouts that clip text."""
    return text + "～" * max(2, len(text) // 2)


def _catalogue_backend(context: str, text: str) -> str:
    lang = language()
    if lang == "en":
        return text
    result = _catalogue().get((context, text), text)
    return stretch(result) if lang == "stretch" else result


def set_backend(backend: Backend | None) -> None:
    """Route :func:`tr` through another translator (the window installs Qt's)."""
    global _backend
    _backend = backend


def tr(text: str, context: str = DEFAULT_CONTEXT) -> str:
    """Translate a user-visible source string into the user's language."""
    if _backend is not None:
        return _backend(context, text)
    return _catalogue_backend(context, text)


def catalogue_translate(context: str, text: str) -> str:
    """Translate through the ``.ts`` catalogue directly (used by the Qt fallback translator)."""
    return _catalogue_backend(context, text)
