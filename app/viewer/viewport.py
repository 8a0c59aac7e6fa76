"""The 3D scene, shared by the window and by off-screen renders: one actor per part of the model.

The viewport owns no state of the story (that lives in ``scenes``); it only draws. Animation
writes new vertices into the PolyData each actor already shows (fixed topology: a mesh is never
rebuilt), recomputes the normals and asks for a render.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

import numpy as np
import pyvista as pv
from numpy.typing import NDArray
from vtkmodules.vtkRenderingCore import vtkActor, vtkPolyDataMapper

from app.viewer.stage import Stage
from meshes.parts import PARTS
from scenes.views import DEFAULT_VIEW, VIEWS

if TYPE_CHECKING:
    from meshes.model import Model

# Look: a calm blue-grey gradient that keeps pale bone, blue disc and yellow nerve readable.
BACKGROUND_BOTTOM = "#1E2630"
BACKGROUND_TOP = "#4A5A6C"
# The interactive view in software OpenGL is one colour, this far from the bottom colour to the
# top: VTK draws a gradient as a full-view pass, ~8 ms of a ~45 ms drag frame at 1280x800 on 2 cores.
FLAT_AT = 0.3
# Material: mostly diffuse with a soft, broad highlight (wet tissue, not plastic).
AMBIENT = 0.14
DIFFUSE = 0.86
SPECULAR = 0.22
SPECULAR_POWER = 18.0
# (position in camera coordinates: +x right, +y up, +z toward the viewer; intensity; colour)
LIGHTS = (((-0.6, 0.8, 1.0), 0.85, "#FFF6EA"), ((0.8, -0.2, 1.0), 0.35, "#EAF2FF"))
# Multi-sample anti-aliasing on a real GPU; software OpenGL cannot afford it (DESIGN.md).
GPU_MULTI_SAMPLES = 8
# Room left around the model when a view frames it (1.0 = touching the window's edge).
FRAME_MARGIN = 1.06

_SOFTWARE_RENDERERS = ("llvmpipe", "softpipe", "swrast", "software rasterizer", "lavapipe", "swiftshader")


def _face_normals(vertices: NDArray[np.float64], faces: NDArray[np.int64]) -> NDArray[np.float64]:
    """Face normals scaled by twice the face area (cross product of two edges), (m, 3)."""
    a, b, c = vertices[faces[:, 0]], vertices[faces[:, 1]], vertices[faces[:, 2]]
    u, v = b - a, c - a
    fn = np.empty_like(u)
    fn[:, 0] = u[:, 1] * v[:, 2] - u[:, 2] * v[:, 1]
    fn[:, 1] = u[:, 2] * v[:, 0] - u[:, 0] * v[:, 2]
    fn[:, 2] = u[:, 0] * v[:, 1] - u[:, 1] * v[:, 0]
    return fn


def vertex_normals(
    vertices: NDArray[np.float64], faces: NDArray[np.int64], face_normals: NDArray[np.float64] | None = None
) -> NDArray[np.float32]:
    """Unit normals at the vertices: area-weighted sum of the adjoining face normals (vectorised)."""
    fn = _face_normals(vertices, faces) if face_normals is None else face_normals
    n = np.empty((len(vertices), 3))
    idx = faces.ravel()
    for k in range(3):
        n[:, k] = np.bincount(idx, weights=np.repeat(fn[:, k], 3), minlength=len(vertices))
    length = np.sqrt((n * n).sum(axis=1, keepdims=True))
    np.divide(n, length, out=n, where=length > 0)
    return n.astype(np.float32)


def signed_volume(
    vertices: NDArray[np.float64], faces: NDArray[np.int64], face_normals: NDArray[np.float64] | None = None
) -> float:
    """Enclosed volume in mm^3: positive when the faces wind counter-clockwise seen from outside."""
    fn = _face_normals(vertices, faces) if face_normals is None else face_normals
    return float((vertices[faces[:, 0]] * fn).sum() / 6.0)


def renderer_name(render_window) -> str:
    """The OpenGL renderer string (e.g. 'llvmpipe (LLVM 15.0.6, 256 bits)'), or '' if unknown."""
    try:
        report = render_window.ReportCapabilities() or ""
    except Exception:  # a window without a context has nothing to report
        return ""
    m = re.search(r"OpenGL renderer string:\s*(.+)", report)
    return m.group(1).strip() if m else ""


def is_software_renderer(name: str) -> bool:
    low = name.lower()
    return any(s in low for s in _SOFTWARE_RENDERERS)


def part_actor(
    part_id: str, vertices: NDArray[np.float64], faces: NDArray[np.int64]
) -> tuple[vtkActor, pv.PolyData, float]:
    """One part as a smooth-shaded actor in its part-table colour: (actor, its mesh, +1 or -1 as
    the part is wound outward or inside-out). The one way every view makes a part's actor."""
    faces = np.asarray(faces, dtype=np.int64)
    # A copy: animation writes into the actor's points, and the model's rest vertices must stay.
    vertices = np.array(vertices, dtype=np.float64)
    # Parts are closed surfaces; one wound inside-out still shows right (normals and culling).
    fn = _face_normals(vertices, faces)
    outward = 1.0 if signed_volume(vertices, faces, fn) >= 0 else -1.0
    mesh = pv.PolyData.from_regular_faces(vertices, faces)
    mesh.point_data["Normals"] = vertex_normals(vertices, faces, fn) * np.float32(outward)
    mesh.GetPointData().SetActiveNormals("Normals")
    mapper = vtkPolyDataMapper()
    mapper.SetInputData(mesh)
    mapper.ScalarVisibilityOff()
    actor = vtkActor()
    actor.SetMapper(mapper)
    prop = actor.GetProperty()
    prop.SetInterpolationToPhong()
    prop.SetAmbient(AMBIENT)
    prop.SetDiffuse(DIFFUSE)
    prop.SetSpecular(SPECULAR)
    prop.SetSpecularPower(SPECULAR_POWER)
    prop.SetSpecularColor(1.0, 0.98, 0.95)
    info = PARTS.get(part_id)
    prop.SetColor(pv.Color(info.colour if info else "#CCCCCC").float_rgb)
    return actor, mesh, outward


class Viewport:
    """Builds and updates the scene inside a pyvista plotter (Qt interactor or off-screen).

    ``actors`` and ``meshes`` map part ids to the VTK actor and the PolyData it draws; other
    panels (scene player, x-ray, clipping, exports) work through these and the methods below.
    """

    def __init__(
        self, plotter: pv.BasePlotter, view_size: Callable[[], tuple[int, int]] | None = None
    ) -> None:
        """``view_size`` gives the view's (width, height) when the render window may not know it yet
        (a Qt widget laid out but not yet painted); views are framed for that shape."""
        self.plotter = plotter
        self._view_size = view_size
        self.actors: dict[str, vtkActor] = {}
        self.meshes: dict[str, pv.PolyData] = {}
        self.model: Model | None = None
        self.renderer_name = ""
        self.software_gl: bool | None = None  # known after the first frame
        self._faces: dict[str, NDArray[np.int64]] = {}
        self._outward: dict[str, float] = {}  # +1 if a part's faces wind outward, -1 if inward
        # Told (part id, visible) whenever a part is shown or hidden, whoever did it (the tree
        # of structures follows what is drawn).
        self.visibility_listeners: list[Callable[[str, bool], None]] = []
        self.stage = Stage(self)  # what shows model states here (scene player, condition dials)
        self._setup_lights()
        from app.viewer.orientation_marks import OrientationMarks

        # R/L and A/P (S/I) at the edges whenever the view looks along an axis: window, stills,
        # clips and handouts alike (axial views are seen from the feet, as MRI is read).
        self.marks = OrientationMarks(plotter.renderer, font_px=0)
        self.marks.set_enabled(True)
        from app.viewer.annotations import AnnotationLayer

        # The pen's strokes, arrows and notes (app/annotate); stills and clips copy them.
        self.annotations = AnnotationLayer(plotter.renderer)

    # ---- lights and background -------------------------------------------------------------
    def _setup_lights(self) -> None:
        p = self.plotter
        self._background = (BACKGROUND_BOTTOM, BACKGROUND_TOP)
        self._gradient = True
        self._draw_background()
        # Two lights tied to the camera, so every side looks lit alike while orbiting: a warm key
        # light from above-left, a cool fill from the right; ambient light fills the shadows.
        # (VTK's five-light kit looks much the same and costs software OpenGL ~20% more a frame.)
        p.remove_all_lights()
        for position, intensity, colour in LIGHTS:
            p.add_light(
                pv.Light(
                    position=position, focal_point=(0, 0, 0), light_type="camera light",
                    intensity=intensity, color=colour,
                )
            )  # fmt: skip
        p.renderer.SetUseFXAA(False)

    def set_background(self, bottom: str, top: str) -> None:
        """The view's background colours (a theme's), drawn as a gradient or flat (see below)."""
        self._background = (bottom, top)
        self._draw_background()

    def set_gradient_background(self, on: bool) -> None:
        """The gradient (on), or one colour between its ends that software OpenGL draws for free."""
        self._gradient = on
        self._draw_background()

    def background_colour(self) -> tuple[float, float, float]:
        """The flat colour (0-1 RGB) drawn when the gradient is off."""
        bottom, top = (np.array(pv.Color(c).float_rgb) for c in self._background)
        return tuple(float(v) for v in bottom + (top - bottom) * FLAT_AT)

    def _draw_background(self) -> None:
        renderer = self.plotter.renderer
        renderer.SetGradientBackground(self._gradient)
        if self._gradient:
            renderer.SetBackground(*pv.Color(self._background[0]).float_rgb)
            renderer.SetBackground2(*pv.Color(self._background[1]).float_rgb)
        else:
            renderer.SetBackground(*self.background_colour())

    def configure_antialiasing(self) -> str:
        """Choose anti-aliasing from the GL renderer (call once the window has a GL context).

        A real GPU gets MSAA. Software OpenGL (Mesa llvmpipe) gets none: measured on 2 cores at
        1280x800, 4x MSAA costs about 2.5 times the frame and even FXAA adds ~35 ms to a ~40 ms
        frame. Returns the method chosen: 'msaa' or 'none'.
        """
        rw = self.plotter.render_window
        self.renderer_name = renderer_name(rw)
        self.software_gl = is_software_renderer(self.renderer_name) or not self.renderer_name
        self.plotter.renderer.SetUseFXAA(False)
        if self.software_gl:
            rw.SetMultiSamples(0)
            return "none"
        rw.SetMultiSamples(GPU_MULTI_SAMPLES)
        return "msaa"

    # ---- the model ---------------------------------------------------------------------------
    def set_model(self, model: Model) -> None:
        """Show every part of ``model`` (part-table order), replacing whatever was shown."""
        self.clear()
        self.model = model
        for pid, part in model.parts.items():
            self.add_part(pid, part.vertices, part.faces)
        self.stage.set_model(model)

    def clear(self) -> None:
        for actor in self.actors.values():
            self.plotter.renderer.RemoveActor(actor)
        self.actors.clear()
        self.meshes.clear()
        self._faces.clear()
        self._outward.clear()
        self.model = None

    def add_part(self, part_id: str, vertices: NDArray[np.float64], faces: NDArray[np.int64]) -> vtkActor:
        """Add one part as a smooth-shaded actor in its part-table colour; returns the actor."""
        faces = np.asarray(faces, dtype=np.int64)
        actor, mesh, outward = part_actor(part_id, vertices, faces)
        self._outward[part_id] = outward
        # Opaque closed surfaces never show their inside: skipping the far side halves the
        # triangles software OpenGL rasterises (set_opacity turns it off for see-through parts).
        self._set_culling(actor, part_id, True)
        self.plotter.renderer.AddActor(actor)
        self.actors[part_id] = actor
        self.meshes[part_id] = mesh
        self._faces[part_id] = faces
        return actor

    def faces(self, part_id: str) -> NDArray[np.int64]:
        """A part's triangles as (m, 3) vertex indices."""
        return self._faces[part_id]

    def triangle_count(self, part_id: str) -> int:
        return len(self._faces[part_id])

    def set_points(self, part_id: str, vertices: NDArray[np.float64]) -> None:
        """Move a part's vertices in place (same count, same faces) and refresh its normals."""
        mesh = self.meshes[part_id]
        mesh.points[:] = vertices
        mesh.GetPoints().Modified()
        normals = vertex_normals(mesh.points, self._faces[part_id])
        mesh.point_data["Normals"][:] = normals * np.float32(self._outward[part_id])
        mesh.GetPointData().GetNormals().Modified()
        mesh.Modified()

    def set_all_points(self, vertices: Mapping[str, NDArray[np.float64]]) -> None:
        for pid, v in vertices.items():
            if pid in self.meshes:
                self.set_points(pid, v)

    # ---- appearance per part -----------------------------------------------------------------
    def set_colour(self, part_id: str, colour: str | tuple[float, float, float] | None) -> None:
        """Tint a part (a '#RRGGBB' string or RGB 0..1); None restores its part-table colour."""
        if colour is None:
            info = PARTS.get(part_id)
            colour = info.colour if info else "#CCCCCC"
        self.actors[part_id].GetProperty().SetColor(pv.Color(colour).float_rgb)

    def set_opacity(self, part_id: str, opacity: float) -> None:
        """See-through parts (opacity < 1) show their far side too, so culling goes off for them."""
        opacity = float(np.clip(opacity, 0.0, 1.0))
        actor = self.actors[part_id]
        actor.GetProperty().SetOpacity(opacity)
        self._set_culling(actor, part_id, opacity >= 1.0)

    def _set_culling(self, actor: vtkActor, part_id: str, on: bool) -> None:
        prop = actor.GetProperty()
        outward = self._outward.get(part_id, 1.0) > 0
        prop.SetBackfaceCulling(on and outward)
        prop.SetFrontfaceCulling(on and not outward)

    def set_visible(self, part_id: str, visible: bool) -> None:
        self.actors[part_id].SetVisibility(bool(visible))
        for listener in self.visibility_listeners:
            listener(part_id, bool(visible))

    def is_visible(self, part_id: str) -> bool:
        return bool(self.actors[part_id].GetVisibility())

    def visible_parts(self) -> list[str]:
        return [pid for pid, a in self.actors.items() if a.GetVisibility()]

    # ---- camera ------------------------------------------------------------------------------
    def bounds(self, parts: Iterable[str] | None = None) -> tuple[float, ...]:
        """(xmin, xmax, ymin, ymax, zmin, zmax) in mm of the given parts (default: all)."""
        ids = list(self.meshes) if parts is None else [p for p in parts if p in self.meshes]
        if not ids:
            return (-50.0, 50.0, -50.0, 50.0, -20.0, 200.0)
        b = np.array([self.meshes[p].bounds for p in ids])
        return (b[:, 0].min(), b[:, 1].max(), b[:, 2].min(), b[:, 3].max(), b[:, 4].min(), b[:, 5].max())

    def apply_view(self, name: str = DEFAULT_VIEW) -> None:
        """Point the camera from a named direction (scenes.views.VIEWS) and frame the whole spine."""
        view = VIEWS[name]
        self.frame(view.direction, view.up)

    def frame(self, direction, up, margin: float = FRAME_MARGIN) -> None:
        """Look at the model from ``direction`` (toward the camera) and fit it snugly in the window.

        VTK's ResetCamera fits the bounding sphere, which leaves a tall spine small; this fits the
        visible vertices' extent along the screen's axes instead, at their nearest depth.
        """
        ids = self.visible_parts() or list(self.meshes)
        if ids:
            pts = np.concatenate([self.meshes[p].points[::4] for p in ids])
        else:
            pts = np.array([[-50.0, -50.0, -20.0], [50.0, 50.0, 200.0]])
        lo, hi = pts.min(axis=0), pts.max(axis=0)
        centre = (lo + hi) / 2
        corners = pts - centre
        d = np.asarray(direction, dtype=float)
        d /= np.linalg.norm(d)
        u = np.asarray(up, dtype=float)
        u = u - d * np.dot(u, d)
        u /= np.linalg.norm(u)
        r = np.cross(u, d)
        cam = self.plotter.renderer.GetActiveCamera()
        tan_half = np.tan(np.radians(cam.GetViewAngle()) / 2)
        w, h = self._view_size() if self._view_size is not None else self.plotter.window_size
        aspect = w / h if h else 1.0
        # Centre the projected extent on screen, then fit its half-sizes.
        pu, pr = corners @ u, corners @ r
        centre = centre + u * (pu.max() + pu.min()) / 2 + r * (pr.max() + pr.min()) / 2
        corners = pts - centre
        half_h = np.abs(corners @ u).max()
        half_w = np.abs(corners @ r).max()
        depth = (corners @ d).max()
        distance = depth + max(half_h / tan_half, half_w / (tan_half * aspect)) * margin
        cam.SetFocalPoint(*centre)
        cam.SetPosition(*(centre + d * distance))
        cam.SetViewUp(*u)
        self.plotter.renderer.ResetCameraClippingRange()
        # Tell pyvista the camera is placed, or its first render resets it to an isometric view.
        self.plotter.renderer.camera_set = True

    def reset_view(self) -> None:
        self.apply_view(DEFAULT_VIEW)

    def camera_state(self) -> tuple[tuple[float, ...], tuple[float, ...], tuple[float, ...]]:
        """(position, focal point, view up) of the camera, for tests and saved layouts."""
        cam = self.plotter.renderer.GetActiveCamera()
        return (cam.GetPosition(), cam.GetFocalPoint(), cam.GetViewUp())

    def render(self) -> None:
        self.plotter.render()
