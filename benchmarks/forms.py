"""Print how fast forms render to PDF: the first notice of a process (fonts found and read),
one notice warm, 1,000 notices, and a 300-row landscape list.

``python -m benchmarks.forms`` (or as part of ``python -m benchmarks.run``); run in a fresh
process so that the first render is cold. Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = 1_000
LIST_ROWS = 300

if str(ROOT) not in sys.path:  # the sample forms live in tests/
    sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--forms", type=int, default=FORMS, help="notices in the batch")
    parser.add_argument("--list-rows", type=int, default=LIST_ROWS)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    from jianguan_desktop.io.pdf.fonts import default_fonts
    from jianguan_desktop.io.pdf.render import render_pdf
    from tests.pdf_helpers import RARE_NAME, page_sizes_mm, sample_list, sample_notice

    imported = time.perf_counter() - started
    first = render_pdf(sample_notice())
    cold = time.perf_counter() - started
    print(f"\nForms to PDF ({len(page_sizes_mm(first))}-page notice with 版头, table, 版记)")
    print(f"  {'first_notice_cold_s':24} {cold * 1000:.0f} ms (import {imported * 1000:.0f} "
          "ms; finds and reads the fonts)")
    for choice in default_fonts().describe():
        note = ", stand-in" if choice.substitute else ""
        print(f"  {'font ' + choice.role.value:24} {choice.family} ({choice.origin}{note}) "
              f"{choice.file.name}")

    for _ in range(5):  # warm-up
        render_pdf(sample_notice())
    timings = []
    for seq in range(20):
        began = time.perf_counter()
        render_pdf(sample_notice(seq + 1))
        timings.append(time.perf_counter() - began)
    print(f"  {'one_notice_s':24} {statistics.median(timings) * 1000:.1f} ms (median of 20; "
          f"{min(timings) * 1000:.1f}–{max(timings) * 1000:.1f} ms)")

    names = [RARE_NAME, "张三、李四", "王五、赵六"]
    began = time.perf_counter()
    size = 0
    for seq in range(args.forms):
        size += len(render_pdf(sample_notice(seq + 1, names[seq % len(names)])))
    batch = time.perf_counter() - began
    print(f"  {'notices_batch_s':24} {batch:.1f} s for {args.forms:,} "
          f"({args.forms / batch:.0f} forms/s, {size / args.forms / 1024:.0f} KB each)")

    document = sample_list(args.list_rows)
    timings = []
    for _ in range(3):
        began = time.perf_counter()
        pdf = render_pdf(document)
        timings.append(time.perf_counter() - began)
    print(f"  {'list_landscape_s':24} {statistics.median(timings) * 1000:.0f} ms for "
          f"{args.list_rows} rows, {len(page_sizes_mm(pdf))} pages (median of 3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
