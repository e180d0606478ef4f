"""jianguan-desktop: supervision registers for public-resource trading (公共资源交易监管台账).

The package is layered: domain (pure rules), db (SQLAlchemy), services (use cases),
io (PDF, Excel, sync), and ui (PySide6) on top. Only ``ui`` imports Qt.
"""

__version__ = "0.1.0"
APP_NAME = "jianguan-desktop"
APP_AUTHOR = "jianguan"
