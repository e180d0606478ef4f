"""Print how fast the statistics are counted (issue 9): the complaints and the credit lists per
month over a year and over three years, and the 统计分析 page opened until it has its figures.

``python -m benchmarks.statistics [--complaints 100000] [--credit 20000]``; the rows are written
straight into the tables (the services would make the set-up, not the counting, the thing
measured), spread over 2024–2026, far beyond the large demonstration data's 3,000 complaints.
Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.sync import _office
from benchmarks.timing import page_opener, timed

SPAN_DAYS = 3 * 365
MATTER = "评标委员会未按招标文件规定的评标标准评审"
FIRST_DAY = date(2024, 1, 1)
TODAY = date(2026, 12, 6)  # the day the pages are opened on


def _common(office: str, now: datetime) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "office_code": office, "number": None, "version": 1,
            "change_seq": 0, "created_at": now, "created_by": "bench", "updated_at": now,
            "updated_by": "bench"}


def _step(step: str, on: date, due: date | None, status: str) -> dict[str, Any]:
    return {"step": step, "on": on.isoformat(), "by": "bench", "status": status,
            "due": due.isoformat() if due else None, "limit": None,
            "late_by": 1 if due and on > due else 0, "note": ""}


def _case_data(received: date, accepted: date | None, archived: date | None,
               rng: random.Random) -> tuple[str, date | None]:
    """The case as ``ComplaintCase.to_dict()`` keeps it (its steps with their due days, for
    the efficiency figures), and the day decided; about the size of a real one."""
    history = [_step("register", received, None, "registered")]
    decided = None
    if accepted is not None:
        history.append(_step("accept", accepted, received + timedelta(days=5), "investigating"))
    if accepted is not None and archived is not None:
        decided = accepted + timedelta(days=rng.randrange(1, max(2, (archived - accepted).days)))
        due = accepted + timedelta(days=42)
        history += [_step("decide", decided, due, "decided"),
                    _step("answer", min(decided + timedelta(days=rng.randrange(0, 3)), archived),
                          due, "answered"),
                    _step("archive", archived, None, "archived")]
    case = {"registration": {"received_on": received.isoformat(), "channel": "letter",
                             "case_type": "tender", "matter": MATTER, "request": "责令重新评标",
                             "complainant": "", "respondent": "", "evidence": [],
                             "known_on": None},
            "status": history[-1]["status"], "history": history, "preset_key": "tender",
            "accepted_on": accepted.isoformat() if accepted else None,
            "decision": {"on": decided.isoformat(), "outcome": "dismissed", "reason": "",
                         "measures": ""} if decided else None,
            "transfer": None, "rejection": None, "pauses": [], "extensions": []}
    return json.dumps(case, ensure_ascii=False), decided


def _complaints(office: str, count: int, rng: random.Random) -> list[dict[str, Any]]:
    now = datetime.now(UTC)
    rows = []
    steps = random.Random(count)  # the cases' steps, apart from ``rng``'s sequence
    for _n in range(count):
        received = FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS))
        accepted = received + timedelta(days=rng.randrange(1, 8)) if rng.random() < 0.8 else None
        archived = accepted + timedelta(days=rng.randrange(10, 60)) \
            if accepted and rng.random() < 0.7 else None
        case_data, decided = _case_data(received, accepted, archived, steps)
        rows.append({**_common(office, now), "case_type": rng.choice(
            ["tender", "procurement", "land_mineral", "state_assets", "report", "other"]),
            "channel": rng.choice(["phone", "letter", "email", "online", "in_person"]),
            "status": "archived" if archived else "investigating", "received_on": received,
            "accepted_on": accepted, "decided_on": decided, "archived_on": archived,
            "case_data": case_data, "late_steps": 1 if rng.random() < 0.1 else 0})
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


def main() -> None:
    """Build the database, then print each figure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--credit", type=int, default=20_000)
    parser.add_argument("--demo", action="store_true",
                        help="also count over the large demonstration data (about 5 minutes "
                             "to make)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from jianguan_desktop.services import statistics as stats
    from jianguan_desktop.services.statistics import Period

    with tempfile.TemporaryDirectory() as folder:
        db, admin = _office(Path(folder), "410522", "安阳县公共资源交易监督管理办公室", "county")
        timed(f"write {args.complaints:,} complaints and {args.credit:,} credit entries",
               lambda: _fill(db, args.complaints, args.credit))
        year, three = Period.year(2026), Period(date(2024, 1, 1), date(2026, 12, 31))
        timed("complaints per month, 2026", lambda: stats.complaint_figures(db, admin, year))
        timed("complaints per month, 2024-2026",
               lambda: stats.complaint_figures(db, admin, three))
        timed("credit lists per month, 2026", lambda: stats.credit_figures(db, admin, year))
        timed("credit lists per month, 2024-2026",
               lambda: stats.credit_figures(db, admin, three))
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        from jianguan_desktop.services.statistics_tables import figure_tables
        from jianguan_desktop.ui.registers.statistics import StatisticsPage

        timed("every table of the page (complaints, credit, inspections, liaison, "
               "meetings), 2024-2026", lambda: figure_tables(db, admin, three))

        timed("statistics page opened until it shows the year's figures",
               page_opener(app, StatisticsPage, db, admin, TODAY))
        from jianguan_desktop.services.efficiency import efficiency_figures
        from jianguan_desktop.ui.registers.efficiency import EfficiencyPage

        timed("efficiency (every step's on-time rate and working days), 2026",
               lambda: efficiency_figures(db, admin, year))
        timed("efficiency, 2024-2026", lambda: efficiency_figures(db, admin, three))

        timed("efficiency page opened until it shows the year's figures",
               page_opener(app, EfficiencyPage, db, admin, TODAY))
        db.dispose()
        if args.demo:
            _over_the_demo(Path(folder), opened_page=StatisticsPage, app=app)


def _over_the_demo(folder: Path, opened_page: Any, app: Any) -> None:
    """Every table of 2026 and the page, over the large demonstration data."""
    from jianguan_desktop.services.demo import fill_demo
    from jianguan_desktop.services.registers import load_registers
    from jianguan_desktop.services.statistics import Period
    from jianguan_desktop.services.statistics_tables import figure_tables

    load_registers()
    db, admin = _office(folder / "demo", "410522", "安阳县公共资源交易监督管理办公室", "county")
    timed("large demonstration data made", lambda: fill_demo(db, admin, "large"))
    timed("every table of 2026 over the large demonstration data",
           lambda: figure_tables(db, admin, Period.year(2026)))

    timed("statistics page opened over the large demonstration data",
           page_opener(app, opened_page, db, admin, TODAY))


if __name__ == "__main__":
    main()
