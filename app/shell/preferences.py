"""Preferences kept between runs: theme (incl. high contrast), font size, labels, presentation
text, language; applied to the application, and the Preferences dialog. What is stored and how
a damaged settings file is checked live in ``app.shell.stored_prefs``."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.i18n import LANGUAGES, current_language, translate
from app.shell.stored_prefs import (
    BACKGROUNDS,
    FONT_RANGE,
    PRESENTATION_RANGE,
    THEMES,
    Preferences,
    load,
    save,
)

if TYPE_CHECKING:
    from app.context import ViewerContext


def _palette(theme: str, base: QPalette) -> QPalette:
    if theme == "system":
        return base
    pal = QPalette()
    if theme == "dark":
        colours = {
            "window": "#23272E",
            "text": "#E8E8E8",
            "base": "#1B1E23",
            "button": "#2E333B",
            "highlight": "#3D7BD9",
            "highlighted": "#FFFFFF",
            "mid": "#8A8F98",
            "link": "#7FB2FF",
            "placeholder": "#9AA0A8",
        }
    else:  # high contrast: black and white with yellow selection, as desktop high-contrast themes
        colours = {
            "window": "#000000",
            "text": "#FFFFFF",
            "base": "#000000",
            "button": "#000000",
            "highlight": "#FFFF00",
            "highlighted": "#000000",
            "mid": "#FFFFFF",
            "link": "#00FFFF",
            "placeholder": "#00FFFF",
        }
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"),
        (role.Base, "base"),
        (role.AlternateBase, "button"),
        (role.Button, "button"),
        (role.ToolTipBase, "base"),
    ):
        pal.setColor(r, QColor(colours[key]))
    for r in (
        role.WindowText,
        role.Text,
        role.ButtonText,
        role.ToolTipText,
        role.BrightText,
    ):
        pal.setColor(r, QColor(colours["text"]))
    pal.setColor(role.PlaceholderText, QColor(colours["placeholder"]))  # hints must not look typed
    pal.setColor(role.Highlight, QColor(colours["highlight"]))
    pal.setColor(role.HighlightedText, QColor(colours["highlighted"]))
    pal.setColor(role.Mid, QColor(colours["mid"]))
    pal.setColor(role.Link, QColor(colours["link"]))
    return pal


class PreferencesController(QObject):
    """Applies preferences to the application and the 3D view, and remembers them."""

    changed = Signal(object)  # Preferences

    def __init__(self, ctx: ViewerContext, labels=None) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.labels = labels
        app = QApplication.instance()
        self._base_font = QFont(app.font())
        self._base_palette = QPalette(app.palette())
        self._base_style = app.style().name() if app.style() is not None else ""
        self.notice: str | None = ctx.settings_notice
        self.prefs = load(ctx.settings)

    def apply(self, prefs: Preferences | None = None, remember: bool = True) -> None:
        """Use ``prefs`` (default: the loaded ones) now; save them for next time."""
        if prefs is not None:
            self.prefs = prefs
        p = self.prefs
        app = QApplication.instance()
        font = QFont(self._base_font)
        if p.font_size:
            font.setPointSize(p.font_size)
        app.setFont(font)
        if p.theme != "system" and self._base_style.lower() != "fusion":
            app.setStyle("Fusion")  # the desktop's own style may ignore a palette
        elif p.theme == "system" and self._base_style and app.style().name() != self._base_style:
            app.setStyle(self._base_style)
        app.setPalette(_palette(p.theme, self._base_palette))
        bottom, top = BACKGROUNDS.get(p.theme, BACKGROUNDS["system"])
        self.ctx.viewport.set_background(bottom, top)
        if self.labels is not None:
            self.labels.set_enabled(p.labels)
        if "labels" in self.ctx.actions:
            self.ctx.actions["labels"].setChecked(p.labels)
        if p.language and p.language != current_language():
            self.switch_language(p.language)
        if remember:
            save(self.ctx.settings, p)
        self.ctx.request_render()
        self.changed.emit(p)

    def switch_language(self, code: str) -> None:
        """Show the window in another language now: Qt's texts, the menus and panels, and (through
        ``ctx.language_changed``) the texts the features read from files."""
        from app.i18n import retranslate_tree, set_language

        set_language(code)
        retranslate_tree(self.ctx.frame)
        self.ctx.language_changed.emit(code)

    def set_labels(self, on: bool) -> None:
        self.apply(replace(self.prefs, labels=bool(on)))

    def restore_defaults_of_app(self) -> None:
        """Put the application's font, palette and style back (the window is closing)."""
        app = QApplication.instance()
        if app is None:
            return
        app.setFont(self._base_font)
        app.setPalette(self._base_palette)
        if self._base_style and app.style().name() != self._base_style:
            app.setStyle(self._base_style)

    def edit(self) -> None:
        dialog = PreferencesDialog(self.prefs, self.ctx.frame)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply(dialog.result_prefs())
            self.ctx.say(translate("PreferencesController", "Preferences saved"), 3000)


class PreferencesDialog(QDialog):
    """Font size, theme and labels; OK applies and remembers them."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self.setObjectName("preferences_dialog")
        self.prefs = prefs
        self.font_box = QSpinBox()
        self.font_box.setObjectName("font_size")
        self.font_box.setRange(FONT_RANGE[0] - 1, FONT_RANGE[1])
        self.font_box.setSpecialValueText(translate("PreferencesDialog", "Like the desktop"))
        self.font_box.setSuffix(translate("PreferencesDialog", " pt"))
        self.font_box.setValue(prefs.font_size or FONT_RANGE[0] - 1)
        self.font_box.setToolTip(
            translate("PreferencesDialog", "Text size in the panels and menus (larger for a projector)")
        )
        self.theme_box = QComboBox()
        self.theme_box.setObjectName("theme")
        for key, label in THEMES.items():
            self.theme_box.addItem(translate("themes", label), key)
        self.theme_box.setCurrentIndex(list(THEMES).index(prefs.theme))
        self.theme_box.setToolTip(
            translate(
                "PreferencesDialog", "High contrast: white on black with yellow selection, for low vision"
            )
        )
        self.presentation_box = QSpinBox()
        self.presentation_box.setObjectName("presentation_text_px")
        self.presentation_box.setRange(*PRESENTATION_RANGE)
        self.presentation_box.setSuffix(translate("PreferencesDialog", " px"))
        self.presentation_box.setValue(prefs.presentation_text_px)
        self.presentation_box.setToolTip(
            translate(
                "PreferencesDialog",
                "How tall the explanation's text is in presentation mode (F5); every other text "
                "grows with it",
            )
        )
        self.labels_box = QCheckBox(
            translate("PreferencesDialog", "Label the main structures in the 3D view")
        )
        self.labels_box.setChecked(prefs.labels)
        self.language_box = QComboBox()
        self.language_box.setObjectName("language")
        self.language_box.addItem(translate("PreferencesDialog", "Like the system"), "")
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(prefs.language)))
        self.language_box.setToolTip(
            translate("PreferencesDialog", "The language of the window, the scenes and the handout")
        )
        form = QFormLayout()
        form.addRow(translate("PreferencesDialog", "Font size"), self.font_box)
        form.addRow(translate("PreferencesDialog", "Theme"), self.theme_box)
        form.addRow(translate("PreferencesDialog", "Presentation text"), self.presentation_box)
        form.addRow("", self.labels_box)
        form.addRow(translate("PreferencesDialog", "Language"), self.language_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(translate("PreferencesDialog", "Settings are kept for the next time the viewer opens."))
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def result_prefs(self) -> Preferences:
        size = self.font_box.value()
        return Preferences(
            theme=self.theme_box.currentData(),
            font_size=0 if size < FONT_RANGE[0] else size,
            labels=self.labels_box.isChecked(),
            presentation_text_px=self.presentation_box.value(),
            language=self.language_box.currentData(),
        )
