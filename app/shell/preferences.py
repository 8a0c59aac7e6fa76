"""Preferences kept between runs (QSettings): theme (incl. high contrast), font size, labels; and
a check of the settings file that the window runs before it reads anything from it.

The window itself remembers its layout (``window/geometry``, ``window/state``) and the scene
player the last scene (``player/scene``). A settings file that is damaged or was written by some
other program must never stop the window opening: ``check_settings`` removes every value this
program cannot use, so the defaults apply, and returns one sentence for the status bar.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QSettings, Qt, Signal
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

from app.i18n import LANGUAGES, QT_TRANSLATE_NOOP, SETTINGS_KEY, current_language, translate

if TYPE_CHECKING:
    from app.context import ViewerContext

THEMES: dict[str, str] = {
    "system": QT_TRANSLATE_NOOP("themes", "Like the desktop"),
    "dark": QT_TRANSLATE_NOOP("themes", "Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("themes", "High contrast"),
}
FONT_RANGE = (8, 32)  # points
KEY_THEME = "prefs/theme"
KEY_FONT = "prefs/font_size"
KEY_LABELS = "prefs/labels"
KEY_PRESENTATION = "prefs/presentation_text_px"
KEY_LANGUAGE = SETTINGS_KEY
PRESENTATION_RANGE = (16, 96)  # pixels of body text in presentation mode
# 3D background (bottom, top) per theme; high contrast uses black for the strongest edges.
BACKGROUNDS = {
    "system": ("#1E2630", "#4A5A6C"),
    "dark": ("#14181E", "#2C3540"),
    "high-contrast": ("#000000", "#000000"),
}
KNOWN_PREFIXES = ("window/", "prefs/", "player/", "views/", "explore/", "export/", "condition/")


def _bool(v) -> bool:
    if isinstance(v, bool):
        return v
    if isinstance(v, str) and v.lower() in ("true", "false", "1", "0"):
        return v.lower() in ("true", "1")
    if isinstance(v, int):
        return bool(v)
    raise ValueError("not a yes/no value")


def _font_size(v) -> int:
    n = int(str(v).strip())
    if not FONT_RANGE[0] <= n <= FONT_RANGE[1]:
        raise ValueError("font size out of range")
    return n


def _presentation_px(v) -> int:
    n = int(str(v).strip())
    if not PRESENTATION_RANGE[0] <= n <= PRESENTATION_RANGE[1]:
        raise ValueError("presentation text size out of range")
    return n


def _theme(v) -> str:
    if not isinstance(v, str) or v not in THEMES:
        raise ValueError("unknown theme")
    return v


def _bytes(v) -> bytes:
    if isinstance(v, QByteArray | bytes | bytearray):
        return bytes(v)
    raise ValueError("not saved window layout data")


def _json_object(v) -> dict:
    data = json.loads(v) if isinstance(v, str) else None
    if not isinstance(data, dict):
        raise ValueError("not a saved list")
    return data


def _language(v) -> str:
    if v not in ("", *LANGUAGES):
        raise ValueError("not a language")
    return str(v)


def _text(v) -> str:
    if not isinstance(v, str):
        raise ValueError("not text")
    return v


def _float(v) -> float:
    return float(str(v))


# Every value this program reads, with what it must look like (others' keys are left alone).
VALIDATORS = {
    "window/geometry": _bytes,
    "window/state": _bytes,
    KEY_THEME: _theme,
    KEY_FONT: _font_size,
    KEY_LABELS: _bool,
    KEY_PRESENTATION: _presentation_px,
    KEY_LANGUAGE: _language,
    "player/scene": _text,
    "player/speed": _float,
    "player/loop": _bool,
    "views/bookmarks": _json_object,
}


def check_settings(settings: QSettings) -> str | None:
    """Drop whatever in the settings file this program cannot use; None if all was fine, else one
    sentence saying the defaults are used (for the status bar)."""
    try:
        status = settings.status()
        keys = settings.allKeys()
    except Exception:  # a file Qt cannot even list: start afresh
        status, keys = QSettings.Status.FormatError, []
    where = settings.fileName()
    if status != QSettings.Status.NoError:
        settings.clear()
        return f"The settings file {where} could not be read, so the default settings are used."
    if not keys and _has_content(where):
        settings.clear()
        return f"The settings file {where} could not be read, so the default settings are used."
    ours = [k for k in keys if k.startswith(KNOWN_PREFIXES)]
    if keys and not ours:
        settings.clear()
        return f"The settings file {where} was not written by this program, so the default settings are used."
    bad = []
    for key in ours:
        check = VALIDATORS.get(key)
        if check is None:
            continue
        try:
            value = settings.value(key)
            check(value)
        except Exception:
            bad.append(key)
    for key in bad:
        settings.remove(key)
    if bad:
        return (
            f"Some settings in {where} were damaged ({', '.join(sorted(bad))}), so their defaults are used."
        )
    return None


def _has_content(path: str) -> bool:
    """Whether a file holds more than blank lines (a file with bytes but no settings is damaged)."""
    try:
        with open(path, "rb") as f:
            return bool(f.read(65536).strip())
    except OSError:
        return False


@dataclass(frozen=True)
class Preferences:
    theme: str = "system"
    font_size: int = 0  # points; 0: the desktop's size
    labels: bool = False
    presentation_text_px: int = 30  # body text in presentation mode (a class reads it from the back)
    language: str = ""  # '' follows the system; else a code of app.i18n.LANGUAGES


def load(settings: QSettings) -> Preferences:
    """The saved preferences; anything missing or unusable keeps its default."""
    p = Preferences()
    for key, field_name, conv in (
        (KEY_THEME, "theme", _theme),
        (KEY_FONT, "font_size", _font_size),
        (KEY_LABELS, "labels", _bool),
        (KEY_PRESENTATION, "presentation_text_px", _presentation_px),
        (KEY_LANGUAGE, "language", _language),
    ):
        value = settings.value(key)
        if value is None:
            continue
        try:
            p = replace(p, **{field_name: conv(value)})
        except (TypeError, ValueError):
            continue
    return p


def save(settings: QSettings, prefs: Preferences) -> None:
    settings.setValue(KEY_THEME, prefs.theme)
    if prefs.font_size:
        settings.setValue(KEY_FONT, int(prefs.font_size))
    else:
        settings.remove(KEY_FONT)
    settings.setValue(KEY_LABELS, bool(prefs.labels))
    settings.setValue(KEY_PRESENTATION, int(prefs.presentation_text_px))
    settings.setValue(KEY_LANGUAGE, prefs.language)
    settings.sync()


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
