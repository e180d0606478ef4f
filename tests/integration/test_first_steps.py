"""The first-steps tour: which steps a new office has taken, read from the database.

Adding a user, importing entities, changing or checking the office settings and reviewing
the deadline presets tick the steps off; hiding the tour is remembered per database.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from jianguan_desktop.db.models import AuditEntry
from jianguan_desktop.errors import PermissionDenied, ValidationError
from jianguan_desktop.services import first_steps
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.first_steps import StepKey, load_first_steps
from jianguan_desktop.services.imports import run_import, write_template
from jianguan_desktop.services.settings import list_settings, set_setting
from jianguan_desktop.services.users import add_user
from tests.credit_fixtures import HUAXIN, fill_template

CLERK_PASSWORD = "Clerk#2026x"


def done(db, actor) -> dict[str, bool]:
    """Which steps look done, by key."""
    return {step.key.value: step.done for step in load_first_steps(db, actor).steps}


def test_a_new_office_has_four_steps_none_done(office_db, admin) -> None:
    # GIVEN an office just set up
    # WHEN the administrator's home page asks for the first steps
    tour = load_first_steps(office_db, admin)
    # THEN there are four, in order, none done, each opening its page
    assert [step.title for step in tour.steps] == [
        "核对单位设置", "添加用户", "导入市场主体", "核对办理期限预设"]
    assert [step.number for step in tour.steps] == [1, 2, 3, 4]
    assert [(step.page, step.settings_group) for step in tour.steps] == [
        ("settings", "forms"), ("users", ""), ("entities", ""), ("settings", "complaints")]
    assert tour.done_count == 0 and not tour.all_done
    assert tour.shown and not tour.hidden
    assert tour.step(StepKey.USERS).status == "目前共 1 个用户"
    assert all(step.allowed for step in tour.steps)


def test_adding_a_user_and_importing_entities_tick_their_steps(office_db, admin,
                                                               tmp_path: Path) -> None:
    # GIVEN a new office
    # WHEN the administrator adds a colleague
    add_user(office_db, admin, username="li", display_name="李经办", role="clerk",
             password=CLERK_PASSWORD)
    # THEN the users step is done, saying how many there are
    assert done(office_db, admin) == {"office": False, "users": True, "entities": False,
                                      "deadlines": False}
    assert load_first_steps(office_db, admin).step("users").status == "目前共 2 个用户"
    # WHEN market entities are imported from the filled-in template
    path = write_template("entities", tmp_path / "市场主体导入模板.xlsx")
    fill_template(path, [["投标人", "滑县华信建筑工程有限公司", HUAXIN, "王建国", None, None,
                          None, None, None]])
    assert run_import(office_db, admin, "entities", path).imported == 1
    # THEN the entities step is done too
    assert done(office_db, admin)["entities"] is True
    assert load_first_steps(office_db, admin).step("entities").status == "已有市场主体"


def test_changing_an_office_setting_counts_as_checking_the_office(office_db, admin) -> None:
    # WHEN the administrator sets the organ code of document numbers
    set_setting(office_db, admin, "forms.doc_code", "安监")
    # THEN the office step is done
    assert done(office_db, admin)["office"] is True
    assert load_first_steps(office_db, admin).step("office").status == "已核对"


def test_reviewing_the_deadlines_is_noted_once_and_audited(office_db, admin) -> None:
    # WHEN the administrator opens the time limits from the tour
    first_steps.step_opened(office_db, admin, "deadlines")
    # THEN the step is done, and the note is in the audit log
    tour = load_first_steps(office_db, admin)
    assert tour.step("deadlines").done and tour.step("deadlines").status == "已核对"
    with office_db.uow(readonly=True) as uow:
        records = uow.session.execute(select(AuditEntry.record_id).where(
            AuditEntry.table_name == "app_settings")).scalars().all()
    assert records == ["first_steps.deadlines_reviewed"]
    # AND opening it again writes nothing more
    first_steps.step_opened(office_db, admin, "deadlines")
    with office_db.uow(readonly=True) as uow:
        assert len(uow.session.execute(select(AuditEntry.id).where(
            AuditEntry.table_name == "app_settings")).all()) == 1
    # AND opening a step done by doing (users) notes nothing
    first_steps.step_opened(office_db, admin, "users")
    assert not done(office_db, admin)["users"]


def test_checking_the_office_by_hand_and_a_step_that_cannot_be_ticked(office_db,
                                                                     admin) -> None:
    # WHEN the administrator clicks 已核对 on the office step
    first_steps.confirm_step(office_db, admin, StepKey.OFFICE)
    # THEN it is done
    assert done(office_db, admin)["office"] is True
    # AND the users step cannot be ticked off without adding a user
    with pytest.raises(ValidationError, match="需实际完成"):
        first_steps.confirm_step(office_db, admin, StepKey.USERS)


def test_hiding_the_tour_is_remembered_and_can_be_undone(office_db, admin) -> None:
    # WHEN the administrator clicks 不再显示
    first_steps.set_first_steps_hidden(office_db, admin, True)
    # THEN the tour is hidden for this database, for every later read
    assert load_first_steps(office_db, admin).hidden
    assert not load_first_steps(office_db, admin).shown
    # WHEN it is brought back
    first_steps.set_first_steps_hidden(office_db, admin, False)
    assert load_first_steps(office_db, admin).shown


def test_a_clerk_is_not_offered_the_tour_and_cannot_hide_it(office_db, admin) -> None:
    # GIVEN a clerk
    add_user(office_db, admin, username="li", display_name="李经办", role="clerk",
             password=CLERK_PASSWORD)
    clerk = authenticate(office_db, "li", CLERK_PASSWORD)
    # THEN the tour is not for him, and the steps that need an administrator are not his
    tour = load_first_steps(office_db, clerk)
    assert not tour.available and not tour.shown
    assert not tour.step("users").allowed and not tour.step("office").allowed
    # AND he cannot change what the tour remembers
    with pytest.raises(PermissionDenied):
        first_steps.set_first_steps_hidden(office_db, clerk, True)
    # AND opening a step notes nothing for him
    first_steps.step_opened(office_db, clerk, "deadlines")
    assert not done(office_db, admin)["deadlines"]


def test_the_tour_flags_are_not_listed_among_the_settings(office_db) -> None:
    # WHEN the settings are listed (settings page, command line)
    keys = {info.key for info in list_settings(office_db)}
    # THEN the tour's own flags are not among them, but can still be read
    assert not any(key.startswith("first_steps.") for key in keys)
    assert "first_steps.hidden" in {info.key for info in list_settings(office_db, True)}
