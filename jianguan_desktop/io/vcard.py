"""Contacts as vCard 3.0 (RFC 2426) for a phone or a mail program: one card per person, UTF-8,
CRLF line ends, lines folded at 75 octets on character boundaries, text values escaped.

Pure Python: no Qt, no database. The liaison directory's cards are made by
``services.liaison_forms.directory_vcards``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

CRLF = "\r\n"
FOLD_OCTETS = 75  # RFC 2425 5.8.1: lines SHOULD NOT be longer than 75 octets
# Chinese double surnames: 欧阳明月 is 欧阳 + 明月, not 欧 + 阳明月
DOUBLE_SURNAMES = frozenset((
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "令狐",
    "夏侯", "宇文", "司徒", "端木", "独孤", "南宫", "西门", "轩辕", "单于", "呼延", "万俟"))


@dataclass(frozen=True)
class Contact:
    """One person's card; an empty value leaves its line out."""

    full_name: str
    organisation: str = ""
    title: str = ""
    mobile: str = ""
    work_phone: str = ""
    email: str = ""
    note: str = ""


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f"


def split_name(name: str) -> tuple[str, str]:
    """(family name, given name): for a Chinese name the first character (or a double surname)
    and the rest; for a name written with spaces the last word and the words before it."""
    cleaned = " ".join(name.split())
    if not cleaned:
        return "", ""
    if _is_cjk(cleaned[0]) and " " not in cleaned and "·" not in cleaned:
        if len(cleaned) >= 3 and cleaned[:2] in DOUBLE_SURNAMES:
            return cleaned[:2], cleaned[2:]
        return cleaned[0], cleaned[1:]
    words = cleaned.split(" ")
    if len(words) == 1:
        return "", cleaned  # 买买提·艾力 or a single word: no family name to split off
    return words[-1], " ".join(words[:-1])


def escape(text: str) -> str:
    """A TEXT value (RFC 2426 4): backslash, comma and semicolon escaped, line breaks as \\n."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    return (lines.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\n", "\\n"))


def fold(line: str) -> str:
    """A content line folded so that no physical line is longer than 75 octets in UTF-8; each
    continuation starts with one space (which counts), and no character is cut in two."""
    parts: list[str] = []
    current, size, limit = [], 0, FOLD_OCTETS
    for ch in line:
        octets = len(ch.encode("utf-8"))
        if size + octets > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, FOLD_OCTETS - 1
        current.append(ch)
        size += octets
    parts.append("".join(current))
    return (CRLF + " ").join(parts)


def card_lines(contact: Contact) -> list[str]:
    """The content lines of one card, unfolded."""
    family, given = split_name(contact.full_name)
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{escape(contact.full_name.strip())}",
             f"N:{escape(family)};{escape(given)};;;"]
    for prefix, value in (("ORG", contact.organisation), ("TITLE", contact.title),
                          ("TEL;TYPE=CELL", contact.mobile),
                          ("TEL;TYPE=WORK", contact.work_phone),
                          ("EMAIL;TYPE=INTERNET", contact.email), ("NOTE", contact.note)):
        if value.strip():
            lines.append(f"{prefix}:{escape(value.strip())}")
    lines.append("END:VCARD")
    return lines


def write_vcards(contacts: Iterable[Contact]) -> str:
    """Every contact's card, folded, each line ended by CRLF (encode the text as UTF-8)."""
    return "".join(fold(line) + CRLF for contact in contacts for line in card_lines(contact))
