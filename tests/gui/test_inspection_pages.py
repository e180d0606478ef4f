"""The 双随机、一公开 pages: a plan and its batch entered through the dialogs, approved, drawn with
a seed typed in front of witnesses, every object's result recorded (one transferred to the
police), the batch published and its 公示表 printed; an empty seed refused at its field and a
ratio the pool cannot meet said with how many are missing, nothing written."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from jianguan_desktop.i18n import tr
from jianguan_desktop.services import inspection_plans as plans
from jianguan_desktop.services import inspection_results as results
from jianguan_desktop.services import transfers
from jianguan_desktop.ui.pages import AppContext, get_page
from jianguan_desktop.ui.record_form import RecordForm
from jianguan_desktop.ui.registers import inspections as page_module
from jianguan_desktop.ui.registers.inspection_draw_dialog import DrawForm, DrawRecordDialog
from jianguan_desktop.ui.registers.inspections import (
    BatchForm,
    CoveragePage,
    DrawsPage,
    InspectionPlansPage,
    PlanForm,
    PublishForm,
    ResultForm,
    ResultsPage,
)
from tests.gui.test_credit_pages import column, opened_previews, select_row, shown_page, type_into
from tests.gui.window_helpers import prefix
from tests.pdf_helpers import document_text

TODAY = date.today()
YEAR = TODAY.year
GRADES = ("A", "B", "B", "C", "C", "C", "D", "D")  # the winners' grades, in turn
SEED = "86421357"
WITNESSES = "张明（县纪委监委）\n刘芳（县财政局）"
INSPECTOR_UNITS = ("县住建局", "县水利局", "县交通局", "县发改委")
INSPECTOR_NAMES = ("赵建国", "钱卫东", "孙丽华", "李志强", "周海燕", "吴国平", "郑晓明", "王春雷")


def build_directory(db: Any, actor: Any, projects: int = 24) -> str:
    """The 抽查事项清单 (one item), eight inspectors of four units and ``projects`` housing
    projects completed in the last months, their winners graded A–D in turn, written straight
    through the models; the item's id."""
    from jianguan_desktop.db.entities import Entity
    from jianguan_desktop.db.inspections import InspectionItem, InspectionObject, Inspector
    from jianguan_desktop.services.credit_grades import add_grade

    with db.uow(actor) as uow:
        session = uow.session
        item = InspectionItem(code="SJ-001", name="招标投标活动监督检查", item_type="general",
                              ratio_cap=100, basis="《招标投标法》第七条", department="县住建局",
                              content="招标文件、开标评标定标", method="书面检查",
                              object_kind="project", industry="房屋建筑")
        session.add(item)
        session.add_all(Inspector(name=name, unit=INSPECTOR_UNITS[n % 4],
                                  cert_number=f"豫执{41052200 + n}", specialties="房屋建筑",
                                  status="active") for n, name in enumerate(INSPECTOR_NAMES))
        for n in range(projects):
            winner = Entity(kind="bidder", code_kind="credit_code", code=f"9141052{n:011d}",
                            name=f"滑县第{n + 1}建筑有限公司")
            session.add(winner)
            session.flush()
            add_grade(session, winner.id, GRADES[n % len(GRADES)],
                      TODAY - timedelta(days=300), "上年度信用评价")
            session.add(InspectionObject(
                kind="project", entity_id=winner.id, name=f"城关镇第{n + 1}号安置房工程",
                code=f"HX{YEAR}-{n:03d}", unit="县教育局", industry="房屋建筑",
                risk=1 + n % 3, tenderer_name="县教育局", winner_name=winner.name,
                completed_on=TODAY - timedelta(days=20 + 7 * n)))
        uow.flush()
        item_id = item.id
        uow.commit()
    return item_id


def context(database: object, actor: object) -> AppContext:
    return AppContext(database, actor)  # type: ignore[arg-type]


def save(form: RecordForm) -> None:
    """Click 保存 (or 抽取); the dialog closes."""
    form.save_button.click()
    assert not form.isVisible(), (form.banner_text(), {key: form.error_text(key)
                                                      for key in form.widgets})


def close_message_boxes() -> list[str]:
    """The texts of the message boxes open, which are then closed."""
    boxes = [box for box in QApplication.topLevelWidgets()
             if isinstance(box, QMessageBox) and box.isVisible()]
    texts = [box.text() for box in boxes]
    for box in boxes:
        box.close()
    return texts


def preview_text(qtbot: QtBot) -> str:
    """Wait for the print preview, check it has pages, close it; its text."""
    qtbot.waitUntil(lambda: bool(opened_previews()), timeout=30_000)
    (preview,) = opened_previews()
    qtbot.addWidget(preview)
    assert preview.page_count() >= 1
    text = document_text(preview.pdf)
    preview.close()
    return text


def new_plan_with_batch(qtbot: QtBot, page: InspectionPlansPage, item_id: str,
                        **batch: Any) -> BatchForm:
    """新建计划 and 新增批次 through the dialogs; the batch dialog, filled in, not yet saved."""
    page.new_plan_button.click()
    form = page.dialog
    assert isinstance(form, PlanForm)
    type_into(form, "title", f"{YEAR}年度公共资源交易领域“双随机、一公开”抽查工作计划")
    save(form)
    page.add_button.click()
    form = page.dialog
    assert isinstance(form, BatchForm)
    type_into(form, "title", "第一批：房屋建筑工程招标投标活动抽查")
    form.items.set_chosen([item_id])
    type_into(form, "departments", "县住建局\n县发改委")
    type_into(form, "window_from", TODAY)
    type_into(form, "window_to", TODAY + timedelta(days=60))
    for key, value in batch.items():
        type_into(form, key, value)
    return form


def approve(page: InspectionPlansPage, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_module, "confirm", lambda *_args: True)
    page.approve_button.click()


def open_draw(page: InspectionPlansPage) -> DrawForm:
    select_row(page)
    page.draw_button.click()
    form = page.dialog
    assert isinstance(form, DrawForm) and form.isVisible()
    return form


def test_a_plan_goes_from_its_batch_to_the_draw_the_results_and_the_published_notice(
        qtbot: QtBot, office_db, admin, monkeypatch, tmp_path) -> None:
    # GIVEN the directory: one item, eight inspectors, 24 graded housing projects
    item_id = build_directory(office_db, admin)
    page = shown_page(qtbot, InspectionPlansPage(context(office_db, admin)))
    assert page.plan_label.text() == page_module.plan_note(None)
    assert not page.add_button.isEnabled()
    # WHEN a plan and a batch are entered through the dialogs, the share per grade left at
    # the office's presets
    form = new_plan_with_batch(qtbot, page, item_id)
    assert form.ratios.ratios() == {"A": 1, "B": 5, "C": 21, "D": 61}
    assert form.values()["pool_from"] == date(YEAR - 1, 1, 1)
    save(form)
    # THEN the clerk sees the draft plan with its planned batch, which cannot be drawn yet
    plan = page.current_plan()
    assert plan is not None and plan.status == "draft" and len(plan.batches) == 1
    assert column(page, "title") == ["第一批：房屋建筑工程招标投标活动抽查"]
    assert column(page, "status") == [tr("Planned")]
    select_row(page)
    page.draw_button.click()
    assert any(plan.title in text for text in close_message_boxes())
    # WHEN the head of the office approves it and the batch is drawn with an empty seed
    approve(page, monkeypatch)
    assert page.current_plan().status == "approved"
    assert not page.approve_button.isEnabled()
    assert page.plan_label.text() == page_module.plan_note(page.current_plan())
    # AND the approved plan prints with its batch
    page.print_plan_button.click()
    assert "第一批：房屋建筑工程招标投标活动抽查" in preview_text(qtbot)
    form = open_draw(page)
    # THEN the pool is shown per grade before the draw: 3 A, 6 B, 9 C, 6 D
    assert [row[:4] for row in form.pool.table.texts()] == [
        ["A", "3", "1%", "1"], ["B", "6", "5%", "1"], ["C", "9", "21%", "2"],
        ["D", "6", "61%", "4"]]
    assert not form.pool.problems.isVisible()
    type_into(form, "witnesses", WITNESSES)
    type_into(form, "place", "县公共资源交易中心三楼会议室")
    form.save_button.click()
    # THEN the empty seed is refused at its field and nothing is drawn
    assert form.isVisible()
    assert form.error_text("seed").startswith(prefix(tr(
        "Enter the seed of the draw (for example a number read out in front of the "
        "witnesses), or let the program generate one.")))
    assert plans.list_draws(office_db, admin) == []
    # WHEN the number read out is typed and the batch drawn
    type_into(form, "seed", SEED)
    save(form)
    # THEN the record shows the seed and eight objects, each with two inspectors
    record = form.record_dialog
    assert isinstance(record, DrawRecordDialog) and record.isVisible()
    number = f"抽取〔{YEAR}〕1号"
    assert record.values[tr("Seed")] == SEED and record.values[tr("Number")] == number
    assert record.table is not None and record.table.rowCount() == 8
    assert all(len(row[6].split("、")) == 2 for row in record.table.texts())
    # WHEN the draw record is printed
    record.print_button.click()
    text = preview_text(qtbot)
    # THEN it carries the seed and the witnesses
    assert SEED in text and "张明" in text
    record.close()
    assert column(page, "status") == [tr("Drawn, inspecting")]
    assert column(page, "draw_number") == [number]
    # WHEN the draw is verified on the draw records page
    draws = shown_page(qtbot, DrawsPage(context(office_db, admin)))
    assert column(draws, "number") == [number]
    select_row(draws)
    draws.verify_button.click()
    # THEN it is consistent
    assert draws.last_check is not None and draws.last_check.matches
    assert any(text.startswith(number) for text in close_message_boxes())
    # WHEN every object's result is recorded; the first was found to collude and is
    # transferred to the police
    page_results = shown_page(qtbot, ResultsPage(context(office_db, admin)))
    page_results.choose_batch(page.view.current_id() or "")
    assert page_results.batch_box.currentData() is not None
    assert page_results.view.model.rowCount() == 8
    assert set(column(page_results, "status")) == {tr("To inspect")}
    for row in range(8):
        select_row(page_results, row)
        page_results.record_button.click()
        form = page_results.dialog
        assert isinstance(form, ResultForm)
        type_into(form, "method", "written")
        type_into(form, "inspected_on", TODAY - timedelta(days=3))
        type_into(form, "closed_on", TODAY - timedelta(days=1))
        if row == 0:
            type_into(form, "findings", "投标文件雷同，涉嫌串通投标")
            type_into(form, "problem", True)
            assert not form.widgets["transfer.recipient_unit"].isVisibleTo(form)
            form.handling.boxes["transfer"].setChecked(True)
            assert form.widgets["transfer.recipient_unit"].isVisibleTo(form)
            type_into(form, "transfer.recipient_kind", "police")
            type_into(form, "transfer.recipient_unit", "县公安局经济犯罪侦查大队")
            type_into(form, "transfer.matter", "涉嫌串通投标")
        else:
            type_into(form, "findings", "未发现问题")
        save(form)
    # THEN every result is closed and its 检查通知书 prints with the object's name
    assert set(column(page_results, "status")) == {tr("Closed")}
    select_row(page_results)
    page_results.notice_button.click()
    assert column(page_results, "object")[0] in preview_text(qtbot)
    # AND one transfer was made, and the batch is to publish
    made = transfers.transfers_of_source(office_db, admin, "inspection",
                                         page_results.view.model.row_id(0) or "")
    assert [item.recipient_unit for item in made] == ["县公安局经济犯罪侦查大队"]
    page.view.refresh()
    assert column(page, "status") == [tr("Inspected, to publish")]
    select_row(page)
    due = results.get_publication(office_db, admin, page.view.current_id() or "")
    assert page.cell_tip("publish_due", page.view.model.row(0) or {}) == \
        page_module.publication_tip(due)
    assert due.due_explanation in page_module.publication_tip(due)
    # WHEN the results are published on the portal
    page.publish_button.click()
    form = page.dialog
    assert isinstance(form, PublishForm)
    type_into(form, "channel", "县公共资源交易中心网站“双随机、一公开”专栏")
    save(form)
    # THEN the batch is published, and its 公示表 prints without the inspectors' names
    assert column(page, "status") == [tr("Published")]
    assert not page.publish_button.isEnabled()
    page.print_publication_button.click()
    text = preview_text(qtbot)
    assert "城关镇第" in text and "串通投标" in text
    assert not any(name in text for name in INSPECTOR_NAMES)
    # AND it is exported as a workbook for the portal
    batch = page.selected_batch()
    assert batch is not None
    path = tmp_path / "公示表.xlsx"
    task = page.export_to(batch, path)
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert task.outcome == "done"
    cells = [str(cell.value or "") for row in load_workbook(path).active.iter_rows()
             for cell in row]
    assert any("城关镇第" in cell for cell in cells)
    assert not any(name in cell for cell in cells for name in INSPECTOR_NAMES)
    # AND the year's coverage counts the eight objects of the item as drawn and closed
    coverage = shown_page(qtbot, CoveragePage(context(office_db, admin)))
    assert coverage.items.texts()[0][:8] == ["SJ-001", "招标投标活动监督检查",
                                             tr("General item"), "1", "1", "8", "8", "1"]


def test_a_ratio_the_pool_cannot_meet_says_how_many_are_missing(
        qtbot: QtBot, office_db, admin, monkeypatch) -> None:
    # GIVEN a batch that wants at least 4 objects of each grade, and only 3 of grade A
    item_id = build_directory(office_db, admin)
    page = shown_page(qtbot, InspectionPlansPage(context(office_db, admin)))
    save(new_plan_with_batch(qtbot, page, item_id, min_count="4"))
    approve(page, monkeypatch)
    # WHEN the draw dialog is opened
    form = open_draw(page)
    # THEN the pool preview says what is missing
    assert form.pool.table.texts()[0] == ["A", "3", "1%", "4", "1"]
    assert form.pool.problems.isVisible()
    assert "1" in form.pool.problems.text() and "A" in form.pool.problems.text()
    # WHEN the clerk draws anyway
    form.generate_seed()
    assert form.values()["seed_source"] == "generated" and len(form.values()["seed"]) == 12
    form.save_button.click()
    # THEN the draw is refused at the pool with how many are missing, nothing written
    assert form.isVisible()
    message = form.error_text("pool")
    assert message == tr("The stratum {stratum} has {size} objects but the plan needs "
                         "{wanted}: {missing} missing.").format(stratum="A", size=3,
                                                                 wanted=4, missing=1)
    assert plans.list_draws(office_db, admin) == []
    assert column(page, "status") == [tr("Planned")]


def test_a_share_outside_the_settings_is_refused_at_the_ratios(qtbot: QtBot, office_db,
                                                                admin) -> None:
    # GIVEN the batch dialog of a new plan
    item_id = build_directory(office_db, admin, projects=2)
    page = shown_page(qtbot, InspectionPlansPage(context(office_db, admin)))
    form = new_plan_with_batch(qtbot, page, item_id)
    # WHEN grade A is asked for 30 %
    form.ratios.boxes["A"].setValue(30)
    form.save_button.click()
    # THEN the share is refused at the ratios, and no batch is added
    assert form.isVisible()
    assert form.error_text("ratios") == tr(
        "Grade {grade}: the share must be between {lowest} % and {highest} % (settings → "
        "random inspections); {value} % was given.").format(grade="A", lowest=1, highest=5,
                                                            value=30)
    assert page.current_plan().batches == ()


def test_the_pages_are_listed_with_the_directories() -> None:
    titles = {key: get_page(key) for key in ("inspection_plans", "inspection_draws",
                                             "inspection_results", "inspection_coverage",
                                             "inspection_items")}
    assert all(titles.values())
    groups = {info.group() for info in titles.values() if info is not None}
    assert groups == {tr("Random inspections")}


def test_a_redraw_needs_a_reason_and_keeps_the_first_draw_greyed(qtbot: QtBot, office_db,
                                                                  admin) -> None:
    # GIVEN a batch of an approved plan drawn through the service
    item_id = build_directory(office_db, admin)
    plan = plans.create_plan(office_db, admin, {"year": YEAR, "title": "年度抽查计划"})
    batch = plans.add_batch(office_db, admin, plan.id, {
        "title": "第一批", "item_ids": [item_id], "object_kind": "project"})
    plans.approve_plan(office_db, admin, plan.id)
    first = plans.run_draw(office_db, admin, batch.id, {"seed": SEED})
    page = shown_page(qtbot, DrawsPage(context(office_db, admin)))
    # WHEN 重新抽取 is asked without a reason
    select_row(page)
    page.redraw_button.click()
    form = page.dialog
    assert isinstance(form, DrawForm) and form.isVisible()
    type_into(form, "seed", "13572468")
    form.save_button.click()
    # THEN it is refused at the reason, and no second draw is made
    assert form.isVisible() and form.error_text("reason")
    assert len(plans.list_draws(office_db, admin)) == 1
    # WHEN the reason is given
    type_into(form, "reason", "抽中的见证人未到场，经负责人同意重新抽取")
    save(form)
    assert form.record_dialog is not None
    form.record_dialog.close()
    # THEN both draws are listed, the first superseded and greyed, the second in force
    assert column(page, "number") == [f"抽取〔{YEAR}〕2号", first.number]
    assert column(page, "status") == [tr("Valid"), tr("Superseded by a redraw")]
    assert page.row_colour(page.view.model.row(1) or {}) is not None
    assert page.row_colour(page.view.model.row(0) or {}) is None
    select_row(page, 1)
    assert not page.redraw_button.isEnabled()
