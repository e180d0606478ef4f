"""Helper process for the one-window lock tests: takes a database's lock and keeps it.

    python -m tests.integration.lock_holder DB_PATH

Prints ``locked PID`` once it holds the lock; then, for every line ``use`` on stdin, opens the
database, reads the office and prints ``working NAME`` (the first window keeps working); it
holds the lock until stdin closes or it is killed.
"""

from __future__ import annotations

import os
import sys

from jianguan_desktop.config import resolve_db_url
from jianguan_desktop.db import instance_lock
from jianguan_desktop.db.engine import open_database
from jianguan_desktop.services.setup import office_info


def main(path: str) -> None:
    """Hold the lock of ``path`` until stdin ends."""
    url = resolve_db_url(path)
    lock = instance_lock.acquire(url)
    assert lock is not None
    print(f"locked {os.getpid()}", flush=True)
    for line in sys.stdin:
        if line.strip() == "use":
            db = open_database(url)
            try:
                info = office_info(db)
                print(f"working {info.name if info else '-'} {lock.held}", flush=True)
            finally:
                db.dispose()
    lock.release()


if __name__ == "__main__":
    main(sys.argv[1])
