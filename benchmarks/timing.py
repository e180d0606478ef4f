"""What the benchmarks share: timing one step and printing its figure, and opening a page the
way the window does, until what it counts off the GUI thread is shown."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any


def timed(what: str, run: Callable[[], Any]) -> Any:
    """Run ``run``, print ``what: N.NNN s`` and return what it gave."""
    began = time.perf_counter()
    result = run()
    print(f"{what}: {time.perf_counter() - began:.3f} s")
    return result


def page_opener(app: Any, page_class: Any, db: Any, actor: Any,
                today: date) -> Callable[[], Any]:
    """A callable that opens ``page_class`` on ``db`` as ``actor`` and returns it once its
    background task (``page.task``) is done and its result shown."""
    from jianguan_desktop.ui.pages import AppContext

    def opened() -> Any:
        page = page_class(AppContext(db, actor), today=today)
        page.show()
        while page.task is not None and not page.task.done:  # counted off the GUI thread
            app.processEvents()
        app.processEvents()
        return page

    return opened
