"""Errors a clerk may see: each carries a message in the user's language.

Services raise these; the window shows ``str(error)`` next to the field named by
``error.field`` (when there is one) and the command line prints it on one line.
"""

from __future__ import annotations


class UserError(Exception):
    """An error caused by input or state the user can fix; ``str()`` is translated."""

    exit_code = 2

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError):
    """One or more fields are wrong; ``fields`` maps field names to messages."""

    def __init__(self, message: str, field: str | None = None,
                 fields: dict[str, str] | None = None) -> None:
        super().__init__(message, field)
        self.fields = dict(fields or ({field: message} if field else {}))


class NotFoundError(UserError):
    """The record asked for does not exist (or was deleted)."""


class ConflictError(UserError):
    """A stale edit or a duplicate: nothing was overwritten."""


class PermissionDenied(UserError):
    """The acting user's role may not do this."""

    exit_code = 3


class NotOwnerError(PermissionDenied):
    """A record of another office: only the office that owns it changes it (the city
    annotates county records; it does not rewrite them)."""


class AuthenticationError(UserError):
    """Wrong user name or password, a disabled or locked account."""

    exit_code = 3


class DatabaseError(UserError):
    """The database file cannot be used: not a database, too new, read-only, full."""

    exit_code = 4
