"""The pen: while it is on, the left mouse button draws on the model instead of turning it (a drag
that starts beside the model still turns it).

Each mouse position is picked on the model's surface (a vtkCellPicker over the drawn parts), so a
stroke is a 3D polyline lying on bone, disc or nerve; it stays where it was drawn when the camera
turns. A stroke or an arrow is one press-drag-release; a note is a click and a line of text. The
marks go to the viewport's annotation layer (app/viewer/annotations.py), which stills, clips,
handouts and the take-home page read too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QMouseEvent

from app.viewer.annotations import DEFAULT_COLOUR, STROKE_RADIUS_MM, Mark

if TYPE_CHECKING:
    from app.context import ViewerContext

TOOLS = ("stroke", "arrow", "note")
MIN_STEP_MM = 0.8  # a new point only this far from the last: strokes stay light
LIFT_MM = 0.8 * STROKE_RADIUS_MM  # points sit this far out along the surface normal
PICK_TOLERANCE = 0.0  # exact hits: a near miss at a silhouette would float off the surface
SOLID = 0.15  # the pen draws on the first surface seen, see-through ones too, but not on near-invisible ones


class Pen(QObject):
    """Pen on/off, its tool and colour, the marks with an undo history, and the mouse handling."""

    toggled = Signal(bool)
    marks_changed = Signal(object)  # tuple[Mark, ...]

    def __init__(self, ctx: ViewerContext, ask_text: Callable[[], str | None] | None = None) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.widget = ctx.plotter
        self.layer = ctx.viewport.annotations
        self.active = False
        self.tool = "stroke"
        self.colour = DEFAULT_COLOUR
        self.ask_text = ask_text  # a note's text (a dialog in the window); None cancels the note
        self._history: list[tuple[Mark, ...]] = []
        self._points: list[tuple[float, float, float]] = []
        self._drawing = False
        self._turning = False  # a drag that began off the model turns the model, as without the pen
        self._preview = None
        self.widget.installEventFilter(self)

    # ---- marks -------------------------------------------------------------------------------
    @property
    def marks(self) -> tuple[Mark, ...]:
        return self.layer.marks

    def set_marks(self, marks, undoable: bool = True) -> None:
        if undoable:
            self._history.append(self.layer.marks)
        self.layer.set_marks(tuple(marks))
        self.marks_changed.emit(self.layer.marks)
        self.ctx.request_render()

    def add(self, mark: Mark) -> None:
        self.set_marks((*self.layer.marks, mark))

    def undo(self) -> bool:
        if not self._history:
            return False
        self.set_marks(self._history.pop(), undoable=False)
        return True

    def clear(self) -> None:
        if self.layer.marks:
            self.set_marks(())

    def forget_history(self) -> None:
        """A newly opened visit starts a fresh undo history."""
        self._history.clear()

    # ---- on and off --------------------------------------------------------------------------
    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        self._end_stroke(keep=False)
        if on:
            self.show_cursor()
        else:
            self.widget.keep_cursor = False
            self.widget.unsetCursor()
        self.toggled.emit(on)

    def show_cursor(self) -> None:
        """A cross-hair over the view while the pen is on (VTK's own cursor changes wait)."""
        self.widget.keep_cursor = True
        self.widget.setCursor(Qt.CursorShape.CrossCursor)

    def toggle(self) -> None:
        self.set_active(not self.active)

    # ---- picking -----------------------------------------------------------------------------
    def to_display(self, pos: QPoint) -> tuple[float, float]:
        """Qt widget position (logical pixels, y down) -> VTK display pixels (device, y up)."""
        ratio = self.widget.devicePixelRatioF()
        return pos.x() * ratio, (self.widget.height() - pos.y() - 1) * ratio

    def surface_point(self, x: float, y: float) -> tuple[float, float, float] | None:
        """The point of the model's surface under display pixel (x, y), lifted off it a little."""
        from vtkmodules.vtkRenderingCore import vtkCellPicker

        picker = vtkCellPicker()
        picker.SetTolerance(PICK_TOLERANCE)
        picker.PickFromListOn()
        for actor in self.ctx.viewport.actors.values():
            if actor.GetVisibility() and actor.GetProperty().GetOpacity() >= SOLID:
                picker.AddPickList(actor)
        if not picker.Pick(x, y, 0.0, self.ctx.plotter.renderer) or picker.GetActor() is None:
            return None
        point = np.array(picker.GetPickPosition()) + LIFT_MM * np.array(picker.GetPickNormal())
        return (float(point[0]), float(point[1]), float(point[2]))

    # ---- the mouse ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not self.active or not isinstance(event, QMouseEvent):
            return False
        kind = event.type()
        left = event.button() == Qt.MouseButton.LeftButton
        if self._turning:
            if kind == QEvent.Type.MouseButtonRelease and left:
                self._turning = False
            return False
        if kind == QEvent.Type.MouseButtonPress and left:
            return self._begin(event.position().toPoint())
        if kind == QEvent.Type.MouseMove and self._drawing:
            self._extend(event.position().toPoint())
            return True
        if kind == QEvent.Type.MouseButtonRelease and left and self._drawing:
            self._extend(event.position().toPoint())
            self._end_stroke(keep=True)
            return True
        if kind == QEvent.Type.MouseButtonDblClick and left:
            return True
        return False  # right and middle buttons still turn and move the model

    def _begin(self, pos: QPoint) -> bool:
        """Start a stroke (or pin a note) on the model; False when the press missed the model, so
        that the drag turns it instead."""
        point = self.surface_point(*self.to_display(pos))
        if point is None:
            self._turning = True
            return False
        if self.tool == "note":
            self._add_note(point)
            return True
        self._drawing = True
        self._points = [point]
        return True

    def _extend(self, pos: QPoint) -> None:
        point = self.surface_point(*self.to_display(pos))
        if point is None:
            return  # off the model: the stroke waits for the pointer to come back onto it
        if self._points and np.linalg.norm(np.subtract(point, self._points[-1])) < MIN_STEP_MM:
            return
        self._points.append(point)
        self._show_preview()

    def _end_stroke(self, keep: bool) -> None:
        points, self._points = self._points, []
        self._drawing = False
        if self._preview is not None:
            self.ctx.plotter.renderer.RemoveActor(self._preview)
            self._preview = None
            self.ctx.request_render()
        if keep and len(points) >= 2:
            self.add(Mark(self.tool, tuple(points), self.colour))

    def _add_note(self, point: tuple[float, float, float]) -> None:
        text = self.ask_text() if self.ask_text is not None else None
        if text and text.strip():
            self.add(Mark("note", (point,), self.colour, text.strip()[:200]))

    def _show_preview(self) -> None:
        """A thin line along the stroke so far (the tube is made once, on release)."""
        import pyvista as pv

        if len(self._points) < 2:
            return
        line = pv.lines_from_points(np.array(self._points))
        renderer = self.ctx.plotter.renderer
        if self._preview is None:
            from vtkmodules.vtkRenderingCore import vtkActor, vtkPolyDataMapper

            self._preview = vtkActor()
            self._preview.SetMapper(vtkPolyDataMapper())
            self._preview.SetPickable(False)
            prop = self._preview.GetProperty()
            prop.SetLineWidth(4.0)
            prop.SetLighting(False)
            renderer.AddActor(self._preview)
        self._preview.GetMapper().SetInputData(line)
        r, g, b = (int(self.colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        self._preview.GetProperty().SetColor(r, g, b)
        self.ctx.request_render()
