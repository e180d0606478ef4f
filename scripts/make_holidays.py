"""Developer tool: write resources/calendar/holidays.json (2020–2026) from ``chinesecalendar``.

Run ``pip install chinesecalendar`` then ``python scripts/make_holidays.py``; the package is
needed only here (the program reads the committed JSON). Corrections below are checked by hand.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

FIRST_YEAR, LAST_YEAR = 2020, 2026
OUT = Path(__file__).resolve().parent.parent / "resources" / "calendar" / "holidays.json"

# The package's short Chinese names → the names of the State Council notices.
FULL_NAMES = {"清明": "清明节", "端午": "端午节", "中秋": "中秋节"}

# Breaks where two festivals fall together, named as the notice names them (the package
# names each day after one of them; in 2020 it calls the whole break 国庆节).
JOINT_BREAKS: dict[tuple[date, date], str] = {
    (date(2020, 10, 1), date(2020, 10, 8)): "国庆节、中秋节",  # 国庆节、中秋节：10月1日至8日
    (date(2023, 9, 29), date(2023, 10, 6)): "中秋节、国庆节",  # 中秋节、国庆节：9月29日至10月6日
    (date(2025, 10, 1), date(2025, 10, 8)): "国庆节、中秋节",  # 国庆节、中秋节：10月1日至8日
}
JOINT_REACH = timedelta(days=14)  # a make-up day of a joint break lies this close to it


def _name(holiday: Any) -> str:
    from chinese_calendar.constants import Holiday

    chinese = Holiday(holiday).chinese  # the package stores the English name
    return FULL_NAMES.get(chinese, chinese)


def _joint_name(day: date) -> str | None:
    for (first, last), name in JOINT_BREAKS.items():
        if first - JOINT_REACH <= day <= last + JOINT_REACH:
            return name
    return None


def build() -> dict[str, Any]:
    """The table: covered years, then every holiday and make-up working day by date."""
    import chinese_calendar
    from chinese_calendar.constants import holidays, workdays

    days: list[dict[str, str]] = []
    for day, holiday in sorted(holidays.items()):
        if FIRST_YEAR <= day.year <= LAST_YEAR:
            days.append({"date": day.isoformat(), "kind": "holiday",
                         "name": _joint_name(day) or _name(holiday)})
    for day, holiday in sorted(workdays.items()):
        if FIRST_YEAR <= day.year <= LAST_YEAR and day.weekday() >= 5:
            name = _name(holiday)
            joint = _joint_name(day)
            days.append({"date": day.isoformat(), "kind": "makeup",
                         "name": joint if joint and name in joint else name})
    days.sort(key=lambda item: item["date"])
    return {
        "about": "法定节假日和调休上班日，依国务院办公厅各年部分节假日安排的通知；"
                 "由 scripts/make_holidays.py 从 chinesecalendar "
                 f"{getattr(chinese_calendar, '__version__', '')} 生成并人工核对",
        "covered_years": list(range(FIRST_YEAR, LAST_YEAR + 1)),
        "days": days,
    }


def render(table: dict[str, Any]) -> str:
    """The JSON with one day a line, for readable diffs."""
    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = [f'{{"about": {dump(table["about"])},',
             f' "covered_years": {dump(table["covered_years"])},', ' "days": [']
    lines.extend(f"  {dump(day)}," for day in table["days"])
    lines[-1] = lines[-1].rstrip(",")
    return "\n".join([*lines, " ]", "}"]) + "\n"


def main() -> int:
    """Write the JSON (or with ``--check`` say whether the committed one is current)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the committed file differs from a fresh build")
    args = parser.parse_args()
    text = render(build())
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        print("up to date" if current == text else f"{OUT} differs from a fresh build")
        return 0 if current == text else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
