"""The one helper for every long job: runs it off the GUI thread with progress, cancel, errors.

Do not touch the UI inside the job: it receives a Qt-free :class:`Progress` and returns plain
data; the result or the error comes back to the GUI thread through signals.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.progress import Cancelled, Progress

T = TypeVar("T")

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 300  # quick jobs finish before a progress window would flash
REPORT_INTERVAL_S = 0.05  # at most 20 progress updates a second cross to the GUI thread

__all__ = ["BackgroundTask", "Cancelled", "Progress", "ProgressDialog", "run_in_background",
           "show_error"]


class ProgressDialog(QDialog):
    """A small window that does not block the program: job title, percent, text, Cancel."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setMinimumWidth(380)
        self.label = QLabel(title)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the job says how much there is
        self.bar.setFormat("%p%")
        self.cancel_button = QPushButton(tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)

    def show_progress(self, done: int, total: int, text: str) -> None:
        """Show how far the job has got (``total`` 0: unknown, a busy bar)."""
        if total > 0:
            self.bar.setRange(0, 100)
            self.bar.setValue(min(100, int(done * 100 / total)))
        else:
            self.bar.setRange(0, 0)
        if text:
            self.label.setText(text)

    def show_cancelling(self) -> None:
        """The user pressed Cancel: say so until the job stops."""
        self.label.setText(tr("Cancelling…"))
        self.cancel_button.setEnabled(False)

    def reject(self) -> None:  # Esc and the close button mean Cancel
        if self.cancel_button.isEnabled():
            self.cancel_button.click()


def show_error(parent: QWidget | None, title: str, error: BaseException,
               details: str = "") -> QMessageBox:
    """Show an error without blocking: a UserError as its message, anything else as
    「操作失败：…」 with the technical details folded away."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    if isinstance(error, UserError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(str(error))
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(tr("The operation failed: {error}").format(error=str(error) or
                                                               type(error).__name__))
        box.setDetailedText(details or "".join(
            traceback.format_exception(type(error), error, error.__traceback__)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class _Runner(QRunnable):
    """Runs the job on a pool thread and hands the outcome to the task's signals."""

    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the task keeps it until the job is over
        self.task = task

    def run(self) -> None:
        task = self.task
        try:
            result = task.job(task.progress)
        except Cancelled:
            outcome: tuple[Any, ...] = (task.cancelled_in_job,)
        except BaseException as error:  # every failure goes back to the window
            outcome = (task.failed_in_job, error, traceback.format_exc())
        else:
            outcome = (task.succeeded_in_job, result)
        signal, *args = outcome
        try:
            signal.emit(*args)
        except RuntimeError:  # the program quit meanwhile: nobody is left to tell
            log.info("%s ended after the program closed", task.title)


_RUNNING: set[BackgroundTask] = set()


class BackgroundTask(QObject):
    """One job under way; ``finished`` is emitted after the outcome was delivered."""

    progressed = Signal(int, int, str)
    succeeded_in_job = Signal(object)
    failed_in_job = Signal(object, str)
    cancelled_in_job = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget | None, title: str, job: Callable[[Progress], Any],
                 on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None,
                 on_cancelled: Callable[[], None] | None = None,
                 show_progress: bool = True, blocks_quit: bool = True) -> None:
        super().__init__()
        self.blocks_quit = blocks_quit
        self.parent_widget = parent
        self.title = title
        self.job = job
        self.on_done = on_done
        self.on_error = on_error
        self.on_cancelled = on_cancelled
        self.progress = Progress(self._report_from_job)
        self.done = False
        self.outcome = ""  # "done", "failed" or "cancelled" once over
        self.result: Any = None
        self.error: BaseException | None = None
        self.error_box: QMessageBox | None = None
        self._last_report = 0.0
        self.dialog: ProgressDialog | None = None
        if show_progress:
            self.dialog = ProgressDialog(title, parent)
            self.dialog.cancel_button.clicked.connect(self.cancel)
            QTimer.singleShot(SHOW_AFTER_MS, self._show_dialog)
        self.progressed.connect(self._show_progress)
        self.succeeded_in_job.connect(self._succeeded)
        self.failed_in_job.connect(self._failed)
        self.cancelled_in_job.connect(self._cancelled)
        self._runner = _Runner(self)

    def start(self) -> BackgroundTask:
        """Start the job on the thread pool."""
        _RUNNING.add(self)
        QThreadPool.globalInstance().start(self._runner)
        return self

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self.progress.cancel()
        if self._dialog_alive():
            self.dialog.show_cancelling()  # type: ignore[union-attr]

    # --- the job's thread -----------------------------------------------------------------

    def _report_from_job(self, done: int, total: int, text: str) -> None:
        now = time.monotonic()
        if now - self._last_report >= REPORT_INTERVAL_S or (total and done >= total):
            self._last_report = now
            self.progressed.emit(done, total, text)

    # --- the GUI thread -------------------------------------------------------------------

    def _dialog_alive(self) -> bool:
        return self.dialog is not None and shiboken6.isValid(self.dialog)

    def _parent_alive(self) -> bool:
        return self.parent_widget is None or shiboken6.isValid(self.parent_widget)

    def _show_dialog(self) -> None:
        if not self.done and self._dialog_alive() and not self.progress.cancelled:
            self.dialog.show()  # type: ignore[union-attr]

    def _show_progress(self, done: int, total: int, text: str) -> None:
        if self._dialog_alive() and not self.progress.cancelled:
            self.dialog.show_progress(done, total, text)  # type: ignore[union-attr]

    def _finish(self, outcome: str) -> None:
        self.done = True
        self.outcome = outcome
        if self._dialog_alive():
            self.dialog.close()  # type: ignore[union-attr]
            self.dialog.deleteLater()  # type: ignore[union-attr]

    def _succeeded(self, result: Any) -> None:
        self.result = result
        self._finish("done")
        try:
            if self.on_done is not None and self._parent_alive():
                self.on_done(result)
        finally:
            self._over()

    def _failed(self, error: BaseException, details: str) -> None:
        self.error = error
        self._finish("failed")
        if not isinstance(error, UserError):
            log.error("%s failed:\n%s", self.title, details)
        try:
            if not self._parent_alive():
                return
            if self.on_error is not None:
                self.on_error(error)
            else:
                self.error_box = show_error(self.parent_widget, self.title, error, details)
        finally:
            self._over()

    def _cancelled(self) -> None:
        self._finish("cancelled")
        try:
            if self.on_cancelled is not None and self._parent_alive():
                self.on_cancelled()
        finally:
            self._over()

    def _over(self) -> None:
        _RUNNING.discard(self)
        self.finished.emit()


def run_in_background(parent: QWidget | None, title: str, job: Callable[[Progress], T],
                      on_done: Callable[[T], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None, *,
                      on_cancelled: Callable[[], None] | None = None,
                      show_progress: bool = True, blocks_quit: bool = True) -> BackgroundTask:
    """Run ``job(progress)`` off the GUI thread; deliver its result to ``on_done``.

    ``job`` must not touch any widget: it reports through ``progress.report(done, total,
    text)`` and calls ``progress.check_cancelled()`` between steps. Errors go to
    ``on_error`` or, by default, to a message box (see :func:`show_error`). A job that
    only looks something up passes ``blocks_quit=False``: quitting need not wait for it.
    """
    return BackgroundTask(parent, title, job, on_done, on_error, on_cancelled,
                          show_progress, blocks_quit).start()


def running_tasks() -> list[BackgroundTask]:
    """Jobs still under way that quitting must wait for (the main window asks first)."""
    return [task for task in _RUNNING if task.blocks_quit]
