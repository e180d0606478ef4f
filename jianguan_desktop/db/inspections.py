"""Random inspections (双随机、一公开): the item list, the two pools, plans and their batches,
the draws and the results. Seven :class:`~jianguan_desktop.db.records.TravellingRecord` tables.

The draw itself is ``domain/draw.py``; the use cases are ``services/inspection_*.py``. Records
refer to each other by id without foreign keys (a sync package may bring them in any order).

``inspection_items`` — 抽查事项清单: ``code`` 事项编码 (optional), ``name``, ``item_type``
``general`` (一般, with ``ratio_cap`` the highest share in % of a pool it may take) or ``key``
(重点, no cap); ``basis`` 法律依据, ``department`` 检查部门/实施主体, ``content`` 检查内容,
``method`` 检查方式, ``object_kind`` what it inspects (``project`` or an entity kind), ``industry``
行业领域, ``active``.

``inspectors`` — 执法检查人员名录库: ``name``, ``unit``, ``cert_number`` 执法证号 (unique among
live rows of an office), ``specialties`` (one per line), ``status`` ``active``/``suspended``/
``left``, ``phone``; conflicts of interest declared: ``related`` (names or codes of units and
parties the person is related to, one per line) and ``recused`` (object codes the person is
recused from, one per line).

``inspection_objects`` — 检查对象名录库: ``kind`` (``project`` or an entity kind of
``db/entities.py``), ``entity_id`` (the entity for entity objects; for a project, its
中标人/供应商 when registered), ``name``, ``code`` (the entity's code or the 项目编号), ``unit``
(the unit a conflict is checked against: an expert's employer, a project's 招标人), ``industry``,
``risk`` 1 low – 3 high; for projects also ``trade_type`` (工程建设, 政府采购, ...), ``lot``
标段, ``amount`` in yuan, ``tenderer_name``, ``agency_name``, ``winner_name``, ``opened_on``
and ``completed_on`` (the pool of a plan is normally the projects completed this year and the
last, 鹤岗 三(二)), and for agencies the ``active_year`` in which they last did business.

``inspection_plans`` — 年度抽查工作计划: ``year``, ``title``, ``status`` ``draft``/``approved``
with ``approved_on``/``approved_by``, ``remarks``. ``inspection_batches`` — a batch of a plan:
``plan_id``, ``seq`` 第几批, ``title``, ``item_ids`` (JSON list: several items in one visit,
进一次门、查多项事), ``departments`` (one per line; joint inspections), ``object_kind``,
``industry`` (blank: every industry), ``pool_from``/``pool_to`` (projects completed in this
period), ``ratios`` (JSON ``{"A": 5, ...}`` in %), ``min_count``, ``per_object`` inspectors per
object, ``specialty`` required (blank: the object's industry), the time window
``window_from``/``window_to``, ``status`` (``planned``/``drawn``/``completed``/``published``),
and publication: ``completed_on``, ``publish_due``, ``published_on``, ``publish_channel``,
``publish_note``.

``inspection_draws`` — 随机抽取记录, numbered 抽取〔2026〕1号: ``batch_id``, ``plan_id``,
``drawn_on``, ``seed`` with ``seed_source`` (``entered``/``generated``), ``witnesses``,
``place``, ``algorithm``, ``pool_hash``, ``snapshot`` (the canonical pool snapshot, exactly the
bytes hashed), ``result`` (JSON of the draw's result), ``pool_size``, ``drawn_count``,
``status`` ``valid``/``superseded``, and for a redraw ``redraw_of`` with ``redraw_reason``
(the first draw is kept, marked ``superseded`` with ``superseded_by``).

``inspection_results`` — one drawn object of a valid draw, numbered 检查〔2026〕4号 (the
检查通知书's number): ``batch_id``, ``draw_id``, ``object_id`` with ``object_key``,
``object_name``, ``object_kind``, ``stratum``; ``inspector_ids`` (JSON list) and
``inspector_names``; ``status`` ``pending``/``done``; ``method`` (网络监测, 书面检查, 实地核查,
委托专业机构), ``inspected_on``, ``findings``, ``problem`` whether any was found, ``handling``
(JSON list of ``rectify``/``penalty``/``transfer``/``listing``), ``handling_note``,
``transfer_id`` and ``credit_entry_id`` when it led to them, ``closed_on``.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jianguan_desktop.db.base import Base
from jianguan_desktop.db.credit import NumberOrdered
from jianguan_desktop.db.records import TravellingRecord

CODE_MAX = 50
NAME_MAX = 200
TEXT_MAX = 1000
BASIS_MAX = 1000
REMARKS_MAX = 1000
UNIT_MAX = 200
PHONE_MAX = 50
KIND_MAX = 12
CHANNEL_MAX = 200
SEED_MAX = 100
HASH_MAX = 64


def _text(length: int = TEXT_MAX) -> Mapped[str]:
    return mapped_column(String(length), nullable=False, default="")


class InspectionItem(TravellingRecord, Base):
    """An item of the 抽查事项清单."""

    __tablename__ = "inspection_items"

    code: Mapped[str] = _text(CODE_MAX)
    name: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False)
    item_type: Mapped[str] = mapped_column(String(KIND_MAX), nullable=False, default="general")
    ratio_cap: Mapped[int | None] = mapped_column(Integer, nullable=True)
    basis: Mapped[str] = _text(BASIS_MAX)
    department: Mapped[str] = _text(UNIT_MAX)
    content: Mapped[str] = _text(TEXT_MAX)
    method: Mapped[str] = _text(NAME_MAX)
    object_kind: Mapped[str] = mapped_column(String(KIND_MAX), nullable=False,
                                             default="project")
    industry: Mapped[str] = _text(CODE_MAX)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    remarks: Mapped[str] = _text(REMARKS_MAX)


class Inspector(TravellingRecord, Base):
    """A person of the 执法检查人员名录库."""

    __tablename__ = "inspectors"

    name: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False)
    unit: Mapped[str] = _text(UNIT_MAX)
    cert_number: Mapped[str] = _text(CODE_MAX)
    specialties: Mapped[str] = _text(TEXT_MAX)
    status: Mapped[str] = mapped_column(String(KIND_MAX), nullable=False, default="active")
    phone: Mapped[str] = _text(PHONE_MAX)
    related: Mapped[str] = _text(TEXT_MAX)
    recused: Mapped[str] = _text(TEXT_MAX)
    remarks: Mapped[str] = _text(REMARKS_MAX)


class InspectionObject(TravellingRecord, Base):
    """An entity or a project of the 检查对象名录库."""

    __tablename__ = "inspection_objects"

    kind: Mapped[str] = mapped_column(String(KIND_MAX), nullable=False)
    entity_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX * 2), nullable=False)
    code: Mapped[str] = _text(CODE_MAX)
    unit: Mapped[str] = _text(UNIT_MAX)
    industry: Mapped[str] = _text(CODE_MAX)
    risk: Mapped[int] = mapped_column(Integer, nullable=False, default=2)
    trade_type: Mapped[str] = _text(KIND_MAX)
    lot: Mapped[str] = _text(NAME_MAX)
    amount: Mapped[int | None] = mapped_column(Integer, nullable=True)
    tenderer_name: Mapped[str] = _text(NAME_MAX)
    agency_name: Mapped[str] = _text(NAME_MAX)
    winner_name: Mapped[str] = _text(NAME_MAX)
    opened_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    completed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    active_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    remarks: Mapped[str] = _text(REMARKS_MAX)


class InspectionPlan(TravellingRecord, Base):
    """A 年度抽查工作计划."""

    __tablename__ = "inspection_plans"

    year: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False)
    status: Mapped[str] = mapped_column(String(KIND_MAX), nullable=False, default="draft")
    approved_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    approved_by: Mapped[str] = _text(CODE_MAX)
    remarks: Mapped[str] = _text(REMARKS_MAX)


class InspectionBatch(TravellingRecord, Base):
    """A batch of an annual plan: what is inspected, how many, when, by whom, and its
    publication."""

    __tablename__ = "inspection_batches"

    plan_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    title: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False)
    item_ids: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    departments: Mapped[str] = _text(TEXT_MAX)
    object_kind: Mapped[str] = mapped_column(String(KIND_MAX), nullable=False,
                                             default="project")
    industry: Mapped[str] = _text(CODE_MAX)
    pool_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    pool_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    ratios: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    min_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    per_object: Mapped[int] = mapped_column(Integer, nullable=False, default=2)
    specialty: Mapped[str] = _text(CODE_MAX)
    window_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    window_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(KIND_MAX), nullable=False, default="planned")
    completed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    publish_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    published_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    publish_channel: Mapped[str] = _text(CHANNEL_MAX)
    publish_note: Mapped[str] = _text(REMARKS_MAX)
    remarks: Mapped[str] = _text(REMARKS_MAX)


class InspectionDraw(NumberOrdered, TravellingRecord, Base):
    """A 随机抽取记录: everything needed to re-run and check the draw."""

    __tablename__ = "inspection_draws"
    number_series = "抽取"

    batch_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    plan_id: Mapped[str] = mapped_column(String(36), nullable=False)
    drawn_on: Mapped[date] = mapped_column(Date, nullable=False)
    seed: Mapped[str] = mapped_column(String(SEED_MAX), nullable=False)
    seed_source: Mapped[str] = mapped_column(String(KIND_MAX), nullable=False,
                                             default="entered")
    witnesses: Mapped[str] = _text(TEXT_MAX)
    place: Mapped[str] = _text(NAME_MAX)
    algorithm: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False)
    pool_hash: Mapped[str] = mapped_column(String(HASH_MAX), nullable=False)
    snapshot: Mapped[str] = mapped_column(Text, nullable=False)
    result: Mapped[str] = mapped_column(Text, nullable=False)
    pool_size: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    drawn_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    status: Mapped[str] = mapped_column(String(KIND_MAX), nullable=False, default="valid")
    redraw_of: Mapped[str | None] = mapped_column(String(36), nullable=True)
    redraw_reason: Mapped[str] = _text(REMARKS_MAX)
    superseded_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


class InspectionResult(NumberOrdered, TravellingRecord, Base):
    """One drawn object: who inspects it, how, what was found and how it was handled."""

    __tablename__ = "inspection_results"
    number_series = "检查"

    batch_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    draw_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    object_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    object_key: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False)
    object_name: Mapped[str] = mapped_column(String(NAME_MAX * 2), nullable=False)
    object_kind: Mapped[str] = mapped_column(String(KIND_MAX), nullable=False)
    entity_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    stratum: Mapped[str] = _text(KIND_MAX)
    inspector_ids: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    inspector_names: Mapped[str] = _text(NAME_MAX)
    status: Mapped[str] = mapped_column(String(KIND_MAX), nullable=False, default="pending")
    method: Mapped[str] = _text(KIND_MAX)
    inspected_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    findings: Mapped[str] = mapped_column(Text, nullable=False, default="")
    problem: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    handling: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False, default="[]")
    handling_note: Mapped[str] = _text(REMARKS_MAX)
    transfer_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    credit_entry_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    remarks: Mapped[str] = _text(REMARKS_MAX)


def _live(table: object) -> object:
    return table.c.deleted_at.is_(None)  # type: ignore[attr-defined]


# The register views sort in SQL and read windows of rows by id (services/tables.py): an index
# on (column, id) over live rows reaches any window without reading the table.
LIVE_SORTED: dict[type[TravellingRecord], tuple[str, ...]] = {
    InspectionItem: ("name", "updated_at"),
    Inspector: ("name", "unit", "updated_at"),
    InspectionObject: ("name", "kind", "completed_on", "updated_at"),
    InspectionPlan: ("updated_at",),
    InspectionBatch: ("publish_due", "updated_at"),
    InspectionDraw: ("number_order", "drawn_on", "updated_at"),
    InspectionResult: ("number_order", "closed_on", "updated_at"),
}
for _model, _columns in LIVE_SORTED.items():
    _table = _model.__table__  # type: ignore[attr-defined]
    for _name in _columns:
        Index(f"ix_{_table.name}_live_{_name}", _table.c[_name], _table.c.id,
              sqlite_where=_live(_table), postgresql_where=_live(_table))
