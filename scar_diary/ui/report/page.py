"""The Report page: choose what goes into the doctor summary, write questions for the doctor,
then preview, print or save it as PDF (the same document each way); or export the ratings
and sessions as CSV. The summary is built on a worker, so the window stays responsive."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scar_diary.domain.changes import Changed
from scar_diary.report.child import Request
from scar_diary.report.content import ReportOptions, default_paper
from scar_diary.services.csv_export import export_csv
from scar_diary.services.diary import Diary
from scar_diary.services.errors import InvalidInput
from scar_diary.services.output_paths import check_output, check_output_folder
from scar_diary.storage.files import describe
from scar_diary.ui import dialogs, problems
from scar_diary.ui.enabling import set_enabled
from scar_diary.ui.icons import icon
from scar_diary.ui.preferences import OLD_QUESTIONS
from scar_diary.ui.report.summary_process import SummaryProcess
from scar_diary.ui.tasks import Lane, TaskRunner
from scar_diary.ui.visits.dialogs import pydate, qdate
from scar_diary.wording.dates import edit_format

if TYPE_CHECKING:
    from scar_diary.report.render import RenderedReport

# The renderer brings matplotlib (the slowest import of all): it is imported when a summary is
# first built, not when the window starts.

# Where earlier versions kept the questions (window settings); carried into the diary once.
SAVE_QUESTIONS_AFTER_MS = 800  # typing pauses this long before the questions are saved


class ReportPage(QWidget):
    pdf_saved = Signal(str)
    csv_saved = Signal(list)  # the files written
    rendered = Signal(object)  # RenderedReport, for preview and print

    def __init__(
        self,
        runner: TaskRunner,
        settings: QSettings,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportPage")
        self.runner, self.settings, self.today = runner, settings, today
        self.diary: Diary | None = None
        self._keep: tuple[QPrinter, QTextDocument] | None = None
        # built in a process of its own: the window never waits for photos or charts
        self.builder = SummaryProcess(self)
        self.builder.failed.connect(self._failed)
        self.builder.rendered.connect(self._built)
        self.builder.written.connect(self._saved)
        self._then: Callable[[RenderedReport], object] = lambda _report: None
        self._pdf_target = Path()

        self.scar_list = QListWidget(self)
        self.scar_list.setObjectName("reportScars")
        self.all_dates = QCheckBox(self.tr("All dates"), self)
        self.all_dates.setChecked(True)
        self.since = QDateEdit(self)
        self.until = QDateEdit(self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(edit_format())
        self.all_dates.toggled.connect(self._show_dates)
        self._show_dates(True)
        self.photos = QCheckBox(self.tr("Baseline and latest photos (aligned as saved)"), self)
        self.notes = QCheckBox(self.tr("My notes on the scars"), self)
        self.charts = QCheckBox(self.tr("Charts"), self)
        for box in (self.photos, self.notes, self.charts):
            box.setChecked(True)
        self.paper = QComboBox(self)
        self.paper.addItems(["A4", "Letter"])
        self.paper.setCurrentText(default_paper(QLocale().name().split("_")[-1]))
        self.paper.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.paper.setMaximumWidth(160)
        self.questions = QPlainTextEdit(self)
        self.questions.setObjectName("questions")
        self.questions.setPlaceholderText(
            self.tr("One question per line, for example: Should I go on after session 6?")
        )
        self._save_questions = QTimer(self)
        self._save_questions.setSingleShot(True)
        self._save_questions.setInterval(SAVE_QUESTIONS_AFTER_MS)
        self._save_questions.timeout.connect(self.save_questions)
        self.questions.textChanged.connect(self._save_questions.start)

        options = QGroupBox(self.tr("What to include"), self)
        form = QFormLayout(options)
        form.addRow(self.tr("Scars:"), self.scar_list)
        dates = QHBoxLayout()
        dates.addWidget(self.all_dates)
        dates.addWidget(QLabel(self.tr("or from"), self))
        dates.addWidget(self.since)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.until)
        dates.addStretch(1)
        form.addRow(self.tr("Dates:"), dates)
        form.addRow("", self.photos)
        form.addRow("", self.notes)
        form.addRow("", self.charts)
        form.addRow(self.tr("Paper:"), self.paper)
        questions_box = QGroupBox(self.tr("Questions for my doctor"), self)
        QVBoxLayout(questions_box).addWidget(self.questions)

        self.preview_button = QPushButton(self.tr("Pre&view…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.pdf_button.setIcon(icon("export"))
        self.pdf_button.setObjectName("savePdf")
        self.csv_button = QPushButton(self.tr("Export &CSV…"), self)
        self.bom = QCheckBox(self.tr("for Excel (UTF-8 with BOM)"), self)
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for widget in (
            self.preview_button,
            self.print_button,
            self.pdf_button,
            self.csv_button,
            self.bom,
        ):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addWidget(options)
        layout.addWidget(questions_box, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_summary)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.csv_button.clicked.connect(self.choose_csv_folder)

    # --- loading -----------------------------------------------------------------------
    def set_diary(self, diary: Diary | None) -> None:
        if self._save_questions.isActive():
            self.save_questions()  # the last words typed into the diary they belong to
        if self.builder.running:  # a summary of the diary that is closing: not wanted now
            self.builder.stop()
            self._busy(False, "")
        self.diary = diary
        if diary is not None:
            self._carry_over_questions(diary)
            self.questions.blockSignals(True)
            self.questions.setPlainText(diary.profile.questions())
            self.questions.blockSignals(False)
        self.reload()

    def _carry_over_questions(self, diary: Diary) -> None:
        key = OLD_QUESTIONS.format(diary=diary.profile.diary_uuid())
        old = str(self.settings.value(key, "", type=str) or "")
        if old and not diary.profile.questions():
            diary.profile.save_questions(old)
        self.settings.remove(key)

    def save_questions(self) -> None:
        self._save_questions.stop()
        diary, text = self.diary, self.questions.toPlainText()
        if diary is not None:
            problems.attempt(self, "saving questions", lambda: diary.profile.save_questions(text))

    def reload(self, changed: Changed = Changed.EVERYTHING) -> None:
        """Everything the page shows is read again, whatever `changed` says."""
        if self.diary is None:
            return
        chosen = {
            self.scar_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.scar_list.count())
            if self.scar_list.item(i).checkState() is Qt.CheckState.Unchecked
        }
        self.scar_list.clear()
        facts = self.diary.facts()
        for scar in facts.active_scars:
            item = QListWidgetItem(scar.label)
            item.setData(Qt.ItemDataRole.UserRole, scar.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked if scar.id in chosen else Qt.CheckState.Checked
            )
            self.scar_list.addItem(item)
        today = self.today()
        if self.all_dates.isChecked():
            first = min((r.rated_on for r in facts.ratings), default=today)
            self.since.setDate(qdate(first))
            self.until.setDate(qdate(today))

    def options(self) -> ReportOptions:
        ids = tuple(
            int(self.scar_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.scar_list.count())
            if self.scar_list.item(i).checkState() is Qt.CheckState.Checked
        )
        dated = not self.all_dates.isChecked()
        return ReportOptions(
            scar_ids=ids or (-1,),  # nothing ticked: no scars, not all of them
            since=pydate(self.since.date()) if dated else None,
            until=pydate(self.until.date()) if dated else None,
            include_photos=self.photos.isChecked(),
            include_notes=self.notes.isChecked(),
            include_charts=self.charts.isChecked(),
            paper=self.paper.currentText(),
            questions=self.questions.toPlainText(),
        )

    # --- building ------------------------------------------------------------------------
    def _build(self, then: Callable[[RenderedReport], object]) -> None:
        """Build the summary in its own process; the document is made here, from the
        result, for the preview or the printer."""
        if self.diary is None:
            return
        self._busy(True, self.tr("Building the summary…"))
        self._then = then
        self.builder.start(self._request())

    def _request(self, pdf: Path | None = None) -> Request:
        assert self.diary is not None
        cipher = self.diary.db.cipher
        return Request(
            self.diary.data_dir,
            self.options(),
            self.today(),
            QLocale().name(),
            key=cipher.key if cipher is not None else None,
            pdf=pdf,
        )

    def _built(self, report: RenderedReport) -> None:
        self._busy(False, "")
        self._then(report)

    def _show_dates(self, all_dates: bool) -> None:
        for edit in (self.since, self.until):
            set_enabled(edit, not all_dates, self.tr('Untick "All dates" to choose the dates.'))

    def _busy(self, busy: bool, text: str) -> None:
        for button in (self.preview_button, self.print_button, self.pdf_button):
            set_enabled(button, not busy, self.tr("Wait until the summary is ready."))
        self.status.setText(text)

    def _failed(self, error: BaseException | str) -> None:
        self._busy(False, "")
        reason = describe(error) if isinstance(error, OSError) else str(error)
        dialogs.error(
            self,
            self.tr("Doctor Summary"),
            self.tr(
                "The summary could not be made: {error}. An older file there is left as it was."
            ).format(error=reason),
        )

    def preview(self) -> None:
        self._build(self._open_preview)

    def _open_preview(self, report: RenderedReport) -> QPrintPreviewDialog:
        from scar_diary.report.document import make_document, page_size, print_document

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(page_size(self.paper.currentText()))
        document = make_document(report)
        self._keep = (printer, document)  # the dialog does not own them; they must outlive it
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setObjectName("printPreview")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paintRequested.connect(lambda device: print_document(document, device))
        dialog.open()
        self.rendered.emit(report)
        return dialog

    def print_summary(self) -> None:
        self._build(self._open_print)

    def _open_print(self, report: RenderedReport) -> QPrintDialog:
        from scar_diary.report.document import make_document, page_size, print_document

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(page_size(self.paper.currentText()))
        document = make_document(report)
        self._keep = (printer, document)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: print_document(document, printer))
        dialog.show()
        self.rendered.emit(report)
        return dialog

    def choose_pdf(self) -> None:
        suggested = f"scar-diary-summary-{self.today().isoformat()}.pdf"
        dialogs.save_file(
            self,
            self.tr("Save Summary as PDF"),
            self.tr("PDF files (*.pdf)"),
            suggested,
            self.save_pdf,
        )

    def save_pdf(self, path: str) -> None:
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        if self.diary is None:
            return
        try:
            target = check_output(target, self.diary.data_dir)
        except InvalidInput as exc:
            dialogs.error(self, self.tr("Save Summary as PDF"), str(exc))
            return
        self._busy(True, self.tr("Building the summary…"))
        self._pdf_target = target
        self.builder.start(self._request(target))

    def _saved(self) -> None:
        target = self._pdf_target
        self._busy(False, self.tr("Saved {path}").format(path=target))
        self.pdf_saved.emit(str(target))

    def choose_csv_folder(self) -> None:
        dialogs.choose_folder(self, self.tr("Export CSV into Folder"), self.export_csv_to)

    def export_csv_to(self, folder: str) -> None:
        """Write the CSV files on the background helper (the diary is read here, once)."""
        if self.diary is None:
            return
        try:
            target = check_output_folder(Path(folder), self.diary.data_dir)
        except InvalidInput as exc:
            dialogs.error(self, self.tr("Export CSV"), str(exc))
            return
        facts, today, bom = self.diary.facts(), self.today(), self.bom.isChecked()
        self.status.setText(self.tr("Writing the CSV files…"))

        def done(written: list[Path]) -> None:
            self.status.setText(
                self.tr("Written {files}").format(files=", ".join(str(p) for p in written))
            )
            self.csv_saved.emit(written)

        def failed(error: BaseException) -> None:
            self.status.setText("")
            reason = describe(error) if isinstance(error, OSError) else str(error)
            dialogs.error(
                self,
                self.tr("Export CSV"),
                self.tr("The files could not be written: {error}").format(error=reason),
            )

        self.runner.run(
            lambda: export_csv(facts, target, today=today, bom=bom), done, failed, lane=Lane.DIARY
        )
