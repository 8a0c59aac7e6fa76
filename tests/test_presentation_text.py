"""Presentation mode makes all the text big, with one setting (issue 18, defect 4): the
explanation's body text is at least 28 px by default (a 1920x1080 projector read from the back
of a classroom), every other text grows by the same factor, and leaving puts it all back."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication


def px(font) -> int:
    return QFontInfo(font).pixelSize()


def text_line_height(widget) -> int:
    """The tallest run of rows holding dark (text) pixels in the widget's picture: a text line."""
    img = widget.grab().toImage()
    w, h = img.width(), img.height()
    ptr = img.constBits()
    arr = np.frombuffer(ptr, np.uint8, count=img.bytesPerLine() * h).reshape(h, img.bytesPerLine())
    arr = arr[:, : 4 * w].reshape(h, w, 4)[..., :3].astype(int)
    dark_rows = (arr.max(axis=2) < 100).sum(axis=1) > 2
    best = run = 0
    for d in dark_rows:
        run = run + 1 if d else 0
        best = max(best, run)
    return best


def sizes(window) -> dict[str, int]:
    """The text sizes a class reads: explanation body, step list, disclaimer, symptoms, condition."""
    tp = window.panels.playing.text
    out = {
        "body": px(tp.browser.document().defaultFont()),
        "steps": px(tp.steps.font()),
        "disclaimer": px(tp.disclaimer.font()),
        "window": px(window.font()),
    }
    body_map = window.panels.clinic.body_map if window.panels else None
    if body_map is not None:
        out["symptoms"] = px(body_map.text.document().defaultFont())
    return out


def present(make_window, qtbot, setting: int | None = None):

    window = make_window()
    if setting is not None:
        window.settings.setValue("prefs/presentation_text_px", setting)
    e = window.install_tools().explore
    QApplication.processEvents()
    window.panels.playing.player.camera_transition_s = 0.0
    window.panels.playing.player.set_scene("herniated_disc")
    window.panels.playing.player.go_to_step(3)
    window.panels.playing.player.pause()
    return window, e


def test_presentation_body_text_is_at_least_28_px_and_everything_grows_with_it(make_window, qtbot):
    window, e = present(make_window, qtbot)
    before = sizes(window)
    line_before = text_line_height(window.panels.playing.text.browser.viewport())
    window.actions["presentation"].trigger()
    QApplication.processEvents()
    after = sizes(window)
    assert after["body"] >= 28, after
    factor = after["body"] / before["body"]
    for name in before:  # one factor for every text
        assert after[name] / before[name] > 0.85 * factor, (name, before[name], after[name])
    line_after = text_line_height(window.panels.playing.text.browser.viewport())
    assert line_after >= 1.4 * line_before, (line_before, line_after)  # the picture shows it
    window.actions["presentation"].trigger()
    QApplication.processEvents()
    assert sizes(window) == before


def test_one_setting_sets_the_size(make_window, qtbot):
    window, e = present(make_window, qtbot, setting=40)
    window.actions["presentation"].trigger()
    QApplication.processEvents()
    assert sizes(window)["body"] == 40
    window.actions["presentation"].trigger()
