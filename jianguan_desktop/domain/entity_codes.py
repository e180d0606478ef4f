"""Identity codes of market entities: 统一社会信用代码 (GB 32100-2015) and 身份证号 (GB 11643-1999).

Each check normalises the input first (full-width to half-width, upper case, spaces removed)
and either returns a :class:`CodeCheck` describing a valid code or one naming the rule that
failed, in words a clerk understands. ID numbers are personal data: :func:`mask_id_number`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from jianguan_desktop.domain.office_code import PROVINCE_PREFIXES, normalise
from jianguan_desktop.i18n import tr

# --- 统一社会信用代码, GB 32100-2015 ---------------------------------------------------------

# GB 32100-2015 4.1 and 4.2: 31 characters (digits and capital letters without I, O, Z, S, V).
CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_LENGTH = 18
# GB 32100-2015 4.4 and 附录 A: weight of position i is 3^(i-1) mod 31.
CREDIT_WEIGHTS = tuple(pow(3, i, 31) for i in range(CREDIT_LENGTH - 1))
# Position 3–8: 行政区划代码 (GB/T 2260); "100000" is used by central-level registrations.
NATIONAL_AREA = "100000"


def _registration_labels() -> dict[str, str]:
    """GB 32100-2015 4.2 表 1: 登记管理部门代码."""
    return {
        "1": tr("Institutional staffing (机构编制)"), "2": tr("Foreign affairs (外交)"),
        "3": tr("Justice administration (司法行政)"), "4": tr("Culture (文化)"),
        "5": tr("Civil affairs (民政)"), "6": tr("Tourism (旅游)"),
        "7": tr("Religious affairs (宗教)"), "8": tr("Trade unions (工会)"),
        "9": tr("Market regulation (工商)"), "A": tr("Central Military Commission staffing"),
        "N": tr("Agriculture (农业)"), "Y": tr("Other registration departments"),
    }


# GB 32100-2015 4.2 表 1: 机构类别代码 allowed under each 登记管理部门代码.
CATEGORIES: dict[str, tuple[str, ...]] = {
    "1": ("1", "2", "3", "9"), "2": ("1", "9"), "3": ("1", "2", "3", "4", "5", "9"),
    "4": ("1", "9"), "5": ("1", "2", "3", "9"), "6": ("1", "2", "9"), "7": ("1", "2", "9"),
    "8": ("1", "9"), "9": ("1", "2", "3"), "A": ("1", "9"), "N": ("1", "2", "3", "9"),
    "Y": ("1",),
}


def _category_labels() -> dict[str, str]:
    """Names of the common 机构类别 (first two characters)."""
    return {
        "11": tr("Government organ"), "12": tr("Public institution (事业单位)"),
        "13": tr("Mass organisation under central staffing"), "19": tr("Other (机构编制)"),
        "51": tr("Social organisation (社会团体)"), "52": tr("Private non-enterprise unit"),
        "53": tr("Foundation"), "59": tr("Other (民政)"),
        "91": tr("Enterprise"), "92": tr("Individual business (个体工商户)"),
        "93": tr("Farmers' cooperative"), "N1": tr("Rural collective economic organisation"),
        "N2": tr("Rural collective economic organisation"), "Y1": tr("Other"),
    }


class CodeKind(StrEnum):
    """Which kind of code a text is."""

    CREDIT = "credit_code"
    ID = "id_number"


def kind_label(kind: CodeKind) -> str:
    """The Chinese name of a kind of code."""
    return tr("Unified social credit code") if kind is CodeKind.CREDIT else tr("ID card number")


@dataclass(frozen=True)
class CodeCheck:
    """The outcome of checking one code.

    ``rule`` names the rule that failed (``length``, ``charset``, ``registration``,
    ``category``, ``area``, ``check``, ``birth_date``, ``empty``) or is empty when valid;
    ``reason`` says it in Chinese; ``details`` holds what the code tells when it is valid.
    """

    kind: CodeKind
    text: str
    normalized: str
    valid: bool
    rule: str = ""
    reason: str = ""
    details: dict[str, str] = field(default_factory=dict)


def credit_check_character(first17: str) -> str:
    """The 18th character of a credit code from its first 17 (GB 32100-2015 附录 A)."""
    total = sum(CREDIT_CHARSET.index(ch) * weight
                for ch, weight in zip(first17, CREDIT_WEIGHTS, strict=True))
    return CREDIT_CHARSET[(31 - total % 31) % 31]


def _area_ok(area: str) -> bool:
    return area == NATIONAL_AREA or (area.isdigit() and int(area[:2]) in PROVINCE_PREFIXES)


def check_credit_code(text: str) -> CodeCheck:
    """Check a 统一社会信用代码 and say which rule failed, if any."""
    code = normalise(text)

    def fail(rule: str, reason: str) -> CodeCheck:
        return CodeCheck(CodeKind.CREDIT, text, code, False, rule, reason)

    if not code:
        return fail("empty", tr("Enter the unified social credit code."))
    if len(code) != CREDIT_LENGTH:
        return fail("length", tr("A unified social credit code has 18 characters; this one "
                                 "has {n}.").format(n=len(code)))
    bad = sorted({ch for ch in code if ch not in CREDIT_CHARSET})
    if bad:
        return fail("charset", tr("A unified social credit code cannot contain {chars} "
                                  "(only digits and capital letters other than I, O, Z, S "
                                  "and V).").format(chars="、".join(bad)))
    department, category = code[0], code[1]
    if department not in CATEGORIES:
        return fail("registration", tr("The first character “{ch}” is not a registration "
                                       "department code.").format(ch=department))
    if category not in CATEGORIES[department]:
        return fail("category", tr("The first two characters “{pair}” are not a valid "
                                   "registration department and category.").format(
                                       pair=code[:2]))
    area = code[2:8]
    if not _area_ok(area):
        return fail("area", tr("Characters 3 to 8 “{area}” are not an administrative "
                               "division code.").format(area=area))
    expected = credit_check_character(code[:17])
    if code[17] != expected:
        return fail("check", tr("The last character should be “{expected}”, not “{actual}”: "
                                "the code was probably mistyped.").format(
                                    expected=expected, actual=code[17]))
    details = {
        "registration": _registration_labels().get(department, department),
        "category": _category_labels().get(code[:2], code[:2]),
        "area": area,
        "organisation_code": code[8:17],
    }
    return CodeCheck(CodeKind.CREDIT, text, code, True, details=details)


# --- 公民身份号码, GB 11643-1999 -------------------------------------------------------------

ID_LENGTH = 18
# GB 11643-1999 7.2: weights 2^(18-i) mod 11 and the check character table.
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
EARLIEST_BIRTH = date(1900, 1, 1)
_ID_SHAPE = re.compile(r"^[0-9]{17}[0-9X]$")


def id_check_character(first17: str) -> str:
    """The 18th character of an ID number from its first 17 digits."""
    total = sum(int(ch) * weight for ch, weight in zip(first17, ID_WEIGHTS, strict=True))
    return ID_CHECK[total % 11]


def check_id_number(text: str, today: date | None = None) -> CodeCheck:
    """Check an 18-digit 身份证号: shape, area, a real birth date and the check character."""
    code = normalise(text)

    def fail(rule: str, reason: str) -> CodeCheck:
        return CodeCheck(CodeKind.ID, text, code, False, rule, reason)

    if not code:
        return fail("empty", tr("Enter the ID card number."))
    if len(code) != ID_LENGTH:
        return fail("length", tr("An ID card number has 18 characters; this one has "
                                 "{n}.").format(n=len(code)))
    if not _ID_SHAPE.match(code):
        return fail("charset", tr("An ID card number is 17 digits followed by a digit or "
                                  "X."))
    if int(code[:2]) not in PROVINCE_PREFIXES:
        return fail("area", tr("The first 6 digits “{area}” are not an administrative "
                               "division code.").format(area=code[:6]))
    try:
        born = date(int(code[6:10]), int(code[10:12]), int(code[12:14]))
    except ValueError:
        born = None
    today = today or date.today()
    if born is None or not EARLIEST_BIRTH <= born <= today:
        return fail("birth_date", tr("Digits 7 to 14 “{digits}” are not a real date of "
                                     "birth.").format(digits=code[6:14]))
    expected = id_check_character(code[:17])
    if code[17] != expected:
        return fail("check", tr("The last character should be “{expected}”, not “{actual}”: "
                                "the number was probably mistyped.").format(
                                    expected=expected, actual=code[17]))
    sex = tr("male") if int(code[16]) % 2 else tr("female")
    details = {"area": code[:6], "birth_date": born.isoformat(), "sex": sex}
    return CodeCheck(CodeKind.ID, text, code, True, details=details)


def mask_id_number(number: str) -> str:
    """An ID number as lists show it to those who need not see it: ``110105********002X``."""
    code = normalise(number)
    if len(code) <= 10:
        return "*" * len(code)
    return code[:6] + "*" * (len(code) - 10) + code[-4:]


def _looks_like_id(code: str) -> bool:
    """17 digits and a digit or X, with a birth year of 19xx or 20xx in digits 7–10."""
    return bool(_ID_SHAPE.match(code)) and code[6:8] in ("19", "20")


def check_code(text: str, kind: CodeKind | None = None) -> CodeCheck:
    """Check a code of either kind; without ``kind``, the kind it fits (or looks most like).

    An 18-digit text can be either kind: it is a valid code of whichever kind accepts it;
    when neither does, the reason given is for the kind it looks like (17 digits with a
    birth year 19xx or 20xx in digits 7–10 mean an ID number).
    """
    if kind is CodeKind.CREDIT:
        return check_credit_code(text)
    if kind is CodeKind.ID:
        return check_id_number(text)
    as_credit = check_credit_code(text)
    if as_credit.valid:
        return as_credit
    as_id = check_id_number(text)
    if as_id.valid or _looks_like_id(as_id.normalized):
        return as_id
    return as_credit
