"""The notices register (发文登记): create, edit, delete and restore notices; their view and form.

Every notice has a 发文字号 (机关代字〔年份〕序号号) handed out from the office's counter unless
one is given (an import, a correction); the ``notice`` form prints it after GB/T 9704-2012.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.notices import (
    CC_MAX,
    DOC_CODE_MAX,
    REMARKS_MAX,
    SEQ_LIMIT,
    SHORT_MAX,
    STATUSES,
    TITLE_MAX,
    Notice,
    doc_order,
)
from jianguan_desktop.db.records import (
    OFFICE_KEY,
    check_version,
    next_number,
    reserve_number,
)
from jianguan_desktop.domain.doc_format import format_doc_number, heading_level
from jianguan_desktop.domain.numbering import parse_number, parse_typed_number
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ConflictError, NotFoundError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.pdf.document import Block, FormDocument, Heading, Imprint, Paragraph
from jianguan_desktop.services.audit_table import register_record_labels
from jianguan_desktop.services.form_settings import FormProfile, form_profile, split_units
from jianguan_desktop.services.forms import FormSpec, register_form
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.record_actions import change_record, delete_change, restore_change
from jianguan_desktop.services.tables import ColumnSpec, TableSpec, register_table

TABLE_KEY = "notices"
FORM_KEY = "notice"
FIRST_DATE = date(2000, 1, 1)
SEQ_MAX = SEQ_LIMIT - 1
# A numbered line is a heading only when it reads as one: one short clause. "（一）加强组织
# 领导。" is; "（一）加强组织领导。各单位要……" and "一、各成员单位应当……，负责……。" are
# paragraphs that start with their point's number.
_INNER_STOP = re.compile(r"[。！？；，]")
HEADING_MAX = 40


def status_labels() -> dict[str, str]:
    """Stored status → what users call it."""
    return {"draft": tr("Draft"), "issued": tr("Issued")}


@dataclass(frozen=True)
class NoticeContent:
    """What a notice says, apart from its number and bookkeeping."""

    title: str
    addressee: str
    body: str
    signature: str
    signed_on: date | None
    cc: str
    issuer: str
    issued_on: date | None
    status: str
    remarks: str


CONTENT_FIELDS = tuple(item.name for item in fields(NoticeContent))


@dataclass(frozen=True)
class NoticeInfo(NoticeContent):
    """A notice as the window, the command line and the form see it."""

    id: str
    number: str
    version: int
    doc_code: str
    doc_year: int
    doc_seq: int
    status_label: str
    deleted: bool
    updated_at: datetime
    updated_by: str


def notice_info(notice: Notice) -> NoticeInfo:
    """Plain data of a notice row."""
    return NoticeInfo(
        **{name: getattr(notice, name) for name in CONTENT_FIELDS},
        id=notice.id, number=notice.number or "", version=notice.version,
        doc_code=notice.doc_code, doc_year=notice.doc_year, doc_seq=notice.doc_seq,
        status_label=status_labels().get(notice.status, notice.status),
        deleted=notice.deleted_at is not None, updated_at=notice.updated_at,
        updated_by=notice.updated_by)


# --- checking what was typed --------------------------------------------------------------

@dataclass(frozen=True)
class NoticeValues(NoticeContent):
    """Checked values of a notice; ``doc_code``, ``doc_year`` and ``doc_seq`` may still be
    ``None`` (the office's code, the year of signing, the next number)."""

    doc_code: str | None
    doc_year: int | None
    doc_seq: int | None


def one_year_after(day: date) -> date:
    """The same day next year (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def _text(values: Mapping[str, Any], key: str) -> str:
    value = values.get(key)
    return "" if value is None else str(value).strip()


def _one_line(text: str) -> str:
    return " ".join(text.split()) if "\n" in text or "\r" in text else text


def _whole_number(values: Mapping[str, Any], key: str, label: str,
                  errors: dict[str, str]) -> int | None:
    value = values.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError(value)
        return int(str(value).strip()) if not isinstance(value, int | float) else int(value)
    except ValueError:
        errors[key] = tr("“{label}” must be a whole number.").format(label=label)
        return None


def _date(values: Mapping[str, Any], key: str, label: str, today: date,
          errors: dict[str, str]) -> date | None:
    value = values.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        errors[key] = tr("“{label}” must be a date, such as 2026-11-21.").format(label=label)
        return None
    latest = one_year_after(today)
    if value < FIRST_DATE:
        errors[key] = tr("“{label}” cannot be before {first}.").format(
            label=label, first=FIRST_DATE.isoformat())
    elif value > latest:
        errors[key] = tr("“{label}” cannot be more than a year ahead (after {last}).").format(
            label=label, last=latest.isoformat())
    return value


def field_labels() -> dict[str, str]:
    """The notice's fields as the form and the messages name them."""
    return {
        "number": tr("Document number"), "doc_code": tr("Organ code"),
        "doc_year": tr("Year of the number"), "doc_seq": tr("Sequence number"),
        "title": tr("Title"), "addressee": tr("Main addressee"), "body": tr("Body"),
        "signature": tr("Signature"), "signed_on": tr("Date of signing"),
        "cc": tr("Copy to"), "issuer": tr("Printed and issued by"),
        "issued_on": tr("Date of issue"), "status": tr("Status"), "remarks": tr("Remarks"),
    }


def check_values(values: Mapping[str, Any], today: date | None = None) -> NoticeValues:
    """Check a notice as typed; every wrong field is named in one :class:`ValidationError`."""
    today = today or date.today()
    labels = field_labels()
    errors: dict[str, str] = {}
    title = _one_line(_text(values, "title"))
    if not title:
        errors["title"] = tr("Please fill in {field}.").format(field=labels["title"])
    limits = {"title": TITLE_MAX, "addressee": SHORT_MAX, "signature": SHORT_MAX,
              "issuer": SHORT_MAX, "cc": CC_MAX, "remarks": REMARKS_MAX,
              "doc_code": DOC_CODE_MAX}
    texts = {key: _text(values, key) for key in limits}
    texts["title"] = title
    for key, limit in limits.items():
        if len(texts[key]) > limit:
            errors[key] = tr("“{label}” may have at most {count} characters; it has "
                             "{length}.").format(label=labels[key], count=limit,
                                                 length=len(texts[key]))
    if texts["doc_code"] and "doc_code" not in errors:
        try:  # the code's own rules (no brackets, no 第) come with the number's format
            format_doc_number(texts["doc_code"], FIRST_DATE.year, 1)
        except ValueError as error:
            errors["doc_code"] = str(error)
        else:
            if texts["doc_code"][-1].isdigit():
                errors["doc_code"] = tr("The organ code is only the characters before the "
                                        "year, such as 滑监.")
    signed_on = _date(values, "signed_on", labels["signed_on"], today, errors)
    issued_on = _date(values, "issued_on", labels["issued_on"], today, errors)
    if signed_on and issued_on and issued_on < signed_on and "issued_on" not in errors:
        errors["issued_on"] = tr("A notice cannot be issued before the date of signing.")
    status = _text(values, "status") or "draft"
    if status not in STATUSES:
        errors["status"] = tr("The status must be draft or issued.")
    elif status == "issued" and signed_on is None and "signed_on" not in errors:
        errors["signed_on"] = tr("An issued notice needs its date of signing.")
    doc_year = _whole_number(values, "doc_year", labels["doc_year"], errors)
    if doc_year is not None and not FIRST_DATE.year <= doc_year <= today.year + 1:
        errors["doc_year"] = tr("The year of the number must be between {first} and "
                                "{last}.").format(first=FIRST_DATE.year, last=today.year + 1)
    doc_seq = _whole_number(values, "doc_seq", labels["doc_seq"], errors)
    if doc_seq is not None and not 1 <= doc_seq <= SEQ_MAX:
        errors["doc_seq"] = tr("The sequence number must be between 1 and {last}.").format(
            last=SEQ_MAX)
    if errors:
        raise ValidationError(next(iter(errors.values())), fields=errors)
    return NoticeValues(
        title=title, addressee=_one_line(texts["addressee"]), body=_text(values, "body"),
        signature=_one_line(texts["signature"]), signed_on=signed_on, cc=texts["cc"],
        issuer=_one_line(texts["issuer"]), issued_on=issued_on, status=status,
        remarks=texts["remarks"], doc_code=texts["doc_code"] or None, doc_year=doc_year,
        doc_seq=doc_seq)


# --- numbers ------------------------------------------------------------------------------

def _holder(session: Session, office_code: str, number: str) -> Notice | None:
    """The notice (live or deleted) that holds a 发文字号 in this office."""
    return session.execute(select(Notice).where(
        Notice.office_code == office_code, Notice.number == number)).scalar_one_or_none()


def duplicate_message(number: str, holder_title: str, deleted: bool) -> str:
    """The message for a 发文字号 that is taken."""
    if deleted:
        return tr("The document number {number} is already used by the deleted notice "
                  "“{title}”; restore or renumber that one first.").format(
                      number=number, title=holder_title)
    return tr("The document number {number} is already used by “{title}”.").format(
        number=number, title=holder_title)


def _office_code(session: Session) -> str:
    code = session.info.get(OFFICE_KEY)
    if not code:
        raise ConflictError(tr("This database has not been set up yet; run “jianguan init” "
                               "first."))
    return str(code)


def _assign_number(session: Session, notice: Notice, checked: NoticeValues,
                   profile: FormProfile, today: date) -> None:
    """Give ``notice`` its 发文字号: as given, kept, or the next one of the office."""
    code = checked.doc_code or (notice.doc_code if notice.number else None) or profile.doc_code
    if not code:
        raise ValidationError(tr(
            "Fill in the organ code (机关代字) of the document number, here or once for all "
            "under Settings → Official documents and printing."), field="doc_code")
    if checked.doc_year is not None:
        year = checked.doc_year
    elif notice.number:  # a numbered notice keeps its year unless told otherwise
        year = notice.doc_year
    else:
        year = checked.signed_on.year if checked.signed_on else today.year
    office_code = _office_code(session)
    seq = checked.doc_seq
    unchanged = bool(notice.number) and code == notice.doc_code and year == notice.doc_year
    if seq is None and unchanged:
        return
    if seq is None:
        while True:  # numbers given by hand may sit ahead of the counter
            parsed = parse_number(next_number(session, office_code, code, year))
            assert parsed is not None
            seq = parsed[2]
            if _holder(session, office_code, format_doc_number(code, year, seq)) is None:
                break
    else:
        number = format_doc_number(code, year, seq)
        holder = _holder(session, office_code, number)
        if holder is not None and holder is not notice:
            raise ConflictError(duplicate_message(number, holder.title,
                                                  holder.deleted_at is not None),
                                field="doc_seq")
        reserve_number(session, office_code, code, year, seq)
    notice.doc_code, notice.doc_year, notice.doc_seq = code, year, seq
    notice.doc_order = doc_order(year, seq)
    notice.number = format_doc_number(code, year, seq)


def _apply(notice: Notice, checked: NoticeValues) -> None:
    for name in CONTENT_FIELDS:
        setattr(notice, name, getattr(checked, name))


# --- the use cases ------------------------------------------------------------------------

def add_notice(session: Session, checked: NoticeValues, profile: FormProfile,
               today: date) -> Notice:
    """Add a checked notice inside an open transaction (the import writes many this way)."""
    notice = Notice()
    _apply(notice, checked)
    _assign_number(session, notice, checked, profile, today)
    session.add(notice)
    return notice


def create_notice(db: Database, actor: Actor, values: Mapping[str, Any], *,
                  today: date | None = None) -> NoticeInfo:
    """Register a new notice; its 发文字号 is the next one unless ``doc_seq`` gives it."""
    require(actor, Permission.WRITE)
    today = today or date.today()
    checked = check_values(values, today)
    with db.uow(actor) as uow:
        notice = add_notice(uow.session, checked, form_profile(uow.session), today)
        uow.flush()
        info = notice_info(notice)
        uow.commit()
    return info


def _load(session: Session, notice_id: str, include_deleted: bool = False) -> Notice:
    notice = session.get(Notice, notice_id)
    if notice is None or (notice.deleted_at is not None and not include_deleted):
        raise NotFoundError(tr("This notice no longer exists; it may have been deleted."))
    return notice


def update_notice(db: Database, actor: Actor, notice_id: str, values: Mapping[str, Any],
                  expected_version: int | None, *, today: date | None = None) -> NoticeInfo:
    """Change a notice; an edit of an outdated copy is refused (nothing is overwritten).

    Without ``doc_seq`` the 发文字号 stays, unless its code or year was changed.
    """
    require(actor, Permission.WRITE)
    today = today or date.today()
    checked = check_values(values, today)
    with db.uow(actor) as uow:
        notice = _load(uow.session, notice_id)
        check_version(notice, expected_version)
        _apply(notice, checked)
        _assign_number(uow.session, notice, checked, form_profile(uow.session), today)
        uow.flush()
        info = notice_info(notice)
        uow.commit()
    return info


def get_notice(db: Database, actor: Actor, notice_id: str,
               include_deleted: bool = False) -> NoticeInfo:
    """One notice by its id."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        return notice_info(_load(uow.session, notice_id, include_deleted))


def not_found_message(ref: str) -> str:
    """「找不到编号为 X 的发文。」"""
    return tr("There is no notice numbered {number}.").format(number=ref)


def find_notice(db: Database, actor: Actor, ref: str) -> NoticeInfo:
    """A live notice by its 发文字号 (typed with any brackets, 第 or spaces) or its id."""
    require(actor, Permission.READ)
    cleaned = ref.strip()
    parsed = parse_typed_number(cleaned)
    number = format_doc_number(*parsed) if parsed is not None else cleaned
    with db.uow(actor, readonly=True) as uow:
        office_code = uow.session.info.get(OFFICE_KEY)
        found = _holder(uow.session, str(office_code), number) or uow.session.get(
            Notice, cleaned)
        if found is None or found.deleted_at is not None:
            raise NotFoundError(not_found_message(cleaned))
        return notice_info(found)


def delete_notice(db: Database, actor: Actor, notice_id: str,
                  expected_version: int | None = None) -> NoticeInfo:
    """Mark a notice deleted (it stays in the database, its number stays taken)."""
    return change_record(db, actor, Permission.WRITE, lambda session: _load(session, notice_id),
                         delete_change(), notice_info, expected_version)


def restore_notice(db: Database, actor: Actor, notice_id: str) -> NoticeInfo:
    """Bring a deleted notice back."""
    return change_record(db, actor, Permission.WRITE,
                         lambda session: _load(session, notice_id, include_deleted=True),
                         restore_change(), notice_info)


# --- the printed notice -------------------------------------------------------------------

def body_blocks(body: str) -> tuple[Block, ...]:
    """The body as paragraphs, one per line; a line numbered 一、, （一）, 1. or （1） that is one
    short clause is a heading of that level. Blank lines and typed indentation are dropped."""
    blocks: list[Block] = []
    for raw in body.splitlines():
        line = raw.strip().lstrip("\u3000").strip()
        if not line:
            continue
        level = heading_level(line)
        if (level is not None and len(line) <= HEADING_MAX
                and not _INNER_STOP.search(line[:-1])):
            blocks.append(Heading(line, level))
        else:
            blocks.append(Paragraph(line))
    return tuple(blocks)


def notice_document(info: NoticeInfo, profile: FormProfile) -> FormDocument:
    """The notice laid out as an official document (版头, 主体, 版记 of GB/T 9704-2012)."""
    return FormDocument(
        title=info.title,
        blocks=body_blocks(info.body),
        organ_mark=tr("{name} document").format(name=profile.full_name),
        doc_number=info.number,
        addressee=info.addressee or None,  # none: a line to fill in by hand
        signature=info.signature or profile.signature,
        signed_on=info.signed_on,
        imprint=Imprint(cc=split_units(info.cc) or profile.default_cc,
                        issuer=info.issuer or profile.issuer, issued_on=info.issued_on),
        subject=info.title,
        author=profile.full_name,
    )


def build_notice_form(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The ``notice`` form of the notice numbered ``ref``."""
    return notice_document(find_notice(db, actor, ref), form_profile(db))


register_form(FormSpec(
    key=FORM_KEY,
    title=lambda: tr("Notice (official document)"),
    kind="record",
    build=build_notice_form,
    ref_label=lambda: tr("The document number, such as 滑监〔2026〕17号"),
))


# --- the register view and the history ----------------------------------------------------

register_table(TableSpec(
    key=TABLE_KEY,
    title=lambda: tr("Documents sent"),
    columns=(
        ColumnSpec("number", lambda: tr("Document number"), "text", Notice.number, width=150,
                   searchable=True),
        ColumnSpec("title", lambda: tr("Title"), "text", Notice.title, width=320,
                   searchable=True),
        ColumnSpec("addressee", lambda: tr("Main addressee"), "text", Notice.addressee,
                   width=200, searchable=True),
        ColumnSpec("signed_on", lambda: tr("Date of signing"), "date", Notice.signed_on,
                   width=100),
        ColumnSpec("status", lambda: tr("Status"), "enum", Notice.status, width=70,
                   searchable=True, labels=status_labels),
        ColumnSpec("issued_on", lambda: tr("Date of issue"), "date", Notice.issued_on,
                   width=100),
        ColumnSpec("updated_at", lambda: tr("Changed at"), "datetime", Notice.updated_at,
                   width=140),
        ColumnSpec("doc_order", lambda: tr("Order of the number"), "int", Notice.doc_order,
                   width=80, visible=False),
        ColumnSpec("cc", lambda: tr("Copy to"), "text", Notice.cc, width=200, visible=False,
                   searchable=True),
        ColumnSpec("remarks", lambda: tr("Remarks"), "text", Notice.remarks, width=200,
                   visible=False, searchable=True),
    ),
    base_select=lambda: select(Notice.id),
    id_column=Notice.id,
    default_sort=(("doc_order", "desc"),),
    permission=Permission.READ,
    deleted_column=Notice.deleted_at,
    empty_text=lambda: tr("No documents sent are registered yet. Click “New” to register "
                          "the first, or “Import” to take over an old register from Excel."),
))

register_record_labels(
    "notices", lambda: tr("Document sent"), field_labels,
    keys=("number", "doc_code", "doc_year", "doc_seq", "title", "addressee", "body",
          "signature", "signed_on", "cc", "issuer", "issued_on", "status", "remarks"),
    formatters={"status": lambda value: status_labels().get(value, str(value))},
)
