"""Print how fast the early warnings (预警, issue 9 part 3) are found over large data: every rule
over 100,000 complaints, 20,000 credit list entries, 5,000 inspection objects and credit
checks, and the 预警 page opened until it lists them.

``python -m benchmarks.warnings [--complaints 100000] [--credit 20000] [--others 5000]``; the
rows are written straight into the tables (as ``benchmarks/statistics.py`` does), the
complaints about entities drawn from the credit entries' codes so that rules b and c have
work to do. Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.statistics import _common, _complaints, _credit
from benchmarks.sync import _office
from benchmarks.timing import page_opener, timed

OFFICE = "410522"
TODAY = date(2026, 12, 6)


def _with_respondents(rows: list[dict[str, Any]], entities: int, rng: random.Random
                      ) -> list[dict[str, Any]]:
    for row in rows:
        n = rng.randrange(entities)
        row.update(respondent_name=f"第{n}号建筑工程有限公司", respondent_code=f"9141{n:014d}")
    return rows


def _open_complaints(db: Any, admin: Any, count: int, entities: int, rng: random.Random) -> None:
    """Complaints under way, registered through the service (their deadlines run)."""
    from jianguan_desktop.services.complaints import register_complaint

    today = date.today()
    for _n in range(count):
        n = rng.randrange(entities)
        received = today - timedelta(days=rng.randrange(40))
        register_complaint(db, admin, {
            "case_type": "tender", "channel": "letter", "received_on": received.isoformat(),
            "matter": "评标委员会未按招标文件规定的评标标准评审", "request": "责令重新评标",
            "complainant": "张建国", "respondent_name": f"第{n}号建筑工程有限公司",
            "respondent_code": f"9141{n:014d}", "project_name": f"第{n}号项目"}, today=today)


def _objects(count: int, entities: int, rng: random.Random) -> list[dict[str, Any]]:
    now = datetime.now(UTC)
    industries = ["房屋建筑", "市政", "水利", "交通", "政府采购"]
    return [{**_common(OFFICE, now), "kind": "project", "name": f"第{n}号工程",
             "code": f"9141{rng.randrange(entities):014d}", "industry": rng.choice(industries),
             "risk": 2, "active": True} for n in range(count)]


def _checks(count: int, entities: int, rng: random.Random) -> list[dict[str, Any]]:
    now = datetime.now(UTC)
    return [{**_common(OFFICE, now), "query": f"9141{rng.randrange(entities):014d}",
             "checked_on": TODAY - timedelta(days=rng.randrange(700)), "project": f"第{n}号项目",
             "found": "{}", "listed": False} for n in range(count)]


def _units(count: int) -> list[dict[str, Any]]:
    now = datetime.now(UTC)
    return [{**_common(OFFICE, now), "name": f"第{n}成员单位", "active": True, "sort_order": n}
            for n in range(count)]


def _fill(db: Any, admin: Any, complaints: int, credit: int, others: int) -> None:
    from jianguan_desktop.db.complaints import Complaint
    from jianguan_desktop.db.credit import CreditCheck, CreditEntry
    from jianguan_desktop.db.inspections import InspectionObject
    from jianguan_desktop.db.liaison import MemberUnit

    rng = random.Random(2026)
    entities = credit  # one code per credit entry; complaints and objects drawn among them
    tables = ((Complaint.__table__, _with_respondents(_complaints(OFFICE, complaints, rng),
                                                      entities, rng)),
              (CreditEntry.__table__, _credit(OFFICE, credit, rng)),
              (InspectionObject.__table__, _objects(others, entities, rng)),
              (CreditCheck.__table__, _checks(others, entities, rng)),
              (MemberUnit.__table__, _units(40)))
    with db.uow() as uow:
        for table, rows in tables:
            for at in range(0, len(rows), 20_000):
                uow.session.execute(table.insert(), rows[at:at + 20_000])
        uow.commit()
    _open_complaints(db, admin, 200, entities, rng)


def main() -> None:
    """Build the database, then print each figure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--credit", type=int, default=20_000)
    parser.add_argument("--others", type=int, default=5_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from jianguan_desktop.services import warnings as wn

    with tempfile.TemporaryDirectory() as folder:
        db, admin = _office(Path(folder), OFFICE, "安阳县公共资源交易监督管理办公室", "county")
        timed(f"write {args.complaints:,} complaints (and register 200 under way), "
               f"{args.credit:,} credit entries, {args.others:,} inspection objects and "
               "credit checks",
               lambda: _fill(db, admin, args.complaints, args.credit, args.others))
        for rule in wn.rules():
            found = timed(f"rule {rule.key}",
                           lambda rule=rule: wn.current_warnings(db, admin, TODAY, rule.key))
            print(f"  {len(found):,} warnings")
        found = timed("every warning (all rules)", lambda: wn.current_warnings(db, admin, TODAY))
        print(f"  {len(found):,} warnings")
        timed("counts per rule (home page)", lambda: wn.warning_counts(db, admin, TODAY))

        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        from jianguan_desktop.ui.registers.warnings import WarningsPage

        page = timed("预警 page opened until it lists the warnings",
                     page_opener(app, WarningsPage, db, admin, TODAY))
        print(f"  {page.table.rowCount():,} rows listed")
        db.dispose()


if __name__ == "__main__":
    main()
