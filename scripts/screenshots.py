"""Make the screenshots of the user manual (docs/用户手册.md) into docs/images/.

A fresh demonstration database is built in a temporary folder (the small demonstration data
of ``jianguan demo``), the window is opened in Chinese at 1280 × 800 and every page and
dialog the manual shows is saved as a PNG with a stable name::

    xvfb-run -a .venv/bin/python scripts/screenshots.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py --only login,sync

The demonstration data are dated back from the real today, so pages are judged on today
too. Nothing outside the temporary folder and the output folder is touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "images"
WINDOW_SIZE = (1280, 800)
PASSWORD = "Jianguan#2026"
OFFICE_CODE = "410522"
OFFICE_NAME = "安阳县公共资源交易监督管理办公室"
SETTLE_SECONDS = 20.0  # at most this long for a page's background work
PALETTE_COLOURS = 256


@dataclass
class Studio:
    """What a shot needs: the application, the demonstration database and the window."""

    app: Any
    db: Any
    actor: Any
    office: Any
    window: Any
    folder: Path

    def settle(self, seconds: float = 0.3) -> None:
        """Let Qt lay out and paint, and wait for background jobs (page loads)."""
        from jianguan_desktop.ui import background

        deadline = time.monotonic() + SETTLE_SECONDS
        quiet_until = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.app.processEvents()
            busy = any(not task.done for task in list(background._RUNNING))
            if not busy and time.monotonic() >= quiet_until:
                break
            time.sleep(0.02)
        self.app.processEvents()

    def page(self, key: str, select_first: bool = True) -> Any:
        """Show the page ``key`` in the window (its first row selected) and return it."""
        if not self.window.show_page(key):
            raise SystemExit(f"page {key!r} is not in the window")
        self.settle(0.6)
        page = self.window.page_widget(key)
        view = getattr(page, "view", None)
        table = getattr(view, "table", None)
        if select_first and table is not None and table.model() is not None \
                and table.model().rowCount() > 0:
            table.selectRow(0)
            self.settle()
        return self.window

    def dialog(self, dialog: Any, size: tuple[int, int] | None = None) -> Any:
        """Show a dialog beside the window and return it once painted."""
        if size is not None:
            dialog.resize(*size)
        dialog.show()
        dialog.raise_()
        self.settle(0.5)
        return dialog


# --- the shots, in the order of the manual -------------------------------------------------

def _setup_dialog(studio: Studio) -> Any:
    from jianguan_desktop.config import resolve_db_url
    from jianguan_desktop.db.engine import open_database
    from jianguan_desktop.db.migrate import upgrade
    from jianguan_desktop.ui.setup_dialog import SetupDialog

    fresh = open_database(resolve_db_url(str(studio.folder / "fresh" / "jianguan.db")))
    upgrade(fresh, backup=False)
    dialog = SetupDialog(fresh)
    for field, text in (("office_name", OFFICE_NAME), ("office_code", OFFICE_CODE),
                        ("username", "admin"), ("display_name", "王管理")):
        widget = getattr(dialog, field, None)
        if widget is not None:
            widget.setText(text)
    return studio.dialog(dialog)


def _login(studio: Studio) -> Any:
    from PySide6.QtCore import QSettings

    from jianguan_desktop.ui.login_dialog import LAST_USERNAME_KEY, LoginDialog

    settings = QSettings(str(studio.folder / "login.ini"), QSettings.Format.IniFormat)
    settings.setValue(LAST_USERNAME_KEY, "zhangmin")
    return studio.dialog(LoginDialog(studio.db, studio.office.name, settings))


def _complaint_form(studio: Studio) -> Any:
    from jianguan_desktop.ui.registers.complaints import RegistrationForm

    studio.page("complaints")
    return studio.dialog(RegistrationForm(studio.window.context, studio.window))


def _draw_dialog(studio: Studio) -> Any:
    from jianguan_desktop.services import inspection_plans as plans
    from jianguan_desktop.ui.registers.inspection_draw_dialog import DrawForm

    studio.page("inspection_plans")
    context = studio.window.context
    batch = first = None
    for plan in plans.list_plans(studio.db, studio.actor):
        for candidate in plan.batches:
            if candidate.status == "planned" and plan.status == "approved":
                batch, first = candidate, None
                break
            if candidate.draw_id and batch is None:
                batch = candidate
                first = plans.get_draw(studio.db, studio.actor, candidate.draw_id)
        if batch is not None and first is None:
            break
    if batch is None:
        raise SystemExit("the demonstration data have no batch to draw")
    form = DrawForm(context, batch, first, studio.window)
    return studio.dialog(form, (980, 760))


def _print_preview(studio: Studio) -> Any:
    from sqlalchemy import select

    from jianguan_desktop.db.complaints import Complaint
    from jianguan_desktop.services import forms
    from jianguan_desktop.ui.print_preview import PrintPreviewDialog

    with studio.db.uow(readonly=True) as uow:
        number = uow.session.execute(
            select(Complaint.number).where(Complaint.accepted_on.is_not(None))
            .order_by(Complaint.number)).scalars().first()
    pdf = forms.render_form(studio.db, studio.actor, "complaint_acceptance", number)
    dialog = PrintPreviewDialog(studio.window, "投诉（举报）受理通知书", pdf, "受理通知书.pdf")
    return studio.dialog(dialog, (900, 760))


def _import_dialog(studio: Studio) -> Any:
    from jianguan_desktop.ui.import_dialog import ImportDialog

    studio.page("entities")
    return studio.dialog(ImportDialog(studio.window, studio.window.context, "entities"),
                         (900, 600))


def _credit_check(studio: Studio) -> Any:
    from sqlalchemy import select

    from jianguan_desktop.db.credit import CreditEntry

    with studio.db.uow(readonly=True) as uow:
        name = uow.session.execute(
            select(CreditEntry.entity_code).where(CreditEntry.status == "listed")
            .order_by(CreditEntry.number)).scalars().first()
    studio.page("credit_check")
    page = studio.window.page_widget("credit_check")
    page.query_box.setText(name or "建筑")
    page.check()
    studio.settle(0.5)
    return studio.window


def _sync(studio: Studio) -> Any:
    """The exchange page after a first round with the city office: keys registered both
    ways, a package sent up and the city's package (with its receipt) taken in."""
    from jianguan_desktop.config import resolve_db_url
    from jianguan_desktop.db.engine import open_database
    from jianguan_desktop.db.migrate import upgrade
    from jianguan_desktop.services import sync, sync_keys
    from jianguan_desktop.services.auth import authenticate
    from jianguan_desktop.services.setup import initialize

    city = open_database(resolve_db_url(str(studio.folder / "city" / "jianguan.db")))
    upgrade(city, backup=False)
    initialize(city, office_code="410500", office_name="安阳市公共资源交易监督管理办公室",
               mode="city", admin_username="admin", admin_password=PASSWORD)
    city_admin = authenticate(city, "admin", PASSWORD)
    sync_keys.trust(city, city_admin, sync_keys.public_key_file(studio.db, studio.actor)[0])
    sync_keys.trust(studio.db, studio.actor, sync_keys.public_key_file(city, city_admin)[0])
    stick = studio.folder / "usb"
    stick.mkdir()
    sent = sync.export_package(studio.db, studio.actor, "410500", stick)
    sync.import_package(city, city_admin, sent.path)
    back = sync.export_package(city, city_admin, "410522", stick)
    sync.import_package(studio.db, studio.actor, back.path)
    city.dispose()
    studio.page("sync")
    page = studio.window.page_widget("sync")
    reload = getattr(page, "reload", None) or getattr(page, "refresh", None)
    if callable(reload):
        reload()
        studio.settle(0.5)
    return studio.window


def _page(key: str) -> Callable[[Studio], Any]:
    return lambda studio: studio.page(key)


SHOTS: dict[str, Callable[[Studio], Any]] = {
    "setup_dialog": _setup_dialog,
    "login": _login,
    "main_window": _page("home"),
    "entities": _page("entities"),
    "inspection_plans": _page("inspection_plans"),
    "draw_dialog": _draw_dialog,
    "inspection_results": _page("inspection_results"),
    "complaints": _page("complaints"),
    "complaint_form": _complaint_form,
    "case_transfers": _page("case_transfers"),
    "credit_lists": _page("credit_lists"),
    "credit_check": _credit_check,
    "member_units": _page("member_units"),
    "joint_meetings": _page("joint_meetings"),
    "statistics": _page("statistics"),
    "warnings": _page("warnings"),
    "print_preview": _print_preview,
    "import_dialog": _import_dialog,
    "sync": _sync,
    "settings": _page("settings"),
}


# --- making and saving ----------------------------------------------------------------------

def _demo_database(folder: Path) -> tuple[Any, Any, Any]:
    from jianguan_desktop.config import resolve_db_url
    from jianguan_desktop.db.engine import open_database
    from jianguan_desktop.db.migrate import upgrade
    from jianguan_desktop.services.auth import authenticate
    from jianguan_desktop.services.demo import fill_demo
    from jianguan_desktop.services.registers import load_registers
    from jianguan_desktop.services.setup import initialize, office_info

    load_registers()
    db = open_database(resolve_db_url(str(folder / "demo" / "jianguan.db")))
    upgrade(db, backup=False)
    initialize(db, office_code=OFFICE_CODE, office_name=OFFICE_NAME, mode="county",
               admin_username="admin", admin_password=PASSWORD, admin_display_name="王管理")
    admin = authenticate(db, "admin", PASSWORD)
    fill_demo(db, admin, "small")
    return db, authenticate(db, "admin", PASSWORD), office_info(db)


def save_png(widget: Any, path: Path) -> int:
    """Grab ``widget`` into ``path``, as an 8-bit palette PNG when Pillow is there; bytes."""
    from PySide6.QtCore import QBuffer, QIODevice

    pixmap = widget.grab()
    try:
        from PIL import Image
    except ImportError:
        pixmap.save(str(path), "PNG")
        return path.stat().st_size
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    from io import BytesIO

    image = Image.open(BytesIO(bytes(buffer.data()))).convert("RGB")
    image.quantize(colors=PALETTE_COLOURS, method=Image.Quantize.MEDIANCUT).save(
        path, "PNG", optimize=True)
    return path.stat().st_size


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The script's options."""
    parser = argparse.ArgumentParser(description="Make the user manual's screenshots.")
    parser.add_argument("--only", help="comma-separated shot names (default: all of them)")
    parser.add_argument("--list", action="store_true", help="list the shot names and exit")
    parser.add_argument("-o", "--output", default=str(OUTPUT),
                        help=f"folder of the PNG files (default {OUTPUT})")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Make the shots asked for; return 0, or 2 for an unknown shot name."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.list:
        print("\n".join(SHOTS))
        return 0
    wanted = [name.strip() for name in (args.only or "").split(",") if name.strip()] \
        or list(SHOTS)
    unknown = [name for name in wanted if name not in SHOTS]
    if unknown:
        print(f"unknown shots: {', '.join(unknown)} (see --list)", file=sys.stderr)
        return 2
    output = Path(args.output)
    output.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    # a fixed folder, so that the database path in the status bar is the same every time
    folder = Path(tempfile.gettempdir()) / "jianguan-screenshots"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    try:
        os.environ["XDG_DATA_HOME"] = str(folder / "xdg-data")
        os.environ["XDG_CONFIG_HOME"] = str(folder / "xdg-config")
        os.environ["JIANGUAN_LANG"] = "zh_CN"
        os.environ.pop("JIANGUAN_DB", None)
        return _run(folder, output, wanted, started)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(folder: Path, output: Path, wanted: list[str], started: float) -> int:
    from PySide6.QtWidgets import QApplication

    from jianguan_desktop import APP_AUTHOR, APP_NAME
    from jianguan_desktop.ui.app import apply_ui_font
    from jianguan_desktop.ui.main_window import MainWindow
    from jianguan_desktop.ui.pages import load_pages
    from jianguan_desktop.ui.translator import install_translators

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME + "-screenshots")
    install_translators(app)
    font = apply_ui_font(app)
    load_pages()
    db, actor, office = _demo_database(folder)
    window = MainWindow(db, actor, office)
    window.resize(*WINDOW_SIZE)
    window.show()
    studio = Studio(app, db, actor, office, window, folder)
    studio.settle(1.0)
    print(f"demonstration database ready in {time.monotonic() - started:.1f} s "
          f"(interface font: {font or 'Qt default'})")
    for name in wanted:
        shown = SHOTS[name](studio)
        studio.settle()
        path = output / f"{name}.png"
        size = save_png(shown, path)
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
              f"{shown.width()}×{shown.height()}, {size // 1024} KB")
        if shown is not window:
            shown.close()
            studio.settle(0.1)
    window.close()
    db.dispose()
    print(f"{len(wanted)} screenshots in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
