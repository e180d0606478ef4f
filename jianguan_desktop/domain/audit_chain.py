"""The audit trail's hash chain: each entry's hash covers its content and the previous hash.

An entry changed, inserted or deleted behind the program's back breaks the chain at
that entry, and :func:`first_broken_link` names it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64
HASHED_FIELDS = ("id", "at", "actor", "action", "table_name", "record_id", "changes", "prev_hash")


def entry_hash(entry: Mapping[str, Any]) -> str:
    """SHA-256 over the canonical JSON of an entry's hashed fields."""
    payload = {name: entry.get(name) for name in HASHED_FIELDS}
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class BrokenLink:
    """Where the chain breaks, and why (a short code: ``changed``, ``missing``, ``inserted``,
    ``head``)."""

    entry_id: int | None
    reason: str


def first_broken_link(entries: Iterable[Mapping[str, Any]], head_id: int | None,
                      head_hash: str | None) -> BrokenLink | None:
    """Walk entries in id order; return the first break, or ``None`` if the chain holds.

    ``head_id``/``head_hash`` are the last entry the program wrote (kept apart from
    the log), so that deleting the newest entries is seen too.
    """
    previous_hash = GENESIS
    previous_id = 0
    for entry in entries:
        entry_id = int(entry["id"])
        if entry["prev_hash"] != previous_hash:
            reason = "missing" if entry_id != previous_id + 1 else "inserted"
            return BrokenLink(entry_id, reason)
        if entry_hash(entry) != entry["hash"]:
            return BrokenLink(entry_id, "changed")
        if entry_id != previous_id + 1:
            return BrokenLink(entry_id, "inserted")
        previous_hash = entry["hash"]
        previous_id = entry_id
    if (head_id or 0) != previous_id or (head_hash or GENESIS) != previous_hash:
        return BrokenLink(head_id if (head_id or 0) > previous_id else previous_id or None, "head")
    return None
