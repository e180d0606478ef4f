"""Helper process for test_crash_safety: commits numbered records, then dies mid-transaction.

    python -m tests.integration.crash_writer DB_PATH COMMITS

Prints ``committed N`` after each commit and ``open`` once a large transaction is under
way (rows flushed, never committed); then keeps writing until it is killed.
"""

from __future__ import annotations

import sys
from itertools import count

from jianguan_desktop.config import resolve_db_url
from jianguan_desktop.db.engine import open_database
from tests.fixture_tables import FixtureNote

OFFICE = "410522"


def main(path: str, commits: int) -> None:
    """Write ``commits`` committed records, then an endless uncommitted transaction."""
    db = open_database(resolve_db_url(path))
    for number in range(commits):
        with db.uow() as uow:
            uow.session.add(FixtureNote(title=f"committed-{number}", office_code=OFFICE))
            uow.commit()
        print(f"committed {number}", flush=True)
    with db.uow() as uow:
        for number in count():
            uow.session.add(FixtureNote(title=f"uncommitted-{number}", office_code=OFFICE,
                                        body="未提交" * 200))
            if number % 50 == 49:
                uow.flush()
            if number == 499:
                print("open", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
