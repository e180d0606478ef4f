"""Reading what a clerk typed into a form: dates and texts, each wrong field's message
collected under its key so that one :class:`ValidationError` names them all.

Shared by the registers' ``check_*`` functions; ``label`` is the field's name as the form
shows it (for "Please fill in 收到日期.").
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr


def typed_date(values: Mapping[str, Any], key: str, errors: dict[str, str], label: str,
               required: bool = False) -> date | None:
    """A date given as a date or as ``2026-11-21``; a wrong or (when ``required``) missing
    one is noted in ``errors[key]``."""
    value = values.get(key)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if value in (None, ""):
        if required:
            errors[key] = tr("Please fill in {field}.").format(field=label)
        return None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        errors[key] = tr("“{value}” is not a date; write it as 2026-11-21.").format(value=value)
        return None


def raise_errors(errors: dict[str, str]) -> None:
    """Refuse with every wrong field, the first one as the message (nothing when none)."""
    if errors:
        first = next(iter(errors))
        raise ValidationError(errors[first], field=first, fields=errors)
