"""Use cases: one module per task or register; permission checks, validation and audit.

Services take a :class:`~jianguan_desktop.db.engine.Database` and an actor, run one unit of
work per user action and return plain data (dataclasses), never ORM objects; no Qt here.
"""
