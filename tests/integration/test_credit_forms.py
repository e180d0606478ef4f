"""The credit lists' paper as it comes out of the printer: 公示表 (PDF and xlsx) without ID
numbers or telephones in clear, the 列入告知书 with its basis and the party's rights, the
移出决定书 only for an entry that has left the list, and the 信用核查记录."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

import jianguan_desktop.services.credit_forms  # noqa: F401  (registers the forms)
from jianguan_desktop.errors import ConflictError, ValidationError
from jianguan_desktop.services import credit_lists, entities
from jianguan_desktop.services.credit_check import record_check
from jianguan_desktop.services.credit_forms import write_publication_xlsx
from jianguan_desktop.services.forms import render_form
from jianguan_desktop.services.settings import set_setting
from tests.conftest import OFFICE_NAME
from tests.integration import test_cli
from tests.integration.credit_check_helpers import (
    BASIS,
    CITY_NAME,
    HUAXIN,
    HUAXIN_NAME,
    PERSON_ID,
    PERSON_NAME,
    city_entry,
    clerk_of,
    list_entity,
)
from tests.pdf_helpers import document_text, page_sizes_mm

run = test_cli.run
PHONE = "0372-5551234"
CONTACT = "李秀英"
MASKED_PERSON = "410526********0010"


@pytest.fixture
def lists(office_db, admin):
    """A bidder with a contact and telephone on the blacklist (to 10 March 2029), a person
    (to 10 March 2027), the city's entry about an agency, and a redlisted builder."""
    entities.create_entity(office_db, admin, {
        "kind": "bidder", "code": HUAXIN, "name": HUAXIN_NAME, "contact_person": CONTACT,
        "phone": PHONE, "legal_representative": "赵国强"})
    bidder = list_entity(office_db, admin)
    person = list_entity(office_db, admin, name=PERSON_NAME, code=PERSON_ID, kind="person",
                         severity="ordinary")
    city_entry(office_db, admin)
    red = list_entity(office_db, admin, name="安阳县诚信路桥工程有限公司",
                      code="91410526MA40000011", list_kind="red",
                      conduct="连续三年合同履约评价优秀", sanctions="投标保证金减半")
    return {"bidder": bidder, "person": person, "red": red}


def pdf_text(db, actor, form: str, ref: str) -> str:
    return document_text(render_form(db, actor, form, ref))


def test_the_blacklist_publication_shows_the_entries_without_ids_or_phones(
        office_db, admin, lists) -> None:
    pdf = render_form(office_db, admin, "credit_blacklist", "2026-06-01")
    text = document_text(pdf)
    # THEN every entry of this office in force is there, the person's ID number masked even
    # for the admin; the city's entry is the city's to publish
    assert CITY_NAME not in text
    for part in ("黑名单公示表", "截至2026年6月1日", HUAXIN_NAME, HUAXIN, PERSON_NAME,
                 MASKED_PERSON, "串通投标", BASIS, "限制参与本县公共资源交易活动三年",
                 "2026.03.10至2029.03.10", OFFICE_NAME, "2026年6月1日"):
        assert part in text
    assert PERSON_ID not in text
    # AND no telephone, contact person or legal representative is printed
    for private in (PHONE, CONTACT, "赵国强"):
        assert private not in text
    width, height = page_sizes_mm(pdf)[0]
    assert width > height
    # AND the redlist is not mixed in
    assert "诚信路桥" not in text


def test_the_redlist_publication_has_no_sanctions_column(office_db, admin, lists) -> None:
    text = pdf_text(office_db, admin, "credit_redlist", "2026-06-01")
    assert "红名单公示表" in text and "安阳县诚信路桥工程有限公司" in text and "守信行为" in text
    assert "惩戒措施" not in text and HUAXIN_NAME not in text


def test_a_day_without_entries_says_so(office_db, admin, lists) -> None:
    text = pdf_text(office_db, admin, "credit_blacklist", "2026-01-01")
    assert "暂无处于公示期内的记录" in text and HUAXIN not in text


def test_a_wrong_date_is_refused(office_db, admin) -> None:
    with pytest.raises(ValidationError, match="2026-11-21"):
        render_form(office_db, admin, "credit_blacklist", "2026-02-30")


def test_the_publication_workbook_masks_ids_and_has_no_phones(office_db, admin, lists,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "公示.xlsx"
    count = write_publication_xlsx(office_db, admin, "black", date(2026, 6, 1), path)
    cells = [str(cell) for row in load_workbook(path).active.iter_rows(values_only=True)
             for cell in row if cell is not None]
    assert count == 2 and MASKED_PERSON in cells and HUAXIN in cells
    assert not any(PERSON_ID in cell or PHONE in cell or CONTACT in cell for cell in cells)
    assert any("黑名单公示表" in cell and OFFICE_NAME in cell for cell in cells)


def test_the_notice_names_the_facts_the_basis_the_measures_and_the_right_to_object(
        office_db, admin, lists) -> None:
    # GIVEN the office gives parties 7 working days to state their case
    set_setting(office_db, admin, "credit.objection_days", 7)
    entry = lists["bidder"]
    text = pdf_text(office_db, admin, "credit_notice", entry.number)
    for part in ("列入黑名单告知书", entry.number, f"{HUAXIN_NAME}：", "经查，你单位", HUAXIN,
                 "串通投标", f"依据{BASIS}", "限制参与本县公共资源交易活动三年",
                 "公示期自2026年3月10日起至2029年3月10日止", "陈述、申辩", "第四十四条",
                 "7个工作日内", OFFICE_NAME, "特此告知", "2026年3月2日"):
        assert part in text
    assert PHONE not in text


def test_a_proposal_not_yet_listed_announces_the_periods_of_the_settings(office_db,
                                                                        admin) -> None:
    entry = credit_lists.propose_entry(office_db, admin, {
        "entity_kind": "bidder", "entity_name": HUAXIN_NAME, "entity_code": HUAXIN,
        "list_kind": "black", "severity": "ordinary", "conduct": "提供虚假业绩材料",
        "basis": BASIS, "department": "安阳县发展和改革委员会", "sanctions": "限制投标六个月",
        "proposed_on": "2026-05-10"})
    text = pdf_text(office_db, admin, "credit_notice", entry.id)
    assert "公示期为3个月至12个月，自认定之日起计算" in text and f"依据{BASIS}" in text


def test_the_notice_to_a_person_masks_the_id_for_a_clerk(office_db, admin, lists) -> None:
    clerk = clerk_of(office_db, admin)
    text = pdf_text(office_db, clerk, "credit_notice", lists["person"].number)
    assert "经查，你（身份证号" in text and MASKED_PERSON in text and PERSON_ID not in text


def test_a_removal_decision_is_refused_for_an_entry_still_listed(office_db, admin,
                                                                 lists) -> None:
    number = lists["bidder"].number
    with pytest.raises(ConflictError, match="尚未信用修复、公示期满或移出") as refused:
        render_form(office_db, admin, "credit_removal", number)
    assert number in str(refused.value)


def test_the_removal_decision_after_repair_says_when_the_sanctions_stopped(
        office_db, admin, lists) -> None:
    entry = lists["person"]
    credit_lists.take_step(office_db, admin, entry.id, "repair", {
        "on": "2026-07-01", "corrected": True, "obligations_met": True, "commitment": True,
        "repair_note": "已提交整改报告和信用承诺书"})
    credit_lists.take_step(office_db, admin, entry.id, "remove",
                           {"on": "2026-07-02", "text": "信用修复后移出"})
    text = pdf_text(office_db, admin, "credit_removal", entry.number)
    for part in ("移出黑名单决定书", f"{PERSON_NAME}：", entry.number, BASIS, "2026年3月10日",
                 "符合信用修复条件", "已提交整改报告和信用承诺书",
                 "决定自2026年7月1日起将你移出黑名单", "惩戒措施同日停止实施", "特此决定",
                 OFFICE_NAME, "2026年7月2日"):
        assert part in text


def test_the_removal_decision_of_an_expired_entry_names_the_end_of_the_period(
        office_db, admin, lists) -> None:
    credit_lists.close_expired(office_db, admin, date(2027, 3, 11))
    text = pdf_text(office_db, admin, "credit_removal", lists["person"].number)
    assert "公示期已于2027年3月10日届满" in text and "决定自2027年3月11日起" in text


def test_the_check_record_lists_what_was_found_and_leaves_room_to_sign(
        office_db, admin, lists) -> None:
    found = record_check(office_db, admin, "华信", on=date(2026, 6, 1),
                         project="安阳县第一中学教学楼", purpose="中标候选人公示前核查")
    text = pdf_text(office_db, admin, "credit_check_record", found.number)
    for part in ("信用核查记录", found.number, "安阳县第一中学教学楼", "中标候选人公示前核查",
                 "核查对象：华信", HUAXIN_NAME, "未评级", "（一）黑名单", lists["bidder"].number,
                 BASIS, "本单位", "发现“华信”的有效名单记录1条", "核查人：王管理",
                 "复核人（签字）", "招标投标档案"):
        assert part in text
    nothing = record_check(office_db, admin, "鸿运", on=date(2026, 6, 1))
    text = pdf_text(office_db, admin, "credit_check_record", nothing.id)
    assert "未发现列入黑名单、红名单或重点关注名单的记录" in text


def test_jianguan_print_makes_the_notice(run, office_db, admin, lists, tmp_path: Path) -> None:
    out = tmp_path / "告知书.pdf"
    code, _out, err = run("print", "credit_notice", lists["bidder"].number, "-o", str(out))
    assert (code, err) == (0, "")
    assert "列入黑名单告知书" in document_text(out.read_bytes())
