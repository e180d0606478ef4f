"""The window: PySide6 dialogs, pages and the main window on top of the services.

Only this package imports Qt; everything it shows comes from services as plain data.
"""
