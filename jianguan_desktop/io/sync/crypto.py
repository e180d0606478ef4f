"""The cryptographic suite of sync packages, ``jianguan-sync/1``, written down so that another
program can check or open a package (issue 8 item 1).

Suite (all from the ``cryptography`` package; :func:`check_suite` proves at start that each
primitive works in the OpenSSL it bundles):

* **Signatures: Ed25519** (RFC 8032). Each office has one signing key pair. The signed bytes are
  the manifest exactly as stored in the package (``manifest.json``, UTF-8): the manifest names
  the SHA-256 of the encrypted payload, so one signature covers everything.
* **Encryption: X25519 + HKDF-SHA256 + AES-256-GCM.** Each office has one encryption key pair.
  For every package the sender makes a fresh X25519 key pair (the *ephemeral* key), computes
  the shared secret with the recipient's public key, and derives 32 bytes with HKDF-SHA256
  (salt: the ephemeral public key followed by the recipient's public key, 64 bytes; info:
  ``b"jianguan-sync/1 payload"``). The payload is encrypted with AES-256-GCM under that key, a
  random 12-byte nonce and, as associated data, the package id (UTF-8). The 16-byte tag is
  appended to the ciphertext. The manifest carries the ephemeral public key and the nonce
  (base64), so only the recipient's private key opens the payload.
* **Fingerprints**: SHA-256 over ``b"jianguan-sync/1 keys" + signing public key (32 bytes) +
  encryption public key (32 bytes)``; printed as the first 16 bytes in eight groups of four hex
  digits (``3f2a 91c0 …``), to be read out over the phone.

SM2 is not in the bundled OpenSSL, so the national suite (SM2/SM3/SM4) cannot be used whole;
mixing SM4 with foreign signatures would buy nothing, so the suite above is used throughout.
Encryption and decryption stream (:class:`StreamEncryptor`, :class:`StreamDecryptor`): a large
payload never sits whole in memory. Keys are kept as raw 32-byte values (base64 in files).
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from functools import cache

from cryptography.exceptions import InvalidSignature, InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr

SUITE = "jianguan-sync/1"
KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
HKDF_INFO = b"jianguan-sync/1 payload"
FINGERPRINT_PREFIX = b"jianguan-sync/1 keys"
FINGERPRINT_BYTES = 16


class CryptoError(UserError):
    """A signature that does not verify, a payload that does not decrypt, a bad key."""


def _raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def b64(data: bytes) -> str:
    """Base64 text of bytes (as keys, nonces and signatures are written)."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, size: int | None = None, what: str = "") -> bytes:
    """Bytes of base64 text; a wrong text or length is a :class:`CryptoError`."""
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as error:
        raise CryptoError(tr("The {what} in the file is damaged.").format(what=what)) from error
    if size is not None and len(data) != size:
        raise CryptoError(tr("The {what} in the file is damaged.").format(what=what))
    return data


@dataclass(frozen=True)
class PublicKeys:
    """An office's two public keys (32 raw bytes each)."""

    sign: bytes
    encrypt: bytes

    def fingerprint(self) -> str:
        """Eight groups of four hex digits, to compare by phone."""
        digest = hashlib.sha256(FINGERPRINT_PREFIX + self.sign + self.encrypt).hexdigest()
        shown = digest[:FINGERPRINT_BYTES * 2]
        return " ".join(shown[i:i + 4] for i in range(0, len(shown), 4))


@dataclass(frozen=True)
class OfficeKeys:
    """An office's two private keys (32 raw bytes each)."""

    sign: bytes
    encrypt: bytes

    @classmethod
    def generate(cls) -> OfficeKeys:
        """A new pair of key pairs from the operating system's random source."""
        return cls(_raw_private(Ed25519PrivateKey.generate()),
                   _raw_private(X25519PrivateKey.generate()))

    def public(self) -> PublicKeys:
        """The public halves."""
        return PublicKeys(
            _raw_public(Ed25519PrivateKey.from_private_bytes(self.sign).public_key()),
            _raw_public(X25519PrivateKey.from_private_bytes(self.encrypt).public_key()))

    def sign_bytes(self, data: bytes) -> bytes:
        """The Ed25519 signature (64 bytes) of ``data``."""
        return Ed25519PrivateKey.from_private_bytes(self.sign).sign(data)


def verify_signature(public: PublicKeys, data: bytes, signature: bytes) -> None:
    """Refuse ``data`` unless ``signature`` is the office's signature of it."""
    try:
        Ed25519PublicKey.from_public_bytes(public.sign).verify(signature, data)
    except (InvalidSignature, ValueError) as error:
        raise CryptoError(tr("The signature does not match: the package was changed after it "
                             "was made, or it was not made by the office it names.")) from error


def _derive(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=ephemeral + recipient,
                info=HKDF_INFO).derive(shared)


@dataclass(frozen=True)
class Envelope:
    """What the manifest carries to open the payload: the ephemeral public key and nonce."""

    ephemeral: bytes
    nonce: bytes


class StreamEncryptor:
    """Encrypts a payload for one recipient, chunk by chunk; :meth:`finish` gives the tag."""

    def __init__(self, recipient: PublicKeys, associated: bytes) -> None:
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.encrypt))
        self.envelope = Envelope(_raw_public(ephemeral.public_key()), os.urandom(NONCE_BYTES))
        key = _derive(shared, self.envelope.ephemeral, recipient.encrypt)
        self._cipher = Cipher(algorithms.AES(key), modes.GCM(self.envelope.nonce)).encryptor()
        self._cipher.authenticate_additional_data(associated)

    def update(self, chunk: bytes) -> bytes:
        """Ciphertext of the next chunk."""
        return self._cipher.update(chunk)

    def finish(self) -> bytes:
        """The last ciphertext bytes followed by the 16-byte tag."""
        return self._cipher.finalize() + self._cipher.tag


class StreamDecryptor:
    """Decrypts a payload chunk by chunk; the last :data:`TAG_BYTES` of the input are the tag.

    The plaintext must not be trusted before :meth:`finish` returned without an error: write
    it to a temporary file and use it only then."""

    def __init__(self, keys: OfficeKeys, envelope: Envelope, associated: bytes) -> None:
        private = X25519PrivateKey.from_private_bytes(keys.encrypt)
        try:
            shared = private.exchange(X25519PublicKey.from_public_bytes(envelope.ephemeral))
        except ValueError as error:
            raise CryptoError(tr("The package's encryption key is damaged.")) from error
        key = _derive(shared, envelope.ephemeral, keys.public().encrypt)
        self._tail = b""
        # the tag is known only at the end: finalize_with_tag takes it then
        self._cipher = Cipher(algorithms.AES(key), modes.GCM(envelope.nonce)).decryptor()
        self._cipher.authenticate_additional_data(associated)

    def update(self, chunk: bytes) -> bytes:
        """Plaintext of the next chunk (holding back what may be the tag)."""
        data = self._tail + chunk
        self._tail = data[-TAG_BYTES:]
        return self._cipher.update(data[:-TAG_BYTES]) if len(data) > TAG_BYTES else b""

    def finish(self) -> bytes:
        """The last plaintext bytes; a :class:`CryptoError` when the payload was changed or
        was not made for this office."""
        if len(self._tail) != TAG_BYTES:
            raise CryptoError(tr("The package's contents are cut short."))
        try:
            return self._cipher.finalize_with_tag(self._tail)
        except InvalidTag as error:
            raise CryptoError(tr("The package's contents cannot be opened: they were changed "
                                 "on the way, or the package was not made for this office."
                                 )) from error


@cache
def check_suite() -> None:
    """Prove that Ed25519, X25519, HKDF-SHA256 and AES-256-GCM work here; a clear
    :class:`CryptoError` otherwise (an OpenSSL built without one of them). Proven once per
    run (a failure is not remembered, so it is told again at the next attempt)."""
    try:
        keys = OfficeKeys.generate()
        public = keys.public()
        verify_signature(public, b"check", keys.sign_bytes(b"check"))
        sealing = StreamEncryptor(public, b"id")
        sealed = sealing.update(b"payload") + sealing.finish()
        opening = StreamDecryptor(keys, sealing.envelope, b"id")
        opened = opening.update(sealed) + opening.finish()
    except (UnsupportedAlgorithm, CryptoError) as error:
        raise CryptoError(tr("This computer's cryptography library lacks part of the sync "
                             "suite ({suite}): {error}").format(suite=SUITE, error=error)
                          ) from error
    if opened != b"payload":
        raise CryptoError(tr("This computer's cryptography library lacks part of the sync "
                             "suite ({suite}): {error}").format(suite=SUITE,
                                                                error="round trip"))
