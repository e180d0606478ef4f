"""The registers' service modules, imported by name so that what they register is known.

Each module registers on import its view, forms, demonstration data and settings;
:func:`load_registers` imports them all (by name, so that a frozen build finds them too).
The import engine and the registers' imports (``services/*_import.py``) load only when
asked for (``imports=True``), so that openpyxl loads only then. Add each new module here.
"""

from __future__ import annotations

import importlib

REGISTER_MODULES: tuple[str, ...] = (
    "jianguan_desktop.services.form_settings",
    "jianguan_desktop.services.forms",
    "jianguan_desktop.services.notices",
    "jianguan_desktop.services.notice_demo",
    "jianguan_desktop.services.entities",
    "jianguan_desktop.services.entity_demo",
    "jianguan_desktop.services.credit_lists",
    "jianguan_desktop.services.credit_grades",
    "jianguan_desktop.services.credit_demo",
    "jianguan_desktop.services.credit_check",
    "jianguan_desktop.services.credit_forms",
    "jianguan_desktop.services.calendar",
    "jianguan_desktop.services.attachments",
    "jianguan_desktop.services.sync",
    "jianguan_desktop.services.sync_forms",
    "jianguan_desktop.services.complaints",
    "jianguan_desktop.services.complaint_demo",
    "jianguan_desktop.services.transfers",
    "jianguan_desktop.services.transfer_forms",
    "jianguan_desktop.services.complaint_forms",
    "jianguan_desktop.services.inspections",
    "jianguan_desktop.services.inspection_directory",
    "jianguan_desktop.services.inspection_plans",
    "jianguan_desktop.services.inspection_results",
    "jianguan_desktop.services.inspection_forms",
    "jianguan_desktop.services.inspection_demo",
    "jianguan_desktop.services.liaison",
    "jianguan_desktop.services.meetings",
    "jianguan_desktop.services.liaison_demo",
    "jianguan_desktop.services.liaison_forms",
    "jianguan_desktop.services.annual_report",
    "jianguan_desktop.services.warnings",
)


IMPORT_MODULES: tuple[str, ...] = (
    "jianguan_desktop.services.imports",
    "jianguan_desktop.services.notice_import",
    "jianguan_desktop.services.entity_import",
    "jianguan_desktop.services.credit_import",
    "jianguan_desktop.services.calendar_import",
    "jianguan_desktop.services.inspection_import",
    "jianguan_desktop.services.liaison_import",
)


def load_registers(*, imports: bool = False) -> list[str]:
    """Import every register's service modules (and with ``imports`` their Excel imports);
    return their names."""
    names = REGISTER_MODULES + (IMPORT_MODULES if imports else ())
    for name in names:
        importlib.import_module(name)
    return list(names)
