"""The complaints page: one complaint taken from 登记 to 归档 through the dialogs with each of its
forms printed on the way; a future receipt date refused at its field; a clerk who does not
handle a complaint cannot see who made it; overdue rows coloured, due dates explained; the
office's time-limit preset picked from a list on the settings page."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from jianguan_desktop.domain import deadline_rules as presets
from jianguan_desktop.io.pdf import fonts
from jianguan_desktop.services import complaints, settings, users
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.setup import office_info
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.registers import complaints as page_module
from jianguan_desktop.ui.registers.complaints import (
    OVERDUE_COLOUR,
    ComplaintDetailDialog,
    ComplaintsPage,
    RegistrationForm,
    StepForm,
)
from jianguan_desktop.ui.settings_page import SettingsPage
from tests.gui.test_credit_pages import (
    column,
    offered_steps,
    opened_previews,
    select_row,
    shown_page,
    type_into,
)
from tests.gui.test_settings_page import StubFonts
from tests.gui.window_helpers import CLERK_PASSWORD, add_clerk

TODAY = date.today()
START = TODAY - timedelta(days=40)
COMPLAINANT = "王建国"


def complaints_page(qtbot: QtBot, database: object, actor: object) -> ComplaintsPage:
    return shown_page(qtbot, ComplaintsPage(AppContext(database, actor)))  # type: ignore[arg-type]


def registered(database: object, actor: Any, received_on: date = START,
               **values: Any) -> complaints.ComplaintInfo:
    data = {"case_type": "tender", "channel": "letter", "received_on": received_on,
            "complainant": COMPLAINANT, "complainant_contact": "13812345678",
            "respondent_name": "华信建设工程有限公司", "project_name": "城南小学教学楼",
            "matter": "评标委员会未按招标文件评审"} | values
    return complaints.register_complaint(database, actor, data)  # type: ignore[arg-type]


@pytest.fixture
def head(office_db: object, admin: Any) -> object:
    users.add_user(office_db, admin, username="zhao", display_name="赵主任",  # type: ignore[arg-type]
                   role="head", password=CLERK_PASSWORD)
    return authenticate(office_db, "zhao", CLERK_PASSWORD)  # type: ignore[arg-type]


@pytest.fixture
def clerk(office_db: object, admin: Any) -> object:
    add_clerk(office_db, admin)
    return authenticate(office_db, "li", CLERK_PASSWORD)  # type: ignore[arg-type]


def open_step(page: ComplaintsPage, step: str, on: date) -> StepForm:
    """Select the first complaint, open 办理 and choose the step and its date."""
    select_row(page)
    page.step_button.click()
    form = page.dialog
    assert isinstance(form, StepForm) and form.isVisible()
    assert step in offered_steps(form)
    type_into(form, "step", step)
    type_into(form, "on", on)
    return form


def take(qtbot: QtBot, page: ComplaintsPage, step: str, on: date, **values: Any) -> None:
    """Open 办理, choose the step, fill in its fields and save; the dialog closes."""
    form = open_step(page, step, on)
    for key, value in values.items():
        type_into(form, key, value)
    form.save_button.click()
    assert not form.isVisible(), (form.banner_text(), {key: form.error_text(key)
                                                      for key in form.widgets})


def print_menu_keys(page: ComplaintsPage) -> list[str]:
    """The forms the print menu offers for the selected complaint."""
    info = page.selected_complaint()
    assert info is not None
    page._fill_print_menu()
    offered = [action.text() for action in page.print_menu.actions()]
    return [key for key, title in page_module.forms_for(info) if title in offered]


def print_every_form(qtbot: QtBot, page: ComplaintsPage) -> list[str]:
    """Click each form the print menu offers; each opens a preview with pages. Returns the
    keys of the forms offered."""
    keys = print_menu_keys(page)
    for action in list(page.print_menu.actions()):
        action.trigger()
        qtbot.waitUntil(lambda: bool(opened_previews()), timeout=30_000)
        (preview,) = opened_previews()
        qtbot.addWidget(preview)
        assert preview.page_count() >= 1
        preview.close()
    return keys


# --- the story of issue 5 -------------------------------------------------------------------

def test_a_complaint_goes_from_registration_to_archive_with_its_forms(
        qtbot: QtBot, office_db, admin, head) -> None:
    # GIVEN the Macheng preset, whose decision limit a head of office may extend
    settings.set_setting(office_db, admin, "complaints.preset", presets.MACHENG)
    page = complaints_page(qtbot, office_db, head)
    # WHEN a complaint by letter is registered through the dialog
    page.register_button.click()
    form = page.dialog
    assert isinstance(form, RegistrationForm)
    form.typed.setChecked(True)
    for key, value in {"case_type": "tender", "channel": "letter", "received_on": START,
                       "complainant": COMPLAINANT, "complainant_contact": "13812345678",
                       "respondent_name": "华信建设工程有限公司",
                       "project_name": "城南小学教学楼",
                       "matter": "评标委员会未按招标文件评审",
                       "evidence": "评标报告复印件\n投诉书"}.items():
        type_into(form, key, value)
    form.save_button.click()
    assert not form.isVisible(), form.banner_text()
    # THEN it is listed, the complainant masked, and its register form prints
    assert column(page, "complainant") == ["王**"]
    select_row(page)
    assert print_every_form(qtbot, page) == ["complaint_register"]
    # WHEN it is accepted THEN the acceptance notice is among its forms
    take(qtbot, page, "accept", START + timedelta(days=1))
    assert "complaint_acceptance" in print_every_form(qtbot, page)
    # WHEN the time limit is suspended and resumed
    take(qtbot, page, "pause", START + timedelta(days=2), pause_kind="expert_review",
         text="委托专家复核评标结果")
    take(qtbot, page, "resume", START + timedelta(days=6))
    # AND the head of office extends it
    take(qtbot, page, "extend", START + timedelta(days=7), extend_by="10",
         text="需调取交易中心录音录像")
    assert "complaint_extension" in print_every_form(qtbot, page)
    # AND decides, answers the complainant and archives the case
    take(qtbot, page, "decide", START + timedelta(days=9), outcome="upheld",
         text="评标委员会未按招标文件规定的标准评审", measures="责令重新评标")
    assert "complaint_decision" in print_every_form(qtbot, page)
    take(qtbot, page, "answer", START + timedelta(days=10), method="mail")
    take(qtbot, page, "archive", START + timedelta(days=11))
    # THEN it is archived, no step is left, and the history shows every step with its verdict
    assert column(page, "status") == [complaints.status_labels()["archived"]]
    select_row(page)
    assert not page.step_button.isEnabled()
    detail = page.show_detail()
    assert isinstance(detail, ComplaintDetailDialog)
    qtbot.addWidget(detail)
    rows = detail.history.texts()
    assert len(rows) == 8
    assert all(row[2] == "赵主任" for row in rows)
    assert any("按期" in row[5] or "逾期" in row[5] for row in rows[1:])
    # AND every form of the case prints at the end
    keys = print_every_form(qtbot, page)
    assert {"complaint_register", "complaint_acceptance", "complaint_extension",
            "complaint_decision"} <= set(keys)


def test_a_complaint_is_asked_for_materials_then_refused_with_its_grounds(
        qtbot: QtBot, office_db, admin) -> None:
    # GIVEN a registered complaint
    registered(office_db, admin)
    page = complaints_page(qtbot, office_db, admin)
    # WHEN materials are asked for THEN the notice to supplement prints
    take(qtbot, page, "request_correction", START + timedelta(days=1),
         text="投诉人身份证明", due_on=START + timedelta(days=6))
    assert "complaint_correction" in print_every_form(qtbot, page)
    # WHEN it is refused without a ground THEN the grounds field says so and nothing changes
    form = open_step(page, "reject", START + timedelta(days=8))
    assert form.grounds.isVisible()
    form.save_button.click()
    assert form.isVisible() and form.error_text("grounds")
    # WHEN a ground is ticked THEN it is refused, and both refusal notices print
    form.grounds.set_chosen(["not_corrected"])
    form.save_button.click()
    assert not form.isVisible(), form.banner_text()
    keys = print_every_form(qtbot, page)
    assert {"complaint_rejection", "complaint_rejection_public"} <= set(keys)


def test_a_transfer_needs_a_department_and_prints_its_letter(qtbot: QtBot, office_db,
                                                             admin) -> None:
    registered(office_db, admin)
    page = complaints_page(qtbot, office_db, admin)
    form = open_step(page, "transfer", START + timedelta(days=1))
    form.save_button.click()
    assert form.isVisible() and form.error_text("department")
    form.done(0)  # closed without asking about the fields typed
    take(qtbot, page, "transfer", START + timedelta(days=1), department="县住房和城乡建设局",
         feedback_due=START + timedelta(days=15))
    assert "complaint_transfer" in print_every_form(qtbot, page)


def test_a_receipt_date_in_the_future_is_refused_at_its_field(qtbot: QtBot, office_db,
                                                              admin) -> None:
    page = complaints_page(qtbot, office_db, admin)
    page.register_button.click()
    form = page.dialog
    assert isinstance(form, RegistrationForm)
    form.typed.setChecked(True)
    type_into(form, "received_on", TODAY + timedelta(days=3))
    type_into(form, "matter", "开标时间被无故推迟")
    form.save_button.click()
    assert form.isVisible()
    assert "未来" in form.error_text("received_on") or "今天" in form.error_text("received_on")
    assert page.view.model.rowCount() == 0


def test_a_clerk_who_does_not_handle_it_cannot_reveal_the_complainant(
        qtbot: QtBot, office_db, admin, clerk, monkeypatch) -> None:
    registered(office_db, admin)
    messages: list[str] = []
    monkeypatch.setattr(page_module, "show_user_error",
                        lambda _parent, error, _title="": messages.append(str(error)))
    page = complaints_page(qtbot, office_db, clerk)
    select_row(page)
    assert page.reveal() is None
    assert messages and "负责人" in messages[0]
    # AND the detail the clerk can open shows the complainant masked
    detail = page.show_detail()
    assert isinstance(detail, ComplaintDetailDialog)
    qtbot.addWidget(detail)
    assert COMPLAINANT not in " ".join(detail.values.values())
    assert "王**" in detail.values.values()


def test_the_handler_reveals_the_complainant(qtbot: QtBot, office_db, admin) -> None:
    registered(office_db, admin)
    page = complaints_page(qtbot, office_db, admin)
    select_row(page)
    detail = page.reveal()
    assert isinstance(detail, ComplaintDetailDialog)
    qtbot.addWidget(detail)
    assert COMPLAINANT in detail.values.values()


def test_an_overdue_row_is_red_and_its_due_date_explains_itself(qtbot: QtBot, office_db,
                                                                admin) -> None:
    # GIVEN a complaint received 40 days ago and never accepted
    registered(office_db, admin)
    page = complaints_page(qtbot, office_db, admin)
    model = page.view.model
    due_column = [spec.key for spec in page.view.spec.columns].index("due_on")
    cell = model.index(0, due_column)
    # THEN its row is red, and the due date's tooltip says how it was worked out
    colour = model.data(cell, Qt.ItemDataRole.BackgroundRole)
    assert colour is not None and colour.name() == OVERDUE_COLOUR
    tip = str(model.data(cell, Qt.ItemDataRole.ToolTipRole))
    assert "工作日" in tip and "逾期" in tip
    assert "逾期" in page.notice.text()


def test_a_complaint_registered_by_mistake_is_deleted(qtbot: QtBot, office_db, admin,
                                                      monkeypatch) -> None:
    registered(office_db, admin)
    monkeypatch.setattr(page_module, "confirm", lambda *_args: True)
    page = complaints_page(qtbot, office_db, admin)
    select_row(page)
    assert page.delete_action.isEnabled()
    page.delete_complaint()
    assert page.view.model.rowCount() == 0


def test_a_third_complaint_against_an_entity_offers_the_watch_list(qtbot: QtBot, office_db,
                                                                   admin) -> None:
    for days in (30, 20, 10):
        registered(office_db, admin, TODAY - timedelta(days=days), respondent_code="X1")
    page = complaints_page(qtbot, office_db, admin)
    select_row(page)  # the newest: the third
    assert page.watch_button.isVisible() and page.watch_button.isEnabled()
    form = page.propose_watch()
    assert form is not None
    qtbot.addWidget(form)
    assert form.values()["list_kind"] == "watch"
    assert "3" in form.values()["conduct"]
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()


def test_the_office_preset_is_picked_from_a_list_on_the_settings_page(
        qtbot: QtBot, office_db, admin, monkeypatch) -> None:
    # GIVEN the settings page (its printing fonts found without searching the computer)
    monkeypatch.setattr(fonts, "default_fonts", StubFonts)
    page = shown_page(qtbot, SettingsPage(AppContext(office_db, admin, office_info(office_db))))
    field = page.field(complaints.OFFICE_PRESET.key)
    combo = field.editor
    # THEN the preset is a pick list of the presets by name, the one in force chosen
    assert isinstance(combo, QComboBox)
    names = [combo.itemText(index) for index in range(combo.count())]
    assert names == [item.name for item in presets.builtin_presets().values()]
    assert combo.currentData() == presets.TENDER
    # WHEN the Macheng preset is chosen and the group saved THEN it is in force
    combo.setCurrentIndex(combo.findData(presets.MACHENG))
    page.group_of(complaints.OFFICE_PRESET.key).save_button.click()
    assert settings.get_setting(office_db, complaints.OFFICE_PRESET.key) == presets.MACHENG
    assert not field.is_changed()
