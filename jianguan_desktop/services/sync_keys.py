"""This office's sync keys and the offices it trusts (issue 8 item 1).

The suite is ``jianguan-sync/1`` (see ``io/sync/crypto.py``): Ed25519 signatures, X25519 key
agreement with HKDF-SHA256, AES-256-GCM. :func:`generate_keys` makes the office's two key pairs
(``jianguan sync keygen``; once made, new ones only with ``replace``, since every partner must
then register them again); :func:`public_key_file` is the small file the partner registers
(``jianguan sync pubkey -o FILE``), whose fingerprint is printed for checking by phone;
:func:`trust` registers a partner's file (``jianguan sync trust FILE``): a county trusts its
city and the city its counties.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.models import Office
from jianguan_desktop.db.sync import SyncKeys, SyncPartner
from jianguan_desktop.domain.office_code import OfficeMode, check_office_code
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ConflictError, NotFoundError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.sync.container import PackageError
from jianguan_desktop.io.sync.crypto import (
    KEY_BYTES,
    SUITE,
    CryptoError,
    OfficeKeys,
    PublicKeys,
    b64,
    check_suite,
    unb64,
)
from jianguan_desktop.services.permissions import require

PUBKEY_FORMAT = "jianguan-sync-pubkey"
PUBKEY_LIMIT = 64 << 10


@dataclass(frozen=True)
class PartnerInfo:
    """A registered office as shown."""

    office_code: str
    office_name: str
    mode: str
    fingerprint: str
    registered_at: datetime | None


def office_row(session: Any) -> Office:
    """This database's office row, or a clear error before setup."""
    office = session.get(Office, 1)
    if office is None:
        raise NotFoundError(tr("This database has not been set up yet."))
    return office


def new_keys_row() -> tuple[SyncKeys, str]:
    """A new row of key pairs for this office (made at setup) and its fingerprint."""
    check_suite()
    keys = OfficeKeys.generate()
    fingerprint = keys.public().fingerprint()
    return SyncKeys(id=1, sign_private=b64(keys.sign), box_private=b64(keys.encrypt),
                    fingerprint=fingerprint), fingerprint


def generate_keys(db: Database, actor: Actor, replace: bool = False) -> str:
    """Make this office's key pairs; return their fingerprint. Refused when keys exist and
    ``replace`` is not given (partners would have to register the new ones)."""
    require(actor, Permission.SYNC)
    check_suite()
    with db.uow(actor) as uow:
        office_row(uow.session)
        row = uow.session.get(SyncKeys, 1)
        if row is not None and not replace:
            raise ConflictError(tr("This office already has its sync keys (fingerprint {print})."
                                   " Make new ones only if the old ones were lost or exposed: "
                                   "every partner office must then register the new public key."
                                   ).format(print=row.fingerprint))
        made, fingerprint = new_keys_row()
        if row is None:
            uow.session.add(made)
        else:
            row.sign_private, row.box_private = made.sign_private, made.box_private
            row.fingerprint = fingerprint
        uow.commit()
    return fingerprint


def own_keys(session: Any) -> OfficeKeys:
    """This office's private keys, or a clear error when none were made."""
    row = session.get(SyncKeys, 1)
    if row is None:
        raise NotFoundError(tr("This office has no sync keys yet: make them first with "
                               "“jianguan sync keygen”."))
    return OfficeKeys(unb64(row.sign_private, KEY_BYTES), unb64(row.box_private, KEY_BYTES))


def public_key_file(db: Database, actor: Actor) -> tuple[bytes, str]:
    """The public key file of this office and its fingerprint."""
    require(actor, Permission.SYNC)
    with db.uow(actor, readonly=True) as uow:
        office = office_row(uow.session)
        public = own_keys(uow.session).public()
        data = {"format": PUBKEY_FORMAT, "suite": SUITE, "office_code": office.code,
                "office_name": office.name, "mode": office.mode, "sign": b64(public.sign),
                "encrypt": b64(public.encrypt), "fingerprint": public.fingerprint()}
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    return text.encode("utf-8"), public.fingerprint()


def _not_a_key_file() -> ValidationError:
    return ValidationError(tr("This is not a public key file of a jianguan office."),
                           field="file")


def parse_public_key_file(data: bytes) -> tuple[dict[str, str], PublicKeys]:
    """Read a public key file; its fields and keys, or a ``ValidationError`` saying why not."""
    if len(data) > PUBKEY_LIMIT:
        raise _not_a_key_file()
    try:
        fields = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _not_a_key_file() from error
    if not isinstance(fields, dict) or fields.get("format") != PUBKEY_FORMAT:
        raise _not_a_key_file()
    if fields.get("suite") != SUITE:
        raise ValidationError(tr("The key file uses the sync suite “{suite}”, which this "
                                 "program does not know: 请升级程序.").format(
            suite=fields.get("suite")), field="file")
    try:
        public = PublicKeys(unb64(str(fields.get("sign", "")), KEY_BYTES),
                            unb64(str(fields.get("encrypt", "")), KEY_BYTES))
        mode = OfficeMode(str(fields.get("mode", "")))
        code = check_office_code(str(fields.get("office_code", "")), mode)
    except (CryptoError, ValueError) as error:
        raise _not_a_key_file() from error
    if fields.get("fingerprint") != public.fingerprint():
        raise ValidationError(tr("The key file's fingerprint does not match its keys: the "
                                 "file was changed."), field="file")
    return {"office_code": code, "office_name": str(fields.get("office_name", ""))[:100],
            "mode": mode.value}, public


def _info(row: SyncPartner) -> PartnerInfo:
    return PartnerInfo(row.office_code, row.office_name, row.mode, row.fingerprint,
                       row.registered_at)


def trust(db: Database, actor: Actor, data: bytes) -> PartnerInfo:
    """Register a partner office's public key file (a county registers its city, the city its
    counties); registering the same keys again changes nothing, new keys replace the old."""
    require(actor, Permission.SYNC)
    fields, public = parse_public_key_file(data)
    with db.uow(actor) as uow:
        office = office_row(uow.session)
        if fields["office_code"] == office.code:
            raise ValidationError(tr("This is this office's own key file; register the key "
                                     "file of the partner office instead."), field="file")
        if fields["mode"] == office.mode:
            raise ValidationError(
                tr("A county office exchanges packages only with its city office, and the city "
                   "only with its counties: office {code} is of the same level as this one.")
                .format(code=fields["office_code"]), field="file")
        row = uow.session.get(SyncPartner, fields["office_code"])
        if row is None:
            row = SyncPartner(office_code=fields["office_code"], registered_by=actor.username)
            uow.session.add(row)
        row.office_name, row.mode = fields["office_name"], fields["mode"]
        row.sign_public, row.box_public = b64(public.sign), b64(public.encrypt)
        row.fingerprint = public.fingerprint()
        uow.flush()
        info = _info(row)
        uow.commit()
    return info


def partner_keys(session: Any, office_code: str) -> PublicKeys:
    """The registered public keys of ``office_code``; a clear error for an unknown office."""
    row = session.get(SyncPartner, office_code)
    if row is None:
        raise PackageError(tr("Office {code} is not registered here: register its public key "
                              "file first (“jianguan sync trust FILE”).").format(code=office_code))
    return PublicKeys(unb64(row.sign_public, KEY_BYTES), unb64(row.box_public, KEY_BYTES))


def list_partners(db: Database, actor: Actor) -> list[PartnerInfo]:
    """The registered offices, by code."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        rows = uow.session.execute(select(SyncPartner).order_by(SyncPartner.office_code))
        return [_info(row) for row in rows.scalars()]
