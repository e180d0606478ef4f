"""The pages of 双随机、一公开 (random inspections): the annual plans with their batches, the draw
records, the results of the objects drawn with their publication, and the year's coverage.

Everything goes through ``services/inspection_plans.py``, ``inspection_results.py`` and
``inspection_forms.py``; a step the rules refuse is said at its field and nothing is written.
Batches whose publication is overdue are red, the deadline explained in the tooltip. The draw
dialog and the draw record are in :mod:`~jianguan_desktop.ui.registers.inspection_draw_dialog`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.domain.credit_lists import ListKind
from jianguan_desktop.domain.inspections import (
    GRADES,
    BatchStatus,
    DrawStatus,
    Handling,
    ItemType,
    ObjectKind,
    PlanStatus,
    RatioRules,
    check_ratios,
)
from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.errors import UserError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import credit_lists, inspection_forms, transfers
from jianguan_desktop.services import inspection_plans as plans
from jianguan_desktop.services import inspection_results as results
from jianguan_desktop.services.inspection_directory import ITEMS_TABLE_KEY
from jianguan_desktop.services.inspection_plans import BatchInfo, DrawCheck, DrawInfo, PlanInfo
from jianguan_desktop.services.inspection_results import Coverage, ResultInfo
from jianguan_desktop.services.inspections import (
    industry_names,
    method_labels,
    object_kind_labels,
    pool_start,
    ratio_rules,
)
from jianguan_desktop.services.tables import ROW_ID, TableQuery, fetch_rows, get_table
from jianguan_desktop.ui.background import BackgroundTask, run_in_background
from jianguan_desktop.ui.history_dialog import show_history
from jianguan_desktop.ui.pages import AppContext, PageInfo, register_page
from jianguan_desktop.ui.print_preview import show_form_preview
from jianguan_desktop.ui.record_form import FieldDef, RecordForm
from jianguan_desktop.ui.register_page import RegisterPage
from jianguan_desktop.ui.registers._credit_shared import (
    FittingForm,
    ReadOnlyTable,
    day_text,
    fit_height,
)
from jianguan_desktop.ui.registers.credit_lists import menu_action
from jianguan_desktop.ui.registers.inspection_directory import ORDER, group_inspections
from jianguan_desktop.ui.registers.inspection_draw_dialog import (
    DrawForm,
    DrawRecordDialog,
    check_text,
    compact,
    open_draw_form,
    open_draw_record,
)
from jianguan_desktop.ui.registers.transfers import (
    RecordDetailDialog,
    Row,
    open_record_detail,
    overdue_colour,
)
from jianguan_desktop.ui.widgets import (
    ERROR_STYLE,
    action_button,
    ask_save_path,
    confirm,
    heading_label,
    help_label,
    inform,
    page_layout,
    remember_folder,
    remembered_folder,
    safe_file_name,
    show_user_error,
)

SUPERSEDED_COLOUR = "#e4e4e4"  # a draw replaced by a redraw: kept, greyed
ITEMS_SHOWN = 500  # items of the list offered in a batch (a county has a few dozen)
ITEM_ROWS = 6
EXPORT_FOLDER_KEY = "export.folder"
PLANNED = BatchStatus.PLANNED.value
DRAWN = BatchStatus.DRAWN.value
COMPLETED = BatchStatus.COMPLETED.value
PUBLISHED = BatchStatus.PUBLISHED.value
TRANSFER = Handling.TRANSFER.value
LISTING = Handling.LISTING.value
TRANSFER_FIELDS = ("transfer.recipient_kind", "transfer.recipient_unit", "transfer.matter")
LISTING_FIELDS = ("listing.list_kind", "listing.severity", "listing.conduct")


def may_write(ctx: AppContext) -> bool:
    """Whether the user may change records."""
    return ctx.actor.can(Permission.WRITE)


def add_more_menu(page: RegisterPage, entries: Sequence[tuple[str, str, Callable[[], Any]]]
                  ) -> tuple[QPushButton, list[Any]]:
    """A 更多 button with a menu of (text, tip, action) entries; the button and the actions."""
    button = QPushButton(tr("More"))
    menu = QMenu(button)
    menu.setToolTipsVisible(True)
    actions = [menu_action(menu, text, tip, slot) for text, tip, slot in entries]
    button.setMenu(menu)
    return button, actions


class InspectionPage(RegisterPage):
    """What the pages of plans, draws and results share: the dialog opened last, forms that
    refresh the list when saved, and the change history of the selected record."""

    history_table = ""

    def __init__(self, context: AppContext, table_key: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(context, table_key, parent)
        self.dialog: Any = None
        self.preview_task: BackgroundTask | None = None

    def open_form(self, form: RecordForm, *after: Callable[[Any], Any]) -> RecordForm:
        """Open an edit dialog; when it saves, the list is read again and ``after`` run."""
        self.dialog = form
        form.saved.connect(lambda _info: self.view.refresh())
        for callback in after:
            form.saved.connect(callback)
        form.open()
        return form

    def show_changes(self) -> None:
        """The change history of the selected record."""
        record_id = self.view.current_id()
        if record_id is not None:
            show_history(self, self.context, self.history_table, record_id)


# --- the plan -------------------------------------------------------------------------------

def plan_fields() -> list[FieldDef]:
    """The fields of the plan dialog."""
    labels = plans.plan_field_labels()
    return [
        FieldDef("year", labels["year"], required=True, max_length=4,
                 placeholder=str(date.today().year)),
        FieldDef("title", labels["title"], required=True, max_length=plans.TITLE_MAX,
                 placeholder=tr("Such as 2026年度公共资源交易领域“双随机、一公开”抽查工作计划")),
        FieldDef("remarks", labels["remarks"], "text"),
    ]


class PlanForm(FittingForm):
    """新建 (``info`` None) or correct an annual plan: its year, title and remarks."""

    def __init__(self, ctx: AppContext, info: PlanInfo | None = None,
                 parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.info = info
        values: dict[str, Any] = {"year": str(date.today().year)}
        title = tr("New annual inspection plan")
        if info is not None:
            values = {"year": str(info.year), "title": info.title, "remarks": info.remarks}
            title = tr("Edit plan: {title}").format(title=info.title)
        super().__init__(plan_fields(), self._save_plan, values, title, parent)

    def _save_plan(self, values: dict[str, Any]) -> PlanInfo:
        db, actor = self.ctx.database, self.ctx.actor
        if self.info is None:
            return plans.create_plan(db, actor, values)
        return plans.update_plan(db, actor, self.info.id, values, self.info.version)


def plan_text(plan: PlanInfo) -> str:
    """A plan in the plan chooser: ``2026年 — title（已批准）``."""
    return tr("{year}: {title} ({status})").format(year=plan.year, title=plan.title,
                                                   status=plan.status_label)


def plan_note(plan: PlanInfo | None) -> str:
    """Where the chosen plan stands, in a line."""
    if plan is None:
        return tr("No annual plan yet: make one with “New plan…”, add its batches, then have "
                  "the head of the office approve it.")
    count = len(plan.batches)
    if plan.status == PlanStatus.APPROVED.value:
        return tr("Approved by {by} on {day}; {count} batches.").format(
            by=plan.approved_by, day=day_text(plan.approved_on), count=count)
    return tr("Draft with {count} batches: the head of the office approves it before its "
              "batches are drawn.").format(count=count)


# --- a batch --------------------------------------------------------------------------------

class ItemsPicker(QListWidget):
    """The items of the 抽查事项清单 to tick for a batch (several items, one visit); each shows
    its type and, in its tooltip, its department and legal basis."""

    def __init__(self, rows: Iterable[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caps: dict[str, int | None] = {}
        self.setFixedHeight(self.fontMetrics().lineSpacing() * ITEM_ROWS + 16)
        for row in rows:
            item_id = str(row[ROW_ID])
            general = row.get("item_type") == ItemType.GENERAL.value
            cap = row.get("ratio_cap") if general else None
            self.caps[item_id] = int(cap) if cap else None
            kind = ItemType.value_labels().get(str(row.get("item_type")), "")
            text = " ".join(part for part in (str(row.get("code") or ""), str(row["name"]))
                            if part)
            item = QListWidgetItem(tr("{name} ({kind})").format(name=text, kind=kind), self)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setToolTip("\n".join(str(row.get(key) or "") for key in (
                "department", "basis", "method") if row.get(key)))
        self.itemClicked.connect(self._toggle)

    @staticmethod
    def _toggle(item: QListWidgetItem) -> None:
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)

    def _items(self) -> Iterable[QListWidgetItem]:
        return (self.item(row) for row in range(self.count()))

    def set_chosen(self, ids: Iterable[str]) -> None:
        """Tick these items (and untick the others)."""
        wanted = set(ids)
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in wanted else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        """The ids of the items ticked, in the list's order."""
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]

    def cap(self) -> int | None:
        """The lowest cap of the general items ticked (``None``: no cap)."""
        caps = [cap for item in self.chosen() if (cap := self.caps.get(item))]
        return min(caps) if caps else None


def active_items(ctx: AppContext) -> list[dict[str, Any]]:
    """The items of the 抽查事项清单 in use, by code (none when they cannot be read)."""
    try:
        return fetch_rows(ctx.database, ctx.actor, get_table(ITEMS_TABLE_KEY),
                          TableQuery(filters={"active": True}, sort=(("code", "asc"),
                                                                     ("name", "asc"))),
                          0, ITEMS_SHOWN)
    except UserError:
        return []


class RatiosEdit(QWidget):
    """The share to draw of each credit grade, in %, with the ranges the settings allow."""

    def __init__(self, rules: RatioRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QSpinBox] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for grade in GRADES:
            box = QSpinBox()
            box.setRange(0, 100)
            box.setSuffix(" %")
            box.setObjectName(f"ratio_{grade}")
            span = rules.ranges[grade]
            box.setToolTip(tr("Grade {grade}: from {lowest} % to {highest} %").format(
                grade=grade, lowest=span.lowest, highest=span.highest))
            caption = QLabel(tr("Grade {grade}").format(grade=grade))
            caption.setBuddy(box)
            row.addWidget(caption)
            row.addWidget(box)
            row.addSpacing(8)
            self.boxes[grade] = box
        row.addStretch(1)
        self.setLayout(row)

    def set_ratios(self, ratios: dict[str, int]) -> None:
        """Show a share per grade."""
        for grade, box in self.boxes.items():
            box.setValue(int(ratios.get(grade, 0)))

    def ratios(self) -> dict[str, int]:
        """The share per grade as entered."""
        return {grade: box.value() for grade, box in self.boxes.items()}


def ratios_help(rules: RatioRules) -> str:
    """The shares the settings allow, under the ratios."""
    return tr("The settings allow {ranges}; agencies at least {minimum} %.").format(
        ranges="、".join(f"{grade} {rules.ranges[grade].lowest}–{rules.ranges[grade].highest}%"
                        for grade in GRADES), minimum=rules.agency_minimum)


def industry_choices(items: Iterable[dict[str, Any]], current: str) -> list[str]:
    """The industries offered: the usual ones, those of the items in use, the batch's own."""
    names = [*industry_names(), *(str(row.get("industry") or "") for row in items), current]
    return list(dict.fromkeys(name for name in names if name))


def batch_fields(industries: Sequence[str]) -> list[FieldDef]:
    """The fields of the batch dialog (the items and the ratios are added by the dialog)."""
    labels = plans.batch_field_labels()
    return [
        FieldDef("title", labels["title"], required=True, max_length=plans.TITLE_MAX,
                 placeholder=tr("Such as 第一批：房建市政工程招标投标活动抽查")),
        FieldDef("departments", labels["departments"], "text",
                 placeholder=tr("One department per line; several for a joint inspection"),
                 help=tr("Several departments inspect together in one visit (进一次门、"
                         "查多项事).")),
        FieldDef("object_kind", labels["object_kind"], "combo", required=True,
                 choices=list(object_kind_labels().items())),
        FieldDef("industry", labels["industry"], "combo",
                 choices=[(name, name) for name in industries],
                 help=tr("Leave empty to draw from every industry.")),
        FieldDef("pool_from", labels["pool_from"], "date"),
        FieldDef("pool_to", labels["pool_to"], "date", help=tr(
            "The pool is normally the projects completed this year and the last (鹤岗 "
            "三(二)).")),
        FieldDef("min_count", labels["min_count"], max_length=5, placeholder="0",
                 help=tr("Draw at least this many objects of each grade that has any.")),
        FieldDef("per_object", labels["per_object"], max_length=2),
        FieldDef("specialty", labels["specialty"], max_length=50, help=tr(
            "Leave empty: inspectors are matched by the object's industry.")),
        FieldDef("window_from", labels["window_from"], "date"),
        FieldDef("window_to", labels["window_to"], "date"),
        FieldDef("remarks", labels["remarks"], "text"),
    ]


POOL_ROWS = ("pool_from", "pool_to")
ITEMS_POSITION = 1  # the items follow the title
RATIOS_POSITION = 7  # the ratios follow the pool period


class BatchForm(FittingForm):
    """Add a batch to a plan (``info`` None) or correct one before its draw: the items ticked
    from the list, departments, objects, pool period, the share per credit grade (checked
    against the settings at once), inspectors per object and the time window."""

    def __init__(self, ctx: AppContext, plan: PlanInfo, info: BatchInfo | None = None,
                 parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.plan = plan
        self.info = info
        self.rules = ratio_rules(ctx.database)
        values: dict[str, Any] = {
            "object_kind": ObjectKind.PROJECT.value,
            "pool_from": pool_start(ctx.database, plan.year),
            "pool_to": date(plan.year, 12, 31),
            "per_object": str(self.rules.inspectors_minimum)}
        ratios = self.rules.default_ratios()
        chosen: list[str] = []
        title = tr("New batch of {plan}").format(plan=plan.title)
        if info is not None:
            values = {key: getattr(info, key) for key in (
                "title", "object_kind", "industry", "pool_from", "pool_to", "specialty",
                "window_from", "window_to", "remarks")}
            values |= {"departments": "\n".join(info.departments),
                       "min_count": str(info.min_count or ""),
                       "per_object": str(info.per_object)}
            ratios = dict(info.ratios)
            chosen = [item.id for item in info.items]
            title = tr("Edit batch {seq}: {title}").format(seq=info.seq, title=info.title)
        items = active_items(ctx)
        fields = batch_fields(industry_choices(items, str(values.get("industry") or "")))
        super().__init__(fields, self._save_batch, values, title, parent)
        self.setMinimumWidth(720)
        labels = plans.batch_field_labels()
        self.items = ItemsPicker(items)
        self.form.add_field("item_ids", labels["item_ids"], self.items, tr(
            "Tick every item inspected in the same visit; a general item caps the share "
            "drawn."))
        self.widgets["item_ids"] = self.items
        self._mark_required(self.items, labels["item_ids"])
        self.move_last_row(ITEMS_POSITION)
        self.ratios = RatiosEdit(self.rules)
        self.form.add_field("ratios", labels["ratios"], self.ratios, ratios_help(self.rules))
        self.widgets["ratios"] = self.ratios
        self.move_last_row(RATIOS_POSITION)
        self.items.set_chosen(chosen)
        self.ratios.set_ratios(ratios)
        kind = self.widgets["object_kind"]
        assert isinstance(kind, QComboBox)
        kind.currentIndexChanged.connect(lambda _index: self._kind_changed())
        self._kind_changed()
        self.set_values(self.values())  # the form counts as unchanged
        fit_height(self)

    def _kind_changed(self) -> None:
        """The pool period counts for projects only."""
        projects = self.values()["object_kind"] == ObjectKind.PROJECT.value
        for key in POOL_ROWS:
            self.set_row_visible(key, projects)
        fit_height(self, shrink=True)

    def values(self) -> dict[str, Any]:
        values = super().values()
        if hasattr(self, "ratios"):
            values["item_ids"] = self.items.chosen()
            values["ratios"] = self.ratios.ratios()
        return values

    def _snapshot(self) -> dict[str, Any]:
        snapshot = super()._snapshot()
        if hasattr(self, "ratios"):
            snapshot |= {"item_ids": self.items.chosen(), "ratios": self.ratios.ratios()}
        return snapshot

    def local_errors(self) -> dict[str, str]:
        """As the record form; no item ticked, and a share outside the settings' range or
        above a general item's cap, said at once."""
        errors = super().local_errors()
        if not self.items.chosen():
            errors["item_ids"] = tr("Pick at least one item of the inspection item list.")
            return errors
        try:
            check_ratios(self.ratios.ratios(), self.rules, item_cap=self.items.cap())
        except ValidationError as error:
            errors["ratios"] = error.message
        return errors

    def _save_batch(self, values: dict[str, Any]) -> BatchInfo:
        data = dict(values)
        if data["object_kind"] != ObjectKind.PROJECT.value:
            data["pool_from"] = data["pool_to"] = None
        db, actor = self.ctx.database, self.ctx.actor
        if self.info is None:
            return plans.add_batch(db, actor, self.plan.id, data)
        return plans.update_batch(db, actor, self.info.id, data, self.info.version)


# --- publication ----------------------------------------------------------------------------

def publish_fields() -> list[FieldDef]:
    """The fields of the publication dialog."""
    labels = results.field_labels()
    return [
        FieldDef("published_on", labels["published_on"], "date", required=True),
        FieldDef("channel", labels["channel"], required=True, max_length=200,
                 placeholder=tr("Such as 县公共资源交易中心网站“双随机、一公开”专栏")),
        FieldDef("note", labels["note"], "text"),
    ]


def publication_text(info: results.PublicationInfo) -> str:
    """When the batch was completed and by when it must be published, with how it was
    counted."""
    lines = [tr("“{title}” was completed on {completed}; its results must be published by "
                "{due}.").format(title=info.batch_title, completed=day_text(info.completed_on),
                                 due=day_text(info.publish_due))]
    if info.due_explanation:
        lines.append(info.due_explanation)
    lines.append(tr("The publication table carries no personal data: people's names are "
                    "masked."))
    return "\n".join(lines)


class PublishForm(FittingForm):
    """公示 the results of a completed batch: the date and the channel of publication."""

    def __init__(self, ctx: AppContext, info: results.PublicationInfo,
                 parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.info = info
        super().__init__(publish_fields(), self._publish, {"published_on": date.today()},
                         tr("Publish results: {title}").format(title=info.batch_title), parent)
        self.setMinimumWidth(640)
        self.summary = help_label(publication_text(info))
        self.summary.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.summary)
        fit_height(self)

    def _publish(self, values: dict[str, Any]) -> results.PublicationInfo:
        return results.publish_batch(self.ctx.database, self.ctx.actor, self.info.batch_id,
                                     values, self.info.version)


# --- the page of plans and batches -------------------------------------------------------------

class InspectionPlansPage(InspectionPage):
    """The annual plans (chosen above) with their batches: add and correct, approve, draw,
    publish, print; batches whose publication is overdue are red."""

    history_table = results.BATCH_TABLE_KEY

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, results.BATCH_TABLE_KEY, parent)
        self.export_task: BackgroundTask | None = None
        self.plans: list[PlanInfo] = []
        self._tips: dict[str, str] = {}
        self.plan_box = QComboBox()
        self.plan_box.setMinimumContentsLength(40)
        self.plan_box.setToolTip(tr("The annual plan whose batches are listed below"))
        self.plan_box.currentIndexChanged.connect(lambda _index: self._plan_changed())
        self.plan_label = help_label("")
        self.new_plan_button = action_button(tr("New plan…"), tr(
            "Make the annual random inspection plan (年度抽查工作计划) of a year"),
            self.new_plan)
        self.edit_plan_button = action_button(tr("Edit plan…"), tr(
            "Correct the chosen plan's year, title or remarks"), self.edit_plan)
        self.approve_button = action_button(tr("Approve plan"), tr(
            "The head of the office approves the plan; its batches can then be drawn"),
            self.approve_plan)
        self.print_plan_button = action_button(tr("Print plan"), tr(
            "The annual plan with its batches, as sent for approval and published"),
            self.print_plan)
        self.add_button = action_button(tr("New batch…"), tr(
            "Add a batch to the chosen plan: items, departments, objects, ratios, time window"),
            self.add_batch)
        self.edit_button = action_button(tr("Edit batch…"), tr(
            "Correct the selected batch (only before its draw)"), self.edit_batch)
        self.draw_button = action_button(tr("Draw…"), tr(
            "Draw the objects and their inspectors of the selected batch, with a seed read "
            "out in front of witnesses"), self.draw)
        self.publish_button = action_button(tr("Publish…"), tr(
            "Record when and where the results of the selected completed batch were "
            "published"), self.publish)
        self.print_publication_button = action_button(tr("Print publication table"), tr(
            "The 抽查结果公示表 of the selected batch (no personal data)"),
            self.print_publication)
        self.export_button = action_button(tr("Export publication table"), tr(
            "The 抽查结果公示表 of the selected batch as an Excel workbook, to put on the "
            "portal"), self.export_publication)
        self.more_button, (self.delete_action, self.history_action) = add_more_menu(self, (
            (tr("Delete batch…"), tr("Delete a batch added by mistake (only before its "
                                     "draw)"), self.delete_batch),
            (tr("Change history"), tr("Every change of the selected batch"),
             self.show_changes)))
        self.owner_only(self.edit_plan_button, self.approve_button, self.add_button,
                        self.edit_button, self.draw_button, self.publish_button,
                        self.delete_action)
        self.lay_out(tr("Inspection plans"), tr(
            "The annual plan of random inspections and its batches. A batch names the items "
            "inspected together, the objects and the share drawn per credit grade; it is drawn "
            "once the plan is approved. When every drawn object's result is closed, the "
            "results must be published within the time limit; red rows are late."),
            (self.add_button, self.edit_button, self.draw_button, self.publish_button,
             self.print_publication_button, self.export_button, self.more_button))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Annual plan")))
        bar.addWidget(self.plan_box, 1)
        for button in (self.new_plan_button, self.edit_plan_button, self.approve_button,
                       self.print_plan_button):
            bar.addWidget(button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        position = layout.indexOf(self.view) - 1  # above the batch buttons
        layout.insertLayout(position, bar)
        layout.insertWidget(position + 1, self.plan_label)
        layout.insertWidget(position + 2, heading_label(tr("Batches"), scale=1.1))
        self.view.model.set_row_hooks(
            lambda row: overdue_colour(bool(row.get("overdue"))), self.cell_tip)
        self.view.model.modelReset.connect(self._tips.clear)
        self.view.model.dataChanged.connect(lambda *_: self._update_buttons())
        self.view.record_activated.connect(self.activate_own(self.edit_or_draw))
        self.load_plans()

    # --- plans ---------------------------------------------------------------------------

    def load_plans(self, chosen: str | None = None) -> None:
        """Read the plans again and choose ``chosen`` (else the one chosen, else the newest)."""
        current = chosen or (self.current_plan().id if self.current_plan() else None)
        try:
            self.plans = plans.list_plans(self.context.database, self.context.actor)
        except UserError as error:
            self.plans = []
            self.plan_label.setText(str(error))
        self.plan_box.blockSignals(True)
        self.plan_box.clear()
        for plan in self.plans:
            self.plan_box.addItem(plan_text(plan), plan.id)
        found = self.plan_box.findData(current) if current else -1
        self.plan_box.setCurrentIndex(max(found, 0) if self.plans else -1)
        self.plan_box.blockSignals(False)
        self._plan_changed()

    def current_plan(self) -> PlanInfo | None:
        """The plan chosen above the batches."""
        if not hasattr(self, "plan_box"):
            return None
        plan_id = self.plan_box.currentData()
        return next((plan for plan in self.plans if plan.id == plan_id), None)

    def _plan_changed(self) -> None:
        plan = self.current_plan()
        self.plan_label.setText(plan_note(plan))
        self.view.model.set_filter("plan_year", None if plan is None else ("eq", plan.year))
        self._update_buttons()

    def new_plan(self) -> RecordForm:
        """新建 an annual plan."""
        return self.open_form(PlanForm(self.context, None, self),
                          lambda info: self.load_plans(info.id))

    def edit_plan(self) -> RecordForm | None:
        """Correct the chosen plan."""
        plan = self.current_plan()
        return None if plan is None else self.open_form(PlanForm(self.context, plan, self),
                                                    lambda info: self.load_plans(info.id))

    def approve_plan(self) -> PlanInfo | None:
        """批准 the chosen plan (the head of the office), after asking."""
        plan = self.current_plan()
        if plan is None or not confirm(self, tr("Approve plan"), tr(
                "Approve “{title}” with its {count} batches? Its batches can then be drawn."
                ).format(title=plan.title, count=len(plan.batches))):
            return None
        try:
            info = plans.approve_plan(self.context.database, self.context.actor, plan.id,
                                      expected_version=plan.version)
        except UserError as error:
            show_user_error(self, error, tr("Approve plan"))
            return None
        self.load_plans(info.id)
        return info

    def print_plan(self) -> BackgroundTask | None:
        """Preview the chosen annual plan."""
        plan = self.current_plan()
        if plan is None:
            return None
        self.preview_task = show_form_preview(self, self.context, inspection_forms.PLAN_FORM,
                                              plan.id)
        return self.preview_task

    # --- batches -------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        if not hasattr(self, "more_button"):
            return
        plan = self.current_plan()
        row = self.selected_row()
        status = str(row.get("status") or "") if row else ""
        writer = may_write(self.context)
        for widget, enabled in (
                (self.new_plan_button, writer), (self.edit_plan_button, writer and bool(plan)),
                (self.approve_button, bool(plan) and plan.status == PlanStatus.DRAFT.value
                 and self.context.actor.can(Permission.APPROVE)),
                (self.print_plan_button, bool(plan)), (self.add_button, writer and bool(plan)),
                (self.edit_button, writer and status == PLANNED),
                (self.draw_button, writer and status == PLANNED),
                (self.publish_button, writer and status == COMPLETED),
                (self.print_publication_button, status in (COMPLETED, PUBLISHED)),
                (self.export_button, status in (COMPLETED, PUBLISHED)),
                (self.delete_action, writer and status == PLANNED),
                (self.history_action, row is not None)):
            widget.setEnabled(enabled)

    def cell_tip(self, key: str, row: dict[str, Any]) -> str | None:
        """The publication due date explains itself: from which day, how many working days."""
        if key not in ("publish_due", "overdue") or row.get("publish_due") is None:
            return None
        row_id = str(row.get(ROW_ID))
        if row_id not in self._tips:
            try:
                info = results.get_publication(self.context.database, self.context.actor,
                                               row_id)
            except UserError as error:
                return str(error)
            self._tips[row_id] = publication_tip(info)
        return self._tips[row_id]

    def selected_batch(self) -> BatchInfo | None:
        """The batch under the cursor, read again."""
        return self.read_selected(plans.get_batch)

    def _plan_of(self, batch: BatchInfo) -> PlanInfo | None:
        return next((plan for plan in self.plans if plan.id == batch.plan_id), None)

    def add_batch(self) -> RecordForm | None:
        """新增 a batch to the chosen plan."""
        plan = self.current_plan()
        return None if plan is None else self.open_form(
            BatchForm(self.context, plan, None, self), lambda _info: self.load_plans())

    def edit_batch(self) -> RecordForm | None:
        """Correct the selected batch before its draw."""
        batch = self.selected_batch()
        plan = self._plan_of(batch) if batch else None
        if batch is None or plan is None:
            return None
        return self.open_form(BatchForm(self.context, plan, batch, self),
                          lambda _info: self.load_plans())

    def edit_or_draw(self) -> Any:
        """Double-click: a planned batch is corrected, a drawn one shows its draw record."""
        batch = self.selected_batch()
        if batch is None:
            return None
        if batch.draw_id:
            info = self.read_record(batch.draw_id, plans.get_draw)
            return None if info is None else open_draw_record(self, self.context, info)
        return self.edit_batch() if may_write(self.context) else None

    def draw(self) -> DrawForm | None:
        """抽取 the selected batch (its plan must be approved)."""
        batch = self.selected_batch()
        if batch is None:
            return None
        plan = self._plan_of(batch)
        if plan is not None and plan.status != PlanStatus.APPROVED.value:
            inform(self, tr("Draw"), tr(
                "The plan “{title}” is not approved yet: a head of the office approves it "
                "before its batches are drawn.").format(title=plan.title))
            return None
        form = open_draw_form(self, self.context, batch,
                              after=(self.view.refresh, lambda: self.load_plans()))
        self.dialog = form
        return form

    def publish(self) -> RecordForm | None:
        """公示 the results of the selected completed batch."""
        record_id = self.view.current_id()
        if record_id is None:
            return None
        info = self.read_record(record_id, results.get_publication)
        return None if info is None else self.open_form(PublishForm(self.context, info, self))

    def print_publication(self) -> BackgroundTask | None:
        """Preview the 抽查结果公示表 of the selected batch."""
        record_id = self.view.current_id()
        if record_id is None:
            return None
        self.preview_task = show_form_preview(self, self.context,
                                              inspection_forms.PUBLICATION_FORM, record_id)
        return self.preview_task

    def ask_export_path(self, batch: BatchInfo) -> Path | None:
        """Where to save the 公示表 workbook (``None``: cancelled)."""
        name = safe_file_name(tr("Publication of results - {title}").format(
            title=batch.title) + ".xlsx")
        folder = remembered_folder(self.context.database, self.context.actor,
                                   EXPORT_FOLDER_KEY)
        return ask_save_path(self, tr("Export publication table"), folder / name,
                             tr("Excel workbook (*.xlsx)"), ".xlsx")

    def export_publication(self) -> BackgroundTask | None:
        """Save the 公示表 of the selected batch as an Excel workbook."""
        batch = self.selected_batch()
        path = self.ask_export_path(batch) if batch is not None else None
        return None if batch is None or path is None else self.export_to(batch, path)

    def export_to(self, batch: BatchInfo, path: Path) -> BackgroundTask:
        """Write the 公示表 workbook in the background, then say where it is."""
        db, actor = self.context.database, self.context.actor

        def job(_progress: Any) -> int:  # off the GUI thread: no widgets here
            return inspection_forms.write_publication_xlsx(db, actor, batch.id, path)

        def done(count: int) -> None:
            remember_folder(db, actor, EXPORT_FOLDER_KEY, path.parent)
            self.view.show_status(tr("Exported {count} results to {path}").format(
                count=count, path=path))

        self.export_task = run_in_background(self, tr("Export publication table"), job, done)
        return self.export_task

    def delete_batch(self) -> None:
        """Delete a batch added by mistake (before its draw), after asking."""
        batch = self.selected_batch()
        if batch is None or not confirm(self, tr("Delete batch"), tr(
                "Delete batch {seq} “{title}”? It stays in the database and in the change "
                "history.").format(seq=batch.seq, title=batch.title)):
            return
        self.delete_record(lambda: plans.delete_batch(self.context.database, self.context.actor,
                                                      batch.id, batch.version))
        self.load_plans()



def publication_tip(info: results.PublicationInfo) -> str:
    """A batch's publication deadline in a tooltip: the due day and how it was counted."""
    lines = [tr("Publication due by {due}").format(due=day_text(info.publish_due))]
    if info.due_explanation:
        lines.append(info.due_explanation)
    if info.published_on is not None:
        lines.append(tr("Published on {day} ({channel})").format(
            day=day_text(info.published_on), channel=info.channel))
    if info.late:
        lines.append(tr("Published {count} working days late.").format(count=info.late_by))
    return "\n".join(lines)


# --- the page of draw records ---------------------------------------------------------------

class DrawsPage(InspectionPage):
    """Every 随机抽取记录: its details, 校验 (re-run and compare), printing, and a redraw with its
    reason; draws replaced by a redraw stay, greyed."""

    history_table = plans.DRAWS_TABLE

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, plans.DRAWS_TABLE, parent)
        self.detail: DrawRecordDialog | None = None
        self.last_check: DrawCheck | None = None
        self.detail_button = action_button(tr("Details"), tr(
            "The record of the selected draw: seed, algorithm, pool SHA-256, the objects drawn "
            "and their inspectors (or double-click it)"), self.show_detail)
        self.verify_button = action_button(tr("Verify"), tr(
            "Re-run the selected draw from its record and say whether it gives the recorded "
            "result"), self.verify)
        self.print_button = action_button(tr("Print draw record"), tr(
            "The 随机抽取记录 with lines for the witnesses' signatures"), self.print_record)
        self.redraw_button = action_button(tr("Draw again…"), tr(
            "Draw the batch again for a reason given; the first draw is kept"), self.redraw)
        self.more_button, (self.history_action,) = add_more_menu(self, (
            (tr("Change history"), tr("Every change of the selected draw record"),
             self.show_changes),))
        self.owner_only(self.redraw_button)
        self.lay_out(tr("Random draw records"), tr(
            "Each draw keeps its seed, the algorithm, the SHA-256 of its pool and its result, "
            "so that anyone can re-run it: “Verify” does so and says whether it matches. A "
            "draw is never redone silently: a redraw needs a reason and the first is kept."),
            (self.detail_button, self.verify_button, self.print_button, self.redraw_button,
             self.more_button))
        self.view.model.set_row_hooks(self.row_colour, self.cell_tip)
        self.view.record_activated.connect(lambda _id: self.show_detail())
        self.view.model.dataChanged.connect(lambda *_: self._update_buttons())

    @staticmethod
    def row_colour(row: dict[str, Any]) -> QColor | None:
        """A superseded draw is grey."""
        return QColor(SUPERSEDED_COLOUR) if row.get("status") == DrawStatus.SUPERSEDED.value \
            else None

    @staticmethod
    def cell_tip(key: str, row: dict[str, Any]) -> str | None:
        """The pool's SHA-256 in full."""
        return str(row.get("pool_hash") or "") if key == "pool_hash" else None

    def _update_buttons(self) -> None:
        if not hasattr(self, "more_button"):
            return
        row = self.selected_row()
        valid = row is not None and row.get("status") == DrawStatus.VALID.value
        for widget, enabled in ((self.detail_button, row is not None),
                                (self.verify_button, row is not None),
                                (self.print_button, row is not None),
                                (self.redraw_button, valid and may_write(self.context)),
                                (self.history_action, row is not None)):
            widget.setEnabled(enabled)

    def selected_draw(self) -> DrawInfo | None:
        """The draw under the cursor, read again."""
        return self.read_selected(plans.get_draw)

    def show_detail(self) -> DrawRecordDialog | None:
        """The selected draw's record."""
        info = self.selected_draw()
        if info is None:
            return None
        self.detail = open_draw_record(self, self.context, info)
        return self.detail

    def verify(self) -> DrawCheck | None:
        """校验 the selected draw: 一致, or the differences."""
        record_id = self.view.current_id()
        if record_id is None:
            return None
        try:
            self.last_check = plans.verify_draw(self.context.database, self.context.actor,
                                                record_id)
        except UserError as error:
            show_user_error(self, error, tr("Verify"))
            return None
        inform(self, tr("Verify draw"), check_text(self.last_check))
        return self.last_check

    def print_record(self) -> BackgroundTask | None:
        """Preview the selected draw's 随机抽取记录."""
        info = self.selected_draw()
        if info is None:
            return None
        self.preview_task = show_form_preview(self, self.context, inspection_forms.DRAW_FORM,
                                              info.number)
        return self.preview_task

    def redraw(self) -> DrawForm | None:
        """重新抽取 the batch of the selected draw, for a reason."""
        info = self.selected_draw()
        if info is None:
            return None
        batch = self.read_record(info.batch_id, plans.get_batch)
        if batch is None:
            return None
        self.dialog = open_draw_form(self, self.context, batch, info,
                                     after=(self.view.refresh,))
        return self.dialog



# --- a result -------------------------------------------------------------------------------

class HandlingBox(QWidget):
    """What follows a problem found, as check boxes: 整改, 处罚, 移送, 列入名单."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for value, label in Handling.value_labels().items():
            box = QCheckBox(label)
            box.setObjectName(f"handling_{value}")
            row.addWidget(box)
            self.boxes[value] = box
        row.addStretch(1)

    def set_chosen(self, values: Iterable[str]) -> None:
        """Tick these."""
        wanted = set(values)
        for value, box in self.boxes.items():
            box.setChecked(value in wanted)

    def chosen(self) -> list[str]:
        """The handling ticked, in the usual order."""
        return [value for value, box in self.boxes.items() if box.isChecked()]


def result_fields() -> list[FieldDef]:
    """The fields of the result dialog (the handling boxes are added by the dialog)."""
    labels = results.field_labels()
    credit = credit_lists.field_labels()
    return [
        FieldDef("method", labels["method"], "combo", choices=list(method_labels().items())),
        FieldDef("inspected_on", labels["inspected_on"], "date"),
        FieldDef("findings", labels["findings"], "text", placeholder=tr(
            "What was checked and found; “no problem found” when nothing was")),
        FieldDef("problem", labels["problem"], "check"),
        FieldDef("handling_note", labels["handling_note"], "text", placeholder=tr(
            "Such as 责令于2026年6月30日前整改，并书面报告整改情况")),
        FieldDef("transfer.recipient_kind", tr("Transferred to"), "combo",
                 choices=list(transfers.recipient_labels().items())),
        FieldDef("transfer.recipient_unit", tr("Receiving unit"), max_length=200,
                 placeholder=tr("Such as 县公安局经济犯罪侦查大队")),
        FieldDef("transfer.matter", tr("Matter transferred"), max_length=300,
                 placeholder=tr("Such as 某公司涉嫌串通投标")),
        FieldDef("listing.list_kind", credit["list_kind"], "combo",
                 choices=[(kind, label) for kind, label in credit_lists.list_labels().items()
                          if kind != ListKind.RED.value]),
        FieldDef("listing.severity", credit["severity"], "combo",
                 choices=[(key, label) for key, label in credit_lists.severity_labels().items()
                          if key]),
        FieldDef("listing.conduct", credit["conduct"], "text", placeholder=tr(
            "Leave empty to use the findings")),
        FieldDef("closed_on", labels["closed_on"], "date", help=tr(
            "Leave empty while the inspection goes on. When every object of the batch is "
            "closed, the batch is completed and its publication deadline starts.")),
        FieldDef("remarks", labels["remarks"], "text"),
    ]


RESULT_KEYS = ("method", "inspected_on", "findings", "problem", "handling_note", "closed_on",
               "remarks")
HANDLING_POSITION = 4  # the handling boxes follow "problem found"


def result_summary(info: ResultInfo) -> str:
    """The object of a result in a line: number, object, grade, inspectors, draw."""
    return tr("{number}: {object} ({kind}, grade {grade}); inspectors: {inspectors}; drawn "
              "in {draw}.").format(number=info.number, object=info.object_name,
                                   kind=info.object_kind_label, grade=info.stratum,
                                   inspectors="、".join(info.inspectors),
                                   draw=info.draw_number)


class ResultForm(FittingForm):
    """登记 the result of one drawn object: method, date, findings, whether a problem was found
    and its handling; 移送 opens the transfer's fields, 列入名单 the proposal's. The transfer or
    proposal is made in the same transaction as the result."""

    def __init__(self, ctx: AppContext, info: ResultInfo, parent: QWidget | None = None
                 ) -> None:
        self.ctx = ctx
        self.info = info
        values = {key: getattr(info, key) for key in RESULT_KEYS}
        super().__init__(result_fields(), self._record, values,
                         tr("Inspection result: {object}").format(object=info.object_name),
                         parent)
        self.setMinimumWidth(720)
        self.handling = HandlingBox()
        self.form.add_field("handling", results.field_labels()["handling"], self.handling,
                            made_text(info))
        self.widgets["handling"] = self.handling
        self.move_last_row(HANDLING_POSITION)
        self.handling.set_chosen(info.handling)
        self.summary = help_label(result_summary(info))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.summary)
        for box in self.handling.boxes.values():
            box.toggled.connect(lambda _on: self._handling_changed())
        problem = self.widgets["problem"]
        assert isinstance(problem, QCheckBox)
        problem.toggled.connect(lambda _on: self._handling_changed())
        self._handling_changed()
        self.set_values(self.values())  # the form counts as unchanged
        fit_height(self)

    def _handling_changed(self) -> None:
        """The handling needs a problem found; a transfer or proposal not yet made shows its
        fields."""
        problem = bool(self.values()["problem"])
        self.handling.setEnabled(problem)
        chosen = self.handling.chosen() if problem else []
        for key in TRANSFER_FIELDS:
            self.set_row_visible(key, TRANSFER in chosen and not self.info.transfer_id)
        for key in LISTING_FIELDS:
            self.set_row_visible(key, LISTING in chosen and not self.info.credit_entry_id)
        self.set_row_visible("handling_note", problem)
        fit_height(self, shrink=True)

    def values(self) -> dict[str, Any]:
        values = super().values()
        if hasattr(self, "handling"):
            values["handling"] = self.handling.chosen() if values["problem"] else []
        return values

    def _snapshot(self) -> dict[str, Any]:
        snapshot = super()._snapshot()
        if hasattr(self, "handling"):
            snapshot["handling"] = self.handling.chosen()
        return snapshot

    def _record(self, values: dict[str, Any]) -> ResultInfo:
        data = {key: values[key] for key in (*RESULT_KEYS, "handling")}
        if TRANSFER in data["handling"] and not self.info.transfer_id:
            data["transfer"] = {key.split(".", 1)[1]: values[key] for key in TRANSFER_FIELDS}
        if LISTING in data["handling"] and not self.info.credit_entry_id:
            data["listing"] = {key.split(".", 1)[1]: values[key] for key in LISTING_FIELDS}
        return results.record_result(self.ctx.database, self.ctx.actor, self.info.id, data,
                                     self.info.version)


def made_text(info: ResultInfo) -> str:
    """The transfer and proposal already made from a result (they stay on record)."""
    parts = []
    if info.transfer_number:
        parts.append(tr("Case transfer {number} was made from this result.").format(
            number=info.transfer_number))
    if info.credit_entry_number:
        parts.append(tr("Credit list proposal {number} was made from this result.").format(
            number=info.credit_entry_number))
    return " ".join(parts)


def result_rows(info: ResultInfo) -> list[Row]:
    """Everything about a result, section by section."""
    labels = results.field_labels()
    return [
        tr("The object drawn"),
        (tr("Number"), info.number), (labels["object_key"], info.object_name),
        (tr("Kind"), info.object_kind_label), (tr("Credit grade"), info.stratum),
        (tr("Batch"), info.batch_title), (tr("Draw record"), info.draw_number),
        (labels["inspector_names"], "、".join(info.inspectors)),
        tr("The inspection"),
        (labels["status"], info.status_label), (labels["method"], info.method_label),
        (labels["inspected_on"], day_text(info.inspected_on)),
        (labels["findings"], info.findings),
        (labels["problem"], tr("Yes") if info.problem else ""),
        (labels["handling"], "、".join(info.handling_labels)),
        (labels["handling_note"], info.handling_note),
        (labels["transfer_id"], info.transfer_number),
        (labels["credit_entry_id"], info.credit_entry_number),
        (labels["closed_on"], day_text(info.closed_on)),
        (labels["remarks"], info.remarks),
    ]


# --- the page of results --------------------------------------------------------------------

class ResultsPage(InspectionPage):
    """The objects drawn, batch by batch: record each result, print the 检查通知书 and the
    现场检查记录表."""

    history_table = results.TABLE_KEY

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, results.TABLE_KEY, parent)
        self.detail: RecordDetailDialog | None = None
        self.batch_box = QComboBox()
        self.batch_box.setMinimumContentsLength(40)
        self.batch_box.setToolTip(tr("Show the objects of one batch, or of every batch"))
        self.batch_box.currentIndexChanged.connect(lambda _index: self._batch_changed())
        self.record_button = action_button(tr("Record result…"), tr(
            "Record how the selected object was inspected, what was found and how it is "
            "handled, and close it"), self.record_result)
        self.detail_button = action_button(tr("Details"), tr(
            "The selected result in full (or double-click it)"), self.show_detail)
        self.notice_button = action_button(tr("Print inspection notice"), tr(
            "The 检查通知书 sent to the object before the inspection"),
            lambda: self.print_form(inspection_forms.NOTICE_FORM))
        self.record_form_button = action_button(tr("Print on-site record"), tr(
            "The 现场检查记录表, filled in on the spot or printed with the findings"),
            lambda: self.print_form(inspection_forms.RECORD_FORM))
        self.more_button, (self.history_action,) = add_more_menu(self, (
            (tr("Change history"), tr("Every change of the selected result"),
             self.show_changes),))
        self.owner_only(self.record_button)
        self.lay_out(tr("Inspection results"), tr(
            "Each object drawn is inspected by the inspectors matched to it. Record the "
            "method, the findings and the handling; a transfer or a credit list proposal is "
            "made with the result. When every object of a batch is closed, its results are "
            "published on the plans page."),
            (self.record_button, self.detail_button, self.notice_button,
             self.record_form_button, self.more_button))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Batch")))
        bar.addWidget(self.batch_box)
        bar.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.indexOf(self.view) - 1, bar)
        self.view.record_activated.connect(lambda _id: self.show_detail())
        self.view.model.dataChanged.connect(lambda *_: self._update_buttons())
        self.load_batches()

    def load_batches(self) -> None:
        """The batches that have been drawn, newest plan first (and 全部)."""
        current = self.batch_box.currentData()
        self.batch_box.blockSignals(True)
        self.batch_box.clear()
        self.batch_box.addItem(tr("Every batch"), None)
        try:
            found = plans.list_plans(self.context.database, self.context.actor)
        except UserError:
            found = []
        for plan in found:
            for batch in plan.batches:
                if batch.draw_id:
                    self.batch_box.addItem(tr("{year} batch {seq}: {title} ({status})").format(
                        year=plan.year, seq=batch.seq, title=batch.title,
                        status=batch.status_label), (batch.id, batch.title))
        self.batch_box.setCurrentIndex(max(self.batch_box.findData(current), 0))
        self.batch_box.blockSignals(False)
        self._batch_changed()

    def choose_batch(self, batch_id: str) -> None:
        """Show the objects of one batch."""
        for index in range(self.batch_box.count()):
            data = self.batch_box.itemData(index)
            if data and data[0] == batch_id:
                self.batch_box.setCurrentIndex(index)

    def _batch_changed(self) -> None:
        data = self.batch_box.currentData()
        if self.view.spec.has_column("batch_id"):
            self.view.model.set_filter("batch_id", ("eq", data[0]) if data else None)
        else:
            self.view.model.set_filter("batch", ("eq", data[1]) if data else None)

    def _update_buttons(self) -> None:
        if not hasattr(self, "more_button"):
            return
        selected = self.view.current_id() is not None
        for widget, enabled in ((self.record_button, selected and may_write(self.context)),
                                (self.detail_button, selected), (self.notice_button, selected),
                                (self.record_form_button, selected),
                                (self.history_action, selected)):
            widget.setEnabled(enabled)

    def selected_result(self) -> ResultInfo | None:
        """The result under the cursor, read again."""
        return self.read_selected(results.get_result)

    def record_result(self) -> RecordForm | None:
        """登记 the result of the selected object."""
        info = self.selected_result()
        if info is None:
            return None
        return self.open_form(ResultForm(self.context, info, self),
                              lambda _info: self.load_batches())

    def show_detail(self) -> RecordDetailDialog | None:
        """The selected result in full."""
        info = self.selected_result()
        if info is None:
            return None
        self.detail = open_record_detail(self, RecordDetailDialog(
            tr("Inspection result {number}").format(number=info.number), result_rows(info),
            parent=self))
        return self.detail

    def print_form(self, form_key: str) -> BackgroundTask | None:
        """Preview a form of the selected result."""
        info = self.selected_result()
        if info is None:
            return None
        self.preview_task = show_form_preview(self, self.context, form_key, info.number)
        return self.preview_task



# --- coverage -------------------------------------------------------------------------------

def item_headers() -> list[str]:
    """The columns of the coverage per item."""
    return [tr("Item code"), tr("Inspection item"), tr("Type of item"),
            tr("Batches planned"), tr("Batches inspected"), tr("Objects drawn"),
            tr("Inspected and closed"), tr("Problems found")]


def grade_headers() -> list[str]:
    """The columns of the coverage per grade."""
    return [tr("Credit grade"), tr("Objects in the pools"), tr("Drawn"), tr("Share drawn"),
            tr("Lowest share"), tr("Reached")]


def yes_no(flag: bool) -> str:
    """是 or 否."""
    return tr("Yes") if flag else tr("No")


def agency_text(coverage: Coverage) -> str:
    """The agencies' share against the minimum (锡林郭勒 (十九))."""
    agencies = coverage.agencies
    if not agencies.pool_size:
        return tr("No agency of the directory did business in {year}.").format(
            year=coverage.year)
    return tr("Agencies doing business in {year}: {active}; drawn: {drawn} ({share:.1f} %); "
              "at least {minimum} % must be inspected — {verdict}.").format(
        year=coverage.year, active=agencies.pool_size, drawn=agencies.drawn,
        share=agencies.ratio, minimum=agencies.lowest,
        verdict=tr("reached") if agencies.reached else tr("NOT reached"))


def industries_text(coverage: Coverage) -> str:
    """The industries of the directory not inspected this year (锡林郭勒 (九))."""
    if not coverage.industry_check:
        return tr("The check that every industry is inspected each year is switched off in "
                  "the settings.")
    if not coverage.industries_missing:
        return tr("Every industry of the directory has been inspected in {year}.").format(
            year=coverage.year)
    return tr("Industries not yet inspected in {year}: {names}.").format(
        year=coverage.year, names="、".join(coverage.industries_missing))


class CoveragePage(QWidget):
    """A year's coverage, read-only: per item planned against done, per credit grade the share
    drawn against the lowest, the agencies' 25 % and the industries not yet inspected."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.coverage: Coverage | None = None
        self.year_box = QSpinBox()
        self.year_box.setRange(2000, 2100)
        self.year_box.setValue(date.today().year)
        self.year_box.setToolTip(tr("The year of the plans"))
        self.year_box.valueChanged.connect(lambda _year: self.refresh())
        self.refresh_button = action_button(tr("Refresh"), tr("Count again"), self.refresh)
        self.items = compact(ReadOnlyTable(item_headers()))
        self.grades = compact(ReadOnlyTable(grade_headers()))
        self.agencies = QLabel()
        self.agencies.setWordWrap(True)
        self.industries = QLabel()
        self.industries.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        layout = page_layout(self, tr("Inspection coverage"), tr(
            "How far the year's plans have got: per item of the list the objects drawn "
            "against those inspected, per credit grade the share drawn against the lowest "
            "share of the settings, the agencies' minimum share (锡林郭勒 (十九)) and the "
            "industries not yet inspected (锡林郭勒 (九))."))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Year")))
        bar.addWidget(self.year_box)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(heading_label(tr("Per item"), scale=1.1))
        layout.addWidget(self.items, 2)
        layout.addWidget(heading_label(tr("Per credit grade"), scale=1.1))
        layout.addWidget(self.grades, 1)
        layout.addWidget(self.agencies)
        layout.addWidget(self.industries)
        self.refresh()

    def refresh(self) -> Coverage | None:
        """Count the chosen year again."""
        try:
            self.coverage = results.coverage(self.context.database, self.context.actor,
                                             self.year_box.value())
        except UserError as error:
            self.message.setText(str(error))
            self.message.show()
            return None
        self.message.hide()
        found = self.coverage
        self.items.set_rows([[item.code, item.name, item.item_type_label, str(item.batches),
                              str(item.batches_done), str(item.planned), str(item.done),
                              str(item.problems)] for item in found.items])
        self.grades.set_rows([[grade.grade, str(grade.pool_size), str(grade.drawn),
                               grade.ratio_text, f"{grade.lowest}%", yes_no(grade.reached)]
                              for grade in found.grades])
        for row, grade in enumerate(found.grades):
            if not grade.reached:
                for column in range(self.grades.columnCount()):
                    cell = self.grades.item(row, column)
                    if cell is not None:
                        cell.setForeground(QColor("#b00020"))
        self.agencies.setText(agency_text(found))
        self.agencies.setStyleSheet("" if found.agencies.reached else ERROR_STYLE)
        self.industries.setText(industries_text(found))
        self.industries.setStyleSheet(ERROR_STYLE if found.industries_missing else "")
        return found


# --- the pages ------------------------------------------------------------------------------

for _key, _title, _factory, _order in (
        ("inspection_plans", lambda: tr("Inspection plans"), InspectionPlansPage, ORDER + 6),
        ("inspection_draws", lambda: tr("Random draw records"), DrawsPage, ORDER + 8),
        ("inspection_results", lambda: tr("Inspection results"), ResultsPage, ORDER + 10),
        ("inspection_coverage", lambda: tr("Inspection coverage"), CoveragePage, ORDER + 12)):
    register_page(PageInfo(key=_key, title=_title, group=group_inspections, factory=_factory,
                           permission=Permission.READ, order=_order))

