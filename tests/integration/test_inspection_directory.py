"""The directories of 双随机、一公开: items, inspectors and objects, checked at their fields."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jianguan_desktop.errors import ConflictError, NotFoundError, ValidationError
from jianguan_desktop.services import entities
from jianguan_desktop.services import inspection_directory as directory
from jianguan_desktop.services.credit_grades import set_grade
from jianguan_desktop.services.entity_demo import credit_code, fill_entities
from jianguan_desktop.services.inspection_demo import fill_directory
from jianguan_desktop.services.inspections import (
    inspector_status_labels,
    item_type_labels,
    risk_labels,
)
from jianguan_desktop.services.tables import TableQuery, fetch_rows, get_table


def rows(db, actor, key: str, **query) -> list[dict]:
    return fetch_rows(db, actor, get_table(key), TableQuery(**query), 0, 100)


def inspector(db, actor, **values) -> directory.InspectorInfo:
    return directory.create_inspector(db, actor, {
        "name": "张建军", "unit": "滑县住房和城乡建设局", "cert_number": "豫A0526001",
        "specialties": "房屋建筑、市政工程", **values})


@pytest.fixture
def bidder(office_db, admin) -> entities.EntityInfo:
    return entities.create_entity(office_db, admin, {
        "kind": "bidder", "name": "滑县华信建筑工程有限公司",
        "code": credit_code("91", "410526", 501)})


# --- 抽查事项清单 -------------------------------------------------------------------------

def test_a_general_item_keeps_its_cap_and_a_key_item_has_none(office_db, admin) -> None:
    # GIVEN a general item with a cap of 20 % and a key item typed with a cap as well
    general = directory.create_item(office_db, admin, {
        "name": "招标投标活动合规性检查", "item_type": "general", "ratio_cap": "20",
        "basis": "《中华人民共和国招标投标法》第七条", "department": "滑县住房和城乡建设局"})
    key = directory.create_item(office_db, admin, {
        "name": "评标专家评标行为检查", "item_type": "key", "ratio_cap": "30"})
    # THEN the general item keeps its cap, the key item has none
    assert general.ratio_cap == 20
    assert general.item_type_label == item_type_labels()["general"]
    assert key.ratio_cap is None
    # AND the list shows both with their caps
    shown = {row["name"]: row for row in rows(office_db, admin, directory.ITEMS_TABLE_KEY)}
    assert shown["招标投标活动合规性检查"]["ratio_cap"] == 20
    assert shown["评标专家评标行为检查"]["ratio_cap"] is None


@pytest.mark.parametrize(("values", "field"), [
    ({"name": "", "item_type": "key"}, "name"),
    ({"name": "检查", "item_type": "general"}, "ratio_cap"),
    ({"name": "检查", "item_type": "general", "ratio_cap": "0"}, "ratio_cap"),
    ({"name": "检查", "item_type": "general", "ratio_cap": "101"}, "ratio_cap"),
    ({"name": "检查", "item_type": "general", "ratio_cap": "12.5"}, "ratio_cap"),
    ({"name": "检查", "item_type": "sometimes"}, "item_type"),
])
def test_a_wrong_item_is_refused_at_its_field(office_db, admin, values, field) -> None:
    with pytest.raises(ValidationError) as raised:
        directory.create_item(office_db, admin, values)
    assert field in raised.value.fields
    assert rows(office_db, admin, directory.ITEMS_TABLE_KEY) == []


def test_an_item_is_corrected_deleted_and_restored(office_db, admin) -> None:
    item = directory.create_item(office_db, admin, {"name": "政府采购活动检查",
                                                    "item_type": "key"})
    corrected = directory.update_item(office_db, admin, item.id, {
        "name": "政府采购活动合规性检查", "item_type": "general", "ratio_cap": 10},
        item.version)
    assert corrected.name == "政府采购活动合规性检查" and corrected.ratio_cap == 10
    with pytest.raises(ConflictError):  # an outdated copy
        directory.update_item(office_db, admin, item.id, {"name": "x", "item_type": "key"},
                              item.version)
    directory.delete_item(office_db, admin, item.id, corrected.version)
    assert rows(office_db, admin, directory.ITEMS_TABLE_KEY) == []
    with pytest.raises(NotFoundError):
        directory.get_item(office_db, admin, item.id)
    restored = directory.restore_item(office_db, admin, item.id)
    assert not restored.deleted and len(rows(office_db, admin, directory.ITEMS_TABLE_KEY)) == 1


# --- 执法检查人员名录库 -------------------------------------------------------------------

def test_an_inspector_keeps_one_specialty_per_line_and_a_normalised_certificate(
        office_db, admin) -> None:
    person = inspector(office_db, admin, cert_number=" 豫ａ 0526001 ",
                       related="滑县华信建筑工程有限公司；滑县鑫源商贸有限公司",
                       recused="91410526MA44XXXX1X")
    assert person.cert_number == "豫A0526001"
    assert person.specialties == ("房屋建筑", "市政工程")
    assert person.related == ("滑县华信建筑工程有限公司", "滑县鑫源商贸有限公司")
    assert person.status == "active" and person.status_label == inspector_status_labels()["active"]
    shown = rows(office_db, admin, directory.INSPECTORS_TABLE_KEY)
    assert shown[0]["specialties"] == "房屋建筑\n市政工程"


def test_a_certificate_number_held_by_another_live_inspector_is_refused_naming_them(
        office_db, admin) -> None:
    first = inspector(office_db, admin)
    # WHEN a second person is entered with the same number typed in lower case
    with pytest.raises(ConflictError) as raised:
        inspector(office_db, admin, name="李明", cert_number="豫a0526001")
    # THEN the number is refused at its field, naming the holder
    assert raised.value.field == "cert_number" and "张建军" in raised.value.message
    # AND once the first is deleted the number may be given again, and the first can no
    # longer be restored while the second holds it
    directory.delete_inspector(office_db, admin, first.id)
    second = inspector(office_db, admin, name="李明")
    with pytest.raises(ConflictError):
        directory.restore_inspector(office_db, admin, first.id)
    # AND a correction of the second keeping its own number is fine
    kept = directory.update_inspector(office_db, admin, second.id, {
        "name": "李明", "cert_number": "豫A0526001", "status": "suspended"}, second.version)
    assert kept.status == "suspended"


@pytest.mark.parametrize(("values", "field"), [
    ({"name": ""}, "name"),
    ({"cert_number": ""}, "cert_number"),
    ({"status": "retired"}, "status"),
])
def test_a_wrong_inspector_is_refused_at_its_field(office_db, admin, values, field) -> None:
    with pytest.raises(ValidationError) as raised:
        inspector(office_db, admin, **values)
    assert field in raised.value.fields


# --- 检查对象名录库 -----------------------------------------------------------------------

def project(**values) -> dict:
    return {"kind": "project", "name": "滑县第一高级中学教学楼建设项目", "code": "HX-2026-0012",
            "industry": "房屋建筑", "risk": 3, "trade_type": "construction",
            "amount": "12,860,000", "tenderer_name": "滑县第一高级中学",
            "opened_on": date(2026, 3, 2), "completed_on": date(2026, 9, 30), **values}


def test_a_project_object_is_listed_with_its_details(office_db, admin) -> None:
    made = directory.create_object(office_db, admin, project())
    assert made.amount == 12_860_000 and made.risk_label == risk_labels()[3]
    assert made.unit == "滑县第一高级中学"  # the tenderer is the unit checked for conflicts
    assert made.grade == ""
    shown = rows(office_db, admin, directory.OBJECTS_TABLE_KEY)
    assert shown[0]["code"] == "HX-2026-0012" and shown[0]["risk"] == 3
    assert shown[0]["grade"] is None


@pytest.mark.parametrize(("values", "field"), [
    ({"name": ""}, "name"),
    ({"code": ""}, "code"),
    ({"risk": 4}, "risk"),
    ({"amount": "-5"}, "amount"),
    ({"amount": "100.50"}, "amount"),
    ({"opened_on": date(2026, 10, 1)}, "completed_on"),
    ({"kind": "museum"}, "kind"),
])
def test_a_wrong_project_is_refused_at_its_field(office_db, admin, values, field) -> None:
    with pytest.raises(ValidationError) as raised:
        directory.create_object(office_db, admin, project(**values))
    assert field in raised.value.fields


def test_a_project_number_already_in_the_directory_is_refused(office_db, admin) -> None:
    directory.create_object(office_db, admin, project())
    with pytest.raises(ConflictError) as raised:
        directory.create_object(office_db, admin, project(name="另一个项目"))
    assert raised.value.field == "code" and "滑县第一高级中学教学楼建设项目" in str(raised.value)


def test_an_entity_object_is_made_from_the_register_with_its_grade(office_db, admin,
                                                                   bidder) -> None:
    # GIVEN 华信 graded C since yesterday
    set_grade(office_db, admin, bidder.id, "C", date.today() - timedelta(days=1),
              "2025年度信用评价")
    # WHEN it is added as an object, its kind and name typed wrongly
    made = directory.create_object(office_db, admin, {
        "kind": "agency", "entity_id": bidder.id, "name": "随便", "risk": 2,
        "industry": "房屋建筑"})
    # THEN name, code, kind and unit come from the entity register, with its grade
    assert (made.kind, made.name, made.code) == ("bidder", bidder.name, bidder.code)
    assert made.unit == bidder.name and made.grade == "C"
    shown = rows(office_db, admin, directory.OBJECTS_TABLE_KEY)
    assert shown[0]["grade"] == "C" and shown[0]["kind"] == "bidder"
    assert rows(office_db, admin, directory.OBJECTS_TABLE_KEY,
                filters={"grade": "C"})[0]["row_id"] == made.id
    # AND the same entity cannot be added twice
    with pytest.raises(ConflictError) as raised:
        directory.create_object(office_db, admin, {"kind": "bidder", "entity_id": bidder.id})
    assert raised.value.field == "entity_id"


def test_an_entity_object_needs_an_entity_of_the_register(office_db, admin) -> None:
    with pytest.raises(ValidationError) as raised:
        directory.create_object(office_db, admin, {"kind": "bidder", "name": "某公司"})
    assert raised.value.field == "entity_id"
    with pytest.raises(ValidationError) as raised:
        directory.create_object(office_db, admin, {"kind": "bidder", "entity_id": "nobody"})
    assert raised.value.field == "entity_id"


def test_a_deleted_object_comes_back_unless_its_number_was_taken_again(office_db,
                                                                       admin) -> None:
    first = directory.create_object(office_db, admin, project())
    directory.delete_object(office_db, admin, first.id, first.version)
    assert rows(office_db, admin, directory.OBJECTS_TABLE_KEY) == []
    assert len(rows(office_db, admin, directory.OBJECTS_TABLE_KEY, include_deleted=True)) == 1
    second = directory.create_object(office_db, admin, project())
    with pytest.raises(ConflictError):
        directory.restore_object(office_db, admin, first.id)
    directory.delete_object(office_db, admin, second.id)
    assert not directory.restore_object(office_db, admin, first.id).deleted


# --- the demonstration directories --------------------------------------------------------

def test_the_demonstration_directories_are_made_from_the_demo_entities(office_db,
                                                                       admin) -> None:
    # GIVEN the demonstration entities of 滑县
    fill_entities(office_db, admin, "small", None)
    # WHEN the demonstration directories are added (twice: the second time adds nothing)
    made = fill_directory(office_db, admin, "small", None)
    assert fill_directory(office_db, admin, "small", None) == 0
    # THEN there are eight items, thirty inspectors and about 120 objects
    items = rows(office_db, admin, directory.ITEMS_TABLE_KEY)
    people = fetch_rows(office_db, admin, get_table(directory.INSPECTORS_TABLE_KEY),
                        TableQuery(), 0, 500)
    objects = fetch_rows(office_db, admin, get_table(directory.OBJECTS_TABLE_KEY),
                         TableQuery(), 0, 500)
    assert len(items) == 8 and len(people) == 30 and 110 <= len(objects) <= 130
    assert made == len(items) + len(people) + len(objects)
    # AND every kind of object is there, agencies and experts made from the entity register
    kinds = {row["kind"] for row in objects}
    assert kinds == {"project", "tenderer", "bidder", "agency", "expert"}
    # AND every project industry has an available inspector with that specialty
    specialties = {line for row in people if row["status"] == "active"
                   for line in row["specialties"].split("\n")}
    assert {row["industry"] for row in objects if row["kind"] == "project"} <= specialties


def test_the_demonstration_year_has_a_plan_with_batches_at_every_stage(office_db,
                                                                       admin) -> None:
    from jianguan_desktop.services import inspection_plans as plans
    from jianguan_desktop.services.demo import fill_demo
    from jianguan_desktop.services.inspection_results import due_publications, results_of_batch

    # GIVEN the demonstration database
    fill_demo(office_db, admin, "small")
    # THEN this year's plan is approved with four batches: published, to publish (overdue),
    # under inspection after a redraw, and planned
    [plan] = plans.list_plans(office_db, admin)
    assert plan.status == "approved"
    assert [batch.status for batch in plan.batches] == ["published", "completed", "drawn",
                                                        "planned"]
    # AND every draw re-runs to its record; the redrawn one is kept, superseded, with its reason
    draws = plans.list_draws(office_db, admin)
    assert len(draws) == 4
    assert all(plans.verify_draw(office_db, admin, draw.number).matches for draw in draws)
    assert [draw.status for draw in draws].count("superseded") == 1
    assert any(draw.redraw_reason for draw in draws)
    # AND the published batch has every result closed, two with problems handled
    published = results_of_batch(office_db, admin, plan.batches[0].id)
    assert published and all(result.closed_on for result in published)
    assert sum(result.problem for result in published) == 2
    # AND the overdue publication is on the home page
    [due] = due_publications(office_db, admin)
    assert due.overdue and plan.batches[1].title in due.title
