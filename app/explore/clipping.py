"""Cross-sections in the window: sagittal, coronal and axial clipping planes, and a one-click cut
through any disc.

The planes clip every part on the GPU (mapper clipping planes, so the cut follows the animation
at no cost); ``app.viewer.sections`` fills the cut faces with painted caps. Caps are rebuilt when the
cut, the points, a colour, an opacity or a visibility changes: a coarse picture at most every
``DRAFT_MS`` while things move, a fine one once they have rested ``FINE_AFTER_MS``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal
from vtkmodules.vtkCommonDataModel import vtkPlane

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.viewer.section_actors import (
    CutFace,
    clip_actor,
    cut_layers,
    highlight_actor,
    part_outline,
    section_anchors,
)
from app.viewer.sections import PLANE_KINDS, PLANE_RANGE_MM, Section, facing_camera, plane_for
from meshes.dimensions import DISC_LEVELS

if TYPE_CHECKING:
    from app.context import ViewerContext

DRAFT_MS = 120
FINE_AFTER_MS = 450
SEE_THROUGH_NO_CAP = 0.99  # see-through parts get an outline but no filled cap
PLANE_LABELS = {
    "sagittal": (
        QT_TRANSLATE_NOOP("clipping", "Sagittal"),
        QT_TRANSLATE_NOOP("clipping", "Cut from front to back (left | right), seen from the patient's left"),
    ),
    "coronal": (
        QT_TRANSLATE_NOOP("clipping", "Coronal"),
        QT_TRANSLATE_NOOP("clipping", "Cut from side to side (front | back), seen from the front"),
    ),
    "axial": (
        QT_TRANSLATE_NOOP("clipping", "Axial"),
        QT_TRANSLATE_NOOP(
            "clipping", "Cut across the spine (top | bottom), seen from below as on an MRI scan"
        ),
    ),
}


@dataclass
class ClipPlane:
    """One of the three planes: on or off, where (mm along its normal), which side is kept."""

    kind: str
    enabled: bool = False
    offset: float = 0.0
    flip: bool = False
    disc: str | None = None  # an axial cut through this disc (tilted with it)

    def geometry(self, camera=None):
        """The plane and screen-up; given the camera position, it keeps the far side (flip: the near)."""
        return plane_for(self.kind, self.offset, self.flip, self.disc, camera=camera)


class ClipController(QObject):
    """Owns the three planes, clips the parts, and keeps the caps up to date."""

    changed = Signal()

    def __init__(self, ctx: ViewerContext, selection=None, labels=None, views=None) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.views = views  # the camera animator: facing a cut glides there
        self.viewport = ctx.viewport
        self.selection = selection
        self.planes: dict[str, ClipPlane] = {k: ClipPlane(k) for k in PLANE_KINDS}
        self._vtk_planes: dict[str, vtkPlane] = {k: vtkPlane() for k in PLANE_KINDS}
        self.labels = labels
        self.sections: dict[str, list[Section]] = {}
        self._faces: dict[str, list[CutFace]] = {}  # per plane, made once and refilled
        self._shown: dict[str, int] = {}  # how many of a plane's faces show a section now
        self._highlight = None
        self.marks = ctx.viewport.marks  # (always on: the view's own R/L, A/P marks)
        if selection is not None:
            selection.changed.connect(self._update_highlight)
        self._observed: list[tuple[object, int]] = []
        self._camera = ctx.plotter.renderer.GetActiveCamera()
        self._camera_tag = self._camera.AddObserver("ModifiedEvent", self._on_camera)
        self._sides: tuple[bool, ...] = ()  # which side of each active plane the camera was on
        self.cap_builds = 0  # how many times caps were built (tests, bench)
        self._draft = QTimer(self)
        self._draft.setObjectName("clip_caps_draft")
        self._draft.setSingleShot(True)
        self._draft.setInterval(DRAFT_MS)
        self._draft.timeout.connect(lambda: self.rebuild_caps("draft"))
        self._fine = QTimer(self)
        self._fine.setObjectName("clip_caps_fine")
        self._fine.setSingleShot(True)
        self._fine.setInterval(FINE_AFTER_MS)
        self._fine.timeout.connect(lambda: self.rebuild_caps("fine"))
        ctx.model_loaded.connect(self._on_model)
        if ctx.model is not None:
            self._on_model(ctx.model)

    # ---- state -------------------------------------------------------------------------------
    def active(self) -> list[str]:
        return [k for k, p in self.planes.items() if p.enabled]

    def set_enabled(self, kind: str, on: bool) -> None:
        p = self.planes[kind]
        if p.enabled == bool(on):
            return
        p.enabled = bool(on)
        if not on and kind == "axial":
            p.disc = None
        self._apply()

    def set_offset(self, kind: str, mm: float) -> None:
        lo, hi = PLANE_RANGE_MM[kind]
        self.planes[kind].offset = float(np.clip(mm, lo, hi))
        self._apply()

    def set_flip(self, kind: str, on: bool) -> None:
        self.planes[kind].flip = bool(on)
        self._apply()

    def cut_through_disc(self, level: str, look: bool = True) -> None:
        """An axial cut through the middle of a disc, tilted with it; turn to face the cut face from
        below, as an axial MRI slice is read."""
        if level not in DISC_LEVELS:
            raise ValueError(f"unknown disc '{level}'; use one of: {', '.join(DISC_LEVELS)}")
        p = self.planes["axial"]
        p.enabled, p.offset, p.flip, p.disc = True, 0.0, False, level
        self._apply(immediate=True)
        if look:
            self.face("axial", from_side=-1)
        self.ctx.say(
            translate(
                "ClipController",
                "Cut through the {level} disc, seen from below as on an MRI scan (front at the top, "
                "patient's right on the left)",
            ).format(level=level),
            6000,
        )

    def clear(self) -> None:
        for p in self.planes.values():
            p.enabled, p.offset, p.flip, p.disc = False, 0.0, False, None
        self._apply()

    def camera_position(self) -> np.ndarray:
        return np.asarray(self._camera.GetPosition(), float)

    def face(self, kind: str, from_side: int | None = None) -> None:
        """Turn the camera to look straight at a plane's cut face, from the side of the plane it is
        on now (``from_side`` -1 or +1 picks one: below or above an axial cut, and so on)."""
        p = self.planes[kind]
        plane, up = p.geometry()  # its normal points to the side that is kept without a camera
        normal = np.asarray(plane.normal, float)
        if from_side is None:
            from_side = 1 if float(np.dot(normal, self.camera_position() - plane.origin)) > 0 else -1
        if from_side > 0:  # seen from the normal's side, the other side is kept
            from app.viewer.sections import Plane

            plane = Plane(plane.origin, tuple(-normal))
        cam = self.viewport.plotter.renderer.GetActiveCamera()
        w, h = self.viewport.plotter.window_size
        pos, focal, up = facing_camera(
            self.sections.get(kind, []), plane, up, cam.GetViewAngle(), w / max(h, 1)
        )
        from app.explore.views import CameraPose

        pose = CameraPose(tuple(pos), tuple(focal), tuple(up))
        if self.views is not None:
            self.views.go_to(pose)
        else:
            cam.SetFocalPoint(*focal)
            cam.SetPosition(*pos)
            cam.SetViewUp(*up)
            self.viewport.plotter.renderer.ResetCameraClippingRange()
            self.ctx.request_render()

    def describe(self, kind: str) -> str:
        p = self.planes[kind]
        if p.disc:
            where = f"through the {p.disc} disc" + (f", {p.offset:+.0f} mm" if abs(p.offset) >= 0.5 else "")
        else:
            where = f"{p.offset:+.0f} mm"
        return f"{where}, keeps the {self.kept_half(kind)}"

    def kept_half(self, kind: str) -> str:
        """Which half of the model the plane keeps now, in words ('upper half', "patient's left")."""
        plane, _ = self.planes[kind].geometry(self.camera_position())
        axis = {"sagittal": 0, "coronal": 1, "axial": 2}[kind]
        positive = plane.normal[axis] > 0
        return {
            "sagittal": ("patient's right half", "patient's left half"),
            "coronal": ("front half", "back half"),
            "axial": ("upper half", "lower half"),
        }[kind][0 if positive else 1]

    # ---- applying ----------------------------------------------------------------------------
    def _camera_sides(self) -> tuple[bool, ...]:
        camera = self.camera_position()
        sides = []
        for kind in self.active():
            plane, _ = self.planes[kind].geometry()
            sides.append(float(np.dot(plane.normal, camera - plane.origin)) > 0)
        return tuple(sides)

    def _on_camera(self, *_args) -> None:
        """The camera crossed a cut: keep the half on the far side now, so the cut face stays seen."""
        if self.active() and self._camera_sides() != self._sides:
            self._apply()

    def _apply(self, immediate: bool = False) -> None:
        active = self.active()
        camera = self.camera_position()
        self._sides = self._camera_sides()
        for kind in active:
            plane, _ = self.planes[kind].geometry(camera)
            self._vtk_planes[kind].SetOrigin(*plane.origin)
            self._vtk_planes[kind].SetNormal(*plane.normal)
        planes = [self._vtk_planes[k] for k in active]
        for actor in self.viewport.actors.values():
            clip_actor(actor, planes)
        if self.selection is not None:
            self.selection.refresh_clipping()
        for kind in list(self._shown):
            if kind not in active:
                self._remove_caps(kind)
        if not active:
            self._draft.stop()  # nothing left to cap
            self._fine.stop()
            self._update_highlight()
            if self.labels is not None:
                self.labels.cut_anchors = {}
        if immediate:
            self.rebuild_caps("fine")
        else:
            self._schedule()
        self.ctx.request_render()
        self.changed.emit()

    def _schedule(self) -> None:
        if not self.active():
            return
        if not self._draft.isActive():
            self._draft.start()
        self._fine.start()  # restarts: the fine picture waits until things rest

    def rebuild_caps(self, quality: str = "fine") -> None:
        """Recompute the filled cut faces of every active plane now."""
        started = time.perf_counter()
        active = self.active()
        anchors: dict = {}
        camera = self.camera_position()
        for kind in active:
            plane, _ = self.planes[kind].geometry(camera)
            layers = cut_layers(self.viewport, plane, quality)
            self._show_caps(kind, layers, [self._vtk_planes[k] for k in active if k != kind])
            for section, _ in layers:
                anchors.update(section_anchors(section))
        if self.labels is not None:
            self.labels.cut_anchors = anchors
        self.cap_builds += 1
        if quality == "draft":  # while things move, spend at most about a third of the time here
            cost_ms = (time.perf_counter() - started) * 1000
            self._draft.setInterval(max(DRAFT_MS, int(2.5 * cost_ms)))
        self._update_highlight()
        self.ctx.request_render()

    def _show_caps(self, kind: str, layers, other_planes) -> None:
        faces = self._faces.setdefault(kind, [])
        while len(faces) < len(layers):
            faces.append(CutFace(self.viewport.plotter.renderer))
        self._hide_faces(faces[len(layers) : self._shown.get(kind, 0)])  # the rest are refilled
        for face, (section, opacity) in zip(faces, layers, strict=False):
            for actor in face.actors:
                clip_actor(actor, other_planes)
            face.show(section, opacity)
            if self.selection is not None:
                self.selection.extra_pickables[face.cap] = section.part_at_cell
        self._shown[kind] = len(layers)
        self.sections[kind] = [section for section, _ in layers]

    def _remove_caps(self, kind: str) -> None:
        shown = self._shown.pop(kind, None)
        self.sections.pop(kind, None)
        if shown is None:
            return
        self._hide_faces(self._faces.get(kind, [])[:shown])

    def _hide_faces(self, faces: list[CutFace]) -> None:
        for face in faces:
            face.hide()
            if self.selection is not None:
                self.selection.extra_pickables.pop(face.cap, None)

    def _update_highlight(self, *_args) -> None:
        """Trace the selected part's cut outline in the highlight colour."""
        renderer = self.viewport.plotter.renderer
        if self._highlight is not None:
            renderer.RemoveActor(self._highlight)
            self._highlight = None
        part = self.selection.part if self.selection is not None else None
        if part is None:
            return
        pieces = [part_outline(s, part) for sections in self.sections.values() for s in sections]
        pieces = [p for p in pieces if p.n_points]
        if not pieces:
            return
        mesh = pieces[0] if len(pieces) == 1 else pieces[0].merge(pieces[1:])
        self._highlight = highlight_actor(mesh)
        renderer.AddActor(self._highlight)
        self.ctx.request_render()

    def cap_actor(self, kind: str):
        """The (first, solid) cut face actor of a plane, or None."""
        return self._faces[kind][0].cap if self._shown.get(kind) else None

    # ---- following the model -----------------------------------------------------------------
    def _on_model(self, _model) -> None:
        for obj, tag in self._observed:
            obj.RemoveObserver(tag)
        self._observed.clear()
        for pid, mesh in self.viewport.meshes.items():
            actor = self.viewport.actors[pid]
            for obj in (mesh, actor, actor.GetProperty()):
                self._observed.append((obj, obj.AddObserver("ModifiedEvent", self._on_modified)))
        for kind in list(self._shown):
            self._remove_caps(kind)
        if self.active():
            self._apply()

    def _on_modified(self, *_args) -> None:
        if self.active():
            self._schedule()

    def stop(self) -> None:
        self._draft.stop()
        self._fine.stop()
        if self._camera_tag is not None:
            self._camera.RemoveObserver(self._camera_tag)
            self._camera_tag = None
        for obj, tag in self._observed:
            obj.RemoveObserver(tag)
        self._observed.clear()
