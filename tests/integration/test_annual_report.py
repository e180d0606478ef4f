"""The annual supervision report (issue 9, part 4): the year's figures from known complaints and
credit entries, read back from the PDF (summary sentences, tables, chart captions) and from the
workbook; the written sections saved as a draft, finalised by the head and refused afterwards;
stale and too-long edits refused; a year without records still prints and says so."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook

from jianguan_desktop.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from jianguan_desktop.services import annual_report as reports
from jianguan_desktop.services.audit import record_history, verify_chain
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.users import add_user
from tests.conftest import OFFICE_NAME
from tests.integration.credit_check_helpers import list_entity
from tests.integration.test_statistics import handled
from tests.pdf_helpers import document_text, page_sizes_mm, squeeze

__all__ = ["handled"]

COMPLAINTS = ("2026年共收到投诉举报4件（投诉3件、举报1件），受理2件；办结2件，按期办结率50.0%，"
              "其中按期办结1件、超期办结1件。")
CREDIT = ("2026年新列入信用名单1条，信用修复0条，期满0条，移出0条；年末在列：黑名单1条、红名单0条、"
          "重点关注名单0条。")
WRITTEN = {"overview": "全年进场交易项目128个，交易额15.6亿元。",
           "work": "（一）健全联席会议机制\n召开联席会议2次，议定事项全部办结。",
           "problems": "部分成员单位联络员变更报送不及时。",
           "plans": "进一步完善信用评价体系。"}
CLERK_PASSWORD = "Zhang#Min2026"


@pytest.fixture
def year_2026(handled):
    """The four complaints of ``handled`` and one bidder on the black list from 10 March."""
    db, admin = handled
    list_entity(db, admin, on="2026-03-10")
    return db, admin


def _clerk(db, admin):
    add_user(db, admin, username="li", display_name="李经办", role="clerk",
             password=CLERK_PASSWORD)
    return authenticate(db, "li", CLERK_PASSWORD)


def test_the_years_figures_come_from_the_registers(year_2026) -> None:
    db, admin = year_2026
    complaints, credit, *others = reports.year_figures(db, admin, 2026)
    assert [found.key for found in others] == ["inspections", "liaison", "meetings", "efficiency"]
    assert (complaints.key, complaints.title) == ("complaints", "投诉举报处理情况")
    assert complaints.result.summary == COMPLAINTS and not complaints.result.empty
    rows = complaints.result.rows
    assert len(rows) == 13 and rows[-1] == {"month": "合计", "received": 4, "accepted": 2,
                                            "closed": 2, "closed_on_time": 1,
                                            "closed_late": 1}
    series = dict(complaints.result.series)
    assert series["收到"][8:11] == (2, 1, 1) and series["办结"][9] == 2
    assert complaints.result.categories[0] == "1月"
    assert credit.title == "信用红黑名单管理情况" and credit.result.summary == CREDIT
    in_force = dict(credit.result.series)["月末在列：黑名单"]
    assert in_force[:2] == (0, 0) and in_force[2:] == (1,) * 10
    assert reports.year_figures(db, admin, 2026, office="410523")[0].result.empty


def test_the_pdf_has_the_office_the_year_the_sections_and_every_figure(year_2026) -> None:
    db, admin = year_2026
    report = reports.save_draft(db, admin, 2026, WRITTEN, 0)
    assert report.version == 1 and report.status == "draft"
    pdf = reports.render_pdf(db, admin, 2026)
    text = document_text(pdf)
    assert all(round(w) == 210 and round(h) == 297 for w, h in page_sizes_mm(pdf))
    title = squeeze(OFFICE_NAME + "2026年度公共资源交易监管工作情况报告")
    assert title in text and text.count(squeeze(OFFICE_NAME)) >= 3  # title, opening, 署名
    for part in ("一、基本情况", "全年进场交易项目128个，交易额15.6亿元。",
                 "（一）投诉举报处理情况", COMPLAINTS, "图1", "2026年各月投诉举报情况", "表1",
                 "（二）信用红黑名单管理情况",
                 CREDIT, "图2", "2026年各月末在列信用名单", "表2", "2026年各月信用名单情况",
                 "二、主要工作及成效", "召开联席会议2次，议定事项全部办结。", "三、存在的问题",
                 "四、下一步工作打算", "进一步完善信用评价体系。"):
        assert squeeze(part) in text, part
    # the table rows: month, received, accepted, closed, on time, late
    assert "2026-0921000" in text and "2026-1011211" in text and "合计42211" in text
    assert "草稿" in text  # the watermark of a draft
    order = [text.index(squeeze(part)) for part in (
        "一、基本情况", "（一）投诉举报处理情况", "（二）信用红黑名单管理情况",
        "二、主要工作及成效")]
    assert order == sorted(order)


def test_the_workbook_has_a_sheet_per_table_with_the_same_figures(year_2026, tmp_path) -> None:
    db, admin = year_2026
    path = tmp_path / "年度报告.xlsx"
    # complaints and liaison and meetings: 12 months and the total; credit: 12 month ends;
    # inspections: no item, the total alone; efficiency: six steps
    assert reports.export_xlsx(db, admin, 2026, path) == 13 + 12 + 1 + 13 + 13 + 6
    workbook = load_workbook(path)
    assert workbook.sheetnames[:2] == ["2026年各月投诉举报情况", "2026年各月信用名单情况"]
    complaints = list(workbook["2026年各月投诉举报情况"].iter_rows(values_only=True))
    assert complaints[1] == ("月份", "收到", "受理", "办结", "按期办结", "超期办结")
    assert ("2026-09", 2, 1, 0, 0, 0) in complaints and complaints[-1] == (
        "合计", 4, 2, 2, 1, 1)
    credit = list(workbook["2026年各月信用名单情况"].iter_rows(values_only=True))
    assert credit[1][:5] == ("月份", "新列入", "信用修复", "期满", "移出")
    march = next(row for row in credit if row[0] == "2026-03")
    assert march[1] == 1 and march[5] == 1


def test_a_draft_is_finalised_by_the_head_and_then_refuses_edits(year_2026) -> None:
    db, admin = year_2026
    draft = reports.save_draft(db, admin, 2026, {"overview": WRITTEN["overview"]}, 0)
    # a clerk writes but may not finalise
    clerk = _clerk(db, admin)
    draft = reports.save_draft(db, clerk, 2026, {"work": WRITTEN["work"]}, draft.version)
    assert draft.sections["overview"] == WRITTEN["overview"]  # sections not given are kept
    with pytest.raises(PermissionDenied):
        reports.finalise(db, clerk, 2026, draft.version)
    # every part must be written first
    with pytest.raises(ValidationError) as refused:
        reports.finalise(db, admin, 2026, draft.version)
    assert set(refused.value.fields) == {"problems", "plans"}
    assert "三、存在的问题" in refused.value.message
    draft = reports.save_draft(db, admin, 2026, WRITTEN, draft.version)
    final = reports.finalise(db, admin, 2026, draft.version, today=date(2026, 12, 20))
    assert final.final and final.status_label == "已定稿"
    assert (final.finalised_on, final.finalised_by) == (date(2026, 12, 20), "王管理")
    with pytest.raises(ConflictError) as refused:
        reports.save_draft(db, admin, 2026, {"plans": "改写"}, final.version)
    assert "已由王管理于2026年12月20日定稿，不能再修改" in refused.value.message
    with pytest.raises(ConflictError):
        reports.finalise(db, admin, 2026, final.version)
    assert reports.load_report(db, clerk, 2026).sections["plans"] == WRITTEN["plans"]
    text = document_text(reports.render_pdf(db, admin, 2026))
    assert "2026年12月20日" in text and "本报告于2026年12月20日定稿，定稿人：王管理" in text
    assert "草稿" not in text
    # every save and the 定稿 are in the audit log, whose chain holds
    history = record_history(db, admin, "annual_reports", final.id)
    assert len(history) == 4 and history[-1].changes["status"] == ["draft", "final"]
    assert history[-1].actor == "admin" and verify_chain(db) is None


def test_a_report_never_saved_cannot_be_finalised(office_db, admin) -> None:
    with pytest.raises(NotFoundError) as refused:
        reports.finalise(office_db, admin, 2026, 0)
    assert "尚无草稿" in refused.value.message


def test_a_stale_copy_is_refused_and_nothing_is_overwritten(year_2026) -> None:
    db, admin = year_2026
    first = reports.save_draft(db, admin, 2026, {"overview": "甲"}, 0)
    reports.save_draft(db, admin, 2026, {"overview": "乙"}, first.version)
    with pytest.raises(ConflictError):
        reports.save_draft(db, admin, 2026, {"overview": "丙"}, first.version)
    with pytest.raises(ConflictError):  # a first draft saved meanwhile by someone else
        reports.save_draft(db, admin, 2026, {"overview": "丁"}, 0)
    assert reports.load_report(db, admin, 2026).sections["overview"] == "乙"


def test_a_section_too_long_is_refused_at_its_field(office_db, admin) -> None:
    with pytest.raises(ValidationError) as refused:
        reports.save_draft(office_db, admin, 2026, {
            "overview": "短", "problems": "问" * (reports.SECTION_MAX + 1)}, 0)
    assert refused.value.field == "problems" and set(refused.value.fields) == {"problems"}
    assert "三、存在的问题" in refused.value.message and str(reports.SECTION_MAX) in \
        refused.value.message
    assert not reports.load_report(office_db, admin, 2026).saved  # nothing written


def test_a_year_without_records_prints_and_says_so_in_each_figure_section(
        office_db, admin) -> None:
    figures = reports.year_figures(office_db, admin, 2019)
    assert all(found.result.empty for found in figures)
    text = document_text(reports.render_pdf(office_db, admin, 2019))
    assert "2019年度公共资源交易监管工作情况报告" in text
    assert text.count("本年度无相关记录。") == len(reports.FIGURE_SECTIONS) == 6
    assert "图1" not in text and "表1" not in text
    assert "（本部分尚未填写。）" in text


def test_a_year_that_is_not_one_is_refused_in_words(office_db, admin) -> None:
    for year in ("26", "abcd", 1999):
        with pytest.raises(ValidationError) as refused:
            reports.load_report(office_db, admin, year)
        assert refused.value.field == "year" and "2026" in refused.value.message


def test_a_figure_section_plugs_in_with_one_line(office_db, admin, monkeypatch) -> None:
    monkeypatch.setattr(reports, "FIGURE_SECTIONS", list(reports.FIGURE_SECTIONS))
    table = SimpleNamespace(
        columns=[("item", "抽查事项"), ("done", "完成")], title="2026年抽查事项完成情况",
        rows=[{"item": "招标代理机构", "done": 3}], chart_title="各事项完成情况",
        chart_labels=["招标代理机构"], series=lambda: [("完成", [3])])
    reports.register_figure_section(reports.FigureSection(
        "inspections", lambda: "“双随机、一公开”抽查情况",
        lambda db, actor, year, office: reports.from_figure_table(
            table, f"{year}年完成抽查3户次。")), before="credit")
    assert [section.key for section in reports.FIGURE_SECTIONS][:3] == [
        "complaints", "inspections", "credit"]
    text = document_text(reports.render_pdf(office_db, admin, 2026))
    assert "（二）“双随机、一公开”抽查情况2026年完成抽查3户次。" in text
    assert "表1" in text and "招标代理机构3" in text and "（三）信用红黑名单管理情况" in text
