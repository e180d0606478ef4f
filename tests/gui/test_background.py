"""The background helper: the job runs off the GUI thread, shows progress, can be cancelled,
and its errors reach the user in words."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from jianguan_desktop.errors import UserError
from jianguan_desktop.io.excel_export import SheetColumn, write_xlsx
from jianguan_desktop.ui.background import ProgressDialog, run_in_background


def parent_widget(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_progress_is_shown_and_the_result_delivered_on_the_gui_thread(qtbot) -> None:
    parent = parent_widget(qtbot)
    halfway = threading.Event()
    go_on = threading.Event()
    threads: dict[str, object] = {}
    results: list[int] = []

    def job(progress) -> int:
        threads["job"] = threading.current_thread()
        progress.report(5, 10, "已处理 5 / 10 条")
        halfway.set()
        go_on.wait(10)
        return 42

    def done(result: int) -> None:
        threads["done"] = threading.current_thread()
        results.append(result)

    # WHEN a long job reports that it is half way
    task = run_in_background(parent, "导入测试", job, done)
    qtbot.waitUntil(lambda: task.dialog.bar.value() == 50)
    # THEN the progress window shows the title, the percentage and the text
    qtbot.waitUntil(task.dialog.isVisible)
    assert task.dialog.windowTitle() == "导入测试"
    assert task.dialog.label.text() == "已处理 5 / 10 条"
    # AND when it ends the result arrives on the GUI thread and the window goes away
    go_on.set()
    qtbot.waitUntil(lambda: task.done)
    assert results == [42]
    assert threads["job"] is not threading.main_thread()
    assert threads["done"] is threading.main_thread()
    assert not [w for w in QApplication.allWidgets()
                if isinstance(w, ProgressDialog) and w.isVisible()]


def test_cancel_stops_the_job_and_leaves_no_file(qtbot, tmp_path: Path) -> None:
    parent = parent_widget(qtbot)
    target = tmp_path / "导出.xlsx"
    cancelled: list[bool] = []
    done: list[int] = []

    def endless_rows():
        number = 0
        while True:
            yield [{"n": number + i} for i in range(100)]
            number += 100
            time.sleep(0.01)

    def job(progress) -> int:
        return write_xlsx(target, [SheetColumn("n", "序号", "int")], endless_rows(),
                          progress=progress)

    task = run_in_background(parent, "导出 Excel", job, done.append,
                             on_cancelled=lambda: cancelled.append(True))
    qtbot.waitUntil(task.dialog.isVisible)
    # WHEN the user presses Cancel
    task.dialog.cancel_button.click()
    assert task.dialog.label.text() == "正在取消…"
    qtbot.waitUntil(lambda: task.done)
    # THEN the job stopped, nothing was reported as done and no file was left
    assert task.outcome == "cancelled" and cancelled == [True] and done == []
    assert list(tmp_path.iterdir()) == []


def test_a_user_error_is_shown_as_its_message(qtbot) -> None:
    parent = parent_widget(qtbot)

    def job(_progress) -> None:
        raise UserError("文件夹 D:\\导出 不存在。")

    task = run_in_background(parent, "导出 Excel", job)
    qtbot.waitUntil(lambda: task.done)
    assert task.error_box is not None
    assert task.error_box.text() == "文件夹 D:\\导出 不存在。"
    assert task.error_box.detailedText() == ""


def test_an_unexpected_error_says_the_operation_failed_with_details_folded(qtbot) -> None:
    parent = parent_widget(qtbot)

    def job(_progress) -> None:
        raise RuntimeError("磁盘控制器没有响应")

    task = run_in_background(parent, "导出 Excel", job)
    qtbot.waitUntil(lambda: task.done)
    assert task.error_box.text() == "操作失败：磁盘控制器没有响应"
    details = task.error_box.detailedText()
    assert "Traceback" in details and "RuntimeError" in details


def test_a_caller_may_handle_errors_itself(qtbot) -> None:
    parent = parent_widget(qtbot)
    seen: list[BaseException] = []

    def job(_progress) -> None:
        raise UserError("不能导出。")

    task = run_in_background(parent, "导出", job, on_error=seen.append)
    qtbot.waitUntil(lambda: task.done)
    assert [str(error) for error in seen] == ["不能导出。"]
    assert task.error_box is None
