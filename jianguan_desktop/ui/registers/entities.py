"""The entity register page (台账 → 市场主体库): the list, new and edit, delete, history, merge,
import, and below the list the selected entity's credit grade and credit list entries.

Everything goes through :mod:`jianguan_desktop.services.entities` (and ``credit_grades``,
``credit_lists`` for the credit panel); the edit dialogs are record
forms (:class:`~jianguan_desktop.ui.record_form.RecordForm`); a code already registered is shown at
the code field with a button that opens the record holding it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import credit_grades, credit_lists, entities
from jianguan_desktop.services.credit_grades import grade_labels
from jianguan_desktop.services.entities import (
    ADDRESS_MAX,
    NAME_MAX,
    PHONE_MAX,
    REMARKS_MAX,
    SHORT_MAX,
    DuplicateEntityError,
    EntityInfo,
    field_labels,
    kind_labels,
    table_key_for,
)
from jianguan_desktop.services.tables import TableQuery, fetch_rows, get_table
from jianguan_desktop.ui.history_dialog import show_history
from jianguan_desktop.ui.import_dialog import open_import
from jianguan_desktop.ui.pages import AppContext, PageInfo, group_registers, register_page
from jianguan_desktop.ui.record_form import FieldDef
from jianguan_desktop.ui.register_page import RegisterPage
from jianguan_desktop.ui.registers._credit_shared import (
    EntryDetailDialog,
    FittingForm,
    ReadOnlyTable,
    day_text,
    entry_summary_headers,
    entry_summary_row,
    open_detail,
)
from jianguan_desktop.ui.widgets import (
    action_button,
    confirm,
    heading_label,
    help_label,
    show_user_error,
)

CANDIDATE_LIMIT = 50  # rows a search for an entity lists
IMPORT_KEY = "entities"


def entity_fields() -> list[FieldDef]:
    """The fields of the edit dialog, in the order a clerk reads a business licence."""
    labels = field_labels()
    return [
        FieldDef("kind", labels["kind"], "combo", required=True,
                 choices=list(kind_labels().items())),
        FieldDef("name", labels["name"], required=True, max_length=NAME_MAX),
        FieldDef("code", labels["code"], required=True, max_length=40, help=tr(
            "Units: the 18-character unified social credit code. Experts and natural "
            "persons: the 18-digit ID card number.")),
        FieldDef("legal_representative", labels["legal_representative"],
                 max_length=SHORT_MAX),
        FieldDef("address", labels["address"], max_length=ADDRESS_MAX),
        FieldDef("contact_person", labels["contact_person"], max_length=SHORT_MAX),
        FieldDef("phone", labels["phone"], max_length=PHONE_MAX),
        FieldDef("qualifications", labels["qualifications"], "text",
                 placeholder=tr("One qualification per line, with its grade and number")),
        FieldDef("remarks", labels["remarks"], max_length=REMARKS_MAX),
    ]


def form_values(info: EntityInfo | None) -> dict[str, Any]:
    """What the dialog shows for an entity (a new one: empty, a bidder)."""
    if info is None:
        return {"kind": "bidder"}
    return {key: getattr(info, key) for key in (
        "kind", "name", "code", "legal_representative", "address", "contact_person", "phone",
        "qualifications", "remarks")}


class EntityForm(FittingForm):
    """The edit dialog of an entity; a duplicate code offers the record that has it."""

    def __init__(self, ctx: AppContext, info: EntityInfo | None = None,
                 parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.info = info
        self.existing_id: str | None = None
        title = tr("New market entity") if info is None else tr(
            "Edit market entity {name}").format(name=info.name)
        super().__init__(entity_fields(), self._save_entity, form_values(info), title, parent)
        self.setMinimumWidth(560)
        self.open_existing_button = QPushButton(tr("Open the existing record"))
        self.open_existing_button.setToolTip(tr(
            "Close this dialog without saving and open the record that has this code"))
        self.buttons.addButton(self.open_existing_button,
                               QDialogButtonBox.ButtonRole.ActionRole)
        self.open_existing_button.setVisible(False)  # only once a duplicate code is refused

    def _save_entity(self, values: dict[str, Any]) -> EntityInfo:
        self.existing_id = None
        self.open_existing_button.setVisible(False)
        try:
            if self.info is None:
                return entities.create_entity(self.ctx.database, self.ctx.actor, values)
            return entities.update_entity(self.ctx.database, self.ctx.actor, self.info.id,
                                          values, self.info.version)
        except DuplicateEntityError as error:
            self.existing_id = error.existing_id
            self.open_existing_button.setVisible(True)
            raise


class EntityPicker(QWidget):
    """Find a registered entity: a search box (any part of a name or code, one character
    will do) and the matching entities; ``chosen_changed`` follows the choice."""

    chosen_changed = Signal()
    activated = Signal()

    def __init__(self, ctx: AppContext, exclude: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exclude = exclude
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(tr("Search by name or code"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self.search)
        self.candidates = QListWidget()
        self.candidates.currentItemChanged.connect(lambda *_: self.chosen_changed.emit())
        self.candidates.itemDoubleClicked.connect(lambda _item: self.activated.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.candidates, 1)
        self.search()

    def search(self) -> None:
        """List the entities matching the search box (the excluded one left out)."""
        spec = get_table(table_key_for(self.ctx.actor))
        try:
            rows = fetch_rows(self.ctx.database, self.ctx.actor, spec,
                              TableQuery(search=self.search_box.text()), 0, CANDIDATE_LIMIT)
        except UserError as error:
            rows = []
            show_user_error(self, error)
        self.candidates.clear()
        for row in rows:
            if row["row_id"] == self.exclude:
                continue
            kind = kind_labels().get(str(row["kind"]), str(row["kind"]))
            item = QListWidgetItem(f"{row['name']}　{row['code']}　（{kind}）")
            item.setData(Qt.ItemDataRole.UserRole, row["row_id"])
            self.candidates.addItem(item)
        self.chosen_changed.emit()

    def chosen_id(self) -> str | None:
        """The id of the entity chosen (``None`` while none is)."""
        item = self.candidates.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def names(self) -> list[str]:
        """The texts listed, in order."""
        return [self.candidates.item(row).text() for row in range(self.candidates.count())]


class MergeDialog(QDialog):
    """Pick the record to fold into the kept one: a search box and the matching entities."""

    def __init__(self, ctx: AppContext, keep: EntityInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.keep = keep
        self.setWindowTitle(tr("Merge into {name}").format(name=keep.name))
        self.setMinimumSize(520, 420)
        self.picker = EntityPicker(ctx, exclude=keep.id)
        self.search_box = self.picker.search_box
        self.candidates = self.picker.candidates
        self.picker.chosen_changed.connect(self._update_button)
        self.picker.activated.connect(self.accept)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(tr("Merge"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_label(tr(
            "Choose the second entry of “{name}” ({code}). It is folded into this record: "
            "its details fill the empty ones here, it leaves the list, and both change "
            "histories are kept.").format(name=keep.name, code=keep.code)))
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.buttons)
        self._update_button()

    def chosen_id(self) -> str | None:
        """The id of the record chosen to be merged."""
        return self.picker.chosen_id()

    def _update_button(self) -> None:
        self.merge_button.setEnabled(self.chosen_id() is not None)


class GradeForm(FittingForm):
    """评定信用等级: a grade A–D from a date, with its reason; messages at the fields."""

    def __init__(self, ctx: AppContext, entity: EntityInfo, current: str | None,
                 parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.entity = entity
        fields = [
            FieldDef("grade", tr("Credit grade"), "combo", required=True,
                     choices=list(grade_labels().items())),
            FieldDef("graded_on", tr("Graded on"), "date", required=True),
            FieldDef("reason", tr("Reason"), "text", required=True, placeholder=tr(
                "The evaluation or decision the grade comes from, with its document number")),
        ]
        super().__init__(fields, self._save_grade, {"grade": current,
                                                    "graded_on": date.today()},
                         tr("Grade the credit of {name}").format(name=entity.name), parent)
        self.setMinimumWidth(520)

    def _save_grade(self, values: dict[str, Any]) -> credit_grades.GradeInfo:
        return credit_grades.set_grade(self.ctx.database, self.ctx.actor, self.entity.id,
                                       values["grade"] or "", values["graded_on"],
                                       values["reason"])


class EntityCreditPanel(QWidget):
    """Below the list: the selected entity's credit grade with its history, and every credit
    list entry about it, so that a clerk sees its listings at a glance."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity_id: str | None = None
        self.grade_label = heading_label(tr("Credit grade: select an entity"), scale=1.05)
        self.grade_button = action_button(tr("Grade credit…"), tr(
            "Give the selected entity a credit grade A, B, C or D, with its date and reason"),
            lambda: None)
        self.grades = ReadOnlyTable([tr("Graded on"), tr("Credit grade"), tr("Entered by"),
                                     tr("Reason")])
        self.entries_label = heading_label(tr("Credit list entries"), scale=1.05)
        self.entries = ReadOnlyTable(entry_summary_headers())
        self.entries.setToolTip(tr("Double-click an entry to see it in full"))
        self.entries.cellDoubleClicked.connect(lambda row, _column: self.show_entry(row))
        self.shown_entries: list[credit_lists.CreditEntryInfo] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 6, 0, 0)
        top = QWidget()
        row = QGridLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.grade_label, 0, 0)
        row.addWidget(self.grade_button, 0, 1)
        row.setColumnStretch(0, 1)
        grid.addWidget(top, 0, 0)
        grid.addWidget(self.grades, 1, 0)
        grid.addWidget(self.entries_label, 0, 1)
        grid.addWidget(self.entries, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(1, 1)

    def show_entity(self, entity_id: str | None) -> None:
        """Show the grade and the entries of an entity (``None``: nothing selected)."""
        self.entity_id = entity_id
        grades: list[credit_grades.GradeInfo] = []
        entries: list[credit_lists.CreditEntryInfo] = []
        if entity_id is not None:
            try:
                grades = credit_grades.grade_history(self.ctx.database, self.ctx.actor,
                                                     entity_id)
                entries = credit_lists.entries_of_entity(self.ctx.database, self.ctx.actor,
                                                         entity_id)
            except UserError:
                entity_id = None  # gone meanwhile: the list is read again by the page
        today = date.today()
        in_force = next((grade for grade in grades if grade.graded_on <= today), None)
        if entity_id is None:
            text = tr("Credit grade: select an entity")
        elif in_force is None:
            text = tr("Credit grade: not graded yet")
        else:
            text = tr("Credit grade: {grade}, since {day}").format(
                grade=in_force.grade_label, day=day_text(in_force.graded_on))
        self.grade_label.setText(text)
        self.grades.set_rows([day_text(grade.graded_on), grade.grade_label, grade.created_by,
                              " ".join(grade.reason.split())] for grade in grades)
        self.shown_entries = entries
        self.entries.set_rows(entry_summary_row(entry) for entry in entries)
        active = sum(entry.active for entry in entries)
        self.entries_label.setText(
            tr("Credit list entries: {count}, in force today: {active}").format(
                count=len(entries), active=active) if entries else tr(
                "Credit list entries: none"))
        self.grade_button.setEnabled(entity_id is not None
                                     and self.ctx.actor.can(Permission.WRITE))

    def show_entry(self, row: int) -> EntryDetailDialog | None:
        """The entry of a row in full: objections, answers, the date of every step."""
        if not 0 <= row < len(self.shown_entries):
            return None
        return open_detail(self, self.shown_entries[row])

    def grade_text(self) -> str:
        """The line stating the grade in force."""
        return self.grade_label.text()


class EntitiesPage(RegisterPage):
    """The market entities of the office, by name, and what can be done with them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, table_key_for(context.actor), parent)
        self.dialog: EntityForm | None = None
        self.merge_dialog: MergeDialog | None = None
        self.view.record_activated.connect(self.activate_own(self.edit_entity))

        self.new_button = action_button(tr("New…"), tr("Register a new market entity"),
                                        self.new_entity)
        self.edit_button = action_button(tr("Edit…"), tr(
            "Change the selected entity (or double-click it)"), self.edit_entity)
        self.delete_button = action_button(tr("Delete…"), tr(
            "Mark the selected entity deleted; it stays in the history"), self.delete_entity)
        self.history_button = action_button(tr("Change history"), tr(
            "Every change of the selected entity"), self.show_entity_history)
        self.merge_button = action_button(tr("Merge…"), tr(
            "Fold a second entry of the same entity into the selected one"),
            self.merge_entity)
        self.merge_button.setVisible(context.actor.can(Permission.APPROVE))
        self.import_button = action_button(tr("Import…"), tr(
            "Take over a register of market entities from an Excel workbook"),
            self.import_entities)
        self.grade_dialog: GradeForm | None = None
        self.credit = EntityCreditPanel(context)
        self.credit.grade_button.clicked.connect(self.grade_entity)
        self.owner_only(self.edit_button, self.delete_button, self.merge_button)
        self.lay_out(tr("Market entities"), tr(
            "Tenderers, bidders, agencies, experts and natural persons, one record per "
            "unified social credit code or ID card number. Search by any part of a name or "
            "code."), (self.new_button, self.edit_button, self.delete_button,
                       self.history_button, self.merge_button, self.import_button))
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.layout().replaceWidget(self.view, splitter)
        splitter.addWidget(self.view)
        splitter.addWidget(self.credit)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.show_credit()

    def _update_buttons(self) -> None:
        selected = self.view.current_id() is not None
        may_write = self.context.actor.can(Permission.WRITE)
        for button, enabled in ((self.new_button, may_write),
                                (self.edit_button, selected and may_write),
                                (self.delete_button, selected and may_write),
                                (self.history_button, selected),
                                (self.merge_button, selected),
                                (self.import_button, may_write)):
            button.setEnabled(enabled)
        self.show_credit()

    def show_credit(self) -> None:
        """Show the selected entity's grade and credit list entries below the list."""
        self.credit.show_entity(self.view.current_id())

    def selected_entity(self) -> EntityInfo | None:
        """The entity under the cursor, read again (``None`` and a message if it is gone)."""
        return self.read_selected(entities.get_entity)

    def _read(self, entity_id: str) -> EntityInfo | None:
        return self.read_record(entity_id, entities.get_entity)

    def open_form(self, info: EntityInfo | None) -> EntityForm:
        """Open the edit dialog (modal to the window); the list is read again after a save."""
        self.dialog = EntityForm(self.context, info, self)
        self.dialog.saved.connect(lambda _info: self.view.refresh())
        self.dialog.open_existing_button.clicked.connect(self._open_existing)
        self.dialog.open()
        return self.dialog

    def _open_existing(self) -> None:
        """The dialog's “open the existing record”: leave it unsaved, edit the holder."""
        form = self.dialog
        if form is None or form.existing_id is None:
            return
        existing = self._read(form.existing_id)
        form.done(QDialog.DialogCode.Rejected)  # nothing to keep: the record exists already
        if existing is not None:
            self.open_form(existing)

    def new_entity(self) -> EntityForm:
        """Register a new entity."""
        return self.open_form(None)

    def edit_entity(self) -> EntityForm | None:
        """Edit the selected entity (double-click or Enter too)."""
        if not self.context.actor.can(Permission.WRITE):
            return None
        info = self.selected_entity()
        return self.open_form(info) if info is not None else None

    def delete_entity(self) -> None:
        """Mark the selected entity deleted, after asking."""
        info = self.selected_entity()
        if info is None or not confirm(self, tr("Delete market entity"), tr(
                "Delete “{name}” ({code})? It stays in the database and in the change "
                "history.").format(name=info.name, code=info.code)):
            return
        self.delete_record(lambda: entities.delete_entity(
            self.context.database, self.context.actor, info.id, info.version))

    def show_entity_history(self) -> None:
        """The change history of the selected entity."""
        info = self.selected_entity()
        if info is not None:
            show_history(self, self.context, "entities", info.id, info.name)

    def merge_entity(self) -> None:
        """Pick a second entry of the selected entity and fold it in, after asking."""
        keep = self.selected_entity()
        if keep is None:
            return
        self.merge_dialog = MergeDialog(self.context, keep, self)
        self.merge_dialog.accepted.connect(lambda: self._merge_chosen(keep))
        self.merge_dialog.open()

    def import_entities(self) -> None:
        """Take over entities from an Excel workbook; the list is read again after it."""
        open_import(self, self.context, IMPORT_KEY, on_imported=lambda _count: self.view.refresh())

    def grade_entity(self) -> GradeForm | None:
        """评定信用等级 of the selected entity; the panel shows the new grade after saving."""
        info = self.selected_entity()
        if info is None:
            return None
        try:
            current = credit_grades.grade_of(self.context.database, self.context.actor, info.id)
        except UserError as error:
            show_user_error(self, error)
            return None
        self.grade_dialog = GradeForm(self.context, info, current, self)
        self.grade_dialog.saved.connect(lambda _grade: self.credit.show_entity(info.id))
        self.grade_dialog.open()
        return self.grade_dialog

    def _merge_chosen(self, keep: EntityInfo) -> None:
        chosen = self.merge_dialog.chosen_id() if self.merge_dialog is not None else None
        merged = self._read(chosen) if chosen is not None else None
        if merged is None or not confirm(self, tr("Merge market entities"), tr(
                "Merge “{merged}” ({merged_code}) into “{kept}” ({kept_code})? The first "
                "leaves the list; both change histories are kept.").format(
                    merged=merged.name, merged_code=merged.code, kept=keep.name,
                    kept_code=keep.code)):
            return
        try:
            entities.merge_entities(self.context.database, self.context.actor, keep.id,
                                    merged.id, keep.version, merged.version)
        except UserError as error:
            show_user_error(self, error)
        self.view.refresh()


register_page(PageInfo(
    key="entities",
    title=lambda: tr("Market entities"),
    group=group_registers,
    factory=EntitiesPage,
    permission=Permission.READ,
    order=110,
))
