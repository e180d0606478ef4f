"""Working days: statutory holidays and 调休 make-up days, and deadlines counted in them.

Pure rules (no SQL, no Qt): a :class:`WorkdayCalendar` from known days and covered years
answers what a working day is and works out a :class:`Deadline` that explains itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Literal

from jianguan_desktop.i18n import tr

Unit = Literal["workdays", "days"]
# A period not counted: (first day, last day) inclusive, optionally with its reason
# (补正, 暂停, 检验、检测、鉴定、专家评审...).
Period = tuple[date, date] | tuple[date, date, str]
ONE_DAY = timedelta(days=1)
EXPLANATION_SEPARATOR = "；"  # between the steps of an explanation
MAX_COUNT = 3660  # about ten years of days: beyond it a count is a typing mistake


class DayKind(StrEnum):
    """What the holiday table says of a day; the value is what databases and files store."""

    HOLIDAY = "holiday"  # 放假: a declared rest day (a festival, or a weekday given off)
    MAKEUP = "makeup"  # 调休上班: a Saturday or Sunday that is worked


def kind_label(kind: DayKind | str) -> str:
    """What users call a kind of day."""
    labels = {DayKind.HOLIDAY: tr("Holiday"), DayKind.MAKEUP: tr("Make-up working day")}
    return labels[DayKind(kind)]


@dataclass(frozen=True)
class CalendarDay:
    """One day of the holiday table: a holiday or a make-up working day, and its festival."""

    day: date
    kind: DayKind
    name: str = ""


@dataclass(frozen=True)
class Deadline:
    """A worked-out time limit: from ``start``, ``count`` working or calendar days, due on
    ``due``; ``explanation`` says how (in the user's language), ``warnings`` name each year
    touched that the holiday table does not cover, ``skipped`` lists the holiday runs and
    periods not counted that lie in the count, each with its reason."""

    start: date
    count: int
    unit: Unit
    due: date
    explanation: str
    warnings: tuple[str, ...]
    skipped: tuple[tuple[date, date, str], ...]


@dataclass(frozen=True)
class DayRun:
    """Consecutive days of one kind (one break, e.g. 10月1日–8日 国庆节、中秋节) and their
    festivals."""

    first: date
    last: date
    kind: DayKind
    names: tuple[str, ...]

    @property
    def name(self) -> str:
        """The festivals run together: 国庆节、中秋节."""
        return "、".join(self.names)

    @property
    def length(self) -> int:
        """How many days the run has."""
        return (self.last - self.first).days + 1


def group_runs(days: Iterable[CalendarDay]) -> list[DayRun]:
    """Consecutive days of the same kind as runs, in date order."""
    runs: list[DayRun] = []
    for item in sorted(days, key=lambda entry: entry.day):
        previous = runs[-1] if runs else None
        if (previous is not None and previous.kind == item.kind
                and item.day - previous.last == ONE_DAY):
            runs[-1] = DayRun(previous.first, item.day, previous.kind,
                              (*previous.names, *_split_names(item.name, previous.names)))
        else:
            runs.append(DayRun(item.day, item.day, DayKind(item.kind),
                               _split_names(item.name, ())))
    return runs


def weekday_name(day: date) -> str:
    """星期一 … 星期日."""
    names = (tr("Monday"), tr("Tuesday"), tr("Wednesday"), tr("Thursday"), tr("Friday"),
             tr("Saturday"), tr("Sunday"))
    return names[day.weekday()]


def format_day(day: date, with_year: bool = False) -> str:
    """10月1日, or 2026年10月1日 with the year."""
    if with_year:
        return tr("{year}-{month}-{day}").format(year=day.year, month=day.month, day=day.day)
    return tr("{month}/{day}").format(month=day.month, day=day.day)


def format_day_weekday(day: date, with_year: bool = False) -> str:
    """10月11日（星期六）."""
    return f"{format_day(day, with_year)}（{weekday_name(day)}）"


def format_period(first: date, last: date, with_year: bool = False) -> str:
    """10月1日–8日, 1月28日–2月4日, 2026年12月31日–2027年1月3日; one day alone when the same."""
    if first == last:
        return format_day(first, with_year)
    if first.year == last.year and first.month == last.month:
        end = tr("{day} (day of the month)").format(day=last.day)
    elif first.year == last.year and not with_year:
        end = format_day(last)
    else:
        end = format_day(last, with_year)
    return f"{format_day(first, with_year)}–{end}"


def missing_year_warning(year: int) -> str:
    """The warning for a deadline touching a year the holiday table does not cover."""
    return tr("The statutory holidays of {year} have not been entered; the deadline counts "
              "Monday to Friday as working days. Check it, or import the State Council "
              "General Office's holiday arrangements for {year}.").format(year=year)


def _periods(not_counted: Sequence[Period]) -> list[tuple[date, date, str]]:
    periods: list[tuple[date, date, str]] = []
    for period in not_counted:
        first, last = period[0], period[1]
        reason = period[2] if len(period) > 2 else ""  # type: ignore[misc]
        if last < first:
            raise ValueError(f"a period not counted ends before it starts: {first} > {last}")
        periods.append((first, last, str(reason)))
    return sorted(periods)


class WorkdayCalendar:
    """The holiday table: Monday to Friday are working days unless declared holidays;
    Saturday and Sunday are rest days unless declared make-up working days."""

    def __init__(self, days: Iterable[CalendarDay], covered_years: Iterable[int]) -> None:
        self._days: dict[date, CalendarDay] = {}
        for item in days:
            self._days[item.day] = CalendarDay(item.day, DayKind(item.kind), item.name)
        self._covered = frozenset(int(year) for year in covered_years)

    # --- what the table says --------------------------------------------------------------

    @property
    def covered_years(self) -> tuple[int, ...]:
        """The years whose holidays and make-up days are all in the table."""
        return tuple(sorted(self._covered))

    def covers(self, year: int) -> bool:
        """Whether the table holds the whole of ``year``."""
        return year in self._covered

    def day(self, day: date) -> CalendarDay | None:
        """The table's entry for ``day`` (``None``: an ordinary day)."""
        return self._days.get(day)

    def days_of_year(self, year: int) -> list[CalendarDay]:
        """The year's holidays and make-up days in date order."""
        return sorted((item for item in self._days.values() if item.day.year == year),
                      key=lambda item: item.day)

    def is_workday(self, day: date) -> bool:
        """Monday to Friday unless a holiday; Saturday and Sunday only if a make-up day."""
        entry = self._days.get(day)
        if entry is not None:
            return entry.kind == DayKind.MAKEUP
        return day.weekday() < 5

    def holiday_runs(self, first: date, last: date) -> list[DayRun]:
        """The breaks of declared holidays that have days from ``first`` to ``last``,
        each clipped to that span."""
        return group_runs(item for item in self._days.values()
                          if item.kind == DayKind.HOLIDAY and first <= item.day <= last)

    def makeup_days(self, first: date, last: date) -> list[CalendarDay]:
        """The make-up working days from ``first`` to ``last``."""
        return sorted((item for item in self._days.values()
                       if item.kind == DayKind.MAKEUP and first <= item.day <= last),
                      key=lambda item: item.day)

    def missing_years(self, first: date, last: date) -> list[int]:
        """The years from ``first`` to ``last`` that the table does not cover."""
        return [year for year in range(first.year, last.year + 1) if year not in self._covered]

    # --- counting -------------------------------------------------------------------------

    def add_workdays(self, start: date, n: int, *, not_counted: Sequence[Period] = (),
                     label: str = "", event: str = "") -> Deadline:
        """The ``n``-th working day after ``start`` (the start day itself not counted);
        working days inside the inclusive ``not_counted`` periods are skipped too.

        ``label`` names the limit in the explanation (default 期限, e.g. 受理期限), ``event``
        what happened on the start day (default 收到).
        """
        _check_count(n)
        periods = _periods(not_counted)
        day, counted = start, 0
        while counted < n:
            day += ONE_DAY
            if self.is_workday(day) and not _inside(day, periods):
                counted += 1
        result = tr("{label} {count} working days, due {due}").format(
            label=label or tr("Time limit"), count=n, due=self._due_text(start, day))
        return self._deadline(start, n, "workdays", day, periods, event, [result], True)

    def add_days(self, start: date, n: int, *, not_counted: Sequence[Period] = (),
                 label: str = "", event: str = "") -> Deadline:
        """``n`` calendar days after ``start`` (days inside ``not_counted`` not counted); a
        last day that is a holiday or rest day moves to the next working day (民法典 第二百零三条:
        期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日)."""
        _check_count(n)
        periods = _periods(not_counted)
        day, counted = start, 0
        while counted < n:
            day += ONE_DAY
            if not _inside(day, periods):
                counted += 1
        last_day = day
        while not self.is_workday(day):
            day += ONE_DAY
        parts = []
        with_year = start.year != day.year
        moved: tuple[date, date, str] | None = None
        if day != last_day:
            entry = self._days.get(last_day)
            rest = tr("a holiday ({name})").format(name=entry.name) if (
                entry is not None and entry.name) else tr("a rest day")
            parts.append(tr("the last day {day} is {rest}, so the deadline moves to the next "
                            "working day").format(day=format_day_weekday(last_day, with_year),
                                                  rest=rest))
            moved = (last_day, day - ONE_DAY, rest)
        parts.append(tr("{label} {count} days, due {due}").format(
            label=label or tr("Time limit"), count=n, due=self._due_text(start, day)))
        deadline = self._deadline(start, n, "days", day, periods, event, parts, False)
        if moved is None:
            return deadline
        return replace(deadline, skipped=tuple(sorted((*deadline.skipped, moved))))

    def workdays_between(self, a: date, b: date) -> int:
        """Working days after ``a`` up to and including ``b`` (negative when ``b`` < ``a``)."""
        if b < a:
            return -self.workdays_between(b, a)
        count, day = 0, a
        while day < b:
            day += ONE_DAY
            if self.is_workday(day):
                count += 1
        return count

    # --- the explanation ------------------------------------------------------------------

    def _due_text(self, start: date, due: date) -> str:
        return format_day_weekday(due, start.year != due.year)

    def _deadline(self, start: date, n: int, unit: Unit, due: date,
                  periods: list[tuple[date, date, str]], event: str,
                  result: list[str], name_the_table: bool) -> Deadline:
        """The deadline with its explanation: the start, then (counting working days) the
        holiday runs and make-up days crossed, the periods not counted, then ``result``."""
        first = start + ONE_DAY
        with_year = start.year != due.year
        skipped: list[tuple[date, date, str]] = []
        parts = [format_day(start, with_year) + (event or tr("received"))]
        if due >= first:
            events: list[tuple[date, str, str]] = []  # (first day, kind of event, text)
            for run in self.holiday_runs(first, due) if name_the_table else ():
                reason = tr("{name} holiday").format(name=run.name) if run.names else tr(
                    "holiday")
                skipped.append((run.first, run.last, reason))
                events.append((run.first, "holiday",
                               format_period(run.first, run.last, with_year) + reason))
            events.extend((item.day, "makeup", format_day_weekday(item.day, with_year))
                          for item in (self.makeup_days(first, due) if name_the_table else ()))
            for period_first, period_last, reason in periods:
                low, high = max(period_first, first), min(period_last, due)
                if low > high:
                    continue
                skipped.append((low, high, reason))
                span = format_period(low, high, with_year)
                events.append((low, "period", tr("{period} {reason} not counted").format(
                    period=span, reason=reason) if reason else tr(
                    "{period} not counted").format(period=span)))
            parts.extend(_event_texts(sorted(events)))
        parts.extend(result)
        warnings = tuple(missing_year_warning(year)
                         for year in self.missing_years(min(first, due), due))
        return Deadline(start=start, count=n, unit=unit, due=due,
                        explanation=EXPLANATION_SEPARATOR.join(parts), warnings=warnings,
                        skipped=tuple(sorted(skipped)))


def _event_texts(events: list[tuple[date, str, str]]) -> list[str]:
    """The events in date order; make-up days next to each other in one phrase."""
    texts: list[str] = []
    makeups: list[str] = []
    for _day, kind, text in [*events, (date.max, "", "")]:
        if kind == "makeup":
            makeups.append(text)
            continue
        if makeups:
            texts.append(tr("{days} make-up working day").format(days="、".join(makeups)))
            makeups = []
        if text:
            texts.append(text)
    return texts


def _split_names(name: str, known: tuple[str, ...]) -> tuple[str, ...]:
    """The festivals of a day's name (国庆节、中秋节 is two) not yet in ``known``."""
    return tuple(part for part in name.split("、") if part and part not in known)


def _inside(day: date, periods: list[tuple[date, date, str]]) -> bool:
    return any(first <= day <= last for first, last, _reason in periods)


def _check_count(n: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= MAX_COUNT:
        raise ValueError(f"a deadline counts 0 to {MAX_COUNT} days, not {n!r}")
