"""Regression for the PySide6 pin: Qt methods that return nothing must not leak None's refcount.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every such call, and the
process aborts with "Fatal Python error: none_dealloc"; pyproject.toml pins below 6.12.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

CALLS = 10_000

_SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(["refcount", "-platform", "offscreen"])
    widget = QWidget()
    before = sys.getrefcount(None)
    for number in range({calls}):
        widget.setEnabled(number % 2 == 0)
        widget.setObjectName("w")
    after = sys.getrefcount(None)
    print(before, after)
""")


def test_calls_returning_nothing_keep_none_alive() -> None:
    # GIVEN the installed PySide6
    # WHEN a fresh process makes ten thousand calls to Qt methods that return nothing
    result = subprocess.run([sys.executable, "-c", _SCRIPT.format(calls=CALLS)],
                            capture_output=True, text=True, timeout=120)
    # THEN the process ends normally and None did not lose a reference per call
    assert result.returncode == 0, result.stderr
    before, after = (int(part) for part in result.stdout.split())
    assert before - after < CALLS // 10, (before, after)
