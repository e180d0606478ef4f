"""Demonstration credit lists: every status of the life cycle, the city's lists, grades, checks."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from jianguan_desktop.db.credit import CreditCheck, CreditEntry, CreditGrade
from jianguan_desktop.domain import credit_lists as rules
from jianguan_desktop.services import credit_demo, credit_lists, entity_demo
from jianguan_desktop.services.audit import check_chain
from jianguan_desktop.services.demo import fill_demo


def stored(db) -> list[CreditEntry]:
    """Every entry row, detached with its values loaded."""
    with db.uow(readonly=True) as uow:
        rows = list(uow.session.execute(select(CreditEntry)).scalars())
        uow.session.expunge_all()
    return rows


def count(db, model) -> int:
    with db.uow(readonly=True) as uow:
        return int(uow.session.execute(select(func.count()).select_from(model)).scalar_one())


def test_the_small_demo_shows_every_step_of_the_life_cycle(office_db, admin) -> None:
    # GIVEN the demonstration entities of 滑县
    entity_demo.fill_entities(office_db, admin, "small", None)
    # WHEN the credit demonstration runs
    made = credit_demo.fill_credit(office_db, admin, "small", None)
    # THEN there are about a dozen entries on all three lists, in every status
    rows = stored(office_db)
    assert len(rows) == made and 12 <= made <= 16
    assert {row.list_kind for row in rows} == {"black", "red", "watch"}
    assert {row.status for row in rows} == {status.value for status in rules.Status}
    # AND the notified entry has the party's objection and the office's answer
    notified = next(row for row in rows if row.status == "notified")
    [objection] = credit_lists.get_entry(office_db, admin, notified.id).objections
    assert objection.text and objection.answer and objection.answered_on is not None
    # AND every listing names its basis, department and sanctions
    decided = [row for row in rows if row.decided_on is not None]
    assert decided and all(row.basis and row.department and row.sanctions for row in decided)
    # AND two entries came down from the city, about no entity of this office's register
    city = [row for row in rows if row.office_code == credit_demo.CITY_OFFICE]
    assert len(city) == 2 and all(row.entity_id is None for row in city)
    # AND most entities have a credit grade, and two credit checks were saved
    assert count(office_db, CreditGrade) >= 20
    assert count(office_db, CreditCheck) == 2
    # AND running it again adds nothing
    assert credit_demo.fill_credit(office_db, admin, "small", None) == 0
    assert check_chain(office_db).intact


def test_the_credit_demo_needs_the_entity_demo_and_runs_after_it(office_db, admin) -> None:
    # GIVEN an empty entity register THEN the credit demonstration has nothing to list
    assert credit_demo.fill_credit(office_db, admin, "small", None) == 0
    assert stored(office_db) == []
    # WHEN the whole demonstration runs THEN the entities come first, then their lists
    result = fill_demo(office_db, admin)
    assert result.counts["entities"] > 0 and result.counts["credit_entries"] > 0


def test_the_large_demo_writes_entries_the_rules_allow_in_bulk(office_db, admin) -> None:
    # GIVEN entities written in bulk as the large demonstration writes them
    entity_demo.fill_large_entities(office_db, admin, None, count=5_000)
    # WHEN the large credit demonstration runs
    made = credit_demo.fill_large_credit(office_db, admin, None)
    # THEN there is one entry per fifty entities and a grade per five
    rows = stored(office_db)
    assert made == len(rows) == 5_000 // credit_demo.ENTITIES_PER_ENTRY
    assert count(office_db, CreditGrade) == 5_000 // credit_demo.ENTITIES_PER_GRADE
    # AND each entry's dates are those the rules give for its status, with its own number
    today = date.today()
    rules_now = credit_lists.publication_rules(office_db)
    assert len({row.number for row in rows}) == len(rows)
    assert len({row.status for row in rows}) >= 5
    for row in rows:
        entry = credit_lists.domain_entry(row)
        if row.decided_on is not None:
            rules.check_period(entry.kind, entry.severity, row.decided_on, row.start_on,
                               row.end_on, rules_now)
            assert row.basis
        if row.status == "expired":
            assert row.expired_on == rules.leaves_list_on(entry)
        if row.status in ("expired", "removed"):
            assert row.end_on < today and not rules.is_active(entry, today)
        if row.status == "listed":
            assert rules.is_active(entry, today)
    # AND the active list is exactly the entries the rules call active today
    with office_db.uow(readonly=True) as uow:
        listed_now = {row.id for row in credit_lists.active_entries(uow.session, today)}
    assert listed_now == {row.id for row in rows
                                              if rules.is_active(credit_lists.domain_entry(row),
                                                                 today)}
    assert check_chain(office_db).intact
