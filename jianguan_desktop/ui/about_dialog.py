"""「关于」: program and version, the database and its revision, the office, and the fonts of
the interface and of the printed forms with their licences; 「复制」 copies it all for support.

The facts come from :mod:`jianguan_desktop.services.about`; looking the print fonts up reads
font files, so it runs in the background the first time the dialog opens.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontInfo, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.db.engine import Database
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import about
from jianguan_desktop.services.about import AboutFacts, FontFact
from jianguan_desktop.ui.background import run_in_background
from jianguan_desktop.ui.widgets import HELP_STYLE, OK_STYLE, heading_label, help_label

WARNING_STYLE = "color: #a35200;"


def interface_font() -> str | None:
    """The Chinese interface font the program chose at start (``None``: Qt's default)."""
    from jianguan_desktop.ui.app import CJK_UI_FONTS  # at call time: ui.app imports us

    font = QGuiApplication.font()
    chosen = [name for name in font.families() if name in CJK_UI_FONTS]
    if chosen:
        return chosen[0]
    actual = QFontInfo(font).family()
    return actual if actual in CJK_UI_FONTS else None


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class AboutDialog(QDialog):
    """What this program is, where its data is, and which fonts it uses under which licence.

    ``print_fonts`` given (tests) skips the lookup; otherwise the fonts are looked up in the
    background and :attr:`fonts_loaded` turns true when they are shown.
    """

    def __init__(self, database: Database, parent: QWidget | None = None,
                 print_fonts: Sequence[FontFact] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About"))
        self.facts: AboutFacts = about.about_facts(database)
        self.ui_font = interface_font()
        self.print_fonts: list[FontFact] | None = None
        self.fonts_problem: str | None = None
        self.fonts_loaded = False

        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.facts.name))
        layout.addWidget(help_label(tr("Works offline: nothing is sent over the network.")))
        self.info_grid = QGridLayout()
        self.info_grid.setHorizontalSpacing(18)
        self.info_grid.setColumnStretch(1, 1)
        self._add_rows(about.program_rows(self.facts))
        self._add_line()
        self._add_rows(about.office_rows(self.facts))
        self._add_line()
        self._add_rows([(tr("Interface font"), about.ui_font_text(self.ui_font))])
        layout.addLayout(self.info_grid)
        layout.addWidget(_bold(tr("Printing fonts")))
        self.fonts_grid = QGridLayout()
        self.fonts_grid.setHorizontalSpacing(18)
        self.fonts_grid.setVerticalSpacing(4)
        layout.addLayout(self.fonts_grid)
        self.fonts_message = help_label(tr("Looking for the fonts installed on this computer…"))
        layout.addWidget(self.fonts_message)
        layout.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        self.copy_button = QPushButton(tr("Copy"))
        self.copy_button.setToolTip(tr("Copy these details, e.g. to send them to support."))
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copied_label = QLabel("")
        self.copied_label.setStyleSheet(OK_STYLE)
        layout.addWidget(self.copied_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(720)

        if print_fonts is not None:
            self.show_fonts(list(print_fonts))
        else:
            run_in_background(self, tr("Printing fonts"),
                              lambda _progress: about.print_font_facts(), self.show_fonts,
                              self.show_failure, show_progress=False, blocks_quit=False)

    def _add_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        for label, value in rows:
            row = self.info_grid.rowCount()
            self.info_grid.addWidget(_bold(label), row, 0)
            text = QLabel(value)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.info_grid.addWidget(text, row, 1)

    def _add_line(self) -> None:
        self.info_grid.addWidget(_line(), self.info_grid.rowCount(), 0, 1, 2)

    def show_fonts(self, facts: list[FontFact]) -> None:
        """One line per role: what for, the font (its file as tooltip), where from, licence."""
        self.print_fonts = facts
        for column, text in enumerate((tr("Used for"), tr("Font"), tr("Where it comes from"),
                                       tr("Licence"))):
            self.fonts_grid.addWidget(_bold(text), 0, column)
        for row, fact in enumerate(facts, start=1):
            family = QLabel(fact.family)
            family.setToolTip(fact.file)
            origin = QLabel(fact.origin_label)
            if fact.substitute:
                origin.setStyleSheet(WARNING_STYLE)
            licence = QLabel(fact.licence)
            for column, widget in enumerate((QLabel(fact.role_label), family, origin, licence)):
                self.fonts_grid.addWidget(widget, row, column)
        self.fonts_grid.setColumnStretch(3, 1)
        self.fonts_message.setText(tr("Printed forms embed these fonts, so they look the same "
                                      "on any computer."))
        self.fonts_message.setStyleSheet(HELP_STYLE)
        self.fonts_loaded = True

    def show_failure(self, error: BaseException) -> None:
        """Say that the fonts could not be examined."""
        self.fonts_problem = tr("The fonts could not be examined: {error}").format(error=error)
        self.fonts_message.setText(self.fonts_problem)
        self.fonts_message.setStyleSheet(WARNING_STYLE)
        self.fonts_loaded = True

    def text(self) -> str:
        """Everything the dialog shows, as plain text."""
        return about.about_text(self.facts, self.ui_font, self.print_fonts, self.fonts_problem)

    def copy(self) -> None:
        """Put :meth:`text` on the clipboard."""
        QGuiApplication.clipboard().setText(self.text())
        self.copied_label.setText(tr("Copied to the clipboard."))
