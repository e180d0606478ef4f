"""Print how fast the entity register searches names over many entities (issue 4): queries of
1, 2, 4 and 8 characters through the register view's services against a plain ``LIKE '%…%'``.

The view's work is timed as the window does it: a count stopped at the register's
``count_limit`` ("more than 3,000"), then the first page sorted by name. ``LIKE`` counts
every match and reads the same first page.

``python -m benchmarks.entities --entities 1000000`` (or ``python -m benchmarks.run --entities
N``). The database is built once into ``benchmarks/.cache/``. Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / ".cache"
LENGTHS = (1, 2, 4, 8)
QUERIES = 20
PAGE = 200  # the register view's first page (ui/table_model.py PAGE_SIZE)
PASSWORD = "Jianguan#2026"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def entities_db(count: int) -> Path:
    """The cached database of ``count`` demonstration entities (built on first use)."""
    from jianguan_desktop.config import resolve_db_url
    from jianguan_desktop.db.engine import open_database
    from jianguan_desktop.db.migrate import upgrade
    from jianguan_desktop.services.auth import authenticate
    from jianguan_desktop.services.entity_demo import fill_large_entities
    from jianguan_desktop.services.setup import initialize

    path = CACHE / f"entities-{count}.db"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".building")
    for leftover in CACHE.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    db = open_database(resolve_db_url(str(partial)))
    upgrade(db, backup=False)
    initialize(db, office_code="410526", office_name="滑县公共资源交易监督管理办公室",
               mode="county", admin_username="admin", admin_password=PASSWORD)
    made = time.perf_counter()
    fill_large_entities(db, authenticate(db, "admin", PASSWORD), None, count)
    filled = time.perf_counter()
    db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    print(f"  built {path.name}: {count:,} entities written in {filled - made:.1f} s "
          f"({count / (filled - made):,.0f}/s; {time.perf_counter() - started:.1f} s in all)",
          flush=True)
    return path


def sample_queries(path: Path, length: int, rng: random.Random) -> list[str]:
    """``QUERIES`` different pieces of ``length`` characters of names in the data."""
    connection = sqlite3.connect(path)
    names = [row[0] for row in connection.execute(
        "SELECT name FROM entities WHERE rowid % 499 = 0 ORDER BY rowid LIMIT 2000")]
    connection.close()
    words: list[str] = []
    for name in rng.sample(names, len(names)):
        if len(name) >= length:
            start = rng.randrange(len(name) - length + 1)
            word = name[start:start + length]
            if word not in words:
                words.append(word)
        if len(words) == QUERIES:
            break
    return words


def percentiles(samples: list[float]) -> tuple[float, float]:
    """Median and 95th percentile in ms."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def timed(run: Callable[[str], int], words: list[str]) -> tuple[list[float], list[int]]:
    run(words[0])  # warm the page cache and the statement cache
    seconds, counts = [], []
    for word in words:
        started = time.perf_counter()
        counts.append(run(word))
        seconds.append(time.perf_counter() - started)
    return seconds, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entities", type=int, default=1_000_000, help="entities in the data")
    args = parser.parse_args(argv)
    from jianguan_desktop.config import resolve_db_url
    from jianguan_desktop.db.engine import open_database
    from jianguan_desktop.db.migrate import upgrade
    from jianguan_desktop.services import entities
    from jianguan_desktop.services.auth import authenticate
    from jianguan_desktop.services.tables import TableQuery, count_rows, fetch_rows, get_table

    print(f"\nEntity search over {args.entities:,} entities (count + first page of {PAGE}; "
          f"median / 95th percentile of {QUERIES} queries each)")
    path = entities_db(args.entities)
    db = open_database(resolve_db_url(str(path)))
    upgrade(db, backup=False)  # a database cached by an older program
    actor = authenticate(db, "admin", PASSWORD)
    spec = get_table(entities.TABLE_KEY)
    plain = sqlite3.connect(path)

    def view(word: str) -> int:
        query = TableQuery(search=word)
        matching = count_rows(db, actor, spec, query, spec.count_limit)
        fetch_rows(db, actor, spec, query, 0, PAGE, matching)
        return matching

    def like(word: str) -> int:
        pattern = f"%{word}%"
        matching = plain.execute("SELECT count(*) FROM entities WHERE deleted_at IS NULL AND "
                                 "name LIKE ?", (pattern,)).fetchone()[0]
        plain.execute("SELECT id, name, kind, code FROM entities WHERE deleted_at IS NULL AND "
                      "name LIKE ? ORDER BY name, id LIMIT ?", (pattern, PAGE)).fetchall()
        return matching

    rng = random.Random(4)
    for length in LENGTHS:
        words = sample_queries(path, length, rng)
        fast, found = timed(view, words)
        slow, found_like = timed(like, words)
        limit = spec.count_limit or max(found_like)
        same = ("same rows" if found == [min(count, limit + 1) for count in found_like]
                else "COUNTS DIFFER")
        print(f"  {length} character(s), e.g. {words[0]!r:8}: search "
              "{:.1f} / {:.1f} ms; LIKE {:.1f} / {:.1f} ms; median {:,} matches ({})".format(
                  *percentiles(fast), *percentiles(slow), int(statistics.median(found)), same))
    plain.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
