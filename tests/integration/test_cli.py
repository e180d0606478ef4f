"""The command line: the same services, one Chinese line per error, exit codes, JSON output."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from jianguan_desktop import cli
from jianguan_desktop.services.setup import office_info
from tests.conftest import ADMIN_PASSWORD, OFFICE_CODE


@pytest.fixture
def run(db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """Run ``jianguan --db <test database> ...`` in-process; return (code, stdout, stderr)."""
    monkeypatch.setenv("JIANGUAN_PASSWORD", ADMIN_PASSWORD)

    def invoke(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


INIT = ("init", "--office-code", "410522", "--office-name", "安阳县公共资源交易监督管理办公室",
        "--mode", "county", "--admin", "admin", "--admin-name", "王管理")


def _one_chinese_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert any("\u4e00" <= ch <= "\u9fff" for ch in lines[0]), err
    assert "Traceback" not in err
    return lines[0]


def test_init_sets_up_the_office(run, db_path: Path) -> None:
    code, out, err = run(*INIT)
    assert code == 0 and err == ""
    assert "完成初始化" in out and "410522" in out
    from jianguan_desktop.config import resolve_db_url
    from jianguan_desktop.db.engine import open_database

    db = open_database(resolve_db_url(str(db_path)))
    try:
        info = office_info(db)
        assert info is not None and info.name == "安阳县公共资源交易监督管理办公室"
    finally:
        db.dispose()


def test_bad_office_code_gives_one_chinese_line(run) -> None:
    code, out, err = run("init", "--office-code", "41052", "--office-name", "某县", "--mode",
                         "county", "--admin", "admin")
    assert code != 0 and out == ""
    assert _one_chinese_line(err) == "单位代码应为 6 位数字，“41052”是 5 位。"


def test_mode_mismatch_is_refused(run) -> None:
    code, _out, err = run("init", "--office-code", "410500", "--office-name", "某县", "--mode",
                          "county", "--admin", "admin")
    assert code != 0 and "县级单位须使用县级行政区划代码" in _one_chinese_line(err)


def test_users_json_parses_and_keeps_chinese(run, office_db) -> None:
    code, out, err = run("users", "--json")
    assert code == 0, err
    assert "王管理" in out and "\\u" not in out
    users = json.loads(out)
    assert users[0]["username"] == "admin" and users[0]["role_label"] == "管理员"


def test_users_add_disable_enable_and_reset(run, office_db,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIANGUAN_NEW_PASSWORD", "Zhang#Min2026")
    assert run("users", "add", "zhangmin", "--role", "clerk", "--name", "张敏")[0] == 0
    code, _out, err = run("users", "add", "zhangmin", "--role", "clerk", "--name", "张敏")
    assert code != 0 and _one_chinese_line(err) == "用户名“zhangmin”已存在。"
    assert "已停用" in run("users", "disable", "zhangmin")[1]
    listed = {user["username"]: user for user in json.loads(run("users", "--json")[1])}
    assert listed["zhangmin"]["active"] is False
    assert run("users", "enable", "zhangmin")[0] == 0
    monkeypatch.setenv("JIANGUAN_NEW_PASSWORD", "Reset#Pass2026")
    code, out, _err = run("users", "reset-password", "zhangmin")
    assert code == 0 and "下次登录时须修改密码" in out
    # AND the clerk may not manage users
    monkeypatch.setenv("JIANGUAN_PASSWORD", "Reset#Pass2026")
    code, _out, err = run("--user", "zhangmin", "users")
    assert code == 3 and _one_chinese_line(err) == "您的角色（经办人）无权管理用户。"


def test_admin_cannot_disable_himself(run, office_db) -> None:
    code, _out, err = run("users", "disable", "admin")
    assert code != 0 and _one_chinese_line(err) == "不能停用您自己的账户。"


def test_wrong_password(run, office_db, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIANGUAN_PASSWORD", "Wrong#Pass1")
    code, _out, err = run("users")
    assert code == 3 and _one_chinese_line(err) == "用户名或密码不正确。"


def test_missing_password_without_a_terminal(run, office_db,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JIANGUAN_PASSWORD")
    code, _out, err = run("users")
    assert code == 3 and "JIANGUAN_PASSWORD" in _one_chinese_line(err)


def test_database_not_set_up(run, database) -> None:
    code, _out, err = run("users")
    assert code != 0 and "尚未初始化" in _one_chinese_line(err)


def test_audit_verify_ok_then_tampered(run, office_db) -> None:
    code, out, _err = run("audit", "verify")
    assert code == 0 and out.startswith("审计日志完整，共 ")
    connection = sqlite3.connect(office_db.file)
    connection.execute("UPDATE audit_log SET changes = '{}' WHERE id = 2")
    connection.commit()
    connection.close()
    code, _out, err = run("audit", "verify")
    assert code == 1 and _one_chinese_line(err) == "审计日志第 2 条已被改动。"
    code, out, _err = run("audit", "verify", "--json")
    report = json.loads(out)
    assert code == 1 and report["intact"] is False and report["broken_entry"] == 2


def test_audit_log_json(run, office_db) -> None:
    code, out, _err = run("audit", "log", "--json", "--limit", "5")
    rows = json.loads(out)
    assert code == 0 and rows and rows[-1]["action_label"] == "登录"
    code, out, _err = run("audit", "log", "--record", "1", "--table", "users")
    assert code == 0 and "新建" in out


def test_backup_create_list_and_restore_needs_yes(run, office_db) -> None:
    code, out, _err = run("backup", "create")
    assert code == 0 and "已备份到" in out
    backups = json.loads(run("backup", "list", "--json")[1])
    assert len(backups) == 1 and backups[0]["reason"] == "manual"
    code, _out, err = run("backup", "restore", backups[0]["path"])
    assert code != 0 and "--yes" in _one_chinese_line(err)


def test_demo_prints_the_users_it_made_and_their_password(run, office_db) -> None:
    # WHEN demonstration data is added
    code, out, err = run("demo")
    # THEN stdout names each new user with name and role, and the password, in Chinese
    assert code == 0 and err == ""
    assert out.startswith("已添加演示用户：\n")
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines()[2:-1]}
    assert rows == {"lijianguo": ["李建国", "负责人"], "zhangmin": ["张敏", "经办人"],
                    "chenxiaoyan": ["陈晓燕", "经办人"], "liuyang": ["刘洋", "只读"]}
    assert out.splitlines()[-1] == "所有演示用户的登录密码均为 Demo#2026。"
    # AND a second run says they were already there
    code, out, _err = run("demo")
    assert code == 0 and "演示用户已经存在" in out and "Demo#2026" in out


def test_office_before_init_says_so_on_stderr(run, database) -> None:
    code, out, err = run("office")
    assert code == 1 and out == ""
    assert _one_chinese_line(err) == "数据库尚未初始化，请先运行 jianguan init。"
    assert run("office", "--json")[:2] == (1, "")


def test_office_shows_the_office_and_the_database(run, office_db, db_path: Path) -> None:
    from jianguan_desktop.db.migrate import head_revision

    code, out, err = run("office")
    assert code == 0 and err == ""
    assert out.splitlines() == ["单位名称：安阳县公共资源交易监督管理办公室",
                                f"单位代码：{OFFICE_CODE}", "单位类型：县级",
                                f"数据库文件：{db_path}", f"数据库版本：{head_revision()}"]
    code, out, _err = run("office", "--json")
    assert code == 0 and json.loads(out) == {
        "name": "安阳县公共资源交易监督管理办公室", "code": OFFICE_CODE, "mode": "county",
        "mode_label": "县级", "database": str(db_path), "revision": head_revision()}


def test_file_that_is_not_a_database(run, db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_text("这不是数据库，是一份会议纪要。" * 200, encoding="utf-8")
    code, _out, err = run("users")
    assert code == 4 and "不是本程序的数据库" in _one_chinese_line(err)


@pytest.mark.skipif(os.name != "posix", reason="POSIX folder permissions")
def test_read_only_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        # root ignores folder permissions; /proc takes no new files whoever asks
        target = folder if not os.access(folder, os.W_OK) else Path("/proc")
        code = cli.main(["--db", str(target / "jianguan.db"), *INIT])
        _out, err = capsys.readouterr()
    finally:
        folder.chmod(0o755)
    line = _one_chinese_line(err)  # refused before anything is opened (issue 10)
    assert code == cli.EXIT_DATABASE and f"程序无法写入数据文件夹 {target}" in line
    assert "--db" in line and "JIANGUAN_DB" in line


def test_usage_errors_are_one_chinese_line(run) -> None:
    code, _out, err = run("init", "--mode", "county")
    assert code == 2 and _one_chinese_line(err).startswith("缺少参数：--office-code")
    code, _out, err = run("backup", "frobnicate")
    assert code == 2 and "无效" in _one_chinese_line(err)


def test_unexpected_error_prints_one_line_and_the_log(run, office_db,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args, **_kwargs):
        raise RuntimeError("simulated fault")

    monkeypatch.setattr("jianguan_desktop.services.users.list_users", broken)
    code, _out, err = run("users")
    line = _one_chinese_line(err)
    assert code == 70 and line.startswith("内部错误：") and "simulated fault" in line
    log = cli.log_path()
    assert str(log) in line and "Traceback" in log.read_text(encoding="utf-8")


def test_version(run) -> None:
    code, out, _err = run("version")
    assert code == 0 and "jianguan-desktop" in out


def _console(*args: str) -> subprocess.CompletedProcess[str]:
    script = shutil.which("jianguan")
    command = [script] if script else [sys.executable, "-m", "jianguan_desktop"]
    return subprocess.run([*command, *args], capture_output=True, text=True, encoding="utf-8",
                          env={**os.environ, "JIANGUAN_PASSWORD": ADMIN_PASSWORD}, timeout=120,
                          stdin=subprocess.DEVNULL)


def test_console_script_init_and_verify(db_path: Path) -> None:
    done = _console("--db", str(db_path), *INIT)
    assert done.returncode == 0, done.stderr
    assert OFFICE_CODE in done.stdout
    connection = sqlite3.connect(db_path)
    connection.execute("DELETE FROM audit_log WHERE id = 2")
    connection.commit()
    connection.close()
    done = _console("--db", str(db_path), "audit", "verify")
    assert done.returncode == 1
    assert done.stderr.strip() == "审计日志第 3 条之前有记录被删除。"


def test_console_script_bad_code(db_path: Path) -> None:
    done = _console("--db", str(db_path), "init", "--office-code", "991234", "--office-name",
                    "某县", "--mode", "county", "--admin", "admin")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "前两位“99”不是省级行政区划代码（11 北京 至 82 澳门）。"]


def test_backup_restore_with_yes_brings_the_old_state_back(run, office_db,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN a backup, and a user added after it
    run("backup", "create")
    backup = json.loads(run("backup", "list", "--json")[1])[0]["path"]
    monkeypatch.setenv("JIANGUAN_NEW_PASSWORD", "Zhang#Min2026")
    run("users", "add", "zhangmin", "--role", "clerk", "--name", "张敏")
    office_db.dispose()
    # WHEN the backup is restored
    code, out, err = run("backup", "restore", backup, "--yes")
    # THEN the user is gone, the replaced database was kept, and the chain still holds
    assert code == 0, err
    assert "已从" in out and "被替换的数据库已保存为" in out
    names = [user["username"] for user in json.loads(run("users", "--json")[1])]
    assert names == ["admin"]
    assert run("audit", "verify")[0] == 0


def test_backup_restore_over_a_broken_database(run, office_db, db_path: Path) -> None:
    # GIVEN a backup, then the database file overwritten with garbage
    run("backup", "create")
    backup = json.loads(run("backup", "list", "--json")[1])[0]["path"]
    office_db.dispose()
    garbage = "硬盘坏道写坏的数据".encode() * 400
    db_path.write_bytes(garbage)
    code, _out, err = run("users")
    assert code == 4 and "不是本程序的数据库" in _one_chinese_line(err)
    # WHEN the backup is restored
    code, out, err = run("backup", "restore", backup, "--yes")
    # THEN the data is back, and the broken file is kept byte for byte
    assert code == 0, err
    assert "原样保存为" in out
    names = [user["username"] for user in json.loads(run("users", "--json")[1])]
    assert names == ["admin"] and run("audit", "verify")[0] == 0
    kept = [item for item in json.loads(run("backup", "list", "--json")[1])
            if item["reason"] == "replaced"]
    assert len(kept) == 1 and Path(kept[0]["path"]).read_bytes() == garbage
    assert Path(kept[0]["path"]).name in out
