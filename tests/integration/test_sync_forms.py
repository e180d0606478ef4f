"""The 数据交换回执 as it comes out of the printer (issue 8 item 2): a package from a county
imported at the city prints with its sender, its number and range, who imported it, the counts
per register and each rejected row with its reason; it is found by its id or by
``<sender>-<seq>``; rejected rows not kept with the summary are counted, not lost."""

from __future__ import annotations

import pytest

from jianguan_desktop.errors import NotFoundError
from jianguan_desktop.services import sync, sync_forms
from jianguan_desktop.services.forms import build_form, list_forms, render_form
from tests.integration import test_sync_roundtrip as roundtrip
from tests.integration.sync_package_helpers import exported_row, forged_package
from tests.pdf_helpers import document_text, page_sizes_mm

offices = roundtrip.offices  # the two counties and their city, keys exchanged

OWNER_REASON = "不属于发送数据包的单位"


def _rejecting_package(offices, tmp_path, forged: int = 1):
    """County A's package 1 to the city: one bidder of its own and ``forged`` rows of
    county B's bidders (which the city holds already and refuses to let A overwrite)."""
    city, a, b = offices
    own = roundtrip._entity(a, "安阳县甲建筑有限公司", roundtrip.code("91410522MA0000001"))
    b_ids = [roundtrip._entity(b, f"汤阴县{name}工程有限公司",
                               roundtrip.code(f"91410523MA000000{n}"))
             for n, name in zip(range(3, 3 + forged), "丙丁戊", strict=False)]
    city.take(b.send(city))
    rows = [exported_row(a, "entities", own)]
    for record in b_ids:
        row = exported_row(b, "entities", record)
        rows.append({**row, "name": "冒充的记录", "version": row["version"] + 5})
    return forged_package(a, city, rows, tmp_path / "forged")


def test_the_receipt_prints_what_the_import_did(offices, tmp_path) -> None:
    city, _a, _b = offices
    summary = city.take(_rejecting_package(offices, tmp_path))
    assert (summary.created, len(summary.rejected)) == (1, 1)

    pdf = render_form(city.db, city.admin, sync_forms.RECEIPT_FORM, summary.package_id)
    text = document_text(pdf)

    assert "数据交换回执" in text
    assert "发送单位：410522接收单位：安阳市公共资源交易监督管理办公室" in text  # forged: no name
    assert "数据包序号：第1号" in text and "变更序号：1至1" in text
    assert summary.package_id in text
    assert "导入人：" in text and "admin" in text
    # the counts table: 市场主体库 created 1, rejected 1; the totals row says the same
    assert "台账新建更新未变拒收市场主体库1001合计1001" in text
    # the rejected row, with its reason
    assert "冒充的记录" not in text and OWNER_REASON in text
    assert "序号台账记录拒收原因1市场主体库" in text
    assert "None" not in text and "Data exchange" not in text
    assert all(size == pytest.approx((210, 297), abs=1) for size in page_sizes_mm(pdf))


def test_the_receipt_is_found_by_sender_and_number_and_names_the_sender(offices) -> None:
    city, a, _b = offices
    roundtrip._entity(a, "安阳县甲建筑有限公司", roundtrip.code("91410522MA0000001"))
    city.take(a.send(city))
    roundtrip._entity(a, "安阳县乙建筑有限公司", roundtrip.code("91410522MA0000002"))
    second = city.take(a.send(city))

    document = build_form(city.db, city.admin, sync_forms.RECEIPT_FORM, "410522-2")
    text = document_text(render_form(city.db, city.admin, sync_forms.RECEIPT_FORM, " 410522-2 "))

    assert second.package_id in text
    assert "安阳县公共资源交易监督管理办公室（410522）" in text
    assert "第2号" in text and "没有拒收的记录" in text
    assert document.title == "数据交换回执"
    assert sync_forms.RECEIPT_FORM in {form.key for form in list_forms()}
    for missing in ("410522-3", "no-such-package"):
        with pytest.raises(NotFoundError) as refused:
            build_form(city.db, city.admin, sync_forms.RECEIPT_FORM, missing)
        assert "没有导入过数据包" in refused.value.message and missing in refused.value.message


def test_rejected_rows_not_kept_with_the_summary_are_counted(
        offices, tmp_path, monkeypatch) -> None:
    city, _a, _b = offices
    monkeypatch.setattr(sync, "DETAILS_LIMIT", 1)  # keep only the first rejected row
    summary = city.take(_rejecting_package(offices, tmp_path, forged=3))
    assert len(summary.rejected) == 3

    text = document_text(render_form(city.db, city.admin, sync_forms.RECEIPT_FORM,
                                     summary.package_id))

    assert "市场主体库1003合计1003" in text
    assert text.count(OWNER_REASON) == 1
    assert "另有2条拒收记录未随导入结果保存明细，以上仅列出前1条" in text


def test_the_reason_a_gap_was_accepted_is_printed(offices) -> None:
    city, a, _b = offices
    a.send(city)  # package 1 is lost on the way; package 2 arrives
    accepted = city.take(a.send(city), gap_reason="第1号数据包随U盘遗失，县局已确认")

    text = document_text(render_form(city.db, city.admin, sync_forms.RECEIPT_FORM,
                                     accepted.package_id))

    assert "第2号" in text
    assert "接受缺号的原因：第1号数据包随U盘遗失，县局已确认" in text
