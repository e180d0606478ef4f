"""The 年度报告 page as an office uses it at the end of the year: the parts written and saved as
a draft, a part too long refused under its editor, the head finalising it after a confirmation
(read-only then), the report previewed with its figures, and the figures exported to Excel."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from jianguan_desktop.services import annual_report as reports
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.users import add_user
from jianguan_desktop.ui.pages import AppContext, get_page
from jianguan_desktop.ui.registers import annual_report as page_module
from jianguan_desktop.ui.registers.annual_report import AnnualReportPage
from tests.gui.test_credit_pages import opened_previews, pdf_text, shown_page
from tests.integration.test_annual_report import COMPLAINTS, WRITTEN
from tests.integration.test_statistics import handled

__all__ = ["handled"]


def _page(qtbot: QtBot, db, actor) -> AnnualReportPage:
    return shown_page(qtbot, AnnualReportPage(AppContext(db, actor), today=date(2026, 12, 20)))


def _write(page: AnnualReportPage, texts: dict[str, str]) -> None:
    for key, text in texts.items():
        page.editors[key].setPlainText(text)


def test_the_page_is_on_the_home_group_after_the_statistics() -> None:
    info = get_page("annual_report")
    assert info is not None and info.order == 30 and info.title() == "年度报告"


def test_the_parts_are_saved_as_a_draft_then_finalised_and_read_only(
        qtbot: QtBot, handled, monkeypatch) -> None:
    db, admin = handled
    page = _page(qtbot, db, admin)
    assert page.year.value() == 2026 and "尚未保存" in page.status.text()
    assert not page.finalise_button.isEnabled()  # nothing saved yet
    assert list(page.editors) == ["overview", "work", "problems", "plans"]
    # a part too long: said under its editor, nothing saved
    _write(page, {"problems": "问" * (reports.SECTION_MAX + 1)})
    page.save_button.click()
    assert page.section_errors["problems"].isVisible()
    assert not reports.load_report(db, admin, 2026).saved
    _write(page, WRITTEN)
    page.save_button.click()
    assert not page.section_errors["problems"].isVisible()
    assert "草稿已保存" in page.message.text() and "已保存" in page.status.text()
    assert reports.load_report(db, admin, 2026).sections == WRITTEN
    # 定稿 asks first; no: nothing changes
    monkeypatch.setattr(page_module, "confirm", lambda *_args: False)
    page.finalise_button.click()
    assert not reports.load_report(db, admin, 2026).final
    monkeypatch.setattr(page_module, "confirm", lambda *_args: True)
    page.finalise_button.click()
    report = reports.load_report(db, admin, 2026)
    assert report.final and report.finalised_on == date(2026, 12, 20)
    assert "2026年12月20日" in page.status.text() and "只读" in page.status.text()
    assert all(editor.isReadOnly() for editor in page.editors.values())
    assert not page.save_button.isEnabled() and not page.finalise_button.isEnabled()
    # another year is a new draft; back to 2026 it is final again
    page.year.setValue(2025)
    assert not page.editors["overview"].isReadOnly() and page.texts()["overview"] == ""
    page.year.setValue(2026)
    assert page.editors["plans"].isReadOnly() and page.texts()["plans"] == WRITTEN["plans"]


def test_unsaved_changes_are_not_lost_by_picking_another_year(qtbot: QtBot, handled,
                                                              monkeypatch) -> None:
    db, admin = handled
    page = _page(qtbot, db, admin)
    _write(page, {"overview": "未保存的文字"})
    monkeypatch.setattr(page_module, "confirm", lambda *_args: False)
    page.year.setValue(2025)
    assert page.year.value() == 2026 and page.texts()["overview"] == "未保存的文字"
    monkeypatch.setattr(page_module, "confirm", lambda *_args: True)
    page.year.setValue(2025)
    assert page.report.year == 2025 and page.texts()["overview"] == ""


def test_a_clerk_saves_but_does_not_finalise(qtbot: QtBot, handled) -> None:
    db, admin = handled
    add_user(db, admin, username="li", display_name="李经办", role="clerk",
             password="Zhang#Min2026")
    page = _page(qtbot, db, authenticate(db, "li", "Zhang#Min2026"))
    _write(page, {"overview": WRITTEN["overview"]})
    page.save_button.click()
    assert reports.load_report(db, admin, 2026).saved
    assert not page.finalise_button.isEnabled()


def test_the_report_is_previewed_with_its_figures(qtbot: QtBot, handled) -> None:
    db, admin = handled
    page = _page(qtbot, db, admin)
    _write(page, {"overview": "全年进场交易项目128个。"})
    task = page.preview_clicked()  # what is typed is saved first
    assert task is not None
    qtbot.waitUntil(lambda: bool(opened_previews()), timeout=30_000)
    (preview,) = opened_previews()
    qtbot.addWidget(preview)
    assert preview.page_count() >= 2
    assert reports.load_report(db, admin, 2026).sections["overview"] == "全年进场交易项目128个。"
    text = "".join(pdf_text(preview.pdf).split())
    assert COMPLAINTS in text and "全年进场交易项目128个。" in text
    preview.close()


def test_the_figures_are_exported_to_excel(qtbot: QtBot, handled, tmp_path) -> None:
    db, admin = handled
    page = _page(qtbot, db, admin)
    target = tmp_path / "年度报告数据.xlsx"
    task = page.export_to(target)
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert task.outcome == "done"
    assert load_workbook(target).sheetnames[:2] == ["2026年各月投诉举报情况",
                                                    "2026年各月信用名单情况"]
