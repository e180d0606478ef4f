"""Print how fast forms render to PDF: the first form of a process (cold: reportlab imported,
fonts found and read — what every ``jianguan print`` pays), one notice warm, 1,000 notices,
and a 300-row landscape list.

``python -m benchmarks.forms`` (or as part of ``python -m benchmarks.run``). Each cold figure
is the median of fresh processes, split into its phases. Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = 1_000
LIST_ROWS = 300
COLD_RUNS = 5

if str(ROOT) not in sys.path:  # the sample forms live in tests/
    sys.path.insert(0, str(ROOT))


def cold(kind: str) -> dict[str, float]:
    """One fresh process: import, find the fonts, read the role fonts, render one form
    (``notice``: the sample notice with its rare names; ``list``: a 40-row list)."""
    started = time.perf_counter()
    from jianguan_desktop.io.pdf.fonts import FontRole, default_fonts
    from jianguan_desktop.io.pdf.render import render_pdf
    from tests.pdf_helpers import sample_list, sample_notice

    imported = time.perf_counter()
    fonts = default_fonts()
    found = time.perf_counter()
    for role in (FontRole.FANGSONG, FontRole.HEITI):  # the body's and the headers' fonts
        fonts.font(role)
    read = time.perf_counter()
    render_pdf(sample_notice() if kind == "notice" else sample_list(40))
    done = time.perf_counter()
    return {"import": imported - started, "discover": found - imported,
            "read_fonts": read - found, "render": done - read, "total": done - started}


def cold_medians(kind: str, runs: int) -> dict[str, float]:
    """Medians of ``runs`` fresh processes."""
    samples = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-m", "benchmarks.forms", "--cold", kind],
                              cwd=ROOT, capture_output=True, text=True, check=True)
        samples.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return {key: statistics.median(sample[key] for sample in samples) for key in samples[0]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--forms", type=int, default=FORMS, help="notices in the batch")
    parser.add_argument("--list-rows", type=int, default=LIST_ROWS)
    parser.add_argument("--cold-runs", type=int, default=COLD_RUNS)
    parser.add_argument("--cold", choices=("notice", "list"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.cold:  # the child process of a cold measurement
        print(json.dumps(cold(args.cold)))
        return 0

    from jianguan_desktop.io.pdf.fonts import default_fonts
    from jianguan_desktop.io.pdf.render import render_pdf
    from tests.pdf_helpers import RARE_NAME, page_sizes_mm, sample_list, sample_notice

    first = render_pdf(sample_notice())
    print(f"\nForms to PDF ({len(page_sizes_mm(first))}-page notice with 版头, table, 版记)")
    for kind in ("notice", "list"):
        phases = cold_medians(kind, args.cold_runs)
        print(f"  {'first_' + kind + '_cold_s':24} {phases['total'] * 1000:.0f} ms (median of "
              f"{args.cold_runs} fresh processes: import {phases['import'] * 1000:.0f}, find "
              f"fonts {phases['discover'] * 1000:.0f}, read 仿宋+黑体 "
              f"{phases['read_fonts'] * 1000:.0f}, render {phases['render'] * 1000:.0f} ms)")
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
