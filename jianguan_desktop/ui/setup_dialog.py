"""First start: the office this database belongs to and its first administrator.

Every field explains what it is for; ``accept()`` hands everything to
``services.setup.initialize``, which writes nothing unless all of it is right.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.db.engine import Database
from jianguan_desktop.domain.office_code import OfficeMode
from jianguan_desktop.domain.roles import Actor
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import setup
from jianguan_desktop.ui.widgets import (
    FieldForm,
    check_confirmation,
    heading_label,
    help_label,
    password_edit,
    password_help,
    watch_password_strength,
)


class ModeChooser(QWidget):
    """County or city office, each with a sentence on what it means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.county = QRadioButton(tr("County office"))
        self.city = QRadioButton(tr("City office"))
        self.group = QButtonGroup(self)
        for button, explanation in (
            (self.county, tr("Enters this county's registers and regularly writes a sync "
                             "package for the city office.")),
            (self.city, tr("Reads the sync packages of every county, shows the city-wide "
                           "registers and statistics, and sends city-wide lists down.")),
        ):
            self.group.addButton(button)
            layout.addWidget(button)
            hint = help_label(explanation)
            hint.setContentsMargins(24, 0, 0, 4)
            layout.addWidget(hint)
        self.county.setChecked(True)

    def mode(self) -> OfficeMode:
        """The chosen mode."""
        return OfficeMode.CITY if self.city.isChecked() else OfficeMode.COUNTY


class SetupDialog(QDialog):
    """Asks for the office and the first administrator; ``actor`` is set once it is saved."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor: Actor | None = None
        self.setWindowTitle(tr("First start: set up this office"))
        self.setMinimumWidth(640)

        intro = QLabel(tr("This database has not been set up yet. Enter your office's "
                          "details and choose the first administrator's account; the line "
                          "under each field says what it is for. The office type and code "
                          "cannot be changed afterwards, so check them before you click "
                          "“Finish setup”. The other users are added afterwards: the home "
                          "page then lists the first steps (about 10 minutes)."))
        intro.setWordWrap(True)

        self.form = FieldForm()
        form = self.form
        form.add_section(tr("Office"))
        self.mode = ModeChooser()  # first: the code a type needs depends on it
        form.add_field("mode", tr("Office type"), self.mode,
                       tr("Every county office chooses “County office”; only the city office "
                          "that gathers the counties' sync packages chooses “City office”. "
                          "It cannot be changed afterwards."))
        self.office_name = QLineEdit()
        self.office_name.setPlaceholderText(
            tr("e.g. {example}").format(example="安阳县公共资源交易监督管理办公室"))
        form.add_field("office_name", tr("Office name"), self.office_name,
                       tr("The full name of your office, shown in the window title and "
                          "printed on forms and reports. The name on official documents can "
                          "be set apart later under Settings → Official documents and "
                          "printing."))
        self.office_code = QLineEdit()
        self.office_code.setPlaceholderText("410522")
        self.office_code.setMaxLength(12)
        form.add_field("office_code", tr("Office code"), self.office_code,
                       tr("The 6-digit administrative division code of your county (for "
                          "example 410522 for Anyang County); the city office enters the "
                          "city's code, ending in 00 (410500 for Anyang City). It is part of "
                          "the number of every record and the name of every sync package, so "
                          "that records of different offices never mix, and it cannot be "
                          "changed afterwards. Two offices sharing one code add a suffix, "
                          "such as 410522-01."))

        form.add_section(tr("Administrator"))
        self.username = QLineEdit()
        self.username.setPlaceholderText("admin")
        form.add_field("admin_username", tr("User name"), self.username,
                       tr("What the administrator types to log in: 2 to 30 letters, digits, "
                          "underscores or Chinese characters, for example admin or 王明. The "
                          "administrator adds the other users and resets their passwords."),
                       aliases=("username",))
        self.display_name = QLineEdit()
        form.add_field("admin_display_name", tr("Full name"), self.display_name,
                       tr("The person's real name, shown in the window and in the history of "
                          "every change."), aliases=("display_name",))
        self.password = password_edit()
        form.add_field("admin_password", tr("Password"), self.password,
                       tr("{rule} It must not contain the user name. Nobody can read it back, "
                          "so keep it safe; a forgotten password can only be reset by another "
                          "administrator.").format(rule=password_help()),
                       aliases=("password",))
        self.confirmation = password_edit()
        form.add_field("confirmation", tr("Confirm password"), self.confirmation,
                       tr("Type the password again."))
        form.add_general_message()
        watch_password_strength(form, "admin_password", self.password, self.username)

        scroll = QScrollArea()
        scroll.setWidget(form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Finish setup"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(tr("Welcome to the supervision registers")))
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(680, 760)

    def accept(self) -> None:
        """Check and save; on any problem show it at its field and save nothing."""
        self.form.clear_errors()
        if not check_confirmation(self.form, "confirmation", self.password, self.confirmation):
            self.confirmation.setFocus()
            return
        try:
            self.actor = setup.initialize(
                self.database,
                office_code=self.office_code.text(),
                office_name=self.office_name.text(),
                mode=self.mode.mode(),
                admin_username=self.username.text(),
                admin_password=self.password.text(),
                admin_display_name=self.display_name.text(),
            )
        except UserError as error:
            self.form.show_error(error)
            return
        super().accept()
