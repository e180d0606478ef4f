"""The audit hash chain names the first entry that was changed, removed or slipped in."""

from __future__ import annotations

from jianguan_desktop.domain.audit_chain import GENESIS, entry_hash, first_broken_link


def _chain(count: int) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = []
    previous = GENESIS
    for number in range(1, count + 1):
        entry: dict[str, object] = {
            "id": number, "at": f"2026-11-21T08:00:{number:02d}+00:00", "actor": "admin",
            "action": "update", "table_name": "users", "record_id": "1",
            "changes": '{"display_name":["甲","乙"]}', "prev_hash": previous,
        }
        entry["hash"] = entry_hash(entry)
        previous = str(entry["hash"])
        entries.append(entry)
    return entries


def test_intact_chain_holds() -> None:
    entries = _chain(5)
    assert first_broken_link(entries, 5, str(entries[-1]["hash"])) is None


def test_empty_chain_holds() -> None:
    assert first_broken_link([], 0, GENESIS) is None


def test_changed_entry_is_named() -> None:
    entries = _chain(5)
    entries[2]["actor"] = "intruder"
    broken = first_broken_link(entries, 5, str(entries[-1]["hash"]))
    assert broken is not None and broken.entry_id == 3 and broken.reason == "changed"


def test_deleted_middle_entry_is_seen_at_the_next_one() -> None:
    entries = _chain(5)
    del entries[1]
    broken = first_broken_link(entries, 5, str(entries[-1]["hash"]))
    assert broken is not None and broken.entry_id == 3 and broken.reason == "missing"


def test_deleted_newest_entries_are_seen_through_the_head() -> None:
    entries = _chain(5)
    head_hash = str(entries[-1]["hash"])
    broken = first_broken_link(entries[:3], 5, head_hash)
    assert broken is not None and broken.reason == "head"


def test_forged_entry_with_recomputed_hash_but_wrong_link_is_seen() -> None:
    entries = _chain(3)
    forged = dict(entries[1], id=99, prev_hash=GENESIS)
    forged["hash"] = entry_hash(forged)
    entries.insert(2, forged)
    broken = first_broken_link(entries, 3, str(entries[-1]["hash"]))
    assert broken is not None and broken.entry_id == 99
