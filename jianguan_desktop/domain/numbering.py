"""Human numbers of records, such as 投诉〔2026〕17号: 六角括号, full year, no leading zeros."""

from __future__ import annotations

import re
import unicodedata

_NUMBER = re.compile(r"^(?P<prefix>.+?)〔(?P<year>\d{4})〕(?P<seq>[1-9]\d*)号$")
# As people type numbers: any brackets, 第, leading zeros, no 号, spaces (after NFKC folding).
_TYPED_NUMBER = re.compile(
    r"^(?P<prefix>.+?)[\[(【〔](?P<year>\d{4})[\])】〕]第?0*(?P<seq>[1-9]\d*)号?$")


def format_number(prefix: str, year: int, seq: int) -> str:
    """``format_number("投诉", 2026, 17)`` gives ``投诉〔2026〕17号``."""
    if seq < 1:
        raise ValueError("sequence starts at 1")
    if not 1900 <= year <= 9999:
        raise ValueError("year must have four digits")
    return f"{prefix}〔{year}〕{seq}号"


def parse_number(text: str) -> tuple[str, int, int] | None:
    """Split a human number into prefix, year and sequence; ``None`` if it is not one."""
    match = _NUMBER.match(text.strip())
    if not match:
        return None
    return match["prefix"], int(match["year"]), int(match["seq"])


def parse_typed_number(text: str) -> tuple[str, int, int] | None:
    """Like :func:`parse_number`, but also as typed or kept in old spreadsheets:
    ``滑监[2026]17号``, ``滑监（2026）第017号``, ``滑监〔2026〕17``, with spaces anywhere."""
    folded = "".join(unicodedata.normalize("NFKC", text).split())
    match = _TYPED_NUMBER.match(folded)
    if not match:
        return None
    return match["prefix"], int(match["year"]), int(match["seq"])
