"""The settings page (系统管理 → 设置): every registered setting by group, its preset and source.

Values go through :mod:`jianguan_desktop.services.settings` (which checks the right to change
them); a group is saved in one action, every value checked first, problems at their fields.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.errors import UserError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.pdf import fonts
from jianguan_desktop.io.pdf.font_discovery import user_font_dir
from jianguan_desktop.io.pdf.fonts import FontChoice
from jianguan_desktop.services import settings as settings_service
from jianguan_desktop.services.about import font_origin_text, font_role_text
from jianguan_desktop.services.registers import load_registers
from jianguan_desktop.services.settings import SettingGroup, SettingInfo, Value
from jianguan_desktop.ui.background import run_in_background
from jianguan_desktop.ui.pages import AppContext, PageInfo, group_system, register_page
from jianguan_desktop.ui.widgets import (
    HELP_STYLE,
    error_label,
    heading_label,
    help_label,
    local_time,
    page_layout,
    set_message,
)

FORMS_GROUP = "forms"
LONG_TEXT = 40  # a preset or value longer than this gets several lines
CONTENT_MAX_WIDTH = 880  # beyond this the lines of explanation get too long to read
WARNING_STYLE = "color: #a35200;"
SPIN_LIMIT = 999_999_999


def _small(label: QLabel) -> QLabel:
    font = QFont(label.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


def value_text(info: SettingInfo, value: Value) -> str:
    """A value as words: 是/否, 「5 次」, or the text (「（空）」 when blank)."""
    if info.kind == "bool":
        return tr("Yes") if value else tr("No")
    if info.kind == "int":
        return f"{value} {info.unit}".strip()
    if info.choices is not None and str(value) in info.choices:
        return info.choices[str(value)] or tr("(empty)")
    text = " ".join(str(value).split())
    return text if text else tr("(empty)")


class SettingSpinBox(QSpinBox):
    """A whole number whose arrows stay within the setting's bounds, while a number typed
    outside them stays on show, so that saving can say what is wrong at the field."""

    def __init__(self, minimum: int | None, maximum: int | None) -> None:
        super().__init__()
        self.low = minimum if minimum is not None else -SPIN_LIMIT
        self.high = maximum if maximum is not None else SPIN_LIMIT
        self.setRange(-SPIN_LIMIT, SPIN_LIMIT)
        self.setGroupSeparatorShown(False)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        width = self.fontMetrics().horizontalAdvance(str(max(abs(self.low), abs(self.high))))
        self.setFixedWidth(max(110, width + 56))

    def stepBy(self, steps: int) -> None:
        self.setValue(max(self.low, min(self.high, self.value() + steps)))

    def stepEnabled(self) -> QSpinBox.StepEnabledFlag:
        flags = QSpinBox.StepEnabledFlag.StepNone
        if self.value() < self.high:
            flags |= QSpinBox.StepEnabledFlag.StepUpEnabled
        if self.value() > self.low:
            flags |= QSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.hasFocus():  # scrolling the page over a number must not change it
            event.ignore()
            return
        super().wheelEvent(event)


class SettingField(QWidget):
    """One setting: its label, editor and unit, 「恢复预设」, its preset and source in small print
    and a message of its own."""

    changed = Signal()

    def __init__(self, info: SettingInfo, editable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.caption = QLabel(info.label)
        self.caption.setWordWrap(True)
        self.editor = self._make_editor(info)
        self.editor.setObjectName(f"setting_{info.key}")
        self.editor.setEnabled(editable)
        self.caption.setBuddy(self.editor)
        self.unit_label = QLabel(info.unit)
        self.unit_label.setVisible(info.kind == "int" and bool(info.unit))
        self.restore_button = QPushButton(tr("Restore the preset"))
        self.restore_button.setToolTip(tr("Put the preset back (saved with “Save”)"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_preset)
        self.restore_button.setVisible(editable)
        self.note = _small(help_label(""))
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = error_label()
        self.error.setObjectName(f"error_{info.key}")

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        short = info.kind in ("int", "bool")
        tall = isinstance(self.editor, QPlainTextEdit)
        row.addWidget(self.editor, 0 if short else 1)
        row.addWidget(self.unit_label)
        if short:
            row.addStretch(1)
        row.addWidget(self.restore_button, 0,
                      Qt.AlignmentFlag.AlignTop if tall else Qt.AlignmentFlag.AlignVCenter)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.caption)
        column.addLayout(row)
        column.addWidget(self.error)
        column.addWidget(self.note)
        self.set_info(info)

    @staticmethod
    def multi_line(info: SettingInfo) -> bool:
        """Copy-to lists and long texts get several lines."""
        return info.kind == "text" and (
            info.key.endswith("_cc") or "\n" in str(info.value)
            or max(len(str(info.value)), len(str(info.default))) > LONG_TEXT)

    def _make_editor(self, info: SettingInfo) -> QWidget:
        if info.kind == "bool":
            check = QCheckBox(tr("Yes"))
            check.toggled.connect(self._changed)
            return check
        if info.kind == "int":
            spin = SettingSpinBox(info.minimum, info.maximum)
            spin.valueChanged.connect(self._changed)
            return spin
        if info.choices is not None:
            combo = QComboBox()
            for stored, shown in info.choices.items():
                combo.addItem(shown, stored)
            combo.currentIndexChanged.connect(self._changed)
            return combo
        if self.multi_line(info):
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 4 + 14)
            text.textChanged.connect(self._changed)
            return text
        line = QLineEdit()
        line.textChanged.connect(self._changed)
        return line

    # --- values ---------------------------------------------------------------------------

    def value(self) -> Any:
        """What the editor holds, as typed (the service checks and converts it)."""
        editor = self.editor
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, SettingSpinBox):
            return editor.cleanText().strip() or editor.value()
        if isinstance(editor, QComboBox):
            return str(editor.currentData() or "")
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText().strip()
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()

    def set_value(self, value: Value) -> None:
        """Show a value in the editor."""
        editor = self.editor
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, SettingSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QComboBox):
            index = editor.findData(str(value))
            if index < 0:  # a stored value no longer offered stays on show as it is
                editor.addItem(str(value), str(value))
                index = editor.count() - 1
            editor.setCurrentIndex(index)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))
        self._changed()

    def _same(self, value: Value) -> bool:
        current = self.value()
        if self.info.kind == "int":
            return str(current).strip() == str(value)
        if self.info.kind == "text":
            return str(current).strip() == str(value).strip()
        return bool(current) == bool(value)

    def is_changed(self) -> bool:
        """Whether the editor differs from the value in force."""
        return not self._same(self.info.value)

    def set_info(self, info: SettingInfo) -> None:
        """The setting as now stored: its value in the editor, its notes updated."""
        self.info = info
        notes = [tr("Preset: {value}. Source: {source}").format(
            value=value_text(info, info.default), source=info.source)]
        if info.updated_by and not info.is_default:
            notes.append(tr("Changed by {user} on {time}.").format(
                user=info.updated_by, time=local_time(info.updated_at)))
        self.note.setText("\n".join(notes))
        self.set_value(info.value)

    def restore_preset(self) -> None:
        """Put the preset into the editor (saved with the group)."""
        self.set_value(self.info.default)

    def error_text(self) -> str:
        """The message shown at the field (empty when none)."""
        return "" if self.error.isHidden() else self.error.text()

    def set_error(self, message: str) -> None:
        """Show a message at the field (empty: hide it)."""
        set_message(self.error, message)

    def _changed(self, *_args: object) -> None:
        self.restore_button.setEnabled(not self._same(self.info.default))
        if isinstance(self.editor, QCheckBox):
            self.editor.setText(tr("Yes") if self.editor.isChecked() else tr("No"))
        self.changed.emit()


class SettingsGroupBox(QFrame):
    """One group of settings with its 「保存」: every changed value is checked, then saved."""

    def __init__(self, page: SettingsPage, group: SettingGroup, infos: list[SettingInfo],
                 editable: bool) -> None:
        super().__init__()
        self.setObjectName("settingsGroup")
        self.setStyleSheet("QFrame#settingsGroup { background: palette(base); "
                           "border: 1px solid palette(mid); border-radius: 6px; }")
        self.page = page
        self.group = group
        self.editable = editable
        self.title = heading_label(group.title(), scale=1.15)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        self.fields: dict[str, SettingField] = {}
        for info in infos:
            field = SettingField(info, editable)
            field.changed.connect(self.update_buttons)
            self.fields[info.key] = field
            layout.addWidget(field)

        self.extra = QVBoxLayout()  # what a group shows besides its settings (e.g. the fonts)
        layout.addLayout(self.extra)
        self.general = error_label()
        layout.addWidget(self.general)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(tr("Undo changes"))
        self.revert_button.setAutoDefault(False)
        self.revert_button.clicked.connect(self.revert)
        self.status = QLabel()
        self.status.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addStretch(0)  # keeps the buttons to their size while there is no message
        footer.addWidget(self.revert_button)
        footer.addWidget(self.save_button)
        for button in (self.save_button, self.revert_button):
            button.setVisible(editable)
        layout.addLayout(footer)
        self.update_buttons()

    def changed_fields(self) -> list[SettingField]:
        """The settings whose editor differs from the value in force."""
        return [field for field in self.fields.values() if field.is_changed()]

    def update_buttons(self) -> None:
        """Save and undo only when something was changed."""
        changed = bool(self.changed_fields())
        self.save_button.setEnabled(changed)
        self.revert_button.setEnabled(changed)
        if changed:
            set_message(self.status, "")

    def clear_errors(self) -> None:
        """Hide every message."""
        for field in self.fields.values():
            field.set_error("")
        set_message(self.general, "")
        set_message(self.status, "")

    def show_error(self, error: UserError) -> None:
        """A service's error at the settings it names; otherwise under the group."""
        named = dict(error.fields) if isinstance(error, ValidationError) else {}
        if error.field and error.field not in named:
            named[error.field] = error.message
        placed = [key for key in named if key in self.fields]
        for key in placed:
            self.fields[key].set_error(named[key])
        if placed:
            self.fields[placed[0]].editor.setFocus()
        else:
            set_message(self.general, str(error))

    def revert(self) -> None:
        """Back to the values in force."""
        self.clear_errors()
        for field in self.fields.values():
            field.set_value(field.info.value)

    def save(self) -> bool:
        """Check every changed value; only when all are right, save them all."""
        self.clear_errors()
        checked: dict[str, Value] = {}
        problems = False
        for field in self.changed_fields():
            try:
                definition = settings_service.setting_def(field.info.key)
                checked[field.info.key] = settings_service.coerce(definition, field.value())
            except ValidationError as error:
                self.show_error(error)
                problems = True
        if problems:
            return False
        database, actor = self.page.context.database, self.page.context.actor
        saved: list[SettingInfo] = []
        try:
            for key, value in checked.items():
                saved.append(settings_service.set_setting(database, actor, key, value))
        except UserError as error:
            self.show_error(error)
            return False
        finally:
            for info in saved:
                self.fields[info.key].set_info(info)
        set_message(self.status, tr("{count} settings saved.").format(count=len(saved)),
                    good=True)
        return True


class FontsBox(QWidget):
    """「打印字体」: the font each role of a printed form uses, and whether it is a stand-in.

    Finding the fonts can take a moment the first time, so it runs in the background when the
    box is first shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loaded = False
        self.started = False
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(4)
        self.message = help_label(tr("Looking for the fonts installed on this computer…"))
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(line)
        layout.addWidget(heading_label(tr("Printing fonts"), scale=1.0))
        layout.addLayout(self.grid)
        layout.addWidget(self.message)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.load()

    def load(self) -> None:
        """Find the fonts off the GUI thread (once)."""
        if self.started:
            return
        self.started = True

        def job(_progress: object) -> list[FontChoice]:
            return list(fonts.default_fonts().describe())

        run_in_background(self, tr("Printing fonts"), job, self.show_fonts, self.show_failure,
                          show_progress=False, blocks_quit=False)

    def show_failure(self, error: BaseException) -> None:
        """Say that the fonts could not be found (printing will say more)."""
        self.message.setText(tr("The fonts could not be examined: {error}").format(error=error))
        self.message.setStyleSheet(WARNING_STYLE)

    def show_fonts(self, choices: list[FontChoice]) -> None:
        """One line per role: what it is for, the font used, where it comes from."""
        headers = (tr("Used for"), tr("Font"), tr("Where it comes from"))
        for column, text in enumerate(headers):
            label = QLabel(text)
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
            self.grid.addWidget(label, 0, column)
        substitutes = 0
        for row, choice in enumerate(choices, start=1):
            origin = QLabel(font_origin_text(choice))
            origin.setWordWrap(True)
            family = QLabel(str(choice.family))
            family.setToolTip(str(choice.file))
            if choice.substitute:
                substitutes += 1
                origin.setStyleSheet(WARNING_STYLE)
            self.grid.addWidget(QLabel(font_role_text(choice.role)), row, 0)
            self.grid.addWidget(family, row, 1)
            self.grid.addWidget(origin, row, 2)
        self.grid.setColumnStretch(2, 1)
        if substitutes:
            self.message.setText(tr(
                "Fonts marked as stand-ins are not the ones the standard asks for: printed "
                "forms are complete and readable but look a little different. To print them "
                "exactly, put the missing fonts (such as 方正小标宋简体 or 仿宋_GB2312) into the "
                "folder {folder} and restart the program.").format(folder=user_font_dir()))
            self.message.setStyleSheet(WARNING_STYLE)
        else:
            self.message.setText(tr("Every font the standard asks for is installed; printed "
                                    "forms embed them, so they look the same on any computer."))
            self.message.setStyleSheet(HELP_STYLE)
        self.loaded = True


class SettingsPage(QWidget):
    """Every setting, grouped; read-only for users who may not change settings."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editable = context.actor.can(Permission.EDIT_SETTINGS)
        self.groups: dict[str, SettingsGroupBox] = {}
        self.fonts_box: FontsBox | None = None
        self.scrolled_to = ""  # the group last brought to the top by show_group
        _load_setting_modules()

        layout = page_layout(self, tr("Settings"), tr(
            "Rules the program follows, each with its preset and where the preset comes from. "
            "A change is saved with the “Save” button of its group and recorded in the audit "
            "log."))
        self.read_only_note = help_label(tr(
            "You can look at the settings; changing them needs an administrator or the head "
            "of office."))
        self.read_only_note.setVisible(not self.editable)
        layout.addWidget(self.read_only_note)
        self.message = error_label()
        layout.addWidget(self.message)

        content = QWidget()
        content.setMaximumWidth(CONTENT_MAX_WIDTH)
        self.content_layout = QVBoxLayout(content)
        self.content_layout.setContentsMargins(0, 0, 12, 0)
        self.content_layout.setSpacing(16)
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(content, 1)
        holder_layout.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        self.scroll = scroll
        layout.addWidget(scroll, 1)
        self._build_groups()

    def _build_groups(self) -> None:
        try:
            infos = settings_service.list_settings(self.context.database)
        except UserError as error:
            set_message(self.message, str(error))
            return
        order = settings_service.registration_order()
        infos = sorted(infos, key=lambda info: order.get(info.key, len(order)))
        known = settings_service.setting_groups()
        keys = {group.key for group in known}
        other = SettingGroup("", lambda: tr("Other settings"), 10_000)
        for group in [*known, other]:
            members = [info for info in infos
                       if info.group == group.key or (not group.key and info.group not in keys)]
            if not members:
                continue
            box = SettingsGroupBox(self, group, members, self.editable)
            if group.key == FORMS_GROUP:
                self.fonts_box = FontsBox()
                box.extra.addWidget(self.fonts_box)
            self.groups[group.key] = box
            self.content_layout.addWidget(box)
        self.content_layout.addStretch(1)

    def field(self, key: str) -> SettingField:
        """The editor of a setting."""
        for box in self.groups.values():
            if key in box.fields:
                return box.fields[key]
        raise KeyError(key)

    def show_group(self, key: str) -> bool:
        """Scroll so that a group starts at the top of the page (``False``: no such group);
        the first-steps panel of the home page opens the page at a group."""
        box = self.groups.get(key)
        if box is None:
            return False
        self.scrolled_to = key

        def scroll() -> None:
            self.scroll.widget().layout().activate()
            self.scroll.verticalScrollBar().setValue(box.mapTo(self.scroll.widget(),
                                                               QPoint(0, 0)).y())

        scroll()
        QTimer.singleShot(0, self, scroll)  # again once the page is laid out on show
        return True

    def group_of(self, key: str) -> SettingsGroupBox:
        """The group box showing a setting."""
        for box in self.groups.values():
            if key in box.fields:
                return box
        raise KeyError(key)


def _load_setting_modules() -> None:
    """Load every register's modules, so that each register's settings are registered (they
    register when their module is imported, which may not have happened yet)."""
    load_registers(imports=True)


register_page(PageInfo(
    key="settings",
    title=lambda: tr("Settings"),
    group=group_system,
    factory=SettingsPage,
    permission=Permission.READ,
    order=920,
))
