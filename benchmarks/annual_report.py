"""Print how fast the annual supervision report is made (issue 9, part 4): its figures counted,
the PDF laid out with its charts and tables, and the workbook written, over large data.

``python -m benchmarks.annual_report [--complaints 100000] [--credit 20000] [--demo]``: the same
data as ``benchmarks/statistics.py`` (rows written straight into the tables over 2024–2026,
far beyond the large demonstration data's 3,000 complaints); ``--demo`` also makes the large
demonstration data (about 5 minutes) and renders its report. Not a test: nothing asserts.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.statistics import _fill
from benchmarks.sync import _office
from benchmarks.timing import timed

OFFICE = ("410522", "安阳县公共资源交易监督管理办公室", "county")
WRITTEN = {"overview": "全年进场交易项目1,280个，交易额156亿元。\n" * 20,
           "work": "（一）健全联席会议机制\n召开联席会议2次，议定事项全部办结。\n" * 20,
           "problems": "部分成员单位联络员变更报送不及时。\n" * 10,
           "plans": "进一步完善信用评价体系。\n" * 10}


def _report(db: Any, admin: Any, folder: Path, label: str) -> None:
    from jianguan_desktop.services import annual_report as reports

    report = reports.load_report(db, admin, 2026)
    reports.save_draft(db, admin, 2026, WRITTEN, report.version)
    timed(f"{label}: the year's figures (every figure section)",
           lambda: reports.year_figures(db, admin, 2026))
    pdf = timed(f"{label}: the report as a PDF (figures, charts, tables, layout)",
                 lambda: reports.render_pdf(db, admin, 2026))
    print(f"  {len(pdf) / 1024:.0f} KB")
    timed(f"{label}: the figures as an .xlsx workbook",
           lambda: reports.export_xlsx(db, admin, 2026, folder / "report.xlsx"))


def main() -> None:
    """Build the database, then print each figure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--credit", type=int, default=20_000)
    parser.add_argument("--demo", action="store_true",
                        help="also over the large demonstration data (about 5 minutes to make)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from jianguan_desktop.services.registers import load_registers

    load_registers()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db, admin = _office(folder, *OFFICE)
        timed(f"write {args.complaints:,} complaints and {args.credit:,} credit entries",
               lambda: _fill(db, args.complaints, args.credit))
        _report(db, admin, folder, f"{args.complaints:,} complaints")
        db.dispose()
        if args.demo:
            from jianguan_desktop.services.demo import fill_demo

            demo, demo_admin = _office(folder / "demo", *OFFICE)
            timed("large demonstration data made", lambda: fill_demo(demo, demo_admin, "large"))
            _report(demo, demo_admin, folder, "large demonstration data")
            demo.dispose()


if __name__ == "__main__":
    main()
