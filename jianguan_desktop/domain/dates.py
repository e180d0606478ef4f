"""Dates as a clerk types them on the command line or in a form reference.

``2026-11-21`` or ``today``/``今天``; anything else is refused in words a clerk understands.
"""

from __future__ import annotations

from datetime import date

from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr

TODAY_WORDS = ("today", "今天", "今日")


def parse_day(text: str, field: str = "ref") -> date:
    """``YYYY-MM-DD`` or ``today`` (``今天``) as a date; anything else is refused naming
    ``field``."""
    cleaned = text.strip()
    if cleaned.lower() in TODAY_WORDS:
        return date.today()
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        raise ValidationError(tr("“{value}” is not a date; write it as 2026-11-21.").format(
            value=cleaned), field=field) from None
