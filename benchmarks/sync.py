"""Print how fast sync packages are written and imported (issue 8): the export of a county's
changed records, the import of a series of packages at the city (records per second, against a
plain ``executemany`` of the same rows into SQLite), and the time of a repeated import.

``python -m benchmarks.sync [--export 100000] [--packages 100] [--per-package 10000]``; the
rows are 市场主体 records written straight into the county's table (the services would make the
set-up, not the sync, the thing measured). Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

PASSWORD = "Bench#2026pass"


def _office(root: Path, code: str, name: str, mode: str) -> tuple[Any, Any]:
    from jianguan_desktop.config import resolve_db_url
    from jianguan_desktop.db.engine import open_database
    from jianguan_desktop.db.migrate import upgrade
    from jianguan_desktop.services.auth import authenticate
    from jianguan_desktop.services.setup import initialize

    db = open_database(resolve_db_url(str(root / code / "jianguan.db")))
    upgrade(db, backup=False)
    initialize(db, office_code=code, office_name=name, mode=mode, admin_username="admin",
               admin_password=PASSWORD)
    return db, authenticate(db, "admin", PASSWORD)


def _rows(office: str, start: int, count: int) -> list[dict[str, Any]]:
    now = datetime.now(UTC)
    return [{"id": str(uuid.uuid4()), "office_code": office, "number": None, "version": 1,
             "change_seq": 0, "created_at": now, "created_by": "bench", "updated_at": now,
             "updated_by": "bench", "kind": "bidder", "name": f"第{n}号建筑工程有限公司",
             "code": f"9141{n:014d}", "code_kind": "credit_code", "legal_representative": "",
             "address": "", "contact_person": "", "phone": "", "qualifications": "",
             "remarks": ""} for n in range(start, start + count)]


def _add(db: Any, office: str, start: int, count: int) -> None:
    """Write ``count`` changed entity rows, each with its own change sequence number."""
    from jianguan_desktop.db.entities import Entity
    from jianguan_desktop.db.records import take_change_seq

    rows = _rows(office, start, count)
    with db.uow() as uow:
        first = take_change_seq(uow.session, count)
        for offset, row in enumerate(rows):
            row["change_seq"] = first + offset
        uow.session.execute(Entity.__table__.insert(), rows)
        uow.commit()


def _baseline(rows: list[dict[str, Any]]) -> float:
    """Seconds of a plain executemany of ``rows`` into a fresh SQLite table."""
    with tempfile.TemporaryDirectory() as work:
        connection = sqlite3.connect(Path(work) / "plain.db")
        names = list(rows[0])
        connection.execute(f"CREATE TABLE t ({', '.join(names)}, PRIMARY KEY (id))")
        values = [tuple(str(row[name]) if isinstance(row[name], datetime) else row[name]
                        for name in names) for row in rows]
        started = time.perf_counter()
        connection.executemany(f"INSERT INTO t VALUES ({', '.join('?' * len(names))})", values)
        connection.commit()
        elapsed = time.perf_counter() - started
        connection.close()
    return elapsed


def main() -> None:
    """Run and print the figures."""
    from jianguan_desktop.services import sync
    from jianguan_desktop.services import sync_keys as sk

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--export", type=int, default=100_000)
    parser.add_argument("--packages", type=int, default=100)
    parser.add_argument("--per-package", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jgbench-") as work:
        root = Path(work)
        county, county_admin = _office(root, "410522", "安阳县公共资源交易监督管理办公室",
                                       "county")
        city, city_admin = _office(root, "410500", "安阳市公共资源交易监督管理办公室", "city")
        sk.trust(county, county_admin, sk.public_key_file(city, city_admin)[0])
        sk.trust(city, city_admin, sk.public_key_file(county, county_admin)[0])
        stick = root / "stick"
        stick.mkdir()

        _add(county, "410522", 0, args.export)
        started = time.perf_counter()
        first = sync.export_package(county, county_admin, "410500", stick)
        elapsed = time.perf_counter() - started
        print(f"export of {first.rows:,} changed records: {elapsed:.2f} s "
              f"({first.rows / elapsed:,.0f} records/s), package "
              f"{first.path.stat().st_size / 1e6:.1f} MB")
        started = time.perf_counter()
        taken = sync.import_package(city, city_admin, first.path)
        elapsed = time.perf_counter() - started
        print(f"import of that package: {elapsed:.2f} s ({taken.created / elapsed:,.0f} "
              "records/s)")

        packages = [first.path]
        for number in range(1, args.packages):
            _add(county, "410522", args.export + (number - 1) * args.per_package,
                 args.per_package)
            packages.append(sync.export_package(county, county_admin, "410500", stick).path)
        total, started = 0, time.perf_counter()
        for path in packages[1:]:
            total += sync.import_package(city, city_admin, path).created
        elapsed = time.perf_counter() - started
        plain = _baseline(_rows("410522", 0, min(total, 200_000)))
        plain_rate = min(total, 200_000) / plain
        if total:
            print(f"import of {len(packages) - 1} packages, {total:,} records: {elapsed:.2f} s "
                  f"({total / elapsed:,.0f} records/s; plain executemany "
                  f"{plain_rate:,.0f} records/s)")
        started = time.perf_counter()
        again = sync.import_package(city, city_admin, packages[-1])
        print(f"repeated import (already imported: {again.already_imported}): "
              f"{time.perf_counter() - started:.3f} s")
        county.dispose()
        city.dispose()


if __name__ == "__main__":
    main()
