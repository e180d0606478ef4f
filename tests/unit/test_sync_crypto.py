"""The sync suite jianguan-sync/1 (issue 8 item 1): signatures, payload encryption for one
recipient, streaming, fingerprints, and what a changed byte or a wrong key does."""

from __future__ import annotations

import pytest

from jianguan_desktop.io.sync.crypto import (
    CryptoError,
    OfficeKeys,
    StreamDecryptor,
    StreamEncryptor,
    check_suite,
    verify_signature,
)


def seal(recipient, chunks, associated=b"pkg-1"):
    sealing = StreamEncryptor(recipient.public(), associated)
    sealed = b"".join(sealing.update(chunk) for chunk in chunks) + sealing.finish()
    return sealing.envelope, sealed


def open_(keys, envelope, sealed, associated=b"pkg-1", step=7):
    opening = StreamDecryptor(keys, envelope, associated)
    parts = [opening.update(sealed[i:i + step]) for i in range(0, len(sealed), step)]
    return b"".join(parts) + opening.finish()


def test_the_suite_is_available_here():
    check_suite()


def test_a_payload_sealed_in_chunks_opens_in_other_chunks_for_its_recipient():
    city = OfficeKeys.generate()
    text = "滑县投诉〔2026〕1号".encode() * 1000
    envelope, sealed = seal(city, [text[:5], text[5:4000], text[4000:]])
    assert text not in sealed
    assert open_(city, envelope, sealed) == text


@pytest.mark.parametrize("change", ["flip", "cut", "other_recipient", "other_id"])
def test_a_changed_or_misdirected_payload_is_refused(change):
    city, county = OfficeKeys.generate(), OfficeKeys.generate()
    envelope, sealed = seal(city, [b"records" * 100])
    keys, associated = city, b"pkg-1"
    if change == "flip":
        sealed = sealed[:10] + bytes([sealed[10] ^ 1]) + sealed[11:]
    elif change == "cut":
        sealed = sealed[:-1]
    elif change == "other_recipient":
        keys = county
    else:
        associated = b"pkg-2"
    with pytest.raises(CryptoError):
        open_(keys, envelope, sealed, associated)


def test_a_signature_verifies_only_for_its_bytes_and_its_office():
    county, other = OfficeKeys.generate(), OfficeKeys.generate()
    signature = county.sign_bytes(b'{"manifest": 1}')
    verify_signature(county.public(), b'{"manifest": 1}', signature)
    with pytest.raises(CryptoError, match="签名"):
        verify_signature(county.public(), b'{"manifest": 2}', signature)
    with pytest.raises(CryptoError):
        verify_signature(other.public(), b'{"manifest": 1}', signature)


def test_a_fingerprint_is_eight_groups_of_four_and_differs_between_offices():
    first, second = OfficeKeys.generate().public(), OfficeKeys.generate().public()
    groups = first.fingerprint().split(" ")
    assert len(groups) == 8 and all(len(group) == 4 for group in groups)
    assert first.fingerprint() != second.fingerprint()
    assert first.fingerprint() == type(first)(first.sign, first.encrypt).fingerprint()
