"""reportlab's TrueType font, read faster: the character map, advance widths and glyph
locations of a 20 MB Chinese font in bulk reads instead of one call per number.

reportlab's ``TTFontFile.extractInfo`` reads the ``cmap``, ``hmtx`` and ``loca`` tables two
bytes at a time; for the forms' fonts (30,000–70,000 characters each) that took 130–400 ms a
font, most of the first form's time. :class:`FastFace` reads the same tables with one
``struct`` call each and gives reportlab exactly what its own reader gives (a test compares
them on every font of the PC); a character map of a kind it does not read (formats other
than 4 and 12) is left to reportlab. ``glyf`` is sliced one glyph at a time.
"""

from __future__ import annotations

import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from itertools import chain

from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont, TTFontFace

_swapping = threading.Lock()
_USHORT = struct.Struct(">H")


def _ushorts(data: bytes, offset: int, count: int) -> tuple[int, ...]:
    return struct.unpack_from(f">{count}H", data, offset)


def _cmap_offset(data: bytes, cmap: int) -> int | None:
    """The subtable reportlab picks (the same rules, the last match winning)."""
    version, count = _ushorts(data, cmap, 2)
    if count == 0 and version != 0:
        count = version
    chosen, kind = None, 0
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHL", data, cmap + 4 + 8 * i)
        if platform == 3 or (platform == 1 and encoding == 1) or (
                platform == 0 and encoding != 5):
            chosen, kind = offset, 1
        elif platform == 1 and encoding == 0 and kind != 1:
            chosen, kind = offset, 2
    return None if chosen is None else cmap + chosen


def _format4(data: bytes, at: int) -> dict[int, int]:
    length = _ushorts(data, at + 2, 1)[0]
    limit = at + length
    segments = _ushorts(data, at + 6, 1)[0] // 2
    ends = _ushorts(data, at + 14, segments)
    starts = _ushorts(data, at + 16 + 2 * segments, segments)
    deltas = struct.unpack_from(f">{segments}h", data, at + 16 + 4 * segments)
    range_start = at + 16 + 6 * segments
    range_offsets = _ushorts(data, range_start, segments)
    mapping: dict[int, int] = {}
    for n, (start, end, delta, range_offset) in enumerate(
            zip(starts, ends, deltas, range_offsets, strict=True)):
        if range_offset == 0:
            mapping.update((code, (code + delta) & 0xFFFF) for code in range(start, end + 1))
            continue
        base = range_start + 2 * n + range_offset
        for code in range(start, end + 1):
            offset = base + 2 * (code - start)
            glyph = 0 if offset >= limit else _USHORT.unpack_from(data, offset)[0]
            mapping[code] = (glyph + delta) & 0xFFFF if glyph else 0
    return mapping


def _format12(data: bytes, at: int) -> dict[int, int]:
    groups = struct.unpack_from(">L", data, at + 12)[0]
    values = struct.unpack_from(f">{3 * groups}L", data, at + 16)
    spans = list(zip(values[::3], values[1::3], values[2::3], strict=True))
    codes = chain.from_iterable(range(start, end + 1) for start, end, _ in spans)
    glyphs = chain.from_iterable(range(glyph, glyph + end - start + 1)
                                 for start, end, glyph in spans)
    return dict(zip(codes, glyphs, strict=True))


_FORMATS: dict[int, Callable[[bytes, int], dict[int, int]]] = {4: _format4, 12: _format12}


class _GlyphTable:
    """The ``glyf`` table as a view: slicing copies one glyph, not the whole table."""

    def __init__(self, view: memoryview) -> None:
        self.view = view

    def __len__(self) -> int:
        return len(self.view)

    def __getitem__(self, index: slice) -> bytes:
        return self.view[index].tobytes()


class FastFace(TTFontFace):
    """A reportlab TrueType face whose character data is read in bulk."""

    def extractInfo(self, charInfo: int = 1) -> None:
        super().extractInfo(0)  # names, metrics and the checks of embedding and format
        if charInfo and not self._read_char_info():
            super().extractInfo(charInfo)

    def _read_char_info(self) -> bool:
        """``charToGlyph``, ``charWidths``, ``hmetrics``, ``glyphPos`` and ``defaultWidth``
        as reportlab reads them; false for a character map it should read itself."""
        data = self._ttf_data
        try:
            head = self.get_table_pos("head")[0]
            location_format, glyph_format = _ushorts(data, head + 50, 2)
            at = _cmap_offset(data, self.get_table_pos("cmap")[0])
            if glyph_format != 0 or at is None or "loca" not in self.table:
                return False  # reportlab raises its own error for these
            reader = _FORMATS.get(_ushorts(data, at, 1)[0])
            if reader is None:
                return False
            char_to_glyph = reader(data, at)
            metrics = _ushorts(data, self.get_table_pos("hhea")[0] + 34, 1)[0]
            glyphs = self.numGlyphs
            hmtx = self.get_table_pos("hmtx")[0]
            pairs = _ushorts(data, hmtx, 2 * metrics)
            bearings = _ushorts(data, hmtx + 4 * metrics, max(glyphs - metrics, 0))
            loca = self.get_table_pos("loca")[0]
            if location_format == 0:
                positions = [value << 1 for value in _ushorts(data, loca, glyphs + 1)]
            elif location_format == 1:
                positions = list(struct.unpack_from(f">{glyphs + 1}L", data, loca))
            else:
                return False
        except (KeyError, struct.error):
            return False
        if metrics == 0:
            return False
        raw = pairs[::2]
        if self.unitsPerEm == 1000:
            advances = list(raw)
        else:  # the very products reportlab's scale gives
            factor = 1000 / self.unitsPerEm
            advances = [aw * factor for aw in raw]
        last = advances[-1]  # reportlab keeps the scaled last advance for the glyphs after
        hmetrics = list(zip(raw, pairs[1::2], strict=True))
        hmetrics += [(last, bearing) for bearing in bearings]
        by_glyph = advances + [last] * max(glyphs - metrics, 0)
        known = len(by_glyph)
        widths = {code: by_glyph[glyph] for code, glyph in char_to_glyph.items()
                  if glyph < known}
        self.charToGlyph, self.charWidths = char_to_glyph, widths
        self.hmetrics, self.glyphPos, self.defaultWidth = hmetrics, positions, advances[0]
        # the space and the no-break space stand in for each other, as in reportlab; its
        # glyphToChar keeps the character map's own entry
        self._cmap_glyph: tuple[int, int | None] | None = None
        for code, other in ((0xA0, 0x20), (0x20, 0xA0)):
            if other in char_to_glyph:
                self._cmap_glyph = (code, char_to_glyph.get(code))
                char_to_glyph[code], widths[code] = char_to_glyph[other], widths[other]
                break
        return True

    @cached_property
    def glyphToChar(self) -> dict[int, list[int]]:
        """Glyph → characters (reportlab needs it only to shape text; built when asked)."""
        inverse: dict[int, list[int]] = {}
        alias, own = self._cmap_glyph or (None, None)
        for code, glyph in self.charToGlyph.items():
            if code == alias:
                glyph = own
            if glyph is not None:
                inverse.setdefault(glyph, []).append(code)
        return inverse

    def get_table(self, tag: str) -> bytes | _GlyphTable:
        """reportlab copies the whole ``glyf`` table (20 MB for AR PL UMing) for every subset
        it writes; only single glyphs are sliced from it here."""
        if tag != "glyf":
            return super().get_table(tag)
        start, length = self.get_table_pos(tag)
        return _GlyphTable(memoryview(self._ttf_data)[start:start + length])


@contextmanager
def _face_class(face_class: type[TTFontFace]) -> Iterator[None]:
    """reportlab's ``TTFont`` builds its face by the module's name ``TTFontFace``."""
    with _swapping:
        saved = ttfonts.TTFontFace
        ttfonts.TTFontFace = face_class
        try:
            yield
        finally:
            ttfonts.TTFontFace = saved


def open_font(name: str, path: str, index: int = 0) -> TTFont:
    """A reportlab ``TTFont`` of font ``index`` of the file, its face a :class:`FastFace`
    (``TTFError``, ``OSError`` and others as reportlab raises them)."""
    with _face_class(FastFace):
        return TTFont(name, path, subfontIndex=index)


__all__ = ["FastFace", "TTFError", "open_font"]
