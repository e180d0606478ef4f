"""Which font files this PC has: the office's fonts folder, the system (fontconfig, Windows
Fonts folders, font directories) — read once per process, names only, nothing loaded yet.

A font file is described by its family names (the ``name`` table, every language) and whether
it has TrueType (``glyf``) outlines: reportlab embeds only those, so CFF fonts such as Noto
CJK are listed with ``truetype=False`` and never chosen.
"""

from __future__ import annotations

import fnmatch
import os
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO

from jianguan_desktop import config
from jianguan_desktop.resources_path import resource_path

FONT_DIR_ENV = "JIANGUAN_FONT_DIR"
FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")
FC_LIST_TIMEOUT_S = 15.0  # a first fc-list on a fresh PC may build fontconfig's cache

# Windows: the files read by name (its Fonts folder holds hundreds; reading them all would
# slow the first form). Patterns cover the licensed fonts offices install, such as
# 方正小标宋简体 (FZXBSJW.TTF) and 仿宋_GB2312.
WINDOWS_FONT_PATTERNS = (
    "sim*.tt?", "fz*.tt?", "st*.tt?", "msyh*.tt?", "mingliu*.tt?", "*gb2312*", "方正*",
    "华文*", "*仿宋*", "*楷*", "*宋*", "*黑*",
)
UNIX_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.fonts",
                  "~/.local/share/fonts", "/System/Library/Fonts", "/Library/Fonts",
                  "~/Library/Fonts")


@dataclass(frozen=True)
class FontFace:
    """One font in a file (a .ttc holds several, told apart by ``index``)."""

    path: Path
    index: int
    families: tuple[str, ...]
    style: str
    truetype: bool
    origin: str  # "user" (the office's fonts folder), "system" or "bundled" (resources/fonts)


def normalise_family(name: str) -> str:
    """Family names compare without case, spaces, hyphens and underscores."""
    return "".join(ch for ch in name.casefold() if ch not in " -_")


def user_font_dir() -> Path:
    """The office's own fonts folder: ``JIANGUAN_FONT_DIR``, else ``fonts`` in the data folder."""
    configured = os.environ.get(FONT_DIR_ENV)
    return Path(configured).expanduser() if configured else config.data_dir() / "fonts"


# --- reading the sfnt name table (OpenType spec, "name" and the table directory) ----------

def _decode_name(platform: int, encoding: int, raw: bytes) -> str | None:
    if platform in (0, 3):
        return raw.decode("utf-16-be", errors="replace")
    if platform == 1 and encoding == 0:
        return raw.decode("mac_roman", errors="replace")
    return None


def _read_face(file: BinaryIO, offset: int) -> tuple[tuple[str, ...], str, bool]:
    """Families, style and TrueType-ness of the font whose table directory is at ``offset``."""
    file.seek(offset + 4)
    (count,) = struct.unpack(">H", file.read(2))
    file.seek(offset + 12)
    directory = file.read(16 * count)
    tables = {directory[i:i + 4]: struct.unpack(">II", directory[i + 8:i + 16])
              for i in range(0, len(directory) - 15, 16)}
    truetype = b"glyf" in tables
    families: list[str] = []
    styles: dict[int, str] = {}
    if b"name" in tables:
        start, length = tables[b"name"]
        file.seek(start)
        data = file.read(length)
        _, records, strings = struct.unpack(">HHH", data[:6])
        for i in range(records):
            platform, encoding, language, name_id, size, at = struct.unpack(
                ">HHHHHH", data[6 + 12 * i:18 + 12 * i])
            if name_id not in (1, 2, 16, 17):
                continue
            text = _decode_name(platform, encoding, data[strings + at:strings + at + size])
            if not text:
                continue
            if name_id in (1, 16) and text not in families:
                families.append(text)
            elif name_id in (2, 17) and (language in (0, 0x409) or name_id not in styles):
                styles[name_id] = text
    return tuple(families), styles.get(17) or styles.get(2, ""), truetype


def read_faces(path: Path, origin: str) -> list[FontFace]:
    """Every font in one file; an unreadable or foreign file gives none."""
    faces: list[FontFace] = []
    try:
        with path.open("rb") as file:
            head = file.read(12)
            if head[:4] == b"ttcf":
                (count,) = struct.unpack(">I", head[8:12])
                offsets = struct.unpack(f">{count}I", file.read(4 * count))
            elif head[:4] in (b"\x00\x01\x00\x00", b"true", b"OTTO"):
                offsets = (0,)
            else:
                return []
            for index, offset in enumerate(offsets):
                families, style, truetype = _read_face(file, offset)
                if families:
                    faces.append(FontFace(path, index, families, style, truetype, origin))
    except (OSError, struct.error, ValueError):
        return []
    return faces


def _font_files(folder: Path, patterns: tuple[str, ...] | None = None) -> Iterator[Path]:
    try:
        walk = list(os.walk(folder))
    except OSError:
        return
    for root, _dirs, files in walk:
        for name in sorted(files):
            lower = name.lower()
            if not lower.endswith(FONT_SUFFIXES):
                continue
            if patterns is None or any(fnmatch.fnmatch(lower, p) for p in patterns):
                yield Path(root) / name


def scan_folder(folder: Path, origin: str,
                patterns: tuple[str, ...] | None = None) -> list[FontFace]:
    """Every font in ``folder`` and its subfolders (only files matching ``patterns``)."""
    return [face for path in _font_files(folder, patterns) for face in read_faces(path, origin)]


# --- the system ------------------------------------------------------------------------------

def _fontconfig_faces() -> list[FontFace] | None:
    """Chinese fonts fontconfig knows (``fc-list :lang=zh``); ``None`` without fontconfig."""
    program = shutil.which("fc-list")
    if program is None:
        return None
    try:
        done = subprocess.run(
            [program, "--format", "%{file}\t%{index}\t%{family}\t%{style}\t%{fontformat}\n",
             ":lang=zh"], capture_output=True, text=True, timeout=FC_LIST_TIMEOUT_S,
            check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    faces = []
    for line in done.stdout.splitlines():
        parts = line.split("\t")
        if len(parts) != 5 or not parts[0]:
            continue
        file, index, families, style, fontformat = parts
        faces.append(FontFace(
            Path(file), int(index) if index.isdigit() else 0,
            tuple(name for name in families.split(",") if name),
            style.split(",")[0], fontformat == "TrueType", "system"))
    return faces


def _windows_faces() -> list[FontFace]:
    windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
    faces = scan_folder(windir / "Fonts", "system", WINDOWS_FONT_PATTERNS)
    local = os.environ.get("LOCALAPPDATA")
    if local:  # fonts installed "for me only": few, all read
        faces += scan_folder(Path(local) / "Microsoft" / "Windows" / "Fonts", "system")
    return faces


@cache
def system_faces() -> tuple[FontFace, ...]:
    """The system's fonts, found once per process."""
    if sys.platform == "win32":
        return tuple(_windows_faces())
    faces = _fontconfig_faces()
    if faces is None:
        faces = [face for folder in UNIX_FONT_DIRS
                 for face in scan_folder(Path(folder).expanduser(), "system")]
    return tuple(faces)


def bundled_font_dir() -> Path:
    """``resources/fonts``: the free font a built program carries (build.spec copies it)."""
    return resource_path("fonts")


@cache
def bundled_faces() -> tuple[FontFace, ...]:
    """The fonts the program carries, consulted after the system's (origin ``bundled``)."""
    folder = bundled_font_dir()
    return tuple(scan_folder(folder, "bundled")) if folder.is_dir() else ()


def user_faces(folder: Path | None = None) -> tuple[FontFace, ...]:
    """Fonts the office put in its own folder (any name; all read)."""
    folder = folder if folder is not None else user_font_dir()
    return tuple(scan_folder(folder, "user")) if folder.is_dir() else ()
