"""Alembic migrations of the jianguan-desktop schema."""
