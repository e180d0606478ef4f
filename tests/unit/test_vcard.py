"""vCard 3.0 of the liaison directory read back as an address book reads it: Chinese names
split into family and given name, lines folded at 75 octets, commas and semicolons escaped."""

from __future__ import annotations

import vobject

from jianguan_desktop.io.vcard import Contact, fold, split_name, write_vcards

LONG_UNIT = ("中共滑县纪律检查委员会 滑县监察委员会第三纪检监察室"
             "（派驻县发展和改革委员会纪检监察组）")


def _cards(text: str) -> list:
    return list(vobject.readComponents(text))


def test_two_people_come_back_with_their_names_unit_post_and_numbers() -> None:
    text = write_vcards([
        Contact("王海燕", "滑县审计局", "投资审计股股长（联络员）", "13812345678",
                "0372-8110208", "whg@hx.gov.cn", "联络员，2026年1月5日起任"),
        Contact("欧阳明月", LONG_UNIT, "副书记（责任领导）", mobile="13903720001")])
    first, second = _cards(text)
    assert first.fn.value == "王海燕"
    assert (first.n.value.family, first.n.value.given) == ("王", "海燕")
    assert first.org.value == ["滑县审计局"] and first.title.value == "投资审计股股长（联络员）"
    phones = {tel.type_param: tel.value for tel in first.contents["tel"]}
    assert phones == {"CELL": "13812345678", "WORK": "0372-8110208"}
    assert first.email.value == "whg@hx.gov.cn" and first.note.value.startswith("联络员")
    assert (second.n.value.family, second.n.value.given) == ("欧阳", "明月")
    assert second.org.value == [LONG_UNIT] and "email" not in second.contents


def test_lines_end_in_crlf_and_are_folded_at_75_octets_between_characters() -> None:
    text = write_vcards([Contact("张三", LONG_UNIT, note="很长的备注" * 20)])
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # folded
    for line in lines:
        line.decode("utf-8")  # no character cut in two
    [card] = _cards(text)
    assert card.note.value == "很长的备注" * 20


def test_commas_semicolons_backslashes_and_line_breaks_are_escaped() -> None:
    note = "电话，含分机;0372-8123456,801\\备用\n第二行"
    text = write_vcards([Contact("李四", "甲单位;乙科室", note=note)])
    assert "NOTE:电话，含分机\\;0372-8123456\\,801\\\\备用\\n第二行" in text
    [card] = _cards(text)
    assert card.note.value == note
    assert card.org.value == ["甲单位;乙科室"]


def test_fold_keeps_a_short_line_and_names_without_a_surname_stay_whole() -> None:
    assert fold("FN:张三") == "FN:张三"
    assert split_name("买买提·艾力") == ("", "买买提·艾力")
    assert split_name("John Smith") == ("Smith", "John")
