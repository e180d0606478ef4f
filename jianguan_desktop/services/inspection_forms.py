"""The paper of 双随机、一公开: 年度抽查计划, 随机抽取记录, 检查通知书, 现场检查记录表 and
抽查结果公示表 (PDF and xlsx), registered as forms for ``jianguan print`` and the print preview.

The 抽取记录 prints everything needed to re-run the draw (seed, algorithm, the pool hash in
full, the pool as snapshotted). The 公示表 carries no personal data: a natural person is masked,
and no inspector, ID number or telephone is printed (:func:`publication_rows` feeds both files).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, astuple, dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.entities import Entity
from jianguan_desktop.db.inspections import InspectionObject, Inspector
from jianguan_desktop.db.models import User
from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.domain.inspections import GRADES, Method, ObjectKind
from jianguan_desktop.domain.roles import Actor
from jianguan_desktop.errors import NotFoundError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.pdf.document import (
    Align,
    Block,
    FormDocument,
    Heading,
    Imprint,
    Paragraph,
    Spacer,
    Table,
    TableColumn,
)
from jianguan_desktop.services.complaints import mask_name
from jianguan_desktop.services.form_settings import FormProfile, form_profile
from jianguan_desktop.services.forms import FormSpec, register_form, text_ems
from jianguan_desktop.services.inspection_plans import (
    BatchInfo,
    DrawInfo,
    PlanInfo,
    get_batch,
    get_draw,
    get_plan,
    list_plans,
)
from jianguan_desktop.services.inspection_results import (
    ResultInfo,
    get_result,
    results_of_batch,
)
from jianguan_desktop.services.inspections import publish_workdays, ratio_rules, risk_labels

PLAN_FORM = "inspection_plan"
DRAW_FORM = "inspection_draw"
NOTICE_FORM = "inspection_notice"
RECORD_FORM = "inspection_record"
PUBLICATION_FORM = "inspection_publication"
_CHINESE_NUMBERS = "一二三四五六七八九十"
# fitted columns, in characters: a short text never wraps, a long one counts up to the cap
SHORT_EM, TEXT_CAP_EM, HEADER_MIN_EM, CELL_EM = 8.0, 16.0, 2.0, 1.0
SMALL_TABLE = 10.5  # 五号: the plan's batches and the draw's pool fit A4 portrait
GRID_SIZE = 12.0  # 小四: a record form fits one A4 page
GRID_LABEL_WEIGHT, GRID_VALUE_WEIGHT = 1.3, 4.0
HASH_GROUP = 8  # the SHA-256 printed in groups of 8 hex digits, four groups a line
HASH_GROUPS_PER_LINE = 4
BLANK_LINE = "＿" * 24  # a ruled line to write on by hand, as wide as a record's value cell
BLANK_SHORT = "＿" * 8
FINDING_LINES, HANDLING_LINES = 10, 4  # ruled lines of a record filled in on the spot
WITNESS_BLANK_ROWS = 2  # places to sign left when no witness was named at the draw
SIGNERS_PER_TABLE = 4
SIGN_LINE = "＿" * 6
FINDING_MAX = 40  # characters of a finding on the 公示表
PUBLICATION_SIZE = 10.5  # 五号: seven columns across A4 landscape
XLSX_PIXELS_PER_CHARACTER = 16
# A natural person's name: two to four Chinese characters (a middle dot allowed), and none of
# the words organisations end their names with.
_PERSON_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
_ORGANISATION_WORDS = ("公司", "集团", "局", "院", "中心", "所", "站", "厂", "社", "会", "委",
                       "办", "部", "校", "馆", "队", "行", "店", "处", "场", "府", "工程", "项目")
_SENTENCE_END = re.compile(r"(?<=[。；;！!？?])")
# telephone numbers, ID numbers and other long digit runs never reach the 公示表
_PRIVATE_NUMBER = re.compile(r"(?<![0-9A-Za-z])(?:[0-9]{3,4}-)?[0-9]{7,}[0-9Xx]?")


# --- shared pieces ----------------------------------------------------------------------------

def _sentence(text: str) -> str:
    """A text as the end of a sentence: trailing punctuation replaced by one 。."""
    cleaned = " ".join(text.split()).rstrip("。.；;，,、 ")
    return cleaned + "。" if cleaned else ""


def _day(day: date | None) -> str:
    return format_cn_date(day) if day is not None else "＿＿年＿月＿日"


def _period(start: date | None, end: date | None) -> str:
    """2026年6月1日至2026年6月30日 (a blank end to fill in by hand when unknown)."""
    if start is None and end is None:
        return ""
    return tr("{start} to {end}").format(start=_day(start), end=_day(end))


def _dotted(day: date | None) -> str:
    """2026.06.15, as a narrow column prints a date."""
    return f"{day.year}.{day.month:02d}.{day.day:02d}" if day is not None else ""


def _dotted_period(start: date | None, end: date | None) -> str:
    """2026.03.01至 / 2026.04.30 on two lines, for a narrow column."""
    if start is None and end is None:
        return ""
    return tr("{start} to {end}").format(start=_dotted(start) or BLANK_SHORT,
                                         end="\n" + (_dotted(end) or BLANK_SHORT))


def _signature(profile: FormProfile) -> str:
    return profile.signature or profile.full_name


def _headed(sections: Sequence[tuple[str, Sequence[Block]]]) -> list[Block]:
    """Sections under headings 一、二、… (GB/T 9704), those without content left out."""
    shown = [(title, body) for title, body in sections if body]
    return [block for number, (title, body) in zip(_CHINESE_NUMBERS, shown, strict=False)
            for block in (Heading(f"{number}、{title}", 1), *body)]


def _grid(rows: Iterable[tuple[str, str | None]]) -> Table:
    """A two-column form table of label and value; ``None`` is left to fill in by hand."""
    return Table(columns=(TableColumn(tr("Item"), GRID_LABEL_WEIGHT, "center"),
                          TableColumn(tr("Particulars"), GRID_VALUE_WEIGHT)),
                 rows=tuple(rows), font_size=GRID_SIZE)


def _table(columns: Sequence[tuple[str, float, Align]], rows: Iterable[Sequence[str]],
           size: float | None = SMALL_TABLE) -> Table:
    return Table(columns=tuple(TableColumn(header, weight, align)
                               for header, weight, align in columns),
                 rows=tuple(tuple(row) for row in rows), font_size=size)


def fitted_table(columns: Sequence[tuple[str, Align]], rows: Sequence[Sequence[str]],
                 size: float = SMALL_TABLE) -> Table:
    """A table across the portrait page whose short columns (codes, dates, grades, names up to
    :data:`SHORT_EM` characters a line) never wrap, and whose longer texts share the rest in
    proportion to their longest line (counted up to :data:`TEXT_CAP_EM`)."""
    from jianguan_desktop.io.pdf.layout import TEXT_WIDTH  # reportlab only when printing

    widest = [max([text_ems(line) for row in rows for line in (row[index] or "").split("\n")]
                  + [0.0]) for index in range(len(columns))]
    heads = [min(text_ems(header), HEADER_MIN_EM) for header, _align in columns]
    short = [width <= SHORT_EM for width in widest]
    fixed = sum(max(width, head) for width, head, is_short in zip(widest, heads, short,
                                                                 strict=True) if is_short)
    wanted = sum(min(width, TEXT_CAP_EM) for width, is_short in zip(widest, short, strict=True)
                 if not is_short)
    room = TEXT_WIDTH / size - len(columns) * CELL_EM - fixed
    weights = [max(width, head) if is_short else max(room * min(width, TEXT_CAP_EM) / wanted,
                                                     head)
               for width, head, is_short in zip(widest, heads, short, strict=True)]
    return _table([(header, weight + CELL_EM, align) for (header, align), weight
                   in zip(columns, weights, strict=True)], rows, size)


def _numbered(rows: Iterable[Sequence[str]]) -> list[tuple[str, ...]]:
    return [(str(index), *row) for index, row in enumerate(rows, start=1)]


def _person(db: Database, username: str) -> str:
    """A user's name as printed (the login name when the user is unknown)."""
    if not username:
        return ""
    with db.uow(readonly=True) as uow:
        user = uow.session.execute(select(User).where(User.username == username)
                                   ).scalar_one_or_none()
        return (user.display_name or user.username) if user is not None else username


def grouped_hash(pool_hash: str) -> str:
    """The SHA-256 in groups of eight hex digits, four groups a line, so that it fits a line
    and can be read out and compared group by group."""
    groups = [pool_hash[i:i + HASH_GROUP] for i in range(0, len(pool_hash), HASH_GROUP)]
    return "\n".join(" ".join(groups[i:i + HASH_GROUPS_PER_LINE])
                     for i in range(0, len(groups), HASH_GROUPS_PER_LINE))


# --- 年度抽查计划 --------------------------------------------------------------------------------

def _scope(batch: BatchInfo) -> str:
    """对象范围: the kind of object, its industry and the pool period."""
    parts = [batch.object_kind_label]
    if batch.industry:
        parts.append(tr("industry: {industry}").format(industry=batch.industry))
    if batch.pool_from or batch.pool_to:
        parts.append(tr("completed {period}").format(
            period=_period(batch.pool_from, batch.pool_to)))
    return "，".join(parts)


def ratio_text(batch: BatchInfo, agency_minimum: int) -> str:
    """比例: the share per credit grade, the least number and the agencies' minimum share."""
    text = "、".join(tr("Grade {grade}: {ratio} %").format(grade=grade, ratio=batch.ratios[grade])
                     for grade in GRADES if grade in batch.ratios)
    extra = []
    if batch.min_count:
        extra.append(tr("at least {count} per grade").format(count=batch.min_count))
    if batch.object_kind == ObjectKind.AGENCY.value:
        extra.append(tr("agencies: at least {share} %").format(share=agency_minimum))
    return text + (tr(" ({extra})").format(extra="，".join(extra)) if extra else "")


def _items_text(batch: BatchInfo) -> str:
    return "、".join(tr("{name} ({kind})").format(name=item.name, kind=item.item_type_label)
                     for item in batch.items)


def plan_batch_blocks(batch: BatchInfo, agency_minimum: int) -> list[Block]:
    """One batch of the plan as the body reads it: a （一） heading with its title, then
    抽查事项, 抽查对象, 抽查比例, 时间安排 and 实施部门 (a joint inspection named so), one
    paragraph each."""
    departments = "、".join(batch.departments)
    if len(batch.departments) > 1:
        departments = tr("{departments} (joint inspection, led by the first)").format(
            departments=departments)
    lines = [(tr("Items inspected"), _items_text(batch)), (tr("Objects"), _scope(batch)),
             (tr("Ratio"), ratio_text(batch, agency_minimum)),
             (tr("Time schedule"), _period(batch.window_from, batch.window_to)),
             (tr("Implementing departments"), departments)]
    number = _CHINESE_NUMBERS[batch.seq - 1] if 0 < batch.seq <= len(_CHINESE_NUMBERS) \
        else str(batch.seq)
    return [Heading(f"（{number}）{batch.title}", 2),
            *(Paragraph(tr("{label}: {text}").format(label=label, text=_sentence(text)))
              for label, text in lines if text)]


def _plan_number(profile: FormProfile, year: int) -> str | None:
    """The plan's 发文字号 with its sequence left blank: the number is given when the document
    is registered (the 机关代字 comes from the settings; none set: no number)."""
    code = profile.doc_code.strip()
    return f"{code}〔{year}〕\u3000\u3000号" if code else None


def find_plan(db: Database, actor: Actor, ref: str) -> PlanInfo:
    """The plan with id ``ref``, or the only plan of the year ``ref`` (2026)."""
    try:
        return get_plan(db, actor, ref)
    except NotFoundError:
        plans = list_plans(db, actor, int(ref)) if ref.isdigit() and len(ref) == 4 else []
        if len(plans) == 1:
            return plans[0]
        raise


def find_batch(db: Database, actor: Actor, ref: str) -> BatchInfo:
    """The batch with id ``ref``, or the batch of the draw numbered ``ref`` (抽取〔2026〕1号)."""
    try:
        return get_batch(db, actor, ref)
    except NotFoundError:
        try:
            draw = get_draw(db, actor, ref)
        except NotFoundError:
            raise NotFoundError(tr("No inspection batch “{ref}” was found; give the batch's id "
                                   "or the number of its draw.").format(ref=ref)) from None
        return get_batch(db, actor, draw.batch_id)


def build_plan(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 年度抽查工作计划 of the plan with id ``ref`` (or of the year ``ref``): a 红头
    document sent to the departments of its batches, each batch under its own heading."""
    plan = find_plan(db, actor, ref)
    profile = form_profile(db)
    rules = ratio_rules(db)
    departments = list(dict.fromkeys(name for batch in plan.batches
                                     for name in batch.departments))
    intro = tr(
        "In accordance with the Notice of the General Office of the State Council on Promoting "
        "Random Inspections (国办发〔2015〕58号) and the Opinions of the State Council on "
        "Joint Random Inspections by Market Regulators (国发〔2019〕5号), this office has drawn "
        "up the {year} plan of random inspections of public resource trading. It is issued to "
        "you; please carry it out conscientiously.").format(year=plan.year)
    count = len(plan.batches)
    batches: list[Block] = [Paragraph(tr(
        "The plan has {count} batches. Several departments inspecting one object together do "
        "so in one visit, so that the object is disturbed only once.").format(count=count))]
    for batch in plan.batches:
        batches.extend(plan_batch_blocks(batch, rules.agency_minimum))
    requirements: list[Block] = [
        Paragraph(tr("The objects of each batch and the inspectors are drawn at random by this "
                     "program, in front of witnesses; the seed, the hash of the pool and the "
                     "result are recorded so that anyone can check the draw.")),
        Paragraph(tr("Objects are drawn by credit grade at the ratios above; at least {count} "
                     "inspectors are matched to each object, none of them with a conflict of "
                     "interest.").format(count=rules.inspectors_minimum)),
        Paragraph(tr("The results of each batch are published within {days} working days of "
                     "its completion.").format(days=publish_workdays(db))),
    ]
    remarks = [Paragraph(line.strip()) for line in plan.remarks.splitlines() if line.strip()]
    title = plan.title.strip() or tr("{year} annual random inspection plan").format(
        year=plan.year)
    year = plan.approved_on.year if plan.approved_on else plan.year
    notes = () if plan.approved_on else (tr("Draft: not yet approved."),)
    return FormDocument(
        title=title, blocks=(Paragraph(intro), *_headed([
            (tr("Inspection batches"), batches), (tr("Requirements"), requirements),
            (tr("Other matters"), remarks)])),
        organ_mark=tr("{name} document").format(name=profile.full_name),
        doc_number=_plan_number(profile, year), addressee="、".join(departments) or None,
        signature=_signature(profile), signed_on=plan.approved_on,
        imprint=Imprint(cc=profile.default_cc, issuer=profile.issuer,
                        issued_on=plan.approved_on),
        notes=notes, subject=title, author=profile.full_name)


# --- 随机抽取记录 --------------------------------------------------------------------------------

def _draw_rows(info: DrawInfo) -> list[tuple[str, str | None]]:
    rows: list[tuple[str, str | None]] = [
        (tr("Number of the draw"), info.number),
        (tr("Plan"), info.plan_title),
        (tr("Batch"), info.batch_title),
        (tr("Date of the draw"), format_cn_date(info.drawn_on)),
        (tr("Place of the draw"), info.place or None),
        (tr("Seed"), info.seed),
        (tr("Where the seed came from"), info.seed_source_label),
        (tr("Algorithm version"), info.algorithm),
        (tr("Pool hash (SHA-256)"), grouped_hash(info.pool_hash)),
        (tr("Objects in the pool"), str(info.pool_size)),
        (tr("Objects drawn"), str(info.drawn_count)),
        (tr("Inspectors in the pool"), str(info.inspector_count)),
    ]
    if info.redraw_of_number:
        rows += [(tr("Redraw of"), info.redraw_of_number),
                 (tr("Reason for the redraw"), info.redraw_reason)]
    status = info.status_label
    if info.superseded_by_number:
        status = tr("{status}: {number}").format(status=status, number=info.superseded_by_number)
    rows.append((tr("Status"), status))
    return rows


def strata_table(info: DrawInfo) -> Table:
    """Per credit grade: objects in the pool, drawn, and the ratio reached."""
    return fitted_table(((tr("Credit grade"), "center"), (tr("Objects in the pool"), "center"),
                         (tr("Objects drawn"), "center"), (tr("Ratio reached"), "center")),
                        [(item.stratum, str(item.pool_size), str(item.drawn), item.ratio_text)
                         for item in info.strata], size=GRID_SIZE)


def drawn_table(info: DrawInfo) -> Table:
    """The result: 序号, 检查对象, 编号/代码, 信用等级, 风险, 检查人员."""
    risks = risk_labels()
    rows = _numbered((item.name, item.key, item.stratum, risks.get(item.risk, str(item.risk)),
                      "\n".join(item.inspectors)) for item in info.drawn)
    return fitted_table(((tr("No."), "center"), (tr("Object inspected"), "left"),
                         (tr("Number or code"), "left"), (tr("Credit grade"), "center"),
                         (tr("Risk"), "center"), (tr("Inspectors"), "left")), rows)


def signature_tables(witnesses: Sequence[str], drawer: str) -> list[Table]:
    """Room to sign for each witness (监督人/见证人; two blank ones when none was named) and
    the 抽取人: a line to sign on with the name printed under it. Each table is one row of
    three lines, which a page never splits (its header says what it is, so no heading is left
    alone at the foot of a page); :data:`SIGNERS_PER_TABLE` signers a table."""
    witness = tr("{role} (signature)").format(role=tr("Supervisor / witness"))
    people = [(witness, name) for name in witnesses] or [(witness, "")] * WITNESS_BLANK_ROWS
    people.append((tr("{role} (signature)").format(role=tr("Drawn by")), drawer))
    tables = []
    for start in range(0, len(people), SIGNERS_PER_TABLE):
        part = people[start:start + SIGNERS_PER_TABLE]
        tables.append(_table([(role, 1.0, "center") for role, _name in part],
                             [tuple(f"\n{SIGN_LINE}\n{name}" for _role, name in part)],
                             size=GRID_SIZE))
    return tables


def pool_table(info: DrawInfo) -> Table:
    """The pool as snapshotted at the draw, in key order."""
    risks = risk_labels()
    rows = _numbered((line.key, line.name, line.kind_label, line.stratum,
                      risks.get(line.risk, str(line.risk)), line.unit, line.industry)
                     for line in info.pool)
    return fitted_table(((tr("No."), "center"), (tr("Object key"), "left"),
                         (tr("Name"), "left"), (tr("Kind"), "center"),
                         (tr("Credit grade"), "center"), (tr("Risk"), "center"),
                         (tr("Unit"), "left"), (tr("Industry"), "left")), rows)


def verification_text(info: DrawInfo) -> str:
    """How anyone can check the draw."""
    return tr(
        "Anyone can check this draw: the command “jianguan draw verify {number}” re-runs it "
        "from this record and says whether the result matches. The algorithm ({algorithm}) is "
        "written down in the program's documentation precisely enough to re-implement it: "
        "with the seed, the pool hash and the pool listed in the appendix, the same objects "
        "and inspectors come out.").format(number=info.number, algorithm=info.algorithm)


def build_draw_record(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 随机抽取记录 of the draw with id or number ``ref`` (抽取〔2026〕1号)."""
    info = get_draw(db, actor, ref)
    profile = form_profile(db)
    title = tr("Record of a random draw")
    appendix = tr("Appendix: the pool as snapshotted at the draw ({count} objects, listed by "
                  "key in the order of the snapshot the pool hash is computed from)").format(
        count=len(info.pool))
    blocks: list[Block] = [
        _grid(_draw_rows(info)),
        *_headed([
            (tr("Drawn per credit grade"), [strata_table(info)]),
            (tr("Result of the draw"), [drawn_table(info)]),
            (tr("How to verify"), [Paragraph(verification_text(info), align="left")]),
        ]),
        *signature_tables(info.witnesses, _person(db, info.created_by)),
        # no page break before the appendix: a table ending at the foot of a page leaves its
        # gap for the next page, and a page break after it printed a blank page
        Spacer(),
        Paragraph(appendix, indent=False, align="left"),
        pool_table(info),
        # 以下空白 closes the list; and text after the last table keeps its gap, spilling over
        # a full page, from printing a blank page
        Paragraph(tr("(Nothing follows.)"), indent=False, align="center"),
    ]
    return FormDocument(title=title, blocks=tuple(blocks), seal=False, subject=title,
                        author=profile.full_name)


# --- 检查通知书 and 现场检查记录表 --------------------------------------------------------------

@dataclass(frozen=True)
class InspectionCase:
    """A drawn object with what the notice and the record need besides the result."""

    result: ResultInfo
    batch: BatchInfo
    kind: str
    address: str  # the entity's address, or the project with its 标段 and 招标人
    addressee: str  # who the notice goes to: the object, or a project's 招标人
    inspectors: tuple[tuple[str, str], ...]  # (name, 执法证号): nothing else about them


def _object_place(row: InspectionObject | None, entity: Entity | None) -> str:
    if row is None:
        return ""
    if row.kind == ObjectKind.PROJECT.value:
        parts = [tr("{name} (lot {lot})").format(name=row.name, lot=row.lot) if row.lot
                 else row.name]
        if row.code:
            parts.append(tr("Project code: {code}").format(code=row.code))
        if row.tenderer_name:
            parts.append(tr("Tenderer: {name}").format(name=row.tenderer_name))
        return "\n".join(parts)
    if entity is not None and entity.address.strip():
        return entity.address
    if row.kind == ObjectKind.EXPERT.value and row.unit:
        return tr("Work unit: {unit}").format(unit=row.unit)
    return ""


def inspection_case(db: Database, actor: Actor, ref: str) -> InspectionCase:
    """The result ``ref`` (id or 检查〔2026〕N号) with its batch, the object's address and the
    inspectors' 执法证号."""
    result = get_result(db, actor, ref)
    batch = get_batch(db, actor, result.batch_id)
    with db.uow(actor, readonly=True) as uow:
        row = uow.session.get(InspectionObject, result.object_id) if result.object_id else None
        entity = uow.session.get(Entity, row.entity_id) if row and row.entity_id else None
        ids = list(result.inspector_ids)
        people = {person.id: person for person in uow.session.execute(
            select(Inspector).where(Inspector.id.in_(ids))).scalars()} if ids else {}
        inspectors = tuple((people[item].name, people[item].cert_number) for item in ids
                           if item in people)
        if not inspectors:
            inspectors = tuple((name, "") for name in result.inspectors)
        addressee = result.object_name
        if row is not None and row.kind == ObjectKind.PROJECT.value and row.tenderer_name:
            addressee = row.tenderer_name
        return InspectionCase(result, batch, result.object_kind, _object_place(row, entity),
                              addressee, inspectors)


def _item_lines(batch: BatchInfo) -> list[str]:
    """Each item with its content and legal basis."""
    lines = []
    for index, item in enumerate(batch.items, start=1):
        text = item.name
        if item.content.strip():
            text = tr("{name}: {content}").format(name=text,
                                                  content=_sentence(item.content).rstrip("。"))
        if item.basis.strip():
            text = tr("{text} (basis: {basis})").format(text=text, basis=item.basis.strip())
        lines.append(f"{index}.{_sentence(text)}")  # 1.招标投标… as GB/T 9704 numbers
    return lines


def _methods(case: InspectionCase) -> str:
    """The method chosen for the result, else the methods the items name."""
    if case.result.method_label:
        return case.result.method_label
    named = dict.fromkeys(item.method.strip() for item in case.batch.items if item.method.strip())
    return "、".join(named)


_MATERIALS: dict[str, Callable[[], str]] = {
    ObjectKind.PROJECT.value: lambda: tr(
        "the tender or procurement documents, bids, the evaluation report, the notice of award, "
        "the contract and the other files of the project"),
    ObjectKind.AGENCY.value: lambda: tr(
        "the business licence, the agency contracts and the files of the projects the agency "
        "handled"),
    ObjectKind.EXPERT.value: lambda: tr(
        "the evaluation reports signed and the records of the evaluations attended"),
}


def _materials(kind: str) -> str:
    found = _MATERIALS.get(kind)
    return found() if found else tr(
        "the business licence, qualification certificates and the files of the trading "
        "activities concerned")


def notice_blocks(case: InspectionCase, draw_number: str) -> list[Block]:
    """The body of the 检查通知书."""
    result, batch = case.result, case.batch
    person = is_person(result)
    if case.kind == ObjectKind.PROJECT.value:
        subject = result.object_name
    else:
        subject = tr("you (a person)") if person else tr("your organisation")
    opening = tr(
        "In accordance with this office's plan “{plan}”, {subject} was drawn at random as an "
        "object of “{batch}” (draw record {draw}). This office will inspect it as "
        "follows.").format(plan=batch.plan_title, subject=subject, batch=batch.title,
                           draw=draw_number)
    people = fitted_table(((tr("No."), "center"), (tr("Person's name"), "center"),
                           (tr("Law-enforcement certificate number"), "center")),
                          _numbered((name, cert or BLANK_SHORT)
                                    for name, cert in case.inspectors), size=GRID_SIZE)
    window = _period(batch.window_from, batch.window_to)
    return [Paragraph(opening), *_headed([
        (tr("Items inspected and their legal basis"),
         [Paragraph(line) for line in _item_lines(batch)]),
        (tr("Time of the inspection"), [Paragraph(tr(
            "From {period}; the inspectors will agree the exact day with you in "
            "advance.").format(period=window) if window else BLANK_LINE)]),
        (tr("Method of inspection"), [Paragraph(_sentence(_methods(case)) or BLANK_LINE)]),
        (tr("Inspectors"), [Paragraph(tr("The inspectors show their law-enforcement "
                                         "certificates when they inspect.")), people]),
        (tr("Materials to prepare"), [Paragraph((tr(
            "Please prepare {materials}, be present to explain them and sign the inspection "
            "record.") if person else tr(
            "Please prepare {materials}, and have a person who knows the matters present to "
            "explain them and sign the inspection record.")).format(
                materials=_materials(case.kind)))]),
    ]), Paragraph(tr("Please cooperate with the inspection. Hereby notified."))]


def build_notice(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 检查通知书 of the result with id or number ``ref`` (检查〔2026〕N号)."""
    case = inspection_case(db, actor, ref)
    profile = form_profile(db)
    title = tr("Notice of inspection")
    return FormDocument(
        title=title, blocks=tuple(notice_blocks(case, case.result.draw_number)),
        doc_number=case.result.number, addressee=case.addressee,
        signature=_signature(profile), subject=title, author=profile.full_name)


def _method_boxes(chosen: str) -> str:
    """Every method with a box, the one chosen ticked: ■书面检查 □实地核查 …"""
    return "  ".join(("■" if method.value == chosen else "□") + method.label
                     for method in Method)


def _ruled(lines: int) -> str:
    return "\n".join([BLANK_LINE] * lines)


def _handling_text(result: ResultInfo) -> str | None:
    if not result.closed and not result.handling_labels and not result.handling_note.strip():
        return None
    parts = list(result.handling_labels) or ([tr("No problem found; nothing to handle")]
                                             if not result.problem else [])
    text = "、".join(parts)
    if result.handling_note.strip():
        text = tr("{handling}: {note}").format(handling=text, note=result.handling_note.strip()
                                               ) if text else result.handling_note.strip()
    return text


def record_rows(case: InspectionCase) -> list[tuple[str, str | None]]:
    """The rows of the 现场检查记录表."""
    result = case.result
    inspectors = "\n".join(tr("{name} (certificate {cert})").format(
        name=name, cert=cert or BLANK_SHORT) for name, cert in case.inspectors)
    when = format_cn_date(result.inspected_on) if result.inspected_on else tr(
        "＿＿年＿月＿日＿＿时 to ＿＿时")
    signatures = "\n".join(tr("{name}: signature {blank}").format(name=name, blank=BLANK_SHORT)
                           for name, _cert in case.inspectors) or _ruled(2)
    return [
        (tr("Inspection number"), result.number),
        (tr("Object inspected"), result.object_name),
        (tr("Address or project"), case.address or BLANK_LINE),
        (tr("Items inspected"), "\n".join(item.name for item in case.batch.items) or BLANK_LINE),
        (tr("Time of the inspection"), when),
        (tr("Inspectors"), inspectors or BLANK_LINE),
        (tr("Method of inspection"), _method_boxes(result.method)),
        (tr("Inspection findings"), result.findings.strip() or _ruled(FINDING_LINES)),
        (tr("Handling opinion"), _handling_text(result) or _ruled(HANDLING_LINES)),
        (tr("Inspectors' signatures"), signatures),
        (tr("Representative of the inspected party"),
         tr("Signature: {blank}  Position: {blank}\nDate: ＿＿年＿月＿日").format(
             blank=BLANK_SHORT)),
    ]


def build_record(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 现场检查记录表 of the result with id or number ``ref``: its findings, or ruled lines
    to fill in on the spot."""
    case = inspection_case(db, actor, ref)
    profile = form_profile(db)
    title = tr("On-site inspection record")
    return FormDocument(title=title, blocks=(_grid(record_rows(case)),), seal=False,
                        subject=title, author=profile.full_name)


# --- 抽查结果公示表 -----------------------------------------------------------------------------

@dataclass(frozen=True)
class PublicationRow:
    """One line of the 公示表, as printed and as written to the workbook."""

    no: str
    party: str
    items: str
    method: str
    outcome: str
    handling: str
    completed: str


def _publication_columns() -> list[tuple[str, Callable[[], str], float, Align]]:
    """(key, header, width in characters of 五号, alignment)."""
    return [("no", lambda: tr("No."), 2.6, "center"),
            ("party", lambda: tr("Object inspected"), 14.0, "left"),
            ("items", lambda: tr("Items inspected"), 12.0, "left"),
            ("method", lambda: tr("Method of inspection"), 6.0, "center"),
            ("outcome", lambda: tr("Result of the inspection"), 14.0, "left"),
            ("handling", lambda: tr("Handling"), 8.0, "left"),
            ("completed", lambda: tr("Completed on"), 6.0, "center")]


def looks_like_person(name: str) -> bool:
    """Whether a name is a natural person's: two to four Chinese characters, none of the
    words organisations end their names with."""
    cleaned = name.strip()
    return bool(_PERSON_NAME.match(cleaned)) and not any(
        word in cleaned for word in _ORGANISATION_WORDS)


def is_person(result: ResultInfo) -> bool:
    """Whether the object is a natural person: an expert, or an object with a person's name."""
    return result.object_kind == ObjectKind.EXPERT.value or looks_like_person(result.object_name)


def public_name(result: ResultInfo) -> str:
    """The object as published: a natural person masked, an organisation or a project in
    full."""
    return mask_name(result.object_name) if is_person(result) else result.object_name


def _scrub(text: str, names: Iterable[str]) -> str:
    """``text`` without telephone or ID numbers and without the given names."""
    text = _PRIVATE_NUMBER.sub("×××", text)
    for name in sorted({item.strip() for item in names if len(item.strip()) > 1}, key=len,
                       reverse=True):
        text = text.replace(name, mask_name(name))
    return text


def _short(text: str) -> str:
    """The first sentence of a finding, at most :data:`FINDING_MAX` characters."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    first = _SENTENCE_END.split(lines[0], maxsplit=1)[0].strip().rstrip("；;，,") if lines \
        else ""
    return first if len(first) <= FINDING_MAX else first[:FINDING_MAX - 1] + "…"


def _outcome(result: ResultInfo, names: Sequence[str]) -> str:
    if not result.closed and not result.inspected_on:
        return tr("Being inspected")
    if not result.problem:
        return tr("No problem found")
    return _scrub(_short(result.findings), names) or tr("Problem found")


def _publication_handling(result: ResultInfo, names: Sequence[str]) -> str:
    if not result.problem:
        return "—" if result.closed or result.inspected_on else ""
    labels = "、".join(result.handling_labels)
    note = _scrub(_short(result.handling_note), names)
    if labels and note:
        return tr("{handling}: {note}").format(handling=labels, note=note)
    return labels or note


def publication_rows(db: Database, actor: Actor, batch_id: str) -> list[PublicationRow]:
    """The lines of a batch's 公示表, the same for the PDF and the workbook: no inspector, no
    ID number, no telephone; a natural person masked."""
    batch = get_batch(db, actor, batch_id)
    results = results_of_batch(db, actor, batch.id)  # of the valid draw
    rows = []
    items = "、".join(item.name for item in batch.items)
    for index, result in enumerate(results, start=1):
        private = [*result.inspectors, result.object_name] if public_name(result) != \
            result.object_name else list(result.inspectors)
        rows.append(PublicationRow(
            str(index), public_name(result), items, result.method_label,
            _outcome(result, private), _publication_handling(result, private),
            _dotted(result.closed_on)))
    return rows


def _publication_intro(batch: BatchInfo, count: int) -> str:
    opening = tr("Under this office's {year} plan of random inspections, {count} objects "
                 "were drawn at random for “{batch}” (draw record {draw}) and inspected. The "
                 "results are published as follows.").format(
                     year=batch.plan_year, count=count, batch=batch.title,
                     draw=batch.draw_number or "—")
    return opening


def _published_text(batch: BatchInfo) -> str | None:
    if batch.published_on is None and not batch.publish_channel.strip():
        return None
    parts = []
    if batch.publish_channel.strip():
        parts.append(tr("Channel of publication: {channel}").format(
            channel=batch.publish_channel.strip()))
    if batch.published_on is not None:
        parts.append(tr("Published on {date}").format(date=format_cn_date(batch.published_on)))
    return "；".join(parts) + "。"


def build_publication(db: Database, actor: Actor, ref: str) -> FormDocument:
    """The 抽查结果公示表 of the batch with id ``ref`` (or of the draw numbered ``ref``):
    landscape, no personal data."""
    batch = find_batch(db, actor, ref)
    rows = publication_rows(db, actor, batch.id)
    profile = form_profile(db)
    blocks: list[Block] = [Paragraph(_publication_intro(batch, len(rows)))]
    if rows:
        blocks.append(_table([(header(), width, align) for _key, header, width, align
                              in _publication_columns()],
                             [astuple(row) for row in rows], size=PUBLICATION_SIZE))
    published = _published_text(batch)
    if published:
        blocks.append(Paragraph(published))
    title = tr("Publication of random inspection results")
    return FormDocument(title=title, blocks=tuple(blocks), signature=_signature(profile),
                        signed_on=batch.published_on, seal=False, landscape=True,
                        subject=title, author=profile.full_name)


def write_publication_xlsx(db: Database, actor: Actor, batch_id: str,
                           path: str | os.PathLike[str]) -> int:
    """The 公示表 as an .xlsx workbook (saved atomically): Chinese headers, widths, the header
    row frozen. Returns how many lines."""
    from jianguan_desktop.io.excel_export import SheetColumn, write_xlsx

    batch = get_batch(db, actor, batch_id)
    rows = publication_rows(db, actor, batch.id)
    profile = form_profile(db)
    columns = [SheetColumn(key, header(), "int" if key == "no" else "text",
                           int(width * XLSX_PIXELS_PER_CHARACTER))
               for key, header, width, _align in _publication_columns()]
    data = [{**asdict(row), "no": int(row.no)} for row in rows]
    title = tr("{office} {title}: {batch}").format(
        office=profile.full_name, title=tr("Publication of random inspection results"),
        batch=batch.title)
    return write_xlsx(path, columns, [data], total=len(data), title=title)


def publication_xlsx(db: Database, actor: Actor, batch_id: str) -> bytes:
    """The 公示表 workbook's bytes (see :func:`write_publication_xlsx`)."""
    with tempfile.TemporaryDirectory(prefix="jianguan-") as folder:
        path = Path(folder) / "publication.xlsx"
        write_publication_xlsx(db, actor, batch_id, path)
        return path.read_bytes()


# --- registration -----------------------------------------------------------------------------

def _result_label() -> str:
    return tr("The result's number, such as 检查〔2026〕3号")


for _key, _title, _build, _label in (
        (PLAN_FORM, lambda: tr("Annual random inspection plan"), build_plan,
         lambda: tr("The plan's id, or its year when the year has one plan")),
        (DRAW_FORM, lambda: tr("Record of a random draw"), build_draw_record,
         lambda: tr("The draw's number, such as 抽取〔2026〕1号")),
        (NOTICE_FORM, lambda: tr("Notice of inspection"), build_notice, _result_label),
        (RECORD_FORM, lambda: tr("On-site inspection record"), build_record, _result_label),
        (PUBLICATION_FORM, lambda: tr("Publication of random inspection results"),
         build_publication, lambda: tr("The batch's id, or the number of its draw"))):
    register_form(FormSpec(key=_key, title=_title, kind="record", build=_build,
                           ref_label=_label))
