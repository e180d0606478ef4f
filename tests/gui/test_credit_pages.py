"""The credit pages: an entity entered with a wrong code, found by one and by four characters,
proposed, notified and listed, its notice printed, and the credit check finding it; steps
offered by role, refused steps at their fields, publication lists, closing expired entries."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from jianguan_desktop.domain.credit_lists import add_months
from jianguan_desktop.services import credit_lists, entities
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.ui.pages import AppContext, get_page
from jianguan_desktop.ui.print_preview import PrintPreviewDialog
from jianguan_desktop.ui.record_form import OptionalDateEdit, RecordForm
from jianguan_desktop.ui.registers import credit_check as check_module
from jianguan_desktop.ui.registers import credit_lists as page_module
from jianguan_desktop.ui.registers.credit_check import CreditCheckPage
from jianguan_desktop.ui.registers.credit_lists import CreditListsPage, EntryForm, StepForm
from jianguan_desktop.ui.registers.entities import EntitiesPage, EntityForm
from tests.gui.window_helpers import CLERK_PASSWORD, add_clerk

GOOD_CODE = "91350100M000100Y43"
WRONG_CODE = "91350100M000100Y44"  # the check character is wrong
OTHER_CODE = "12440300MB2C92173E"
NAME = "华信建设工程有限公司"
TODAY = date.today()


# --- driving the pages ----------------------------------------------------------------------

def shown_page(qtbot: QtBot, page: Any) -> Any:
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def credit_page(qtbot: QtBot, database: object, actor: object) -> CreditListsPage:
    return shown_page(qtbot, CreditListsPage(AppContext(database, actor)))  # type: ignore[arg-type]


def column(page: Any, key: str) -> list[str]:
    """The texts a user reads in one column of the page's list."""
    model = page.view.model
    index = [spec.key for spec in page.view.spec.columns].index(key)
    return [str(model.data(model.index(row, index))) for row in range(model.rowCount())]


def select_row(page: Any, row: int = 0) -> None:
    page.view.table.setCurrentIndex(page.view.model.index(row, 0))


def type_into(form: RecordForm, key: str, value: Any) -> None:
    widget = form.widgets[key]
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    elif isinstance(widget, OptionalDateEdit):
        widget.set_value(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(widget.findData(value))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(value)
    else:
        assert isinstance(widget, QLineEdit)
        widget.setText(value)


def open_step(page: CreditListsPage, step: str, on: date = TODAY) -> StepForm:
    page.step_button.click()
    form = page.dialog
    assert isinstance(form, StepForm) and form.isVisible()
    type_into(form, "step", step)
    type_into(form, "on", on)
    return form


def offered_steps(form: StepForm) -> list[str]:
    box = form.widgets["step"]
    assert isinstance(box, QComboBox)
    return [box.itemData(index) for index in range(box.count()) if box.itemData(index)]


def opened_previews() -> list[PrintPreviewDialog]:
    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, PrintPreviewDialog) and widget.isVisible()]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def proposed(database: object, actor: Any, **values: Any) -> credit_lists.CreditEntryInfo:
    """An entry proposed through the service (the entity registered on the way)."""
    data = {"entity_kind": "bidder", "entity_name": NAME, "entity_code": GOOD_CODE,
            "list_kind": "black", "severity": "serious", "conduct": "提供虚假业绩骗取中标",
            "basis": "", "proposed_on": TODAY - timedelta(days=10)} | values
    return credit_lists.propose_entry(database, actor, data)  # type: ignore[arg-type]


def stepped(database: object, actor: Any, entry: credit_lists.CreditEntryInfo, step: str,
            **values: Any) -> credit_lists.CreditEntryInfo:
    return credit_lists.take_step(database, actor, entry.id, step,  # type: ignore[arg-type]
                                  values, entry.version)


@pytest.fixture
def clerk(office_db: object, admin: object) -> object:
    add_clerk(office_db, admin)
    return authenticate(office_db, "li", CLERK_PASSWORD)  # type: ignore[arg-type]


# --- the story of issue 4 -----------------------------------------------------------------

def test_enter_find_list_print_and_check_an_entity(qtbot: QtBot, office_db, admin) -> None:
    # GIVEN the entity register with another entity in it
    entities.create_entity(office_db, admin, {"kind": "agency", "name": "滑县公信招标代理公司",
                                              "code": OTHER_CODE})
    register = shown_page(qtbot, EntitiesPage(AppContext(office_db, admin)))
    # WHEN a bidder is entered with a wrong check character
    register.new_button.click()
    form = register.dialog
    assert isinstance(form, EntityForm)
    form.set_values({"kind": "bidder", "name": NAME, "code": WRONG_CODE})
    form.save_button.click()
    # THEN the dialog stays open with the reason at the code field
    assert form.isVisible() and "校验" in form.error_text("code")
    # WHEN the code is corrected THEN it is saved
    type_into(form, "code", GOOD_CODE)
    form.save_button.click()
    assert not form.isVisible()
    # AND one character and four characters find it
    for text in ("华", "建设工程"):
        register.view.search_box.setText(text)
        register.view.apply_search()
        assert column(register, "name") == [NAME]

    # WHEN it is proposed for the blacklist, found in the register by one character
    page = credit_page(qtbot, office_db, admin)
    page.propose_button.click()
    proposal = page.dialog
    assert isinstance(proposal, EntryForm)
    proposal.picker.search_box.setText("华")
    assert len(proposal.picker.names()) == 1 and NAME in proposal.picker.names()[0]
    proposal.picker.candidates.setCurrentRow(0)
    type_into(proposal, "list_kind", "black")
    type_into(proposal, "severity", "serious")
    type_into(proposal, "conduct", "在东关小学校舍维修工程投标中提供虚假业绩")
    type_into(proposal, "basis", "滑监罚〔2026〕3号")
    type_into(proposal, "proposed_on", TODAY - timedelta(days=10))
    proposal.save_button.click()
    assert not proposal.isVisible()
    assert column(page, "entity_name") == [NAME] and column(page, "status") == ["拟列入"]
    # AND the party is notified, then the head of the office lists it
    select_row(page)
    step = open_step(page, "notify", TODAY - timedelta(days=5))
    step.save_button.click()
    assert not step.isVisible() and column(page, "status") == ["已告知"]
    select_row(page)
    step = open_step(page, "list")
    assert step.values()["basis"] == "滑监罚〔2026〕3号"  # taken from the proposal
    assert step.values()["end"] == add_months(TODAY, 36)  # the longest period for serious
    step.save_button.click()
    # THEN the list shows it listed
    assert not step.isVisible()
    assert "已列入" in column(page, "status")[0]

    # WHEN the notice is printed THEN a preview of the notice opens, naming the entity
    select_row(page)
    assert page.notice_button.isEnabled() and not page.removal_button.isEnabled()
    page.notice_button.click()
    qtbot.waitUntil(lambda: bool(opened_previews()), timeout=30_000)
    (preview,) = opened_previews()
    qtbot.addWidget(preview)
    assert preview.page_count() >= 1
    assert NAME in pdf_text(preview.pdf).replace("\n", "")
    preview.close()

    # AND the credit check finds it listed, by its code
    check = shown_page(qtbot, CreditCheckPage(AppContext(office_db, admin)))
    check.query_box.setText(GOOD_CODE.lower())
    task = check.check()
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert check.result is not None and check.result.listed
    assert check.verdict_text() and "b00020" in check.verdict.styleSheet()
    assert [row[1] for row in check.listings.texts()] == [NAME]
    assert [row[0] for row in check.entities.texts()] == [NAME]


# --- steps by role and refused steps -------------------------------------------------------

def test_a_clerk_is_offered_no_decision(qtbot: QtBot, office_db, admin, clerk) -> None:
    # GIVEN a notified proposal
    entry = proposed(office_db, admin, basis="滑监罚〔2026〕3号")
    stepped(office_db, admin, entry, "notify", on=TODAY)
    # WHEN a clerk opens 办理 THEN listing is not offered, the steps of a clerk are
    page = credit_page(qtbot, office_db, clerk)
    select_row(page)
    form = open_step(page, "object")
    assert offered_steps(form) == ["object", "answer", "withdraw"]
    # AND the administrator is offered the listing
    page = credit_page(qtbot, office_db, admin)
    select_row(page)
    assert "list" in offered_steps(open_step(page, "object"))


def test_listing_without_a_basis_is_refused_at_the_basis_field(qtbot: QtBot, office_db,
                                                                admin) -> None:
    # GIVEN a notified proposal without a basis
    entry = stepped(office_db, admin, proposed(office_db, admin), "notify", on=TODAY)
    page = credit_page(qtbot, office_db, admin)
    select_row(page)
    # WHEN the head of the office lists it without entering a basis
    form = open_step(page, "list")
    assert form.values()["basis"] == ""
    form.save_button.click()
    # THEN the dialog stays open with the reason at the basis field, and nothing changed
    assert form.isVisible()
    assert "认定依据" in form.error_text("basis")
    assert credit_lists.get_entry(office_db, admin, entry.id).status == "notified"
    assert column(page, "status") == ["已告知"]


def test_repair_without_every_condition_says_which_is_missing(qtbot: QtBot, office_db,
                                                              admin) -> None:
    # GIVEN an ordinary breach listed 100 days ago (repair possible after 3 months)
    decided = TODAY - timedelta(days=100)
    entry = proposed(office_db, admin, severity="ordinary", basis="滑监罚〔2026〕3号",
                     proposed_on=decided - timedelta(days=20))
    entry = stepped(office_db, admin, entry, "notify", on=decided - timedelta(days=10))
    stepped(office_db, admin, entry, "list", on=decided)
    page = credit_page(qtbot, office_db, admin)
    select_row(page)
    # WHEN credit repair is asked with only the correction ticked
    form = open_step(page, "repair")
    type_into(form, "corrected", True)
    form.save_button.click()
    # THEN the message stands at the first condition not met, and the entry is still listed
    assert form.isVisible()
    assert "尚未确认" in form.error_text("obligations_met")
    assert credit_lists.get_entry(office_db, admin, entry.id).status == "listed"
    # WHEN all three are ticked THEN the credit is repaired
    type_into(form, "obligations_met", True)
    type_into(form, "commitment", True)
    type_into(form, "repair_note", "信用承诺书、整改报告")
    form.save_button.click()
    assert not form.isVisible()
    assert credit_lists.get_entry(office_db, admin, entry.id).status == "repaired"
    select_row(page)
    assert page.removal_button.isEnabled()


def test_a_new_entity_with_a_wrong_code_is_refused_at_its_field(qtbot: QtBot, office_db,
                                                                 admin) -> None:
    page = credit_page(qtbot, office_db, admin)
    page.propose_button.click()
    form = page.dialog
    assert isinstance(form, EntryForm)
    # WHEN nothing is chosen THEN the dialog asks for the entity at its field
    type_into(form, "conduct", "连续三年无不良记录")
    type_into(form, "list_kind", "red")
    form.save_button.click()
    assert form.isVisible() and form.error_text("entity_id")
    assert form.error_text("severity") == ""  # the redlist has no severity
    # WHEN a new entity is typed with a wrong code THEN the reason is at the code field
    form.new_entity.setChecked(True)
    type_into(form, "entity_name", NAME)
    type_into(form, "entity_code", WRONG_CODE)
    form.save_button.click()
    assert form.isVisible() and "校验" in form.error_text("entity_code")
    assert column(page, "number") == []
    # WHEN the code is right THEN the entry is proposed and the entity registered
    type_into(form, "entity_code", GOOD_CODE)
    form.save_button.click()
    assert not form.isVisible()
    assert column(page, "list_kind") == ["红名单"]
    assert entities.get_entity(office_db, admin,
                               credit_lists.get_entry(office_db, admin,
                                                      page.view.model.row_id(0)).entity_id
                               ).name == NAME


def test_a_proposal_is_corrected_then_deleted(qtbot: QtBot, office_db, admin,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN a proposal without a basis
    entry = proposed(office_db, admin)
    page = credit_page(qtbot, office_db, admin)
    select_row(page)
    # WHEN 修改 adds the basis THEN it is saved with the entry
    form = page.edit_entry()
    assert isinstance(form, EntryForm) and not form.picker.isVisible()
    assert NAME in form.entity_label.text()
    type_into(form, "basis", "滑监罚〔2026〕3号")
    form.save_button.click()
    assert not form.isVisible()
    assert credit_lists.get_entry(office_db, admin, entry.id).basis == "滑监罚〔2026〕3号"
    # WHEN it is deleted, after the question naming it THEN it leaves the list
    asked: list[str] = []
    monkeypatch.setattr(page_module, "confirm",
                        lambda _parent, _title, text: asked.append(text) or True)
    select_row(page)
    assert page.delete_action.isEnabled()
    page.delete_action.trigger()
    assert asked and entry.number in asked[0] and NAME in asked[0]
    assert column(page, "number") == []


def test_a_listed_entry_keeps_its_list_and_cannot_be_deleted(qtbot: QtBot, office_db,
                                                             admin) -> None:
    entry = stepped(office_db, admin, proposed(office_db, admin, basis="滑监罚〔2026〕3号"),
                    "notify", on=TODAY - timedelta(days=2))
    stepped(office_db, admin, entry, "list", on=TODAY)
    page = credit_page(qtbot, office_db, admin)
    select_row(page)
    assert not page.delete_action.isEnabled()
    form = page.edit_entry()
    assert form is not None
    assert not form.widgets["list_kind"].isEnabled()
    assert form.widgets["sanctions"].isEnabled()


# --- lists, expiry, import ------------------------------------------------------------------

def listed_entry(database: object, admin: Any, decided: date, **values: Any
                 ) -> credit_lists.CreditEntryInfo:
    entry = proposed(database, admin, basis="滑监罚〔2026〕3号",
                     proposed_on=decided - timedelta(days=20), **values)
    entry = stepped(database, admin, entry, "notify", on=decided - timedelta(days=10))
    return stepped(database, admin, entry, "list", on=decided, **(
        {"end": add_months(decided, 3)} if values.get("severity") == "ordinary" else {}))


def test_the_publication_list_is_previewed_and_exported(
        qtbot: QtBot, office_db, admin, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    listed_entry(office_db, admin, TODAY - timedelta(days=3))
    page = credit_page(qtbot, office_db, admin)
    dialog = page.open_publication()
    assert dialog.count_label.text() == "该日有效的名单信息共1条。"
    calls: list[tuple[str, str]] = []
    monkeypatch.setattr(page_module, "show_form_preview",
                        lambda _parent, _ctx, key, ref: calls.append((key, ref)))
    # WHEN the blacklist is previewed THEN its form is asked for the day chosen
    dialog.preview_button.click()
    assert calls == [("credit_blacklist", TODAY.isoformat())]
    # WHEN the redlist is chosen THEN it holds nothing
    dialog.red.setChecked(True)
    assert dialog.count_label.text() == "该日有效的名单信息共0条。"
    dialog.preview_button.click()
    assert calls[-1] == ("credit_redlist", TODAY.isoformat())
    # WHEN the blacklist is exported THEN the workbook holds the entity
    dialog.black.setChecked(True)
    target = tmp_path / "黑名单公示表.xlsx"
    task = dialog.export_to(target)
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert task.outcome == "done"
    cells = [str(cell) for row in load_workbook(target).active.iter_rows(values_only=True)
             for cell in row if cell]
    assert any(NAME in cell for cell in cells)


def test_closing_expired_entries_says_how_many_first(
        qtbot: QtBot, office_db, admin, monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN an ordinary breach whose three months ended long ago
    entry = listed_entry(office_db, admin, TODAY - timedelta(days=200), severity="ordinary")
    page = credit_page(qtbot, office_db, admin)
    asked: list[str] = []
    monkeypatch.setattr(page_module, "confirm",
                        lambda _parent, _title, text: asked.append(text) or True)
    # WHEN 期满处理 is clicked THEN the question says how many, and the entry is closed
    page.expire_action.trigger()
    assert len(asked) == 1 and asked[0].startswith("有1条")
    assert credit_lists.get_entry(office_db, admin, entry.id).status == "expired"
    # AND a second time there is nothing left to close: no question
    page.expire_action.trigger()
    assert len(asked) == 1


def test_the_detail_shows_objections_and_whether_it_is_in_force(qtbot: QtBot, office_db,
                                                                 admin) -> None:
    entry = proposed(office_db, admin, basis="滑监罚〔2026〕3号")
    entry = stepped(office_db, admin, entry, "notify", on=TODAY - timedelta(days=8))
    entry = stepped(office_db, admin, entry, "object", on=TODAY - timedelta(days=6),
                    text="业绩材料系项目经理个人行为")
    page = credit_page(qtbot, office_db, admin)
    select_row(page)
    detail = page.show_detail()
    assert detail is not None
    assert detail.values["状态"] == "已告知"
    assert detail.values["告知日期"] == (TODAY - timedelta(days=8)).isoformat()
    assert detail.values[f"{(TODAY - timedelta(days=6)).isoformat()}异议"] == \
        "业绩材料系项目经理个人行为"
    assert detail.values["答复"] == "尚未答复"
    assert detail.values["今日是否有效"].startswith("否")  # not in force before listing


def test_import_buttons_open_their_imports(qtbot: QtBot, office_db, admin,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from jianguan_desktop.ui.registers import entities as entities_module

    keys: list[str] = []
    for module in (page_module, entities_module):
        monkeypatch.setattr(module, "open_import",
                            lambda _parent, _ctx, key, on_imported=None: keys.append(key))
    credit_page(qtbot, office_db, admin).import_action.trigger()
    shown_page(qtbot, EntitiesPage(AppContext(office_db, admin))).import_button.click()
    assert keys == ["credit_entries", "entities"]


# --- the credit check page -----------------------------------------------------------------

def test_a_check_is_saved_printed_and_listed(qtbot: QtBot, office_db, admin,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    entities.create_entity(office_db, admin, {"kind": "bidder", "name": NAME,
                                              "code": GOOD_CODE})
    page = shown_page(qtbot, CreditCheckPage(AppContext(office_db, admin)))
    calls: list[tuple[str, str]] = []
    monkeypatch.setattr(check_module, "show_form_preview",
                        lambda _parent, _ctx, key, ref: calls.append((key, ref)))
    # WHEN nothing is typed THEN the message is at the query
    task = page.check()
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert page.query_error.isVisible() and not page.save_button.isEnabled()
    # WHEN a name is checked THEN it is found, not listed (the verdict in green)
    page.query_box.setText("华信")
    task = page.check()
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert not page.query_error.isVisible()
    assert page.result is not None and not page.result.listed
    assert "b00020" not in page.verdict.styleSheet() and page.verdict_text()
    assert page.listings.texts() == []
    # WHEN it is saved without a project THEN the form asks for it
    form = page.save_check()
    assert form is not None
    form.save_button.click()
    assert form.isVisible() and form.error_text("project")
    type_into(form, "project", "东关小学校舍维修工程（AY2026-017）")
    type_into(form, "purpose", "中标候选人资格审查")
    form.save_button.click()
    # THEN the record is saved, previewed for printing and listed below
    assert not form.isVisible()
    assert len(calls) == 1 and calls[0][0] == "credit_check_record"
    assert column(page, "number") == [calls[0][1]]
    select_row(page)
    page.print_button.click()
    assert calls[-1] == calls[0]


def test_the_pages_are_listed_among_the_registers() -> None:
    for key, title in (("credit_lists", "红黑名单"), ("credit_check", "信用核查")):
        page = get_page(key)
        assert page is not None and page.title() == title and page.group() == "台账"
