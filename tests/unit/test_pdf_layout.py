"""Line breaking of Chinese on the GB/T 9704 grid: 28 characters fill the 156 mm line,
punctuation never starts a line, Latin words stay whole, justified lines reach the edge.

A fake font (Chinese 1 em wide, Latin half) keeps these tests off the disk.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jianguan_desktop.io.pdf.fonts import FontRole
from jianguan_desktop.io.pdf.layout import (
    BODY_CELL,
    BODY_SIZE,
    CHARS_PER_LINE,
    NO_LINE_END,
    NO_LINE_START,
    TEXT_WIDTH,
    Line,
    TextStyle,
    balance_lines,
    break_lines,
    line_start,
    spacing,
)


class FakeFont:
    name = "fake"

    def width(self, ch: str) -> float:
        return 1000.0 if ord(ch) >= 0x2E80 else 500.0

    def has(self, ch: str) -> bool:
        return True


class FakeFonts:
    font = FakeFont()

    def runs(self, text: str, role: FontRole) -> list[tuple[FakeFont, str]]:
        return [(self.font, text)] if text else []


FONTS = FakeFonts()
BODY = TextStyle()


def texts(lines: list[Line]) -> list[str]:
    return ["".join(glyph.ch for glyph in line.glyphs) for line in lines]


def lay(text: str, **options: float) -> list[str]:
    return texts(break_lines(text, BODY, FONTS, TEXT_WIDTH, **options))  # type: ignore[arg-type]


def test_28_characters_of_3hao_fill_one_line_exactly() -> None:
    assert BODY_SIZE == 16
    assert [len(line) for line in lay("监" * 28)] == [28]
    assert [len(line) for line in lay("监" * 29)] == [28, 1]
    # 3号 is kept; the 28 characters are set 0.21 pt closer to fit 156 mm
    spanned = CHARS_PER_LINE * BODY_SIZE + (CHARS_PER_LINE - 1) * BODY.tracking
    assert spanned == pytest.approx(TEXT_WIDTH)
    assert BODY.tracking == pytest.approx(-0.2146, abs=1e-4)


def test_a_paragraph_indent_is_two_characters_of_the_grid() -> None:
    lines = lay("监" * 40, first_indent=2 * BODY_CELL)
    assert [len(line) for line in lines] == [26, 14]


def test_closing_punctuation_never_starts_a_line() -> None:
    # GIVEN 28 characters and a full stop that would begin line two
    lines = lay("监" * 28 + "。后")
    # THEN the last character goes down with it
    assert lines == ["监" * 27, "监。后"]


def test_an_opening_bracket_never_ends_a_line() -> None:
    lines = lay("监" * 27 + "《招标投标法》")
    assert not lines[0].endswith("《")
    assert lines[1].startswith("《")


OPENING = "〔（《“【‘「"
CLOSING = "〕）》”】’」，。、；：？！"
CELL = TextStyle(FontRole.FANGSONG, 14, 19, 0.0, "left")  # a table cell


def cell_lines(text: str, cells: float, style: TextStyle = CELL) -> list[str]:
    """``text`` broken in a cell ``cells`` characters wide."""
    return texts(break_lines(text, style, FONTS, cells * style.size + 0.5))  # type: ignore[arg-type]


def breaks_a_rule(lines: list[str]) -> bool:
    return (any(line[-1] in NO_LINE_END for line in lines[:-1] if line)
            or any(line[0] in NO_LINE_START for line in lines[1:] if line))


def test_the_kinsoku_sets_cover_every_bracket_and_stop() -> None:
    assert set(OPENING) <= NO_LINE_END
    assert set(CLOSING) <= NO_LINE_START


@pytest.mark.parametrize("cells", [3, 3.5, 4, 5, 6, 7])
def test_a_document_number_in_a_narrow_cell_keeps_its_brackets(cells: float) -> None:
    # GIVEN 发文字号 in a list column a few characters wide
    for number in ("安监〔2026〕4号", "豫滑监〔2026〕17号"):
        lines = cell_lines(number, cells)
        # THEN no line ends with 〔 and none starts with 〕, and nothing is lost
        assert not breaks_a_rule(lines), lines
        assert "".join(lines) == number


@pytest.mark.parametrize("lead", range(20, 29))
def test_a_closing_quote_and_comma_go_down_with_a_character(lead: int) -> None:
    # GIVEN a line that would end anywhere in “说明”，
    text = "监" * lead + "“说明”，后文"
    lines = lay(text)
    # THEN neither the quote nor the comma starts a line: characters before them come down
    assert not breaks_a_rule(lines), lines
    assert "".join(lines) == text


def test_a_bracket_alone_is_never_left_at_the_end_of_a_line() -> None:
    for cells in (3, 4, 5, 6):
        lines = cell_lines("关于《招标投标法》的“说明”，（一）测试。", cells)
        assert not breaks_a_rule(lines), (cells, lines)


TOKEN = st.tuples(st.sampled_from(["", *OPENING]),
                  st.one_of(st.sampled_from("监管交易公告项目"),
                            st.integers(0, 9999).map(str)),
                  st.text(alphabet=CLOSING, max_size=2))


@settings(max_examples=150, deadline=None)
@given(tokens=st.lists(TOKEN, min_size=1, max_size=40), cells=st.integers(5, 28),
       body=st.booleans())
def test_no_line_ends_with_an_opening_or_starts_with_a_closing_mark(
        tokens: list[tuple[str, str, str]], cells: int, body: bool) -> None:
    # GIVEN any text of words, numbers, brackets and stops, in the body or in a table cell
    text = "".join("".join(token) for token in tokens)
    lines = (lay(text, first_indent=2 * BODY_CELL) if body and cells == 28
             else cell_lines(text, cells))
    # THEN the 禁则 hold on every line, and the lines give back the text
    assert not breaks_a_rule(lines), lines
    assert "".join(lines) == text


def test_latin_words_and_numbers_stay_whole() -> None:
    text = "监" * 25 + "reportlab 0372-8123456"
    lines = lay(text)
    assert lines[0].endswith("监")  # "reportlab" did not fit, it was not cut
    assert lines[1] == "reportlab 0372-8123456"


def test_a_word_longer_than_the_line_is_cut() -> None:
    lines = lay("x" * 70)
    assert "".join(lines) == "x" * 70
    assert len(lines) == 2


def test_a_line_break_in_the_text_starts_a_new_indented_paragraph() -> None:
    lines = break_lines("第一段\n第二段", BODY, FONTS, TEXT_WIDTH,  # type: ignore[arg-type]
                        first_indent=2 * BODY_CELL)
    assert texts(lines) == ["第一段", "第二段"]
    assert [line.indent for line in lines] == [2 * BODY_CELL, 2 * BODY_CELL]


def test_justified_lines_reach_the_right_edge_and_the_last_does_not() -> None:
    lines = break_lines("监" * 20 + "ab" + "监" * 20, BODY, FONTS,  # type: ignore[arg-type]
                        TEXT_WIDTH)
    first, last = lines
    char_space, _ = spacing(first, BODY)
    drawn = sum(g.width for g in first.glyphs) + char_space * (len(first.glyphs) - 1)
    assert drawn == pytest.approx(TEXT_WIDTH)
    assert spacing(last, BODY) == (BODY.tracking, 0.0)


def test_a_justified_line_with_spaces_stretches_its_spaces() -> None:
    lines = break_lines("word " * 20, BODY, FONTS, TEXT_WIDTH)  # type: ignore[arg-type]
    char_space, word_space = spacing(lines[0], BODY)
    assert char_space == BODY.tracking
    assert word_space > 0


def test_a_centred_title_is_balanced_longer_lines_first() -> None:
    title = TextStyle(FontRole.XIAOBIAOSONG, 22, 29, 0.0, "center")
    lines = balance_lines("关" * 30, title, FONTS, TEXT_WIDTH)  # type: ignore[arg-type]
    lengths = [len(line.glyphs) for line in lines]
    assert lengths == [15, 15]
    assert line_start(lines[0], title) == pytest.approx(
        (TEXT_WIDTH - 15 * 22) / 2)


def test_a_title_keeps_a_quoted_campaign_name_on_one_line() -> None:
    # GIVEN a notice title whose balanced break would fall inside “双随机、一公开”
    title = TextStyle(FontRole.XIAOBIAOSONG, 22, 29, 0.0, "center")
    text = "关于开展2026年度“双随机、一公开”抽查工作的通知"
    # WHEN it is set as a title
    lines = texts(balance_lines(text, title, FONTS, TEXT_WIDTH))  # type: ignore[arg-type]
    # THEN the quoted name stands whole on one line and nothing is lost
    assert len(lines) == 2
    assert any("“双随机、一公开”" in line for line in lines)
    assert "".join(lines) == text


def test_a_phrase_longer_than_a_line_still_breaks() -> None:
    title = TextStyle(FontRole.XIAOBIAOSONG, 22, 29, 0.0, "center")
    text = "关于《" + "规" * 40 + "》的通知"
    lines = texts(balance_lines(text, title, FONTS, TEXT_WIDTH))  # type: ignore[arg-type]
    assert "".join(lines) == text
    assert len(lines) >= 2
