"""Print how fast an Excel import reads, checks and writes 100,000 rows of 10 columns.

``python -m benchmarks.imports`` (or as part of ``python -m benchmarks.run``). The workbook is
built once into ``benchmarks/.cache/``; figures are rows per second against plain openpyxl
``read_only`` iteration of the same file. Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jianguan_desktop.db.engine import Database
    from jianguan_desktop.domain.roles import Actor

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / ".cache"
ROWS = 100_000
REPEAT = 2
ADMIN_PASSWORD = "Jianguan#2026"

if str(ROOT) not in sys.path:  # the fixture register lives in tests/
    sys.path.insert(0, str(ROOT))


def workbook(rows: int) -> Path:
    """The cached ten-column workbook of ``rows`` data rows (built on first use)."""
    from tests.excel_helpers import write_wide_workbook

    path = CACHE / f"import-{rows}x10.xlsx"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        partial = path.with_name(path.stem + ".building.xlsx")
        write_wide_workbook(partial, rows)
        partial.rename(path)
        print(f"  built {path.name} in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def plain_iteration(path: Path) -> tuple[float, int]:
    """Seconds for openpyxl read-only, values-only iteration of every row; rows seen."""
    from openpyxl import load_workbook

    started = time.perf_counter()
    book = load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _row in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return time.perf_counter() - started, count - 1


def _fresh_database(folder: Path) -> tuple[Database, Actor]:
    """A new office database with the fixture tables, and its administrator logged in."""
    from jianguan_desktop.config import resolve_db_url
    from jianguan_desktop.db.engine import open_database
    from jianguan_desktop.db.migrate import upgrade
    from jianguan_desktop.services.auth import authenticate
    from jianguan_desktop.services.setup import initialize
    from tests.fixture_tables import FixtureBase

    db = open_database(resolve_db_url(str(folder / "import.db")))
    upgrade(db, backup=False)
    initialize(db, office_code="410522", office_name="安阳县公共资源交易监督管理办公室",
               mode="county", admin_username="admin", admin_password=ADMIN_PASSWORD)
    FixtureBase.metadata.create_all(db.engine)
    return db, authenticate(db, "admin", ADMIN_PASSWORD)


def rss_mb() -> float | None:
    """Resident memory of this process in MB (as ``benchmarks.run`` measures it)."""
    from benchmarks.run import rss_mb as measure

    return measure()


def measure(rows: int) -> dict[str, float | int | None]:
    """Time plain iteration, ``check_file`` (best of :data:`REPEAT`, alternating) and
    ``run_import`` into a fresh database, over the cached workbook."""
    from jianguan_desktop.services.imports import check_file, register_import, run_import
    from tests.excel_helpers import WIDE_IMPORT_KEY, count_notes, wide_import_spec

    path = workbook(rows)
    register_import(wide_import_spec())
    figures: dict[str, float | int | None] = {"rows": rows,
                                               "file_mb": path.stat().st_size / 2**20}
    with tempfile.TemporaryDirectory() as folder:
        db, admin = _fresh_database(Path(folder))
        try:
            plain = checked = float("inf")
            for _round in range(REPEAT):  # alternate, keep the best: the machine may be busy
                seconds, seen = plain_iteration(path)
                plain = min(plain, seconds)
                started = time.perf_counter()
                check = check_file(db, admin, WIDE_IMPORT_KEY, path)
                checked = min(checked, time.perf_counter() - started)
            figures["plain_read_only_rows_per_s"] = seen / plain
            figures["check_file_rows_per_s"] = check.total_rows / checked
            figures["check_vs_plain_percent"] = round(100 * plain / checked)
            figures["check_problems"] = len(check.issues)
            figures["rss_after_check_mb"] = rss_mb()
            started = time.perf_counter()
            result = run_import(db, admin, WIDE_IMPORT_KEY, path)
            elapsed = time.perf_counter() - started
            figures["run_import_rows_per_s"] = result.imported / elapsed
            figures["run_import_s"] = elapsed
            figures["rss_after_import_mb"] = rss_mb()
            figures["rows_in_table"] = count_notes(db)
        finally:
            db.dispose()
    return figures


def report(rows: int = ROWS) -> None:
    """Print the figures (called by ``benchmarks.run``)."""
    print(f"\nExcel import of {rows:,} rows x 10 columns")
    workbook(rows)
    for key, value in measure(rows).items():
        if value is None:
            text = "n/a"
        elif key.endswith("_per_s"):
            text = f"{value:,.0f} rows/s"
        elif key.endswith("_mb"):
            text = f"{value:.1f} MB"
        elif key.endswith("_s"):
            text = f"{value:.1f} s"
        elif key.endswith("_percent"):
            text = f"{value} % of plain iteration's speed"
        else:
            text = f"{value:,}"
        print(f"  {key:28} {text}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=ROWS)
    args = parser.parse_args(argv)
    report(args.rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
