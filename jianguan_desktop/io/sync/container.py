"""A zip file read as a hostile file could be (issue 8 item 8): every entry is checked before a
byte of it is used, and entries are read as streams with their sizes counted as they come.

Refused, each with the reason in words a clerk understands (:class:`PackageError`):

* a file that is not a zip, or is cut short;
* more than :attr:`Limits.entries` entries;
* a name that is absolute (``/x``, ``C:\\x``, ``\\\\server\\x``), climbs (``..``), holds a
  backslash or a NUL, or appears twice;
* a declared total size above :attr:`Limits.total_bytes`, or one entry above
  :attr:`Limits.entry_bytes`;
* an entry whose declared size is more than :attr:`Limits.ratio` times its compressed size
  (a zip bomb), and while reading, any entry that yields more bytes than it declared.

Writing (:func:`write_entries`) uses the same names, deflated, so that what this program
writes it can read.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, BinaryIO

from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr

CHUNK = 1 << 20


class PackageError(UserError):
    """A package refused whole, with the reason."""


@dataclass(frozen=True)
class Limits:
    """What a package may hold at most."""

    entries: int = 10_000
    total_bytes: int = 4 << 30  # 4 GiB uncompressed
    entry_bytes: int = 2 << 30
    ratio: int = 200  # uncompressed / compressed, per entry (JSON lines rarely pass 20)


DEFAULT_LIMITS = Limits()


def safe_name(name: str) -> str:
    """The entry name if it is a plain relative path; else a :class:`PackageError`."""
    bad = (not name or "\x00" in name or "\\" in name or name.startswith("/")
           or (len(name) > 1 and name[1] == ":"))
    parts = name.rstrip("/").split("/")
    if bad or any(part in ("..", ".", "") for part in parts) or PurePosixPath(name).is_absolute():
        raise PackageError(tr("The package holds a file with a forbidden path (“{name}”): it "
                              "may be an attack, and nothing was read.").format(name=name))
    return name


class SafeZip:
    """A zip opened for reading after its directory was checked against the limits."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = path
        self.limits = limits
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, EOFError) as error:
            raise PackageError(tr("“{name}” is not a sync package, or it is damaged or cut "
                                  "short.").format(name=path.name)) from error
        try:
            self._check()
        except PackageError:
            self._zip.close()
            raise

    def _check(self) -> None:
        infos = self._zip.infolist()
        if len(infos) > self.limits.entries:
            raise PackageError(tr("The package holds {count} files, more than the {limit} a "
                                  "package may hold.").format(count=len(infos),
                                                              limit=self.limits.entries))
        seen: set[str] = set()
        total = 0
        for info in infos:
            name = safe_name(info.filename)
            if name in seen:
                raise PackageError(tr("The package holds “{name}” twice.").format(name=name))
            seen.add(name)
            if info.file_size > self.limits.entry_bytes:
                raise PackageError(tr("“{name}” in the package is too large.").format(
                    name=name))
            if info.file_size > self.limits.ratio * max(info.compress_size, 1):
                raise PackageError(tr("“{name}” in the package unpacks to far more than it "
                                      "holds (a “zip bomb”): the package was refused.").format(
                    name=name))
            total += info.file_size
        if total > self.limits.total_bytes:
            raise PackageError(tr("The package would unpack to more than {limit} MB.").format(
                limit=self.limits.total_bytes >> 20))
        self.names = tuple(info.filename for info in infos)
        self._sizes = {info.filename: info.file_size for info in infos}

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the file."""
        self._zip.close()

    def has(self, name: str) -> bool:
        """Whether the package holds ``name``."""
        return name in self._sizes

    def size(self, name: str) -> int:
        """The declared size of ``name``."""
        return self._sizes[name]

    def chunks(self, name: str) -> Iterator[bytes]:
        """The bytes of ``name`` in chunks, never more than it declared (else refused)."""
        if name not in self._sizes:
            raise PackageError(tr("The package lacks “{name}”.").format(name=name))
        declared, read = self._sizes[name], 0
        try:
            with self._zip.open(name) as stream:
                while chunk := stream.read(CHUNK):
                    read += len(chunk)
                    if read > declared:
                        raise PackageError(tr("“{name}” in the package holds more than it "
                                              "declares: the package was refused.").format(
                            name=name))
                    yield chunk
        except (zipfile.BadZipFile, EOFError, OSError) as error:
            raise PackageError(tr("“{name}” in the package is damaged (its checksum does not "
                                  "match).").format(name=name)) from error

    def read(self, name: str, limit: int = 16 << 20) -> bytes:
        """A small entry whole (the manifest, a signature): at most ``limit`` bytes."""
        if self._sizes.get(name, 0) > limit:
            raise PackageError(tr("“{name}” in the package is too large.").format(name=name))
        return b"".join(self.chunks(name))

    def copy_to(self, name: str, target: BinaryIO | IO[bytes]) -> int:
        """Stream ``name`` into ``target``; the bytes written."""
        written = 0
        for chunk in self.chunks(name):
            target.write(chunk)
            written += len(chunk)
        return written


def write_entries(path: Path, entries: Iterable[tuple[str, Path | bytes]]) -> None:
    """A zip at ``path`` with each (name, file or bytes), deflated; files streamed."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries:
            safe_name(name)
            if isinstance(content, bytes):
                archive.writestr(name, content)
            else:
                archive.write(content, name)
