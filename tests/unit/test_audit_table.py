"""The audit log's words: field names and values of a change put as a clerk reads them.

Pure formatting of logged JSON; no database.
"""

from __future__ import annotations

from datetime import UTC, datetime

from jianguan_desktop.domain.roles import role_label
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.audit_table import (
    AUDIT_TABLE,
    IsoTimestamp,
    change_text,
    field_label,
    summarise_changes,
    value_text,
)


def test_a_change_of_role_reads_in_words() -> None:
    # GIVEN a logged change of a user's role and of his active flag
    logged = '{"active":[true,false],"role":["clerk","head"]}'
    # WHEN it is summarised for the audit list
    text = summarise_changes(logged, "users")
    # THEN field names and values are in words, fields in a fixed order
    assert text == "{active}：{yes} → {no}；{role}：{clerk} → {head}".format(
        active=tr("Active"), yes=tr("Yes"), no=tr("No"), role=tr("Role"),
        clerk=role_label("clerk"), head=role_label("head"))


def test_new_values_secrets_and_unknown_fields() -> None:
    # GIVEN a new record, a redacted password and a field nobody named
    # THEN a new value is shown alone, a secret is not shown, an unnamed field keeps its name
    assert change_text("users", "display_name", [None, "李经办"]) == "李经办"
    assert value_text("users", "password_hash", "***") == tr("(not shown)")
    assert value_text("users", "display_name", None) == tr("(empty)")
    assert field_label("a_future_register", "channel") == "channel"
    assert field_label("users", "display_name") == tr("Full name")


def test_logged_times_are_shown_in_local_time() -> None:
    # GIVEN a lock time logged in UTC
    moment = datetime(2026, 3, 1, 6, 30, tzinfo=UTC)
    # WHEN it is shown
    # THEN it is this computer's local time
    assert value_text("users", "locked_until", moment.isoformat()) == \
        moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def test_timestamps_compare_and_read_back_as_aware_datetimes() -> None:
    # GIVEN the audit log's ISO text timestamps
    kind = IsoTimestamp()
    moment = datetime(2026, 3, 1, 6, 30, 0, 123456, tzinfo=UTC)
    stored = moment.isoformat(timespec="microseconds")
    # WHEN a datetime is bound for a filter and a stored value is read
    # THEN both sides use the stored text form, and the reading is aware
    assert kind.process_bind_param(moment, None) == stored  # type: ignore[arg-type]
    assert kind.process_result_value(stored, None) == moment  # type: ignore[arg-type]
    assert AUDIT_TABLE.default_sort == (("id", "desc"),)
