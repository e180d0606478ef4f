"""The liaison directory pages (联络员): the member units with their 责任领导 and 联络员, each
unit's 权责清单 and the history of its posts, and the list of every change, late ones in red.

Everything goes through :mod:`jianguan_desktop.services.liaison`: a change of post is recorded
with ``record_change`` (it ends the holder before), a mistyped entry is put right with
``correct_person``. The meeting pages are in :mod:`~jianguan_desktop.ui.registers.meetings`.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.domain.liaison import Role, UnitKind
from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import liaison
from jianguan_desktop.services.liaison import (
    CHANGES_TABLE_KEY,
    REPORT_WORKDAYS,
    UNITS_TABLE_KEY,
    DutyInfo,
    PersonInfo,
    UnitInfo,
    duty_field_labels,
    person_field_labels,
    role_labels,
    unit_field_labels,
    unit_kind_labels,
)
from jianguan_desktop.services.liaison_forms import DIRECTORY_FORM, write_directory_xlsx
from jianguan_desktop.services.registers import load_registers
from jianguan_desktop.services.settings import get_setting
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
from jianguan_desktop.ui.registers.inspection_directory import (
    Directory,
    DirectoryForm,
    DirectoryPage,
)
from jianguan_desktop.ui.registers.transfers import OVERDUE_COLOUR, overdue_colour
from jianguan_desktop.ui.widgets import (
    ERROR_STYLE,
    action_button,
    ask_save_path,
    confirm,
    heading_label,
    help_label,
    remember_folder,
    remembered_folder,
    safe_file_name,
    show_user_error,
)

load_registers()  # the views, forms and the import are registered by the services
ORDER = 400  # after random inspections (300s), before the system pages (900s)
EXPORT_FOLDER_KEY = "export.folder"
EMPTY_DUTY_WIDTHS = (280, 220)  # matter, basis (the department stretches)
PERSON_KEYS = ("name", "post", "office_phone", "mobile", "email", "vacant", "decided_on",
               "reported_on", "remarks")
PERSON_DETAILS = ("name", "post", "office_phone", "mobile", "email")
UNIT_KEYS = ("name", "short_name", "kind", "convener", "address", "duty_phone", "fax", "email",
             "sort_order", "active", "remarks")


def group_liaison() -> str:
    """Group of the liaison directory and joint meeting pages."""
    return tr("Liaison and joint meetings")


def may_write(ctx: AppContext) -> bool:
    """Whether the user may change records."""
    return ctx.actor.can(Permission.WRITE)


def insert_buttons(page: QWidget, buttons: list[QPushButton]) -> None:
    """Add buttons at the end of a register page's button row (before its stretch)."""
    layout = page.layout()
    assert layout is not None
    for index in range(layout.count()):
        row = layout.itemAt(index).layout()
        if isinstance(row, QHBoxLayout):
            for button in buttons:
                row.insertWidget(row.count() - 1, button)
            return


def colour_rows(table: ReadOnlyTable, rows: list[bool], colour: str = OVERDUE_COLOUR) -> None:
    """Give the rows flagged ``True`` a background (late reports, overdue tasks)."""
    for number, flagged in enumerate(rows):
        if not flagged:
            continue
        for column in range(table.columnCount()):
            item = table.item(number, column) or QTableWidgetItem()
            item.setBackground(QColor(colour))


def replace_with_splitter(page: RegisterPage, panel: QWidget) -> QSplitter:
    """Put the page's list above ``panel`` in a splitter that gives the list most room."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    layout = page.layout()
    assert isinstance(layout, QLayout)
    layout.replaceWidget(page.view, splitter)
    splitter.addWidget(page.view)
    splitter.addWidget(panel)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setChildrenCollapsible(False)
    return splitter


# --- a member unit --------------------------------------------------------------------------

def unit_fields() -> list[FieldDef]:
    """The fields of a member unit, in the order of the printed directory."""
    labels = unit_field_labels()
    return [
        FieldDef("name", labels["name"], required=True, max_length=200,
                 placeholder=tr("The full name, such as 滑县发展和改革委员会")),
        FieldDef("short_name", labels["short_name"], max_length=50),
        FieldDef("kind", labels["kind"], "combo", required=True,
                 choices=list(unit_kind_labels().items())),
        FieldDef("convener", labels["convener"], "check", help=tr(
            "The unit that convenes the joint meetings (牵头单位); there is one, so ticking it "
            "here unticks the one before.")),
        FieldDef("address", labels["address"], max_length=200),
        FieldDef("duty_phone", labels["duty_phone"], max_length=50,
                 placeholder=tr("With the area code, such as 0372-8123456")),
        FieldDef("fax", labels["fax"], max_length=50),
        FieldDef("email", labels["email"], max_length=200),
        FieldDef("sort_order", labels["sort_order"], max_length=4,
                 placeholder=tr("Blank: after the last unit")),
        FieldDef("active", labels["active"], "check", help=tr(
            "Untick when the unit leaves the joint mechanism; it stays in the history.")),
        FieldDef("remarks", labels["remarks"], max_length=1000),
    ]


class UnitForm(DirectoryForm):
    """Add a member unit or correct one; whether it is still a member shows when correcting."""

    def __init__(self, ctx: AppContext, info: UnitInfo | None = None,
                 parent: QWidget | None = None) -> None:
        values: dict[str, Any] = {"kind": UnitKind.SUPERVISION.value, "active": True}
        if info is not None:
            values = {key: getattr(info, key) for key in UNIT_KEYS}
            values["sort_order"] = str(info.sort_order or "")
        super().__init__(ctx, unit_fields(), info, values, (
            tr("New member unit"), tr("Correct member unit")), liaison.create_unit,
            liaison.update_unit, parent)
        self.set_row_visible("active", info is not None)
        fit_height(self, shrink=True)


# --- the holder of a post -------------------------------------------------------------------

def person_fields(ctx: AppContext, with_role: bool) -> list[FieldDef]:
    """The fields of a change of post (the post chosen first when ``with_role``)."""
    labels = person_field_labels()
    days = int(get_setting(ctx.database, REPORT_WORKDAYS.key))
    fields = [FieldDef("role", labels["role"], "combo", required=True,
                       choices=list(role_labels().items()))] if with_role else []
    return [
        *fields,
        FieldDef("name", labels["name"], max_length=50),
        FieldDef("post", labels["post"], max_length=200, placeholder=tr("Such as 副局长")),
        FieldDef("office_phone", labels["office_phone"], max_length=50,
                 placeholder=tr("With the area code, such as 0372-8123456")),
        FieldDef("mobile", labels["mobile"], max_length=50, placeholder="13812345678",
                 help=tr("At least one telephone: the mobile or the office phone.")),
        FieldDef("email", labels["email"], max_length=200),
        FieldDef("vacant", labels["vacant"], "check", help=tr(
            "Tick when the unit has named nobody for the post; the post shows as vacant.")),
        FieldDef("decided_on", labels["decided_on"], "date", required=True, help=tr(
            "The day the unit decided the change (调整确定); it is to be reported within {days} "
            "working days.").format(days=days)),
        FieldDef("reported_on", labels["reported_on"], "date",
                 help=tr("The day the change reached the office; blank: today.")),
        FieldDef("remarks", labels["remarks"], max_length=1000),
    ]


def holder_text(person: PersonInfo | None) -> str:
    """张三（副局长）, 空缺, or 未指定 for a post never filled."""
    if person is None:
        return tr("(not named)")
    if person.vacant:
        return person.shown_name
    return tr("{name} ({post})").format(name=person.name, post=person.post) if person.post \
        else person.name


class PersonForm(FittingForm):
    """What the change and the correction share: the person's details given way to
    “post vacant” when it is ticked."""

    def connect_vacant(self) -> None:
        """Grey out the person's details while the post is vacant."""
        box = self.widgets["vacant"]
        assert isinstance(box, QCheckBox)
        box.toggled.connect(self._vacant_changed)
        self._vacant_changed(box.isChecked())

    def _vacant_changed(self, vacant: bool) -> None:
        for key in PERSON_DETAILS:
            self.widgets[key].setEnabled(not vacant)


class ChangeForm(PersonForm):
    """人员变动: a unit names a new 责任领导 or 联络员 (or leaves the post vacant); the holder
    before is replaced on the day the change was decided."""

    def __init__(self, ctx: AppContext, unit: UnitInfo, role: str | None = None,
                 parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.unit = unit
        values = {"role": role or Role.LIAISON.value, "reported_on": date.today()}
        super().__init__(person_fields(ctx, with_role=True), self._record, values,
                         tr("Change of post: {unit}").format(unit=unit.name), parent)
        self.setMinimumWidth(600)
        self.now_label = help_label(tr("Now: responsible leader {leader}; liaison officer "
                                       "{liaison}.").format(leader=holder_text(unit.leader),
                                                             liaison=holder_text(unit.liaison)))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.now_label)
        self.connect_vacant()
        self.set_values(self.values())  # the form counts as unchanged
        fit_height(self, shrink=True)

    def _record(self, values: dict[str, Any]) -> PersonInfo:
        data = dict(values)
        role = str(data.pop("role") or "")
        return liaison.record_change(self.ctx.database, self.ctx.actor, self.unit.id, role,
                                     data)


class CorrectionForm(PersonForm):
    """更正: put right a mistyped entry (a telephone, a date) without making a change of post."""

    def __init__(self, ctx: AppContext, person: PersonInfo, parent: QWidget | None = None
                 ) -> None:
        self.ctx = ctx
        self.person = person
        values = {key: getattr(person, key) for key in PERSON_KEYS}
        super().__init__(person_fields(ctx, with_role=False), self._correct, values,
                         tr("Correct the entry: {post} of {unit}").format(
                             post=person.role_label, unit=person.unit_name), parent)
        self.setMinimumWidth(600)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, help_label(tr(
            "A correction changes this entry only. When the unit named somebody else, record "
            "a change of post instead.")))
        self.connect_vacant()
        self.set_values(self.values())
        fit_height(self, shrink=True)

    def _correct(self, values: dict[str, Any]) -> PersonInfo:
        return liaison.correct_person(self.ctx.database, self.ctx.actor, self.person.id,
                                      values, self.person.version)


# --- the 权责清单 --------------------------------------------------------------------------

def duty_fields() -> list[FieldDef]:
    """The fields of an item of a unit's 权责清单."""
    labels = duty_field_labels()
    return [
        FieldDef("matter", labels["matter"], "text", required=True, placeholder=tr(
            "What the unit answers for, such as 房屋建筑和市政工程招标投标活动的监督")),
        FieldDef("basis", labels["basis"], "text", placeholder=tr(
            "Such as 《中华人民共和国招标投标法实施条例》第四条")),
        FieldDef("department", labels["department"], max_length=200),
    ]


class DutyForm(FittingForm):
    """Add an item to a unit's 权责清单, or correct one."""

    def __init__(self, ctx: AppContext, unit: UnitInfo, info: DutyInfo | None = None,
                 parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.unit = unit
        self.info = info
        values = {} if info is None else {"matter": info.matter, "basis": info.basis,
                                          "department": info.department}
        title = tr("New responsibility of {unit}") if info is None else tr(
            "Correct a responsibility of {unit}")
        super().__init__(duty_fields(), self._save_duty, values, title.format(unit=unit.name),
                         parent)
        self.setMinimumWidth(560)

    def _save_duty(self, values: dict[str, Any]) -> DutyInfo:
        if self.info is None:
            return liaison.add_duty(self.ctx.database, self.ctx.actor, self.unit.id, values)
        return liaison.update_duty(self.ctx.database, self.ctx.actor, self.info.id, values,
                                   self.info.version)


# --- the panel under the list ---------------------------------------------------------------

def history_headers() -> list[str]:
    """The columns of a unit's people history."""
    labels = person_field_labels()
    return [labels["role"], labels["name"], labels["post"], labels["office_phone"],
            labels["mobile"], labels["decided_on"], labels["report_due"],
            labels["reported_on"], labels["ended_on"]]


def history_row(person: PersonInfo) -> list[str]:
    """One holder of a post as a row of :func:`history_headers`."""
    return [person.role_label, person.shown_name, person.post, person.office_phone,
            person.mobile, day_text(person.decided_on), day_text(person.report_due),
            day_text(person.reported_on), day_text(person.ended_on)]


def post_line(label: str, person: PersonInfo | None) -> str:
    """One post of the unit as a row of rich text: who holds it, how to reach them and since
    when, or in red that nobody does."""
    caption = f'<td style="padding: 0 12px 8px 0;"><b>{label}</b></td>'
    if person is None or person.vacant:
        missing = tr("vacant") if person is not None else tr("not named yet")
        return f'<tr>{caption}<td><span style="{ERROR_STYLE}">{missing}</span></td></tr>'
    phones = "　".join(part for part in (
        tr("Office {phone}").format(phone=person.office_phone) if person.office_phone else "",
        tr("Mobile {phone}").format(phone=person.mobile) if person.mobile else "",
        person.email) if part)
    since = tr("since {day}").format(day=day_text(person.decided_on))
    lines = "<br>".join(escape(part) for part in (holder_text(person), phones, since) if part)
    return f'<tr>{caption}<td style="padding-bottom: 8px;">{lines}</td></tr>'


class UnitPanel(QWidget):
    """Below the list of units: the selected unit's 责任领导 and 联络员, its 权责清单 with add,
    correct and delete, and the history of its posts with 更正; ``changed`` after a save."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.unit: UnitInfo | None = None
        self.people: list[PersonInfo] = []
        self.dialog: RecordForm | None = None
        self.heading = heading_label(tr("Select a unit to see its people and "
                                        "responsibilities"), scale=1.05)
        self.posts = QLabel()
        self.posts.setTextFormat(Qt.TextFormat.RichText)
        self.posts.setWordWrap(True)
        self.posts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_button = action_button(tr("Change of post…"), tr(
            "The unit names a new responsible leader or liaison officer, or leaves the post "
            "vacant (Ctrl+L)"), self.record_change)
        self.change_button.setShortcut("Ctrl+L")

        self.duties = ReadOnlyTable([duty_field_labels()[key] for key in (
            "matter", "basis", "department")])
        self.duties.cellDoubleClicked.connect(lambda _row, _column: self.edit_duty())
        self.duties.itemSelectionChanged.connect(self._update_buttons)
        self.add_duty_button = action_button(tr("Add…"), tr(
            "Add an item to the unit's list of responsibilities"), self.add_duty)
        self.edit_duty_button = action_button(tr("Correct…"), tr(
            "Correct the selected responsibility (or double-click it)"), self.edit_duty)
        self.delete_duty_button = action_button(tr("Delete…"), tr(
            "Take the selected responsibility off the list"), self.delete_duty)
        self.history = ReadOnlyTable(history_headers())
        self.history.setToolTip(tr("Red rows were reported after the time limit"))
        self.history.itemSelectionChanged.connect(self._update_buttons)
        self.history.cellDoubleClicked.connect(lambda _row, _column: self.correct_person())
        self.correct_button = action_button(tr("Correct entry…"), tr(
            "Put right a mistyped entry of the selected row (not a change of post)"),
            self.correct_person)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.posts)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._tab(self.duties, (self.add_duty_button, self.edit_duty_button,
                                                 self.delete_duty_button)), "")
        self.tabs.addTab(self._tab(self.history, (self.correct_button,)), "")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 6, 0, 0)
        row.addWidget(left, 2)
        row.addWidget(self.tabs, 3)
        self.show_unit(None)

    @staticmethod
    def _tab(table: ReadOnlyTable, buttons: tuple[QPushButton, ...]) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(table, 1)
        return tab

    # --- showing --------------------------------------------------------------------------

    def show_unit(self, unit_id: str | None) -> None:
        """Show a unit's posts, duties and history (``None``: nothing selected)."""
        unit: UnitInfo | None = None
        people: list[PersonInfo] = []
        if unit_id is not None:
            try:
                unit = liaison.get_unit(self.ctx.database, self.ctx.actor, unit_id)
                people = liaison.history(self.ctx.database, self.ctx.actor, unit_id)
            except UserError:
                unit = None  # gone meanwhile: the list is read again by the page
        self.unit, self.people = unit, people
        if unit is None:
            self.heading.setText(tr("Select a unit to see its people and responsibilities"))
            self.posts.setText("")
        else:
            self.heading.setText(unit.name + (tr(" (convening unit)") if unit.convener
                                              else ""))
            labels = role_labels()
            self.posts.setText("<table>" + post_line(labels[Role.LEADER.value], unit.leader)
                               + post_line(labels[Role.LIAISON.value], unit.liaison)
                               + "</table>")
        duties = unit.duties if unit is not None else ()
        self.duties.set_rows([" ".join(duty.matter.split()), " ".join(duty.basis.split()),
                              duty.department] for duty in duties)
        if not duties:  # headers only: room for what will be typed
            for number, width in enumerate(EMPTY_DUTY_WIDTHS):
                self.duties.setColumnWidth(number, width)
        self.history.set_rows(history_row(person) for person in people)
        colour_rows(self.history, [person.late for person in people])
        for number, person in enumerate(people):
            if person.late:
                tip = tr("Reported {days} working days late. {explanation}").format(
                    days=person.late_days, explanation=person.report_explanation)
                for column in range(self.history.columnCount()):
                    item = self.history.item(number, column)
                    if item is not None:
                        item.setToolTip(tip)
        self.tabs.setTabText(0, tr("Responsibilities ({count})").format(count=len(duties)))
        self.tabs.setTabText(1, tr("History of the posts ({count})").format(
            count=len(people)))
        self._update_buttons()

    def reload(self) -> None:
        """Read the unit shown again."""
        self.show_unit(self.unit.id if self.unit is not None else None)

    def posts_text(self) -> str:
        """The two posts as the panel states them (plain text, one line per row)."""
        document = QTextDocument()
        document.setHtml(self.posts.text())
        return document.toPlainText()

    def _update_buttons(self) -> None:
        writer = may_write(self.ctx) and self.unit is not None and not self.unit.deleted
        self.change_button.setEnabled(writer)
        self.add_duty_button.setEnabled(writer)
        self.edit_duty_button.setEnabled(writer and self._duty() is not None)
        self.delete_duty_button.setEnabled(writer and self._duty() is not None)
        self.correct_button.setEnabled(writer and self._person() is not None)

    def _duty(self) -> DutyInfo | None:
        row = self.duties.currentRow()
        duties = self.unit.duties if self.unit is not None else ()
        return duties[row] if 0 <= row < len(duties) and self.duties.selectedItems() else None

    def _person(self) -> PersonInfo | None:
        row = self.history.currentRow()
        return self.people[row] if 0 <= row < len(self.people) and \
            self.history.selectedItems() else None

    # --- acting ---------------------------------------------------------------------------

    def _open(self, form: RecordForm) -> RecordForm:
        self.dialog = form
        form.saved.connect(lambda _info: self._saved())
        form.open()
        return form

    def _saved(self) -> None:
        self.reload()
        self.changed.emit()

    def record_change(self) -> RecordForm | None:
        """人员变动 of the unit shown; the post offered first is the one nobody holds."""
        if self.unit is None or not may_write(self.ctx) or self.unit.deleted:
            return None
        role = Role.LEADER.value if self.unit.leader is None or self.unit.leader.vacant \
            else Role.LIAISON.value
        return self._open(ChangeForm(self.ctx, self.unit, role, self))

    def correct_person(self) -> RecordForm | None:
        """更正 of the entry selected in the history."""
        person = self._person()
        if person is None or not may_write(self.ctx):
            return None
        return self._open(CorrectionForm(self.ctx, person, self))

    def add_duty(self) -> RecordForm | None:
        """Add an item to the unit's 权责清单."""
        if self.unit is None or not may_write(self.ctx):
            return None
        return self._open(DutyForm(self.ctx, self.unit, None, self))

    def edit_duty(self) -> RecordForm | None:
        """Correct the selected item of the 权责清单."""
        duty = self._duty()
        if self.unit is None or duty is None or not may_write(self.ctx):
            return None
        return self._open(DutyForm(self.ctx, self.unit, duty, self))

    def delete_duty(self) -> None:
        """Take the selected item off the 权责清单, after asking."""
        duty = self._duty()
        if duty is None or not confirm(self, tr("Delete responsibility"), tr(
                "Take “{matter}” off the list of responsibilities? It stays in the change "
                "history.").format(matter=duty.matter)):
            return
        try:
            liaison.delete_duty(self.ctx.database, self.ctx.actor, duty.id)
        except UserError as error:
            show_user_error(self, error)
        self._saved()


# --- 成员单位 ------------------------------------------------------------------------------

UNITS = Directory(
    "member_units", UNITS_TABLE_KEY, "liaison", lambda: tr("Member units"),
    lambda: tr("The member units of the joint mechanism, each with its responsible leader and "
               "liaison officer (海口 (十六), 鹤岗 一(二)). A change of either is recorded the "
               "day it was decided and is to be reported within the time limit; the old holder "
               "stays in the history."),
    liaison.get_unit, liaison.delete_unit, liaison.restore_unit, UnitForm,
    lambda info: tr("the member unit “{name}”").format(name=info.name), ORDER)


class UnitsPage(DirectoryPage):
    """成员单位: the units with new, correct, delete and restore, history, import, the printed
    联络通讯录 and its workbook; the selected unit's people and duties below the list."""

    directory = UNITS

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.preview_task: BackgroundTask | None = None
        self.export_task: BackgroundTask | None = None
        self.new_button.setText(tr("New unit…"))
        self.new_button.setShortcut("Ctrl+N")  # a new text clears the shortcut
        self.print_directory_button = action_button(tr("Print directory"), tr(
            "The liaison directory (联络通讯录) as it stands today, to print or save as PDF"),
            self.print_directory)
        self.export_directory_button = action_button(tr("Export directory…"), tr(
            "The liaison directory as an Excel workbook, one number per cell"),
            self.export_directory)
        insert_buttons(self, [self.print_directory_button, self.export_directory_button])
        self.panel = UnitPanel(context)
        self.panel.changed.connect(self.view.refresh)
        self.splitter = replace_with_splitter(self, self.panel)
        for signal in (self.view.model.dataChanged, self.view.model.rowsRemoved):
            signal.connect(lambda *_: self._update_buttons())  # a list read again after a change
        self._update_buttons()

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "panel"):
            shown = None if self.selected_deleted() else self.view.current_id()
            if shown != (self.panel.unit.id if self.panel.unit is not None else None):
                self.panel.show_unit(shown)

    def open_form(self, info: Any) -> DirectoryForm:
        """The unit's dialog; after a save the list and the panel are read again."""
        form = super().open_form(info)
        form.saved.connect(lambda _info: self.panel.reload())
        return form

    def import_records(self) -> Any:
        """The import dialog of the directory; the panel is read again after it."""
        dialog = super().import_records()
        if dialog is not None:
            dialog.imported.connect(lambda _count: self.panel.reload())
        return dialog

    def record_change(self) -> RecordForm | None:
        """人员变动 of the selected unit."""
        return self.panel.record_change()

    def print_directory(self) -> BackgroundTask:
        """Preview the 联络通讯录 as it stands today."""
        self.preview_task = show_form_preview(self, self.context, DIRECTORY_FORM,
                                              date.today().isoformat())
        return self.preview_task

    def ask_export_path(self) -> Path | None:
        """Where to save the directory's workbook (``None``: cancelled)."""
        name = safe_file_name(tr("Liaison directory {day}").format(
            day=f"{date.today():%Y%m%d}") + ".xlsx")
        folder = remembered_folder(self.context.database, self.context.actor,
                                   EXPORT_FOLDER_KEY)
        return ask_save_path(self, tr("Export directory"), folder / name,
                             tr("Excel workbook (*.xlsx)"), ".xlsx")

    def export_directory(self) -> BackgroundTask | None:
        """Save the 联络通讯录 as an Excel workbook."""
        path = self.ask_export_path()
        return None if path is None else self.export_to(path)

    def export_to(self, path: Path) -> BackgroundTask:
        """Write the directory's workbook in the background, then say where it is."""
        db, actor = self.context.database, self.context.actor

        def job(_progress: Any) -> int:  # off the GUI thread: no widgets here
            return write_directory_xlsx(db, actor, None, path)

        def done(count: int) -> None:
            remember_folder(db, actor, EXPORT_FOLDER_KEY, path.parent)
            self.view.show_status(tr("Exported the directory of {count} units to {path}")
                                  .format(count=count, path=path))

        self.export_task = run_in_background(self, tr("Export directory"), job, done)
        return self.export_task


# --- 人员变动记录 ----------------------------------------------------------------------------

class ChangesPage(RegisterPage):
    """人员变动记录: every change of a leader or liaison officer, newest first; a report that
    came after its time limit is red, the days explained in its tooltip."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, CHANGES_TABLE_KEY, parent)
        self.history_button = action_button(tr("Change history"), tr(
            "Every change of the selected entry"), self.show_entry_history)
        self.view.model.set_row_hooks(lambda row: overdue_colour(bool(row.get("late"))),
                                      self.cell_tip)
        self.lay_out(tr("Changes of leaders and liaison officers"), tr(
            "Each change of a unit's responsible leader or liaison officer, from the day it "
            "was decided. It is to be reported within the time limit in working days; red rows "
            "were reported late. Changes are recorded on the page of member units."),
            (self.history_button,))

    @staticmethod
    def cell_tip(key: str, row: dict[str, Any]) -> str | None:
        """A late report says by when it was due."""
        if not row.get("late") or key not in ("report_due", "reported_on", "late"):
            return None
        return tr("Reported on {reported}, after the time limit of {due}.").format(
            reported=day_text(row.get("reported_on")), due=day_text(row.get("report_due")))

    def _update_buttons(self) -> None:
        if hasattr(self, "history_button"):
            self.history_button.setEnabled(self.view.current_id() is not None)

    def show_entry_history(self) -> None:
        """The change history of the selected entry (a correction shows here)."""
        record_id = self.view.current_id()
        if record_id is not None:
            row = self.view.model.row(self.view.table.currentIndex().row()) or {}
            show_history(self, self.context, "liaison_assignments", record_id,
                         str(row.get("name") or ""))

    def showEvent(self, event: QShowEvent) -> None:
        self.view.refresh()  # changes are recorded on the page of units
        super().showEvent(event)


register_page(PageInfo(key=UNITS.key, title=UNITS.title, group=group_liaison,
                       factory=UnitsPage, permission=Permission.READ, order=UNITS.order))
register_page(PageInfo(key="liaison_changes",
                       title=lambda: tr("Changes of leaders and liaison officers"),
                       group=group_liaison, factory=ChangesPage, permission=Permission.READ,
                       order=ORDER + 2))
