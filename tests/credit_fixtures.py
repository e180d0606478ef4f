"""What the entity and credit tests share: 华信 (a registered bidder), a clerk, a filled template.

The fixtures ``huaxin`` and ``clerk`` (tests/integration/conftest.py) call the functions here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from jianguan_desktop.io.excel.template import FIRST_DATA_ROW

HUAXIN = "91350100M000100Y43"  # 统一社会信用代码 of 滑县华信建筑工程有限公司
CLERK_PASSWORD = "Zhang#Min2026"


def register_huaxin(office_db, admin):
    """Register 滑县华信建筑工程有限公司, a bidder; return its EntityInfo."""
    from jianguan_desktop.services import entities

    return entities.create_entity(office_db, admin, {"kind": "bidder", "code": HUAXIN,
                                                     "name": "滑县华信建筑工程有限公司"})


def make_clerk(office_db, admin):
    """Add 张敏, a clerk (经办人), and log her in."""
    from jianguan_desktop.services.auth import authenticate
    from jianguan_desktop.services.users import add_user

    add_user(office_db, admin, username="zhangmin", display_name="张敏", role="clerk",
             password=CLERK_PASSWORD)
    return authenticate(office_db, "zhangmin", CLERK_PASSWORD)


def fill_template(path: Path, rows: Sequence[Sequence[Any]]) -> list[Any]:
    """Type ``rows`` into a saved import template under its notes row, as a clerk would;
    return the template's headers."""
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    for offset, row in enumerate(rows):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=FIRST_DATA_ROW + offset, column=column, value=value)
    workbook.save(path)
    return [cell.value for cell in sheet[1]]
