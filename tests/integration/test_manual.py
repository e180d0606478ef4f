"""The user manual (docs/用户手册.md): every command line it shows runs as written, every
picture it links exists, and ``jianguan manual`` prints it as a PDF with its headings.

Command lines are the lines of its ```bash and ```shell blocks; they run in order in one
empty folder through the command line's entry point, as a shell would run them (``export``
sets a variable, ``NAME=value`` before a command sets it for that command, ``*`` is
expanded in the folder, ``mkdir`` makes a folder). A line that ends in the comment
``# （在窗口中操作）`` opens the window and is skipped; every other line of those blocks must
be a ``jianguan`` command, an ``export`` or a ``mkdir``.
"""

from __future__ import annotations

import glob
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from jianguan_desktop import cli
from jianguan_desktop.services import manual
from tests.pdf_helpers import document_text, fonts_used, squeeze

ROOT = Path(__file__).resolve().parents[2]
MANUAL = ROOT / "docs" / "用户手册.md"
WINDOW_MARK = "# （在窗口中操作）"
SHELL_FENCES = ("```bash", "```shell", "```sh")
SETUP_LINE = "bash scripts/setup.sh run"  # the source install; it is what this checkout ran
ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")


def shell_lines(text: str) -> list[str]:
    """The lines of the manual's shell blocks, in order, blank lines and comments left out."""
    lines: list[str] = []
    inside = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("```"):
            inside = not inside and stripped in SHELL_FENCES
            continue
        if inside and stripped and not stripped.startswith("#"):
            lines.append(stripped)
    return lines


def _expand(token: str, folder: Path) -> list[str]:
    if not any(mark in token for mark in "*?["):
        return [token]
    found = sorted(str(Path(path).relative_to(folder)) for path in glob.glob(str(folder / token)))
    return found or [token]  # bash keeps a pattern that matches nothing


def run_line(line: str, folder: Path, monkeypatch: pytest.MonkeyPatch,
             capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run one manual line as bash would; (exit code, stdout, stderr)."""
    tokens = shlex.split(line, comments=True)
    if tokens[0] == "mkdir":
        for name in tokens[1:]:
            if not name.startswith("-"):
                (folder / name).mkdir(parents=True, exist_ok=True)
        return 0, "", ""
    if tokens[0] == "export":
        for assignment in tokens[1:]:
            name, _equals, value = assignment.partition("=")
            monkeypatch.setenv(name, value)
        return 0, "", ""
    while tokens and ASSIGNMENT.match(tokens[0]):
        name, _equals, value = tokens.pop(0).partition("=")
        monkeypatch.setenv(name, value)
    assert tokens[0] == "jianguan", f"not a jianguan command: {line}"
    args = [expanded for token in tokens[1:] for expanded in _expand(token, folder)]
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_every_command_line_of_the_manual_runs_as_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # GIVEN an empty folder and no database yet (conftest points the data folder into tmp)
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    ran = []
    # WHEN every command line of the manual runs there, in order
    for line in shell_lines(MANUAL.read_text(encoding="utf-8")):
        if line.endswith(WINDOW_MARK):
            assert line.startswith("jianguan-desktop"), f"only window lines are skipped: {line}"
            continue
        if line == SETUP_LINE:
            continue
        code, out, err = run_line(line, folder, monkeypatch, capsys)
        # THEN each succeeds without a word on stderr
        assert code == 0 and "Traceback" not in err, f"{line}\n{out}\n{err}"
        ran.append(line)
    assert len(ran) >= 40
    for wanted in ("init", "sync import", "backup restore", "manual -o"):
        assert any(wanted in line for line in ran), wanted
    assert (folder / "用户手册.pdf").read_bytes().startswith(b"%PDF")
    assert list(folder.glob("U盘/410522-*-to-410500.jgpkg"))


def test_every_picture_the_manual_links_exists() -> None:
    text = MANUAL.read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", text)
    assert len(pictures) >= 15
    missing = [path for path in pictures if not (MANUAL.parent / path).is_file()]
    assert missing == []
    assert all(path.startswith("images/") and path.endswith(".png") for path in pictures)


def test_the_program_finds_the_manual_of_the_checkout() -> None:
    assert manual.manual_file() == MANUAL


def test_jianguan_manual_prints_the_manual_with_its_headings(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    assert cli.main(["manual", "-o", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    pdf = out.read_bytes()
    text = document_text(pdf)
    parsed = manual.load_manual()
    assert squeeze(parsed.title) in text
    headings = parsed.headings()
    assert len(headings) >= 30
    for heading in headings:
        assert squeeze(heading) in text, heading
    assert squeeze("jianguan sync export --to 410500 -o U盘") in text  # a code block
    assert all(font.embedded for font in fonts_used(pdf))


def test_the_markdown_subset_becomes_blocks(tmp_path: Path) -> None:
    from jianguan_desktop.io.pdf.document import Code, Heading, Image, Paragraph, Table

    parsed = manual.parse_manual(
        "# 标题\n\n## 一章\n\n第一段**加粗**，`代码`\n接着写。\n\n- 一项\n1. 第一步\n\n"
        "![图](images/a.png)\n\n```bash\njianguan version\n```\n\n| 甲 | 乙 |\n| --- | --- |\n"
        "| 1 | 2 |\n", tmp_path)
    assert parsed.title == "标题"
    kinds = [type(block) for block in parsed.blocks]
    assert kinds == [Heading, Paragraph, Paragraph, Paragraph, Image, Code, Table]
    assert parsed.blocks[1].text == "第一段加粗，代码接着写。"
    assert parsed.blocks[4].path == str(tmp_path / "images" / "a.png")
    assert parsed.blocks[6].rows == (("1", "2"),)


def test_the_screenshot_script_lists_its_shots() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshots.py"), "--list"],
                            capture_output=True, text=True, check=True, timeout=60)
    shots = result.stdout.split()
    assert "main_window" in shots and "draw_dialog" in shots
    text = MANUAL.read_text(encoding="utf-8")
    for path in re.findall(r"\]\(images/([^)]+)\.png\)", text):
        assert path in shots, f"{path}.png is not made by scripts/screenshots.py"
