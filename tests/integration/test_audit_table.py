"""The audit log view on a real database: newest first, searchable, only for those who may see it.

Runs the ``audit`` table spec through the same query functions as every register view.
"""

from __future__ import annotations

import pytest

from jianguan_desktop.errors import PermissionDenied
from jianguan_desktop.services import users
from jianguan_desktop.services.audit_table import AUDIT_TABLE
from jianguan_desktop.services.auth import authenticate
from jianguan_desktop.services.tables import TableQuery, count_rows, fetch_rows


def test_the_view_is_newest_first_and_finds_a_name_in_the_changes(office_db: object,
                                                                  admin: object) -> None:
    # GIVEN an office where the administrator added the clerk 李经办
    users.add_user(office_db, admin, username="li", display_name="李经办", role="clerk",
                   password="Clerk#2026x")
    # WHEN the audit view is read, and searched for the clerk's name
    rows = fetch_rows(office_db, admin, AUDIT_TABLE, TableQuery(), 0, 100)
    found = fetch_rows(office_db, admin, AUDIT_TABLE, TableQuery(search="李经办"), 0, 100)
    # THEN the newest entry comes first, and the search finds exactly the clerk's creation
    assert [row["id"] for row in rows] == sorted((row["id"] for row in rows), reverse=True)
    assert [(row["action"], row["table_name"]) for row in found] == [("create", "users")]
    assert "李经办" in found[0]["changes"]
    assert count_rows(office_db, admin, AUDIT_TABLE, TableQuery(search="李经办")) == 1


def test_a_clerk_may_not_read_the_audit_view(office_db: object, admin: object) -> None:
    # GIVEN a clerk, logged in
    users.add_user(office_db, admin, username="li", display_name="李经办", role="clerk",
                   password="Clerk#2026x")
    clerk = authenticate(office_db, "li", "Clerk#2026x")
    # WHEN he reads the audit view  THEN the service refuses
    with pytest.raises(PermissionDenied):
        fetch_rows(office_db, clerk, AUDIT_TABLE, TableQuery(), 0, 10)
