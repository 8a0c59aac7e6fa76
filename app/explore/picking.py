"""Identify parts with the mouse: hover names a part, a click selects and outlines it.

``pick_part`` is the one place that turns a pixel into a part id (tests click through it too).
Pixels are VTK display coordinates: x to the right, y up from the bottom of the render window,
in device pixels. In x-ray mode see-through parts are skipped first, so a click on a translucent
vertebra finds the disc or nerve inside it; a click on a cut face finds the part cut there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyvista as pv
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QToolTip
from vtkmodules.vtkFiltersHybrid import vtkPolyDataSilhouette
from vtkmodules.vtkRenderingCore import vtkActor, vtkCellPicker, vtkPolyDataMapper

from app.i18n import translate
from app.viewer.part_words import part_name
from meshes.parts import COLOURS, PARTS

if TYPE_CHECKING:
    from app.context import ViewerContext
    from app.viewer.viewport import Viewport

HOVER_DELAY_MS = 80  # pick once the mouse rests this long (orbiting never waits on picks)
CLICK_SLOP_PX = 4  # a press and release closer than this is a click, not a drag
PICK_TOLERANCE = 0.002  # fraction of the window diagonal
SEE_THROUGH = 0.6  # parts drawn below this opacity are picked only when nothing solid is hit
OUTLINE_WIDTH = 3.0


def _picker() -> vtkCellPicker:
    picker = vtkCellPicker()
    picker.SetTolerance(PICK_TOLERANCE)
    picker.PickFromListOn()
    return picker


def pick_part(viewport: Viewport, x: float, y: float, extra: dict | None = None) -> str | None:
    """The part drawn at display pixel (x, y), or None.

    ``extra`` maps other pickable actors (the cut faces) to a function cell id -> part id.
    Honours the mappers' clipping planes, so the removed half of a cut is never picked.
    """
    renderer = viewport.plotter.renderer
    by_actor = {id(a): pid for pid, a in viewport.actors.items()}
    extra = extra or {}
    solid, clear = [], []
    for actor in viewport.actors.values():
        if not actor.GetVisibility():
            continue
        (solid if actor.GetProperty().GetOpacity() >= SEE_THROUGH else clear).append(actor)
    extras = [a for a in extra if a.GetVisibility()]
    for candidates in (solid + extras, solid + extras + clear):
        if not candidates:
            continue
        picker = _picker()
        for actor in candidates:
            picker.AddPickList(actor)
        if not picker.Pick(x, y, 0.0, renderer):
            continue
        actor = picker.GetActor()
        if actor is None:
            continue
        if actor in extra:
            pid = extra[actor](picker.GetCellId())
            if pid:
                return pid
            continue
        pid = by_actor.get(id(actor))
        if pid is None:
            for key, a in viewport.actors.items():
                if a is actor:
                    pid = key
        if pid:
            return pid
    return None


def display_point(viewport: Viewport, world) -> tuple[float, float]:
    """Where a world point (mm) lands on screen, in display pixels (x right, y up)."""
    renderer = viewport.plotter.renderer
    renderer.SetWorldPoint(float(world[0]), float(world[1]), float(world[2]), 1.0)
    renderer.WorldToDisplay()
    x, y, _ = renderer.GetDisplayPoint()
    return x, y


class Selection(QObject):
    """The selected part (or None) and its outline in the 3D view."""

    changed = Signal(object)  # part id or None
    hovered = Signal(object)  # part id or None, as the mouse rests over it

    def __init__(self, ctx: ViewerContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.viewport = ctx.viewport
        self.part: str | None = None
        self.extra_pickables: dict = {}  # actor -> cell id -> part id (cut faces register here)
        self._outline: vtkActor | None = None
        self._silhouette: vtkPolyDataSilhouette | None = None

    def select(self, part_id: str | None) -> None:
        """Select a part by id (None clears); unknown ids are ignored."""
        if part_id is not None and part_id not in self.viewport.actors:
            return
        if part_id == self.part:
            return
        self.part = part_id
        self._update_outline()
        self.ctx.request_render()
        self.changed.emit(part_id)

    def clear(self) -> None:
        self.select(None)

    def pick(self, x: float, y: float) -> str | None:
        return pick_part(self.viewport, x, y, self.extra_pickables)

    def click(self, x: float, y: float) -> str | None:
        """Select what is at display pixel (x, y); a click on empty space clears the selection."""
        pid = self.pick(x, y)
        self.select(pid)
        self.ctx.part_clicked.emit(pid)
        return pid

    def _update_outline(self) -> None:
        renderer = self.viewport.plotter.renderer
        if self._outline is not None:
            renderer.RemoveActor(self._outline)
            self._outline = None
            self._silhouette = None
        if self.part is None:
            return
        self._outline, self._silhouette = outline_actor(self.viewport, self.part)
        renderer.AddActor(self._outline)

    def refresh_clipping(self) -> None:
        """Copy the part's clipping planes onto its outline (after a cut changed)."""
        if self._outline is None or self.part is None:
            return
        src = self.viewport.actors[self.part].GetMapper()
        dst = self._outline.GetMapper()
        dst.RemoveAllClippingPlanes()
        planes = src.GetClippingPlanes()
        if planes is not None:
            for i in range(planes.GetNumberOfItems()):
                dst.AddClippingPlane(planes.GetItem(i))


def outline_actor(viewport: Viewport, part_id: str) -> tuple[vtkActor, vtkPolyDataSilhouette]:
    """A silhouette outline of a part (follows the camera and the animated points)."""
    sil = vtkPolyDataSilhouette()
    sil.SetInputData(viewport.meshes[part_id])
    sil.SetCamera(viewport.plotter.renderer.GetActiveCamera())
    sil.SetEnableFeatureAngle(False)
    sil.SetBorderEdges(True)
    mapper = vtkPolyDataMapper()
    mapper.SetInputConnection(sil.GetOutputPort())
    mapper.SetResolveCoincidentTopologyToPolygonOffset()
    mapper.SetRelativeCoincidentTopologyLineOffsetParameters(0, -8)
    src = viewport.actors[part_id].GetMapper().GetClippingPlanes()
    if src is not None:
        for i in range(src.GetNumberOfItems()):
            mapper.AddClippingPlane(src.GetItem(i))
    actor = vtkActor()
    actor.SetMapper(mapper)
    actor.PickableOff()
    prop = actor.GetProperty()
    prop.SetColor(*pv.Color(COLOURS["highlight"]).float_rgb)
    prop.SetLineWidth(OUTLINE_WIDTH)
    prop.SetLighting(False)
    prop.SetRenderLinesAsTubes(False)
    return actor, sil


class MousePicker(QObject):
    """Event filter on the 3D view: hover names the part under the mouse, a click selects it."""

    def __init__(self, ctx: ViewerContext, selection: Selection) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.selection = selection
        self.widget = ctx.plotter
        self._press: QPoint | None = None
        self._hover_pos: QPoint | None = None
        self._hover_part: str | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("hover_pick")
        self._timer.setSingleShot(True)
        self._timer.setInterval(HOVER_DELAY_MS)
        self._timer.timeout.connect(self._hover)
        self.widget.setMouseTracking(True)
        self.widget.installEventFilter(self)

    def to_display(self, pos: QPoint) -> tuple[float, float]:
        """Qt widget position (logical pixels, y down) -> VTK display pixels (device, y up)."""
        ratio = self.widget.devicePixelRatioF()
        return pos.x() * ratio, (self.widget.height() - pos.y() - 1) * ratio

    def from_display(self, x: float, y: float) -> QPoint:
        ratio = self.widget.devicePixelRatioF()
        return QPoint(round(x / ratio), round(self.widget.height() - 1 - y / ratio))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._timer.stop()
            if event.button() == Qt.MouseButton.LeftButton:
                self._press = event.position().toPoint()
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            start, self._press = self._press, None
            pos = event.position().toPoint()
            if (
                event.button() == Qt.MouseButton.LeftButton
                and start is not None
                and (pos - start).manhattanLength() <= CLICK_SLOP_PX
            ):
                self.selection.click(*self.to_display(pos))
        elif kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            if event.buttons() == Qt.MouseButton.NoButton:
                self._hover_pos = event.position().toPoint()
                self._timer.start()
        elif kind == QEvent.Type.Leave:
            self._timer.stop()
            self._show_hover(None)
        return False  # VTK still gets every event (orbit, zoom)

    def _hover(self) -> None:
        if self._hover_pos is None or not self.widget.isVisible():
            return
        self._show_hover(self.selection.pick(*self.to_display(self._hover_pos)))

    def _show_hover(self, pid: str | None) -> None:
        if pid == self._hover_part:
            return
        self._hover_part = pid
        self.selection.hovered.emit(pid)
        bar = self.ctx.frame.statusBar()
        if pid is None:
            QToolTip.hideText()
            bar.clearMessage()
            return
        info = PARTS.get(pid)
        name = part_name(pid) if info else pid
        bar.showMessage(translate("MousePicker", "{name} · click to select").format(name=name), 4000)
        if self._hover_pos is not None:
            QToolTip.showText(self.widget.mapToGlobal(self._hover_pos), name, self.widget)

    def stop(self) -> None:
        self._timer.stop()
