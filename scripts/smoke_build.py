"""Smoke test of the built program (dist/jianguan-desktop from build.spec).

    bash scripts/setup.sh smoke                    # build, then this
    python scripts/smoke_build.py [--dist DIR]     # an existing build only

Runs the frozen command line as an office would on its first day, in a fresh folder:
``--version``; ``init`` a county database (Alembic migrates it inside the bundle); ``demo``;
``print`` a form and a register list to PDF; ``audit verify``; ``manual`` (the bundled user
manual with its screenshots, to PDF); the key exchange with a city
office and ``sync export``, then the city's ``sync import`` of that package; then starts the
frozen window offscreen on the county database until its login dialog is shown. Bad input:
a data folder that cannot be written is refused with exit code 4 and nothing made; a second
window on a database a first window holds is refused and the database is left as it was.
Every step must succeed; the figures (build size, each step's seconds, the window's start to
the login dialog) are printed at the end, and written as JSON with ``--json FILE``.

Only the standard library: it runs with any Python 3.11, not the program's environment.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "Smoke#Test2026"
COUNTY = ("410522", "安阳县公共资源交易监督管理办公室", "county")
CITY = ("410500", "安阳市公共资源交易监督管理办公室", "city")
STEP_TIMEOUT_S = 300
WINDOW_TIMEOUT_S = 120
LOGIN_SHOWN = "login-shown"
EXIT_DATABASE = 4  # cli.EXIT_DATABASE: the database or its folder cannot be used
REFUSED = "该数据库已由另一个窗口打开"


@dataclass
class Step:
    """One command run: its words, seconds taken and the end of what it said."""

    name: str
    seconds: float
    output: str


@dataclass
class Report:
    """What the smoke test measured."""

    dist: str
    size_mb: float
    build_seconds: float | None
    steps: list[Step] = field(default_factory=list)
    window_to_login_s: float | None = None
    window_process_s: float | None = None


class SmokeFailure(RuntimeError):
    """A step of the smoke test failed."""


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder``."""
    return sum(path.stat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def program(dist: Path, name: str) -> Path:
    """The frozen program ``name`` (``jianguan`` or ``jianguan-desktop``) in the build."""
    path = dist / (name + (".exe" if sys.platform == "win32" else ""))
    if not path.is_file():
        raise SmokeFailure(f"{path} is missing: build first (bash scripts/setup.sh build)")
    return path


class Runner:
    """Runs the frozen command line in one working folder and records each step."""

    def __init__(self, dist: Path, work: Path, report: Report) -> None:
        self.cli = program(dist, "jianguan")
        self.work = work
        self.report = report
        home = work / "home"
        home.mkdir()
        # a fresh user: the data folder, Qt's settings and fontconfig's cache live under it
        self.env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
                    "XDG_CONFIG_HOME": str(home / "config"),
                    "XDG_CACHE_HOME": str(home / "cache"), "APPDATA": str(home / "data"),
                    "LOCALAPPDATA": str(home / "data"), "JIANGUAN_NEW_PASSWORD": PASSWORD,
                    "JIANGUAN_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen",
                    "PYTHONUTF8": "1"}
        for name in ("JIANGUAN_DB", "JIANGUAN_FONT_DIR", "VIRTUAL_ENV", "PYTHONPATH"):
            self.env.pop(name, None)

    def run(self, name: str, *args: str, expect: str = "", code: int = 0) -> str:
        """Run ``jianguan ARGS``; fail unless it exits ``code`` (and says ``expect``)."""
        began = time.perf_counter()
        try:
            done = subprocess.run([str(self.cli), *args], cwd=self.work, env=self.env,
                                  capture_output=True, text=True, encoding="utf-8",
                                  timeout=STEP_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired as error:
            raise SmokeFailure(f"{name}: no answer after {STEP_TIMEOUT_S} s") from error
        seconds = time.perf_counter() - began
        said = (done.stdout + done.stderr).strip()
        if done.returncode != code or expect not in said:
            raise SmokeFailure(f"{name}: exit code {done.returncode}\n$ jianguan "
                               f"{' '.join(args)}\n{said[-3000:]}")
        last = said.splitlines()[-1] if said else ""
        self.report.steps.append(Step(name, round(seconds, 2), last[:200]))
        print(f"ok  {name:<34} {seconds:6.2f} s  {last[:90]}", flush=True)
        return done.stdout


def _init(runner: Runner, db: str, office: tuple[str, str, str]) -> None:
    code, name, mode = office
    runner.run(f"init ({mode})", "--db", db, "init", "--office-code", code, "--office-name",
               name, "--admin", "admin", "--admin-name", "王管理", "--mode", mode)


def command_line(runner: Runner) -> Path:
    """Every command-line step; the county database's path."""
    county, city = "county.db", "city.db"
    user = ("--user", "admin")
    runner.run("--version", "--version", expect="jianguan")
    _init(runner, county, COUNTY)
    runner.run("demo", "--db", county, *user, "demo", "--size", "small")
    runner.run("print a form", "--db", county, *user, "print", "annual_report", "2026",
               "-o", "report.pdf")
    runner.run("print a register list", "--db", county, *user, "print", "list",
               "complaints", "-o", "complaints.pdf")
    runner.run("manual as PDF", "manual", "-o", "manual.pdf")  # docs/ and its images bundled
    for pdf in ("report.pdf", "complaints.pdf", "manual.pdf"):
        if not (runner.work / pdf).read_bytes().startswith(b"%PDF"):
            raise SmokeFailure(f"{pdf} is not a PDF")
    runner.run("audit verify", "--db", county, *user, "audit", "verify")
    _init(runner, city, CITY)
    runner.run("sync pubkey (county)", "--db", county, *user, "sync", "pubkey", "-o",
               "county.pub")
    runner.run("sync pubkey (city)", "--db", city, *user, "sync", "pubkey", "-o", "city.pub")
    runner.run("sync trust (county)", "--db", county, *user, "sync", "trust", "city.pub")
    runner.run("sync trust (city)", "--db", city, *user, "sync", "trust", "county.pub")
    (runner.work / "usb").mkdir()
    runner.run("sync export", "--db", county, *user, "sync", "export", "--to", CITY[0],
               "-o", "usb")
    [package] = sorted((runner.work / "usb").glob("*.jgpkg"))
    runner.run("sync import (city)", "--db", city, *user, "sync", "import", str(package))
    # a data folder that cannot be written (here a file stands where the folder should be)
    (runner.work / "not-a-folder").write_text("", encoding="utf-8")
    runner.run("unwritable data folder refused", "--db", "not-a-folder/jianguan.db", "office",
               expect="--db", code=EXIT_DATABASE)
    if (runner.work / "not-a-folder").read_text(encoding="utf-8"):
        raise SmokeFailure("the refused start wrote into the way")
    return runner.work / county


def window(dist: Path, runner: Runner, db: Path, report: Report) -> None:
    """Start the frozen window offscreen until it shows its login dialog."""
    gui = program(dist, "jianguan-desktop")
    env = {**runner.env, "JIANGUAN_EXIT_AFTER_LOGIN_SHOWN": "1"}
    began = time.perf_counter()
    try:
        done = subprocess.run([str(gui), "--db", str(db)], cwd=runner.work, env=env,
                              capture_output=True, text=True, encoding="utf-8",
                              timeout=WINDOW_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as error:
        raise SmokeFailure(f"the window showed no login dialog in {WINDOW_TIMEOUT_S} s") \
            from error
    seconds = time.perf_counter() - began
    shown = [line for line in done.stdout.splitlines() if line.startswith(LOGIN_SHOWN)]
    if done.returncode != 0 or not shown:
        raise SmokeFailure(f"the window: exit code {done.returncode}, no login dialog\n"
                           f"{(done.stdout + done.stderr)[-3000:]}")
    report.window_to_login_s = float(shown[0].split()[1])
    report.window_process_s = round(seconds, 2)
    print(f"ok  {'window until its login dialog':<34} {seconds:6.2f} s  "
          f"(dialog shown {report.window_to_login_s:.2f} s after the process started)",
          flush=True)


def second_window(dist: Path, runner: Runner, db: Path) -> None:
    """A first frozen window holds the database (at its login dialog); a second is refused,
    says so on stderr, and the database file is left as it was."""
    gui = program(dist, "jianguan-desktop")
    lock = db.with_name(db.name + ".lock")
    first = subprocess.Popen([str(gui), "--db", str(db)], cwd=runner.work, env=runner.env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + WINDOW_TIMEOUT_S
        while not (lock.is_file() and str(first.pid) in lock.read_text(encoding="utf-8")):
            if first.poll() is not None or time.monotonic() > deadline:
                raise SmokeFailure("the first window did not take the database's lock")
            time.sleep(0.2)
        before = (db.stat().st_mtime_ns, db.read_bytes())
        said = runner.work / "second-window.txt"
        began = time.perf_counter()
        with said.open("w", encoding="utf-8") as output:
            second = subprocess.Popen([str(gui), "--db", str(db)], cwd=runner.work,
                                      env=runner.env, stdout=output, stderr=output)
            try:  # the refusal is said on stderr, then in a message box (offscreen: killed)
                while REFUSED not in said.read_text(encoding="utf-8"):
                    if second.poll() is not None or time.monotonic() > deadline:
                        raise SmokeFailure("a second window was not refused:\n"
                                           + said.read_text(encoding="utf-8")[-2000:])
                    time.sleep(0.2)
            finally:
                second.kill()
                second.wait()
        if (db.stat().st_mtime_ns, db.read_bytes()) != before:
            raise SmokeFailure("the refused second window changed the database")
        if first.poll() is not None:
            raise SmokeFailure("the first window ended when the second was refused")
        seconds = time.perf_counter() - began
        runner.report.steps.append(Step("second window refused", round(seconds, 2), REFUSED))
        print(f"ok  {'second window refused':<34} {seconds:6.2f} s", flush=True)
    finally:
        first.kill()
        first.wait()


def main() -> int:
    """Run every step; exit 1 on the first that fails."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "jianguan-desktop",
                        help="the built folder (default: dist/jianguan-desktop)")
    parser.add_argument("--build-seconds", type=float, default=None,
                        help="how long the build took, to print with the figures")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    dist = args.dist.resolve()
    report = Report(str(dist), round(folder_size(dist) / 1e6, 1) if dist.is_dir() else 0.0,
                    args.build_seconds)
    try:
        with tempfile.TemporaryDirectory(prefix="jianguan-smoke-") as folder:
            runner = Runner(dist, Path(folder), report)
            db = command_line(runner)
            window(dist, runner, db, report)
            second_window(dist, runner, db)
    except SmokeFailure as failure:
        print(f"FAILED {failure}", file=sys.stderr)
        return 1
    print(f"build: {report.size_mb} MB in {dist}"
          + (f", built in {report.build_seconds:.0f} s" if report.build_seconds else ""))
    print(f"frozen window to its login dialog: {report.window_to_login_s:.2f} s")
    if args.json:
        args.json.write_text(json.dumps(asdict(report), ensure_ascii=False, indent=2),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
