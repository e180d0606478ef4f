"""The paper of complaints and reports: 投诉登记表, 受理/不予受理/补正通知书, 转办函, 延期审批表 and
投诉处理决定书, registered as forms for ``jianguan print`` and the window's print preview.

Each outgoing document gets its 发文字号 the first time it is printed (the office's 机关代字 and
a code per kind of document, e.g. 滑公管投受〔2026〕3号; kept in ``complaint_documents``), so a
reprint carries the same number. Only the 登记表 and the letters to the complainant carry the
complainant's identity, and printing them is a reveal (audited, handler/负责人/管理员 only); the
不予受理通知书's copy for a third party and the 转办函 carry none.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from jianguan_desktop.db.complaint_documents import ComplaintDocument
from jianguan_desktop.db.complaints import Complaint
from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.models import User
from jianguan_desktop.db.records import OFFICE_KEY, next_number
from jianguan_desktop.domain.complaints import (
    ComplaintCase,
    Extension,
    Outcome,
    RejectionGround,
    Step,
    deadline_of,
)
from jianguan_desktop.domain.deadline_rules import CaseType, DeadlinePreset, Limit, unit_label
from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ConflictError, PermissionDenied
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.pdf.document import (
    Block,
    FormDocument,
    Heading,
    Paragraph,
    Table,
    TableColumn,
)
from jianguan_desktop.services.audit_table import register_record_labels
from jianguan_desktop.services.calendar import load_calendar
from jianguan_desktop.services.complaints import (
    ComplaintInfo,
    get_complaint,
    reveal_complainant,
)
from jianguan_desktop.services.form_settings import FormProfile, form_profile
from jianguan_desktop.services.forms import FormSpec, register_form
from jianguan_desktop.services.notices import body_blocks

REGISTER_FORM = "complaint_register"
ACCEPTANCE_FORM = "complaint_acceptance"
REJECTION_FORM = "complaint_rejection"
REJECTION_PUBLIC_FORM = "complaint_rejection_public"
CORRECTION_FORM = "complaint_correction"
TRANSFER_FORM = "complaint_transfer"
EXTENSION_FORM = "complaint_extension"
DECISION_FORM = "complaint_decision"
THIRD_PARTY_SUFFIX = "third"  # complaint_rejection "投诉〔2026〕3号#third": the third-party copy
# The code after the 机关代字 of each kind of document (投 for complaints, 举 for reports):
# 滑公管投受〔2026〕3号 is the third 受理通知书 of 2026.
DOCUMENT_CODES = {ACCEPTANCE_FORM: "受", REJECTION_FORM: "不受", CORRECTION_FORM: "补",
                  TRANSFER_FORM: "转", EXTENSION_FORM: "延", DECISION_FORM: "决"}
# 行政复议法 第二十条 (60 days), 行政诉讼法 第四十六条 (6 months), 信访工作条例 第三十五条 (30 days)
REVIEW_DAYS, LAWSUIT_MONTHS, RECHECK_DAYS = 60, 6, 30
_T = TypeVar("_T")
GRID_LABEL_WEIGHT, GRID_VALUE_WEIGHT = 1.4, 4.0
GRID_SIZE = 12.0  # 小四: a 登记表 or 审批表 fits one A4 page
# the items of a 补正 request: one per line, or separated by ；(the rules keep them on one line)
_ITEM_BREAKS = re.compile(r"[\n\r；;]+")
_ORDER_11_ITEMS = {RejectionGround.NOT_PARTY: "一", RejectionGround.VAGUE: "二",
                   RejectionGround.UNSIGNED: "三", RejectionGround.TIME_BARRED: "四",
                   RejectionGround.ALREADY_DECIDED: "五",
                   RejectionGround.OBJECTION_OR_REVIEW: "六"}


# --- shared pieces ----------------------------------------------------------------------------

def _sentence(text: str) -> str:
    """A text as the end of a sentence: trailing punctuation replaced by one 。."""
    cleaned = " ".join(text.split()).rstrip("。.；;，,、 ")
    return cleaned + "。" if cleaned else ""


def _blank(text: str) -> str:
    """A text to print, or a line to fill in by hand when it is empty."""
    return text.strip() or "＿" * 12


def _scrub(text: str, secrets: Sequence[str]) -> str:
    """``text`` with every occurrence of the complainant's name and contact blotted out, for
    documents that leave the office without the complainant's identity."""
    # a one-character "name" would blot every such character out of the text: left alone
    for secret in sorted((item.strip() for item in secrets if len(item.strip()) > 1), key=len,
                         reverse=True):
        text = text.replace(secret, "×" * min(len(secret), 3))
    return text


def _is_report(info: ComplaintInfo) -> bool:
    return info.case_type == CaseType.REPORT.value


def _complainant_word(info: ComplaintInfo) -> str:
    """投诉人 or 举报人."""
    return tr("Reporter") if _is_report(info) else tr("Complainant")


def _respondent_word(info: ComplaintInfo) -> str:
    """被投诉人 or 被举报人."""
    return tr("Reported party") if _is_report(info) else tr("Respondent")


def _labelled(label: str, value: str) -> str:
    return f"{label}：{value}"  # full-width colon, as a Chinese letter reads


def _kind_word(info: ComplaintInfo) -> str:
    """投诉 or 举报, as the documents name the case."""
    return tr("report (case)") if _is_report(info) else tr("complaint (case)")


def _case_ref(ref: str) -> tuple[str, str]:
    """"投诉〔2026〕3号#2" → ("投诉〔2026〕3号", "2"): the complaint and which document of it."""
    number, _, which = ref.partition("#")
    return number.strip(), which.strip()


def _signature(profile: FormProfile) -> str:
    return profile.signature or profile.full_name


def _refuse(info: ComplaintInfo, message: str, **extra: object) -> ConflictError:
    """Why the document cannot be made out yet: ``message`` names {number} and {status}."""
    return ConflictError(message.format(number=info.number, status=info.status_label, **extra))


def _reached(db: Database, actor: Actor, ref: str, part: Callable[[ComplaintCase], _T | None],
             message: str) -> tuple[ComplaintInfo, _T]:
    """The complaint (masked) and the part of its case the document is about; refused with
    ``message`` ({number}, {status}) while the case has not reached it."""
    info = get_complaint(db, actor, _case_ref(ref)[0])
    found = part(info.case)
    if found is None:
        raise _refuse(info, message)
    return info, found


def _stored_rules(db: Database, info: ComplaintInfo) -> DeadlinePreset:
    """The time limits in force for the complaint (those fixed at its registration)."""
    with db.uow(readonly=True) as uow:
        row = uow.session.get(Complaint, info.id)
        assert row is not None
        return DeadlinePreset.from_dict(json.loads(row.preset_data))


def _secrets(db: Database, info: ComplaintInfo) -> tuple[str, str]:
    """The complainant's name and contact, only to blot them out of outgoing texts (never
    printed, so not a reveal)."""
    with db.uow(readonly=True) as uow:
        row = uow.session.get(Complaint, info.id)
        assert row is not None
        return row.complainant, row.complainant_contact


def _person(session: Session, username: str) -> str:
    user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    return (user.display_name or user.username) if user is not None else username


def _limit_text(rules: DeadlinePreset, limit: Limit) -> str:
    rule = rules.rule(limit)
    return f"{rule.count}{unit_label(rule.unit)}" if rule is not None else ""


# --- 发文字号 ---------------------------------------------------------------------------------

def document_series(profile: FormProfile, info: ComplaintInfo, form_key: str) -> str:
    """What comes before 〔year〕: the 机关代字, 投/举 and the document's code (滑公管投受)."""
    kind = "举" if _is_report(info) else "投"
    return f"{profile.doc_code}{kind}{DOCUMENT_CODES[form_key]}"


def issued_number(db: Database, actor: Actor, info: ComplaintInfo, form_key: str,
                  issued_on: date, item: int = 1) -> str:
    """The 发文字号 of a document about the complaint: the one it was given when first printed,
    else the next of its series in the year of ``issued_on`` (recorded, so a reprint gives the
    same). Numbering needs the right to edit; a reader may only reprint."""
    with db.uow(actor) as uow:
        found = uow.session.execute(select(ComplaintDocument).where(
            ComplaintDocument.complaint_id == info.id, ComplaintDocument.form_key == form_key,
            ComplaintDocument.item == item, ComplaintDocument.deleted_at.is_(None))
            .order_by(ComplaintDocument.created_at)).scalars().first()
        if found is not None:
            return found.number or ""
        if not actor.can(Permission.WRITE):
            raise PermissionDenied(tr(
                "This document has not been given a number yet; a user who may edit "
                "complaints must print it first."))
        series = document_series(form_profile(uow.session), info, form_key)
        number = next_number(uow.session, uow.session.info[OFFICE_KEY], series, issued_on.year)
        uow.session.add(ComplaintDocument(complaint_id=info.id, form_key=form_key, item=item,
                                          issued_on=issued_on, number=number))
        uow.commit()
    return number


def issued_documents(db: Database, actor: Actor, ref: str) -> list[tuple[str, int, str, date]]:
    """The documents numbered so far for a complaint: (form key, item, 发文字号, 成文日期)."""
    info = get_complaint(db, actor, ref)
    with db.uow(actor, readonly=True) as uow:
        rows = uow.session.execute(select(ComplaintDocument).where(
            ComplaintDocument.complaint_id == info.id, ComplaintDocument.deleted_at.is_(None))
            .order_by(ComplaintDocument.issued_on, ComplaintDocument.number)).scalars().all()
        return [(row.form_key, row.item, row.number or "", row.issued_on) for row in rows]


# --- grid forms (登记表, 延期审批表) -------------------------------------------------------------

def _grid(rows: Sequence[tuple[str, str | None]]) -> Table:
    """A two-column 表格 of label and value; a value ``None`` is left to fill in by hand."""
    return Table(columns=(TableColumn(tr("Item"), GRID_LABEL_WEIGHT, "center"),
                          TableColumn(tr("Particulars"), GRID_VALUE_WEIGHT)),
                 rows=tuple((label, value) for label, value in rows), font_size=GRID_SIZE)


def _sign_line(name: str = "", on: date | None = None) -> str:
    """签字：张敏        日期：2026年10月9日 (blanks to fill in by hand when unknown)."""
    return tr("Signature: {name}    Date: {date}").format(
        name=name or "＿" * 6, date=format_cn_date(on) if on else "＿＿年＿月＿日")


def _opinion(name: str = "", on: date | None = None, text: str = "") -> str:
    """An opinion cell: what was written (or room to write it) and the signature line."""
    return (text.strip() or "\n") + "\n" + _sign_line(name, on)


def _respondent(info: ComplaintInfo) -> str:
    if info.respondent_code:
        return tr("{name} ({code})").format(name=info.respondent_name, code=info.respondent_code)
    return info.respondent_name


def _project(info: ComplaintInfo) -> str:
    if info.project_code:
        return tr("{name} ({code})").format(name=info.project_name, code=info.project_code)
    return info.project_name


def _evidence(case: ComplaintCase) -> str:
    return "\n".join(f"{index}. {name}" for index, name in
                     enumerate(case.registration.evidence, start=1)) or tr("None submitted")


def _due_text(info: ComplaintInfo) -> str:
    if info.due_on is None:
        return tr("No time limit is running now ({status}).").format(status=info.status_label)
    return tr("{limit}: due {date}").format(limit=info.due_limit_label,
                                            date=format_cn_date(info.due_on))


def register_rows(info: ComplaintInfo, handler: str) -> list[tuple[str, str | None]]:
    """The rows of the 登记表 (the complainant in clear: ``info`` is a revealed one)."""
    reg = info.case.registration
    first = info.case.history[0] if info.case.history else None
    rows: list[tuple[str, str | None]] = [
        (tr("Number"), info.number),
        (tr("Received on"), format_cn_date(info.received_on)),
        (tr("Channel"), info.channel_label),
        (tr("Type of case"), info.case_type_label),
        (_complainant_word(info), info.complainant or tr("Anonymous")),
        (tr("Complainant's contact"), info.complainant_contact or tr("None given")),
        (_respondent_word(info), _respondent(info)),
        (tr("Project"), _project(info)),
        (tr("Matter"), info.matter),
        (tr("Request"), info.request),
        (tr("Evidence"), _evidence(info.case)),
    ]
    if reg.known_on is not None:
        rows.append((tr("Day the complainant knew"), format_cn_date(reg.known_on)))
    if reg.objection_from is not None and reg.objection_to is not None:
        rows.append((tr("Objection period (not counted)"), tr("{start} to {end}").format(
            start=format_cn_date(reg.objection_from), end=format_cn_date(reg.objection_to))))
    explanation = "\n".join([info.due_explanation, *info.due_warnings]).strip()
    rows += [
        (tr("Status"), info.status_label),
        (tr("Handled by"), handler),
        (tr("Due on"), _due_text(info)),
        (tr("How the due date was worked out"), explanation or None),
        (tr("Registered by"), _sign_line(first.by if first else "", first.on if first else None)),
        (tr("Opinion of the head"), _opinion()),
    ]
    return rows


def build_register(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 投诉（举报）登记表: an internal form with the complainant in clear; printing it is a
    reveal (handler, 负责人 and 管理员 only; audited)."""
    info = reveal_complainant(db, actor, _case_ref(ref)[0], purpose="print")
    profile = form_profile(db)
    with db.uow(readonly=True) as uow:
        handler = _person(uow.session, info.handler)
    title = tr("Report registration form") if _is_report(info) else tr(
        "Complaint registration form")
    confidential = Paragraph(tr("Internal use: contains the complainant's identity; keep "
                                "confidential"), indent=False, align="right")
    return FormDocument(
        title=title, blocks=(confidential, _grid(register_rows(info, handler))), seal=False,
        subject=title, author=profile.full_name)


def _extension_item(info: ComplaintInfo, which: str) -> tuple[int, Extension]:
    extensions = info.case.extensions
    if not extensions:
        raise _refuse(info, tr("The time limit of {number} has not been extended; there is no "
                               "extension approval form to print."))
    if not which:
        return len(extensions), extensions[-1]
    if not which.isdigit() or not 1 <= int(which) <= len(extensions):
        raise _refuse(info, tr("{number} has {count} extensions; give “{number}#1” to "
                               "“{number}#{count}”."), count=len(extensions))
    return int(which), extensions[int(which) - 1]


def _due_before(info: ComplaintInfo, item: int) -> date | None:
    """The decision due date the ``item``-th extension extended (the step's deadline)."""
    steps = [record for record in info.case.history if record.step is Step.EXTEND]
    return steps[item - 1].due if len(steps) >= item else None


def extension_rows(info: ComplaintInfo, number: str, item: int, extension: Extension,
                   rules: DeadlinePreset, handler: str,
                   matter: str) -> list[tuple[str, str | None]]:
    """The rows of the 延期审批表 (the complainant masked, ``matter`` scrubbed: the approver
    needs no identity)."""
    rule = rules.rule(Limit.DECISION)
    unit = unit_label(rule.unit) if rule is not None else ""
    before = _due_before(info, item)
    return [
        (tr("Number"), number),
        (tr("Complaint number"), info.number),
        (_complainant_word(info), info.complainant or tr("Anonymous")),
        (_respondent_word(info), _respondent(info)),
        (tr("Project"), _project(info)),
        (tr("Matter"), matter),
        (tr("Accepted on"), format_cn_date(info.accepted_on) if info.accepted_on else None),
        (tr("Original time limit"), _limit_text(rules, Limit.DECISION)),
        (tr("Original due date"), format_cn_date(before) if before else None),
        (tr("Extended by"), f"{extension.extend_by}{unit}"),
        (tr("New due date"), format_cn_date(extension.new_due)),
        (tr("Reason for the extension"), extension.reason or None),
        (tr("Opinion of the clerk handling it"), _opinion(handler, extension.on, tr(
            "Proposed: extend the time limit by {count} {unit}.").format(
                count=extension.extend_by, unit=unit))),
        (tr("Approval of the head"), _opinion(extension.approved_by, extension.on,
                                              tr("Approved."))),
    ]


def build_extension(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 延期审批表 of the complaint's extension (``NUMBER#2`` for the second; the last by
    default)."""
    number_ref, which = _case_ref(ref)
    info = get_complaint(db, actor, number_ref)
    item, extension = _extension_item(info, which)
    number = issued_number(db, actor, info, EXTENSION_FORM, extension.on, item)
    with db.uow(readonly=True) as uow:
        handler = _person(uow.session, info.handler)
    profile = form_profile(db)
    title = tr("Approval form for extending the time limit")
    rows = extension_rows(info, number, item, extension, _stored_rules(db, info), handler,
                          _scrub(info.matter, _secrets(db, info)))
    return FormDocument(title=title, blocks=(_grid(rows),), seal=False, subject=title,
                        author=profile.full_name)


# --- letters --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Letter:
    """What a letter about a complaint needs besides its body: its form, title, date and to
    whom it goes."""

    form_key: str
    title: str
    signed_on: date
    addressee: str | None


def _letter(db: Database, actor: Actor, info: ComplaintInfo, letter: Letter,
            blocks: Sequence[Block], item: int = 1) -> FormDocument:
    number = issued_number(db, actor, info, letter.form_key, letter.signed_on, item)
    profile = form_profile(db)
    return FormDocument(
        title=letter.title, blocks=tuple(blocks), doc_number=number,
        addressee=letter.addressee, signature=_signature(profile),
        signed_on=letter.signed_on, subject=letter.title, author=profile.full_name)


def _received(info: ComplaintInfo) -> str:
    """"你（单位）于2026年9月30日以信函方式提出的投诉（投诉〔2026〕1号）"."""
    return tr("the {kind} you made by {channel} on {date} (number {number})").format(
        kind=_kind_word(info), channel=info.channel_label,
        date=format_cn_date(info.received_on), number=info.number)


def _about(info: ComplaintInfo, matter: str) -> str:
    """The respondent, project and matter in one sentence."""
    parts = []
    if info.respondent_name:
        parts.append(_labelled(_respondent_word(info), info.respondent_name))
    if info.project_name:
        parts.append(tr("Project: {name}").format(name=info.project_name))
    parts.append(tr("Matter: {matter}").format(matter=_sentence(matter).rstrip("。")))
    return "；".join(parts) + "。"  # full-width semicolon and full stop, as the letter reads


def _opening_without_identity(info: ComplaintInfo, matter: str) -> str:
    """"本机关于…收到一件投诉（编号：…）。被投诉人：…" for a reader who may not know who
    complained (``matter`` already scrubbed)."""
    return tr("This office received a {kind} (number {number}) on {date}. {about}").format(
        kind=_kind_word(info), number=info.number, date=format_cn_date(info.received_on),
        about=_about(info, matter))


def _remedies(info: ComplaintInfo, document: str) -> Paragraph:
    """The right to 行政复议 or 行政诉讼 (a complaint), or to ask for a 复查 (a report)."""
    if _is_report(info):
        return Paragraph(tr(
            "If you disagree with how the report was handled, you may ask the authority at "
            "the next level up to re-examine it within {days} days of receiving this "
            "{document} (Regulations on Letters and Visits, Article 35).").format(
                days=RECHECK_DAYS, document=document))
    return Paragraph(tr(
        "If you disagree with this {document}, you may apply for administrative "
        "reconsideration according to law within {days} days of receiving it, or bring an "
        "administrative lawsuit before a people's court within {months} months of receiving "
        "it.").format(document=document, days=REVIEW_DAYS, months=LAWSUIT_MONTHS))


def _complainant_info(db: Database, actor: Actor, ref: str) -> ComplaintInfo:
    """The complaint with the complainant in clear, for a letter addressed to them (a reveal:
    audited, and refused to whoever may not see who complained)."""
    return reveal_complainant(db, actor, ref, purpose="print")


def _to_complainant(info: ComplaintInfo) -> str | None:
    return info.complainant or None


def build_acceptance(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 受理通知书 to the complainant: only once the complaint was accepted."""
    info, accepted_on = _reached(db, actor, ref, lambda case: case.accepted_on, tr(
        "{number} has not been accepted ({status}); there is no acceptance notice to print."))
    info = _complainant_info(db, actor, info.id)
    rules = _stored_rules(db, info)
    due = deadline_of(info.case, Limit.DECISION, load_calendar(db), rules)
    accepted = format_cn_date(accepted_on)
    body = [Paragraph(tr("Upon review, {received} meets the conditions for acceptance; this "
                         "office decided on {date} to accept it.").format(
                             received=_received(info), date=accepted)),
            Paragraph(_about(info, info.matter))]
    if due is not None:
        limit = tr("a decision") if not _is_report(info) else tr("the handling")
        body.append(Paragraph(tr(
            "This office will complete {what} within {limit} of acceptance, that is by "
            "{date}; time needed for inspection, testing, appraisal or expert review, and "
            "periods in which handling is suspended, are not counted.").format(
                what=limit, limit=_limit_text(rules, Limit.DECISION),
                date=format_cn_date(due.due))))
    body += [Paragraph(tr("Please cooperate with the investigation and provide further "
                          "materials when asked.")), Paragraph(tr("Hereby notified."))]
    return _letter(db, actor, info, Letter(ACCEPTANCE_FORM, tr("Notice of acceptance"),
                                           accepted_on,
                                           _to_complainant(info)), body)


def _ground_text(ground: RejectionGround, case_type: str) -> str:
    item = _ORDER_11_ITEMS.get(ground)
    if item is not None:
        basis = tr("Measures for Handling Complaints in Construction-Project Bidding (Order "
                   "No. 11 of seven ministries), Article 12, item ({item})").format(item=item)
    elif ground is RejectionGround.NOT_CORRECTED:
        basis = tr("Measures on Government Procurement Queries and Complaints (Ministry of "
                   "Finance Order No. 94), Article 21, item (1)") \
            if case_type == CaseType.PROCUREMENT.value else ""
    else:
        basis = ""
    label = _sentence(ground.label).rstrip("。")
    return tr("{ground} ({basis})").format(ground=label, basis=basis) if basis else label


def rejection_blocks(info: ComplaintInfo, third_party: bool, matter: str,
                     reason: str) -> list[Block]:
    """The body of the 不予受理通知书; the third party's copy names no complainant."""
    rejection = info.case.rejection
    assert rejection is not None
    if third_party:
        opening = _opening_without_identity(info, matter)
    else:
        opening = tr("We have received {received}. {about}").format(
            received=_received(info), about=_about(info, matter))
    blocks: list[Block] = [Paragraph(opening),
                           Paragraph(tr("It falls under the following circumstances:"))]
    blocks += [Paragraph(f"{index}. {_sentence(_ground_text(ground, info.case_type))}")
               for index, ground in enumerate(rejection.grounds, start=1)]
    if reason.strip():
        blocks.append(Paragraph(tr("Particulars: {reason}").format(reason=_sentence(reason))))
    blocks.append(Paragraph(tr("In accordance with the provisions above, this office decided "
                               "on {date} not to accept the {kind}.").format(
        date=format_cn_date(rejection.on), kind=_kind_word(info))))
    if third_party:
        blocks.append(Paragraph(tr("This copy is sent for your information; under the rules on "
                                   "confidentiality it does not state who complained.")))
    else:
        blocks.append(_remedies(info, tr("notice")))
    blocks.append(Paragraph(tr("Hereby notified.")))
    return blocks


def _build_rejection(db: Database, actor: Actor, ref: str, third_party: bool) -> FormDocument:
    number_ref, which = _case_ref(ref)
    third_party = third_party or which.lower() == THIRD_PARTY_SUFFIX
    info, rejection = _reached(db, actor, number_ref, lambda case: case.rejection, tr(
        "{number} was not refused ({status}); there is no notice of non-acceptance to print."))
    title = tr("Notice of non-acceptance")
    if third_party:
        secrets = _secrets(db, info)
        blocks = rejection_blocks(info, True, _scrub(info.matter, secrets),
                                  _scrub(rejection.reason, secrets))
        return _letter(db, actor, info, Letter(REJECTION_FORM, title, rejection.on, None),
                       blocks)
    info = _complainant_info(db, actor, info.id)
    return _letter(db, actor, info, Letter(REJECTION_FORM, title, rejection.on,
                                           _to_complainant(info)),
                   rejection_blocks(info, False, info.matter, rejection.reason))


def build_rejection(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 不予受理通知书 to the complainant (``NUMBER#third``: the copy for a third party)."""
    return _build_rejection(db, actor, ref, third_party=False)


def build_rejection_public(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 不予受理通知书's copy for a third party: same number, no complainant identity."""
    return _build_rejection(db, actor, ref, third_party=True)


def build_correction(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 补正通知书: what to supplement, by when, and that the time is not counted."""
    info, correction = _reached(db, actor, ref, lambda case: case.correction, tr(
        "No supplementary materials were asked for {number}; there is no notice to supplement "
        "to print."))
    info = _complainant_info(db, actor, info.id)
    items = [part.strip() for part in _ITEM_BREAKS.split(correction.items) if part.strip()]
    by = format_cn_date(correction.due_on) if correction.due_on else "＿＿年＿月＿日"
    blocks: list[Block] = [
        Paragraph(tr("Upon review, {received} does not yet meet the requirements. Please "
                     "supplement the following materials and submit them to this office by "
                     "{date}:").format(received=_received(info), date=by)),
        *(Paragraph(f"{index}. {_sentence(item)}") for index, item in
          enumerate(items or [_blank("")], start=1)),
        Paragraph(tr("The time from the day this notice is sent to the day this office "
                     "receives the supplementary materials is not counted in the time limit "
                     "for acceptance review.")),
        Paragraph(tr("If the materials are not supplemented by that date, or still do not "
                     "meet the requirements, this office may decide not to accept the {kind} "
                     "according to law.").format(kind=_kind_word(info))),
        Paragraph(tr("Hereby notified.")),
    ]
    return _letter(db, actor, info, Letter(CORRECTION_FORM, tr("Notice to supplement materials"),
                                           correction.requested_on, _to_complainant(info)),
                   blocks)


def build_transfer(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 转办函 to the competent department, with the feedback date; it names no
    complainant (the department asks this office when it needs to reach them)."""
    info, transfer = _reached(db, actor, ref, lambda case: case.transfer, tr(
        "{number} was not transferred ({status}); there is no transfer letter to print."))
    secrets = _secrets(db, info)
    matter, request = _scrub(info.matter, secrets), _scrub(info.request, secrets)
    blocks: list[Block] = [
        Paragraph(_opening_without_identity(info, matter)),
    ]
    if request.strip():
        blocks.append(Paragraph(tr("Request: {request}").format(request=_sentence(request))))
    blocks.append(Paragraph(tr(
        "Upon review, the matter falls within the duties of your organisation. It is hereby "
        "transferred to you to be dealt with according to law.")))
    if transfer.feedback_due is not None:
        blocks.append(Paragraph(tr("Please inform this office in writing of the result by "
                                   "{date}.").format(date=format_cn_date(transfer.feedback_due))))
    blocks += [Paragraph(tr("The complainant's identity is kept confidential under the rules; "
                            "if you need to contact the complainant, please do so through "
                            "this office.")),
               Paragraph(tr("Attachment: the {kind} materials (copies)").format(
                   kind=_kind_word(info)))]
    return _letter(db, actor, info, Letter(TRANSFER_FORM, tr("Letter of transfer"),
                                           transfer.on, transfer.department or None), blocks)


def _decision_basis(info: ComplaintInfo, outcome: Outcome) -> str:
    """The legal basis of the decision, by case type and outcome."""
    if info.case_type == CaseType.TENDER.value:
        item = {Outcome.DISMISSED: tr("Article 20, item (1)"),
                Outcome.UPHELD: tr("Article 20, item (2)"),
                Outcome.WITHDRAWN: tr("Article 19")}[outcome]
        return tr("Article 61 of the Regulations for the Implementation of the Bidding Law and "
                  "{item} of the Measures for Handling Complaints in Construction-Project "
                  "Bidding (Order No. 11 of seven ministries)").format(item=item)
    if info.case_type == CaseType.PROCUREMENT.value:
        return tr("Article 56 of the Government Procurement Law and the Measures on Government "
                  "Procurement Queries and Complaints (Ministry of Finance Order No. 94)")
    if _is_report(info):
        return tr("the Regulations on Letters and Visits")
    return tr("the laws, regulations and rules that apply")


def _decision_text(info: ComplaintInfo, outcome: Outcome, measures: str) -> str:
    basis = _decision_basis(info, outcome)
    if _is_report(info) and outcome is not Outcome.WITHDRAWN:
        if outcome is Outcome.DISMISSED:
            return tr("Upon investigation, the matters reported were not substantiated. In "
                      "accordance with {basis}, the report is concluded.").format(basis=basis)
        return tr("Upon investigation, the matters reported were found to be true. In "
                  "accordance with {basis}, they are dealt with as follows: {measures}").format(
                      basis=basis, measures=_sentence(_blank(measures)))
    if outcome is Outcome.DISMISSED:
        return tr("The {kind} lacks a basis in fact or in law. In accordance with {basis}, "
                  "it is decided to dismiss it.").format(kind=_kind_word(info), basis=basis)
    if outcome is Outcome.WITHDRAWN:
        return tr("The complainant asked in writing to withdraw the {kind}. In accordance with "
                  "{basis}, the withdrawal is allowed and the handling of the {kind} "
                  "ends.").format(kind=_kind_word(info), basis=basis)
    return tr("The {kind} is upheld. In accordance with {basis}, it is decided as follows: "
              "{measures}").format(kind=_kind_word(info), basis=basis,
                                   measures=_sentence(_blank(measures)))


def decision_blocks(info: ComplaintInfo) -> list[Block]:
    """The body of the 投诉处理决定书 (七部委令第11号 第二十一条: parties, matter and request,
    facts found, the decision and its basis, the remedies)."""
    decision = info.case.decision
    assert decision is not None
    parties = [Paragraph(_labelled(_complainant_word(info),
                                   info.complainant or tr("Anonymous")), indent=False)]
    if info.respondent_name:
        parties.append(Paragraph(_labelled(_respondent_word(info), _respondent(info)),
                                 indent=False))
    blocks: list[Block] = [*parties, Paragraph(tr(
        "This office received {received} and accepted it on {date}; the case has now been "
        "investigated.").format(received=_received(info),
                                date=format_cn_date(info.accepted_on)
                                if info.accepted_on else _blank("")))]
    request = [Paragraph(tr("Matter: {matter}").format(matter=_sentence(info.matter)))]
    if info.request.strip():
        request.append(Paragraph(tr("Request: {request}").format(
            request=_sentence(info.request))))
    facts = list(body_blocks(_sentence(decision.reason))) or [Paragraph("＿" * 30)]
    sections: list[tuple[str, list[Block]]] = [
        (tr("Matter and request of the report") if _is_report(info)
         else tr("Matter and request"), request),
        (tr("Facts found"), facts),
        (tr("Decision and its basis"), [Paragraph(_decision_text(
            info, decision.outcome, decision.measures))]),
    ]
    for number, (title, body) in zip("一二三", sections, strict=True):
        blocks += [Heading(f"{number}、{title}", 1), *body]  # 一、 as GB/T 9704 numbers
    if decision.outcome is not Outcome.WITHDRAWN:
        blocks.append(_remedies(info, tr("decision")))
    return blocks


def build_decision(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 投诉处理决定书 (举报: 处理意见书) to the complainant: only once decided."""
    info, decision = _reached(db, actor, ref, lambda case: case.decision, tr(
        "No decision has been made on {number} yet ({status}); there is no decision to "
        "print."))
    info = _complainant_info(db, actor, info.id)
    title = tr("Opinion on the handling of a report") if _is_report(info) else tr(
        "Decision on the handling of a complaint")
    return _letter(db, actor, info, Letter(DECISION_FORM, title, decision.on,
                                           _to_complainant(info)), decision_blocks(info))


# --- registration -----------------------------------------------------------------------------

def _number_label() -> str:
    return tr("The complaint's number, such as 投诉〔2026〕3号")


def _register(key: str, title: Callable[[], str], build: Callable[[Database, Actor, str],
              FormDocument], ref_label: Callable[[], str] = _number_label) -> None:
    register_form(FormSpec(key=key, title=title, kind="record", build=build,
                           ref_label=ref_label))


_register(REGISTER_FORM, lambda: tr("Complaint registration form"), build_register)
_register(ACCEPTANCE_FORM, lambda: tr("Notice of acceptance of a complaint"), build_acceptance)
_register(REJECTION_FORM, lambda: tr("Notice of non-acceptance of a complaint"),
          build_rejection, lambda: tr("The complaint's number, such as 投诉〔2026〕3号; "
                                      "“#third” after it for the copy to a third party"))
_register(REJECTION_PUBLIC_FORM,
          lambda: tr("Notice of non-acceptance, copy to a third party (no complainant)"),
          build_rejection_public)
_register(CORRECTION_FORM, lambda: tr("Notice to supplement complaint materials"),
          build_correction)
_register(TRANSFER_FORM, lambda: tr("Letter transferring a complaint"), build_transfer)
_register(EXTENSION_FORM, lambda: tr("Approval form for extending a complaint's time limit"),
          build_extension, lambda: tr("The complaint's number, such as 投诉〔2026〕3号; “#2” "
                                      "after it for its second extension"))
_register(DECISION_FORM, lambda: tr("Decision on the handling of a complaint"), build_decision)

register_record_labels(
    "complaint_documents", lambda: tr("Document issued about a complaint"),
    lambda: {"complaint_id": tr("Complaint"), "form_key": tr("Form"),
             "item": tr("Which one"), "issued_on": tr("Date of the document")})
