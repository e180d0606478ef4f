"""The paper of 双随机、一公开 as it comes out of the printer: the plan as a 红头 document, the draw
record with everything needed to re-run it, the notice and the on-site record of one object,
and the 公示表 (PDF and xlsx) without personal data."""

from __future__ import annotations

from dataclasses import astuple, dataclass
from datetime import date
from io import BytesIO
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

import jianguan_desktop.services.inspection_forms  # noqa: F401  (registers the forms)
from jianguan_desktop.db.inspections import InspectionObject, Inspector
from jianguan_desktop.errors import NotFoundError
from jianguan_desktop.services import inspection_plans as plans
from jianguan_desktop.services import inspection_results as results
from jianguan_desktop.services.forms import render_form
from jianguan_desktop.services.inspection_forms import (
    looks_like_person,
    publication_rows,
    publication_xlsx,
)
from jianguan_desktop.services.settings import set_setting
from tests.conftest import OFFICE_NAME
from tests.inspection_fixtures import YEAR, Directory, build_directory
from tests.integration import test_cli
from tests.pdf_helpers import document_text, page_sizes_mm

run = test_cli.run  # ``jianguan --db <test database> ...`` in-process
DRAWN_ON = date(YEAR, 3, 2)
SEED = "20260302-0915"
PHONE = "13903720001"
EXPERTS = ("张三丰", "欧阳明月", "李四")
WITNESSES = ("王监督", "李见证")
CHANNEL = "安阳县公共资源交易中心网站"


@dataclass(frozen=True)
class Inspections:
    """A plan of two batches (projects; experts jointly with three departments), drawn."""

    directory: Directory
    plan_id: str
    projects: Any  # BatchInfo
    experts: Any
    project_draw: Any  # DrawInfo
    expert_draw: Any


def _add_experts(db, actor) -> None:
    """Three evaluation experts in the directory; every inspector has a telephone."""
    with db.uow(actor) as uow:
        uow.session.add_all([InspectionObject(kind="expert", name=name, code=f"ZJ{n:03d}",
                                              unit="安阳县人民医院", risk=2)
                             for n, name in enumerate(EXPERTS)])
        uow.session.execute(update(Inspector).values(phone=PHONE))
        uow.commit()


def _draw(db, actor, batch_id: str, witnesses=WITNESSES) -> Any:
    return plans.run_draw(db, actor, batch_id, {
        "seed": SEED, "drawn_on": DRAWN_ON, "witnesses": "\n".join(witnesses),
        "place": "县公管办三楼会议室"}, today=DRAWN_ON)


@pytest.fixture
def drawn(office_db, admin) -> Inspections:
    set_setting(office_db, admin, "forms.doc_code", "安公管")
    directory = build_directory(office_db, admin)
    _add_experts(office_db, admin)
    plan = plans.create_plan(office_db, admin, {"year": YEAR,
                                                "title": "2026年度双随机抽查工作计划"})
    projects = plans.add_batch(office_db, admin, plan.id, {
        "title": "房屋建筑工程招标投标", "item_ids": [directory.general_item],
        "departments": "县住建局", "object_kind": "project",
        "window_from": date(YEAR, 3, 1), "window_to": date(YEAR, 4, 30)})
    experts = plans.add_batch(office_db, admin, plan.id, {
        "title": "评标专家联合检查", "item_ids": [directory.key_item],
        "departments": "县发改委\n县财政局\n县住建局", "object_kind": "expert",
        "window_from": date(YEAR, 5, 1), "window_to": date(YEAR, 5, 31)})
    plans.approve_plan(office_db, admin, plan.id, on=date(YEAR, 2, 20))
    return Inspections(directory, plan.id, projects, experts,
                       _draw(office_db, admin, projects.id), _draw(office_db, admin, experts.id))


def _close_all(db, actor, draw, problem_findings: str = "") -> None:
    """Record a result for every drawn object; the first one with a problem when given."""
    for index, item in enumerate(draw.drawn):
        problem = bool(problem_findings) and index == 0
        results.record_result(db, actor, item.result_id, {
            "method": "onsite", "inspected_on": date(YEAR, 3, 10), "closed_on": date(YEAR, 3, 20),
            "findings": problem_findings if problem else "招标投标活动符合规定。",
            "problem": problem, "handling": ["rectify"] if problem else [],
            "handling_note": "责令十日内整改" if problem else ""}, today=date(YEAR, 3, 25))


def pdf_text(db, actor, form: str, ref: str) -> str:
    return document_text(render_form(db, actor, form, ref))


def test_the_plan_is_a_red_headed_document_listing_its_batches(office_db, admin, drawn):
    # WHEN the plan is printed (by its id, or by its year: the year has one plan)
    text = pdf_text(office_db, admin, "inspection_plan", drawn.plan_id)
    assert pdf_text(office_db, admin, "inspection_plan", str(YEAR)) == text
    # THEN it carries the office's 版头, a 发文字号 of its 机关代字 and year, its title, and is
    # addressed to the departments that carry it out (a joint batch names three)
    for part in (f"{OFFICE_NAME}文件", f"安公管〔{YEAR}〕", "2026年度双随机抽查工作计划",
                 "县住建局、县发改委、县财政局：", "国办发〔2015〕58号"):
        assert part in text
    # AND each batch under its heading: items, objects, ratio per grade, time, departments
    flat = text.replace("\n", "")
    for part in ("（一）房屋建筑工程招标投标",
                 "抽查事项：招标投标活动监督检查（一般检查事项）。", "对象范围：交易项目",
                 "抽查比例：A级：1%、B级：5%、C级：21%、D级：61%。",
                 "时间安排：2026年3月1日至2026年4月30日。", "（二）", "评标专家联合检查",
                 "代理机构从业行为检查（重点检查事项）", "评标评审专家",
                 "2026年5月1日至2026年5月31日", "实施部门：县发改委、县财政局、县住建局（联合检查"):
        assert part in flat, part
    # AND it is signed and dated the day it was approved, with the publication deadline
    assert "2026年2月20日" in text and "20个工作日内" in text and "草稿" not in text


def test_the_draw_record_prints_everything_needed_to_re_run_it(office_db, admin, drawn):
    draw = drawn.project_draw
    text = pdf_text(office_db, admin, "inspection_draw", draw.number)
    # THEN the number, seed and its source, algorithm and the full SHA-256 of the pool
    for part in (draw.number, "随机抽取记录", SEED, "现场宣读并录入", "jianguan-draw/1",
                 draw.pool_hash, "县公管办三楼会议室", "2026年3月2日"):
        assert part in text
    # AND the pool size and per grade how many were drawn of how many
    assert "对象库数量24" in text and "抽中数量8" in text
    for figure in draw.strata:
        assert f"{figure.stratum}{figure.pool_size}{figure.drawn}{figure.ratio_text}" in text
    # AND each object drawn with its code and inspectors, and how to verify the draw
    for item in draw.drawn:
        assert f"{item.name}{item.key}{item.stratum}" in text
        assert "".join(item.inspectors) in text
    assert f"“jianguandrawverify{draw.number}”" in text and "说明文档" in text
    # AND lines for the witnesses to sign under their printed names, and for the 抽取人
    assert "监督人/见证人（签字）监督人/见证人（签字）抽取人（签字）" in text
    assert "＿＿＿＿＿＿王监督＿＿＿＿＿＿李见证＿＿＿＿＿＿王管理" in text
    # AND the appendix lists the whole pool as snapshotted
    assert "附件：抽取时的对象库（共24个，按对象编号排序" in text and text.endswith("（以下空白）")
    for line in draw.pool:
        assert f"{line.key}{line.name}" in text


def test_a_redraw_names_the_first_draw_and_blank_lines_stand_for_missing_witnesses(
        office_db, admin, drawn):
    # GIVEN the projects are drawn again, with no witness present this time
    first = drawn.project_draw
    again = plans.redraw(office_db, admin, first.id, {
        "seed": "778899", "drawn_on": DRAWN_ON, "reason": "抽取时见证人未到场"},
        today=DRAWN_ON)
    text = pdf_text(office_db, admin, "inspection_draw", again.number)
    # THEN its record names the first draw and the reason
    assert f"重新抽取自{first.number}" in text and "重新抽取原因抽取时见证人未到场" in text
    # AND two blank signature lines are left for witnesses, no name under them
    assert "监督人/见证人（签字）" * 2 + "抽取人（签字）" + "＿" * 18 + "王管理" in text
    assert "王监督" not in text
    # AND the first record still prints, marked superseded by the redraw
    old = pdf_text(office_db, admin, "inspection_draw", first.number)
    assert f"状态已被重新抽取取代：{again.number}" in old


def test_the_notice_names_items_basis_time_and_inspectors_but_no_phone(office_db, admin,
                                                                       drawn):
    item = drawn.project_draw.drawn[0]
    result = results.get_result(office_db, admin, item.result_id)
    text = pdf_text(office_db, admin, "inspection_notice", result.number)
    # THEN it carries the result's number and goes to the project's tenderer
    for part in ("检查通知书", result.number, "县教育局：", item.name, drawn.project_draw.number,
                 "招标投标活动监督检查", "《招标投标法》第七条", "2026年3月1日至2026年4月30日",
                 "书面检查", "特此通知", OFFICE_NAME):
        assert part in text
    # AND the inspectors by name and 执法证号, and nothing else about them
    with office_db.uow(admin, readonly=True) as uow:
        certs = {row.name: row.cert_number for row in uow.session.query(Inspector)}
    for name in item.inspectors:
        assert f"{name}{certs[name]}" in text
    assert PHONE not in text


def test_the_record_leaves_ruled_lines_until_the_findings_are_recorded(office_db, admin,
                                                                       drawn):
    item = drawn.project_draw.drawn[0]
    # WHEN the record is printed before the inspection
    blank = pdf_text(office_db, admin, "inspection_record", item.result_id)
    # THEN it names the object, its project and the inspectors, ticks no method and leaves
    # lines to write the findings, the handling and the signatures on
    for part in ("现场检查记录表", item.name, "招标人：县教育局", "检查员", "□网络监测",
                 "□实地核查", "检查情况" + "＿" * 24 * 10, "处理意见" + "＿" * 24 * 4,
                 "被检查单位代表签字："):
        assert part in blank
    assert "■" not in blank and PHONE not in blank
    # WHEN the result is recorded, THEN the record prints it, the method ticked
    _close_all(office_db, admin, drawn.project_draw, "未按规定公示中标候选人。")
    done = pdf_text(office_db, admin, "inspection_record", item.result_id)
    assert "■实地核查" in done and "未按规定公示中标候选人" in done
    assert "责令整改：责令十日内整改" in done and "＿" * 24 not in done


def test_the_publication_masks_persons_and_prints_no_inspector_or_phone(office_db, admin,
                                                                        drawn):
    # GIVEN the experts' batch inspected and published
    inspector = drawn.expert_draw.drawn[0].inspectors[0]
    _close_all(office_db, admin, drawn.expert_draw,
               f"评审打分明显畸高，电话{PHONE}，{inspector}在场；其余正常。")
    results.publish_batch(office_db, admin, drawn.experts.id,
                          {"published_on": date(YEAR, 3, 30), "channel": CHANNEL},
                          today=date(YEAR, 4, 1))
    pdf = render_form(office_db, admin, "inspection_publication", drawn.experts.id)
    text = document_text(pdf)
    expert = drawn.expert_draw.drawn[0].name
    # THEN the expert is masked, the items, method, result and completion date shown
    masked = expert[0] + "*" * (len(expert) - 1)
    for part in ("抽查结果公示表", masked, "代理机构从业行为检查", "实地核查", "评审打分明显畸高",
                 "责令整改", "2026.03.20", f"公示渠道：{CHANNEL}", "公示日期：2026年3月30日"):
        assert part in text
    # AND no personal data: no expert's name in clear, no inspector, no phone, no 执法证号
    assert expert not in text and PHONE not in text and "检查员" not in text
    assert "豫执" not in text
    width, height = page_sizes_mm(pdf)[0]
    assert width > height


def test_the_workbook_has_the_same_rows_as_the_printed_publication(office_db, admin, drawn):
    _close_all(office_db, admin, drawn.project_draw, "招标人未按规定公示中标候选人。")
    batch = drawn.projects.id
    rows = publication_rows(office_db, admin, batch)
    sheet = load_workbook(BytesIO(publication_xlsx(office_db, admin, batch))).active
    cells = [tuple("" if value is None else str(value) for value in row)
             for row in sheet.iter_rows(values_only=True)]
    # THEN a title, the Chinese headers on a frozen row, then exactly the rows of the PDF
    assert OFFICE_NAME in cells[0][0] and "抽查结果公示表" in cells[0][0]
    assert cells[1] == ("序号", "检查对象", "抽查事项", "检查方式", "检查结果", "处理情况",
                        "完成日期")
    assert sheet.freeze_panes == "A3" and sheet.column_dimensions["B"].width > 20
    assert cells[2:] == [astuple(row) for row in rows] and len(rows) == 8
    text = pdf_text(office_db, admin, "inspection_publication", batch)
    for row in rows:
        assert "".join(astuple(row)).replace(" ", "") in text
    assert rows[0].outcome == "招标人未按规定公示中标候选人。" and rows[1].outcome == "未发现问题"


def test_a_person_like_name_is_masked_and_an_organisation_is_not():
    assert looks_like_person("张三") and looks_like_person("欧阳明月")
    assert not looks_like_person("滑县第1建筑有限公司") and not looks_like_person("县住建局")
    assert not looks_like_person("ABC") and not looks_like_person("滑县第1号工程")


def test_unknown_references_are_refused_with_the_reason(office_db, admin, drawn):
    with pytest.raises(NotFoundError):
        render_form(office_db, admin, "inspection_plan", "2031")
    with pytest.raises(NotFoundError, match="抽查批次"):
        render_form(office_db, admin, "inspection_publication", "no-such-batch")
    # the 公示表 is also found by the number of the batch's draw
    by_draw = pdf_text(office_db, admin, "inspection_publication", drawn.project_draw.number)
    assert "房屋建筑工程招标投标" in by_draw


def test_the_command_line_prints_the_draw_record_by_its_number(run, drawn, tmp_path):
    out = tmp_path / "抽取记录.pdf"
    code, stdout, err = run("print", "inspection_draw", drawn.expert_draw.number, "-o", str(out))
    assert code == 0 and err == "" and str(out) in stdout
    text = document_text(out.read_bytes())
    assert drawn.expert_draw.number in text and SEED in text
    assert drawn.expert_draw.pool_hash in text
