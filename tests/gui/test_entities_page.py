"""The entity register page: a wrong code at its field, search by one and four characters,
a duplicate code offering the record that has it, delete and merge."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from jianguan_desktop.services import entities
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.users import add_user
from jianguan_desktop.ui.pages import AppContext, get_page
from jianguan_desktop.ui.registers import entities as page_module
from jianguan_desktop.ui.registers.entities import EntitiesPage, EntityForm

GOOD_CODE = "91350100M000100Y43"
OTHER_CODE = "12440300MB2C92173E"
WRONG_CODE = "91350100M000100Y44"  # the check character is wrong


def open_page(qtbot: QtBot, database: object, actor: object) -> EntitiesPage:
    """The page as the window shows it, for ``actor``."""
    shown = EntitiesPage(AppContext(database, actor))  # type: ignore[arg-type]
    qtbot.addWidget(shown)
    shown.resize(1100, 600)
    shown.show()
    return shown


def listed(page: EntitiesPage, key: str = "name") -> list[str]:
    model = page.view.model
    return [str((model.row(row) or {})[key]) for row in range(model.rowCount())]


def search(page: EntitiesPage, text: str) -> list[str]:
    page.view.search_box.setText(text)
    page.view.apply_search()
    return listed(page)


def new_form(page: EntitiesPage, name: str, code: str) -> EntityForm:
    page.new_button.click()
    form = page.dialog
    assert form is not None and form.isVisible()
    form.set_values({"kind": "bidder", "name": name, "code": code})
    return form


def test_the_page_is_listed_among_the_registers() -> None:
    page = get_page("entities")
    assert page is not None and page.title() == "市场主体库" and page.group() == "台账"


def test_a_wrong_code_is_shown_at_the_code_field_and_nothing_is_written(
        qtbot: QtBot, office_db, admin) -> None:
    # GIVEN the empty register and a bidder typed with a wrong check character
    page = open_page(qtbot, office_db, admin)
    form = new_form(page, "华信建设工程有限公司", WRONG_CODE)
    # WHEN it is saved
    form.save_button.click()
    # THEN the dialog stays open with the rule's reason at the code field, and nothing is listed
    assert form.isVisible()
    assert "校验" in form.error_text("code")
    assert form.error_text("name") == ""
    page.view.refresh()
    assert listed(page) == []


def test_a_valid_entity_is_listed_and_found_by_one_and_by_four_characters(
        qtbot: QtBot, office_db, admin) -> None:
    # GIVEN another entity already registered
    entities.create_entity(office_db, admin, {"kind": "agency", "name": "滑县公信招标代理公司",
                                              "code": OTHER_CODE})
    page = open_page(qtbot, office_db, admin)
    # WHEN a bidder with a valid code (typed in lower case) is saved
    form = new_form(page, "华信建设工程有限公司", GOOD_CODE.lower())
    qualifications = form.widgets["qualifications"]
    assert isinstance(qualifications, QPlainTextEdit)
    qualifications.setPlainText("建筑工程施工总承包贰级\n市政公用工程施工总承包叁级")
    form.save_button.click()
    # THEN the dialog closes and the list shows both, the code normalised
    assert not form.isVisible()
    assert sorted(listed(page)) == ["华信建设工程有限公司", "滑县公信招标代理公司"]
    assert GOOD_CODE in listed(page, "code")
    # AND a search by one character and by four finds it, and only it
    assert search(page, "华") == ["华信建设工程有限公司"]
    assert search(page, "建设工程") == ["华信建设工程有限公司"]
    assert search(page, "公信") == ["滑县公信招标代理公司"]


def test_a_duplicate_code_offers_the_existing_record(qtbot: QtBot, office_db, admin) -> None:
    # GIVEN an entity with the code
    first = entities.create_entity(office_db, admin, {"kind": "bidder", "name": "华信建设公司",
                                                      "code": GOOD_CODE})
    page = open_page(qtbot, office_db, admin)
    # WHEN the same code is entered again under another name
    form = new_form(page, "华信建设工程有限公司", GOOD_CODE)
    assert not form.open_existing_button.isVisible()
    form.save_button.click()
    # THEN the message at the code field names the first, and a button offers it
    assert form.isVisible()
    assert "华信建设公司" in form.error_text("code")
    assert form.open_existing_button.isVisible()
    # WHEN it is clicked THEN the new entry is dropped and the existing record is open
    form.open_existing_button.click()
    assert not form.isVisible()
    opened = page.dialog
    assert opened is not None and opened is not form and opened.isVisible()
    assert opened.info is not None and opened.info.id == first.id
    assert opened.widgets["name"].text() == "华信建设公司"  # type: ignore[attr-defined]
    assert listed(page) == ["华信建设公司"]


def test_deleting_asks_first_then_the_entity_leaves_the_list(
        qtbot: QtBot, office_db, admin, monkeypatch: pytest.MonkeyPatch) -> None:
    entities.create_entity(office_db, admin, {"kind": "bidder", "name": "华信建设公司",
                                              "code": GOOD_CODE})
    page = open_page(qtbot, office_db, admin)
    page.view.table.setCurrentIndex(page.view.model.index(0, 0))
    asked: list[str] = []
    monkeypatch.setattr(page_module, "confirm",
                        lambda _parent, _title, text: asked.append(text) or True)
    page.delete_button.click()
    assert asked and "华信建设公司" in asked[0]
    assert listed(page) == []


def test_merging_folds_the_chosen_record_into_the_selected_one(
        qtbot: QtBot, office_db, admin, monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN two entries of the same agency, the second with its phone number
    keep = entities.create_entity(office_db, admin, {"kind": "agency", "name": "公信招标代理公司",
                                                     "code": OTHER_CODE})
    entities.create_entity(office_db, admin, {"kind": "agency", "name": "公信招标代理有限公司",
                                              "code": GOOD_CODE, "phone": "0372-8123456"})
    page = open_page(qtbot, office_db, admin)
    assert page.merge_button.isVisible()
    row = listed(page).index("公信招标代理公司")
    page.view.table.setCurrentIndex(page.view.model.index(row, 0))
    asked: list[str] = []
    monkeypatch.setattr(page_module, "confirm",
                        lambda _parent, _title, text: asked.append(text) or True)
    # WHEN 合并 is clicked, the second is found by searching and chosen
    page.merge_button.click()
    dialog = page.merge_dialog
    assert dialog is not None
    dialog.search_box.setText("有限")
    assert dialog.candidates.count() == 1
    dialog.candidates.setCurrentRow(0)
    dialog.merge_button.click()
    # THEN the question names both, and only the kept one is listed, with the phone number
    assert asked and "公信招标代理有限公司" in asked[0] and "公信招标代理公司" in asked[0]
    assert listed(page) == ["公信招标代理公司"]
    assert entities.get_entity(office_db, admin, keep.id).phone == "0372-8123456"


def test_a_clerk_sees_no_merge_button(qtbot: QtBot, office_db, admin) -> None:
    add_user(office_db, admin, username="liuyang", display_name="刘洋", role="clerk",
             password="Liu#Yang2026")
    clerk = authenticate(office_db, "liuyang", "Liu#Yang2026")
    page = open_page(qtbot, office_db, clerk)
    assert page.new_button.isEnabled()
    assert not page.merge_button.isVisible()


def test_the_credit_panel_shows_the_grade_its_history_and_the_listings(
        qtbot: QtBot, office_db, admin) -> None:
    from datetime import date

    from jianguan_desktop.services import credit_lists

    # GIVEN an entity proposed for the blacklist, not graded yet
    info = entities.create_entity(office_db, admin, {"kind": "bidder", "name": "华信建设公司",
                                                     "code": GOOD_CODE})
    entry = credit_lists.propose_entry(office_db, admin, {
        "entity_id": info.id, "list_kind": "black", "severity": "serious",
        "conduct": "提供虚假业绩", "proposed_on": date.today()})
    page = open_page(qtbot, office_db, admin)
    assert not page.credit.grade_button.isEnabled()  # nothing selected yet
    page.view.table.setCurrentIndex(page.view.model.index(0, 0))
    # THEN the panel says it is not graded and lists its entry
    assert "尚未评定" in page.credit.grade_text()
    assert [row[0] for row in page.credit.entries.texts()] == [entry.number]
    detail = page.credit.show_entry(0)  # a double-click on it shows it in full
    assert detail is not None and detail.values["编号"] == entry.number
    detail.close()
    # WHEN 评定信用等级 is saved without a reason THEN the message is at the reason
    form = page.grade_entity()
    assert form is not None and form.isVisible()
    form.set_values({"grade": "C", "graded_on": date(2026, 1, 15)})
    form.save_button.click()
    assert form.isVisible() and form.error_text("reason")
    # WHEN the reason is given THEN the grade in force and its history are shown
    reason = form.widgets["reason"]
    assert isinstance(reason, QPlainTextEdit)
    reason.setPlainText("2025年度信用评价结果")
    form.save_button.click()
    assert not form.isVisible()
    assert "C级" in page.credit.grade_text() and "2026-01-15" in page.credit.grade_text()
    assert [row[:2] for row in page.credit.grades.texts()] == [["2026-01-15", "C级（重点关注）"]]
