"""Print how fast the statistics are counted (issue 9): the complaints and the credit lists per
month over a year and over three years, and the 统计分析 page opened until it has its figures.

``python -m benchmarks.statistics [--complaints 100000] [--credit 20000]``; the rows are written
straight into the tables (the services would make the set-up, not the counting, the thing
measured), spread over 2024–2026, far beyond the large demonstration data's 3,000 complaints.
Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.sync import _office

SPAN_DAYS = 3 * 365
FIRST_DAY = date(2024, 1, 1)


def _common(office: str, now: datetime) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "office_code": office, "number": None, "version": 1,
            "change_seq": 0, "created_at": now, "created_by": "bench", "updated_at": now,
            "updated_by": "bench"}


def _complaints(office: str, count: int, rng: random.Random) -> list[dict[str, Any]]:
    now = datetime.now(UTC)
    rows = []
    for _n in range(count):
        received = FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS))
        accepted = received + timedelta(days=rng.randrange(1, 8)) if rng.random() < 0.8 else None
        archived = accepted + timedelta(days=rng.randrange(10, 60)) \
            if accepted and rng.random() < 0.7 else None
        rows.append({**_common(office, now), "case_type": rng.choice(
            ["tender", "procurement", "land_mineral", "state_assets", "report", "other"]),
            "channel": rng.choice(["phone", "letter", "email", "online", "in_person"]),
            "status": "archived" if archived else "investigating", "received_on": received,
            "accepted_on": accepted, "archived_on": archived,
            "late_steps": 1 if rng.random() < 0.1 else 0})
    return rows


def _credit(office: str, count: int, rng: random.Random) -> list[dict[str, Any]]:
    now = datetime.now(UTC)
    rows = []
    for n in range(count):
        start = FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS))
        rows.append({**_common(office, now), "entity_name": f"第{n}号建筑工程有限公司",
                     "entity_code": f"9141{n:014d}", "entity_kind": "bidder",
                     "list_kind": rng.choice(["black", "red", "watch"]), "severity": "serious",
                     "status": "listed", "proposed_on": start - timedelta(days=10),
                     "decided_on": start, "start_on": start,
                     "end_on": start + timedelta(days=rng.choice([180, 365, 1095])),
                     "objections": "[]"})
    return rows


def _fill(db: Any, complaints: int, credit: int) -> None:
    from jianguan_desktop.db.complaints import Complaint
    from jianguan_desktop.db.credit import CreditEntry

    rng = random.Random(2026)
    with db.uow() as uow:
        for table, rows in ((Complaint.__table__, _complaints("410522", complaints, rng)),
                            (CreditEntry.__table__, _credit("410522", credit, rng))):
            for at in range(0, len(rows), 20_000):
                uow.session.execute(table.insert(), rows[at:at + 20_000])
        uow.commit()


def _timed(what: str, run: Any) -> Any:
    began = time.perf_counter()
    result = run()
    print(f"{what}: {time.perf_counter() - began:.3f} s")
    return result


def main() -> None:
    """Build the database, then print each figure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--credit", type=int, default=20_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from jianguan_desktop.services import statistics as stats
    from jianguan_desktop.services.statistics import Period

    with tempfile.TemporaryDirectory() as folder:
        db, admin = _office(Path(folder), "410522", "安阳县公共资源交易监督管理办公室", "county")
        _timed(f"write {args.complaints:,} complaints and {args.credit:,} credit entries",
               lambda: _fill(db, args.complaints, args.credit))
        year, three = Period.year(2026), Period(date(2024, 1, 1), date(2026, 12, 31))
        _timed("complaints per month, 2026", lambda: stats.complaint_figures(db, admin, year))
        _timed("complaints per month, 2024-2026",
               lambda: stats.complaint_figures(db, admin, three))
        _timed("credit lists per month, 2026", lambda: stats.credit_figures(db, admin, year))
        _timed("credit lists per month, 2024-2026",
               lambda: stats.credit_figures(db, admin, three))
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        from jianguan_desktop.services.statistics_tables import figure_tables
        from jianguan_desktop.ui.pages import AppContext
        from jianguan_desktop.ui.registers.statistics import StatisticsPage

        _timed("every table of the page (complaints, credit, inspections, liaison, "
               "meetings), 2024-2026", lambda: figure_tables(db, admin, three))

        def opened() -> Any:
            page = StatisticsPage(AppContext(db, admin), today=date(2026, 12, 6))
            page.show()
            while page.task is not None and not page.task.done:  # counted off the GUI thread
                app.processEvents()
            return page

        _timed("statistics page opened until it shows the year's figures", opened)
        db.dispose()


if __name__ == "__main__":
    main()
