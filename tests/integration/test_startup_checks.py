"""Shipping to office PCs (issue 10): ``jianguan --version``, a data folder that cannot be
written, and the one-window lock — held across processes, freed when its holder dies, not
blocking the command line except for a restore that would replace the file.
"""

from __future__ import annotations

import errno
import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from jianguan_desktop import __version__, cli
from jianguan_desktop.config import resolve_db_url
from jianguan_desktop.db import data_folder, instance_lock
from jianguan_desktop.db.instance_lock import DatabaseInUseError
from jianguan_desktop.db.migrate import head_revision
from jianguan_desktop.version import version_line
from tests.conftest import OFFICE_NAME
from tests.integration import test_cli

run = test_cli.run  # ``jianguan --db <test database> ...`` in-process

ROOT = Path(__file__).resolve().parents[2]


def _one_chinese_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert any("\u4e00" <= ch <= "\u9fff" for ch in lines[0]), err
    return lines[0]


def _state(path: Path) -> tuple[str, int]:
    """The file's bytes (as a digest) and modification time: what "unchanged" means."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@pytest.fixture
def closed_office(office_db, db_path: Path) -> Path:
    """A set-up office database, every connection closed (its WAL folded into the file)."""
    office_db.dispose()
    return db_path


class Holder:
    """A process holding a database's lock (tests/integration/lock_holder.py)."""

    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.lock_holder", str(path)], cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line.startswith("locked "), line
        self.pid = int(line.split()[1])

    def still_working(self) -> str:
        """Ask the holder to use the database; its answer."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("use\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def kill(self) -> None:
        """End it as a crash would: no chance to let go of anything."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


@pytest.fixture
def holder(closed_office: Path) -> Iterator[Holder]:
    """Another process (a first window) holding the lock of the office database."""
    process = Holder(closed_office)
    yield process
    process.kill()


# --- the version -----------------------------------------------------------------------------

def test_version_flag_and_command_print_the_same_line(run) -> None:
    # WHEN the user asks for the version either way
    code, out, err = run("--version")
    code2, out2, _err2 = run("version")
    # THEN both print the program's version and the database version it writes, in Chinese
    assert code == 0 and code2 == 0 and err == ""
    assert out == out2 == f"jianguan-desktop {__version__}（数据库版本 {head_revision()}）\n"
    assert out.strip() == version_line()


def test_version_flag_needs_no_database(tmp_path: Path) -> None:
    # GIVEN a --db in a folder that does not exist
    missing = tmp_path / "nowhere" / "x.db"
    # WHEN --version is given
    result = subprocess.run([sys.executable, "-m", "jianguan_desktop", "--db", str(missing),
                             "--version"], capture_output=True, text=True, encoding="utf-8",
                            cwd=ROOT, timeout=120)
    # THEN it answers without creating anything
    assert result.returncode == 0 and result.stdout.strip() == version_line()
    assert not (tmp_path / "nowhere").exists()


# --- a data folder that cannot be written ----------------------------------------------------

def _deny(kind: int):
    def probe(folder: Path) -> None:
        raise OSError(kind, os.strerror(kind), str(folder))
    return probe


def test_a_folder_without_permission_is_named_with_what_to_do(
        run, closed_office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN a database in a folder the user may not write to
    before = _state(closed_office)
    monkeypatch.setattr(data_folder, "probe_folder", _deny(errno.EACCES))
    # WHEN a command is run on it
    code, out, err = run("office")
    # THEN one Chinese line names the folder and what to do, the exit code says "database",
    # and nothing was written: the file is as it was, no backup, no lock file
    line = _one_chinese_line(err)
    assert code == cli.EXIT_DATABASE and out == ""
    assert line == (f"程序无法写入数据文件夹 {closed_office.parent}：没有写入权限。"
                    "请用 --db 或环境变量 JIANGUAN_DB 另选一个文件夹，"
                    "或请管理员为该文件夹开通写入权限。未做任何改动。")
    assert _state(closed_office) == before
    assert sorted(p.name for p in closed_office.parent.iterdir()) == ["jianguan.db"]


def test_the_default_data_folder_is_checked_too(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    # GIVEN no --db and no JIANGUAN_DB: the default data folder, on a read-only disk
    monkeypatch.setattr(data_folder, "probe_folder", _deny(errno.EROFS))
    default = Path(resolve_db_url(None).removeprefix("sqlite:///"))
    # WHEN a command is run
    code = cli.main(["office"])
    # THEN the message names the data folder, which was not even created
    line = _one_chinese_line(capsys.readouterr().err)
    assert code == cli.EXIT_DATABASE
    assert line.startswith(f"数据文件夹 {default.parent} 所在的磁盘不能写入（只读）。请用 --db")
    assert not default.parent.exists()


def test_a_full_disk_is_refused_before_the_upgrade_backup(
        run, closed_office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _state(closed_office)
    monkeypatch.setattr(data_folder, "free_bytes", lambda folder: 1024 * 1024)
    code, _out, err = run("office")
    line = _one_chinese_line(err)
    assert code == cli.EXIT_DATABASE
    assert f"数据文件夹 {closed_office.parent} 所在的磁盘空间将满：仅剩 1.0 MB" in line
    assert "请清理出一些空间" in line and _state(closed_office) == before


def test_a_read_only_database_file_is_refused(run, closed_office: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    before = _state(closed_office)

    def read_only(path: Path) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(data_folder, "probe_file", read_only)
    code, _out, err = run("office")
    assert code == cli.EXIT_DATABASE
    assert _one_chinese_line(err).startswith(f"数据库文件 {closed_office} 是只读的。")
    assert _state(closed_office) == before


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="chmod does not stop root from writing")
def test_a_real_read_only_folder(run, closed_office: Path) -> None:
    before = _state(closed_office)
    closed_office.parent.chmod(0o555)
    try:
        code, _out, err = run("office")
    finally:
        closed_office.parent.chmod(0o755)
    assert code == cli.EXIT_DATABASE and "没有写入权限" in _one_chinese_line(err)
    assert _state(closed_office) == before


def test_a_file_where_the_data_folder_should_be_is_named(tmp_path: Path) -> None:
    # GIVEN a file standing where the database's folder would be made (a real failure even
    # for root, unlike chmod)
    blocker = tmp_path / "数据"
    blocker.write_text("", encoding="utf-8")
    # WHEN the database is asked for inside it
    with pytest.raises(data_folder.UnwritableFolderError) as refused:
        data_folder.check_writable(resolve_db_url(str(blocker / "台账" / "jianguan.db")))
    # THEN the message names the folder and the file in the way, and nothing was made
    assert str(refused.value) == (
        f"数据文件夹 {blocker / '台账'} 无法建立：{blocker} 是一个文件，不是文件夹。"
        "请用 --db 或环境变量 JIANGUAN_DB 另选一个文件夹，或请管理员为该文件夹开通写入权限。"
        "未做任何改动。")
    assert [p.name for p in tmp_path.iterdir()] == ["数据"] and blocker.read_text() == ""


def test_the_probe_leaves_a_writable_folder_as_it_was(tmp_path: Path) -> None:
    # GIVEN a writable folder with a database file
    path = tmp_path / "jianguan.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84)
    before = _state(path)
    # WHEN it is checked
    data_folder.check_writable(resolve_db_url(str(path)))
    # THEN nothing is left behind and the file is untouched
    assert [p.name for p in tmp_path.iterdir()] == ["jianguan.db"] and _state(path) == before


def test_a_server_database_is_not_checked() -> None:
    data_folder.check_writable("postgresql://user:secret@db.example/jianguan")
    assert instance_lock.acquire("postgresql://user:secret@db.example/jianguan") is None


# --- the one-window lock ---------------------------------------------------------------------

def test_the_lock_is_held_across_processes_and_freed_when_its_holder_dies(
        holder: Holder, closed_office: Path) -> None:
    url = resolve_db_url(str(closed_office))
    lock_file = closed_office.with_name("jianguan.db.lock")
    assert lock_file.is_file()
    # WHEN another program asks for the lock while the first holds it
    with pytest.raises(DatabaseInUseError) as refused:
        instance_lock.acquire(url)
    # THEN it is refused, naming the holder, and the holder keeps working
    assert refused.value.holder is not None and refused.value.holder.pid == holder.pid
    message = str(refused.value)
    assert message.startswith(f"该数据库已由另一个窗口打开（{closed_office}；计算机 ")
    assert f"上的进程 {holder.pid}，" in message
    assert message.endswith("）。请切换到已打开的窗口；如确需再开，请先关闭它。")
    assert holder.still_working() == f"working {OFFICE_NAME} True"
    # WHEN the holder dies without letting go (a crash)
    holder.kill()
    # THEN its stale lock file blocks no one
    assert lock_file.exists()
    lock = instance_lock.acquire(url)
    assert lock is not None and lock.held
    lock.release()
    assert not lock_file.exists()


def test_a_released_lock_can_be_taken_again(closed_office: Path) -> None:
    url = resolve_db_url(str(closed_office))
    with instance_lock.acquire(url) as first:
        assert first is not None and first.held
        with pytest.raises(DatabaseInUseError):
            instance_lock.acquire(url)
    assert not first.held
    again = instance_lock.acquire(url)
    assert again is not None
    again.release()


def test_the_command_line_is_not_blocked_by_a_window(run, holder: Holder) -> None:
    code, out, err = run("office")
    assert code == 0 and err == "" and OFFICE_NAME in out
    assert holder.still_working() == f"working {OFFICE_NAME} True"


def test_a_restore_is_refused_while_a_window_has_the_database(
        run, closed_office: Path, tmp_path: Path) -> None:
    # GIVEN a backup, and then a window holding the database
    code, out, _err = run("backup", "create")
    assert code == 0
    backup_file = Path(out.strip().removeprefix("已备份到").rstrip("。").strip())
    assert backup_file.is_file(), out
    before = _state(closed_office)
    window = Holder(closed_office)
    try:
        # WHEN the command line is asked to restore
        code, out, err = run("backup", "restore", str(backup_file), "--yes")
        # THEN it refuses in one line, and the database is exactly as it was
        line = _one_chinese_line(err)
        assert code == cli.EXIT_IN_USE and out == ""
        assert line.startswith(f"该数据库已在一个窗口中打开（{closed_office}；")
        assert line.endswith("请先关闭该窗口，再恢复备份。未恢复任何内容，当前数据库未被修改。")
        assert _state(closed_office) == before
        assert window.still_working() == f"working {OFFICE_NAME} True"
    finally:
        window.kill()
    # WHEN the window has gone, the restore goes ahead
    code, out, err = run("backup", "restore", str(backup_file), "--yes")
    assert code == 0, err
    assert not closed_office.with_name("jianguan.db.lock").exists()
