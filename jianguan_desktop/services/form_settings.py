"""Per-office settings of printed official documents (公文与打印): full name, 机关代字, 抄送, 署名.

:func:`form_profile` applies the fallbacks: a blank full name is the office's name, a blank
signature or issuer the full name, so that a new office prints sensible documents at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.models import Office
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.settings import (
    SettingDef,
    SettingGroup,
    get_setting,
    register_setting,
    register_setting_group,
)

GROUP = "forms"
LIST_MAX_ROWS_PRESET = 5000
# 抄送 units are separated by 、 (the list mark), a comma or semicolon, or one per line.
_CC_SEPARATORS = re.compile(r"[、，,；;\n\r]+")

register_setting_group(SettingGroup(GROUP, lambda: tr("Official documents and printing"), 300))


def _policy_source() -> str:
    return tr("This program's policy")


def _gb9704(part: str) -> str:
    return tr("This program's policy; where it is printed: GB/T 9704-2012 {part}").format(
        part=part)


def _part_setting(key: str, label: Callable[[], str], part: str) -> SettingDef:
    """A text setting (blank preset) for a part of the printed document."""
    return register_setting(SettingDef(key, "", label, lambda: _gb9704(part), group=GROUP))


FULL_NAME = _part_setting("forms.full_name", lambda: tr(
    "Full name of the office (printed as the issuing organ's mark; blank: the office name)"),
    "7.2.4")
DOC_CODE = _part_setting("forms.doc_code", lambda: tr(
    "Organ code of document numbers (机关代字, e.g. 滑监)"), "7.2.5")
DEFAULT_CC = _part_setting("forms.default_cc", lambda: tr(
    "Default copy-to units (抄送; one per line or separated by 、)"), "7.4.2")
SIGNATURE = _part_setting("forms.signature", lambda: tr(
    "Signature of documents (署名; blank: the full name)"), "7.3.5")
ISSUER = _part_setting("forms.issuer", lambda: tr(
    "Printing and issuing organ (印发机关; blank: the full name)"), "7.4.3")
LIST_MAX_ROWS = register_setting(SettingDef(
    "forms.list_max_rows", LIST_MAX_ROWS_PRESET,
    lambda: tr("Most rows a printed list may have"), _policy_source, minimum=1,
    maximum=100_000, unit=lambda: tr("rows"), group=GROUP))


@dataclass(frozen=True)
class FormProfile:
    """What printed documents say about the office, fallbacks applied."""

    full_name: str
    doc_code: str
    default_cc: tuple[str, ...]
    signature: str
    issuer: str


def split_units(text: str | None) -> tuple[str, ...]:
    """「市公管办、县财政局」 or one unit per line as a tuple of units (blanks dropped)."""
    return tuple(part.strip() for part in _CC_SEPARATORS.split(text or "") if part.strip())


def form_profile(db_or_session: Database | Session) -> FormProfile:
    """The office's form settings with their fallbacks (the office's name where blank)."""
    if not isinstance(db_or_session, Session):
        with db_or_session.uow(readonly=True) as uow:
            return form_profile(uow.session)
    session = db_or_session
    office = session.get(Office, 1)
    office_name = office.name if office is not None else ""

    def text(definition: SettingDef) -> str:
        return " ".join(str(get_setting(session, definition.key) or "").split())

    full_name = text(FULL_NAME) or office_name
    return FormProfile(
        full_name=full_name,
        doc_code=text(DOC_CODE),
        default_cc=split_units(str(get_setting(session, DEFAULT_CC.key) or "")),
        signature=text(SIGNATURE) or full_name,
        issuer=text(ISSUER) or full_name,
    )
