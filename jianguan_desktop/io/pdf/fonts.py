"""The fonts of the forms: 仿宋, 小标宋, 宋体, 黑体, 楷体 found once per process, embedded as
subsets, with a per-character fallback for what a font lacks (rare names such as 𠮷).

Per role the order is: the office's fonts folder (``JIANGUAN_FONT_DIR`` or ``fonts`` in the
data folder, for licensed fonts such as 方正小标宋简体), the system's fonts under their usual
family names, then the free TrueType fonts ``scripts/setup.sh`` installs. Only TrueType
(``glyf``) fonts are used: reportlab cannot embed CFF outlines, and the non-embedded
``STSong-Light`` is never used. Importing this module also fixes reportlab's ToUnicode CMap
for characters above U+FFFF (see :func:`to_unicode_cmap`).
"""

from __future__ import annotations

import logging
import re
import struct
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.pdf.font_discovery import (
    FontFace,
    bundled_faces,
    normalise_family,
    system_faces,
    user_faces,
    user_font_dir,
)
from jianguan_desktop.io.pdf.truetype import open_font

log = logging.getLogger(__name__)


class FontRole(StrEnum):
    """What a font is used for on a form (GB/T 9704-2012, 6.1, 7.2.4, 7.3.1, 7.3.3, 7.5)."""

    FANGSONG = "fangsong"  # body text, 3号仿宋
    XIAOBIAOSONG = "xiaobiaosong"  # title and 发文机关标志, 小标宋
    SONG = "song"  # page numbers, 4号半角宋体
    HEITI = "heiti"  # level-1 headings "一、", table headers
    KAITI = "kaiti"  # level-2 headings "（一）"


@dataclass(frozen=True)
class FontChoice:
    """The font a role uses, as the settings page shows it. ``substitute`` is true when the
    font is not of the kind the standard names (e.g. a 宋体 standing in for 仿宋)."""

    role: FontRole
    family: str
    file: Path
    origin: str  # "user", "system" or "free"
    substitute: bool
    index: int = 0


# The style a role or fallback font belongs to: a missing character is taken first from a
# font of the same style, so a rare character in 仿宋 text comes out in a 宋体 shape.
_SONG, _HEI, _KAI = "song", "hei", "kai"
STYLE_PREFERENCE = {_SONG: (_SONG, _HEI, _KAI), _HEI: (_HEI, _SONG, _KAI),
                    _KAI: (_KAI, _SONG, _HEI)}
ROLE_STYLE = {FontRole.FANGSONG: _SONG, FontRole.XIAOBIAOSONG: _SONG, FontRole.SONG: _SONG,
              FontRole.HEITI: _HEI, FontRole.KAITI: _KAI}

# Families of each role as offices have them, best first: (family, substitute).
OFFICE_FAMILIES: dict[FontRole, tuple[tuple[str, bool], ...]] = {
    FontRole.FANGSONG: (
        ("仿宋_GB2312", False), ("FangSong_GB2312", False), ("方正仿宋_GBK", False),
        ("FZFangSong-Z02", False), ("方正仿宋简体", False), ("FZFangSong-Z02S", False),
        ("仿宋", False), ("FangSong", False), ("华文仿宋", False), ("STFangsong", False)),
    FontRole.XIAOBIAOSONG: (
        ("方正小标宋简体", False), ("FZXiaoBiaoSong-B05S", False), ("方正小标宋_GBK", False),
        ("FZXiaoBiaoSong-B05", False), ("方正小标宋", False), ("华文中宋", True),
        ("STZhongsong", True)),
    FontRole.SONG: (
        ("宋体", False), ("SimSun", False), ("华文宋体", False), ("STSong", False),
        ("Songti SC", False), ("方正书宋_GBK", False), ("FZShuSong-Z01", False)),
    FontRole.HEITI: (
        ("黑体", False), ("SimHei", False), ("方正黑体_GBK", False), ("FZHei-B01", False),
        ("方正黑体简体", False), ("FZHei-B01S", False), ("华文黑体", False), ("STHeiti", False),
        ("Heiti SC", False)),
    FontRole.KAITI: (
        ("楷体_GB2312", False), ("KaiTi_GB2312", False), ("楷体", False), ("KaiTi", False),
        ("方正楷体_GBK", False), ("FZKai-Z03", False), ("方正楷体简体", False),
        ("FZKai-Z03S", False), ("华文楷体", False), ("STKaiti", False), ("Kaiti SC", False)),
}

# Free TrueType fonts (scripts/setup.sh installs the first of each; README names their
# licences). There is no free Simplified 仿宋 or 小标宋: the 宋体 stand-in says so.
FREE_FAMILIES: dict[FontRole, tuple[tuple[str, bool], ...]] = {
    FontRole.FANGSONG: (("AR PL UMing CN", True),),
    FontRole.XIAOBIAOSONG: (("AR PL UMing CN", True),),
    FontRole.SONG: (("AR PL UMing CN", False),),
    FontRole.HEITI: (("WenQuanYi Zen Hei", False),),
    FontRole.KAITI: (("LXGW WenKai", False), ("AR PL UKai CN", False),
                     ("AR PL KaitiM GB", False)),
}

# Fonts consulted only for characters the role fonts lack, with their style.
FALLBACK_FAMILIES: tuple[tuple[str, str], ...] = (
    ("BabelStone Han", _SONG), ("SimSun-ExtB", _SONG), ("MingLiU-ExtB", _SONG),
    ("HanaMinA", _SONG), ("HanaMinB", _SONG), ("AR PL UMing CN", _SONG),
    ("LXGW WenKai", _KAI), ("AR PL UKai CN", _KAI),
    ("WenQuanYi Zen Hei", _HEI), ("Microsoft YaHei", _HEI),
)

# A role font must cover the 6,763 hanzi of GB 2312 (a Traditional-only 仿宋 such as
# cwTeX's would set a third of a Simplified text in fallback fonts).
ROLE_COVERAGE = 0.99

# Regular weights first when a family has several files (LXGW WenKai: Regular, Light, Bold).
_STYLE_RANK = {"regular": 0, "book": 0, "normal": 0, "roman": 0, "": 0, "medium": 1,
               "light": 2}


def _style_rank(style: str) -> int:
    return _STYLE_RANK.get(style.strip().casefold(), 3)


@cache
def gb2312_hanzi() -> str:
    """The 6,763 hanzi of GB 2312 (rows 16–87), for the coverage check of role fonts."""
    rows = []
    for high in range(0xB0, 0xF8):
        row = bytes(byte for low in range(0xA1, 0xFF) for byte in (high, low))
        try:
            rows.append(row.decode("gb2312"))
        except UnicodeDecodeError:  # row 55 ends in 5 unassigned places
            rows += [row[i:i + 2].decode("gb2312", errors="ignore")
                     for i in range(0, len(row), 2)]
    return "".join(rows)


def _draws_nothing(ch: str) -> bool:
    """Controls, format characters (zero-width joiners…) and variation selectors."""
    code = ord(ch)
    return (unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")
            or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF)


def printable(text: str) -> str:
    """``text`` without what draws nothing (it would print as empty boxes); tabs and line
    breaks of other kinds become spaces and ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return "".join(ch for ch in text if ch == "\n" or not _draws_nothing(ch))


@dataclass(frozen=True)
class _Candidate:
    face: FontFace
    family: str
    origin: str
    substitute: bool
    style: str


class LoadedFont:
    """A registered reportlab TrueType font: its name on the canvas, glyphs and widths."""

    def __init__(self, name: str, font: TTFont) -> None:
        self.name = name
        self.font = font
        self.glyphs = font.face.charToGlyph
        self.widths = font.face.charWidths
        self.default_width = font.face.defaultWidth

    def has(self, ch: str) -> bool:
        return bool(self.glyphs.get(ord(ch)))

    def width(self, ch: str) -> float:
        """Advance width in thousandths of the font size."""
        return self.widths.get(ord(ch), self.default_width)


_loaded: dict[tuple[str, int], LoadedFont | None] = {}
_loading = threading.Lock()  # forms may render in a background thread


def load_face(face: FontFace) -> LoadedFont | None:
    """Parse and register a font once per process; ``None`` if reportlab cannot embed it."""
    key = (str(face.path), face.index)
    with _loading:
        if key not in _loaded:
            _loaded[key] = _load(face)
        return _loaded[key]


def _load(face: FontFace) -> LoadedFont | None:
    name = "JG{}-{}".format(len(_loaded), re.sub(r"[^A-Za-z0-9]", "", face.path.stem)[:24])
    try:
        font = open_font(name, str(face.path), face.index)
    except (TTFError, OSError, ValueError, KeyError, IndexError, struct.error) as problem:
        # CFF outlines, fonts whose licence forbids embedding, damaged files
        log.info("font %s (%d) skipped: %s", face.path, face.index, problem)
        return None
    pdfmetrics.registerFont(font)
    return LoadedFont(name, font)


class _Families:
    """TrueType faces by family name (normalised), in the order found."""

    def __init__(self, faces: Sequence[FontFace]) -> None:
        self.faces: dict[str, list[FontFace]] = {}
        for face in faces:
            if face.truetype:
                for name in {normalise_family(name) for name in face.families}:
                    self.faces.setdefault(name, []).append(face)

    def match(self, family: str) -> FontFace | None:
        """The regular weight of ``family``, first found on ties."""
        found = self.faces.get(normalise_family(family))
        return min(found, key=lambda face: _style_rank(face.style)) if found else None


class NoFontError(UserError):
    """No Chinese TrueType font at all: the form cannot be printed."""


class FontSet:
    """The fonts of one set of forms: a font per role, loaded when first needed, and the
    fallbacks for characters the role fonts lack."""

    def __init__(self, user: Sequence[FontFace], system: Sequence[FontFace],
                 user_dir: Path | None = None) -> None:
        self.user_dir = user_dir
        users, systems = _Families(user), _Families(system)
        self._candidates = {role: self._role_candidates(role, users, systems)
                            for role in FontRole}
        self._fallbacks: list[_Candidate] = [
            _Candidate(face, face.families[0], "user", False, _SONG)
            for face in user if face.truetype]
        for family, style in FALLBACK_FAMILIES:
            face = users.match(family) or systems.match(family)
            if face is not None:
                origin = "user" if face.origin == "user" else "free"
                self._fallbacks.append(_Candidate(face, family, origin, False, style))
        self._roles: dict[FontRole, tuple[LoadedFont, _Candidate] | None] = {}
        self._char_font: dict[tuple[FontRole, str], LoadedFont | None] = {}

    @staticmethod
    def _role_candidates(role: FontRole, user: _Families,
                         system: _Families) -> list[_Candidate]:
        found = []
        for faces in (user, system):
            for family, substitute in OFFICE_FAMILIES[role]:
                face = faces.match(family)
                if face is not None:
                    found.append(_Candidate(face, family, face.origin, substitute,
                                            ROLE_STYLE[role]))
        for family, substitute in FREE_FAMILIES[role]:
            face = user.match(family) or system.match(family)
            if face is not None:
                origin = "user" if face.origin == "user" else "free"
                found.append(_Candidate(face, family, origin, substitute, ROLE_STYLE[role]))
        return found

    # --- roles ----------------------------------------------------------------------------

    def _resolve(self, role: FontRole) -> tuple[LoadedFont, _Candidate] | None:
        """The first candidate of a role that loads and covers GB 2312."""
        if role not in self._roles:
            self._roles[role] = None
            for candidate in self._candidates[role]:
                font = load_face(candidate.face)
                if font is None:
                    continue
                hanzi = gb2312_hanzi()
                covered = sum(1 for ch in hanzi if font.has(ch))
                if covered >= ROLE_COVERAGE * len(hanzi):
                    self._roles[role] = (font, candidate)
                    break
                log.info("font %s skipped for %s: %d of %d GB 2312 hanzi", candidate.family,
                         role, covered, len(hanzi))
        return self._roles[role]

    def _role_order(self, role: FontRole) -> list[FontRole]:
        """This role, then the others by closeness of style."""
        rank = STYLE_PREFERENCE[ROLE_STYLE[role]]
        return [role, *sorted((r for r in FontRole if r is not role),
                              key=lambda r: rank.index(ROLE_STYLE[r]))]

    def font(self, role: FontRole) -> LoadedFont:
        """The font text of this role is set in (another role's font if it has none)."""
        for other in self._role_order(role):
            resolved = self._resolve(other)
            if resolved is not None:
                return resolved[0]
        for font in self._fallback_fonts(ROLE_STYLE[role]):
            return font
        folder = self.user_dir if self.user_dir is not None else user_font_dir()
        raise NoFontError(tr(
            "No Chinese TrueType font was found, so the form cannot be printed. Put a font "
            "such as 仿宋_GB2312 in the folder {folder}, or install the free fonts listed in "
            "the README.").format(folder=folder))

    def font_name(self, role: FontRole) -> str:
        """The registered reportlab name of the role's font."""
        return self.font(role).name

    def choice(self, role: FontRole) -> FontChoice:
        """The font a role uses and where it comes from; a role without a font of its own
        borrows another's and is marked ``substitute``."""
        resolved = self._resolve(role)
        if resolved is not None:
            font, candidate = resolved
            substitute = candidate.substitute
        else:
            font = self.font(role)
            candidate = next(c for c in self._all_candidates() if load_face(c.face) is font)
            substitute = True
        return FontChoice(role, candidate.family, candidate.face.path, candidate.origin,
                          substitute, candidate.face.index)

    def describe(self) -> list[FontChoice]:
        """Which font each role uses and where it comes from (for the settings page)."""
        return [self.choice(role) for role in FontRole]

    def _all_candidates(self) -> Iterator[_Candidate]:
        for role in FontRole:
            yield from self._candidates[role]
        yield from self._fallbacks

    # --- characters -----------------------------------------------------------------------

    def _load_each(self, candidates: Sequence[_Candidate]) -> Iterator[LoadedFont]:
        for candidate in candidates:
            font = load_face(candidate.face)
            if font is not None:
                yield font

    def _fallback_fonts(self, style: str) -> Iterator[LoadedFont]:
        """Fallback fonts by closeness of style, each loaded only when reached."""
        for near in STYLE_PREFERENCE[style]:
            yield from self._load_each([c for c in self._fallbacks if c.style == near])

    def _chain(self, role: FontRole) -> Iterator[LoadedFont]:
        """Role font, then per style (the role's own, then the nearest): that style's role
        fonts and fallback fonts."""
        order = self._role_order(role)
        for near in STYLE_PREFERENCE[ROLE_STYLE[role]]:
            for other in order:
                if ROLE_STYLE[other] == near and (resolved := self._resolve(other)):
                    yield resolved[0]
            yield from self._load_each([c for c in self._fallbacks if c.style == near])

    def font_for(self, ch: str, role: FontRole) -> LoadedFont | None:
        """The first font of the role's chain that has ``ch`` (``None``: no font has it)."""
        key = (role, ch)
        if key not in self._char_font:
            self._char_font[key] = next((font for font in self._chain(role) if font.has(ch)),
                                        None)
        return self._char_font[key]

    def runs(self, text: str, role: FontRole) -> list[tuple[LoadedFont, str]]:
        """``text`` cut into runs each set in one font. A character no font has stays in the
        role font (it prints as an empty box; :meth:`missing` lists it)."""
        base = self.font(role)
        runs: list[tuple[LoadedFont, str]] = []
        for ch in text:
            font = base if base.has(ch) else (self.font_for(ch, role) or base)
            if ch.isspace() and runs and runs[-1][0].has(ch):
                font = runs[-1][0]  # a space does not start a new run
            if runs and runs[-1][0] is font:
                runs[-1] = (font, runs[-1][1] + ch)
            else:
                runs.append((font, ch))
        return runs

    def missing(self, text: str) -> str:
        """The characters of ``text`` no available font has, each once, in order."""
        seen: dict[str, None] = {}
        for ch in text:
            if ch in seen or ch.isspace() or _draws_nothing(ch):
                continue
            if self.font_for(ch, FontRole.FANGSONG) is None:
                seen[ch] = None
        return "".join(seen)


def discover_fonts(user_dir: Path | None = None, system: bool = True) -> FontSet:
    """A new font set from ``user_dir`` (default: the office's fonts folder) and, unless
    ``system`` is false, the system's fonts (found once per process), then the font the
    program carries (a built program on a PC without a free CJK font of its own)."""
    folder = user_dir if user_dir is not None else user_font_dir()
    return FontSet(user_faces(folder), (*system_faces(), *bundled_faces()) if system else (),
                   folder)


@cache
def default_fonts() -> FontSet:
    """The fonts every form uses, found once per process."""
    return discover_fonts()


# --- reportlab's ToUnicode CMap ----------------------------------------------------------

BFCHAR_BLOCK = 100  # PDF 32000-1:2008, 9.7.6.2: at most 100 entries per beginbfchar


def _utf16_hex(code_point: int) -> str:
    return chr(code_point).encode("utf-16-be", errors="surrogatepass").hex().upper()


def to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """A ToUnicode CMap for one reportlab font subset (code ``i`` shows ``subset[i]``).

    Replaces ``reportlab.pdfbase.ttfonts.makeToUnicodeCMap``, which writes code points above
    U+FFFF as five hex digits (``<20BB7>`` for 𠮷): invalid, so viewers drop the character
    when text is copied or searched. Here every destination is UTF-16BE, with surrogate
    pairs (``<D842DFB7>``), as PDF 32000-1:2008, 9.10.3 requires, and bfchar blocks keep to
    100 entries.
    """
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
    ]
    entries = [f"<{code:02X}> <{_utf16_hex(value)}>" for code, value in enumerate(subset)]
    for start in range(0, len(entries), BFCHAR_BLOCK):
        block = entries[start:start + BFCHAR_BLOCK]
        lines += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


REPORTLAB_TO_UNICODE = ttfonts.makeToUnicodeCMap  # kept: a test shows what it gets wrong
ttfonts.makeToUnicodeCMap = to_unicode_cmap  # looked up by name when a subset is written
