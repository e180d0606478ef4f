"""Credentials: user-name rules, password strength and scrypt password hashes.

Hashes are stored as ``scrypt$n$r$p$salt_b64$hash_b64`` so that a later change of cost
still verifies old hashes; comparison is constant-time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from jianguan_desktop.i18n import tr


@dataclass(frozen=True)
class ScryptCost:
    """scrypt's cost parameters: CPU/memory ``n`` (a power of two), block size ``r``,
    parallelism ``p``."""

    n: int = 2**15
    r: int = 8
    p: int = 1


PROGRAM_COST = ScryptCost()
# The cost new hashes get. Only tests lower it (to keep them fast); the program never does.
default_cost: ScryptCost = PROGRAM_COST

SALT_BYTES = 16
HASH_BYTES = 32
MIN_LENGTH = 8
MIN_CLASSES = 3
USERNAME_MIN = 2
USERNAME_MAX = 30

# Passwords that appear at the top of every leaked-password list (and a few local ones).
COMMON_PASSWORDS = frozenset({
    "123456", "1234567", "12345678", "123456789", "1234567890", "123123", "111111",
    "11111111", "000000", "00000000", "88888888", "66666666", "666666", "888888",
    "654321", "987654321", "112233", "121212", "147258369", "5201314", "1314520",
    "password", "password1", "password123", "passw0rd", "p@ssw0rd", "p@ssword",
    "admin", "admin123", "admin@123", "admin888", "administrator", "root", "root123",
    "qwerty", "qwerty123", "qwer1234", "1qaz2wsx", "1qaz@wsx", "qazwsx", "abc123",
    "abc12345", "abcd1234", "a123456", "a1234567", "aa123456", "iloveyou", "welcome",
    "welcome1", "letmein", "test123", "test1234", "zxcvbnm", "asdfghjkl",
})

_USERNAME = re.compile(r"^[A-Za-z0-9_\u3400-\u4dbf\u4e00-\u9fff]+$")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _maxmem(cost: ScryptCost) -> int:
    """Memory scrypt may use: its need (128·r·n·p plus the block) with room to spare."""
    return 2 * 128 * cost.r * (cost.n + cost.p + 2) + 1024 * 1024


def _derive(password: str, salt: bytes, cost: ScryptCost) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=cost.n, r=cost.r, p=cost.p,
                          maxmem=_maxmem(cost), dklen=HASH_BYTES)


def hash_password(password: str, cost: ScryptCost | None = None) -> str:
    """A new salted scrypt hash of ``password`` in the stored text form."""
    cost = cost or default_cost
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _derive(password, salt, cost)
    return f"scrypt${cost.n}${cost.r}${cost.p}${_b64(salt)}${_b64(digest)}"


def _parse(stored: str) -> tuple[ScryptCost, bytes, bytes] | None:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return None
    try:
        cost = ScryptCost(int(parts[1]), int(parts[2]), int(parts[3]))
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except ValueError:
        return None
    if cost.n < 2 or cost.n & (cost.n - 1) or cost.r < 1 or cost.p < 1 or not digest:
        return None
    return cost, salt, digest


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches the stored hash (a malformed hash matches nothing)."""
    parsed = _parse(stored)
    if parsed is None:
        return False
    cost, salt, digest = parsed
    candidate = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=cost.n, r=cost.r,
                               p=cost.p, maxmem=_maxmem(cost), dklen=len(digest))
    return hmac.compare_digest(candidate, digest)


def needs_rehash(stored: str) -> bool:
    """Whether a stored hash was made with other parameters than new hashes get."""
    parsed = _parse(stored)
    return parsed is None or parsed[0] != default_cost


def dummy_verify(password: str) -> None:
    """Spend the time of a real check, so that an unknown user name answers as slowly."""
    verify_password(password, _dummy_hash(default_cost))


_DUMMY: dict[ScryptCost, str] = {}


def _dummy_hash(cost: ScryptCost) -> str:
    if cost not in _DUMMY:
        _DUMMY[cost] = hash_password(secrets.token_hex(8), cost)
    return _DUMMY[cost]


def character_classes(password: str) -> int:
    """How many of lower-case letters, upper-case letters, digits and symbols occur."""
    has_lower = any(ch.islower() for ch in password)
    has_upper = any(ch.isupper() for ch in password)
    has_digit = any(ch.isdigit() for ch in password)
    has_symbol = any(not ch.isalnum() and not ch.isspace() for ch in password)
    return sum((has_lower, has_upper, has_digit, has_symbol))


def check_password_strength(password: str, username: str = "") -> str | None:
    """Why ``password`` is too weak for ``username`` (translated), or ``None`` if it will do."""
    if not password:
        return tr("Enter a password.")
    lowered = password.lower()
    if lowered in COMMON_PASSWORDS:
        return tr("This password is one of the most common passwords; choose another.")
    if len(password) < MIN_LENGTH:
        return tr("The password must have at least {count} characters.").format(
            count=MIN_LENGTH)
    name = username.strip().lower()
    if name and (lowered == name or name in lowered):
        return tr("The password must not contain the user name.")
    if character_classes(password) < MIN_CLASSES:
        return tr("The password must mix at least three of: lower-case letters, upper-case "
                  "letters, digits and symbols.")
    return None


def check_username(username: str) -> str | None:
    """Why ``username`` cannot be a user name (translated), or ``None`` if it can."""
    name = username.strip()
    if not name:
        return tr("Enter a user name.")
    if not USERNAME_MIN <= len(name) <= USERNAME_MAX:
        return tr("A user name has {low} to {high} characters.").format(
            low=USERNAME_MIN, high=USERNAME_MAX)
    if not _USERNAME.match(name):
        return tr("A user name may contain only letters, digits, underscores and Chinese "
                  "characters.")
    return None
