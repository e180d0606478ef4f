"""``jianguan draw list|verify``: the draw records listed (text and JSON) and one re-run from its
record — exit 0 when it matches, 1 when it was changed, 2 for an unknown number."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import update

from jianguan_desktop.db.inspections import InspectionDraw
from jianguan_desktop.services import inspection_plans as plans
from tests.inspection_fixtures import YEAR, approved_batch, build_directory
from tests.integration import test_cli

run = test_cli.run  # ``jianguan --db <test database> ...`` in-process
one_chinese_line = test_cli._one_chinese_line


@pytest.fixture
def drawn(office_db, admin):
    """A batch of 24 projects drawn with the seed 472913 on 2 March 2026."""
    directory = build_directory(office_db, admin)
    batch = approved_batch(office_db, admin, directory)
    day = date(YEAR, 3, 2)
    return plans.run_draw(office_db, admin, batch.id, {"seed": "472913", "drawn_on": day},
                          today=day)


def test_draw_list_shows_each_draw_with_its_seed_and_hash(run, drawn):
    code, out, _err = run("draw", "list")
    assert code == 0
    assert drawn.number in out and "472913" in out and drawn.pool_hash[:16] in out
    code, out, _err = run("draw", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and listed[0]["number"] == drawn.number
    assert listed[0]["pool_hash"] == drawn.pool_hash and listed[0]["drawn_count"] == 8


def test_draw_verify_exits_0_when_the_record_re_runs_and_1_when_it_was_changed(
        run, drawn, office_db):
    code, out, _err = run("draw", "verify", drawn.number)
    assert code == 0 and drawn.number in out
    with office_db.engine.begin() as connection:
        connection.execute(update(InspectionDraw.__table__).values(seed="999999"))
    code, _out, err = run("draw", "verify", drawn.number)
    assert code == 1 and "种子" in err
    code, out, _err = run("draw", "verify", drawn.number, "--json")
    assert code == 1 and json.loads(out)["matches"] is False


def test_draw_verify_of_an_unknown_number_says_so_in_one_line(run, drawn):
    code, _out, err = run("draw", "verify", "抽取〔2026〕99号")
    assert code == 2
    one_chinese_line(err)
