"""Presentation mode on the real window: full screen, big text, no chrome, clicker keys, laser dot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar


@pytest.fixture
def explore(make_window):

    def make(**kwargs):
        window = make_window(**kwargs)
        explorer = window.install_tools().explore
        explorer.views.duration_s = 0.0
        QApplication.processEvents()  # docks added to a shown window appear on the next turn
        window.plotter.render()
        return window, explorer

    return make


def press(qtbot, window, key) -> None:
    """A key as the user types it with the 3D view focused (shortcuts need the active window)."""
    window.activateWindow()
    window.plotter.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.plotter)
    qtbot.keyClick(window.plotter, key)


def _chrome(window) -> dict[str, bool]:
    shown = {"menu": window.menuBar().isVisible(), "status": window.statusBar().isVisible()}
    for bar in window.findChildren(QToolBar):
        shown[bar.objectName()] = bar.isVisible()
    for dock in window.findChildren(QDockWidget):
        shown[dock.objectName()] = dock.isVisible()
    return shown


def test_presentation_mode_enters_full_screen_without_chrome_and_escape_leaves(explore, qtbot):
    window, e = explore()
    before = _chrome(window)
    font = QFontInfo(window.font()).pixelSize()
    assert not window.isFullScreen()
    window.actions["presentation"].trigger()
    assert window.tools.shell.presentation.active and window.isFullScreen()
    assert window.actions["presentation"].isChecked()
    shown = _chrome(window)
    assert not shown["menu"] and not shown["status"]
    assert not any(v for k, v in shown.items() if k not in ("menu", "status", "text_panel"))
    if "text_panel" in before:  # the explanation stays beside the model
        assert shown["text_panel"] == before["text_panel"]
    assert QFontInfo(window.font()).pixelSize() >= font * 1.4
    assert window.tools.shell.presentation.laser.active
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.tools.shell.presentation.active and not window.isFullScreen()
    assert _chrome(window) == before
    assert QFontInfo(window.font()).pixelSize() == font
    assert not window.tools.shell.presentation.laser.active
    assert not window.actions["leave_presentation"].isEnabled()  # Escape is free again


def test_f5_toggles_presentation_mode(explore, qtbot):
    window, e = explore()
    press(qtbot, window, Qt.Key.Key_F5)
    assert window.tools.shell.presentation.active
    press(qtbot, window, Qt.Key.Key_F5)
    assert not window.tools.shell.presentation.active and not window.isFullScreen()


def test_page_down_and_up_step_through_the_scene_like_slides(explore, qtbot):
    window, e = explore()
    player = window.panels.playing.player if window.panels else None
    if player is None or not player.scenes:
        pytest.skip("no scenes to step through")
    scene = max(player.scenes, key=lambda s: len(s.steps))
    player.set_scene(scene)
    player.go_to_step(0)
    window.actions["presentation"].trigger()
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert player.step_index == 1
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert player.step_index == 2
    press(qtbot, window, Qt.Key.Key_PageUp)
    assert player.step_index == 1
    if window.actions.get("slide_next_arrow") is not None:
        press(qtbot, window, Qt.Key.Key_Down)
        assert player.step_index == 2
    press(qtbot, window, Qt.Key.Key_Escape)


def test_without_a_scene_the_clicker_steps_through_the_camera_presets(explore, qtbot):
    window, e = explore()
    player = window.panels.playing.player if window.panels else None
    if player is not None:
        player.set_scene(None)
    window.actions["presentation"].trigger()
    seen = set()
    for _ in range(3):
        press(qtbot, window, Qt.Key.Key_PageDown)
        seen.add(tuple(round(v, 3) for v in e.views.pose().position))
    assert len(seen) == 3
    window.actions["leave_presentation"].trigger()


def test_the_mouse_pointer_over_the_model_is_a_laser_dot(explore):
    """The dot is the 3D view's cursor: drawn by the window system over the GL view, centred on
    the mouse position, bright red in the middle and clear at the corners."""
    window, e = explore()
    window.actions["presentation"].trigger()
    cursor = window.plotter.cursor()
    assert cursor.shape() == Qt.CursorShape.BitmapCursor
    image = cursor.pixmap().toImage()
    assert cursor.hotSpot() == QPoint(image.width() // 2, image.height() // 2)
    centre = image.pixelColor(image.width() // 2 + 6, image.height() // 2)
    assert centre.red() > 150 and centre.green() < 120 and centre.alpha() > 100
    assert image.pixelColor(0, 0).alpha() == 0
    window.plotter.ShowCursor()  # VTK resetting its cursor keeps the dot while presenting
    assert window.plotter.cursor().shape() == Qt.CursorShape.BitmapCursor
    window.actions["leave_presentation"].trigger()
    assert window.plotter.cursor().shape() != Qt.CursorShape.BitmapCursor
