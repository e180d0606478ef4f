"""Progress and cancellation of long jobs, without Qt: what a service or writer reports to.

The window's background helper hands a :class:`Progress` to the job; the job calls
``report(done, total, text)`` and ``check_cancelled()`` (which raises :class:`Cancelled`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Reporter = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The user cancelled the job; whatever it was writing has been thrown away."""


class Progress:
    """How far a job has got, and whether the user asked it to stop (safe across threads)."""

    def __init__(self, on_report: Reporter | None = None) -> None:
        self._on_report = on_report
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0
        self.text = ""

    @property
    def cancelled(self) -> bool:
        """Whether the user asked the job to stop."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self._cancel.set()

    def report(self, done: int, total: int = 0, text: str | None = None) -> None:
        """Say how much of ``total`` is done (``total`` 0: unknown); ``text`` is shown as is."""
        self.done = done
        self.total = total
        if text is not None:
            self.text = text
        if self._on_report is not None:
            self._on_report(done, total, self.text)

    def check_cancelled(self) -> None:
        """Raise :class:`Cancelled` if the user asked the job to stop."""
        if self._cancel.is_set():
            raise Cancelled()

    check_cancel = check_cancelled

