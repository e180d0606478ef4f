"""Print how fast the 双随机 draw runs: the pure algorithm over pools of growing size, then the
whole service (pool read with grades, draw, record kept, one result row per object) and
``draw verify`` over a database with a large directory.

``python -m benchmarks.draw [--objects 5000]``. Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the directory builder lives in tests/
    sys.path.insert(0, str(ROOT))

RUNS = 5


def _pool(objects: int, inspectors: int) -> object:
    from jianguan_desktop.domain.draw import DrawRequest, Inspector, PoolObject, StratumRule

    pool = tuple(PoolObject(key=f"XM{n:06d}", name=f"第{n}号工程", kind="project",
                            stratum="ABCD"[n % 4], risk=1 + n % 3, unit=f"单位{n % 50}",
                            industry=("房屋建筑", "市政工程", "水利工程")[n % 3])
                 for n in range(objects))
    people = tuple(Inspector(key=f"豫执{n:05d}", name=f"检查员{n}", unit=f"单位{n % 7}",
                             specialties=(("房屋建筑", "市政工程", "水利工程")[n % 3],))
                   for n in range(inspectors))
    rules = tuple(StratumRule(grade, ratio) for grade, ratio in
                  (("A", 50), ("B", 100), ("C", 250), ("D", 610)))
    industries = ("房屋建筑", "市政工程", "水利工程")
    return DrawRequest(pool=pool, inspectors=people, rules=rules, seed="472913",
                       specialty_of={name: name for name in industries})


def algorithm(objects: int, inspectors: int, runs: int = RUNS) -> dict[str, float]:
    """Median seconds of the pure draw and of its verification over ``runs`` runs."""
    from jianguan_desktop.domain.draw import draw, verify

    request = _pool(objects, inspectors)
    times, checks = [], []
    for _ in range(runs):
        started = time.perf_counter()
        result = draw(request)  # type: ignore[arg-type]
        times.append(time.perf_counter() - started)
        started = time.perf_counter()
        verify(request, result)  # type: ignore[arg-type]
        checks.append(time.perf_counter() - started)
    return {"draw_s": statistics.median(times), "verify_s": statistics.median(checks),
            "drawn": len(result.selected)}


def service(objects: int) -> dict[str, float]:
    """Seconds of run_draw and verify_draw over a directory of ``objects`` projects."""
    from jianguan_desktop.db.engine import open_database
    from jianguan_desktop.db.migrate import upgrade
    from jianguan_desktop.services import inspection_plans as plans
    from jianguan_desktop.services.auth import authenticate
    from jianguan_desktop.services.setup import initialize
    from tests.conftest import ADMIN_PASSWORD, OFFICE_CODE, OFFICE_NAME
    from tests.inspection_fixtures import YEAR, approved_batch, build_directory

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{folder}/bench.db")
        upgrade(db, backup=False)
        initialize(db, office_code=OFFICE_CODE, office_name=OFFICE_NAME, mode="county",
                   admin_username="admin", admin_password=ADMIN_PASSWORD,
                   admin_display_name="王管理")
        admin = authenticate(db, "admin", ADMIN_PASSWORD)
        started = time.perf_counter()
        directory = build_directory(db, admin, projects=objects, inspectors=60)
        built = time.perf_counter() - started
        batch = approved_batch(db, admin, directory)
        day = date(YEAR, 3, 2)
        started = time.perf_counter()
        preview = plans.pool_preview(db, admin, batch.id, on=day)
        previewed = time.perf_counter() - started
        started = time.perf_counter()
        drawn = plans.run_draw(db, admin, batch.id, {"seed": "472913", "drawn_on": day},
                               today=day)
        ran = time.perf_counter() - started
        started = time.perf_counter()
        check = plans.verify_draw(db, admin, drawn.number)
        verified = time.perf_counter() - started
        db.dispose()
    return {"build_directory_s": built, "pool_preview_s": previewed, "run_draw_s": ran,
            "verify_draw_s": verified, "drawn": drawn.drawn_count,
            "pool": preview.pool_size, "matches": float(check.matches)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--objects", type=int, default=5_000,
                        help="projects in the service benchmark's directory")
    args = parser.parse_args(argv)
    # the draw without replacement grows with pool × drawn: the city-wide pool runs once
    for objects, inspectors, runs in ((1_000, 60, RUNS), (10_000, 300, RUNS),
                                      (50_000, 1_000, 1)):
        figures = algorithm(objects, inspectors, runs)
        print(f"algorithm  pool {objects:>7,}  inspectors {inspectors:>5,}  "
              f"drawn {figures['drawn']:>6,.0f}  draw {figures['draw_s']:.3f} s  "
              f"verify {figures['verify_s']:.3f} s")
    figures = service(args.objects)
    print(f"service    pool {figures['pool']:>7,.0f}  directory built in "
          f"{figures['build_directory_s']:.1f} s  preview {figures['pool_preview_s']:.3f} s  "
          f"run_draw {figures['run_draw_s']:.3f} s ({figures['drawn']:.0f} drawn)  "
          f"verify {figures['verify_draw_s']:.3f} s  matches {bool(figures['matches'])}")


if __name__ == "__main__":
    main()
