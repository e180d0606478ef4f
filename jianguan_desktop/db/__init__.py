"""Database layer: SQLAlchemy 2.0 models, engine bootstrap, unit of work and migrations.

Nothing here imports Qt. Engines are made by :func:`jianguan_desktop.db.engine.open_database`,
never at import time.
"""
