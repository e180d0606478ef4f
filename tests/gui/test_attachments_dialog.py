"""The attached-files dialog: a clerk adds a scan to a complaint, sees it listed, saves a
copy that is the same file, and removes it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from jianguan_desktop.services import attachments, complaints
from jianguan_desktop.ui import attachments_dialog
from jianguan_desktop.ui.attachments_dialog import AttachmentsDialog
from jianguan_desktop.ui.pages import AppContext


def test_a_scan_is_added_listed_saved_and_removed(qtbot: QtBot, office_db, admin,
                                                  tmp_path: Path, monkeypatch) -> None:
    complaint = complaints.register_complaint(office_db, admin, {
        "case_type": "tender", "channel": "letter", "received_on": "2026-09-30",
        "matter": "评标委员会未按招标文件评审", "complainant": "张建国"},
        today=date(2026, 10, 1))
    scan = tmp_path / "投诉书扫描件.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned complaint " * 100)
    dialog = AttachmentsDialog(None, AppContext(office_db, admin), "complaints", complaint.id,
                               complaint.number)
    qtbot.addWidget(dialog)
    assert not dialog.open_button.isEnabled()
    dialog.add_paths([scan])
    assert [row[0] for row in dialog.table.texts()] == ["投诉书扫描件.pdf"]
    assert dialog.table.texts()[0][1].endswith("千字节")
    dialog.table.selectRow(0)
    copy = tmp_path / "copy.pdf"
    monkeypatch.setattr(attachments_dialog, "ask_save_path", lambda *args: copy)
    dialog.save_selected()
    assert copy.read_bytes() == scan.read_bytes()
    monkeypatch.setattr(attachments_dialog, "confirm", lambda *args: True)
    dialog.remove_selected()
    assert dialog.table.texts() == []
    assert attachments.list_attachments(office_db, admin, "complaints", complaint.id) == []


def test_the_complaints_page_opens_the_evidence_of_the_selected_complaint(
        qtbot: QtBot, office_db, admin, tmp_path: Path) -> None:
    from tests.gui.test_complaint_pages import complaints_page, registered
    from tests.gui.test_credit_pages import select_row

    scan = tmp_path / "证据.jpg"
    scan.write_bytes(b"\xff\xd8\xff" + b"photo" * 500)
    info = registered(office_db, admin, evidence_files=[scan])
    page = complaints_page(qtbot, office_db, admin)
    select_row(page)
    assert page.files_action.isEnabled()
    dialog = page.show_files()
    assert dialog is not None and dialog.owner_id == info.id
    assert [row[0] for row in dialog.table.texts()] == ["证据.jpg"]
    dialog.close()
