"""Early warnings (预警, issue 9 part 3): rules that look over the registers and raise what
needs attention, each with the source it comes from; a warning can be marked handled.

安阳 (十四) asks for a 动态监测预警体系, 海口 (十四)–(十五) for 监测、预警 and a 重点关注对象名单;
the rules here are that, kept small. Each :class:`Rule` has a key, a label, its source, an on/off
setting and its thresholds as settings (group 预警 of the settings page). A rule finds its
warnings with SQL aggregates (GROUP BY, joins), never by reading every row: the large
demonstration data has 100,000 complaints.

A warning is identified within its rule by its ``warning_key`` (the record and, where it
matters, the year or the deadline), so that a new occurrence raises a new warning; a live
:class:`~jianguan_desktop.db.oversight.WarningMark` of the office hides it (the mark is audited;
a soft-deleted mark raises the warning again). No Qt here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, and_, exists, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from jianguan_desktop.db.complaints import Complaint
from jianguan_desktop.db.credit import CreditCheck, CreditEntry
from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.inspections import (
    InspectionBatch,
    InspectionDraw,
    InspectionItem,
    InspectionObject,
    InspectionPlan,
    InspectionResult,
)
from jianguan_desktop.db.liaison import LiaisonAssignment, MemberUnit
from jianguan_desktop.db.models import User
from jianguan_desktop.db.oversight import NOTE_MAX, WARNING_KEY_MAX, WarningMark
from jianguan_desktop.db.records import OFFICE_KEY, soft_delete
from jianguan_desktop.domain.credit_lists import ListKind
from jianguan_desktop.domain.inspections import DrawStatus
from jianguan_desktop.domain.liaison import Role
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ConflictError, NotFoundError, ValidationError
from jianguan_desktop.i18n import tr

# the registers whose due providers rule "due" reads (importing them registers the providers;
# credit lists and inspection results are imported below for their own use)
from jianguan_desktop.services import complaints, liaison, sync  # noqa: F401
from jianguan_desktop.services.audit_table import register_record_labels
from jianguan_desktop.services.calendar import load_calendar
from jianguan_desktop.services.credit_lists import active_condition
from jianguan_desktop.services.due import DueItem, due_items
from jianguan_desktop.services.inspection_results import valid_results_of, year_batches
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.settings import (
    SettingDef,
    SettingGroup,
    get_setting,
    register_setting,
    register_setting_group,
)

GROUP = "warnings"

register_setting_group(SettingGroup(GROUP, lambda: tr("Early warnings"), 650))


# --- what the rules give -------------------------------------------------------------------------

@dataclass(frozen=True)
class EarlyWarning:
    """One warning: the rule that raised it, what it is about, and the record to open.

    ``page`` is the key of the page that shows the record (``ui/pages.py``), ``record_id`` the
    record there (empty for a warning on no one record) and ``search`` the words that find it
    in that page's list; ``target_table``/``target_id`` are what a :class:`WarningMark` keeps.
    """

    rule: str
    rule_label: str
    warning_key: str
    title: str
    detail: str
    page: str
    record_id: str
    raised_on: date
    target_table: str = ""
    target_id: str = ""
    search: str = ""


@dataclass(frozen=True)
class HandledWarning:
    """A warning marked handled: the mark's rule and key, what was done, who and when."""

    id: str
    rule: str
    rule_label: str
    warning_key: str
    target_table: str
    target_id: str
    handled_on: date
    note: str
    handled_by: str  # the user's display name (user name when none)
    created_at: datetime
    version: int


@dataclass(frozen=True)
class RuleCount:
    """How many warnings a rule raises now (for the home page)."""

    rule: str
    label: str
    count: int


@dataclass
class RuleContext:
    """What a rule's finder works with: one read-only session, who asks, and the day."""

    db: Database
    session: Session
    actor: Actor
    today: date
    office_code: str = ""

    def setting(self, definition: SettingDef) -> Any:
        """The value in force of one of the rule's settings."""
        return get_setting(self.session, definition.key)


Finder = Callable[["Rule", RuleContext], Iterable[EarlyWarning]]


@dataclass(frozen=True)
class Rule:
    """A warning rule: key, label and source (functions, translated when shown), the setting
    that switches it on and those that hold its thresholds, and its finder."""

    key: str
    label: Callable[[], str]
    source: Callable[[], str]
    enabled: SettingDef
    finder: Finder
    thresholds: tuple[SettingDef, ...] = field(default=())
    order: int = 500

    def warning(self, key: str, title: str, detail: str, page: str, record_id: str,
                raised_on: date, target_table: str = "", target_id: str | None = None,
                search: str = "") -> EarlyWarning:
        """A warning of this rule (the key kept within the mark's length)."""
        return EarlyWarning(
            rule=self.key, rule_label=self.label(), warning_key=_fit_key(key), title=title,
            detail=detail, page=page, record_id=record_id, raised_on=raised_on,
            target_table=target_table,
            target_id=record_id if target_id is None else target_id, search=search)


_RULES: dict[str, Rule] = {}


def register_rule(rule: Rule) -> Rule:
    """Make a rule known (registering it again replaces it)."""
    _RULES[rule.key] = rule
    return rule


def rules() -> list[Rule]:
    """The known rules in the order the list shows them."""
    return sorted(_RULES.values(), key=lambda rule: (rule.order, rule.key))


def get_rule(key: str) -> Rule:
    """A rule by its key (``NotFoundError`` when there is none)."""
    try:
        return _RULES[key]
    except KeyError:
        raise NotFoundError(tr("There is no warning rule “{key}”.").format(key=key),
                            field="rule") from None


def rule_labels() -> dict[str, str]:
    """Rule key → label, in list order."""
    return {rule.key: rule.label() for rule in rules()}


def _fit_key(key: str) -> str:
    """A warning key within :data:`WARNING_KEY_MAX` (a long one ends in a hash of the rest)."""
    if len(key) <= WARNING_KEY_MAX:
        return key
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return f"{key[:WARNING_KEY_MAX - 17]}#{digest}"


def _switch(key: str, label: Callable[[], str], source: Callable[[], str]) -> SettingDef:
    return register_setting(SettingDef(f"warnings.{key}.enabled", True, label, source,
                                       group=GROUP))


def _whole(key: str, default: int, label: Callable[[], str], source: Callable[[], str],
           maximum: int, unit: Callable[[], str]) -> SettingDef:
    # minimum=1: a threshold of zero or less is refused with a clear message (issue 9)
    return register_setting(SettingDef(f"warnings.{key}", default, label, source, minimum=1,
                                       maximum=maximum, unit=unit, group=GROUP))


def _live(model: Any) -> ColumnElement[bool]:
    return model.deleted_at.is_(None)


def _day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# --- a. deadlines due soon and overdue, in every register ----------------------------------------

def _due_source() -> str:
    return tr("安阳 (十四) and 海口 (十五): 监测、预警; the time limits of every register")


DUE_ENABLED = _switch("due", lambda: tr("Warn of deadlines due soon and overdue"), _due_source)
DUE_WITHIN = _whole("due.within_workdays", 3,
                    lambda: tr("Warn of a deadline this many working days before it is due"),
                    _due_source, 60, lambda: tr("working days"))


def _due_registers() -> dict[str, tuple[str, str]]:
    """A due item's register (as named by its provider) → the page and table of its record."""
    return {tr("Complaints and reports"): ("complaints", "complaints"),
            tr("Random inspections"): ("inspection_plans", "inspection_batches"),
            tr("Credit lists"): ("credit_lists", "credit_entries"),
            tr("Liaison directory"): ("member_units", "member_units"),
            tr("Sync packages"): ("sync", "")}


def _search_texts(session: Session, table: str, ids: list[str]) -> dict[str, str]:
    """What finds each record in its page's list (its number or its name)."""
    column = {"complaints": (Complaint, Complaint.number),
              "credit_entries": (CreditEntry, CreditEntry.entity_name),
              "inspection_batches": (InspectionBatch, InspectionBatch.title),
              "member_units": (MemberUnit, MemberUnit.name)}.get(table)
    if column is None or not ids:
        return {}
    model, text = column
    return {row_id: value or "" for row_id, value in session.execute(
        select(model.id, text).where(model.id.in_(ids)))}


def _find_due(rule: Rule, ctx: RuleContext) -> list[EarlyWarning]:
    within = int(ctx.setting(DUE_WITHIN))
    horizon = load_calendar(ctx.session).add_workdays(ctx.today, within).due
    registers = _due_registers()
    items: list[tuple[DueItem, str, str]] = []
    for item in due_items(ctx.db, ctx.actor):
        if item.due_date > horizon:
            continue
        page, table = registers.get(item.register, ("", ""))
        items.append((item, page, table))
    searches: dict[str, dict[str, str]] = {}
    for table in {table for _item, _page, table in items if table}:
        searches[table] = _search_texts(ctx.session, table, [
            item.record_id for item, _page, known in items if known == table])
    found = []
    for item, page, table in items:
        days = (item.due_date - ctx.today).days
        when = (tr("{days} days overdue").format(days=-days) if days < 0 else
                tr("Due today") if days == 0 else tr("{days} days left").format(days=days))
        detail = tr("{register}: due on {due} ({when}).").format(
            register=item.register, due=item.due_date.isoformat(), when=when)
        if item.explanation:
            detail = f"{detail}\n{item.explanation}"
        found.append(rule.warning(
            f"{page or item.register}:{item.record_id}:{item.due_date.isoformat()}",
            item.title, detail, page, item.record_id, item.due_date, table,
            item.record_id if table else "",
            searches.get(table, {}).get(item.record_id, "")))
    return found


# --- b. an entity complained about again and again -----------------------------------------------

def _repeat_source() -> str:
    return tr("海口 (十四) 重点关注对象; issue 5 item 7 (the third complaint within 12 months)")


REPEAT_ENABLED = _switch("complaints", lambda: tr("Warn of an entity complained about often"),
                         _repeat_source)
REPEAT_COUNT = _whole("complaints.threshold", 3,
                      lambda: tr("Warn at this many complaints about one entity"),
                      _repeat_source, 100, lambda: tr("complaints"))
REPEAT_MONTHS = _whole("complaints.months", 12,
                       lambda: tr("…within this many months"), _repeat_source, 60,
                       lambda: tr("months"))


def _find_repeats(rule: Rule, ctx: RuleContext) -> list[EarlyWarning]:
    threshold = int(ctx.setting(REPEAT_COUNT))
    months = int(ctx.setting(REPEAT_MONTHS))
    since = ctx.today - timedelta(days=round(months * 365.25 / 12))
    # one entity: by its code where the complaint has one, else by the name complained about
    ident = func.coalesce(func.nullif(Complaint.respondent_code, ""), Complaint.respondent_name)
    rows = ctx.session.execute(select(
        ident, func.count(), func.max(Complaint.respondent_name),
        func.max(Complaint.respondent_entity_id), func.max(Complaint.received_on),
        func.max(Complaint.created_at))
        .where(_live(Complaint), Complaint.received_on >= since,
               Complaint.received_on <= ctx.today, ident != "")
        .group_by(ident).having(func.count() >= threshold)
        .order_by(func.count().desc())).all()
    found = []
    for key, count, name, entity_id, last_on, last_created in rows:
        stamp = _day(last_created).isoformat() if last_created is not None else ""
        if isinstance(last_created, datetime):
            stamp = last_created.strftime("%Y%m%d%H%M%S%f")
        found.append(rule.warning(
            f"{key}@{stamp}",
            tr("“{name}”: {count} complaints in {months} months").format(
                name=name, count=count, months=months),
            tr("{count} complaints or reports about “{name}” were received from {since} to "
               "{today} (the warning is at {threshold}); the latest on {last}. Consider it "
               "for the focus list (重点关注对象).").format(
                count=count, name=name, since=since.isoformat(), today=ctx.today.isoformat(),
                threshold=threshold, last=_day(last_on).isoformat()),
            "complaints", entity_id or "", _day(last_on), "entities" if entity_id else "",
            entity_id or "", name))
    return found


# --- c. a blacklisted entity turns up again ------------------------------------------------------

def _black_source() -> str:
    return tr("安阳 (十八) and 鹤岗 八(一): 失信联合惩戒 of entities on the black list; "
              "海口 (十四): follow the projects of parties with a history")


BLACK_ENABLED = _switch("blacklist",
                        lambda: tr("Warn when an entity on a black list appears again"),
                        _black_source)


def _black_now(today: date) -> ColumnElement[bool]:
    return and_(active_condition(today), CreditEntry.list_kind == ListKind.BLACK.value)


CHUNK = 500  # ids per query when candidates are picked first


def _pairs(session: Session, columns: tuple[Any, ...], conditions: Iterable[Any],
           joins: Iterable[tuple[ColumnElement[bool], ColumnElement[bool] | None]]) -> list[Any]:
    """Rows of ``columns`` (the record's id first) joined to credit entries by each of
    ``joins`` in turn, without repeats. A join may come with a pre-selection: SQL picking the
    candidate records first (e.g. their code among the black list's codes), so that a column
    with no index of its own is read once rather than once per entry; the join then goes by
    their ids."""
    conditions = tuple(conditions)
    record_id = columns[0]
    seen: set[tuple[Any, Any]] = set()
    out = []
    for on, candidates in joins:
        base = select(*columns, CreditEntry.id, CreditEntry.number, CreditEntry.end_on).join(
            CreditEntry, on).where(*conditions)
        if candidates is None:
            statements = [base]
        else:
            ids = list(session.execute(select(record_id).where(candidates)).scalars())
            statements = [base.where(record_id.in_(ids[at:at + CHUNK]))
                          for at in range(0, len(ids), CHUNK)]
        for statement in statements:
            for row in session.execute(statement):
                pair = (row[0], row[-3])
                if pair not in seen:
                    seen.add(pair)
                    out.append(row)
    return out


def _black_codes(today: date) -> Any:
    return select(CreditEntry.entity_code).where(_black_now(today))


def _listing_text(number: str | None, end_on: date | None) -> str:
    return tr("on the black list ({number}, published until {end})").format(
        number=number or "", end=end_on.isoformat() if end_on else "")


def _find_blacklisted(rule: Rule, ctx: RuleContext) -> list[EarlyWarning]:
    session, today = ctx.session, ctx.today
    found = []
    # a complaint received while the entity was listed
    for cid, number, name, received, entry_id, entry_number, end_on in _pairs(
            session, (Complaint.id, Complaint.number, Complaint.respondent_name,
                      Complaint.received_on),
            (_live(Complaint), _black_now(today),
             active_condition(Complaint.__table__.c.received_on)),
            ((and_(Complaint.respondent_entity_id.is_not(None),
                   CreditEntry.entity_id == Complaint.respondent_entity_id), None),
             (and_(Complaint.respondent_code != "",
                   CreditEntry.entity_code == Complaint.respondent_code), None))):
        found.append(rule.warning(
            f"complaint:{cid}:{entry_id}",
            tr("“{name}”, {listing}, in complaint {number}").format(
                name=name, listing=tr("on the black list"), number=number or ""),
            tr("Complaint {number} of {day} is about “{name}”, {listing}.").format(
                number=number or "", day=_day(received).isoformat(), name=name,
                listing=_listing_text(entry_number, end_on)),
            "complaints", cid, _day(received), "complaints", search=number or name))
    # an object put into the inspection pool while listed (a project: by its winner)
    created = func.date(InspectionObject.created_at, type_=Date)
    for oid, name, code, winner, made, entry_id, entry_number, end_on in _pairs(
            session, (InspectionObject.id, InspectionObject.name, InspectionObject.code,
                      InspectionObject.winner_name, InspectionObject.created_at),
            (_live(InspectionObject), InspectionObject.active.is_(True), _black_now(today),
             active_condition(created)),
            ((and_(InspectionObject.entity_id.is_not(None),
                   CreditEntry.entity_id == InspectionObject.entity_id), None),
             # the directory has no index on code: its candidates are picked first
             (and_(InspectionObject.code != "", CreditEntry.entity_code == InspectionObject.code),
              and_(_live(InspectionObject), InspectionObject.code.in_(_black_codes(today)))))):
        who = winner or name
        found.append(rule.warning(
            f"object:{oid}:{entry_id}",
            tr("“{name}”, {listing}, in the inspection pool").format(
                name=who, listing=tr("on the black list")),
            tr("“{object}” ({code}) was added to the directory of inspection objects on {day}; "
               "“{name}” is {listing}.").format(
                object=name, code=code, day=_day(made).isoformat(), name=who,
                listing=_listing_text(entry_number, end_on)),
            "inspection_objects", oid, _day(made), "inspection_objects", search=name))
    # a bidder of a project checked while listed (credit checks record the bidders checked)
    for kid, number, query, project, checked, entry_id, entry_number, end_on in _pairs(
            session, (CreditCheck.id, CreditCheck.number, CreditCheck.query, CreditCheck.project,
                      CreditCheck.checked_on),
            (_live(CreditCheck), _black_now(today),
             active_condition(CreditCheck.__table__.c.checked_on)),
            ((CreditCheck.query == CreditEntry.entity_code, None),
             (CreditCheck.query == CreditEntry.entity_name, None))):
        found.append(rule.warning(
            f"check:{kid}:{entry_id}",
            tr("“{name}”, {listing}, bids for “{project}”").format(
                name=query, listing=tr("on the black list"),
                project=project or tr("(no project given)")),
            tr("Credit check {number} of {day} for “{project}” found “{name}” {listing}.")
            .format(number=number or "", day=_day(checked).isoformat(),
                    project=project or tr("(no project given)"), name=query,
                    listing=_listing_text(entry_number, end_on)),
            "credit_check", kid, _day(checked), "credit_checks", search=number or query))
    return found


# --- d. problems found two years running ---------------------------------------------------------

def _problems_source() -> str:
    return tr("海口 (十四): a focus list of parties with a history of irregularities; "
              "安阳 (十七): inspect by credit and risk")


PROBLEMS_ENABLED = _switch("problems",
                           lambda: tr("Warn of an object with problems found years running"),
                           _problems_source)
PROBLEM_YEARS = _whole("problems.years", 2,
                       lambda: tr("Warn when problems were found this many years running"),
                       _problems_source, 10, lambda: tr("years"))


def _valid_draws() -> Any:
    return select(InspectionDraw.id).where(InspectionDraw.status == DrawStatus.VALID.value,
                                           _live(InspectionDraw))


def _find_problems(rule: Rule, ctx: RuleContext) -> list[EarlyWarning]:
    years = int(ctx.setting(PROBLEM_YEARS))
    this_year = ctx.today.year
    year = InspectionPlan.year
    rows = ctx.session.execute(select(
        InspectionResult.object_key, year, func.max(InspectionResult.object_name),
        func.max(InspectionResult.object_id), func.max(InspectionResult.closed_on))
        .join(InspectionBatch, InspectionBatch.id == InspectionResult.batch_id)
        .join(InspectionPlan, InspectionPlan.id == InspectionBatch.plan_id)
        .where(_live(InspectionResult), _live(InspectionBatch), _live(InspectionPlan),
               InspectionResult.draw_id.in_(_valid_draws()),
               InspectionResult.problem.is_(True), InspectionResult.closed_on.is_not(None),
               year >= this_year - years, year <= this_year)
        .group_by(InspectionResult.object_key, year)).all()
    by_object: dict[str, dict[int, tuple[str, str | None, Any]]] = {}
    for key, plan_year, name, object_id, closed in rows:
        by_object.setdefault(key, {})[int(plan_year)] = (name, object_id, closed)
    found = []
    for key, seen in sorted(by_object.items()):
        # the run ends this year, or last year while this year's results are not yet in
        end = next((last for last in (this_year, this_year - 1)
                    if all(last - n in seen for n in range(years))), None)
        if end is None:
            continue
        name, object_id, closed = seen[end]
        run = [str(end - n) for n in reversed(range(years))]
        found.append(rule.warning(
            f"{key}:{end}",
            tr("“{name}”: problems found {years} years running").format(name=name,
                                                                      years=years),
            tr("Random inspections found problems with “{name}” ({code}) in {run}. Consider "
               "it for the focus list and a closer watch.").format(
                name=name, code=key, run="、".join(run)),
            "inspection_results", object_id or "", _day(closed), "inspection_objects",
            search=name))
    return found


# --- e. an item or an industry not inspected this year -------------------------------------------

def _coverage_source() -> str:
    return tr("锡林郭勒 (九): each industry's projects and parties are inspected at least once "
              "a year; 海口 (七): the annual plan covers every item")


COVERAGE_ENABLED = _switch("uninspected",
                           lambda: tr("Warn of items and industries not inspected this year"),
                           _coverage_source)
COVERAGE_FROM_MONTH = _whole("uninspected.from_month", 1,
                             lambda: tr("Warn of them from this month of the year on"),
                             _coverage_source, 12, lambda: tr("month"))


def _find_uninspected(rule: Rule, ctx: RuleContext) -> list[EarlyWarning]:
    session, year = ctx.session, ctx.today.year
    if ctx.today.month < int(ctx.setting(COVERAGE_FROM_MONTH)):
        return []
    batches = year_batches(session, year)
    ids = [batch.id for batch in batches]
    done = set(session.execute(select(InspectionResult.batch_id).where(
        valid_results_of(ids), InspectionResult.closed_on.is_not(None)).distinct()).scalars())
    covered = {str(item) for batch in batches if batch.id in done
               for item in json.loads(batch.item_ids or "[]")}
    start = date(year, 1, 1)
    found = []
    for item_id, code, name in session.execute(
            select(InspectionItem.id, InspectionItem.code, InspectionItem.name)
            .where(_live(InspectionItem), InspectionItem.active.is_(True))
            .order_by(InspectionItem.code, InspectionItem.name)):
        if item_id in covered:
            continue
        found.append(rule.warning(
            f"item:{item_id}:{year}",
            tr("Item “{name}” not inspected in {year}").format(name=name, year=year),
            tr("No inspection of the item “{name}”{code} has been completed in {year}: no "
               "batch of the year's plans naming it has a closed result.").format(
                name=name, code=f"（{code}）" if code else "", year=year),
            "inspection_coverage", item_id, start, "inspection_items", search=name))
    inspected = select(InspectionObject.industry).join(
        InspectionResult, InspectionResult.object_id == InspectionObject.id).where(
        valid_results_of(ids), InspectionResult.closed_on.is_not(None))
    for industry, count in session.execute(
            select(InspectionObject.industry, func.count())
            .where(_live(InspectionObject), InspectionObject.active.is_(True),
                   InspectionObject.industry != "", InspectionObject.industry.not_in(inspected))
            .group_by(InspectionObject.industry).order_by(InspectionObject.industry)):
        found.append(rule.warning(
            f"industry:{industry}:{year}",
            tr("Industry “{industry}” not inspected in {year}").format(industry=industry,
                                                                     year=year),
            tr("None of the {count} objects of the industry “{industry}” in the directory has "
               "a completed inspection in {year}.").format(count=count, industry=industry,
                                                          year=year),
            "inspection_coverage", "", start, search=industry))
    return found


# --- f. a member unit without a liaison ----------------------------------------------------------

def _liaison_source() -> str:
    return tr("海口 (十六) and 鹤岗 一(二): each member unit names a liaison officer")


LIAISON_ENABLED = _switch("liaison", lambda: tr("Warn of a member unit without a liaison"),
                          _liaison_source)


def _find_no_liaison(rule: Rule, ctx: RuleContext) -> list[EarlyWarning]:
    today = ctx.today
    post = (LiaisonAssignment.unit_id == MemberUnit.id,
            LiaisonAssignment.role == Role.LIAISON.value, _live(LiaisonAssignment))
    holder = exists().where(*post, LiaisonAssignment.vacant.is_(False),
                            LiaisonAssignment.ended_on.is_(None),
                            LiaisonAssignment.decided_on <= today)
    latest = select(LiaisonAssignment.id).where(*post).order_by(
        LiaisonAssignment.decided_on.desc(), LiaisonAssignment.created_at.desc()).limit(1)
    latest_on = select(LiaisonAssignment.decided_on).where(*post).order_by(
        LiaisonAssignment.decided_on.desc(), LiaisonAssignment.created_at.desc()).limit(1)
    found = []
    for unit_id, name, created, last_id, last_on in ctx.session.execute(select(
            MemberUnit.id, MemberUnit.name, MemberUnit.created_at,
            latest.scalar_subquery(), latest_on.scalar_subquery())
            .where(_live(MemberUnit), MemberUnit.active.is_(True),
                   MemberUnit.office_code == ctx.office_code, ~holder)
            .order_by(MemberUnit.sort_order, MemberUnit.name)):
        since = _day(last_on) if last_on is not None else _day(created)
        found.append(rule.warning(
            f"{unit_id}:{last_id or 'none'}",
            tr("“{unit}” has no liaison officer").format(unit=name),
            tr("The member unit “{unit}” has had no liaison officer in post since {since}; "
               "ask it to name one and report him within 3 working days.").format(
                unit=name, since=since.isoformat()) if last_id else
            tr("The member unit “{unit}” has never named a liaison officer; ask it to name "
               "one.").format(unit=name),
            "member_units", unit_id, since, "member_units", search=name))
    return found


# --- the rules -----------------------------------------------------------------------------------

register_rule(Rule("due", lambda: tr("Deadline due or overdue"), _due_source, DUE_ENABLED,
                   _find_due, (DUE_WITHIN,), 10))
register_rule(Rule("complaints", lambda: tr("Entity complained about often"), _repeat_source,
                   REPEAT_ENABLED, _find_repeats, (REPEAT_COUNT, REPEAT_MONTHS), 20))
register_rule(Rule("blacklist", lambda: tr("Blacklisted entity appears again"), _black_source,
                   BLACK_ENABLED, _find_blacklisted, (), 30))
register_rule(Rule("problems", lambda: tr("Problems found years running"), _problems_source,
                   PROBLEMS_ENABLED, _find_problems, (PROBLEM_YEARS,), 40))
register_rule(Rule("uninspected", lambda: tr("Not inspected this year"), _coverage_source,
                   COVERAGE_ENABLED, _find_uninspected, (COVERAGE_FROM_MONTH,), 50))
register_rule(Rule("liaison", lambda: tr("Member unit without a liaison"), _liaison_source,
                   LIAISON_ENABLED, _find_no_liaison, (), 60))


# --- the warnings in force, and marking them handled ---------------------------------------------

def _marked(session: Session, office_code: str) -> set[tuple[str, str]]:
    return set(session.execute(select(WarningMark.rule, WarningMark.warning_key).where(
        _live(WarningMark), WarningMark.office_code == office_code)).all())


def current_warnings(db: Database, actor: Actor, today: date | None = None,
                     rule: str | None = None) -> list[EarlyWarning]:
    """The warnings raised now by the rules switched on (one rule only, when given), in rule
    order and newest first within a rule, without those this office marked handled."""
    require(actor, Permission.READ)
    day = today or date.today()
    chosen = [get_rule(rule)] if rule else rules()
    found: list[EarlyWarning] = []
    with db.uow(actor, readonly=True) as uow:
        session = uow.session
        office = str(session.info.get(OFFICE_KEY) or "")
        ctx = RuleContext(db, session, actor, day, office)
        marked = _marked(session, office)
        for each in chosen:
            if not get_setting(session, each.enabled.key):
                continue
            raised = [warning for warning in each.finder(each, ctx)
                      if (warning.rule, warning.warning_key) not in marked]
            raised.sort(key=lambda warning: warning.raised_on, reverse=True)
            found.extend(raised)
    return found


def warning_counts(db: Database, actor: Actor, today: date | None = None) -> list[RuleCount]:
    """Per rule switched on, how many warnings it raises now (for the home page)."""
    found = current_warnings(db, actor, today)
    with db.uow(actor, readonly=True) as uow:
        enabled = [rule for rule in rules() if get_setting(uow.session, rule.enabled.key)]
    return [RuleCount(rule.key, rule.label(),
                      sum(1 for warning in found if warning.rule == rule.key))
            for rule in enabled]


def _handled(session: Session, row: WarningMark, names: dict[str, str]) -> HandledWarning:
    labels = rule_labels()
    return HandledWarning(
        id=row.id, rule=row.rule, rule_label=labels.get(row.rule, row.rule),
        warning_key=row.warning_key, target_table=row.target_table, target_id=row.target_id,
        handled_on=row.handled_on, note=row.note,
        handled_by=names.get(row.created_by) or row.created_by, created_at=row.created_at,
        version=row.version)


def _names(session: Session, usernames: Iterable[str]) -> dict[str, str]:
    wanted = sorted(set(usernames))
    if not wanted:
        return {}
    return {username: name or "" for username, name in session.execute(
        select(User.username, User.display_name).where(User.username.in_(wanted)))}


def mark_handled(db: Database, actor: Actor, rule: str, warning_key: str, note: str,
                 target_table: str = "", target_id: str = "", today: date | None = None
                 ) -> HandledWarning:
    """Mark a warning handled with what was done (in one transaction; the mark is audited).

    An empty note is refused (``field="note"``), as is a warning already marked."""
    require(actor, Permission.WRITE)
    get_rule(rule)
    text = (note or "").strip()
    if not text:
        raise ValidationError(tr("Say what was done about the warning."), field="note")
    if len(text) > NOTE_MAX:
        raise ValidationError(tr("The note may have at most {count} characters; it has "
                                 "{length}.").format(count=NOTE_MAX, length=len(text)),
                              field="note")
    key = (warning_key or "").strip()
    if not key or len(key) > WARNING_KEY_MAX:
        raise ValidationError(tr("This warning cannot be marked: its key is missing or too "
                                 "long."), field="warning_key")
    with db.uow(actor) as uow:
        session = uow.session
        office = str(session.info.get(OFFICE_KEY) or "")
        if (rule, key) in _marked(session, office):
            raise ConflictError(tr("This warning has already been marked handled."),
                                field="warning_key")
        row = WarningMark(rule=rule, warning_key=key, target_table=target_table or "",
                          target_id=target_id or "", handled_on=today or date.today(),
                          note=text)
        session.add(row)
        uow.flush()
        info = _handled(session, row, _names(session, [row.created_by]))
        uow.commit()
    return info


def handled_warnings(db: Database, actor: Actor, rule: str | None = None
                     ) -> list[HandledWarning]:
    """The warnings this office marked handled (live marks), the latest first."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        session = uow.session
        stmt = select(WarningMark).where(
            _live(WarningMark), WarningMark.office_code == session.info.get(OFFICE_KEY))
        if rule:
            stmt = stmt.where(WarningMark.rule == rule)
        rows = session.execute(stmt.order_by(WarningMark.handled_on.desc(),
                                             WarningMark.created_at.desc())).scalars().all()
        names = _names(session, [row.created_by for row in rows])
        return [_handled(session, row, names) for row in rows]


def reopen_warning(db: Database, actor: Actor, mark_id: str) -> None:
    """Take a mark back (soft delete, audited): the warning is raised again while it holds."""
    require(actor, Permission.WRITE)
    with db.uow(actor) as uow:
        row = uow.session.get(WarningMark, mark_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(tr("This handled warning no longer exists."), field="id")
        soft_delete(row, uow.session)
        uow.commit()


def field_labels() -> dict[str, str]:
    """Names of a mark's fields, for its history."""
    return {"rule": tr("Warning rule"), "warning_key": tr("Warning"),
            "target_table": tr("Register of the record"), "target_id": tr("Record"),
            "handled_on": tr("Handled on"), "note": tr("What was done")}


register_record_labels(
    "warning_marks", lambda: tr("Handled warning"), field_labels,
    formatters={"rule": lambda value: rule_labels().get(str(value), str(value))})
