"""The paper of the liaison directory and the joint meetings: 联络通讯录 (PDF, xlsx, vCard),
联席会议通知, 会议纪要, 督办单 and the year's 联席会议工作情况 (PDF, xlsx), registered as forms.

The notice, the minutes and the 督办单 take their number the first time they are printed (the
office's 机关代字 and a code per kind: 滑公管联〔2026〕1号, 滑公管纪〔2026〕1号,
滑公管督〔2026〕1号), kept on the meeting or the task, so a reprint carries the same number.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.liaison import FollowUpTask, JointMeeting
from jianguan_desktop.db.records import OFFICE_KEY, next_number
from jianguan_desktop.domain.dates import parse_day
from jianguan_desktop.domain.doc_format import cn_date_or_blank, format_cn_date
from jianguan_desktop.domain.liaison import TaskStatus
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.domain.workdays import weekday_name
from jianguan_desktop.errors import PermissionDenied, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.pdf.document import (
    Align,
    Block,
    Field,
    Fields,
    FormDocument,
    Heading,
    Imprint,
    Paragraph,
    Table,
    TableColumn,
)
from jianguan_desktop.io.vcard import Contact, write_vcards
from jianguan_desktop.services.calendar import load_calendar
from jianguan_desktop.services.form_settings import FormProfile, form_profile
from jianguan_desktop.services.forms import FormSpec, register_form
from jianguan_desktop.services.inspection_forms import BLANK_LINE, BLANK_SHORT, SMALL_TABLE
from jianguan_desktop.services.liaison import (
    REPORT_WORKDAYS,
    Directory,
    DirectoryRow,
    PersonInfo,
    directory_on,
)
from jianguan_desktop.services.meetings import (
    MeetingInfo,
    TaskInfo,
    YearFigures,
    get_meeting,
    get_task,
    year_figures,
)
from jianguan_desktop.services.notices import body_blocks
from jianguan_desktop.services.settings import get_setting

DIRECTORY_FORM = "liaison_directory"
NOTICE_FORM = "meeting_notice"
MINUTES_FORM = "meeting_minutes"
REMINDER_FORM = "task_reminder"
ANNUAL_FORM = "meetings_annual"
# the code after the 机关代字: 滑公管联〔2026〕1号 is the first meeting notice of 2026
NOTICE_CODE, MINUTES_CODE, REMINDER_CODE = "联", "纪", "督"
_CHINESE_NUMBERS = "一二三四五六七八九十"
DIRECTORY_SIZE = 10.5  # 五号: nine columns across A4 landscape, a number on one line
TABLE_SIZE = 12.0  # 小四: the notice's, the 督办单's and the report's tables
REPLY_WORKDAYS = 2  # the attendees are named this many working days before the meeting
PROGRESS_LINES = 5  # ruled lines of a 督办单 for the unit's answer
ANSWER_WORKDAYS = 5  # a 督办单 is answered within this many working days (this program's policy)
GRID_LABEL_WEIGHT, GRID_VALUE_WEIGHT = 1.3, 4.0  # a 督办单's label and value columns
DASH = "—"
# a number typed before an agenda item: 一、 （一） 1. 1、 （1）
_ITEM_NUMBER = re.compile(r"^[\s\u3000]*(?:[一二三四五六七八九十]+、"
                          r"|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])[\s\u3000]*")
XLSX_PIXELS_PER_CHARACTER = 16


# --- shared pieces ----------------------------------------------------------------------------

def _sentence(text: str) -> str:
    """A text as the end of a sentence: trailing punctuation replaced by one 。."""
    cleaned = " ".join(text.split()).rstrip("。.；;，,、 ")
    return cleaned + "。" if cleaned else ""


def _signature(profile: FormProfile) -> str:
    return profile.signature or profile.full_name


def chinese_number(number: int) -> str:
    """1 → 一 … 10 → 十, 11 → 十一, 23 → 二十三 (up to 99), as 一、 headings count."""
    if number <= 10:
        return _CHINESE_NUMBERS[number - 1]
    tens, ones = divmod(number, 10)
    head = "" if tens == 1 else _CHINESE_NUMBERS[tens - 1]
    return head + "十" + (_CHINESE_NUMBERS[ones - 1] if ones else "") if number < 100 \
        else str(number)


def _table(columns: Sequence[tuple[str, float, Align]], rows: Iterable[Sequence[str]],
           size: float) -> Table:
    return Table(columns=tuple(TableColumn(header, weight, align)
                               for header, weight, align in columns),
                 rows=tuple(tuple(row) for row in rows), font_size=size)


def kept_number(db: Database, actor: Actor, model: type[Any], row_id: str, attribute: str,
                code: str, year: int) -> str:
    """The number kept in ``model.attribute`` of the row, else the next of the office's series
    (机关代字 + ``code``) in ``year``, recorded so that a reprint gives the same. Numbering
    needs the right to edit; a reader may only reprint."""
    with db.uow(actor) as uow:
        session = uow.session
        row = session.get(model, row_id)
        assert row is not None
        found = str(getattr(row, attribute) or "")
        if found:
            return found
        if not actor.can(Permission.WRITE):
            raise PermissionDenied(tr("This document has not been given a number yet; a user "
                                      "who may edit must print it first."))
        number = next_number(session, session.info[OFFICE_KEY],
                             f"{form_profile(session).doc_code}{code}", year)
        setattr(row, attribute, number)
        uow.commit()
    return number


def _directory_day(ref: str) -> date:
    """The day of the directory: ``YYYY-MM-DD``, or empty or ``today`` for today."""
    return parse_day(ref) if ref.strip() else date.today()


# --- 联络通讯录 -------------------------------------------------------------------------------

@dataclass(frozen=True)
class DirectoryLine:
    """One unit of the directory as printed and written to the workbook (empty: none)."""

    no: int
    unit: str
    leader: str
    leader_post: str
    leader_office_phone: str
    leader_mobile: str
    liaison: str
    liaison_post: str
    liaison_office_phone: str
    liaison_mobile: str
    duty_phone: str
    fax: str


def _holder(person: PersonInfo | None) -> tuple[str, str, str, str]:
    """Name, position, office phone and mobile; a post never filled or left vacant: 空缺."""
    if person is None or person.vacant:
        return tr("Vacant"), "", "", ""
    return person.name, person.post, person.office_phone, person.mobile


def _unit_name(row: DirectoryRow) -> str:
    return tr("{unit} (convening unit)").format(unit=row.unit) if row.convener else row.unit


def directory_lines(directory: Directory) -> list[DirectoryLine]:
    """The lines of the directory, the same for the PDF, the workbook and the command line."""
    return [DirectoryLine(row.no, _unit_name(row), *_holder(row.leader), *_holder(row.liaison),
                          row.duty_phone, row.fax) for row in directory.rows]


def _directory_columns() -> list[tuple[str, float, Align]]:
    """(header, width in characters of 五号, alignment) of the printed directory."""
    phones = tr("Office phone / mobile")
    return [(tr("No."), 2.6, "center"), (tr("Member unit"), 11.6, "left"),
            (tr("Responsible leader"), 4.6, "center"), (tr("Position"), 7.4, "left"),
            (phones, 7.0, "left"), (tr("Liaison officer"), 4.6, "center"),
            (tr("Position"), 7.4, "left"), (phones, 7.0, "left"),
            (tr("Duty phone / fax"), 7.0, "left")]


def _two(first: str, second: str, vacant: bool = False) -> str:
    """Two numbers on two lines, a missing one as a dash (nothing for a vacant post)."""
    if vacant:
        return ""
    return f"{first or DASH}\n{second or DASH}"


def _printed_line(line: DirectoryLine) -> tuple[str, ...]:
    leader_vacant = not (line.leader_office_phone or line.leader_mobile)
    liaison_vacant = not (line.liaison_office_phone or line.liaison_mobile)
    return (str(line.no), line.unit, line.leader, line.leader_post,
            _two(line.leader_office_phone, line.leader_mobile, leader_vacant),
            line.liaison, line.liaison_post,
            _two(line.liaison_office_phone, line.liaison_mobile, liaison_vacant),
            _two(line.duty_phone, line.fax))


def directory_title(on: date) -> str:
    """联络通讯录（截至2026年11月30日）."""
    return tr("Liaison directory (as of {date})").format(date=format_cn_date(on))


def build_directory(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 联络通讯录 as it stood on the day ``ref`` (``YYYY-MM-DD``; empty: today): a landscape
    table of the units with their responsible leader and liaison officer."""
    day = _directory_day(ref)
    directory = directory_on(db, actor, day)
    profile = form_profile(db)
    lines = directory_lines(directory)
    blocks: list[Block] = [Paragraph(tr(
        "{office}　{count} member units　The holders of the posts on {date}").format(
            office=profile.full_name, count=len(lines), date=format_cn_date(day)),
        indent=False, align="left")]
    if lines:
        blocks.append(_table(_directory_columns(), [_printed_line(line) for line in lines],
                             DIRECTORY_SIZE))
    else:
        blocks.append(Paragraph(tr("No member units had been recorded by that day.")))
    blocks.append(Paragraph(tr(
        "A member unit that changes its responsible leader or liaison officer reports the "
        "change to {office} within {days} working days of the decision.").format(
            office=profile.full_name, days=int(get_setting(db, REPORT_WORKDAYS.key)))))
    title = directory_title(day)
    return FormDocument(title=title, blocks=tuple(blocks), seal=False, landscape=True,
                        subject=title, author=profile.full_name)


def _directory_sheet_columns() -> list[tuple[str, str, float]]:
    """(key, header, width in characters) of the directory's workbook."""
    return [("no", tr("No."), 4), ("unit", tr("Member unit"), 18),
            ("leader", tr("Responsible leader"), 6),
            ("leader_post", tr("Leader's position"), 10),
            ("leader_office_phone", tr("Leader's office phone"), 9),
            ("leader_mobile", tr("Leader's mobile"), 8),
            ("liaison", tr("Liaison officer"), 6),
            ("liaison_post", tr("Liaison's position"), 10),
            ("liaison_office_phone", tr("Liaison's office phone"), 9),
            ("liaison_mobile", tr("Liaison's mobile"), 8),
            ("duty_phone", tr("Duty phone"), 9), ("fax", tr("Fax"), 9)]


def write_directory_xlsx(db: Database, actor: Actor, on: date | None,
                         path: str | os.PathLike[str]) -> int:
    """The directory as it stood on ``on`` (default today) as an .xlsx workbook (saved
    atomically): the printed table's columns, each number in its own cell. Returns the units."""
    from jianguan_desktop.io.excel_export import SheetColumn, write_xlsx

    day = on or date.today()
    lines = directory_lines(directory_on(db, actor, day))
    columns = [SheetColumn(key, header, "int" if key == "no" else "text",
                           int(width * XLSX_PIXELS_PER_CHARACTER))
               for key, header, width in _directory_sheet_columns()]
    title = tr("{office} {title}").format(office=form_profile(db).full_name,
                                          title=directory_title(day))
    return write_xlsx(path, columns, [[asdict(line) for line in lines]], total=len(lines),
                      title=title)


def _contact(row: DirectoryRow, person: PersonInfo | None, day: date) -> Contact | None:
    if person is None or person.vacant or not person.name.strip():
        return None
    title = tr("{post} ({role})").format(post=person.post, role=person.role_label) \
        if person.post else person.role_label
    note = tr("{role} of {unit} since {since} (liaison directory as of {date})").format(
        role=person.role_label, unit=row.unit, since=format_cn_date(person.decided_on),
        date=format_cn_date(day))
    return Contact(person.name, row.unit, title, person.mobile, person.office_phone,
                   person.email, note)


def directory_contacts(directory: Directory) -> list[Contact]:
    """A card for the leader and the liaison officer of each unit (vacant posts left out)."""
    found = (_contact(row, person, directory.on) for row in directory.rows
             for person in (row.leader, row.liaison))
    return [contact for contact in found if contact is not None]


def directory_vcards(db: Database, actor: Actor, on: date | None = None) -> str:
    """The directory as it stood on ``on`` (default today) as vCard 3.0 text (UTF-8, CRLF)."""
    return write_vcards(directory_contacts(directory_on(db, actor, on)))


# --- 联席会议通知 -----------------------------------------------------------------------------

def _reply_by(db: Database, day: date) -> date:
    """:data:`REPLY_WORKDAYS` working days before the meeting."""
    calendar = load_calendar(db)
    found, left = day, REPLY_WORKDAYS
    while left:
        found -= timedelta(days=1)
        if calendar.is_workday(found):
            left -= 1
    return found


def _when(day: date | None) -> str:
    """2026年6月20日（星期六）＿＿时＿＿分, the hour to fill in by hand."""
    if day is None:
        return "＿＿年＿月＿日＿＿时＿＿分"  # to fill in by hand
    return tr("{date} ({weekday}), at ＿＿:＿＿").format(date=format_cn_date(day),
                                                       weekday=weekday_name(day))


def _person_name(person: PersonInfo | None) -> str:
    return _holder(person)[0]


def _contact_person(directory: Directory) -> tuple[str, str]:
    """The convening unit's liaison officer and telephone, or lines to fill in."""
    for row in directory.rows:
        person = row.liaison
        if row.convener and person is not None and not person.vacant:
            return person.name, person.office_phone or person.mobile or BLANK_SHORT
    return BLANK_SHORT, BLANK_SHORT


def notice_blocks(db: Database, meeting: MeetingInfo, directory: Directory,
                  office: str) -> list[Block]:
    """The body of the 联席会议通知: time, place, agenda, who attends, the reply asked."""
    day = meeting.day
    agenda = agenda_blocks(meeting.agenda)
    attendees = _table(((tr("No."), 1.0, "center"), (tr("Member unit"), 6.0, "left"),
                        (tr("Responsible leader"), 2.2, "center"),
                        (tr("Liaison officer"), 2.2, "center")),
                       [(str(row.no), row.unit, _person_name(row.leader),
                         _person_name(row.liaison)) for row in directory.rows], TABLE_SIZE)
    name, phone = _contact_person(directory)
    reply = tr("Please send the names of those attending to {office} by {date} (contact: "
               "{name}, telephone {phone}). A leader who cannot attend asks for leave in "
               "writing and sends another leader of the unit.").format(
                   office=office, date=cn_date_or_blank(_reply_by(db, day) if day else None),
                   name=name, phone=phone)
    sections: list[tuple[str, list[Block]]] = [
        (tr("Time of the meeting"), [Paragraph(_when(day))]),
        (tr("Place of the meeting"), [Paragraph(meeting.place or BLANK_LINE)]),
        (tr("Agenda"), agenda),
        (tr("Attendees"), [Paragraph(tr("The responsible leader and the liaison officer of "
                                        "each member unit:")), attendees]),
        (tr("Other matters"), [Paragraph(reply)]),
    ]
    blocks: list[Block] = [Paragraph(tr(
        "To carry out the joint supervision of public resource trading, it has been decided "
        "to hold the {title}. The arrangements are notified as follows:").format(
            title=meeting.title))]
    for index, (title, body) in enumerate(sections, start=1):
        blocks += [Heading(f"{chinese_number(index)}、{title}", 1), *body]
    return blocks


def agenda_blocks(agenda: str) -> list[Block]:
    """The agenda one item a line, numbered （一）（二）… under the notice's 三、 (the numbers
    typed with the items are replaced), or a line to fill in."""
    items = [_ITEM_NUMBER.sub("", line.strip()) for line in agenda.splitlines()]
    shown = [item for item in items if item]
    return [Paragraph(f"（{chinese_number(index)}）{_sentence(item)}")
            for index, item in enumerate(shown, start=1)] or [Paragraph(BLANK_LINE)]


def _meeting_year(meeting: MeetingInfo) -> int:
    return (meeting.day or date.today()).year


def build_notice(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 联席会议通知 of the meeting with id or number ``ref`` (联席〔2026〕1号): a red-headed
    notice to the member units."""
    meeting = get_meeting(db, actor, ref)
    number = kept_number(db, actor, JointMeeting, meeting.id, "notice_number", NOTICE_CODE,
                         _meeting_year(meeting))
    profile = form_profile(db)
    directory = directory_on(db, actor, meeting.day)
    title = tr("Notice of the {title}").format(title=meeting.title)
    return FormDocument(
        title=title, blocks=tuple(notice_blocks(db, meeting, directory, profile.full_name)),
        organ_mark=tr("{name} document").format(name=profile.full_name), doc_number=number,
        addressee="、".join(row.unit for row in directory.rows) or None,
        signature=_signature(profile),
        imprint=Imprint(cc=profile.default_cc, issuer=profile.issuer),
        subject=title, author=profile.full_name)


# --- 会议纪要 ---------------------------------------------------------------------------------

def _task_text(task: TaskInfo) -> str:
    """制定专项检查方案（责任单位：…；办理时限：2026年7月31日前）."""
    return tr("{text} (unit in charge: {unit}; to be done by {date})").format(
        text=_sentence(task.text).rstrip("。"), unit=task.owner_unit or BLANK_SHORT,
        date=format_cn_date(task.due_on))


def decision_blocks(meeting: MeetingInfo) -> list[Block]:
    """The decisions numbered 一、二、…, each followed by its tasks （一）（二）…."""
    blocks: list[Block] = []
    for index, decision in enumerate(meeting.decisions, start=1):
        blocks.append(Heading(f"{chinese_number(index)}、{_sentence(decision.text)}", 1))
        blocks += [Paragraph(f"（{chinese_number(number)}）{_task_text(task)}")
                   for number, task in enumerate(decision.tasks, start=1)]
    return blocks


def attendee_blocks(meeting: MeetingInfo) -> list[Block]:
    """出席: the attendees grouped by unit (GB/T 9704 10.3), or a line to fill in."""
    by_unit: dict[str, list[str]] = {}
    for person in meeting.attendees:
        shown = tr("{name} ({post})").format(name=person.name, post=person.post) \
            if person.post else person.name
        by_unit.setdefault(person.unit or tr("Unit not given"), []).append(shown)
    if not by_unit:
        return [Fields((Field(tr("Present"), None),))]
    return [Paragraph(tr("Present:"), indent=True, align="left"),
            *(Paragraph(tr("{unit}: {names}").format(unit=unit, names="、".join(names)))
              for unit, names in by_unit.items())]


def minutes_blocks(meeting: MeetingInfo) -> list[Block]:
    """The body of the 会议纪要."""
    presided = meeting.presided_by or BLANK_SHORT
    convener = tr(", convened by {unit}").format(unit=meeting.convener_name) \
        if meeting.convener_name else ""
    opening = tr("On {date}, the {title} was held at {place}{convener}, presided over by "
                 "{presided}; the responsible leaders and liaison officers of the member units "
                 "attended.").format(date=cn_date_or_blank(meeting.held_on),
                                     title=meeting.title, place=meeting.place or BLANK_SHORT,
                                     convener=convener, presided=presided)
    blocks: list[Block] = [Paragraph(opening), *body_blocks(meeting.minutes)]
    if meeting.decisions:
        if not meeting.minutes.strip():  # typed minutes lead into the decisions themselves
            blocks.append(Paragraph(tr("The meeting decided as follows:")))
        blocks += decision_blocks(meeting)
    else:
        blocks.append(Paragraph(tr("The meeting took no decision that opens a follow-up "
                                   "task.")))
    return [*blocks, *attendee_blocks(meeting)]


def build_minutes(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 会议纪要 of the held meeting with id or number ``ref``: its 发文字号, the minutes,
    the decisions with their tasks and the attendees by unit."""
    meeting = get_meeting(db, actor, ref)
    number = kept_number(db, actor, JointMeeting, meeting.id, "minutes_number", MINUTES_CODE,
                         _meeting_year(meeting))
    profile = form_profile(db)
    title = tr("Minutes of the {title}").format(title=meeting.title)
    return FormDocument(
        title=title, blocks=tuple(minutes_blocks(meeting)),
        organ_mark=tr("Minutes of the joint meeting"), doc_number=number,
        addressee=tr("All member units of the joint meeting"), signature=_signature(profile),
        signed_on=meeting.held_on, seal=False,
        imprint=Imprint(cc=profile.default_cc, issuer=profile.issuer,
                        issued_on=meeting.held_on),
        subject=title, author=profile.full_name)


# --- 督办单 -----------------------------------------------------------------------------------

def overdue_text(task: TaskInfo) -> str:
    """逾期12天, 未逾期（距办理时限还有5天）, 已办结 or 已撤销."""
    if task.status == TaskStatus.DONE.value:
        return tr("Done on {date}").format(date=cn_date_or_blank(task.done_on))
    if task.status == TaskStatus.CANCELLED.value:
        return tr("Cancelled")
    if task.overdue:
        return tr("Overdue by {days} days").format(days=-task.days_left)
    return tr("Not overdue ({days} days left)").format(days=task.days_left)


def _ruled(lines: int) -> str:
    return "\n".join([BLANK_LINE] * lines)


def reminder_rows(task: TaskInfo, meeting: MeetingInfo, number: str,
                  office: str) -> list[tuple[str, str]]:
    """The rows of the 督办单."""
    held = tr("{title} ({date})").format(title=meeting.title,
                                         date=cn_date_or_blank(meeting.held_on))
    progress = task.outcome.strip() if task.status != TaskStatus.OPEN.value else ""
    answer = (progress or _ruled(PROGRESS_LINES)) + "\n" + tr(
        "Unit in charge (seal): {blank}  Date: ＿＿年＿月＿日").format(blank="＿" * 6)
    return [
        (tr("Number of the reminder"), number),
        (tr("Matter supervised"), tr("{text} ({number})").format(text=task.text,
                                                                 number=task.number)),
        (tr("Meeting it came from"), held),
        (tr("Decision of the meeting"), task.decision_text),
        (tr("Unit in charge"), task.owner_unit or BLANK_SHORT),
        (tr("Time limit for handling"), tr("By {date}").format(
            date=format_cn_date(task.due_on))),
        (tr("Overdue or not"), overdue_text(task)),
        (tr("Progress"), answer),
        (tr("Supervising unit"), tr("{office} (seal)\nDate: ＿＿年＿月＿日").format(
            office=office)),
    ]


def build_reminder(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 督办单 of the task with id or number ``ref`` (督办〔2026〕1号): how many days it is
    overdue and ruled lines for the unit's answer; its number taken at the first print."""
    today = date.today()
    task = get_task(db, actor, ref, today)
    meeting = get_meeting(db, actor, task.meeting_id, today)
    number = kept_number(db, actor, FollowUpTask, task.id, "reminder_number", REMINDER_CODE,
                         today.year)
    profile = form_profile(db)
    title = tr("Supervision slip")
    grid = _table(((tr("Item"), GRID_LABEL_WEIGHT, "center"),
                   (tr("Particulars"), GRID_VALUE_WEIGHT, "left")),
                  reminder_rows(task, meeting, number, profile.full_name), TABLE_SIZE)
    ask = Paragraph(tr("Please carry out the matter by the time limit and report the progress "
                       "in writing to {office} within {days} working days of receiving this "
                       "slip.").format(office=profile.full_name, days=ANSWER_WORKDAYS))
    return FormDocument(title=title, blocks=(ask, grid), seal=False, subject=title,
                        author=profile.full_name)


# --- 年度联席会议工作情况 ----------------------------------------------------------------------

def figure_rows(figures: YearFigures) -> list[tuple[str, int]]:
    """The year's figures, the same for the PDF and the workbook."""
    return [(tr("Joint meetings held"), figures.regular + figures.extra),
            (tr("of which regular meetings"), figures.regular),
            (tr("of which extra meetings"), figures.extra),
            (tr("Decisions taken"), figures.decisions),
            (tr("Follow-up tasks"), figures.tasks),
            (tr("Tasks done"), figures.tasks_done),
            (tr("Tasks in progress"), figures.tasks_open),
            (tr("of which overdue"), figures.tasks_overdue),
            (tr("Tasks cancelled"), figures.tasks_cancelled)]


def _task_states(meeting: MeetingInfo) -> str:
    tasks = [task for decision in meeting.decisions for task in decision.tasks]
    if not tasks:
        return DASH
    counts = {status: sum(1 for task in tasks if task.status == status)
              for status in (TaskStatus.DONE.value, TaskStatus.OPEN.value,
                             TaskStatus.CANCELLED.value)}
    overdue = sum(1 for task in tasks if task.overdue)
    parts = [tr("{count} done").format(count=counts[TaskStatus.DONE.value]),
             tr("{count} in progress").format(count=counts[TaskStatus.OPEN.value])]
    if overdue:
        parts[-1] += tr(" ({count} overdue)").format(count=overdue)
    if counts[TaskStatus.CANCELLED.value]:
        parts.append(tr("{count} cancelled").format(count=counts[TaskStatus.CANCELLED.value]))
    return "、".join(parts)


@dataclass(frozen=True)
class MeetingLine:
    """One meeting of the year's report."""

    no: int
    title: str
    held_on: str
    kind: str
    decisions: str
    tasks: str


def meeting_lines(figures: YearFigures) -> list[MeetingLine]:
    """The meetings held in the year with their decisions and the state of their tasks."""
    return [MeetingLine(index, meeting.title, format_cn_date(meeting.held_on)
                        if meeting.held_on else "", meeting.kind_label,
                        "\n".join(f"{number}. {_sentence(decision.text)}" for number, decision
                                  in enumerate(meeting.decisions, start=1)) or DASH,
                        _task_states(meeting))
            for index, meeting in enumerate(figures.meetings, start=1)]


def _summary(figures: YearFigures) -> str:
    return tr(
        "In {year}, {held} joint meetings were held ({regular} regular, {extra} extra); they "
        "took {decisions} decisions and opened {tasks} follow-up tasks. As of {date}, {done} "
        "were done, {open} were in progress ({overdue} of them overdue) and {cancelled} were "
        "cancelled.").format(
            year=figures.year, held=figures.regular + figures.extra, regular=figures.regular,
            extra=figures.extra, decisions=figures.decisions, tasks=figures.tasks,
            date=format_cn_date(figures.on), done=figures.tasks_done, open=figures.tasks_open,
            overdue=figures.tasks_overdue, cancelled=figures.tasks_cancelled)


def report_year(text: str) -> int:
    """The year of a report, 2026 (a wrong one refused naming ``year``)."""
    cleaned = text.strip()
    if not (cleaned.isdigit() and len(cleaned) == 4):
        raise ValidationError(tr("“{value}” is not a year; write it as 2026.").format(
            value=cleaned), field="year")
    return int(cleaned)


def annual_title(year: int) -> str:
    """2026年度联席会议工作情况."""
    return tr("Joint meetings in {year}: work report").format(year=year)


def build_annual(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The year ``ref``'s 联席会议工作情况 for the report to the city government: the figures
    and the meetings held with their decisions and tasks."""
    figures = year_figures(db, actor, report_year(ref))
    profile = form_profile(db)
    lines = meeting_lines(figures)
    blocks: list[Block] = [
        Paragraph(_summary(figures)),
        Heading(f"一、{tr('Figures of the year')}", 1),
        _table(((tr("Item"), 4.0, "left"), (tr("Count"), 1.2, "center")),
               [(label, str(count)) for label, count in figure_rows(figures)], TABLE_SIZE),
        Heading(f"二、{tr('Meetings held')}", 1),
    ]
    if lines:
        blocks.append(_table(
            ((tr("No."), 1.2, "center"), (tr("Meeting"), 4.4, "left"),
             (tr("Held on"), 2.6, "center"), (tr("Kind of meeting"), 2.4, "center"),
             (tr("Decisions"), 7.0, "left"), (tr("Follow-up tasks"), 3.4, "left")),
            [(str(line.no), line.title, line.held_on.replace("年", "年\n", 1), line.kind,
              line.decisions, line.tasks) for line in lines], SMALL_TABLE))
    else:
        blocks.append(Paragraph(tr("No joint meeting was held in {year}.").format(
            year=figures.year)))
    title = annual_title(figures.year)
    return FormDocument(title=title, blocks=tuple(blocks), signature=_signature(profile),
                        signed_on=figures.on, subject=title, author=profile.full_name)


def write_meetings_annual_xlsx(db: Database, actor: Actor, year: int,
                               path: str | os.PathLike[str]) -> int:
    """The year's report as an .xlsx workbook (saved atomically): a sheet of the figures and a
    sheet of the meetings held. Returns how many meetings."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    from jianguan_desktop.io.excel_export import (
        HEADER_FILL,
        HEADER_FONT,
        TITLE_FONT,
        save_atomically,
    )

    figures = year_figures(db, actor, year)
    lines = meeting_lines(figures)
    workbook = Workbook()
    sheets = [(workbook.active, tr("Figures of the year"), [(tr("Item"), 24), (tr("Count"), 10)],
               [list(row) for row in figure_rows(figures)]),
              (workbook.create_sheet(), tr("Meetings held"),
               [(tr("No."), 6), (tr("Meeting"), 36), (tr("Held on"), 14),
                (tr("Kind of meeting"), 16), (tr("Decisions"), 50), (tr("Follow-up tasks"), 24)],
               [[line.no, line.title, line.held_on, line.kind, line.decisions, line.tasks]
                for line in lines])]
    for sheet, name, headers, rows in sheets:
        sheet.title = name
        sheet.append([f"{annual_title(year)}（{name}）"])
        sheet["A1"].font = TITLE_FONT
        sheet.append([header for header, _width in headers])
        for index, (_header, width) in enumerate(headers, start=1):
            cell = sheet.cell(row=2, column=index)
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
            sheet.column_dimensions[cell.column_letter].width = width * 1.8
        for row in rows:
            sheet.append(row)
        for row in sheet.iter_rows(min_row=3):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "A3"
    save_atomically(path, lambda temp: workbook.save(temp))
    return len(lines)


def write_meetings_annual_pdf(db: Database, actor: Actor, year: int,
                              path: str | os.PathLike[str]) -> Path:
    """The year's report as a PDF file."""
    from jianguan_desktop.io.pdf.render import render_pdf_to

    return render_pdf_to(build_annual(db, actor, str(year)), Path(path))


# --- registration -----------------------------------------------------------------------------

def _meeting_label() -> str:
    return tr("The meeting's number, such as 联席〔2026〕1号")


_FORMS: tuple[tuple[str, Callable[[], str], Callable[[Database, Actor, str], FormDocument],
                    Callable[[], str]], ...] = (
    (DIRECTORY_FORM, lambda: tr("Liaison directory"), build_directory,
     lambda: tr("The day of the directory, such as 2026-11-30, or “today”")),
    (NOTICE_FORM, lambda: tr("Notice of a joint meeting"), build_notice, _meeting_label),
    (MINUTES_FORM, lambda: tr("Minutes of a joint meeting"), build_minutes, _meeting_label),
    (REMINDER_FORM, lambda: tr("Supervision slip of a follow-up task"), build_reminder,
     lambda: tr("The task's number, such as 督办〔2026〕1号")),
    (ANNUAL_FORM, lambda: tr("Joint meetings of a year: work report"), build_annual,
     lambda: tr("The year, such as 2026")),
)
for _key, _title, _build, _label in _FORMS:
    register_form(FormSpec(key=_key, title=_title, kind="record", build=_build,
                           ref_label=_label))
