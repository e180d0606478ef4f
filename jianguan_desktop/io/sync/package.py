"""The sync package file (``<office>-<seq_from>-<seq_to>.jgpkg``, issue 8 item 2): write one from
plain files, and open one received, checking everything before a row of it is used.

Layout (a zip read with :class:`~jianguan_desktop.io.sync.container.SafeZip`):

* ``manifest.json`` in clear, UTF-8 JSON: ``format`` (:data:`FORMAT`), ``format_version``,
  ``suite`` (``jianguan-sync/1``, see ``crypto.py``), ``package_id`` (UUID), ``office_code`` and
  ``office_name`` of the sender, ``recipient`` (an office code), ``package_seq`` (the sender's
  N-th package to that recipient), ``seq_from``/``seq_to`` (the ``change_seq`` range carried),
  ``previous_hash`` (SHA-256 of the previous package file to that recipient, ``""`` for the
  first), ``schema_revision``, ``program_version``, ``created_at`` (UTC, ISO 8601), ``full``
  (a full re-export), ``files`` (each plaintext file: ``name``, ``sha256``, ``bytes``, ``rows``
  — the lines of a ``.jsonl`` file, 0 for an attachment) and ``payload`` (``sha256`` and
  ``bytes`` of ``payload.bin``, the ``ephemeral`` key and ``nonce`` in base64);
* ``manifest.sig``: the sender's Ed25519 signature of ``manifest.json``'s bytes (64 bytes);
* ``payload.bin``: an inner zip holding the files, encrypted for the recipient (AES-256-GCM
  with the package id as associated data; tag at the end).

Opening (:func:`open_package`) refuses the whole package, with the reason, on: a file that is
not a package; a manifest of another format or a newer format version; a package for another
recipient; an unknown sender (the caller's key lookup fails); a signature that does not verify;
a payload whose hash or size differs from the manifest; a payload that does not decrypt; an
inner file missing, extra, or whose hash, size or line count differs from the manifest. The
caller checks the chain (``package_seq``, ``previous_hash``) and the schema revision.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jianguan_desktop.i18n import tr
from jianguan_desktop.io.sync.container import (
    CHUNK,
    DEFAULT_LIMITS,
    Limits,
    PackageError,
    SafeZip,
    safe_name,
    write_entries,
)
from jianguan_desktop.io.sync.crypto import (
    NONCE_BYTES,
    SUITE,
    CryptoError,
    Envelope,
    OfficeKeys,
    PublicKeys,
    StreamDecryptor,
    StreamEncryptor,
    b64,
    unb64,
    verify_signature,
)

FORMAT = "jianguan-sync-package"
FORMAT_VERSION = 1
SUFFIX = ".jgpkg"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PAYLOAD = "payload.bin"
MANIFEST_LIMIT = 8 << 20


@dataclass(frozen=True)
class FileEntry:
    """One plaintext file of a package."""

    name: str
    sha256: str
    bytes: int
    rows: int


@dataclass(frozen=True)
class Header:
    """What the sender says about a package (everything of the manifest but the files)."""

    office_code: str
    office_name: str
    recipient: str
    package_seq: int
    seq_from: int
    seq_to: int
    previous_hash: str
    schema_revision: str
    program_version: str
    full: bool = False


@dataclass(frozen=True)
class Manifest:
    """A package's manifest as read (or written)."""

    header: Header
    package_id: str
    created_at: str
    files: tuple[FileEntry, ...]
    payload_sha256: str
    payload_bytes: int
    envelope: Envelope
    suite: str = SUITE
    format_version: int = FORMAT_VERSION

    def to_json(self) -> bytes:
        """The manifest's bytes as stored (and signed)."""
        data: dict[str, Any] = {
            "format": FORMAT, "format_version": self.format_version, "suite": self.suite,
            "package_id": self.package_id, **asdict(self.header),
            "created_at": self.created_at,
            "files": [asdict(entry) for entry in self.files],
            "payload": {"name": PAYLOAD, "sha256": self.payload_sha256,
                        "bytes": self.payload_bytes, "ephemeral": b64(self.envelope.ephemeral),
                        "nonce": b64(self.envelope.nonce)},
        }
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")

    @property
    def rows(self) -> int:
        """Rows carried, over every table."""
        return sum(entry.rows for entry in self.files)


def _damaged(what: str) -> PackageError:
    return PackageError(tr("The package's manifest is damaged ({what}).").format(what=what))


def parse_manifest(data: bytes) -> Manifest:
    """A manifest from its bytes; a :class:`PackageError` naming what is wrong."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _damaged("JSON") from error
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise PackageError(tr("This file is not a sync package of this program."))
    version = raw.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise PackageError(tr("The package was made by a newer version of the program: please "
                              "upgrade the program (请升级程序)."))
    try:
        header = Header(**{key: raw[key] for key in Header.__dataclass_fields__})
        files = tuple(FileEntry(str(item["name"]), str(item["sha256"]), int(item["bytes"]),
                                int(item["rows"])) for item in raw["files"])
        payload = raw["payload"]
        envelope = Envelope(unb64(str(payload["ephemeral"]), 32, "key"),
                            unb64(str(payload["nonce"]), NONCE_BYTES, "nonce"))
        manifest = Manifest(header, str(raw["package_id"]), str(raw["created_at"]), files,
                            str(payload["sha256"]), int(payload["bytes"]), envelope,
                            str(raw.get("suite") or ""), version)
    except (KeyError, TypeError, ValueError, CryptoError) as error:
        raise _damaged(type(error).__name__) from error
    if manifest.suite != SUITE:
        raise PackageError(tr("The package uses an encryption suite this program does not "
                              "know ({suite}).").format(suite=manifest.suite))
    for entry in files:
        safe_name(entry.name)
    return manifest


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _entry(name: str, path: Path) -> FileEntry:
    digest, size, lines = hashlib.sha256(), 0, 0
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            lines += chunk.count(b"\n")
    return FileEntry(name, digest.hexdigest(), size, lines if name.endswith(".jsonl") else 0)


def package_name(header: Header) -> str:
    """``<office>-<seq_from>-<seq_to>-to-<recipient>.jgpkg``: the recipient is in the name, so
    that the city's packages for several counties on one stick are told apart."""
    return (f"{header.office_code}-{header.seq_from}-{header.seq_to}-to-{header.recipient}"
            f"{SUFFIX}")


def free_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2)``, ``name (3)``, ... when taken: a package not yet carried
    (two packages without changes have the same range) is never overwritten, or its recipient
    would see a gap."""
    path = folder / name
    stem, suffix = path.stem, path.suffix
    number = 2
    while path.exists() or path.with_name(path.name + ".part").exists():
        path = folder / f"{stem} ({number}){suffix}"
        number += 1
    return path


def write_package(folder: Path, header: Header, files: Iterable[tuple[str, Path]],
                  sender: OfficeKeys, recipient: PublicKeys) -> tuple[Path, Manifest]:
    """Write a package of ``files`` (name inside the package, file) into ``folder``; the file
    is written under a temporary name and renamed when complete, so a stick pulled out early
    leaves no half package under the real name."""
    listed = [(safe_name(name), path) for name, path in files]
    entries = tuple(_entry(name, path) for name, path in listed)
    package_id = str(uuid.uuid4())
    with tempfile.TemporaryDirectory(prefix="jgpkg-") as work:
        inner, sealed = Path(work) / "inner.zip", Path(work) / PAYLOAD
        write_entries(inner, listed)
        encryptor = StreamEncryptor(recipient, package_id.encode("utf-8"))
        digest, size = hashlib.sha256(), 0
        with inner.open("rb") as source, sealed.open("wb") as target:
            while chunk := source.read(CHUNK):
                out = encryptor.update(chunk)
                target.write(out)
                digest.update(out)
                size += len(out)
            out = encryptor.finish()
            target.write(out)
            digest.update(out)
            size += len(out)
        manifest = Manifest(header, package_id,
                            datetime.now(UTC).isoformat(timespec="seconds"), entries,
                            digest.hexdigest(), size, encryptor.envelope)
        data = manifest.to_json()
        target_path = free_path(folder, package_name(header))
        partial = folder / (target_path.name + ".part")
        write_entries(partial, [(MANIFEST, data), (SIGNATURE, sender.sign_bytes(data)),
                                (PAYLOAD, sealed)])
        partial.replace(target_path)
    return target_path, manifest


def read_manifest(path: Path, limits: Limits = DEFAULT_LIMITS) -> Manifest:
    """The manifest of a package, unchecked (for showing what a file claims to be)."""
    with SafeZip(path, limits) as package:
        return parse_manifest(package.read(MANIFEST, MANIFEST_LIMIT))


@dataclass
class OpenedPackage:
    """A package whose signature, payload and files were all checked; its files are in
    ``folder`` (a temporary folder removed by :meth:`close`)."""

    manifest: Manifest
    manifest_bytes: bytes
    file_hash: str
    folder: Path
    _owned: bool = field(default=True, repr=False)

    def path(self, name: str) -> Path:
        """The checked file ``name`` of the package."""
        return self.folder / name

    def close(self) -> None:
        """Remove the temporary files."""
        if self._owned:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> OpenedPackage:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _check_files(inner: SafeZip, manifest: Manifest, folder: Path) -> None:
    listed = {entry.name: entry for entry in manifest.files}
    extra = sorted(set(inner.names) - set(listed))
    missing = sorted(set(listed) - set(inner.names))
    if extra or missing:
        raise PackageError(tr("The package's files do not match its manifest (“{name}”).")
                           .format(name=(extra or missing)[0]))
    for name, entry in listed.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        digest, size, lines = hashlib.sha256(), 0, 0
        with target.open("wb") as stream:
            for chunk in inner.chunks(name):
                stream.write(chunk)
                digest.update(chunk)
                size += len(chunk)
                lines += chunk.count(b"\n")
        rows = lines if name.endswith(".jsonl") else 0
        if digest.hexdigest() != entry.sha256 or size != entry.bytes:
            raise PackageError(tr("“{name}” in the package does not match its checksum in the "
                                  "manifest.").format(name=name))
        if rows != entry.rows:
            raise PackageError(tr("The manifest says “{name}” holds {said} rows, but it holds "
                                  "{found}: the package was refused.").format(
                name=name, said=entry.rows, found=rows))


def open_package(path: Path, own_office: str, keys: OfficeKeys,
                 sender_key: Callable[[str], PublicKeys], limits: Limits = DEFAULT_LIMITS
                 ) -> OpenedPackage:
    """Check and open a package received by ``own_office`` (see the module docstring for what
    is refused). ``sender_key`` gives the registered public keys of an office code, or raises
    a :class:`PackageError` for an office not registered."""
    folder = Path(tempfile.mkdtemp(prefix="jgpkg-open-"))
    try:
        with SafeZip(path, limits) as package:
            for name in (MANIFEST, SIGNATURE, PAYLOAD):
                if not package.has(name):
                    raise PackageError(tr("“{file}” is not a complete sync package: it lacks "
                                          "“{name}”.").format(file=path.name, name=name))
            data = package.read(MANIFEST, MANIFEST_LIMIT)
            manifest = parse_manifest(data)
            header = manifest.header
            if header.recipient != own_office:
                raise PackageError(tr("This package is addressed to office {recipient}, not to "
                                      "this office ({own}).").format(recipient=header.recipient,
                                                                     own=own_office))
            verify_signature(sender_key(header.office_code), data, package.read(SIGNATURE, 1024))
            if package.size(PAYLOAD) != manifest.payload_bytes:
                raise PackageError(tr("The package's contents are not the size its manifest "
                                      "says: it was changed or cut short."))
            inner_path = folder / ".inner.zip"
            decryptor = StreamDecryptor(keys, manifest.envelope,
                                        manifest.package_id.encode("utf-8"))
            digest = hashlib.sha256()
            with inner_path.open("wb") as target:
                for chunk in package.chunks(PAYLOAD):
                    digest.update(chunk)
                    target.write(decryptor.update(chunk))
                if digest.hexdigest() != manifest.payload_sha256:
                    raise PackageError(tr("The package's contents do not match the checksum in "
                                          "its manifest: it was changed on the way."))
                target.write(decryptor.finish())
        with SafeZip(inner_path, limits) as inner:
            _check_files(inner, manifest, folder)
        inner_path.unlink()
        return OpenedPackage(manifest, data, file_sha256(path), folder)
    except CryptoError as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise PackageError(str(error)) from error
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def jsonl_rows(path: Path) -> Iterable[Mapping[str, Any]]:
    """The rows of a checked ``.jsonl`` file, one JSON object a line, streamed."""
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise PackageError(tr("Line {line} of “{name}” is not a record.").format(
                    line=number, name=path.name)) from error
            if not isinstance(row, dict):
                raise PackageError(tr("Line {line} of “{name}” is not a record.").format(
                    line=number, name=path.name))
            yield row
