"""The page registry: pages add themselves with :func:`register_page`; the main window lists them.

Built-in pages (home, user management, audit log) and every module of
``jianguan_desktop.ui.registers`` register on import; :func:`load_pages` imports them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from jianguan_desktop.db.engine import Database


@dataclass(frozen=True)
class AppContext:
    """What a page needs: the open database, who is logged in, and the office."""

    database: Database
    actor: Actor
    office: Any = None  # services.setup.OfficeInfo (code, name, mode, mode_label)
    show_page: Callable[[str], bool] = field(default=lambda _key: False, compare=False)
    # a page's widget once it has been made (e.g. to scroll the settings page to a group)
    page_widget: Callable[[str], QWidget | None] = field(default=lambda _key: None,
                                                        compare=False)


@dataclass(frozen=True)
class PageInfo:
    """One page of the main window.

    ``title`` and ``group`` are functions so that they are translated when shown;
    ``permission`` hides the page from users without it (the services still check);
    ``available``, when given, hides the page unless it says yes for this window's context
    (e.g. a page only the city office has); pages are ordered by ``order`` and groups by
    their first page's order.
    """

    key: str
    title: Callable[[], str]
    group: Callable[[], str]
    factory: Callable[[AppContext], QWidget]
    permission: Permission | None = None
    order: int = 500
    available: Callable[[AppContext], bool] | None = None


_PAGES: dict[str, PageInfo] = {}


def register_page(info: PageInfo) -> PageInfo:
    """Add (or replace, on re-import) a page under its key."""
    _PAGES[info.key] = info
    return info


def unregister_page(key: str) -> None:
    """Remove a page (tests)."""
    _PAGES.pop(key, None)


def get_page(key: str) -> PageInfo | None:
    """The page registered under ``key``."""
    return _PAGES.get(key)


def all_pages() -> list[PageInfo]:
    """Every registered page in display order."""
    return sorted(_PAGES.values(), key=lambda page: (page.order, page.key))


def pages_for(actor: Actor, context: AppContext | None = None) -> list[PageInfo]:
    """The pages this user may open, in display order; a page with ``available`` only when
    ``context`` is given and the page is available in it."""
    return [page for page in all_pages()
            if (page.permission is None or actor.can(page.permission))
            and (page.available is None or (context is not None and page.available(context)))]


def grouped(pages: list[PageInfo]) -> list[tuple[str, list[PageInfo]]]:
    """Pages by group title; a group without pages does not appear."""
    groups: dict[str, list[PageInfo]] = {}
    for page in pages:
        groups.setdefault(page.group(), []).append(page)
    return sorted(groups.items(), key=lambda item: min(page.order for page in item[1]))


def load_pages() -> None:
    """Import the built-in pages and every register module, so that they register."""
    # the built-in pages, imported by name so that a frozen build sees them
    from jianguan_desktop.ui import (  # noqa: F401
        audit_page,
        home,
        registers,
        settings_page,
        users_page,
    )

    registers.load_all()


def group_home() -> str:
    """Group of the home page."""
    return tr("Home")


def group_registers() -> str:
    """Group of the registers."""
    return tr("Registers")


def group_system() -> str:
    """Group of user management, audit log and settings."""
    return tr("System administration")
