"""What the preferences store in QSettings, and the check of the settings file that the window
runs before it reads anything from it.

The window itself remembers its layout (``window/geometry``, ``window/state``) and the scene
player the last scene (``player/scene``). A settings file that is damaged or was written by some
other program must never stop the window opening: ``check_settings`` removes every value this
program cannot use, so the defaults apply, and returns one sentence for the status bar.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from PySide6.QtCore import QByteArray, QSettings

from app.i18n import LANGUAGES, QT_TRANSLATE_NOOP, SETTINGS_KEY

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
