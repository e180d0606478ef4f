"""The office code: a 6-digit 行政区划代码 (GB/T 2260), optionally with a suffix such as ``-01``.

A county office has a county-level code (last two digits not 00); a city office has a
prefecture-level code (digits 3–4 not 00, last two 00). The suffix tells apart two
offices that share one area code.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from jianguan_desktop.i18n import tr


class OfficeMode(StrEnum):
    """Whether the database belongs to a county office or to the city office."""

    COUNTY = "county"
    CITY = "city"


def mode_label(mode: OfficeMode | str) -> str:
    """Chinese name of a mode."""
    return tr("County office") if OfficeMode(mode) is OfficeMode.COUNTY else tr("City office")


# First two digits of the provinces, autonomous regions and municipalities (GB/T 2260):
# 北京…内蒙古 11–15, 辽宁…黑龙江 21–23, 上海…山东 31–37, 河南…海南 41–46,
# 重庆…西藏 50–54, 陕西…新疆 61–65, 台湾 71, 香港 81, 澳门 82.
PROVINCE_PREFIXES = frozenset(
    [*range(11, 16), *range(21, 24), *range(31, 38), *range(41, 47), *range(50, 55),
     *range(61, 66), 71, 81, 82]
)

_SHAPE = re.compile(r"^(?P<area>[0-9]+)(?:-(?P<suffix>[A-Z0-9]*))?$")
SUFFIX_MAX = 4


def normalise(text: str) -> str:
    """Full-width digits, letters and dashes to half-width; spaces removed; upper case."""
    folded = unicodedata.normalize("NFKC", text)
    folded = folded.replace("—", "-").replace("–", "-").replace("‐", "-")
    return re.sub(r"\s+", "", folded).upper()


def check_office_code(text: str, mode: OfficeMode | str = OfficeMode.COUNTY) -> str:
    """The normalised office code, or ``ValueError`` saying (translated) which rule failed."""
    mode = OfficeMode(mode)
    code = normalise(text)
    if not code:
        raise ValueError(tr("Enter the office code (the 6-digit administrative division "
                            "code)."))
    match = _SHAPE.match(code)
    if match is None:
        raise ValueError(tr("The office code must be 6 digits, optionally followed by a dash "
                            "and up to 4 letters or digits (for example 410522 or "
                            "410522-01)."))
    area, suffix = match["area"], match["suffix"]
    if len(area) != 6:
        raise ValueError(tr("The office code must have 6 digits; “{code}” has {count}.")
                         .format(code=area, count=len(area)))
    if suffix is not None and not 1 <= len(suffix) <= SUFFIX_MAX:
        raise ValueError(tr("The suffix after the dash must have 1 to {count} letters or "
                            "digits.").format(count=SUFFIX_MAX))
    if int(area[:2]) not in PROVINCE_PREFIXES:
        raise ValueError(tr("The first two digits “{prefix}” are not a province code "
                            "(11 北京 to 82 澳门).").format(prefix=area[:2]))
    if mode is OfficeMode.COUNTY:
        if area[4:] == "00":
            raise ValueError(tr("A county office needs a county-level code: the last two "
                                "digits must not be 00 (“{code}” is a city or province "
                                "code).").format(code=area))
        if area[2:4] == "00":
            raise ValueError(tr("A county-level code has the city in digits 3–4; they must "
                                "not be 00."))
    else:
        if area[2:4] == "00":
            raise ValueError(tr("A city office needs a city-level code: digits 3–4 must not "
                                "be 00 (“{code}” is a province code).").format(code=area))
        if area[4:] != "00":
            raise ValueError(tr("A city office needs a city-level code ending in 00 "
                                "(“{code}” is a county code).").format(code=area))
    return area if suffix is None else f"{area}-{suffix}"


def area_code(office_code: str) -> str:
    """The 6-digit area part of an office code (without the suffix)."""
    return office_code.split("-", 1)[0]


def office_label(code: str, name: str = "") -> str:
    """How an office is named in a message: its code and name (the code alone when the name is
    not known here), e.g. ``410522 滑县公共资源交易监督管理办公室``."""
    return f"{code} {name}".strip() if name else code


def owner_only_message(office: str, city: bool) -> str:
    """Why a record of ``office`` (see :func:`office_label`) cannot be changed here; at the city
    (``city``), where a note of its own can be added instead."""
    if city:
        return tr("This is a record of {office}; only that office may change it. The city "
                  "office may add notes of its own.").format(office=office)
    return tr("This is a record of {office}; only that office may change it.").format(
        office=office)


def foreign_insert_message(office: str) -> str:
    """Why a record carrying another office's code cannot be added here."""
    return tr("Records of {office} are added only by that office; they arrive here with its "
              "sync packages.").format(office=office)


OFFICE_NAME_TAILS = ("公共资源交易监督管理办公室", "公共资源交易监督管理局",
                     "公共资源交易监管办公室", "公共资源交易监管局", "公共资源交易中心",
                     "公共资源交易")


def short_office_name(code: str, name: str = "") -> str:
    """An office as a list column shows it: its place, ``安阳县`` for
    ``安阳县公共资源交易监督管理办公室`` (the whole name when it has none of the usual
    endings, the code when the name is not known)."""
    for tail in OFFICE_NAME_TAILS:
        if name.endswith(tail) and len(name) > len(tail):
            return name[:-len(tail)]
    return name or code
