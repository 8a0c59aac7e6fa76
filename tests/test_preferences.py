"""Preferences kept between runs in QSettings (a temporary ini file here), and settings files that
are damaged or foreign: the window still opens, with defaults and a notice."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from app.shell.preferences import PreferencesDialog
from app.shell.stored_prefs import Preferences, check_settings


@pytest.fixture
def settings_dir(tmp_path):
    """Point every QSettings of the program at a temporary folder for this test."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield tmp_path
    default = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, default)


@pytest.fixture
def explore(make_window, settings_dir):

    def make(**kwargs):
        window = make_window(**kwargs)
        return window, window.install_tools().explore

    return make


def _settings_file() -> Path:
    from app.window import ORG_NAME

    return Path(QSettings(ORG_NAME, ORG_NAME).fileName())


def test_preferences_survive_a_restart(explore, settings_dir):
    window, e = explore()
    assert str(_settings_file()).startswith(str(settings_dir))
    window.tools.shell.preferences.apply(Preferences(theme="high-contrast", font_size=17, labels=True))
    assert QApplication.font().pointSize() == 17
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    window._configure_gl()  # the 3D view's background follows the theme, flat or gradient
    window.plotter.render()
    corner = np.asarray(window.plotter.screenshot(return_img=True))[2, 2, :3]
    assert corner.max() <= 2  # high contrast: black behind the model
    window.resize(1000, 700)
    size = (window.width(), window.height())
    window.close()
    assert QApplication.font().pointSize() != 17  # closing gives the app its own font back

    window2, e2 = explore(resize=False)
    assert window2.tools.shell.preferences.prefs == Preferences(
        theme="high-contrast", font_size=17, labels=True
    )
    assert QApplication.font().pointSize() == 17
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert e2.labels.enabled and window2.actions["labels"].isChecked()
    assert (window2.width(), window2.height()) == size  # the window layout too
    assert window2.tools.shell.preferences.notice is None


def test_the_preferences_dialog_returns_what_was_chosen(qtbot):
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.font_box.setValue(20)
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("high-contrast"))
    dialog.labels_box.setChecked(True)
    assert dialog.result_prefs() == Preferences(theme="high-contrast", font_size=20, labels=True)
    dialog.font_box.setValue(dialog.font_box.minimum())  # "like the desktop"
    assert dialog.result_prefs().font_size == 0


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"\x00\x01\x02\xff\xfe not a settings file \x00" + bytes(range(256)), "could not be read"),
        (b"[window\ngeometry=@ByteArray(abc", "could not be read"),
        (b"[General]\nfoo=bar\n[other]\nx=1\n", "not written by this program"),
        (b"[window]\ngeometry=hello\nstate=42\n[prefs]\nfont_size=banana\ntheme=plaid\n", "damaged"),
    ],
    ids=["binary", "broken-ini", "foreign", "wrong-values"],
)
def test_a_damaged_or_foreign_settings_file_falls_back_to_defaults_with_a_notice(explore, content, says):
    path = _settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    window, e = explore()  # opens: no exception
    assert window.ctx.settings_notice and says in window.ctx.settings_notice
    assert window.tools.shell.preferences.prefs == Preferences()
    label = window.findChild(QLabel, "settings_notice")
    assert label is not None and says in label.toolTip()
    window.close()
    window2, e2 = explore()  # what the first window wrote on closing is clean
    assert window2.ctx.settings_notice is None


def test_check_settings_keeps_good_values_and_drops_bad_ones(settings_dir):
    s = QSettings(str(settings_dir / "x.ini"), QSettings.Format.IniFormat)
    s.setValue("prefs/font_size", 14)
    s.setValue("prefs/theme", "dark")
    s.setValue("player/scene", "herniated_disc")
    s.setValue("views/bookmarks", "{not json")
    s.sync()
    notice = check_settings(s)
    assert notice and "views/bookmarks" in notice
    assert s.value("views/bookmarks") is None
    assert str(s.value("prefs/font_size")) == "14" and s.value("prefs/theme") == "dark"
    assert check_settings(s) is None
