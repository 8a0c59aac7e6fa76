"""Dragging the view in software OpenGL draws light copies of the parts, and the full model after.

Xvfb's OpenGL is Mesa's llvmpipe, so the window under test takes the software path.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from scipy.spatial import cKDTree

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton


def _send(widget, kind: QEvent.Type, pos: QPoint, button, buttons) -> None:
    event = QMouseEvent(
        kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)
    QApplication.processEvents()


def press_and_move(widget, dx: int, steps: int = 4) -> QPoint:
    """Press the left button in the middle of ``widget`` and move ``dx`` pixels right; returns where."""
    start = widget.rect().center()
    _send(widget, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    pos = start
    for i in range(1, steps + 1):
        pos = start + QPoint(round(dx * i / steps), 0)
        _send(widget, QEvent.Type.MouseMove, pos, NONE, LEFT)
    return pos


def release(widget, pos: QPoint) -> None:
    _send(widget, QEvent.Type.MouseButtonRelease, pos, LEFT, NONE)


@pytest.fixture
def window(qtbot, make_window):
    w = make_window()
    qtbot.waitUntil(lambda: w.viewport.software_gl is not None, timeout=10000)
    assert w.viewport.software_gl, "the tests expect Mesa's software OpenGL under Xvfb"
    qtbot.waitUntil(lambda: not w.drag_detail.pending(), timeout=60000)
    return w


def full_triangles(window) -> int:
    return sum(window.viewport.triangle_count(pid) for pid in window.viewport.actors)


def test_dragging_draws_light_copies_and_releasing_restores_the_full_model(window):
    plotter = window.plotter
    camera = plotter.renderer.GetActiveCamera()
    before = np.array(camera.GetPosition())
    assert window.drag_detail.drawn_triangles() == full_triangles(window)

    pos = press_and_move(plotter, 40)
    assert plotter.dragging
    assert window.drag_detail.drawn_triangles() < 0.5 * full_triangles(window)
    assert np.linalg.norm(np.array(camera.GetPosition()) - before) > 1.0  # the drag turns the camera
    image = np.asarray(plotter.screenshot(return_img=True))
    assert image[..., :3].std() > 10  # the light copies draw a picture, not a blank

    release(plotter, pos)
    assert not plotter.dragging
    assert window.drag_detail.drawn_triangles() == full_triangles(window)


def test_light_copies_follow_a_part_that_moves_during_the_drag(window):
    plotter = window.plotter
    pid = "annulus.L4-L5"
    pos = press_and_move(plotter, 20)
    light = window.viewport.actors[pid].GetMapper().GetInput()
    assert light.GetNumberOfCells() < window.viewport.triangle_count(pid)
    moved = np.array(window.viewport.meshes[pid].points) + np.array([0.0, 3.0, 0.0])
    window.viewport.set_points(pid, moved)
    plotter.render()
    distance, _ = cKDTree(moved).query(np.array(light.GetPoints().GetData()))
    assert distance.max() < 1e-6  # every vertex of the light copy is where the moved part has one
    release(plotter, pos)
