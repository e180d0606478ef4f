"""Rules of the liaison directory and the joint meetings: kinds of member unit, the two posts,
meeting kinds and rhythms, task states, telephone numbers and e-mail addresses, and when the
next regular meeting is due.

Pure rules (no SQL, no Qt). The figures (3 working days to report a change; a meeting every
half year or every year) are settings with presets in ``services/liaison.py``, each citing its
source in ``shared/seeds/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from jianguan_desktop.domain.labels import LabelledEnum
from jianguan_desktop.i18n import tr


class UnitKind(LabelledEnum):
    """What a member unit is (鹤岗 一(二) 联合会议成员单位; 安阳 一(二))."""

    SUPERVISION = "supervision"
    DISCIPLINE = "discipline"
    AUDIT = "audit"
    POLICE = "police"
    PROCURATORATE = "procuratorate"
    COURT = "court"
    TRADING_CENTER = "trading_center"
    BUSINESS = "business"
    OTHER = "other"

    @classmethod
    def labels(cls) -> dict[UnitKind, str]:
        return {cls.SUPERVISION: tr("Administrative supervision department"),
                cls.DISCIPLINE: tr("Discipline inspection and supervision"),
                cls.AUDIT: tr("Audit"), cls.POLICE: tr("Public security"),
                cls.PROCURATORATE: tr("Procuratorate"), cls.COURT: tr("Court"),
                cls.TRADING_CENTER: tr("Trading centre"),
                cls.BUSINESS: tr("Business environment"), cls.OTHER: tr("Other")}


class Role(LabelledEnum):
    """The two posts each unit names (海口 (十六), 鹤岗 一(二))."""

    LEADER = "leader"
    LIAISON = "liaison"

    @classmethod
    def labels(cls) -> dict[Role, str]:
        return {cls.LEADER: tr("Responsible leader"), cls.LIAISON: tr("Liaison officer")}


class MeetingKind(LabelledEnum):
    """A regular meeting of the rhythm, or one called for a major risk (遇重大风险)."""

    REGULAR = "regular"
    EXTRA = "extra"

    @classmethod
    def labels(cls) -> dict[MeetingKind, str]:
        return {cls.REGULAR: tr("Regular meeting"),
                cls.EXTRA: tr("Extra meeting (major risk or other need)")}


class TaskStatus(LabelledEnum):
    """Where a follow-up task stands."""

    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"

    @classmethod
    def labels(cls) -> dict[TaskStatus, str]:
        return {cls.OPEN: tr("In progress"), cls.DONE: tr("Done"),
                cls.CANCELLED: tr("Cancelled")}


# A mobile number: 11 digits starting with 1 (after removing spaces and dashes, and +86).
_MOBILE = re.compile(r"1[3-9]\d{9}")
# A landline with its area code (010, 0372, …), optionally with an extension: 0372-8123456,
# (0372)8123456, 0372 812 3456-801.
_LANDLINE = re.compile(r"0\d{2,3}[2-9]\d{6,7}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")


def _digits(text: str) -> tuple[str, str]:
    """The number's digits (spaces, dashes, brackets and a +86 removed) and its extension."""
    cleaned = text.strip().replace("（", "(").replace("）", ")").replace("－", "-")
    extension = ""
    match = re.search(r"\s*(?:转|ext\.?|x|-)\s*(\d{1,6})$", cleaned, flags=re.IGNORECASE)
    body = cleaned
    if match and len(re.sub(r"\D", "", cleaned[:match.start()])) >= 10:
        extension, body = match.group(1), cleaned[:match.start()]
    digits = re.sub(r"[\s\-()]", "", body)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    return digits, extension


def check_mobile(text: str) -> str | None:
    """Why ``text`` is not a mobile number (``None`` when it is, or is empty)."""
    if not text.strip():
        return None
    digits, _extension = _digits(text)
    if not digits.isdigit():
        return tr("A mobile number has digits only: “{text}”.").format(text=text.strip())
    if not _MOBILE.fullmatch(digits):
        return tr("A mobile number has 11 digits and starts with 1 (such as 13812345678): "
                  "“{text}” has {count}.").format(text=text.strip(), count=len(digits))
    return None


def check_landline(text: str) -> str | None:
    """Why ``text`` is neither a landline with its area code nor a mobile (``None`` when it is
    one, or is empty): an office phone or a fax may be either."""
    if not text.strip():
        return None
    digits, _extension = _digits(text)
    if digits.isdigit() and (_LANDLINE.fullmatch(digits) or _MOBILE.fullmatch(digits)):
        return None
    if digits.isdigit() and 7 <= len(digits) <= 8 and not digits.startswith("0"):
        return tr("Give the area code with the number (such as 0372-8123456): “{text}”.").format(
            text=text.strip())
    return tr("“{text}” is not a telephone number: write a landline with its area code (such "
              "as 0372-8123456, an extension after a dash) or an 11-digit mobile.").format(
        text=text.strip())


def normalized_phone(text: str) -> str:
    """A valid number as it is printed: 0372-8123456(-801) or 13812345678."""
    digits, extension = _digits(text)
    if not digits.isdigit():
        return text.strip()
    if _MOBILE.fullmatch(digits):
        return digits
    area = 3 if digits[:2] in ("01", "02") else 4
    shown = f"{digits[:area]}-{digits[area:]}"
    return f"{shown}-{extension}" if extension else shown


def check_email(text: str) -> str | None:
    """Why ``text`` is not an e-mail address (``None`` when it is, or is empty)."""
    if not text.strip() or _EMAIL.fullmatch(text.strip()):
        return None
    return tr("“{text}” is not an e-mail address (such as gzb@hx.gov.cn).").format(
        text=text.strip())


@dataclass(frozen=True)
class Rhythm:
    """How often regular meetings are held: every ``months`` months."""

    months: int

    def next_due(self, last_held: date | None, today: date) -> date:
        """The day the next regular meeting is due: ``months`` after the last one held, or,
        with none held yet, the end of the current half year or year."""
        if last_held is None:
            if self.months >= 12:
                return date(today.year, 12, 31)
            return date(today.year, 6, 30) if today.month <= 6 else date(today.year, 12, 31)
        return add_months(last_held, self.months)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day where it is shorter)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")
