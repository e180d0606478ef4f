"""Indexes for the statistics: the complaints by the day received, accepted and closed, and
the credit entries by the day their publication starts, so counting a month or a year reads
only that period's rows.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 05:45:00

Indexes only: no row is touched, and a sync package of revision 0013 imports unchanged. The
drift test (tests/integration/test_migrations.py) checks this matches the models.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0014'
down_revision: str | Sequence[str] | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_complaints_received_on", "complaints", "received_on"),
    ("ix_complaints_accepted_on", "complaints", "accepted_on"),
    ("ix_complaints_archived_on", "complaints", "archived_on"),
    ("ix_credit_entries_start_on", "credit_entries", "start_on"),
)


def upgrade() -> None:
    """Upgrade the schema."""
    for name, table, column in INDEXES:
        op.create_index(name, table, [column], unique=False)


def downgrade() -> None:
    """Downgrade the schema."""
    for name, table, _column in reversed(INDEXES):
        op.drop_index(name, table_name=table)
