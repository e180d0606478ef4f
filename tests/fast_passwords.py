"""A cheap scrypt cost for tests that make many users and logins (the program keeps its own).

Import ``fast_passwords`` into a test module (it is an autouse fixture) to use it there.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from jianguan_desktop.domain import passwords

TEST_COST = passwords.ScryptCost(n=2**8, r=8, p=1)


@pytest.fixture(autouse=True)
def fast_passwords(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """New password hashes in this test use a low cost (old ones verify as before)."""
    monkeypatch.setattr(passwords, "default_cost", TEST_COST)
    yield
