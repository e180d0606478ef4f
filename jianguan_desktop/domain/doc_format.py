"""How official documents write numbers, dates, heading numbers and page numbers
(GB/T 9704-2012, 7.2.5, 7.3.3, 7.3.5, 7.5): pure rules shared by forms and the renderer.
"""

from __future__ import annotations

import re
from datetime import date

from jianguan_desktop.domain.numbering import format_number
from jianguan_desktop.i18n import tr

_YEAR_MIN, _YEAR_MAX = 1000, 9999
_BRACKETS = "〔〕[]【】()（）"

_HEADINGS = (
    (1, re.compile(r"^[一二三四五六七八九十百零〇]+、")),
    (2, re.compile(r"^[（(][一二三四五六七八九十百零〇]+[）)]")),
    (3, re.compile(r"^[0-9０-９]+[.．](?![0-9０-９])")),
    (4, re.compile(r"^[（(][0-9０-９]+[）)]")),
)


def format_doc_number(code: str, year: int, seq: int) -> str:
    """发文字号 (GB/T 9704-2012, 7.2.5): ``format_doc_number("豫滑监", 2026, 17)`` gives
    ``豫滑监〔2026〕17号`` — 六角括号, the full year, no leading zeros and no 第.

    ``ValueError`` (translated) for an empty 机关代字, one with 第 or brackets in it, a year
    without four digits or a sequence number below 1.
    """
    code = code.strip()
    if not code:
        raise ValueError(tr("Enter the 机关代字 (the office's short code in document numbers)."))
    if "第" in code:
        raise ValueError(tr("The 机关代字 must not contain 第: a document number reads "
                            "豫滑监〔2026〕17号."))
    if any(ch in _BRACKETS for ch in code):
        raise ValueError(tr("The 机关代字 must not contain brackets: the year's 〔〕 are "
                            "added automatically."))
    if not _YEAR_MIN <= year <= _YEAR_MAX:
        raise ValueError(tr("The year of a document number must have four digits."))
    if seq < 1:
        raise ValueError(tr("The sequence number of a document number starts at 1."))
    return format_number(code, year, seq)


# A date left to be written by hand: room for the year's four digits and two for the month
# and the day (a half-width space is as wide as a digit).
BLANK_CN_DATE = "    年  月  日"


def format_cn_date(day: date) -> str:
    """成文日期 and 印发日期 (7.3.5, 7.4.3): ``2026年11月21日``, no leading zeros."""
    return f"{day.year}年{day.month}月{day.day}日"


def cn_date_or_blank(day: date | None) -> str:
    """:func:`format_cn_date`, or :data:`BLANK_CN_DATE` to fill in by hand."""
    return format_cn_date(day) if day is not None else BLANK_CN_DATE


def heading_level(text: str) -> int | None:
    """The level of a body heading from its number (7.3.3): "一、" 1, "（一）" 2, "1." or
    "1．" 3, "（1）" 4; ``None`` when the text does not start with one."""
    stripped = text.lstrip(" \u3000")
    for level, pattern in _HEADINGS:
        if pattern.match(stripped):
            return level
    return None


def page_number_text(number: int) -> str:
    """The page number (7.5): the number between two 一字线, ``— 1 —``."""
    return f"— {number} —"
