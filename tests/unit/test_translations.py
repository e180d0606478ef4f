"""Every visible string is Chinese: each tr() literal has a finished zh_CN translation."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _i18n_tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "scripts" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_tr_string_has_a_chinese_translation() -> None:
    tool = _i18n_tool()
    found, problems = tool.collect()
    table = tool.load()
    missing = sorted(source for source in found if not table.get(source))
    assert problems == [], "tr() must get a literal string"
    assert missing == [], f"untranslated: {missing[:10]}"


def test_translations_are_chinese_and_keep_placeholders() -> None:
    tool = _i18n_tool()
    found, _ = tool.collect()
    table = tool.load()
    for source in found:
        text = table[source] or ""
        words = re.sub(r"\{\w*\}", "", source)
        if re.search(r"[A-Za-z]", words):  # a pattern of placeholders and marks needs no word
            assert re.search(r"[\u4e00-\u9fff]", text), f"not Chinese: {source!r} -> {text!r}"
        assert set(re.findall(r"\{\w*\}", source)) == set(re.findall(r"\{\w*\}", text)), source


def test_tr_returns_chinese_for_the_user(monkeypatch) -> None:
    from jianguan_desktop.i18n import tr

    monkeypatch.setenv("JIANGUAN_LANG", "zh_CN")
    assert tr("Administrator") == "管理员"
    monkeypatch.setenv("JIANGUAN_LANG", "en")
    assert tr("Administrator") == "Administrator"
