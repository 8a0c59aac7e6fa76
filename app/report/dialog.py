"""The "Explain my MRI report" dialog: paste or open a report, see what was understood (standard
term, plain meaning, level) and what cannot be shown, correct each finding, then play, save or
hand out the scene. The actions themselves come from `tools` (the feature's entry point)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.widgets import disclaimer_label
from meshes.dimensions import DISC_LEVELS
from scenes.glossary import load_glossary
from scenes.report import Finding, Reading, edit_finding, read_report
from scenes.report import vocabulary as v
from scenes.report.scene import plain_words, standard_term


def tr(text: str) -> str:
    return translate("ReportDialog", text)


# The kinds a finding can be corrected to: (condition, herniation type) -> its label.
KIND_LABELS: dict[tuple[str, str | None], str] = {
    ("herniation", "protrusion"): QT_TRANSLATE_NOOP("ReportDialog", "Protrusion"),
    ("herniation", "extrusion"): QT_TRANSLATE_NOOP("ReportDialog", "Extrusion"),
    ("herniation", "sequestration"): QT_TRANSLATE_NOOP("ReportDialog", "Sequestration"),
    ("herniation", None): QT_TRANSLATE_NOOP("ReportDialog", "Herniation"),
    ("bulge", None): QT_TRANSLATE_NOOP("ReportDialog", "Disc bulge"),
    ("tear", None): QT_TRANSLATE_NOOP("ReportDialog", "Annular fissure (tear)"),
    ("degeneration", None): QT_TRANSLATE_NOOP("ReportDialog", "Degeneration"),
    ("stenosis", None): QT_TRANSLATE_NOOP("ReportDialog", "Stenosis"),
}
KINDS = tuple(KIND_LABELS)
SIDES = ("left", "right", "both")
WORDS = {  # the values of the other columns, as shown
    "left": QT_TRANSLATE_NOOP("ReportDialog", "left"),
    "right": QT_TRANSLATE_NOOP("ReportDialog", "right"),
    "both": QT_TRANSLATE_NOOP("ReportDialog", "both"),
    "central": QT_TRANSLATE_NOOP("ReportDialog", "central"),
    "paracentral": QT_TRANSLATE_NOOP("ReportDialog", "paracentral"),
    "foraminal": QT_TRANSLATE_NOOP("ReportDialog", "foraminal"),
    "far-lateral": QT_TRANSLATE_NOOP("ReportDialog", "far-lateral"),
    "mild": QT_TRANSLATE_NOOP("ReportDialog", "mild"),
    "moderate": QT_TRANSLATE_NOOP("ReportDialog", "moderate"),
    "severe": QT_TRANSLATE_NOOP("ReportDialog", "severe"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("ReportDialog", "Level"),
    QT_TRANSLATE_NOOP("ReportDialog", "Kind"),
    QT_TRANSLATE_NOOP("ReportDialog", "Side"),
    QT_TRANSLATE_NOOP("ReportDialog", "Where"),
    QT_TRANSLATE_NOOP("ReportDialog", "Grade"),
    QT_TRANSLATE_NOOP("ReportDialog", "What it means"),
)


class ReportDialog(QDialog):
    """Non-modal: the user can look at the played scene and come back to correct a finding."""

    def __init__(
        self,
        parent: QWidget | None,
        play: Callable[[Reading], None],
        save: Callable[[Reading, Path], str],
        handout: Callable[[Reading], None],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("report_dialog")
        self.setWindowTitle(translate("ReportDialog", "Explain my MRI report"))
        self._play, self._save, self._handout = play, save, handout
        self.reading = Reading()
        self.findings: list[Finding] = []
        layout = QVBoxLayout(self)
        layout.addWidget(disclaimer_label())
        intro = QLabel(
            translate(
                "ReportDialog",
                "Paste the findings or impression of your lumbar MRI report, or open its file.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("report_text")
        self.text.setPlaceholderText(
            translate("ReportDialog", "For example: L4-5: small right paracentral protrusion.")
        )
        self.text.setAccessibleName(translate("ReportDialog", "Report text"))
        self.text.setAccessibleDescription(
            translate("ReportDialog", "The words of the MRI report; Ctrl+Return reads them.")
        )
        self.text.setTabChangesFocus(True)
        layout.addWidget(self.text, 2)
        row = QHBoxLayout()
        self.open_button = self._button(
            translate("ReportDialog", "&Open .txt or .pdf…"),
            translate("ReportDialog", "Open a report saved as text or PDF"),
        )
        self.read_button = self._button(
            translate("ReportDialog", "&Read the report"),
            translate("ReportDialog", "Find the findings (Ctrl+Return)"),
        )
        self.open_button.clicked.connect(self.open_file)
        self.read_button.clicked.connect(self.read)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.read)
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.read_button)
        layout.addLayout(row)
        self.message = QLabel("", self)
        self.message.setObjectName("report_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        found = QLabel(translate("ReportDialog", "What it understood (correct anything that is wrong):"))
        layout.addWidget(found)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("report_findings")
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(translate("ReportDialog", "Findings understood"))
        self.table.setWordWrap(True)
        found.setBuddy(self.table)
        layout.addWidget(self.table, 3)
        cannot = QLabel(translate("ReportDialog", "What it read but cannot show:"))
        layout.addWidget(cannot)
        self.unsupported = QListWidget(self)
        self.unsupported.setObjectName("report_unsupported")
        self.unsupported.setAccessibleName(translate("ReportDialog", "Findings the model cannot show"))
        cannot.setBuddy(self.unsupported)
        layout.addWidget(self.unsupported, 1)
        row = QHBoxLayout()
        self.play_button = self._button(
            translate("ReportDialog", "&Play"),
            translate("ReportDialog", "Build the scene and play it in the window"),
        )
        self.save_button = self._button(
            translate("ReportDialog", "&Save scene…"),
            translate("ReportDialog", "Save the scene as a .toml and .md file pair"),
        )
        self.handout_button = self._button(
            translate("ReportDialog", "Make &handout…"),
            translate("ReportDialog", "Save a patient handout as PDF"),
        )
        close = self._button(
            translate("ReportDialog", "&Close"),
            translate("ReportDialog", "Close this window; the scene keeps playing"),
        )
        self.play_button.clicked.connect(lambda: self._act(lambda: self._play(self.current())))
        self.save_button.clicked.connect(self.save_dialog)
        self.handout_button.clicked.connect(lambda: self._act(lambda: self._handout(self.current())))
        close.clicked.connect(self.close)
        for b in (self.play_button, self.save_button, self.handout_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self._enable()
        self.resize(860, 720)

    def _button(self, text: str, tip: str) -> QPushButton:
        b = QPushButton(text, self)
        b.setToolTip(tip)
        b.setAccessibleName(text.replace("&", "").rstrip("…"))
        b.setAccessibleDescription(tip)
        b.setAutoDefault(False)
        return b

    # ---- reading ---------------------------------------------------------------------------
    def open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("ReportDialog", "Open an MRI report"),
            "",
            translate("ReportDialog", "Reports (*.txt *.pdf);;All files (*)"),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        from app.report.files import read_report_source

        try:
            self.text.setPlainText(read_report_source(path))
        except UserError as e:
            self._say(str(e))
            return
        self.read()

    def read(self) -> None:
        self.show_reading(read_report(self.text.toPlainText()))

    def show_reading(self, reading: Reading) -> None:
        self.reading = reading
        self.findings = list(reading.findings)
        self.table.setRowCount(0)
        for i, _f in enumerate(self.findings):
            self.table.insertRow(i)
            self._fill_row(i)
        self.table.resizeRowsToContents()
        self.unsupported.clear()
        for u in reading.unsupported:
            where = f" ({u.level})" if u.level else ""
            self.unsupported.addItem(f"{u.finding}{where}: “{u.text.strip()}”")
        if not reading.unsupported:
            self.unsupported.addItem(
                translate("ReportDialog", "Nothing: every finding it read can be shown.")
            )
        n = len(self.findings)
        self._say(
            reading.message
            or translate("ReportDialog", "{n} finding(s) understood; the most important first.").format(n=n)
        )
        self._enable()

    def _fill_row(self, i: int) -> None:
        f = self.findings[i]
        kinds = [tr(KIND_LABELS[k]) for k in KINDS]
        cells = (
            ("level", list(DISC_LEVELS), DISC_LEVELS.index(f.level)),
            ("kind", kinds, KINDS.index((f.condition, f.type))),
            ("side", [tr(WORDS[s]) for s in SIDES], SIDES.index(f.side)),
            ("direction", [tr(WORDS[d]) for d in v.DIRECTIONS], v.DIRECTIONS.index(f.direction)),
            ("grade", [tr(WORDS[g]) for g in v.GRADES], v.GRADES.index(f.grade)),
        )
        for col, (name, items, current) in enumerate(cells):
            combo = QComboBox(self.table)
            combo.setObjectName(f"finding_{i}_{name}")
            combo.addItems(items)
            combo.setCurrentIndex(current)
            combo.setAccessibleName(
                translate("ReportDialog", "Finding {n}: {what}").format(n=i + 1, what=tr(COLUMNS[col]))
            )
            combo.currentIndexChanged.connect(lambda index, i=i, name=name: self.correct(i, name, index))
            self.table.setCellWidget(i, col, combo)
        meaning = f"{plain_words(f).capitalize()} — {standard_term(f)}"
        item = QTableWidgetItem(meaning)
        term = load_glossary().get(f.type or v.PLAIN[f.condition][1])
        item.setToolTip(f"{term.name}: {term.plain}" if term else f.text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, meaning)
        self.table.setItem(i, len(COLUMNS) - 1, item)

    def correct(self, i: int, name: str, index: int) -> None:
        """The user corrected one field of finding ``i``: the roots follow the model's rule."""
        if name == "kind":
            condition, typ = KINDS[index]
            change = {"condition": condition, "type": typ}
        else:
            values = {"level": DISC_LEVELS, "side": SIDES, "direction": v.DIRECTIONS, "grade": v.GRADES}[name]
            change = {name: values[index]}
        self.findings[i] = edit_finding(self.findings[i], **change)
        self.table.item(i, len(COLUMNS) - 1).setText(
            f"{plain_words(self.findings[i]).capitalize()} — {standard_term(self.findings[i])}"
        )

    def current(self) -> Reading:
        """The reading as corrected: what Play, Save and the handout use."""
        r = self.reading
        return Reading(tuple(self.findings), r.unsupported, r.denied, r.message)

    # ---- acting ----------------------------------------------------------------------------
    def save_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("ReportDialog", "Save the scene"),
            "my_mri_report.toml",
            translate("ReportDialog", "Scene (*.toml)"),
        )
        if name:
            path = Path(name) if name.lower().endswith(".toml") else Path(name + ".toml")
            self._act(lambda: self._say(self._save(self.current(), path)))

    def _act(self, do: Callable[[], object]) -> None:
        try:
            do()
        except UserError as e:
            self._say(str(e))

    def _say(self, text: str) -> None:
        self.message.setText(text[:1].upper() + text[1:])  # errors are written for the command line

    def _enable(self) -> None:
        for b in (self.play_button, self.save_button, self.handout_button):
            b.setEnabled(bool(self.findings))
