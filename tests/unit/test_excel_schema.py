"""Import specs: headers match however clerks space or mark them, notes say what a column takes."""

from __future__ import annotations

import pytest

from jianguan_desktop.io.excel.reader import header_key
from jianguan_desktop.io.excel.schema import ImportColumn, ImportSpec, column_note
from jianguan_desktop.io.excel.validate import RowValidator
from tests.excel_helpers import fixture_import_spec


@pytest.mark.parametrize("typed", ["标题", " 标 题 ", "\u3000标题", "*标题", "标题*", "＊标题",
                                   "标题（必填）", "标题(必填)", "标题 （必填）"])
def test_headers_match_whatever_the_spaces_and_required_marks(typed: str) -> None:
    assert header_key(typed) == header_key("标题")


def test_a_unit_in_brackets_is_part_of_the_header() -> None:
    # a column in 万元 must never be taken for one in 元
    assert header_key("金额（万元）") != header_key("金额（元）")


def test_notes_say_required_or_not_what_the_column_takes_and_an_example() -> None:
    spec = fixture_import_spec()
    assert column_note(spec.column("title")) == (
        "【必填】文字，不超过 200 个字。\n例：城关镇道路硬化工程")
    assert column_note(spec.column("amount")) == "【选填】数字，最多 2 位小数。"


def test_a_spec_refuses_unknown_kinds_duplicate_keys_and_unknown_unique_columns() -> None:
    title = ImportColumn("title", lambda: "标题")
    with pytest.raises(ValueError):
        ImportColumn("x", lambda: "某列", "number")
    with pytest.raises(ValueError):
        ImportColumn("x", lambda: "某列", "choice")
    with pytest.raises(ValueError):
        ImportSpec("s", lambda: "某表", (title, title), write=lambda *_: 0)
    with pytest.raises(ValueError):
        ImportSpec("s", lambda: "某表", (title,), write=lambda *_: 0, unique=("code",))


def test_a_row_with_a_duplicate_code_is_refused_after_the_first() -> None:
    spec = fixture_import_spec()
    validate = RowValidator(spec, spec.columns)
    first = validate(2, ("甲", "工程", 1, "2026.3.5", "000001"))
    second = validate(3, ("乙", "工程", 1, "2026.3.5", 1))
    assert first is not None and second is None
    [issue] = validate.issues
    assert (issue.row, issue.column, issue.value) == (3, "项目编号", "000001")


def test_columns_missing_from_the_sheet_come_out_empty() -> None:
    spec = fixture_import_spec()
    validate = RowValidator(spec, [spec.column("title")])
    clean = validate(2, ("甲",))
    assert clean is not None
    assert validate.as_dict(clean) == {"title": "甲", "category": None, "amount": None,
                                       "signed_on": None, "code": None}
