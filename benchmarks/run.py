"""Print how fast the register view opens, sorts and searches over 1,000 and 1,000,000 rows.

``python -m benchmarks.run`` from the repository root (figures in benchmarks/README.md). The
fixture databases are built once into ``benchmarks/.cache/``; each size is measured in a
fresh process so that memory figures are its own. Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / ".cache"
SIZES = (1_000, 1_000_000)
EXIT_ENV = "JIANGUAN_EXIT_AFTER_LOGIN_SHOWN"

if str(ROOT) not in sys.path:  # the fixture register lives in tests/
    sys.path.insert(0, str(ROOT))


def rss_mb() -> float | None:
    """Resident memory of this process in MB (Linux /proc; peak RSS elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)
    except (ImportError, OSError):
        return None


def fixture_db(rows: int) -> Path:
    """The cached fixture database of ``rows`` notes (built on first use)."""
    from tests.fixture_registers import build_fixture_database

    path = CACHE / f"fixture-{rows}.db"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        partial = path.with_suffix(".building")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        build_fixture_database(partial, rows).dispose()
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        partial.rename(path)
        print(f"  built {path.name} in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def measure(rows: int) -> dict[str, float | None]:
    """In this process: open the view on the cached database and time what a clerk does."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QApplication

    from jianguan_desktop.config import resolve_db_url
    from jianguan_desktop.db.engine import open_database
    from jianguan_desktop.services.tables import export_view
    from jianguan_desktop.ui.register_view import RegisterView
    from tests.fixture_registers import ADMIN, fixture_spec

    path = fixture_db(rows)
    app = QApplication.instance() or QApplication([])
    figures: dict[str, float | None] = {"rss_before_mb": rss_mb()}

    class PaintWatch(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    watch = PaintWatch()

    def until_painted(action: Callable[[], object]) -> float:
        """Seconds from the action until the table has painted its result."""
        watch.painted = False
        started = time.perf_counter()
        action()
        view.stack.currentWidget().update()  # a paint even if nothing on screen changed
        while not watch.painted:
            app.processEvents()
        return time.perf_counter() - started

    started = time.perf_counter()
    db = open_database(resolve_db_url(str(path)))
    view = RegisterView(db, ADMIN, fixture_spec())
    view.table.viewport().installEventFilter(watch)
    view.empty_label.installEventFilter(watch)  # "no records match" is painted instead
    view.resize(1280, 800)
    view.show()
    while not watch.painted:
        app.processEvents()
    figures["first_paint_s"] = time.perf_counter() - started
    figures["rss_after_paint_mb"] = rss_mb()
    figures["rows"] = view.model.rowCount()
    amount = [c.key for c in view.spec.columns].index("amount")
    figures["sort_amount_asc_s"] = until_painted(lambda: view.model.sort(amount))
    figures["sort_amount_desc_s"] = until_painted(
        lambda: view.model.sort(amount, Qt.SortOrder.DescendingOrder))
    figures["scroll_to_end_s"] = until_painted(view.table.scrollToBottom)
    figures["scroll_to_middle_s"] = until_painted(
        lambda: view.table.scrollTo(view.model.index(view.model.rowCount() // 2, 0)))

    def search(text: str) -> Callable[[], None]:
        def run() -> None:
            view.search_box.setText(text)
            view.apply_search()
        return run

    figures["search_one_record_s"] = until_painted(search("第000123号"))
    figures["search_common_word_s"] = until_painted(search("道路硬化"))
    figures["search_none_s"] = until_painted(search("没有这样的记录"))
    view.search_box.clear()
    view.apply_search()
    box = view.filter_box("category")
    figures["filter_category_s"] = until_painted(
        lambda: box.setCurrentIndex(box.findData("works")))
    figures["pages_fetched"] = view.model.pages_fetched
    figures["rss_after_browsing_mb"] = rss_mb()

    # export: the whole view of the small register; about 110,000 rows of the large one
    box.setCurrentIndex(0)
    if rows > 200_000:
        view.model.set_filter("signed_on", ("between", (date(2020, 1, 1), date(2020, 8, 31))))
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        figures["export_rows"] = export_view(
            db, ADMIN, view.spec, view.model.query, view.visible_column_keys(),
            Path(folder) / "export.xlsx", widths=view.column_widths())
        figures["export_s"] = time.perf_counter() - started
        figures["export_file_mb"] = (Path(folder) / "export.xlsx").stat().st_size / 2**20
    figures["rss_after_export_mb"] = rss_mb()
    db.dispose()
    return figures


def cold_start() -> tuple[float, float] | str:
    """Seconds from launch to the login window shown: (as the program measured, wall)."""
    app_source = ROOT / "jianguan_desktop" / "ui" / "app.py"
    if EXIT_ENV not in app_source.read_text(encoding="utf-8"):
        return f"skipped: jianguan_desktop/ui/app.py does not support {EXIT_ENV}=1"
    from jianguan_desktop.config import resolve_db_url
    from jianguan_desktop.db.engine import open_database
    from jianguan_desktop.db.migrate import upgrade
    from jianguan_desktop.services.setup import initialize

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "office.db"
        db = open_database(resolve_db_url(str(path)))
        upgrade(db, backup=False)
        initialize(db, office_code="410522", office_name="安阳县公共资源交易监督管理办公室",
                   mode="county", admin_username="admin", admin_password="Jianguan#2026")
        db.dispose()
        env = dict(os.environ, **{EXIT_ENV: "1", "QT_QPA_PLATFORM": "offscreen",
                                  "XDG_CONFIG_HOME": folder, "XDG_DATA_HOME": folder})
        timings = []
        for _ in range(3):  # the first run also warms the disk cache; keep the best
            started = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "jianguan_desktop.ui.app",
                                   "--db", str(path)], env=env, capture_output=True,
                                  text=True, timeout=120, cwd=ROOT)
            wall = time.perf_counter() - started
            shown = [line for line in done.stdout.splitlines()
                     if line.startswith("login-shown")]
            if done.returncode != 0 or not shown:
                return f"failed (exit {done.returncode}): {done.stderr.strip()[-300:]}"
            timings.append((float(shown[0].split()[1]), wall))
        return min(timings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--measure", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--no-cold-start", action="store_true")
    parser.add_argument("--import-rows", type=int, default=100_000,
                        help="rows of the Excel import benchmark (0: skip it)")
    parser.add_argument("--forms", type=int, default=1_000,
                        help="notices in the PDF forms batch (0: skip the forms benchmark)")
    parser.add_argument("--entities", type=int, default=0,
                        help="entities in the entity-search benchmark (0, the default: skip it)")
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    print(f"Python {sys.version.split()[0]} on {sys.platform}, {os.cpu_count()} CPUs")
    for rows in args.rows:
        print(f"\nRegister view over {rows:,} fixture rows")
        fixture_db(rows)
        done = subprocess.run([sys.executable, "-m", "benchmarks.run", "--measure", str(rows)],
                              capture_output=True, text=True, cwd=ROOT)
        if done.returncode != 0:
            print("  failed:", done.stderr.strip()[-500:])
            continue
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        for key, value in figures.items():
            if value is None:
                text = "n/a"
            elif key.endswith("_s"):
                text = f"{value * 1000:.0f} ms"
            elif key.endswith("_mb"):
                text = f"{value:.1f} MB" if value < 10 else f"{value:.0f} MB"
            else:
                text = f"{value:,}"
            print(f"  {key:24} {text}")
    if not args.no_cold_start:
        print("\nCold start to the login window")
        result = cold_start()
        if isinstance(result, str):
            print("  " + result)
        else:
            print(f"  {'login_shown_s':24} {result[0] * 1000:.0f} ms (process start, by the OS)")
            print(f"  {'wall_until_exit_s':24} {result[1] * 1000:.0f} ms (spawn to exit)")
    if args.import_rows:  # in its own process, so that its memory figures are its own
        sys.stdout.flush()
        subprocess.run([sys.executable, "-m", "benchmarks.imports", "--rows",
                        str(args.import_rows)], cwd=ROOT)
    if args.forms:  # a fresh process: its first form is cold (fonts found and read)
        sys.stdout.flush()
        subprocess.run([sys.executable, "-m", "benchmarks.forms", "--forms", str(args.forms)],
                       cwd=ROOT)
    if args.entities:  # its database is built once into benchmarks/.cache/
        sys.stdout.flush()
        subprocess.run([sys.executable, "-m", "benchmarks.entities", "--entities",
                        str(args.entities)], cwd=ROOT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
