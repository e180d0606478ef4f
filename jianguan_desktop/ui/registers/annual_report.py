"""「年度报告」: the annual supervision report (年度公共资源交易监管工作情况报告) of a year — an
editor per written section, 保存草稿, 定稿 (after a confirmation; the report is read-only
then), the print preview of the whole report with its figures and charts, and the figures to
Excel. The PDF and the workbook are made off the GUI thread; everything comes from
:mod:`jianguan_desktop.services.annual_report`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.domain.doc_format import format_cn_date
from jianguan_desktop.domain.roles import Permission
from jianguan_desktop.errors import UserError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import annual_report as reports
from jianguan_desktop.services.form_settings import form_profile
from jianguan_desktop.services.progress import Progress
from jianguan_desktop.ui.background import BackgroundTask, run_in_background
from jianguan_desktop.ui.pages import AppContext, PageInfo, group_home, register_page
from jianguan_desktop.ui.print_preview import preview_in_background
from jianguan_desktop.ui.register_view import EXPORT_FOLDER_KEY
from jianguan_desktop.ui.registers._figures import chosen_office, office_filter
from jianguan_desktop.ui.widgets import (
    action_button,
    ask_save_path,
    confirm,
    error_label,
    heading_label,
    help_label,
    inform,
    page_layout,
    remember_folder,
    remembered_folder,
    safe_file_name,
    set_message,
)

EDITOR_MIN_HEIGHT = 140


class AnnualReportPage(QWidget):
    """The year picked, the status of its report, an editor per written section and the
    buttons of the report."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()
        self.report: reports.ReportInfo | None = None
        self.task: BackgroundTask | None = None
        self.year = QSpinBox()
        self.year.setRange(reports.YEAR_MIN, reports.YEAR_MAX)
        self.year.setValue(self.today.year)
        self.year.setSuffix(tr(" (year)"))
        self.office = office_filter(context, tr(
            "Whose figures the printed report and the workbook count"))
        self.status = QLabel()
        self.save_button = action_button(tr("Save draft"), tr(
            "Save what is written as a draft of the year's report"), self.save_clicked)
        self.finalise_button = action_button(tr("Finalise…"), tr(
            "Make the report final: it can no longer be changed"), self.finalise_clicked)
        self.preview_button = action_button(tr("Preview / print…"), tr(
            "The whole report with the year's figures and charts, to print or save as PDF"),
            self.preview_clicked)
        self.export_button = action_button(tr("Export to Excel…"), tr(
            "The year's figures as an Excel workbook, a worksheet per table"),
            self.export_clicked)
        self.message = error_label()
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Year of the report")))
        row.addWidget(self.year)
        row.addWidget(self.office)
        row.addWidget(self.status, 1)
        for button in (self.save_button, self.finalise_button, self.preview_button,
                       self.export_button):
            row.addWidget(button)
        self.editors: dict[str, QPlainTextEdit] = {}
        self.section_errors: dict[str, QLabel] = {}
        sections = QWidget()
        column = QVBoxLayout(sections)
        column.setContentsMargins(0, 0, 8, 0)
        for section in reports.written_sections():
            editor = QPlainTextEdit()
            editor.setPlaceholderText(section.hint)
            editor.setMinimumHeight(EDITOR_MIN_HEIGHT)
            editor.setAccessibleName(section.title)
            editor.textChanged.connect(self._edited)
            problem = error_label()
            column.addWidget(heading_label(section.title, 1.1))
            column.addWidget(editor, 1)
            column.addWidget(problem)
            self.editors[section.key] = editor
            self.section_errors[section.key] = problem
        column.addWidget(help_label(tr(
            "Write each part as paragraphs, one per line; a line such as （一）… is a heading. "
            "The figures of the registers are counted when the report is printed and go "
            "under “I. General situation”.")))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(sections)
        layout = page_layout(self, tr("Annual report"), tr(
            "The annual report on the supervision of public-resource trading, for the "
            "government: write its parts, save the draft, let the head of the office finalise "
            "it, then print it. The figures come from the registers of this database."))
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        self.dirty = False
        self.year.valueChanged.connect(self._year_changed)
        self.load()

    # --- state ------------------------------------------------------------------------------

    def _office(self) -> str | None:
        return chosen_office(self.office)

    def _edited(self) -> None:
        self.dirty = True

    def _year_changed(self) -> None:
        shown = self.report.year if self.report is not None else self.year.value()
        if self.dirty and not confirm(self, tr("Annual report"), tr(
                "The changes to the {year} report have not been saved. Leave them?").format(
                    year=shown)):
            self.year.blockSignals(True)
            self.year.setValue(shown)
            self.year.blockSignals(False)
            return
        self.load()

    def texts(self) -> dict[str, str]:
        """What each editor holds, by section key."""
        return {key: editor.toPlainText() for key, editor in self.editors.items()}

    def load(self) -> None:
        """Show the report of the year picked (an empty draft when none was saved)."""
        try:
            report = reports.load_report(self.context.database, self.context.actor,
                                         self.year.value())
        except UserError as error:
            set_message(self.message, str(error))
            return
        for key, editor in self.editors.items():
            editor.blockSignals(True)
            editor.setPlainText(report.sections.get(key, ""))
            editor.blockSignals(False)
        self._show(report)
        set_message(self.message, "")

    def _show(self, report: reports.ReportInfo) -> None:
        self.report = report
        self.dirty = False
        for label in self.section_errors.values():
            set_message(label, "")
        actor = self.context.actor
        for editor in self.editors.values():
            editor.setReadOnly(report.final or not actor.can(Permission.WRITE))
        self.save_button.setEnabled(not report.final and actor.can(Permission.WRITE))
        self.finalise_button.setEnabled(not report.final and report.saved
                                        and actor.can(Permission.APPROVE))
        self.status.setText(self.status_text())

    def status_text(self) -> str:
        """草稿（尚未保存） / 草稿 / 已于2026年12月20日定稿（王管理）."""
        report = self.report
        if report is None:
            return ""
        if report.final:
            return tr("Finalised on {date} by {name}; read-only.").format(
                date=format_cn_date(report.finalised_on) if report.finalised_on else "—",
                name=report.finalised_by)
        if not report.saved:
            return tr("Draft, not saved yet.")
        return tr("Draft (saved).")

    # --- actions ----------------------------------------------------------------------------

    def _show_error(self, error: UserError) -> None:
        if isinstance(error, ValidationError) and set(error.fields) & set(self.editors):
            for key, text in error.fields.items():
                if key in self.section_errors:
                    set_message(self.section_errors[key], text)
            self.editors[next(key for key in error.fields if key in self.editors)].setFocus()
            set_message(self.message, str(error))
            return
        set_message(self.message, str(error))

    def save(self) -> bool:
        """Save the editors as the draft; ``False`` (the reason shown) when refused."""
        if self.report is None:
            return False
        try:
            report = reports.save_draft(self.context.database, self.context.actor,
                                        self.report.year, self.texts(), self.report.version)
        except UserError as error:
            self._show_error(error)
            return False
        self._show(report)
        set_message(self.message, tr("The draft of the {year} report was saved.").format(
            year=report.year), good=True)
        return True

    def save_clicked(self) -> None:
        """保存草稿."""
        self.save()

    def finalise_clicked(self) -> None:
        """定稿, after saving what is written and a confirmation."""
        if self.report is None or self.report.final:
            return
        if self.dirty and not self.save():
            return
        if not confirm(self, tr("Finalise the report"), tr(
                "Finalise the {year} report? Its parts can no longer be changed afterwards."
                ).format(year=self.report.year)):
            return
        try:
            report = reports.finalise(self.context.database, self.context.actor,
                                      self.report.year, self.report.version, today=self.today)
        except UserError as error:
            self._show_error(error)
            return
        self._show(report)
        set_message(self.message, tr("The {year} report was finalised.").format(
            year=report.year), good=True)

    def _title(self) -> str:
        return reports.report_title(form_profile(self.context.database).full_name,
                                    self.year.value())

    def preview_clicked(self) -> BackgroundTask | None:
        """Render the report in the background and preview it (what is written is saved as
        the draft first, so that the paper says what the editors say)."""
        if self.report is None:
            return None
        if self.dirty and not self.report.final and self.context.actor.can(Permission.WRITE) \
                and not self.save():
            return None
        database, actor, year, office = (self.context.database, self.context.actor,
                                          self.report.year, self._office())

        def render(progress: Progress) -> bytes:
            return reports.render_pdf(database, actor, year, office, progress)

        title = self._title()
        self.task = preview_in_background(self, title, render, safe_file_name(title) + ".pdf")
        return self.task

    def export_clicked(self) -> BackgroundTask | None:
        """Ask where, then write the year's figures as a workbook."""
        folder = remembered_folder(self.context.database, self.context.actor,
                                   EXPORT_FOLDER_KEY)
        path = ask_save_path(self, tr("Export to Excel"),
                             folder / safe_file_name(self._title() + ".xlsx"),
                             tr("Excel workbook (*.xlsx)"), ".xlsx")
        if path is None:
            return None
        return self.export_to(path)

    def export_to(self, path: Path) -> BackgroundTask:
        """Write the year's figures to ``path`` in the background."""
        database, actor, year, office = (self.context.database, self.context.actor,
                                          self.year.value(), self._office())

        def job(progress: Progress) -> int:
            return reports.export_xlsx(database, actor, year, path, office, progress)

        def done(count: int) -> None:
            remember_folder(database, actor, EXPORT_FOLDER_KEY, path.parent)
            inform(self, tr("Export to Excel"), tr("Exported {count} records to {path}").format(
                count=f"{count:,}", path=path))

        self.task = run_in_background(self, tr("Export to Excel"), job, done)
        return self.task


register_page(PageInfo(
    key="annual_report",
    title=lambda: tr("Annual report"),
    group=group_home,
    factory=AnnualReportPage,
    permission=Permission.READ,
    order=30,  # after the statistics
))
