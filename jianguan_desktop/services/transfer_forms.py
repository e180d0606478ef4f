"""The paper of case transfers: 案件移送书 (涉嫌犯罪案件移送书 to the police) and 协查函, registered
as forms for ``jianguan print`` and the window's print preview.

The 移送书 carries its 发文字号 (the transfer's number), the receiving department, the facts,
the basis, the materials attached as a table (国务院令第310号 第六条) and the request to answer
within the time limit; the 协查函 asks for a written reply by a date (海口 (十)).
"""

from __future__ import annotations

from jianguan_desktop.db.engine import Database
from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.domain.roles import Actor
from jianguan_desktop.domain.transfers import RecipientKind
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.pdf.document import (
    Block,
    Field,
    Fields,
    FormDocument,
    Heading,
    Paragraph,
    Table,
    TableColumn,
)
from jianguan_desktop.services.form_settings import form_profile
from jianguan_desktop.services.forms import FormSpec, register_form
from jianguan_desktop.services.notices import body_blocks
from jianguan_desktop.services.settings import get_setting
from jianguan_desktop.services.transfers import (
    FEEDBACK_SETTINGS,
    AssistInfo,
    TransferInfo,
    get_assist,
    get_transfer,
)

TRANSFER_FORM = "case_transfer"
RECEIPT_FORM = "case_transfer_receipt"
ASSIST_FORM = "assist_request"
_CHINESE_NUMBERS = "一二三四五六七八九十"


def _sentence(text: str) -> str:
    """A text as the end of a sentence: trailing punctuation replaced by one 。."""
    cleaned = " ".join(text.split()).rstrip("。.；;，,、 ")
    return cleaned + "。" if cleaned else ""


def _source_text(label: str, ref: str) -> str:
    return tr("{source} (number {ref})").format(source=label, ref=ref) if ref else label


def _headed(sections: list[tuple[str, list[Block]]]) -> list[Block]:
    """Sections numbered 一、二、… in order, those without content left out."""
    blocks: list[Block] = []
    for title, body in (item for item in sections if item[1]):
        number = _CHINESE_NUMBERS[len([b for b in blocks if isinstance(b, Heading)])]
        blocks += [Heading(f"{number}、{title}", 1), *body]  # 一、 as GB/T 9704 numbers
    return blocks


def _limit_days(db: Database, info: TransferInfo) -> int:
    """The feedback time limit of the transfer: the one fixed when it was sent, else the
    one in force now."""
    setting = FEEDBACK_SETTINGS[RecipientKind(info.recipient_kind)]
    return info.feedback_days or int(get_setting(db, setting.key))


def attachment_table(info: TransferInfo) -> Table:
    """The materials sent with the case: 序号、材料名称、页数、份数."""
    rows = tuple((str(index), item.name, str(item.pages) if item.pages else "",
                  str(item.copies)) for index, item in enumerate(info.attachments, start=1))
    return Table(columns=(TableColumn(tr("No."), 0.7, "center"),
                          TableColumn(tr("Name of the material"), 5.0),
                          TableColumn(tr("Pages"), 1.0, "center"),
                          TableColumn(tr("Copies"), 1.0, "center")), rows=rows)


def _request(info: TransferInfo, days: int) -> str:
    if info.recipient_kind == RecipientKind.POLICE.value:
        return tr(
            "Please decide within {days} days of accepting this transfer whether to open a "
            "case, and notify this office in writing; if you decide not to open a case, "
            "please state the reasons and return the case materials (State Council Decree "
            "No. 310, Article 8). If the case is not within your jurisdiction, please pass it "
            "to the competent organ within 24 hours and inform this office in writing "
            "(Article 7).").format(days=days)
    return tr("Please inform this office in writing of how the case was handled within "
              "{days} days of receiving this letter.").format(days=days)


def transfer_blocks(info: TransferInfo, days: int) -> tuple[Block, ...]:
    """The body of the 案件移送书."""
    source = _source_text(info.source_label, info.source_ref)
    opening = tr("In the course of {source}, this office found the following case: "
                 "{matter}").format(source=source, matter=_sentence(info.matter))
    parties = [Paragraph(_sentence(info.parties))] if info.parties.strip() else []
    facts = list(body_blocks(info.facts)) or [Paragraph("＿" * 30)]
    basis = tr("In accordance with {basis}, the case is hereby transferred to your "
               "organisation to be dealt with according to law.").format(
                   basis=_sentence(info.basis).rstrip("。"))
    materials: list[Block] = [Paragraph(tr("{count} items of material are attached, as "
                                           "listed below:").format(
        count=len(info.attachments)))] if info.attachments else []
    if info.attachments:
        materials.append(attachment_table(info))
    closing = [Paragraph(_request(info, days))]
    if info.contact.strip():
        closing.append(Paragraph(tr("Contact person and telephone: {contact}").format(
            contact=info.contact)))
    return (Paragraph(opening), *_headed([
        (tr("Parties concerned"), parties),
        (tr("Facts of the case"), facts),
        (tr("Basis of the transfer"), [Paragraph(basis)]),
        (tr("Materials transferred"), materials),
    ]), *closing)


def _transfer_title(info: TransferInfo) -> str:
    if info.recipient_kind == RecipientKind.POLICE.value:
        return tr("Letter of transfer of a suspected criminal case")
    return tr("Letter of case transfer")


def build_transfer_letter(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 案件移送书 of the transfer numbered ``ref`` (or with that id); a draft prints with
    the date left blank."""
    info = get_transfer(db, actor, ref)
    profile = form_profile(db)
    title = _transfer_title(info)
    return FormDocument(
        title=title, blocks=transfer_blocks(info, _limit_days(db, info)),
        doc_number=info.letter_number, addressee=info.recipient_unit or None,
        signature=profile.signature, signed_on=info.sent_on, subject=title,
        author=profile.full_name)


register_form(FormSpec(key=TRANSFER_FORM, title=lambda: tr("Letter of case transfer"),
                       kind="record", build=build_transfer_letter,
                       ref_label=lambda: tr("The transfer's number, such as 移送〔2026〕3号")))


# --- 回执 (国务院令第310号 第七条: the recipient signs the receipt) ------------------------------

def receipt_blocks(info: TransferInfo, office: str) -> tuple[Block, ...]:
    """The body of the 案件移送回执: what was transferred, and lines for the recipient."""
    count = sum(item.copies for item in info.attachments)
    return (
        Fields((
            Field(tr("Number of the transfer letter"), info.letter_number),
            Field(tr("Transferring office"), office),
            Field(tr("Cause of the case"), info.matter),
            Field(tr("Materials attached"), tr("{items} items, {copies} copies in all").format(
                items=len(info.attachments), copies=count) if info.attachments else None),
        )),
        Paragraph(tr("The case and the materials listed above have been received.")),
        Fields((
            Field(tr("Receiving department (seal)"), info.recipient_unit or None),
            Field(tr("Received by (signature)"), None),
            Field(tr("Date received"), None),
        )),
    )


def build_receipt(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 回执 sent with the 移送书 of the transfer numbered ``ref``, for the recipient to
    sign and return (国务院令第310号 第七条)."""
    info = get_transfer(db, actor, ref)
    profile = form_profile(db)
    title = tr("Receipt for a case transfer")
    return FormDocument(title=title, blocks=receipt_blocks(info, profile.full_name),
                        seal=False, subject=title, author=profile.full_name,
                        notes=(tr("Please sign, seal and return this receipt to the "
                                  "transferring office."),))


register_form(FormSpec(key=RECEIPT_FORM, title=lambda: tr("Receipt for a case transfer"),
                       kind="record", build=build_receipt,
                       ref_label=lambda: tr("The transfer's number, such as 移送〔2026〕3号")))


# --- 协查函 ------------------------------------------------------------------------------------

def assist_blocks(info: AssistInfo) -> tuple[Block, ...]:
    """The body of the 协查函."""
    source = _source_text(info.source_label, info.source_ref)
    opening = tr("In the course of {source}, this office needs your assistance in verifying "
                 "the following matter: {matter}").format(source=source,
                                                          matter=_sentence(info.matter))
    asked = [Paragraph(line.strip()) for line in info.request_text.splitlines() if line.strip()]
    if info.reply_by is not None:
        reply = tr("Please reply in writing with the result of the verification by {day}.")\
            .format(day=format_cn_date(info.reply_by))
    else:
        reply = tr("Please reply in writing with the result of the verification as soon as "
                   "possible.")
    blocks: list[Block] = [Paragraph(opening), *asked, Paragraph(reply)]
    if info.contact.strip():
        blocks.append(Paragraph(tr("Contact person and telephone: {contact}").format(
            contact=info.contact)))
    blocks.append(Paragraph(tr("Thank you for your support.")))
    return tuple(blocks)


def build_assist_letter(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 协查函 numbered ``ref`` (or with that id)."""
    info = get_assist(db, actor, ref)
    profile = form_profile(db)
    title = tr("Letter requesting assistance in an investigation")
    return FormDocument(
        title=title, blocks=assist_blocks(info), doc_number=info.number,
        addressee=info.unit or None, signature=profile.signature, signed_on=info.sent_on,
        subject=title, author=profile.full_name)


register_form(FormSpec(key=ASSIST_FORM,
                       title=lambda: tr("Letter requesting assistance in an investigation"),
                       kind="record", build=build_assist_letter,
                       ref_label=lambda: tr("The request's number, such as 协查〔2026〕2号")))
