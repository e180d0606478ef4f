"""Cell values as clerks type them made into clean values, one parser per column kind.

A parser takes what openpyxl read (text, number, date, flag) and returns the clean value, or
``None`` for an empty cell, or raises :class:`CellError` whose reason is a sentence for the clerk.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from openpyxl.utils.datetime import CALENDAR_WINDOWS_1900, from_excel

from jianguan_desktop.i18n import tr

Parser = Callable[[Any], Any]

# every white-space character (U+3000 is the last) and the invisible ones pasted from the web
STRIP = ("".join(ch for ch in map(chr, range(0x3001)) if ch.isspace())
         + "\u200b\u200c\u200d\u2060\ufeff")
_SPACES = re.compile(f"[{re.escape(STRIP)}]+")
EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                          "#GETTING_DATA", "#SPILL!", "#CALC!"})
EXCEL_DIGITS = 15  # Excel keeps 15 significant digits of a number; the rest become zeros
FIRST_YEAR, LAST_YEAR = 1900, 2099
SHOWN_CHOICES = 12  # a reason lists at most this many choices
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")
_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_DATE = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?"
                   r"(?:\s*T?\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_SHORT_YEAR = re.compile(r"(\d{2})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_WHOLE_TEXT = re.compile(r"(\d+)\.0*")
# Excel's way of showing a long number (4.10522E+17); digits, E and digits alone may be a real
# code (the credit-code alphabet has E: 91410526000003E007)
_SCIENTIFIC = re.compile(r"\d+\.\d+E[+-]?\d+|\d+E[+-]\d+")
NOT_NUMBERS = (bool, datetime, date, time, timedelta)  # bool first: True is an int
_SERIAL_FIRST = 7306  # 1920-01-01 as an Excel serial number
_SERIAL_LAST = 73050  # 2099-12-31


class CellError(ValueError):
    """A cell that cannot be used; ``reason`` says why, in the user's language."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --- shared helpers -----------------------------------------------------------------------

def half_width(text: str) -> str:
    """Full-width digits, letters and punctuation as their ordinary (half-width) forms."""
    return text if text.isascii() else unicodedata.normalize("NFKC", text).replace("−", "-")


def squeeze(text: str) -> str:
    """Half-width, without any white space, folded case: how headers and choices compare."""
    return _SPACES.sub("", half_width(text)).casefold()


def cell_text(value: Any) -> str:
    """A cell's value as Excel shows it, for messages and for text columns."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 10**EXCEL_DIGITS:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def clean_text(value: Any) -> str:
    """The cell's text without leading or trailing spaces (ASCII, full-width, no-break)."""
    text = value if type(value) is str else cell_text(value)
    return text.strip(STRIP)


def choice_list(labels: Iterable[str]) -> str:
    """The choices for a message: 货物、工程、服务 (a long list is cut short)."""
    shown = list(labels)
    if len(shown) <= SHOWN_CHOICES:
        return "、".join(shown)
    return tr("{choices} and {count} more (see the drop-down list in the template)").format(
        choices="、".join(shown[:SHOWN_CHOICES - 2]), count=len(shown) - SHOWN_CHOICES + 2)


def _not_a_number(value: Any) -> CellError:
    return CellError(tr("“{value}” is not a number. Type digits only, such as 1234.50 "
                        "(commas between thousands are fine).").format(value=cell_text(value)))


def _number(value: Any) -> Decimal:
    """Any number a cell may hold (also typed as text, with commas or full-width digits)."""
    if isinstance(value, NOT_NUMBERS):
        raise _not_a_number(value)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise _not_a_number(value)
        return Decimal(repr(value))
    text = _SPACES.sub("", half_width(str(value)))
    if _GROUPED.fullmatch(text):
        text = text.replace(",", "")
    elif not _PLAIN.fullmatch(text):
        raise _not_a_number(value)
    try:
        return Decimal(text)
    except InvalidOperation:
        raise _not_a_number(value) from None


def _bounded(number: Decimal, minimum: Decimal | int | None,
             maximum: Decimal | int | None) -> Decimal:
    if minimum is not None and number < minimum:
        raise CellError(tr("The number must be at least {minimum}.").format(minimum=minimum))
    if maximum is not None and number > maximum:
        raise CellError(tr("The number must be at most {maximum}.").format(maximum=maximum))
    return number


def _empty(value: Any) -> bool:
    return value is None or (type(value) is str and not value.strip(STRIP))


# --- parsers per kind ---------------------------------------------------------------------

def text_parser(max_length: int | None = None) -> Parser:
    """Text with its outer spaces removed (inner spaces and line breaks kept)."""

    def parse(value: Any) -> str | None:
        if value is None:
            return None
        text = value.strip(STRIP) if type(value) is str else clean_text(value)
        if not text:
            return None
        if text[0] == "#" and text in EXCEL_ERRORS:
            raise CellError(tr("The cell shows the Excel error {error}: correct the formula or "
                               "type the value itself.").format(error=text))
        if max_length is not None and len(text) > max_length:
            raise CellError(tr("Too long: at most {limit} characters, this has {count}.")
                            .format(limit=max_length, count=len(text)))
        return text

    return parse


def decimal_parser(places: int | None = None, minimum: Decimal | int | None = None,
                   maximum: Decimal | int | None = None) -> Parser:
    """A number with a fraction: real numbers, numbers stored as text, ``1,234.50``."""
    step = Decimal(1).scaleb(-places) if places is not None else None

    def parse(value: Any) -> Decimal | None:
        if _empty(value):
            return None
        number = _number(value)
        if step is not None:
            rounded = number.quantize(step)
            # a float that Excel's arithmetic left as 0.30000000000000004 is 0.30
            if rounded != number and not (isinstance(value, float)
                                          and abs(rounded - number) < Decimal("1e-9")):
                raise CellError(tr("At most {places} digits after the decimal point.")
                                .format(places=places))
            number = rounded
        return _bounded(number, minimum, maximum)

    return parse


def int_parser(minimum: int | None = None, maximum: int | None = None) -> Parser:
    """A whole number: real numbers, numbers stored as text, ``1,234``."""

    def parse(value: Any) -> int | None:
        if _empty(value):
            return None
        number = _number(value)
        if number != number.to_integral_value():
            raise CellError(tr("“{value}” is not a whole number.").format(
                value=cell_text(value)))
        return int(_bounded(number, minimum, maximum))

    return parse


def _real_date(year: int, month: int, day: int, typed: Any) -> date:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise CellError(tr("“{value}”: the year {year} is out of range ({first}–{last}).")
                        .format(value=cell_text(typed), year=year, first=FIRST_YEAR,
                                last=LAST_YEAR))
    if not 1 <= month <= 12:
        raise CellError(tr("“{value}” is not a real date: there is no month {month}.")
                        .format(value=cell_text(typed), month=month))
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise CellError(tr("“{value}” is not a real date: {month}/{year} has only {days} days.")
                        .format(value=cell_text(typed), year=year, month=month, days=days))
    return date(year, month, day)


def _not_a_date(value: Any) -> CellError:
    return CellError(tr("“{value}” is not a date. Type it as 2026-03-05 (2026.3.5, 2026/3/5 "
                        "and 2026年3月5日 are fine too).").format(value=cell_text(value)))


def _date_from_number(value: int | float, epoch: datetime) -> date:
    if float(value).is_integer():
        compact = _COMPACT_DATE.fullmatch(str(int(value)))
        if compact:  # 20260305 typed without separators
            return _real_date(*map(int, compact.groups()), value)
    if not _SERIAL_FIRST <= value <= _SERIAL_LAST:
        raise _not_a_date(value)
    return from_excel(value, epoch=epoch).date()


def _date_from_text(value: str) -> date:
    text = _SPACES.sub(" ", half_width(value)).strip()
    match = _DATE.fullmatch(text) or _COMPACT_DATE.fullmatch(text)
    if match:
        return _real_date(*map(int, match.groups()), value)
    if _SHORT_YEAR.fullmatch(text):
        raise CellError(tr("“{value}”: write the year with all four digits, such as "
                           "2026-03-05.").format(value=value))
    raise _not_a_date(value)


def date_parser(epoch: datetime = CALENDAR_WINDOWS_1900) -> Parser:
    """A day: real Excel dates, serial numbers, and text such as 2026.3.5 or 2026年3月5日.

    ``epoch`` is the workbook's date system (1904 for some old Mac workbooks).
    """

    def parse(value: Any) -> date | None:
        if value is None:
            return None
        if isinstance(value, date):  # a real Excel date (a datetime is a date too)
            if FIRST_YEAR <= value.year <= LAST_YEAR:
                return value.date() if isinstance(value, datetime) else value
            return _real_date(value.year, value.month, value.day, value)
        if isinstance(value, bool | time | timedelta):
            raise _not_a_date(value)
        if isinstance(value, int | float):
            return _date_from_number(value, epoch)
        text = str(value).strip(STRIP)
        return _date_from_text(text) if text else None

    return parse


def choice_parser(choices: Mapping[str, Any],
                  aliases: Mapping[str, Any] | None = None) -> Parser:
    """One of fixed choices, by its label or its stored value, spaces and case aside;
    ``aliases`` are other labels understood too (not listed in messages)."""
    lookup: dict[str, Any] = {}
    for stored in choices.values():
        lookup.setdefault(squeeze(str(stored)), stored)
    for label, stored in (aliases or {}).items():
        lookup[squeeze(label)] = stored
    for label, stored in choices.items():
        lookup[squeeze(label)] = stored  # a label wins over a stored value spelt the same
    allowed = choice_list(choices)

    exact = dict(choices)  # most cells hold a label exactly as listed

    def parse(value: Any) -> Any:
        if type(value) is str and value in exact:
            return exact[value]
        if _empty(value):
            return None
        key = squeeze(cell_text(value))
        try:
            return lookup[key]
        except KeyError:
            raise CellError(tr("“{value}” is not one of the choices: {choices}.").format(
                value=clean_text(value), choices=allowed)) from None

    return parse


def _lost_digits(value: Any) -> CellError:
    return CellError(tr("Excel stored the code {value} as a number and kept only its first 15 "
                        "digits; the rest are lost. Format the column as text and type the "
                        "code again.").format(value=cell_text(value)))


def _code_from_number(value: int | float) -> str:
    if isinstance(value, float) and not value.is_integer():
        raise CellError(tr("“{value}” is not a code: a code has no decimal point.")
                        .format(value=cell_text(value)))
    if value < 0:
        raise CellError(tr("“{value}” is not a code.").format(value=cell_text(value)))
    digits = str(int(value))
    if isinstance(value, float) and len(digits) > EXCEL_DIGITS:
        raise _lost_digits(value)
    return digits


def code_parser(length: int | None = None) -> Parser:
    """An identifier code: upper case, no spaces, half-width; numbers Excel made of it undone.

    With a fixed ``length``, a code Excel stored as a number gets back its leading zeros.
    """

    def parse(value: Any) -> str | None:
        if _empty(value):
            return None
        if isinstance(value, NOT_NUMBERS):
            raise CellError(tr("“{value}” is not a code.").format(value=cell_text(value)))
        numeric = isinstance(value, int | float)
        if numeric:
            code = _code_from_number(value)
        else:
            code = _SPACES.sub("", half_width(str(value))).upper()
            whole = _WHOLE_TEXT.fullmatch(code)
            if whole:  # 123456.0: a number pasted as text
                code, numeric = whole.group(1), True
            elif _SCIENTIFIC.fullmatch(code):
                raise _lost_digits(value)
        if length is not None:
            if numeric and code.isdigit() and len(code) < length:
                code = code.zfill(length)  # the leading zeros Excel dropped
            if len(code) != length:
                raise CellError(tr("The code must have {length} characters; “{value}” has "
                                   "{count}.").format(length=length, value=code,
                                                      count=len(code)))
        return code

    return parse
