"""The 数据交换 page between a county and its city: the city's key file registered from the
page, a package exported onto a "USB stick" folder and listed as sent, the same package checked
(dry run), confirmed and listed as received at the city, a second import told it was imported
before, a receipt overdue in red, and a gap a clerk may not accept while a 负责人 may."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from jianguan_desktop.db.sync import SyncSent
from jianguan_desktop.db.types import utcnow
from jianguan_desktop.domain import roles
from jianguan_desktop.domain.entity_codes import credit_check_character
from jianguan_desktop.domain.roles import Permission, Role
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import entities, sync, sync_history
from jianguan_desktop.services import sync_keys as sk
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.setup import initialize
from jianguan_desktop.ui.pages import AppContext, get_page
from jianguan_desktop.ui.registers import sync as page_module
from jianguan_desktop.ui.registers.sync import OVERDUE_COLOUR, SyncPage
from tests.conftest import ADMIN_PASSWORD
from tests.gui.window_helpers import CLERK_PASSWORD, prefix

CITY = "410500"
CITY_NAME = "安阳市公共资源交易监督管理办公室"


@pytest.fixture
def city(tmp_path: Path) -> Iterator[object]:
    """The city office's own database."""
    from jianguan_desktop.config import resolve_db_url
    from jianguan_desktop.db.engine import open_database
    from jianguan_desktop.db.migrate import upgrade

    db = open_database(resolve_db_url(str(tmp_path / "city" / "jianguan.db")))
    upgrade(db, backup=False)
    initialize(db, office_code=CITY, office_name=CITY_NAME, mode="city",
               admin_username="admin", admin_password=ADMIN_PASSWORD)
    yield db
    db.dispose()


@pytest.fixture
def city_admin(city: object) -> object:
    return authenticate(city, "admin", ADMIN_PASSWORD)


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "U盘"
    folder.mkdir()
    return folder


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the page shows in warning boxes (which would block the test)."""
    shown: list[str] = []
    monkeypatch.setattr(page_module, "show_user_error",
                        lambda _parent, error, _title="": shown.append(str(error)))
    return shown


@pytest.fixture
def exchanged(office_db: object, admin: object, city: object, city_admin: object) -> None:
    """The county and the city registered each other's key files."""
    sk.trust(office_db, admin, sk.public_key_file(city, city_admin)[0])
    sk.trust(city, city_admin, sk.public_key_file(office_db, admin)[0])


def open_page(qtbot: QtBot, database: object, actor: object) -> SyncPage:
    page = SyncPage(AppContext(database, actor))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_args, **_kwargs: (str(path), ""))


def code(first17: str) -> str:
    """A valid 统一社会信用代码 from its first 17 characters."""
    return first17 + credit_check_character(first17)


def add_bidder(db: object, actor: object, name: str, code: str) -> None:
    entities.create_entity(db, actor, {"kind": "bidder", "name": name, "code": code})


def export_via_page(qtbot: QtBot, page: SyncPage, stick: Path, full: bool = False) -> Path:
    dialog = page.open_export()
    assert dialog is not None
    dialog.folder.setText(str(stick))
    dialog.full.setChecked(full)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.sent is not None, timeout=10000)
    assert dialog.sent is not None
    return dialog.sent.path


def wait_for_task(qtbot: QtBot, page: SyncPage) -> None:
    task = page.task
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=10000)


def test_the_page_is_in_the_sync_group_for_everyone_who_reads() -> None:
    page = get_page("sync")
    assert page is not None and page.group() == tr("Sync packages")
    assert page.permission is Permission.READ


def test_the_citys_key_file_is_registered_from_the_page(
        qtbot: QtBot, office_db, admin, city, city_admin, tmp_path, monkeypatch) -> None:
    # GIVEN the city's public key file, brought on a stick
    key_file = tmp_path / "city.pub"
    key_file.write_bytes(sk.public_key_file(city, city_admin)[0])
    fingerprint = sk.public_key_file(city, city_admin)[1]
    page = open_page(qtbot, office_db, admin)
    assert page.fingerprint and page.fingerprint in page.own_key.text()
    assert page.partner_table.rowCount() == 0
    # WHEN the clerk registers it from the page
    choose_file(monkeypatch, key_file)
    page.trust_button.click()
    # THEN the city is listed with its fingerprint, and the page asks to compare it by phone
    [row] = page.partner_table.texts()
    assert row[:4] == [CITY, CITY_NAME, tr("City"), fingerprint]
    assert page.message is not None
    assert fingerprint in page.message.text() and "电话" in page.message.text()


def test_this_offices_key_file_is_saved_from_the_page(
        qtbot: QtBot, office_db, admin, tmp_path, monkeypatch) -> None:
    target = tmp_path / "县公钥"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kwargs: (str(target), ""))
    page = open_page(qtbot, office_db, admin)
    page.pubkey_button.click()
    written = tmp_path / "县公钥.pub"
    assert sk.parse_public_key_file(written.read_bytes())[0]["office_code"] == "410522"
    assert page.message is not None and page.fingerprint in page.message.text()


def test_a_package_goes_from_the_county_to_the_city_through_the_pages(
        qtbot: QtBot, office_db, admin, city, city_admin, exchanged, stick,
        monkeypatch, messages) -> None:
    # GIVEN two bidders entered at the county
    add_bidder(office_db, admin, "安阳县甲建筑有限公司", code("91410522MA0000001"))
    add_bidder(office_db, admin, "安阳县乙建筑有限公司", code("91410522MA0000002"))
    county_page = open_page(qtbot, office_db, admin)
    # WHEN the county exports a package to the city onto the stick
    package = export_via_page(qtbot, county_page, stick)
    # THEN the file is on the stick and the page says where and how many records
    assert package.parent == stick and package.suffix == ".jgpkg" and package.is_file()
    assert county_page.message is not None
    assert str(package) in county_page.message.text()
    # AND it is listed as sent, without a receipt yet
    [sent] = county_page.sent_table.texts()
    assert sent[0] == "1" and CITY_NAME in sent[1] and sent[4] == "2"
    assert sent[6] == tr("No receipt yet")
    assert not messages
    # WHEN the city imports it: first the dry run's summary
    city_page = open_page(qtbot, city, city_admin)
    choose_file(monkeypatch, package)
    city_page.import_button.click()
    qtbot.waitUntil(lambda: city_page.summary is not None, timeout=10000)
    summary = city_page.summary
    assert summary is not None and summary.import_button is not None
    assert "新建 2 条" in summary.text.text()
    assert [tr("Market entities"), "2", "0", "0", "0"] in summary.counts.texts()
    assert city_page.received_table.rowCount() == 0  # nothing written by the dry run
    # AND the city confirms
    summary.import_button.click()
    qtbot.waitUntil(lambda: city_page.received_table.rowCount() == 1, timeout=10000)
    [received] = city_page.received_table.texts()
    assert "410522" in received[0] and received[1] == "1" and received[4] == "2"
    assert city_page.summary is not summary and city_page.summary.print_button is not None
    # AND the detail of the package received shows its counts per register
    city_page.received_table.selectRow(0)
    detail = city_page.show_detail()
    assert detail is not None
    assert [tr("Market entities"), "2", "0", "0", "0"] in detail.counts.texts()
    assert detail.rejected.isHidden()
    # WHEN the same package is imported again
    city_page.message = None
    city_page.import_button.click()
    qtbot.waitUntil(lambda: city_page.message is not None, timeout=10000)
    # THEN the city is told it was imported before, and nothing changed
    assert "此前已导入过" in city_page.message.text()
    assert city_page.received_table.rowCount() == 1
    assert not messages


def test_a_receipt_not_back_in_two_periods_is_red(
        qtbot: QtBot, office_db, admin, exchanged, stick) -> None:
    page = open_page(qtbot, office_db, admin)
    export_via_page(qtbot, page, stick)
    with office_db.uow() as uow:  # written 30 days ago; the period is 7 days
        uow.session.execute(update(SyncSent).values(created_at=utcnow() - timedelta(days=30)))
        uow.commit()
    page.refresh()
    [row] = page.sent_table.texts()
    assert row[6].startswith(prefix(tr("No receipt (expected by {date})")))
    assert page.sent_table.item(0, 0).foreground().color() == OVERDUE_COLOUR
    assert "1" in page.sent_status.text()


def test_the_receipt_is_printed_from_the_packages_received(
        qtbot: QtBot, office_db, admin, city, city_admin, exchanged, stick) -> None:
    pytest.importorskip("jianguan_desktop.services.sync_forms")
    from tests.gui.test_liaison_pages import opened_previews

    add_bidder(office_db, admin, "安阳县甲建筑有限公司", code("91410522MA0000001"))
    package = sync.export_package(office_db, admin, CITY, stick).path
    sync.import_package(city, city_admin, package)
    page = open_page(qtbot, city, city_admin)
    page.received_table.selectRow(0)
    task = page.print_receipt()
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    assert task.outcome == "done" and opened_previews()


def _gap(office_db: object, admin: object, stick: Path) -> Path:
    """Two packages written; the first one is lost on the way; the second is returned."""
    add_bidder(office_db, admin, "安阳县甲建筑有限公司", code("91410522MA0000001"))
    sync.export_package(office_db, admin, CITY, stick).path.unlink()
    add_bidder(office_db, admin, "安阳县乙建筑有限公司", code("91410522MA0000002"))
    return sync.export_package(office_db, admin, CITY, stick).path


def test_a_clerk_facing_a_gap_is_told_only_a_head_may_accept_it(
        qtbot: QtBot, office_db, admin, city, city_admin, exchanged, stick, monkeypatch,
        messages) -> None:
    from jianguan_desktop.services.users import add_user

    # GIVEN a clerk of the city allowed to read packages (no role does so today: a site may
    # give clerks the sync right), and a package whose predecessor is missing
    monkeypatch.setitem(roles._GRANTS, Role.CLERK,
                        roles._GRANTS[Role.CLERK] | {Permission.SYNC})
    add_user(city, city_admin, username="liuyang", display_name="刘洋", role="clerk",
             password=CLERK_PASSWORD)
    clerk = authenticate(city, "liuyang", CLERK_PASSWORD)
    second = _gap(office_db, admin, stick)
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *args, **_kwargs: asked.append(args[2]) or ("", False))
    page = open_page(qtbot, city, clerk)
    # WHEN the clerk imports it
    choose_file(monkeypatch, second)
    page.import_button.click()
    wait_for_task(qtbot, page)
    # THEN the missing package is named and only a 负责人 may accept the gap
    assert messages and "缺少第 1 号数据包" in messages[0] and "负责人" in messages[0]
    assert not asked and page.summary is None
    assert sync_history.list_received(city, city_admin) == []


def test_a_head_accepts_a_gap_with_a_reason(
        qtbot: QtBot, office_db, admin, city, city_admin, exchanged, stick, monkeypatch,
        messages) -> None:
    second = _gap(office_db, admin, stick)
    reason = "第1号数据包随U盘遗失，县局已电话确认"
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *args, **_kwargs: asked.append(args[2]) or (reason, True))
    page = open_page(qtbot, city, city_admin)
    choose_file(monkeypatch, second)
    page.import_button.click()
    qtbot.waitUntil(lambda: page.summary is not None, timeout=10000)
    assert asked and "缺少第 1 号数据包" in asked[0]
    summary = page.summary
    assert summary is not None and reason in summary.text.text()
    summary.import_button.click()
    qtbot.waitUntil(lambda: page.received_table.rowCount() == 1, timeout=10000)
    [received] = page.received_table.texts()
    assert received[1] == "2" and received[-1] == reason
    assert not messages
