"""The credit lists' paper: 黑名单/红名单公示表 (PDF and xlsx), 列入告知书, 移出决定书 and the
信用核查记录, registered as forms for ``jianguan print`` and the window's print preview.

Nothing public shows an ID number in clear or anyone's telephone or contact person: the
公示表 read :func:`~jianguan_desktop.services.credit_lists.published_entries` (always masked).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, timedelta

from jianguan_desktop.db.engine import Database
from jianguan_desktop.domain.credit_lists import ListKind, Severity, Status
from jianguan_desktop.domain.dates import parse_day
from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ConflictError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.pdf.document import (
    Align,
    Block,
    Field,
    Fields,
    FormDocument,
    Heading,
    Paragraph,
    Table,
    TableColumn,
)
from jianguan_desktop.services.credit_check import (
    CheckRecordInfo,
    entities_count_text,
    get_check,
    listing_source,
)
from jianguan_desktop.services.credit_lists import (
    GROUP,
    CreditEntryInfo,
    get_entry,
    is_id_kind,
    list_labels,
    publication_rules,
    published_entries,
)
from jianguan_desktop.services.form_settings import FormProfile, form_profile
from jianguan_desktop.services.forms import FormSpec, register_form
from jianguan_desktop.services.settings import (
    SettingDef,
    get_setting,
    register_setting,
)

BLACKLIST_FORM = "credit_blacklist"
REDLIST_FORM = "credit_redlist"
NOTICE_FORM = "credit_notice"
REMOVAL_FORM = "credit_removal"
CHECK_FORM = "credit_check_record"
PUBLISHED_KINDS = (ListKind.BLACK.value, ListKind.RED.value)
# statuses from which an entry has left (or leaves) the list: a 移出决定 can be made out
LEFT_STATUSES = (Status.REPAIRED.value, Status.EXPIRED.value, Status.REMOVED.value)
# The 公示表 in 五号 (10.5 pt): eight columns across A4 landscape, a code on one line.
PUBLICATION_SIZE = 10.5
NUMBER_WIDTH = 2.6  # the 序号 column, in characters
XLSX_PIXELS_PER_CHARACTER = 28  # a Chinese character and some room, in screen pixels

OBJECTION_DAYS = register_setting(SettingDef(
    "credit.objection_days", 5,
    lambda: tr("Days the party has to state its case (陈述、申辩) after the notice"),
    lambda: tr("The right: 《中华人民共和国行政处罚法》第四十四条、第四十五条; the number of "
               "days is this program's policy (the seeds give none)"),
    minimum=1, maximum=60, unit=lambda: tr("working days"), group=GROUP))


# --- shared pieces ----------------------------------------------------------------------------

def _sentence(text: str) -> str:
    """A text as the end of a sentence: trailing punctuation replaced by one 。."""
    cleaned = " ".join(text.split()).rstrip("。.；;，,、 ")
    return cleaned + "。" if cleaned else ""


def _code_label(kind: str) -> str:
    return tr("ID card number") if is_id_kind(kind) else tr("Unified social credit code")


def _party(entry: CreditEntryInfo) -> str:
    """你 (a person) or 你单位 (an organisation), as the party is addressed."""
    return tr("you (a person)") if is_id_kind(entry.entity_kind) else tr("your organisation")


def _period_text(start: date | None, end: date | None,
                 style: Callable[[date], str] = format_cn_date) -> str:
    if start is None or end is None:
        return ""
    return tr("{start} to {end}").format(start=style(start), end=style(end))


def _dotted(day: date) -> str:
    """2026.03.10, as the period column of a 公示表 prints it (narrow, never wrapped)."""
    return f"{day.year}.{day.month:02d}.{day.day:02d}"


def _blank(text: str) -> str:
    """A text to print, or a line to fill in by hand when it is empty."""
    return text.strip() or "＿" * 12


def _signature(profile: FormProfile) -> str:
    return profile.signature or profile.full_name


# --- 黑名单公示表 and 红名单公示表 --------------------------------------------------------------

def _publication_columns(list_kind: str) -> list[tuple[str, Callable[[], str], float, Align]]:
    """(key, header, width in characters of 五号, alignment) of the 公示表's columns: a code
    keeps its 18 characters on one line, the period takes two (start, end)."""
    conduct = (lambda: tr("Trustworthy conduct")) if list_kind == ListKind.RED.value else (
        lambda: tr("Untrustworthy conduct"))
    red = list_kind == ListKind.RED.value
    columns: list[tuple[str, Callable[[], str], float, Align]] = [
        ("entity_name", lambda: tr("Name"), 8.0 if red else 7.0, "left"),
        ("entity_code", lambda: tr("Unified social credit code / ID number"), 10.6, "left"),
        ("conduct", conduct, 15.0 if red else 13.0, "left"),
        ("basis", lambda: tr("Basis of the decision"), 8.0 if red else 7.0, "left"),
        ("department", lambda: tr("Deciding department"), 8.0 if red else 7.0, "left"),
    ]
    if not red:
        columns.append(("sanctions", lambda: tr("Sanctions"), 8.0, "left"))
    columns.append(("period", lambda: tr("Publication period"), 7.0, "center"))
    return columns


def _publication_row(entry: CreditEntryInfo, period_break: str = "") -> dict[str, str]:
    period = _period_text(entry.start_on, entry.end_on, _dotted)
    if period_break and entry.end_on is not None:
        end = _dotted(entry.end_on)
        period = period[:-len(end)] + period_break + end
    return {"entity_name": entry.entity_name, "entity_code": entry.entity_code,
            "conduct": entry.conduct, "basis": entry.basis, "department": entry.department,
            "sanctions": entry.sanctions, "period": period}


def _publication_title(list_kind: str) -> str:
    if list_kind == ListKind.RED.value:
        return tr("Redlist publication")
    return tr("Blacklist publication")


def _check_published_kind(list_kind: str) -> str:
    if list_kind not in PUBLISHED_KINDS:
        raise ValidationError(tr("Choose the list to publish: black (黑名单) or red (红名单)."),
                              field="list_kind")
    return list_kind


def _publication_intro(list_kind: str, on: date, count: int) -> str:
    label = list_labels()[list_kind]
    if not count:
        return tr("As of {date}, no entry of the {list} is within its publication "
                  "period.").format(date=format_cn_date(on), list=label)
    return tr("As of {date}, {count} entries of the {list} are within their publication "
              "period; they are published as follows.").format(
                  date=format_cn_date(on), count=count, list=label)


def build_publication(db: Database, actor: Actor, list_kind: str,
                      on: date | None = None) -> FormDocument:
    """The 黑名单公示表 or 红名单公示表 of the entries in force on ``on`` (default today):
    a landscape table, ID numbers masked, signed by the office."""
    kind = _check_published_kind(list_kind)
    day = on or date.today()
    entries = published_entries(db, actor, kind, day)
    profile = form_profile(db)
    columns = _publication_columns(kind)
    rows = [(str(index), *(_publication_row(entry, "\n")[key] for key, *_ in columns))
            for index, entry in enumerate(entries, start=1)]
    blocks: list[Block] = [Paragraph(_publication_intro(kind, day, len(rows)))]
    if rows:
        blocks.append(Table(
            columns=(TableColumn(tr("No."), NUMBER_WIDTH, "center"),
                     *(TableColumn(header(), width, align)
                       for _key, header, width, align in columns)),
            rows=tuple(rows), font_size=PUBLICATION_SIZE))
    title = _publication_title(kind)
    return FormDocument(title=title, blocks=tuple(blocks), signature=_signature(profile),
                        signed_on=day, seal=False, landscape=True, subject=title,
                        author=profile.full_name)


def write_publication_xlsx(db: Database, actor: Actor, list_kind: str, on: date | None,
                           path: str | os.PathLike[str]) -> int:
    """The 公示表 as an .xlsx workbook (saved atomically); returns how many entries."""
    from jianguan_desktop.io.excel_export import SheetColumn, write_xlsx

    kind = _check_published_kind(list_kind)
    day = on or date.today()
    entries = published_entries(db, actor, kind, day)
    profile = form_profile(db)
    columns = [SheetColumn("no", tr("No."), "int", 50)] + [
        SheetColumn(key, header(), "text", int(width * XLSX_PIXELS_PER_CHARACTER))
        for key, header, width, _align in _publication_columns(kind)]
    rows = [{"no": index, **_publication_row(entry)}
            for index, entry in enumerate(entries, start=1)]
    title = tr("{office} {title} (as of {date})").format(
        office=profile.full_name, title=_publication_title(kind), date=format_cn_date(day))
    return write_xlsx(path, columns, [rows], total=len(rows), title=title)


def _publication_form(list_kind: str) -> Callable[[Database, Actor, str], FormDocument]:
    def build(db: Database, actor: Actor, ref: str) -> FormDocument:
        return build_publication(db, actor, list_kind, parse_day(ref))
    return build


def _date_ref_label() -> str:
    return tr("The date of the list, such as 2026-11-21, or “today”")


register_form(FormSpec(key=BLACKLIST_FORM, title=lambda: tr("Blacklist publication"),
                       kind="record", build=_publication_form(ListKind.BLACK.value),
                       ref_label=_date_ref_label))
register_form(FormSpec(key=REDLIST_FORM, title=lambda: tr("Redlist publication"),
                       kind="record", build=_publication_form(ListKind.RED.value),
                       ref_label=_date_ref_label))


# --- 列入告知书 --------------------------------------------------------------------------------

def _notice_title(entry: CreditEntryInfo) -> str:
    return tr("Notice of intended listing on the {list}").format(list=entry.list_label)


def _intended_period(db: Database, entry: CreditEntryInfo) -> str:
    """The publication period the notice announces: the decided one, else the settings'."""
    if entry.start_on is not None and entry.end_on is not None:
        return tr("The publication period is from {start} to {end}.").format(
            start=format_cn_date(entry.start_on), end=format_cn_date(entry.end_on))
    kind = ListKind(entry.list_kind)
    severity = Severity(entry.severity) if entry.severity else Severity.ORDINARY
    rule = publication_rules(db).rule_for(kind, severity)
    if kind is not ListKind.RED and not rule.published:
        return tr("As a minor breach it is normally not published.")
    if rule.min_months == rule.max_months:
        return tr("The publication period is {months} months, counted from the date of the "
                  "decision.").format(months=rule.max_months)
    return tr("The publication period is {low} to {high} months, counted from the date of "
              "the decision.").format(low=rule.min_months, high=rule.max_months)


def notice_blocks(db: Database, entry: CreditEntryInfo, office: str) -> tuple[Block, ...]:
    """The body of the 列入告知书."""
    party = _party(entry)
    identity = tr("({code_label}: {code})").format(code_label=_code_label(entry.entity_kind),
                                                   code=entry.entity_code)
    red = entry.list_kind == ListKind.RED.value
    if red:
        facts = tr("Upon review, {party}, {identity}, meets the conditions for the {list}: "
                   "{conduct}").format(party=party, identity=identity, list=entry.list_label,
                                       conduct=_sentence(entry.conduct))
        measures = tr("Incentives: {measures}").format(
            measures=_sentence(entry.sanctions)) if entry.sanctions.strip() else ""
    else:
        facts = tr("Upon investigation, {party}, {identity}, has engaged in the following "
                   "conduct: {conduct}").format(party=party, identity=identity,
                                                conduct=_sentence(entry.conduct))
        measures = tr("Once listed, the following measures will be taken: {measures}").format(
            measures=_sentence(_blank(entry.sanctions)))
    intent = tr("In accordance with {basis}, {department} intends to place {party} on the "
                "{list}.").format(
                    basis=_blank(entry.basis), department=_blank(entry.department),
                    party=party, list=entry.list_label)
    days = int(get_setting(db, OBJECTION_DAYS.key))
    right = tr("Under Articles 44 and 45 of the Administrative Penalty Law of the People's "
               "Republic of China, applied by analogy, {party} has the right to state its case "
               "and defend itself. If {party} disagrees, submit a written statement and "
               "defence with supporting evidence to {office} within {days} working days of "
               "receiving this notice; if none is submitted in that time, the right is deemed "
               "waived.").format(party=party, office=office, days=days)
    return tuple(Paragraph(text) for text in (
        facts + intent, measures + _intended_period(db, entry), right,
        tr("Hereby notified.")))


def build_credit_notice(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 列入告知书 of the entry numbered ``ref`` (or with that id)."""
    entry = get_entry(db, actor, ref)
    if entry.status == Status.WITHDRAWN.value:
        raise ConflictError(tr("The proposal {number} was withdrawn; no notice is made out for "
                               "it.").format(number=entry.number))
    profile = form_profile(db)
    title = _notice_title(entry)
    return FormDocument(
        title=title, blocks=notice_blocks(db, entry, profile.full_name),
        doc_number=entry.number, addressee=entry.entity_name, signature=_signature(profile),
        signed_on=entry.notified_on, subject=title, author=profile.full_name)


register_form(FormSpec(key=NOTICE_FORM, title=lambda: tr("Notice of intended listing"),
                       kind="record", build=build_credit_notice,
                       ref_label=lambda: tr("The entry's number, such as 信用〔2026〕3号")))


# --- 移出决定书 --------------------------------------------------------------------------------

def sanctions_stop_on(entry: CreditEntryInfo) -> date | None:
    """The day the entry left the active list and its measures stopped (海口 (十三)): the day
    of repair or removal, or the day after the period ended, whichever came first."""
    days = [day for day in (entry.repaired_on, entry.removed_on) if day is not None]
    if entry.end_on is not None:
        days.append(_day_after(entry.end_on))
    return min(days) if days else None


def _day_after(day: date) -> date:
    return day + timedelta(days=1)


def _removal_reason(entry: CreditEntryInfo, party: str) -> str:
    if entry.repaired_on is not None:
        note = tr(" Proof: {note}").format(note=_sentence(entry.repair_note)) \
            if entry.repair_note.strip() else ""
        return tr("{party} has corrected the conduct, fulfilled its obligations and made a "
                  "credit commitment, meeting the conditions for credit repair; credit repair "
                  "was granted on {day}.").format(
                      party=party, day=format_cn_date(entry.repaired_on)) + note
    if entry.end_on is not None and sanctions_stop_on(entry) == _day_after(entry.end_on):
        return tr("The publication period ended on {day}.").format(
            day=format_cn_date(entry.end_on))
    return tr("Reason for removal: {reason}").format(reason=_sentence(_blank(entry.reason)))


def removal_blocks(entry: CreditEntryInfo) -> tuple[Block, ...]:
    """The body of the 移出决定书."""
    party = _party(entry)
    listing = tr("{name} ({code_label}: {code}) was placed on the {list} by {department} on "
                 "{decided} in accordance with {basis} (entry {number}); the publication "
                 "period was from {start} to {end}.").format(
                     name=entry.entity_name, code_label=_code_label(entry.entity_kind),
                     code=entry.entity_code, list=entry.list_label,
                     department=_blank(entry.department),
                     decided=format_cn_date(entry.decided_on) if entry.decided_on else "",
                     basis=_blank(entry.basis), number=entry.number,
                     start=format_cn_date(entry.start_on) if entry.start_on else "",
                     end=format_cn_date(entry.end_on) if entry.end_on else "")
    stop = sanctions_stop_on(entry)
    stop_text = format_cn_date(stop) if stop else _blank("")
    if entry.list_kind == ListKind.RED.value:
        decision = tr("It is decided to remove {party} from the {list} as of {day}; the "
                      "incentives stop on the same day.").format(
                          party=party, list=entry.list_label, day=stop_text)
    else:
        decision = tr("It is decided to remove {party} from the {list} as of {day}; the "
                      "sanctions against {party} stop on the same day.").format(
                          party=party, list=entry.list_label, day=stop_text)
    return (Paragraph(listing), Paragraph(_removal_reason(entry, party)),
            Paragraph(decision), Paragraph(tr("Hereby decided.")))


def build_removal(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 移出决定书 of the entry numbered ``ref``: only for an entry whose credit was
    repaired, whose period has ended, or that was removed."""
    entry = get_entry(db, actor, ref)
    if entry.current_status not in LEFT_STATUSES:
        raise ConflictError(tr(
            "The entry {number} is “{status}”: it has not been repaired, expired or removed, "
            "so no removal decision can be made out.").format(
                number=entry.number, status=entry.current_status_label))
    profile = form_profile(db)
    title = tr("Decision on removal from the {list}").format(list=entry.list_label)
    signed = entry.removed_on or entry.repaired_on or entry.expired_on
    return FormDocument(
        title=title, blocks=removal_blocks(entry), doc_number=entry.number,
        addressee=entry.entity_name, signature=_signature(profile), signed_on=signed,
        subject=title, author=profile.full_name)


register_form(FormSpec(key=REMOVAL_FORM, title=lambda: tr("Decision on removal from a list"),
                       kind="record", build=build_removal, permission=Permission.READ,
                       ref_label=lambda: tr("The entry's number, such as 信用〔2026〕3号")))


# --- 信用核查记录 ------------------------------------------------------------------------------

def _listing_blocks(index: int, entry: CreditEntryInfo, office_code: str) -> list[Block]:
    conduct = tr("Trustworthy conduct") if entry.list_kind == ListKind.RED.value else tr(
        "Untrustworthy conduct")
    items = [
        Field(tr("Name"), entry.entity_name),
        Field(_code_label(entry.entity_kind), entry.entity_code),
        Field(conduct, entry.conduct),
        Field(tr("Basis of the decision"), entry.basis),
        Field(tr("Deciding department"), entry.department),
        Field(tr("Publication period"), _period_text(entry.start_on, entry.end_on)),
        Field(tr("Source"), listing_source(entry, office_code)),
    ]
    if entry.list_kind != ListKind.RED.value:
        items.insert(5, Field(tr("Sanctions"), entry.sanctions))
    heading = tr("({index}) {list}, entry {number}").format(
        index=_chinese_index(index), list=entry.list_label, number=entry.number)
    return [Heading(heading, 2), Fields(tuple(items))]


_CHINESE_DIGITS = "零一二三四五六七八九"


def _chinese_index(number: int) -> str:
    """1 → 一, 12 → 十二, 25 → 二十五 (up to 99), for headings （一）."""
    tens, ones = divmod(number, 10)
    if number < 10:
        return _CHINESE_DIGITS[number]
    head = "" if tens == 1 else _CHINESE_DIGITS[tens]
    return head + "十" + (_CHINESE_DIGITS[ones] if ones else "") if number < 100 else str(number)


def check_record_blocks(record: CheckRecordInfo, office_name: str) -> tuple[Block, ...]:
    """The body of the 信用核查记录."""
    result = record.result
    blocks: list[Block] = [Fields((
        Field(tr("Number"), record.number),
        Field(tr("Project"), record.project or None),
        Field(tr("Purpose"), record.purpose or None),
        Field(tr("Code or name checked"), result.query),
        Field(tr("Checked as of"), format_cn_date(record.checked_on)),
        Field(tr("Checking office"), office_name),
        Field(tr("Lists checked"), tr("The blacklist, the redlist and the watch list of this "
                                      "office and those sent down by the city")),
    )), Heading(tr("1. Market entities matched"), 1)]
    if result.entities:
        rows = tuple((str(index), item.name, item.kind_label, item.code,
                      item.grade or tr("Not graded"))
                     for index, item in enumerate(result.entities, start=1))
        blocks.append(Table(columns=(
            TableColumn(tr("No."), 0.6, "center"), TableColumn(tr("Name"), 2.8),
            TableColumn(tr("Kind of entity"), 1.5), TableColumn(tr("Code"), 3.0),
            TableColumn(tr("Credit grade"), 1.4, "center")), rows=rows))
        if result.entities_total > len(result.entities):
            blocks.append(Paragraph(tr("{total} entities matched; the first {shown} are "
                                       "shown.").format(total=entities_count_text(result),
                                                        shown=len(result.entities))))
    else:
        blocks.append(Paragraph(tr("No entity in the register matches.")))
    blocks.append(Heading(tr("2. Active credit list entries"), 1))
    if result.listings:
        for index, entry in enumerate(result.listings, start=1):
            blocks += _listing_blocks(index, entry, result.office_code)
    else:
        blocks.append(Paragraph(tr("No record of being on the blacklist, the redlist or the "
                                   "watch list was found.")))
    blocks += [Heading(tr("3. Conclusion"), 1), Paragraph(result.summary)]
    if record.remarks:
        blocks.append(Paragraph(tr("Remarks: {remarks}").format(remarks=record.remarks)))
    blocks.append(Fields((Field(tr("Checked by"), record.created_by_name or record.created_by),
                          Field(tr("Reviewed by (signature)"), None),
                          Field(tr("Date of review"), None))))
    return tuple(blocks)


def build_check_record(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 信用核查记录 numbered ``ref`` (or with that id), for the tender file."""
    record = get_check(db, actor, ref)
    profile = form_profile(db)
    title = tr("Credit check record")
    return FormDocument(
        title=title, blocks=check_record_blocks(record, profile.full_name),
        seal=False,
        notes=(tr("This record is kept in the tender file of the project."),),
        subject=title, author=profile.full_name)


register_form(FormSpec(key=CHECK_FORM, title=lambda: tr("Credit check record"),
                       kind="record", build=build_check_record,
                       ref_label=lambda: tr("The check's number, such as 核查〔2026〕5号")))

