"""The directories of 双随机、一公开 (抽查事项清单, 执法检查人员名录库, 检查对象名录库): three
register pages with add and correct dialogs, delete and restore, history, import, print, export.

Everything goes through :mod:`jianguan_desktop.services.inspection_directory`; the dialogs are
record forms whose messages land at their fields. An object is a project typed in, or an entity
picked from the register of market entities.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.domain.inspections import ItemType, ObjectKind
from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import inspection_directory as directory
from jianguan_desktop.services.inspection_directory import (
    InspectorInfo,
    ItemInfo,
    ObjectInfo,
    inspector_field_labels,
    item_field_labels,
    object_field_labels,
    trade_type_labels,
)
from jianguan_desktop.services.inspections import (
    industry_names,
    inspector_status_labels,
    item_type_labels,
    object_kind_labels,
    risk_labels,
)
from jianguan_desktop.services.registers import load_registers
from jianguan_desktop.ui.history_dialog import show_history
from jianguan_desktop.ui.import_dialog import ImportDialog, open_import
from jianguan_desktop.ui.pages import AppContext, PageInfo, register_page
from jianguan_desktop.ui.record_form import FieldDef
from jianguan_desktop.ui.register_page import RegisterPage
from jianguan_desktop.ui.registers._credit_shared import FittingForm, fit_height
from jianguan_desktop.ui.registers.entities import EntityPicker
from jianguan_desktop.ui.widgets import action_button, confirm

load_registers()  # the directories' views are registered by the services
DELETED_COLOUR = "#e6e6e6"
PICKER_ROWS = 5
ORDER = 300  # after the registers (100–155), before the system pages (900s)


def group_inspections() -> str:
    """Group of the 双随机、一公开 pages."""
    return tr("Random inspections")


def _one_per_line() -> str:
    return tr("One per line (、 or commas also separate)")


def _with_industries(line: QWidget) -> None:
    """Offer the usual industries while typing (any other may be typed)."""
    assert isinstance(line, QLineEdit)
    completer = QCompleter(industry_names(), line)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    line.setCompleter(completer)
    line.setPlaceholderText("、".join(industry_names()[:4]) + "……")


class DirectoryForm(FittingForm):
    """What the three dialogs share: a new record or a correction of ``info``, saved through
    the service's create or update."""

    def __init__(self, ctx: AppContext, fields: list[FieldDef], info: Any,
                 values: dict[str, Any], titles: tuple[str, str],
                 create: Callable[..., Any], update: Callable[..., Any],
                 parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.info = info
        self._create = create
        self._update = update
        title = titles[0] if info is None else titles[1]
        super().__init__(fields, self._save_record, values, title, parent)
        self.setMinimumWidth(620)

    def service_values(self, values: dict[str, Any]) -> dict[str, Any]:
        """What the service is given (subclasses leave out rows hidden)."""
        return values

    def _save_record(self, values: dict[str, Any]) -> Any:
        data = self.service_values(values)
        if self.info is None:
            return self._create(self.ctx.database, self.ctx.actor, data)
        return self._update(self.ctx.database, self.ctx.actor, self.info.id, data,
                            self.info.version)


# --- 抽查事项清单 ---------------------------------------------------------------------------

def item_fields() -> list[FieldDef]:
    """The fields of an item, in the order of a published 抽查事项清单."""
    labels = item_field_labels()
    return [
        FieldDef("name", labels["name"], required=True, max_length=200),
        FieldDef("code", labels["code"], max_length=50),
        FieldDef("item_type", labels["item_type"], "combo", required=True,
                 choices=list(item_type_labels().items()), help=tr(
                     "A general item is drawn at no more than its share; a key item has no "
                     "cap.")),
        FieldDef("ratio_cap", labels["ratio_cap"], max_length=3, placeholder="1–100"),
        FieldDef("object_kind", labels["object_kind"], "combo", required=True,
                 choices=list(object_kind_labels().items())),
        FieldDef("industry", labels["industry"], max_length=50),
        FieldDef("basis", labels["basis"], "text", placeholder=tr(
            "The laws and articles, such as 《中华人民共和国招标投标法》第七条")),
        FieldDef("department", labels["department"], max_length=200),
        FieldDef("content", labels["content"], "text"),
        FieldDef("method", labels["method"], max_length=200,
                 placeholder=tr("Such as 书面检查、实地核查")),
        FieldDef("active", labels["active"], "check"),
        FieldDef("remarks", labels["remarks"], max_length=1000),
    ]


ITEM_KEYS = ("name", "code", "item_type", "ratio_cap", "object_kind", "industry", "basis",
             "department", "content", "method", "active", "remarks")


class ItemForm(DirectoryForm):
    """Add or correct an item; the cap's row shows for a general item only."""

    def __init__(self, ctx: AppContext, info: ItemInfo | None = None,
                 parent: QWidget | None = None) -> None:
        values: dict[str, Any] = {"item_type": ItemType.GENERAL.value, "object_kind": "project",
                                  "active": True}
        if info is not None:
            values = {key: getattr(info, key) for key in ITEM_KEYS}
            values["ratio_cap"] = "" if info.ratio_cap is None else str(info.ratio_cap)
        super().__init__(ctx, item_fields(), info, values, (tr("New inspection item"), tr(
            "Correct inspection item")), directory.create_item, directory.update_item, parent)
        _with_industries(self.widgets["industry"])
        box = self.widgets["item_type"]
        assert isinstance(box, QComboBox)
        box.currentIndexChanged.connect(lambda _index: self._type_changed())
        self._type_changed()

    def _type_changed(self) -> None:
        self.set_row_visible("ratio_cap", self.values()["item_type"] != ItemType.KEY.value)
        fit_height(self, shrink=True)


# --- 执法检查人员名录库 ---------------------------------------------------------------------

def inspector_fields() -> list[FieldDef]:
    """The fields of an inspector: who, the certificate, what they know, whom they avoid."""
    labels = inspector_field_labels()
    return [
        FieldDef("name", labels["name"], required=True, max_length=50),
        FieldDef("unit", labels["unit"], max_length=200),
        FieldDef("cert_number", labels["cert_number"], required=True, max_length=50),
        FieldDef("status", labels["status"], "combo", required=True,
                 choices=list(inspector_status_labels().items()), help=tr(
                     "Only available inspectors are matched in a draw.")),
        FieldDef("specialties", labels["specialties"], "text", placeholder=_one_per_line(),
                 help=tr("Industries the person can inspect, such as 房屋建筑; a draw matches "
                         "them with the objects' industries.")),
        FieldDef("phone", labels["phone"], max_length=50),
        FieldDef("related", labels["related"], "text", placeholder=_one_per_line(), help=tr(
            "Units and parties the person is related to: never matched with them.")),
        FieldDef("recused", labels["recused"], "text", placeholder=_one_per_line(), help=tr(
            "Codes or project numbers of objects the person must stay away from.")),
        FieldDef("remarks", labels["remarks"], max_length=1000),
    ]


class InspectorForm(DirectoryForm):
    """Add or correct an inspector; a certificate number already held is shown at its field."""

    def __init__(self, ctx: AppContext, info: InspectorInfo | None = None,
                 parent: QWidget | None = None) -> None:
        values: dict[str, Any] = {"status": "active"}
        if info is not None:
            values = {"name": info.name, "unit": info.unit, "cert_number": info.cert_number,
                      "status": info.status, "specialties": "\n".join(info.specialties),
                      "phone": info.phone, "related": "\n".join(info.related),
                      "recused": "\n".join(info.recused), "remarks": info.remarks}
        super().__init__(ctx, inspector_fields(), info, values, (tr("New inspector"), tr(
            "Correct inspector")), directory.create_inspector, directory.update_inspector,
            parent)


# --- 检查对象名录库 -------------------------------------------------------------------------

def object_fields() -> list[FieldDef]:
    """The fields of an object; the form shows those of a project or of an entity."""
    labels = object_field_labels()
    return [
        FieldDef("kind", labels["kind"], "combo", required=True,
                 choices=list(object_kind_labels().items())),
        FieldDef("name", labels["name"], required=True, max_length=400),
        FieldDef("code", labels["code"], required=True, max_length=50),
        FieldDef("lot", labels["lot"], max_length=200),
        FieldDef("trade_type", labels["trade_type"], "combo",
                 choices=list(trade_type_labels().items())),
        FieldDef("industry", labels["industry"], max_length=50),
        FieldDef("risk", labels["risk"], "combo", required=True,
                 choices=list(risk_labels().items()), help=tr(
                     "Within its credit grade, an object of higher risk is more likely to be drawn "
                     "(weight 1 to 3).")),
        FieldDef("amount", labels["amount"], max_length=15, placeholder=tr(
            "Whole yuan, such as 12860000")),
        FieldDef("tenderer_name", labels["tenderer_name"], max_length=200),
        FieldDef("agency_name", labels["agency_name"], max_length=200),
        FieldDef("winner_name", labels["winner_name"], max_length=200),
        FieldDef("opened_on", labels["opened_on"], "date"),
        FieldDef("completed_on", labels["completed_on"], "date", help=tr(
            "A plan's pool is normally the projects completed this year and the last.")),
        FieldDef("unit", labels["unit"], max_length=200, help=tr(
            "An expert's employer (inspectors of that unit are not matched with them). For a "
            "project: blank means its tenderer.")),
        FieldDef("active_year", labels["active_year"], max_length=4, help=tr(
            "For an agency: the last year it did business here (agencies active in a year "
            "are inspected at the minimum share).")),
        FieldDef("remarks", labels["remarks"], max_length=1000),
    ]


PROJECT_KEYS = ("kind", "name", "code", "lot", "trade_type", "industry", "risk", "amount",
                "tenderer_name", "agency_name", "winner_name", "opened_on", "completed_on",
                "unit", "remarks")
ENTITY_KEYS = ("kind", "industry", "risk", "unit", "active_year", "remarks")


class ObjectForm(DirectoryForm):
    """Add or correct an object: a project typed in, or an entity found in the register."""

    def __init__(self, ctx: AppContext, info: ObjectInfo | None = None,
                 parent: QWidget | None = None) -> None:
        values: dict[str, Any] = {"kind": ObjectKind.PROJECT.value, "risk": 2}
        if info is not None:
            values = {key: getattr(info, key) for key in set(PROJECT_KEYS) | set(ENTITY_KEYS)}
            for key in ("amount", "active_year"):
                values[key] = "" if values[key] is None else str(values[key])
        super().__init__(ctx, object_fields(), info, values, (tr("New object of inspection"),
                         tr("Correct object of inspection")), directory.create_object,
                         directory.update_object, parent)
        self.setMinimumWidth(680)
        _with_industries(self.widgets["industry"])
        self.picker = EntityPicker(ctx)
        self.picker.search_box.setObjectName("field_entity_search")
        self.picker.candidates.setFixedHeight(
            self.picker.candidates.fontMetrics().lineSpacing() * PICKER_ROWS + 12)
        self.entity_label = QLabel("" if info is None or info.kind == ObjectKind.PROJECT.value
                                   else f"{info.name}（{info.code}）")
        chooser = QWidget()
        column = QVBoxLayout(chooser)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.picker)
        column.addWidget(self.entity_label)
        chooser.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.form.add_field("entity_id", object_field_labels()["entity_id"], chooser,
                            tr("Type part of the name or code, then choose with ↓."))
        self.widgets["entity_id"] = chooser  # shown or hidden with the kind
        self.move_last_row(1)  # the entity follows the kind
        self.picker.chosen_changed.connect(self._entity_chosen)
        QWidget.setTabOrder(self.widgets["kind"], self.picker.search_box)
        QWidget.setTabOrder(self.picker.search_box, self.picker.candidates)
        QWidget.setTabOrder(self.picker.candidates, self.widgets["name"])
        self.picker.search_box.installEventFilter(self)
        box = self.widgets["kind"]
        assert isinstance(box, QComboBox)
        box.currentIndexChanged.connect(lambda _index: self._kind_changed())
        box.setEnabled(info is None)  # an entity stays an entity, a project a project
        self._kind_changed()
        self.set_values(self.values())  # the form counts as unchanged

    def is_project(self) -> bool:
        """Whether the kind chosen is a project."""
        return self.values()["kind"] in (None, ObjectKind.PROJECT.value)

    def _kind_changed(self) -> None:
        project = self.is_project()
        editing_entity = self.info is not None and self.info.kind != ObjectKind.PROJECT.value
        self.set_row_visible("entity_id", not project)
        self.picker.setVisible(not project and not editing_entity)
        self.entity_label.setVisible(not project and editing_entity)
        kind = self.values()["kind"]
        for key in PROJECT_KEYS:
            if key not in ENTITY_KEYS:
                self.set_row_visible(key, project)
        # a company is its own unit; an expert's is the employer; a project's its tenderer
        self.set_row_visible("unit", project or kind == ObjectKind.EXPERT.value)
        self.set_caption("unit", object_field_labels()["unit"] if project else tr("Employer"))
        self.set_row_visible("active_year", kind == ObjectKind.AGENCY.value)
        fit_height(self, shrink=True)
        QTimer.singleShot(0, lambda: fit_height(self, shrink=True))  # once the rows are laid out

    def _entity_chosen(self) -> None:
        self.form.set_error("entity_id", "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↓ in the search box goes down into the entities found."""
        if (watched is self.picker.search_box and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.picker.candidates.count()):
            self.picker.candidates.setFocus()
            if self.picker.candidates.currentRow() < 0:
                self.picker.candidates.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    def local_errors(self) -> dict[str, str]:
        errors = super().local_errors()
        if not self.is_project():
            for key in ("name", "code"):
                errors.pop(key, None)
            if self.info is None and self.picker.chosen_id() is None:
                errors["entity_id"] = tr("Search the register and choose the entity.")
        return errors

    def service_values(self, values: dict[str, Any]) -> dict[str, Any]:
        if self.is_project():
            return {key: values[key] for key in PROJECT_KEYS}
        data = {key: values[key] for key in ENTITY_KEYS}
        data["entity_id"] = (self.info.entity_id if self.info is not None
                             else self.picker.chosen_id())
        return data


# --- the pages ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Directory:
    """What a directory page needs from its service and its words."""

    key: str
    table_key: str
    import_key: str
    title: Callable[[], str]
    explanation: Callable[[], str]
    get: Callable[..., Any]
    delete: Callable[..., Any]
    restore: Callable[..., Any]
    form: Callable[..., DirectoryForm]
    describe: Callable[[Any], str]
    order: int


class DirectoryPage(RegisterPage):
    """A directory's list; new, correct, delete and restore, history, import."""

    directory: Directory

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.directory.table_key, parent)
        self.dialog: DirectoryForm | None = None
        self.view.record_activated.connect(self.activate_own(self.edit_record))
        self.view.model.set_row_hooks(self._row_colour)
        self.new_button = action_button(tr("New…"), tr("Add a record (Ctrl+N)"),
                                        self.new_record)
        self.new_button.setShortcut("Ctrl+N")
        self.edit_button = action_button(tr("Correct…"), tr(
            "Correct the selected record (or double-click it, or press Enter)"),
            self.edit_record)
        self.delete_button = action_button(tr("Delete…"), tr(
            "Mark the selected record deleted; it stays in the history and can be restored"),
            self.delete_selected)
        self.restore_button = action_button(tr("Restore"), tr(
            "Bring the selected deleted record back"), self.restore_selected)
        self.history_button = action_button(tr("Change history"), tr(
            "Every change of the selected record"), self.show_record_history)
        self.import_button = action_button(tr("Import…"), tr(
            "Take the directory over from an Excel workbook"), self.import_records)
        self.show_deleted = QCheckBox(tr("Show deleted records"))
        self.show_deleted.toggled.connect(self._deleted_toggled)
        self.owner_only(self.edit_button, self.delete_button, self.restore_button)
        self.lay_out(self.directory.title(), self.directory.explanation(), (
            self.new_button, self.edit_button, self.delete_button, self.restore_button,
            self.history_button, self.import_button))
        self.view.toolbar.insertWidget(1, self.show_deleted)

    def _row_colour(self, row: dict[str, Any]) -> QColor | None:
        return QColor(DELETED_COLOUR) if row.get("deleted_at") is not None else None

    def _deleted_toggled(self, checked: bool) -> None:
        self.view.model.set_query(replace(self.view.model.query, include_deleted=checked))

    def selected_deleted(self) -> bool:
        """Whether the record under the cursor is a deleted one."""
        row = self.selected_row()
        return row is not None and row.get("deleted_at") is not None

    def _update_buttons(self) -> None:
        selected = self.view.current_id() is not None
        deleted = self.selected_deleted()
        may_write = self.context.actor.can(Permission.WRITE)
        self.new_button.setEnabled(may_write)
        self.edit_button.setEnabled(selected and may_write and not deleted)
        self.delete_button.setEnabled(selected and may_write and not deleted)
        self.restore_button.setEnabled(selected and may_write and deleted)
        self.restore_button.setVisible(self.show_deleted.isChecked())
        self.history_button.setEnabled(selected)
        self.import_button.setEnabled(may_write)

    def open_form(self, info: Any) -> DirectoryForm:
        """Open the dialog (modal to the window); the list is read again after a save."""
        self.dialog = self.directory.form(self.context, info, self)
        self.dialog.saved.connect(lambda _info: self.view.refresh())
        self.dialog.open()
        return self.dialog

    def new_record(self) -> DirectoryForm | None:
        """Add a record."""
        if not self.context.actor.can(Permission.WRITE):
            return None
        return self.open_form(None)

    def edit_record(self) -> DirectoryForm | None:
        """Correct the selected record (a deleted one is restored first)."""
        if (self.selected_deleted() or not self.context.actor.can(Permission.WRITE)):
            return None
        info = self.read_selected(self.directory.get)
        return self.open_form(info) if info is not None else None

    def delete_selected(self) -> None:
        """Mark the selected record deleted, after asking."""
        info = self.read_selected(self.directory.get)
        if info is None or not confirm(self, tr("Delete"), tr(
                "Delete {record}? It stays in the database and in the change history, and "
                "can be restored.").format(record=self.directory.describe(info))):
            return
        self.delete_record(lambda: self.directory.delete(
            self.context.database, self.context.actor, info.id, info.version))

    def restore_selected(self) -> None:
        """Bring the selected deleted record back (refused, with the reason, when its number
        was given to another record meanwhile)."""
        record_id = self.view.current_id()
        if record_id is not None:
            self.delete_record(lambda: self.directory.restore(
                self.context.database, self.context.actor, record_id))

    def show_record_history(self) -> None:
        """The change history of the selected record."""
        row = self.selected_row()
        if row is not None:
            show_history(self, self.context, self.directory.table_key, str(row["row_id"]),
                         str(row.get("name") or ""))

    def import_records(self) -> ImportDialog | None:
        """Take records over from an Excel workbook; the list is read again after it."""
        return open_import(self, self.context, self.directory.import_key,
                           on_imported=lambda _count: self.view.refresh())


ITEMS = Directory(
    "inspection_items", directory.ITEMS_TABLE_KEY, "inspection_items",
    lambda: tr("Inspection items"),
    lambda: tr("The 抽查事项清单: what may be inspected, on what legal basis, by which "
               "department and how. A general item is drawn at no more than its share; a key "
               "item has no cap."),
    directory.get_item, directory.delete_item, directory.restore_item, ItemForm,
    lambda info: tr("the item “{name}”").format(name=info.name), ORDER)
INSPECTORS = Directory(
    "inspectors", directory.INSPECTORS_TABLE_KEY, "inspectors",
    lambda: tr("Law-enforcement inspectors"),
    lambda: tr("The 执法检查人员名录库: who may be drawn to inspect, with the certificate "
               "number, specialties and the conflicts of interest declared."),
    directory.get_inspector, directory.delete_inspector, directory.restore_inspector,
    InspectorForm, lambda info: tr("the inspector {name} ({number})").format(
        name=info.name, number=info.cert_number), ORDER + 2)
OBJECTS = Directory(
    "inspection_objects", directory.OBJECTS_TABLE_KEY, "inspection_objects",
    lambda: tr("Objects of inspection"),
    lambda: tr("The 检查对象名录库: trading projects, and tenderers, bidders, agencies and "
               "experts from the register of market entities, each with its risk level and "
               "credit grade in force."),
    directory.get_object, directory.delete_object, directory.restore_object, ObjectForm,
    lambda info: tr("“{name}” ({code})").format(name=info.name, code=info.code), ORDER + 4)


class ItemsPage(DirectoryPage):
    """抽查事项清单."""

    directory = ITEMS


class InspectorsPage(DirectoryPage):
    """执法检查人员名录库."""

    directory = INSPECTORS


class ObjectsPage(DirectoryPage):
    """检查对象名录库."""

    directory = OBJECTS


for _directory, _page in ((ITEMS, ItemsPage), (INSPECTORS, InspectorsPage),
                          (OBJECTS, ObjectsPage)):
    register_page(PageInfo(key=_directory.key, title=_directory.title,
                           group=group_inspections, factory=_page,
                           permission=Permission.READ, order=_directory.order))
