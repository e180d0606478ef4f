"""Liaison directory and joint meetings: member units, their duties, the posts' holders over
time, meetings, decisions and follow-up tasks.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 10:00:00

Written after autogenerate (see jianguan_desktop/db/liaison.py for what each column means);
the drift test (tests/integration/test_migrations.py) checks it matches the models. Every
revision of one upgrade runs in one transaction (see migrations/env.py): a failure anywhere
leaves the database exactly as it was. Never drop user data here.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jianguan_desktop.db.migration_parts import travelling_columns, travelling_indexes

# revision identifiers, used by Alembic.
revision: str = '0012'
down_revision: str | Sequence[str] | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade the schema."""
    op.create_table(
        'member_units',
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('short_name', sa.String(length=50), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('convener', sa.Boolean(), nullable=False),
        sa.Column('address', sa.String(length=200), nullable=False),
        sa.Column('duty_phone', sa.String(length=50), nullable=False),
        sa.Column('fax', sa.String(length=50), nullable=False),
        sa.Column('email', sa.String(length=200), nullable=False),
        sa.Column('sort_order', sa.Integer(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('remarks', sa.String(length=1000), nullable=False),
        *travelling_columns('member_units'),
    )
    travelling_indexes('member_units', live=('name', 'sort_order', 'updated_at'))

    op.create_table(
        'unit_duties',
        sa.Column('unit_id', sa.String(length=36), nullable=False),
        sa.Column('matter', sa.String(length=1000), nullable=False),
        sa.Column('basis', sa.String(length=1000), nullable=False),
        sa.Column('department', sa.String(length=200), nullable=False),
        *travelling_columns('unit_duties'),
    )
    travelling_indexes('unit_duties', indexed=('change_seq', 'office_code', 'unit_id'))

    op.create_table(
        'liaison_assignments',
        sa.Column('unit_id', sa.String(length=36), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('name', sa.String(length=50), nullable=False),
        sa.Column('post', sa.String(length=200), nullable=False),
        sa.Column('office_phone', sa.String(length=50), nullable=False),
        sa.Column('mobile', sa.String(length=50), nullable=False),
        sa.Column('email', sa.String(length=200), nullable=False),
        sa.Column('vacant', sa.Boolean(), nullable=False),
        sa.Column('decided_on', sa.Date(), nullable=False),
        sa.Column('report_due', sa.Date(), nullable=True),
        sa.Column('reported_on', sa.Date(), nullable=True),
        sa.Column('ended_on', sa.Date(), nullable=True),
        sa.Column('remarks', sa.String(length=1000), nullable=False),
        *travelling_columns('liaison_assignments'),
    )
    travelling_indexes('liaison_assignments', indexed=('change_seq', 'office_code', 'unit_id'),
                       live=('decided_on', 'updated_at'))

    op.create_table(
        'joint_meetings',
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('planned_on', sa.Date(), nullable=True),
        sa.Column('held_on', sa.Date(), nullable=True),
        sa.Column('place', sa.String(length=200), nullable=False),
        sa.Column('convened_by', sa.String(length=36), nullable=True),
        sa.Column('presided_by', sa.String(length=50), nullable=False),
        sa.Column('attendees', sa.Text(), nullable=False),
        sa.Column('agenda', sa.Text(), nullable=False),
        sa.Column('minutes', sa.Text(), nullable=False),
        sa.Column('notice_number', sa.String(length=60), nullable=False),
        sa.Column('minutes_number', sa.String(length=60), nullable=False),
        *travelling_columns('joint_meetings'),
    )
    travelling_indexes('joint_meetings', live=('held_on', 'updated_at'))

    op.create_table(
        'meeting_decisions',
        sa.Column('meeting_id', sa.String(length=36), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('text', sa.String(length=1000), nullable=False),
        *travelling_columns('meeting_decisions'),
    )
    travelling_indexes('meeting_decisions', indexed=('change_seq', 'meeting_id', 'office_code'))

    op.create_table(
        'follow_up_tasks',
        sa.Column('meeting_id', sa.String(length=36), nullable=False),
        sa.Column('decision_id', sa.String(length=36), nullable=False),
        sa.Column('text', sa.String(length=1000), nullable=False),
        sa.Column('owner_unit_id', sa.String(length=36), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('done_on', sa.Date(), nullable=True),
        sa.Column('outcome', sa.String(length=1000), nullable=False),
        sa.Column('reminder_number', sa.String(length=60), nullable=False),
        *travelling_columns('follow_up_tasks'),
    )
    travelling_indexes('follow_up_tasks', indexed=('change_seq', 'decision_id', 'meeting_id',
                                                   'office_code', 'owner_unit_id'),
                       live=('due_on', 'updated_at'))


def downgrade() -> None:
    """Downgrade the schema (drops only the tables this revision made)."""
    for table in ('follow_up_tasks', 'meeting_decisions', 'joint_meetings',
                  'liaison_assignments', 'unit_duties', 'member_units'):
        op.drop_table(table)
