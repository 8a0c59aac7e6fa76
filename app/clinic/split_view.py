"""Healthy beside diseased: the window's 3D view split in two, the healthy spine on the left and the
chosen condition on the right, turning together ("this is normal, this is yours").

It is a second VTK renderer in the same render window (the main renderer moves to the right half),
so there is one OpenGL context and no second widget to manage under Xvfb or on a projector. The two
renderers share one camera object, which keeps them in step whichever half the mouse drags. The
healthy copy has its own PolyData at the rest vertices, so animating the main model never moves it;
it follows the main view's shown/hidden and see-through parts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyvista as pv
from vtkmodules.vtkRenderingCore import vtkActor, vtkLight, vtkRenderer, vtkTextActor

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.viewer.viewport import (
    LIGHTS,
    part_actor,
)

if TYPE_CHECKING:
    from app.viewer.viewport import Viewport
    from meshes.model import Model

LABEL_SIZE = 22  # pixels
HEALTHY_LABEL = QT_TRANSLATE_NOOP("split_view", "Healthy")


def _camera(renderer) -> tuple:
    cam = renderer.GetActiveCamera()
    return (cam.GetPosition(), cam.GetFocalPoint(), cam.GetViewUp())


def _set_camera(renderer, state: tuple) -> None:
    cam = renderer.GetActiveCamera()
    cam.SetPosition(*state[0])
    cam.SetFocalPoint(*state[1])
    cam.SetViewUp(*state[2])
    renderer.ResetCameraClippingRange()


def _label(text: str) -> vtkTextActor:
    a = vtkTextActor()
    a.SetInput(text)
    a.GetPositionCoordinate().SetCoordinateSystemToNormalizedViewport()
    a.GetPositionCoordinate().SetValue(0.5, 0.03)
    tp = a.GetTextProperty()
    tp.SetFontSize(LABEL_SIZE)
    tp.SetBold(True)
    tp.SetShadow(True)
    tp.SetJustificationToCentered()
    tp.SetColor(1.0, 1.0, 1.0)
    return a


class SplitView:
    """Toggle with ``set_enabled``; ``renderer`` is the healthy (left) one while enabled."""

    def __init__(self, viewport: Viewport, request_render=None) -> None:
        self.viewport = viewport
        self._request_render = request_render or viewport.render
        self.enabled = False
        self.model: Model | None = None
        self.renderer: vtkRenderer | None = None
        self.actors: dict[str, vtkActor] = {}
        self.meshes: dict[str, pv.PolyData] = {}
        self.healthy_label = _label(translate("split_view", HEALTHY_LABEL))
        self.condition_label = _label("")
        self._label_text = translate("split_view", "Healthy spine")
        self._before = self._after = None
        self.listeners: list = []  # called with no arguments after it turns on or off
        self._label_fit: tuple | None = None
        # The condition's label shrinks to fit its half (a long one ran off both edges).
        viewport.plotter.renderer.AddObserver("StartEvent", lambda *_: self._fit_label())

    # ---- inputs ------------------------------------------------------------------------------
    def set_model(self, model: Model) -> None:
        self.model = model
        if self.renderer is not None:
            self._build()
            self._request_render()

    def _fit_label(self) -> None:
        if not self.enabled:
            return
        main = self.viewport.plotter.renderer
        w = main.GetSize()[0]
        key = (w, self._label_text)
        if w <= 0 or key == self._label_fit:
            return
        tp, bbox = self.condition_label.GetTextProperty(), [0.0] * 4
        size = LABEL_SIZE
        while True:
            tp.SetFontSize(size)
            self.condition_label.GetBoundingBox(main, bbox)
            if bbox[1] - bbox[0] <= 0.94 * w or size <= 9:
                break
            size -= 1
        self._label_fit = key

    def set_label(self, text: str) -> None:
        """What the right half shows, e.g. 'L5-S1 herniation (extrusion), right side'."""
        self._label_text = text
        self.condition_label.SetInput(text)
        if self.enabled:
            self._request_render()

    def set_enabled(self, on: bool) -> None:
        on = bool(on)
        if on == self.enabled:
            return
        rw = self.viewport.plotter.render_window
        main = self.viewport.plotter.renderer
        if on:
            if self.renderer is None:
                self.renderer = self._make_renderer()
                self._build()
            rw.AddRenderer(self.renderer)
            self.renderer.SetViewport(0.0, 0.0, 0.5, 1.0)
            main.SetViewport(0.5, 0.0, 1.0, 1.0)
            self.renderer.SetActiveCamera(main.GetActiveCamera())
            self.condition_label.SetInput(self._label_text)
            main.AddViewProp(self.condition_label)
            self._before = _camera(main)
            self._fit_half()
            self._after = _camera(main)
        else:
            rw.RemoveRenderer(self.renderer)
            main.SetViewport(0.0, 0.0, 1.0, 1.0)
            main.RemoveViewProp(self.condition_label)
            if self._before is not None and _camera(main) == self._after:
                _set_camera(main, self._before)  # nobody moved it meanwhile: put the full view back
        self.enabled = on
        for listener in self.listeners:  # (the measurement overlay moves to the healthy half)
            listener()
        self._request_render()

    def _fit_half(self) -> None:
        """Step the camera back so what was in view across the full width still fits in half of it."""
        main = self.viewport.plotter.renderer
        cam = main.GetActiveCamera()
        pos, focal = np.array(cam.GetPosition()), np.array(cam.GetFocalPoint())
        distance = float(np.linalg.norm(pos - focal))
        d = (pos - focal) / distance
        up = np.array(cam.GetViewUp())
        up = up - d * (up @ d)
        up /= np.linalg.norm(up)
        right = np.cross(up, d)
        ids = self.viewport.visible_parts()
        if not ids:
            return
        pts = np.concatenate([self.viewport.meshes[p].points[::8] for p in ids]) - focal
        tan_half = np.tan(np.radians(cam.GetViewAngle()) / 2)
        in_view = np.abs(pts @ up) < distance * tan_half  # the part of the model now on screen
        if not in_view.any():
            return
        w, h = self.viewport.plotter.window_size
        aspect = 0.5 * w / h if h else 1.0
        half_w = np.abs(pts[in_view] @ right).max()
        depth = max(0.0, float((pts[in_view] @ d).max()))
        needed = depth + half_w / (tan_half * aspect) * 1.04
        distance_new = float(np.clip(needed, distance, 2.0 * distance))
        cam.SetPosition(*(focal + d * distance_new))
        main.ResetCameraClippingRange()

    # ---- the healthy copy --------------------------------------------------------------------
    def _make_renderer(self) -> vtkRenderer:
        ren = vtkRenderer()
        ren.SetUseFXAA(False)
        for position, intensity, colour in LIGHTS:
            light = vtkLight()
            light.SetLightTypeToCameraLight()
            light.SetPosition(*position)
            light.SetFocalPoint(0.0, 0.0, 0.0)
            light.SetIntensity(intensity)
            light.SetColor(*pv.Color(colour).float_rgb)
            ren.AddLight(light)
        ren.AutomaticLightCreationOff()
        ren.AddViewProp(self.healthy_label)
        # Before each frame: follow the main view's camera (in case it was replaced) and what it shows.
        ren.AddObserver("StartEvent", self._sync)
        return ren

    def _build(self) -> None:
        for actor in self.actors.values():
            self.renderer.RemoveActor(actor)
        self.actors.clear()
        self.meshes.clear()
        if self.model is None:
            return
        for pid, part in self.model.parts.items():
            actor, mesh, outward = part_actor(pid, part.vertices, part.faces)  # its own copy
            prop = actor.GetProperty()
            prop.SetBackfaceCulling(outward > 0)
            prop.SetFrontfaceCulling(outward < 0)
            self.renderer.AddActor(actor)
            self.actors[pid] = actor
            self.meshes[pid] = mesh

    def _sync(self, *_args) -> None:
        main = self.viewport.plotter.renderer
        cam = main.GetActiveCamera()
        if self.renderer.GetActiveCamera() is not cam:
            self.renderer.SetActiveCamera(cam)
        # The same background as the main view, also after the theme changes.
        self.renderer.SetGradientBackground(main.GetGradientBackground())
        self.renderer.SetBackground(*main.GetBackground())
        self.renderer.SetBackground2(*main.GetBackground2())
        for pid, actor in self.actors.items():
            src = self.viewport.actors.get(pid)
            if src is None:
                continue
            vis = src.GetVisibility()
            if actor.GetVisibility() != vis:
                actor.SetVisibility(vis)
            sp, prop = src.GetProperty(), actor.GetProperty()
            if prop.GetOpacity() != sp.GetOpacity():
                prop.SetOpacity(sp.GetOpacity())
                prop.SetBackfaceCulling(sp.GetBackfaceCulling())
                prop.SetFrontfaceCulling(sp.GetFrontfaceCulling())

    def cameras(self) -> tuple:
        """(healthy camera, main camera) as VTK objects (for tests)."""
        return (self.renderer.GetActiveCamera() if self.renderer else None,
                self.viewport.plotter.renderer.GetActiveCamera())  # fmt: skip
