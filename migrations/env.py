"""Alembic environment: run every pending revision on the program's connection, in one transaction.

The program (``jianguan_desktop.db.migrate``) hands over an open connection already inside
a transaction in ``config.attributes["connection"]`` and commits or rolls back itself;
from the command line (developers only) ``-x db=PATH`` or ``JIANGUAN_DB`` names the database.
"""

from __future__ import annotations

import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy.engine import Connection

from jianguan_desktop.config import resolve_db_url
from jianguan_desktop.db.migrate import context_options, migration_transaction

config = context.config


def _command_line_url() -> str:
    value = context.get_x_argument(as_dictionary=True).get("db") or os.environ.get("JIANGUAN_DB")
    if not value:
        raise SystemExit("Name the database: alembic -x db=PATH ... (or set JIANGUAN_DB).")
    return resolve_db_url(value)


def _run(connection: Connection) -> None:
    context.configure(connection=connection, **context_options(connection.dialect.name))
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    """Write the SQL instead of running it (``alembic upgrade head --sql``)."""
    url = _command_line_url()
    context.configure(url=url, literal_binds=True, dialect_opts={"paramstyle": "named"},
                      **context_options(url.split(":", 1)[0].split("+", 1)[0]))
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run on the program's connection, or open the database named on the command line."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from jianguan_desktop.db.engine import open_database

    if config.config_file_name:  # the developer's alembic.ini: show what runs
        fileConfig(config.config_file_name, disable_existing_loggers=False)
    db = open_database(_command_line_url())
    try:
        with migration_transaction(db) as own_connection:
            _run(own_connection)
    finally:
        db.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
