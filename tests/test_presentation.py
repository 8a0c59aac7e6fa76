"""Presentation mode on the real window: full screen, big text, no chrome, clicker keys, laser dot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar


@pytest.fixture
def explore(make_window):
    from app.explore import install_explore

    def make(**kwargs):
        window = make_window(**kwargs)
        explorer = install_explore(window)
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
    font = window.font().pointSizeF()
    assert not window.isFullScreen()
    window.actions["presentation"].trigger()
    assert e.presentation.active and window.isFullScreen()
    assert window.actions["presentation"].isChecked()
    shown = _chrome(window)
    assert not shown["menu"] and not shown["status"]
    assert not any(v for k, v in shown.items() if k not in ("menu", "status", "text_panel"))
    if "text_panel" in before:  # the explanation stays beside the model
        assert shown["text_panel"] == before["text_panel"]
    assert window.font().pointSizeF() >= font * 1.4
    assert e.presentation.laser.isVisible()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not e.presentation.active and not window.isFullScreen()
    assert _chrome(window) == before
    assert window.font().pointSizeF() == pytest.approx(font)
    assert not e.presentation.laser.isVisible()
    assert not window.actions["leave_presentation"].isEnabled()  # Escape is free again


def test_f5_toggles_presentation_mode(explore, qtbot):
    window, e = explore()
    press(qtbot, window, Qt.Key.Key_F5)
    assert e.presentation.active
    press(qtbot, window, Qt.Key.Key_F5)
    assert not e.presentation.active and not window.isFullScreen()


def test_page_down_and_up_step_through_the_scene_like_slides(explore, qtbot):
    window, e = explore()
    player = getattr(window, "player", None)
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
    player = getattr(window, "player", None)
    if player is not None:
        player.set_scene(None)
    window.actions["presentation"].trigger()
    seen = set()
    for _ in range(3):
        press(qtbot, window, Qt.Key.Key_PageDown)
        seen.add(tuple(round(v, 3) for v in e.views.pose().position))
    assert len(seen) == 3
    window.actions["leave_presentation"].trigger()


def test_the_laser_dot_follows_the_mouse_over_the_model(explore):
    window, e = explore()
    window.actions["presentation"].trigger()
    pos = QPoint(200, 150)
    move = QMouseEvent(
        QEvent.Type.MouseMove, QPointF(pos), QPointF(window.plotter.mapToGlobal(pos)),
        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window.plotter, move)
    assert e.presentation.laser.pos_ == QPointF(pos)
    assert e.presentation.laser.geometry() == window.plotter.rect()
    image = e.presentation.laser.grab().toImage()
    colour = image.pixelColor(pos)
    assert colour.red() > 150 and colour.alpha() > 100  # a bright red dot where the mouse is
    window.actions["leave_presentation"].trigger()
    assert e.presentation.laser.pos_ is None
