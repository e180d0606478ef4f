"""Fixtures the integration tests of the entity and credit registers share."""

from __future__ import annotations

import pytest

from tests.credit_fixtures import make_clerk, register_huaxin


@pytest.fixture
def huaxin(office_db, admin):
    """滑县华信建筑工程有限公司 (91350100M000100Y43), a bidder in the entity register."""
    return register_huaxin(office_db, admin)


@pytest.fixture
def clerk(office_db, admin):
    """张敏, a clerk (经办人), logged in."""
    return make_clerk(office_db, admin)
