"""The draw of a batch (随机抽取) in the window: the pool before the draw, the seed typed or
generated, the witnesses; the record of a draw with its result, its check and its printing.

Everything goes through :mod:`jianguan_desktop.services.inspection_plans`; a draw the rules
refuse (a ratio the pool cannot meet, too few inspectors, an empty seed) is said at its field
and nothing is written. A redraw needs a reason and keeps the first draw.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jianguan_desktop.domain.inspections import SeedSource
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services import inspection_forms
from jianguan_desktop.services import inspection_plans as plans
from jianguan_desktop.services.inspection_plans import BatchInfo, DrawCheck, DrawInfo, PoolPreview
from jianguan_desktop.services.inspections import risk_labels, seed_source_labels
from jianguan_desktop.ui.background import BackgroundTask
from jianguan_desktop.ui.pages import AppContext
from jianguan_desktop.ui.print_preview import show_form_preview
from jianguan_desktop.ui.record_form import FieldDef
from jianguan_desktop.ui.registers._credit_shared import (
    FittingForm,
    ReadOnlyTable,
    day_text,
    fit_height,
)
from jianguan_desktop.ui.registers.transfers import RecordDetailDialog, Row, open_record_detail
from jianguan_desktop.ui.widgets import ERROR_STYLE, action_button, help_label

MISSING_COLOUR = "#b00020"  # a grade whose pool cannot meet its share
ENTERED = SeedSource.ENTERED.value
GENERATED = SeedSource.GENERATED.value


def ratios_text(ratios: dict[str, int]) -> str:
    """``A 1%、B 5%、C 21%、D 61%``."""
    return "、".join(f"{grade} {share}%" for grade, share in sorted(ratios.items()))


def batch_summary(batch: BatchInfo) -> str:
    """A batch in a few lines: its plan, items, objects, pool and ratios."""
    lines = [tr("{plan} — batch {seq}: {title} ({status})").format(
        plan=batch.plan_title, seq=batch.seq, title=batch.title, status=batch.status_label)]
    if batch.items:
        lines.append(tr("Items: {items}").format(items="、".join(item.name
                                                                 for item in batch.items)))
    lines.append(tr("Objects: {kind}, {industry}; pool: completed {start} to {end}").format(
        kind=batch.object_kind_label, industry=batch.industry or tr("every industry"),
        start=day_text(batch.pool_from) or "…", end=day_text(batch.pool_to) or "…"))
    lines.append(tr("Share per credit grade: {ratios}; {count} inspectors per object").format(
        ratios=ratios_text(batch.ratios), count=batch.per_object))
    return "\n".join(lines)


def compact(table: ReadOnlyTable) -> ReadOnlyTable:
    """Rows one line high, as in the registers."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


# --- the pool before the draw ---------------------------------------------------------------

class PoolPreviewBox(QWidget):
    """Per credit grade how many objects the pool has and how many will be drawn, how many
    inspectors may be drawn, and in red what would stop the draw."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = compact(ReadOnlyTable([tr("Credit grade"), tr("Objects in the pool"),
                                            tr("Share asked"), tr("To be drawn"),
                                            tr("Missing")]))
        self.total = QLabel()  # one short line each: not wrapped, so never squeezed
        self.problems = QLabel()
        self.problems.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.total)
        layout.addWidget(self.problems)

    def show_preview(self, preview: PoolPreview) -> None:
        """Show a batch's pool as it stands."""
        self.table.set_rows([[item.stratum, str(item.pool_size), f"{item.ratio}%",
                              str(item.to_draw), str(item.missing) if item.missing else ""]
                             for item in preview.strata])
        self.table.setFixedHeight(self.table.verticalHeader().defaultSectionSize()
                                  * len(preview.strata)
                                  + self.table.horizontalHeader().sizeHint().height()
                                  + self.table.frameWidth() * 2)
        for row, item in enumerate(preview.strata):
            if item.missing:
                for column in range(self.table.columnCount()):
                    cell = self.table.item(row, column)
                    if cell is not None:
                        cell.setForeground(QColor(MISSING_COLOUR))
        self.total.setText(tr("{size} objects in the pool, {drawn} to be drawn; {people} "
                              "inspectors may be drawn.").format(
            size=preview.pool_size, drawn=preview.to_draw, people=preview.inspectors))
        self.problems.setText("\n".join(preview.problems))
        self.problems.setVisible(bool(preview.problems))

    def show_failure(self, error: UserError) -> None:
        """The pool could not be read."""
        self.table.set_rows([])
        self.total.setText("")
        self.problems.setText(str(error))
        self.problems.setVisible(True)


# --- 抽取 / 重新抽取 -------------------------------------------------------------------------

def draw_fields(redraw: bool) -> list[FieldDef]:
    """The fields of the draw dialog (the reason only for a redraw)."""
    labels = plans.draw_field_labels()
    fields = [
        FieldDef("seed", labels["seed"], required=True, max_length=plans.SEED_MAX,
                 placeholder=tr("The number read out in front of the witnesses"), help=tr(
                     "Type the number read out at the draw, or let the program generate one; "
                     "it is printed on the record, and anyone can re-run the draw with it.")),
        FieldDef("seed_source", labels["seed_source"], "combo", required=True,
                 choices=list(seed_source_labels().items())),
        FieldDef("drawn_on", labels["drawn_on"], "date", required=True),
        FieldDef("witnesses", labels["witnesses"], "text",
                 placeholder=tr("One name per line, with the unit: 张明（县纪委监委）")),
        FieldDef("place", labels["place"], max_length=200,
                 placeholder=tr("Such as 县公共资源交易中心三楼会议室")),
    ]
    if redraw:
        fields.insert(0, FieldDef("reason", labels["redraw_reason"], "text", required=True,
                                  help=tr("The first draw is kept with this reason; its "
                                          "objects not yet inspected are released.")))
    return fields


class DrawForm(FittingForm):
    """抽取 a batch (``first`` None) or draw it again: the batch, its pool before the draw, the
    seed typed or generated, date, witnesses and place. The draw runs in one transaction; a
    refusal lands at its field (the seed) or at the pool, and nothing is written."""

    def __init__(self, ctx: AppContext, batch: BatchInfo, first: DrawInfo | None = None,
                 parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.batch = batch
        self.first = first
        self.record_dialog: DrawRecordDialog | None = None
        title = (tr("Draw: {title}").format(title=batch.title) if first is None
                 else tr("Draw again: {number}").format(number=first.number))
        values: dict[str, Any] = {"seed_source": ENTERED, "drawn_on": date.today()}
        if first is not None:
            values |= {"witnesses": "\n".join(first.witnesses), "place": first.place}
        super().__init__(draw_fields(first is not None), self._draw, values, title, parent)
        self.setMinimumWidth(720)
        self.save_button.setText(tr("Draw") if first is None else tr("Draw again"))
        self.save_button.setToolTip(tr("Run the draw and keep its record (Ctrl+S)"))
        self.summary = help_label(batch_summary(batch))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.summary)
        self.pool = PoolPreviewBox()
        self.form.add_field("pool", tr("The pool"), self.pool,
                            aliases=("rules", "inspectors", "per_object", "algorithm"))
        self.move_last_row(1 if first is not None else 0)
        refusal = self.form.findChild(QLabel, "error_pool")
        if refusal is not None:
            refusal.setWordWrap(False)  # a refusal of the pool is one line: never squeezed
        self._add_generate_button()
        self.refresh_preview()
        self.set_values(self.values())  # the form counts as unchanged
        fit_height(self)

    def _add_generate_button(self) -> None:
        """由程序生成 beside the seed; typing in the seed makes it "entered" again."""
        seed = self.widgets["seed"]
        assert isinstance(seed, QLineEdit)
        box = seed.parentWidget()
        assert box is not None
        column = box.layout()
        assert isinstance(column, QVBoxLayout)
        self.generate_button = action_button(tr("Generate"), tr(
            "Let the program make a 12-digit seed from the computer's random source; print it "
            "on the record and read it out"), self.generate_seed)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        column.removeWidget(seed)
        row.addWidget(seed, 1)
        row.addWidget(self.generate_button)
        column.insertLayout(0, row)
        seed.textEdited.connect(lambda _text: self._put("seed_source", ENTERED))

    def _put(self, key: str, value: Any) -> None:
        self._set_value(next(field for field in self.fields if field.key == key), value)

    def generate_seed(self) -> str:
        """A seed made by the program, shown in the field."""
        seed = plans.generate_seed()
        self._put("seed", seed)
        self._put("seed_source", GENERATED)
        self.form.set_error("seed", "")
        return seed

    def refresh_preview(self) -> None:
        """Read the batch's pool again (as it would be drawn today)."""
        try:
            self.pool.show_preview(plans.pool_preview(self.ctx.database, self.ctx.actor,
                                                      self.batch.id))
        except UserError as error:
            self.pool.show_failure(error)

    def local_errors(self) -> dict[str, str]:
        """As the record form; an empty seed says how to get one."""
        errors = super().local_errors()
        if "seed" in errors:
            errors["seed"] = tr("Enter the seed of the draw (for example a number read out in "
                                "front of the witnesses), or let the program generate one.")
        return errors

    def _draw(self, values: dict[str, Any]) -> DrawInfo:
        data = {key: values[key] for key in ("seed", "seed_source", "drawn_on", "witnesses",
                                            "place")}
        db, actor = self.ctx.database, self.ctx.actor
        if self.first is None:
            return plans.run_draw(db, actor, self.batch.id, data)
        return plans.redraw(db, actor, self.first.id, data | {"reason": values["reason"]})


# --- the record of a draw ----------------------------------------------------------------------

def drawn_headers() -> list[str]:
    """The columns of a draw's result."""
    return [tr("No."), tr("Object drawn"), tr("Kind"), tr("Credit grade"), tr("Risk"),
            tr("Industry"), tr("Inspectors")]


def drawn_rows(info: DrawInfo) -> list[list[str]]:
    """The objects drawn, in the order drawn, with their inspectors."""
    risks = risk_labels()
    return [[str(number), item.name, item.kind_label, item.stratum,
             risks.get(item.risk, str(item.risk)), item.industry, "、".join(item.inspectors)]
            for number, item in enumerate(info.drawn, start=1)]


def draw_rows(info: DrawInfo) -> list[Row]:
    """Everything the record keeps, section by section."""
    labels = plans.draw_field_labels()
    rows: list[Row] = [
        tr("The draw"),
        (labels["number"], info.number),
        (tr("Plan and batch"), f"{info.plan_title} — {info.batch_title}"),
        (labels["drawn_on"], day_text(info.drawn_on)),
        (labels["place"], info.place),
        (labels["witnesses"], "、".join(info.witnesses)),
        (labels["status"], info.status_label),
        (labels["redraw_of"], info.redraw_of_number),
        (labels["redraw_reason"], info.redraw_reason),
        (labels["superseded_by"], info.superseded_by_number),
        tr("What anyone needs to re-run it"),
        (labels["seed"], info.seed),
        (labels["seed_source"], info.seed_source_label),
        (labels["algorithm"], info.algorithm),
        (labels["pool_hash"], info.pool_hash),
        (labels["pool_size"], str(info.pool_size)),
        (tr("Inspectors in the draw"), str(info.inspector_count)),
        (labels["drawn_count"], str(info.drawn_count)),
        (tr("Drawn per credit grade"), "；".join(f"{item.stratum}：{item.ratio_text}"
                                                  for item in info.strata)),
        tr("Objects drawn and their inspectors"),
    ]
    return rows


class DrawRecordDialog(RecordDetailDialog):
    """A 随机抽取记录 in full: the seed, the algorithm, the pool's SHA-256 and size, the objects
    drawn with their inspectors; it is printed for the witnesses to sign and checked by
    re-running it."""

    def __init__(self, ctx: AppContext, info: DrawInfo, parent: QWidget | None = None) -> None:
        table = compact(ReadOnlyTable(drawn_headers()))
        table.set_rows(drawn_rows(info))
        super().__init__(tr("Random draw record {number}").format(number=info.number),
                         draw_rows(info), (plans.draw_field_labels()["superseded_by"],),
                         table, parent)
        self.ctx = ctx
        self.info = info
        self.preview_task: BackgroundTask | None = None
        self.check: DrawCheck | None = None
        self.print_button = action_button(tr("Print draw record"), tr(
            "The 随机抽取记录 with the seed, the pool's SHA-256 and lines for the witnesses' "
            "signatures"), self.print_record)
        self.verify_button = action_button(tr("Verify"), tr(
            "Re-run the draw from its record and compare with the result kept"), self.verify)
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.check_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.verify_button)
        row.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, self.check_label)
        layout.insertLayout(layout.count() - 1, row)
        self.resize(900, 720)

    def print_record(self) -> BackgroundTask:
        """Preview the 随机抽取记录."""
        self.preview_task = show_form_preview(self, self.ctx, inspection_forms.DRAW_FORM,
                                              self.info.number)
        return self.preview_task

    def verify(self) -> DrawCheck | None:
        """校验: re-run the draw and say whether it gives the recorded result."""
        try:
            self.check = plans.verify_draw(self.ctx.database, self.ctx.actor, self.info.id)
        except UserError as error:
            self.check_label.setText(str(error))
            self.check_label.setStyleSheet(ERROR_STYLE)
            self.check_label.show()
            return None
        self.check_label.setText(check_text(self.check))
        self.check_label.setStyleSheet("color: #1b7f3b; font-weight: bold;" if self.check.matches
                                       else ERROR_STYLE + " font-weight: bold;")
        self.check_label.show()
        return self.check


def check_text(check: DrawCheck) -> str:
    """一致, or the differences found, in words."""
    if check.matches:
        return tr("{number}: consistent. Re-run from its record, the draw gives exactly the "
                  "recorded result.").format(number=check.number)
    return "\n".join([tr("{number}: NOT consistent. Differences found:").format(
        number=check.number), *(f"• {text}" for text in check.differences)])


def open_draw_record(parent: QWidget, ctx: AppContext, info: DrawInfo) -> DrawRecordDialog:
    """Show a draw record (modal to its window; it deletes itself when closed)."""
    dialog = DrawRecordDialog(ctx, info, parent)
    open_record_detail(parent, dialog)
    return dialog


def open_draw_form(parent: QWidget, ctx: AppContext, batch: BatchInfo,
                   first: DrawInfo | None = None,
                   after: Sequence[Any] = ()) -> DrawForm:
    """Open the draw dialog; when it has drawn, its record is shown and ``after`` run."""
    form = DrawForm(ctx, batch, first, parent)

    def drawn(info: DrawInfo) -> None:
        for callback in after:
            callback()
        form.record_dialog = open_draw_record(parent, ctx, info)

    form.saved.connect(drawn)
    form.open()
    return form
