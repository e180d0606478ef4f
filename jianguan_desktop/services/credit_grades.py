"""Credit grades (信用等级 A/B/C/D) of entities: set one with its date and reason, read the one in
force; the random-inspection draw weights objects by it (安阳 (十七), 锡林郭勒 (十九)).

A grade is never overwritten: each change is a new row, so the history shows who graded whom,
when and why; the grade in force on a day is the latest graded on or before it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jianguan_desktop.db.credit import GRADES, REASON_MAX, CreditGrade
from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.entities import Entity
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import NotFoundError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.audit_table import register_record_labels
from jianguan_desktop.services.permissions import require


def grade_labels() -> dict[str, str]:
    """Grade → how it reads (A 级 诚信 … D 级 失信)."""
    return {"A": tr("A (trustworthy)"), "B": tr("B (fairly trustworthy)"),
            "C": tr("C (watch)"), "D": tr("D (untrustworthy)")}


@dataclass(frozen=True)
class GradeInfo:
    """One grading of an entity."""

    id: str
    entity_id: str
    grade: str
    grade_label: str
    graded_on: date
    reason: str
    created_at: datetime
    created_by: str


def _info(row: CreditGrade) -> GradeInfo:
    return GradeInfo(id=row.id, entity_id=row.entity_id, grade=row.grade,
                     grade_label=grade_labels().get(row.grade, row.grade),
                     graded_on=row.graded_on, reason=row.reason, created_at=row.created_at,
                     created_by=row.created_by)


def _checked(grade: str, graded_on: date | None, reason: str) -> tuple[str, date, str]:
    errors: dict[str, str] = {}
    value = grade.strip().upper()
    if value not in GRADES:
        errors["grade"] = tr("Choose a credit grade: A, B, C or D.")
    text = " ".join(reason.split())
    if not text:
        errors["reason"] = tr("Give the reason for the grade (e.g. the evaluation it comes "
                              "from).")
    elif len(text) > REASON_MAX:
        errors["reason"] = tr("The reason may have at most {count} characters.").format(
            count=REASON_MAX)
    if graded_on is None:
        errors["graded_on"] = tr("Enter the date of the grade.")
    if errors:
        first = next(iter(errors))
        raise ValidationError(errors[first], field=first, fields=errors)
    assert graded_on is not None
    return value, graded_on, text


def add_grade(session: Session, entity_id: str, grade: str, graded_on: date | None,
              reason: str) -> CreditGrade:
    """Record a grade inside an open transaction (an import adds many this way)."""
    value, day, text = _checked(grade, graded_on, reason)
    entity = session.get(Entity, entity_id)
    if entity is None or entity.deleted_at is not None:
        raise NotFoundError(tr("This entity no longer exists; it may have been deleted or "
                               "merged."))
    row = CreditGrade(entity_id=entity_id, grade=value, graded_on=day, reason=text)
    session.add(row)
    return row


def set_grade(db: Database, actor: Actor, entity_id: str, grade: str, graded_on: date | None,
              reason: str) -> GradeInfo:
    """Give an entity a credit grade from ``graded_on`` on, with the reason."""
    require(actor, Permission.WRITE)
    with db.uow(actor) as uow:
        row = add_grade(uow.session, entity_id, grade, graded_on, reason)
        uow.flush()
        info = _info(row)
        uow.commit()
    return info


def grade_history(db: Database, actor: Actor, entity_id: str) -> list[GradeInfo]:
    """Every grade of an entity, the newest first."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        rows = uow.session.execute(select(CreditGrade).where(
            CreditGrade.entity_id == entity_id, CreditGrade.deleted_at.is_(None))
            .order_by(CreditGrade.graded_on.desc(), CreditGrade.created_at.desc())).scalars()
        return [_info(row) for row in rows]


def grades_in_force(session: Session, entity_ids: Iterable[str],
                    on: date | None = None) -> dict[str, str]:
    """The grade in force on ``on`` (default today) of each entity that has one, in one
    query: the latest graded on or before that day (ties: the one entered last)."""
    ids = list(entity_ids)
    if not ids:
        return {}
    day = on or date.today()
    ranked = select(
        CreditGrade.entity_id, CreditGrade.grade,
        func.row_number().over(partition_by=CreditGrade.entity_id,
                               order_by=(CreditGrade.graded_on.desc(),
                                         CreditGrade.created_at.desc())).label("rank"),
    ).where(CreditGrade.deleted_at.is_(None), CreditGrade.graded_on <= day,
            CreditGrade.entity_id.in_(ids)).subquery()
    rows = session.execute(select(ranked.c.entity_id, ranked.c.grade)
                           .where(ranked.c.rank == 1))
    return {entity_id: grade for entity_id, grade in rows}


def grade_of(db: Database, actor: Actor, entity_id: str, on: date | None = None) -> str | None:
    """The grade of one entity in force on ``on`` (default today), or ``None``."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        return grades_in_force(uow.session, [entity_id], on).get(entity_id)


register_record_labels(
    "credit_grades", lambda: tr("Credit grade"),
    lambda: {"entity_id": tr("Entity"), "grade": tr("Credit grade"),
             "graded_on": tr("Graded on"), "reason": tr("Reason")},
    formatters={"grade": lambda value: grade_labels().get(value, str(value))},
)
