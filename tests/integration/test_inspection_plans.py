"""Annual plans, batches and the verifiable draw as a clerk uses them (issue 6 items 5 and 6)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select, update

from jianguan_desktop.db.inspections import InspectionDraw, InspectionResult, Inspector
from jianguan_desktop.errors import ConflictError, ValidationError
from jianguan_desktop.services import inspection_plans as plans
from tests.inspection_fixtures import YEAR, approved_batch, build_directory

DRAWN_ON = date(YEAR, 3, 2)
SEED = "20260302-0915"


def _draw(db, actor, batch_id, seed=SEED, **extra):
    return plans.run_draw(db, actor, batch_id, {"seed": seed, "drawn_on": DRAWN_ON,
                                                "witnesses": "王监督\n李见证",
                                                "place": "县公管办三楼会议室", **extra},
                          today=DRAWN_ON)


def test_a_batch_takes_the_office_ratios_and_the_pool_of_this_year_and_the_last(
        office_db, admin):
    directory = build_directory(office_db, admin)
    batch = approved_batch(office_db, admin, directory)
    assert batch.ratios == {"A": 1, "B": 5, "C": 21, "D": 61}
    assert (batch.pool_from, batch.pool_to) == (date(YEAR - 1, 1, 1), date(YEAR, 12, 31))
    assert batch.departments == ("县住建局", "县发改委")
    assert [item.name for item in batch.items] == ["招标投标活动监督检查"]
    preview = plans.pool_preview(office_db, admin, batch.id, on=DRAWN_ON)
    sizes = {item.stratum: (item.pool_size, item.to_draw) for item in preview.strata}
    # 24 projects graded A, B, B, C, C, C, D, D in turn: 3 A, 6 B, 9 C, 6 D
    assert sizes == {"A": (3, 1), "B": (6, 1), "C": (9, 2), "D": (6, 4)}
    assert preview.problems == ()


def test_the_draw_is_kept_with_seed_hash_and_result_and_makes_one_result_per_object(
        office_db, admin):
    directory = build_directory(office_db, admin)
    batch = approved_batch(office_db, admin, directory)
    drawn = _draw(office_db, admin, batch.id)
    assert drawn.number == f"抽取〔{YEAR}〕1号"
    assert drawn.seed == SEED and drawn.algorithm == "jianguan-draw/1"
    assert len(drawn.pool_hash) == 64 and drawn.pool_size == 24 and drawn.drawn_count == 8
    assert drawn.witnesses == ("王监督", "李见证")
    assert [(s.stratum, s.drawn) for s in drawn.strata] == [("A", 1), ("B", 1), ("C", 2),
                                                            ("D", 4)]
    for item in drawn.drawn:
        assert len(item.inspectors) == 2 and len(set(item.inspectors)) == 2
        assert "县教育局" not in item.inspector_units
        assert item.result_id
    assert plans.get_batch(office_db, admin, batch.id).status == "drawn"
    with office_db.uow(admin, readonly=True) as uow:
        results = uow.session.execute(select(InspectionResult)).scalars().all()
        assert {row.object_key for row in results} == {item.key for item in drawn.drawn}
        assert all(row.status == "pending" and row.number.startswith("检查〔")
                   for row in results)
    assert plans.verify_draw(office_db, admin, drawn.number).matches


def test_the_same_seed_over_the_same_pool_gives_the_same_draw(office_db, admin):
    directory = build_directory(office_db, admin)
    batch = approved_batch(office_db, admin, directory)
    first = _draw(office_db, admin, batch.id)
    again = plans.redraw(office_db, admin, first.id, {"seed": SEED, "reason": "见证人未到场",
                                                      "drawn_on": DRAWN_ON}, today=DRAWN_ON)
    assert [item.key for item in again.drawn] == [item.key for item in first.drawn]
    assert again.pool_hash == first.pool_hash


def test_a_redraw_needs_a_reason_and_keeps_the_first_draw(office_db, admin):
    directory = build_directory(office_db, admin)
    batch = approved_batch(office_db, admin, directory)
    first = _draw(office_db, admin, batch.id)
    with pytest.raises(ConflictError):
        _draw(office_db, admin, batch.id, seed="another")
    with pytest.raises(ValidationError) as refused:
        plans.redraw(office_db, admin, first.id, {"seed": "778899"}, today=DRAWN_ON)
    assert refused.value.field == "reason"
    second = plans.redraw(office_db, admin, first.id,
                          {"seed": "778899", "reason": "抽中项目已列入专项检查",
                           "drawn_on": DRAWN_ON},
                          today=DRAWN_ON)
    kept = plans.get_draw(office_db, admin, first.number)
    assert kept.status == "superseded" and kept.superseded_by_number == second.number
    assert second.redraw_of_number == first.number
    assert second.redraw_reason == "抽中项目已列入专项检查"
    assert plans.get_batch(office_db, admin, batch.id).draw_number == second.number
    assert [draw.number for draw in plans.list_draws(office_db, admin)] == [first.number,
                                                                          second.number]
    with office_db.uow(admin, readonly=True) as uow:
        live = uow.session.execute(select(InspectionResult.draw_id).where(
            InspectionResult.deleted_at.is_(None))).scalars().all()
    assert set(live) == {second.id}
    assert plans.verify_draw(office_db, admin, first.number).matches


def test_verify_fails_when_the_pool_the_seed_or_the_result_was_changed(office_db, admin):
    directory = build_directory(office_db, admin)
    batch = approved_batch(office_db, admin, directory)
    drawn = _draw(office_db, admin, batch.id)

    def tamper(**values):
        with office_db.engine.begin() as connection:
            connection.execute(update(InspectionDraw.__table__).values(**values))

    with office_db.uow(admin, readonly=True) as uow:
        row = uow.session.get(InspectionDraw, drawn.id)
        snapshot, seed, result = row.snapshot, row.seed, row.result
    tamper(snapshot=snapshot.replace('"risk":1', '"risk":3', 1))
    check = plans.verify_draw(office_db, admin, drawn.number)
    assert not check.matches and any("SHA-256" in text for text in check.differences)
    tamper(snapshot=snapshot, seed="123")
    assert not plans.verify_draw(office_db, admin, drawn.number).matches
    changed = json.loads(result)
    changed["selected"] = changed["selected"][1:]
    tamper(seed=seed, result=json.dumps(changed))
    assert not plans.verify_draw(office_db, admin, drawn.number).matches
    tamper(result=result)
    assert plans.verify_draw(office_db, admin, drawn.number).matches


def test_a_seed_and_result_forged_together_still_fail_against_the_audit_log(office_db,
                                                                           admin):
    directory = build_directory(office_db, admin)
    batch = approved_batch(office_db, admin, directory)
    drawn = _draw(office_db, admin, batch.id)
    with office_db.uow(admin) as uow:  # what a forger would compute for another seed
        row = uow.session.get(InspectionDraw, drawn.id)
        request = plans.recorded_request(row)
        from dataclasses import replace

        from jianguan_desktop.domain import draw as drawing
        forged = drawing.draw(replace(request, seed="forged"))
    with office_db.engine.begin() as connection:
        connection.execute(update(InspectionDraw.__table__).values(
            seed="forged", result=json.dumps(forged.to_dict(), ensure_ascii=False,
                                             sort_keys=True)))
    check = plans.verify_draw(office_db, admin, drawn.number)
    assert not check.matches
    assert any("审计" in text or "audit" in text for text in check.differences)


def test_a_ratio_the_pool_cannot_meet_says_how_many_are_missing(office_db, admin):
    directory = build_directory(office_db, admin, projects=8)  # 1 A, 2 B, 3 C, 2 D
    batch = approved_batch(office_db, admin, directory, min_count=3)
    preview = plans.pool_preview(office_db, admin, batch.id, on=DRAWN_ON)
    assert any("1" in text for text in preview.problems)
    with pytest.raises(ValidationError) as refused:
        _draw(office_db, admin, batch.id)
    assert "2" in str(refused.value)  # grade A: 1 in the pool, 3 needed
    with office_db.uow(admin, readonly=True) as uow:
        assert uow.session.execute(select(InspectionDraw)).first() is None
        assert uow.session.execute(select(InspectionResult)).first() is None


def test_too_few_inspectors_without_a_conflict_refuse_the_draw(office_db, admin):
    directory = build_directory(office_db, admin, inspectors=3)
    with office_db.engine.begin() as connection:  # two of three work where the projects are
        connection.execute(update(Inspector.__table__).where(
            Inspector.__table__.c.cert_number != "豫执00000").values(unit="县教育局"))
    batch = approved_batch(office_db, admin, directory)
    with pytest.raises(ValidationError) as refused:
        _draw(office_db, admin, batch.id)
    assert "滑县第" in str(refused.value)
    assert plans.get_batch(office_db, admin, batch.id).status == "planned"


def test_an_empty_seed_is_refused_at_the_field(office_db, admin):
    directory = build_directory(office_db, admin)
    batch = approved_batch(office_db, admin, directory)
    with pytest.raises(ValidationError) as refused:
        _draw(office_db, admin, batch.id, seed="   ")
    assert refused.value.field == "seed"
    assert plans.generate_seed().isdigit() and len(plans.generate_seed()) == 12


def test_a_ratio_outside_the_grade_range_is_refused_at_the_field(office_db, admin):
    directory = build_directory(office_db, admin)
    plan = plans.create_plan(office_db, admin, {"year": YEAR, "title": "计划"})
    with pytest.raises(ValidationError) as refused:
        plans.add_batch(office_db, admin, plan.id, {
            "title": "第一批", "item_ids": [directory.general_item],
            "ratios": {"A": 30, "B": 10, "C": 30, "D": 70}})
    assert refused.value.field == "ratios" and "A" in str(refused.value)


def test_a_plan_must_be_approved_before_its_batches_are_drawn(office_db, admin):
    directory = build_directory(office_db, admin)
    plan = plans.create_plan(office_db, admin, {"year": YEAR, "title": "计划"})
    batch = plans.add_batch(office_db, admin, plan.id, {
        "title": "第一批", "item_ids": [directory.general_item]})
    with pytest.raises(ConflictError):
        _draw(office_db, admin, batch.id)


def test_agencies_are_drawn_at_least_at_a_quarter_of_those_active(office_db, admin):
    directory = build_directory(office_db, admin, projects=0, agencies=8)
    batch = approved_batch(office_db, admin, directory, object_kind="agency",
                           item_ids=[directory.key_item], title="代理机构")
    drawn = _draw(office_db, admin, batch.id)
    # ungraded agencies are drawn as grade B: 25 % of 8 is 2
    assert drawn.pool_size == 8 and drawn.drawn_count == 2
