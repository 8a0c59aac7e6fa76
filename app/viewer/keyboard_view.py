"""The 3D view by keyboard: Tab gives it focus, a bright ring round its edge says so, and then the
arrow keys turn the model, Shift+arrows move it, + and - zoom, as the mouse does.

While the view has focus it claims these keys before the window's shortcuts (Left/Right step a
scene from anywhere else; PageUp/PageDown step it from here too). The ring is drawn by VTK itself:
Qt cannot paint over the native GL view (app/viewer/native_view.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from vtkmodules.vtkCommonCore import vtkPoints
from vtkmodules.vtkCommonDataModel import vtkCellArray, vtkPolyData
from vtkmodules.vtkRenderingCore import vtkActor2D, vtkCoordinate, vtkPolyDataMapper2D

from app.i18n import translate

TURN_DEGREES = 10.0
ZOOM_FACTOR = 1.15
PAN_SHARE = 0.08  # of the view's height, per key press
RING_RGB = (1.0, 0.78, 0.24)  # amber: 3:1 or more against every theme's dark 3D background
RING_PX = 4

Key = Qt.Key
ARROWS = (Key.Key_Left, Key.Key_Right, Key.Key_Up, Key.Key_Down)
ZOOM_IN = (Key.Key_Plus, Key.Key_Equal)
ZOOM_OUT = (Key.Key_Minus, Key.Key_Underscore)


def view_keys() -> list[tuple[str, str]]:
    """The view's keys and what they do, for Help > Keyboard shortcuts."""
    return [
        (
            translate("KeyboardView", "Left / Right"),
            translate("KeyboardView", "Turn the model (3D view focused)"),
        ),
        (
            translate("KeyboardView", "Up / Down"),
            translate("KeyboardView", "Tilt the model (3D view focused)"),
        ),
        (
            translate("KeyboardView", "Shift+arrows"),
            translate("KeyboardView", "Move the model (3D view focused)"),
        ),
        (translate("KeyboardView", "+ / -"), translate("KeyboardView", "Zoom in / out (3D view focused)")),
    ]


class FocusRing:
    """A rectangle along the edge of the 3D view, shown while it has keyboard focus."""

    def __init__(self, renderer) -> None:
        points = vtkPoints()
        for x, y in ((0, 0), (1, 0), (1, 1), (0, 1)):
            points.InsertNextPoint(x, y, 0)
        lines = vtkCellArray()
        lines.InsertNextCell(5)
        for i in (0, 1, 2, 3, 0):
            lines.InsertCellPoint(i)
        poly = vtkPolyData()
        poly.SetPoints(points)
        poly.SetLines(lines)
        coordinate = vtkCoordinate()
        coordinate.SetCoordinateSystemToNormalizedViewport()
        mapper = vtkPolyDataMapper2D()
        mapper.SetInputData(poly)
        mapper.SetTransformCoordinate(coordinate)
        self.actor = vtkActor2D()
        self.actor.SetMapper(mapper)
        self.actor.GetProperty().SetColor(*RING_RGB)
        self.actor.GetProperty().SetLineWidth(RING_PX * 2)  # half of it falls outside the view
        self.actor.SetVisibility(False)
        self.actor.SetPickable(False)
        renderer.AddViewProp(self.actor)

    @property
    def shown(self) -> bool:
        return bool(self.actor.GetVisibility())

    def show(self, on: bool) -> None:
        self.actor.SetVisibility(on)


class KeyboardView(QObject):
    """Turns, moves and zooms the camera from the keyboard while the 3D view has focus."""

    def __init__(self, plotter, request_render: Callable[[], None]) -> None:
        super().__init__(plotter)
        self.plotter = plotter
        self.request_render = request_render
        self.active = True  # off in presentation mode, where the arrows step the slides
        self.ring = FocusRing(plotter.renderer)
        plotter.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        plotter.setAccessibleName(translate("KeyboardView", "3D view of the lower back"))
        plotter.setAccessibleDescription(
            translate(
                "KeyboardView",
                "Arrow keys turn the model, Shift and the arrow keys move it, plus and minus zoom.",
            )
        )
        plotter.installEventFilter(self)

    def _ours(self, event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if key in ARROWS:
            return mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        return key in ZOOM_IN + ZOOM_OUT and not mods & ~Qt.KeyboardModifier.ShiftModifier

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.ring.show(kind == QEvent.Type.FocusIn and self.active)
            self.request_render()
        elif kind == QEvent.Type.ShortcutOverride and self.active and self._ours(event):
            event.accept()  # ours, not the window's step keys
            return True
        elif kind == QEvent.Type.KeyPress and self.active and self._ours(event):
            self.handle(event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            return True
        return False

    def set_active(self, on: bool) -> None:
        self.active = on
        self.ring.show(on and self.plotter.hasFocus())
        self.request_render()

    def handle(self, key: Qt.Key, shift: bool = False) -> None:
        camera = self.plotter.renderer.GetActiveCamera()
        if key in ZOOM_IN or key in ZOOM_OUT:
            camera.Zoom(ZOOM_FACTOR if key in ZOOM_IN else 1.0 / ZOOM_FACTOR)
        elif shift:
            self._pan(camera, key)
        elif key in (Key.Key_Left, Key.Key_Right):
            camera.Azimuth(-TURN_DEGREES if key == Key.Key_Left else TURN_DEGREES)
        else:
            camera.Elevation(TURN_DEGREES if key == Key.Key_Up else -TURN_DEGREES)
            camera.OrthogonalizeViewUp()
        self.plotter.renderer.ResetCameraClippingRange()
        self.request_render()

    def _pan(self, camera, key: Qt.Key) -> None:
        import numpy as np

        position, focal = np.array(camera.GetPosition()), np.array(camera.GetFocalPoint())
        up = np.array(camera.GetViewUp())
        forward = focal - position
        distance = float(np.linalg.norm(forward))
        right = np.cross(forward / distance, up)
        if camera.GetParallelProjection():
            height = 2.0 * camera.GetParallelScale()
        else:
            height = 2.0 * distance * np.tan(np.radians(camera.GetViewAngle() / 2.0))
        step = PAN_SHARE * height
        # The model moves the way the arrow points, so the camera moves the other way.
        move = {
            Key.Key_Left: right * step,
            Key.Key_Right: -right * step,
            Key.Key_Up: -up * step,
            Key.Key_Down: up * step,
        }[key]
        camera.SetPosition(*(position + move))
        camera.SetFocalPoint(*(focal + move))
