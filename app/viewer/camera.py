"""Camera poses of scene steps and the eased glide between them (no Qt: the scene player,
the camera animator and the off-screen renderers share them).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True)
class CameraSet:
    """A camera as VTK holds it: position and focal point (world mm) and view-up."""

    position: tuple[float, float, float]
    focal: tuple[float, float, float]
    up: tuple[float, float, float]

    def as_dict(self) -> dict:
        return {"position": list(self.position), "focal": list(self.focal), "up": list(self.up)}

    @classmethod
    def from_dict(cls, d: dict) -> CameraSet:
        vals = [tuple(float(x) for x in d[k]) for k in ("position", "focal", "up")]
        if any(len(v) != 3 or not all(math.isfinite(x) for x in v) for v in vals):
            raise ValueError("a camera needs three finite numbers for position, focal and up")
        return cls(*vals)


def ease(u: float) -> float:
    """Smooth start and stop (cubic ease-in-out), 0..1 -> 0..1."""
    u = min(max(u, 0.0), 1.0)
    return u * u * (3 - 2 * u)


def camera_of(renderer) -> CameraSet:
    """The renderer's camera now."""
    cam = renderer.GetActiveCamera()
    return CameraSet(tuple(cam.GetPosition()), tuple(cam.GetFocalPoint()), tuple(cam.GetViewUp()))


def set_camera(renderer, c: CameraSet, orthogonalize: bool = False) -> None:
    """Put the renderer's camera at ``c`` (and keep it there when pyvista renders)."""
    cam = renderer.GetActiveCamera()
    cam.SetFocalPoint(*c.focal)
    cam.SetPosition(*c.position)
    cam.SetViewUp(*c.up)
    if orthogonalize:
        cam.OrthogonalizeViewUp()
    renderer.ResetCameraClippingRange()
    renderer.camera_set = True


def _unit(v: NDArray[np.float64]) -> NDArray[np.float64]:
    n = float(np.linalg.norm(v))
    return v / n if n > 1e-12 else v


def _slerp(a: NDArray[np.float64], b: NDArray[np.float64], u: float, fallback_axis) -> NDArray[np.float64]:
    """Spherical interpolation of unit vectors; half-turns go round ``fallback_axis``."""
    dot = float(np.clip(np.dot(a, b), -1.0, 1.0))
    if dot > 0.9999:
        return _unit(a + (b - a) * u)
    if dot < -0.9999:  # opposite: turn about an axis normal to a (the view-up is one)
        axis = _unit(np.cross(a, fallback_axis))
        if np.linalg.norm(axis) < 1e-6:
            axis = _unit(np.cross(a, [1.0, 0.0, 0.0]))
        b_mid = np.cross(axis, a)
        ang = math.pi * u
        return _unit(a * math.cos(ang) + b_mid * math.sin(ang))
    omega = math.acos(dot)
    s = math.sin(omega)
    return _unit(a * (math.sin((1 - u) * omega) / s) + b * (math.sin(u * omega) / s))


def interpolate_camera(a: CameraSet, b: CameraSet, u: float) -> CameraSet:
    """The camera a fraction ``u`` (0..1) of the way from ``a`` to ``b``: the focal point moves
    straight, the viewing direction turns on a sphere and the distance changes geometrically."""
    fa, fb = np.asarray(a.focal, float), np.asarray(b.focal, float)
    da, db = np.asarray(a.position, float) - fa, np.asarray(b.position, float) - fb
    la, lb = max(float(np.linalg.norm(da)), 1e-6), max(float(np.linalg.norm(db)), 1e-6)
    ua, ub = _unit(np.asarray(a.up, float)), _unit(np.asarray(b.up, float))
    d = _slerp(da / la, db / lb, u, ua)
    focal = fa + (fb - fa) * u
    dist = la * (lb / la) ** u
    up = _slerp(ua, ub, u, d)
    up = up - d * float(np.dot(up, d))
    if np.linalg.norm(up) < 1e-6:  # looking along the up vector: borrow the target's
        up = ub - d * float(np.dot(ub, d))
    return CameraSet(tuple(focal + d * dist), tuple(focal), tuple(_unit(up)))


# Framing a view like Viewport.frame: fraction of the window the whole spine fills at zoom 1.
FRAME_MARGIN = 1.06


def framing_points(model) -> NDArray[np.float64]:
    """A sample of the model's rest vertices that step cameras frame (every 8th of each part)."""
    if model is not None and model.parts:
        return np.concatenate([p.vertices[::8] for p in model.parts.values()])
    return np.array([[-50.0, -50.0, -20.0], [50.0, 50.0, 200.0]])


def step_camera(camera, pts: NDArray[np.float64], plotter) -> CameraSet:
    """Where a step's camera (scenes.schema camera: view, focus, zoom) sits: its view's direction,
    centred on its focus, at the distance that fits ``pts`` (the whole lumbar spine) in the
    plotter's window divided by its zoom."""
    from scenes.views import VIEWS

    view = VIEWS.get(camera.view) or VIEWS["oblique"]
    d = _unit(np.asarray(view.direction, float))
    up = np.asarray(view.up, float)
    up = _unit(up - d * np.dot(up, d))
    right = np.cross(up, d)
    centre = (pts.min(axis=0) + pts.max(axis=0)) / 2
    rel = pts - centre
    pu, pr = rel @ up, rel @ right
    centre = centre + up * (pu.max() + pu.min()) / 2 + right * (pr.max() + pr.min()) / 2
    rel = pts - centre
    cam = plotter.renderer.GetActiveCamera()
    tan_half = math.tan(math.radians(cam.GetViewAngle()) / 2)
    w, h = plotter.window_size
    aspect = w / h if h else 1.0
    half_h, half_w = np.abs(rel @ up).max(), np.abs(rel @ right).max()
    depth = (rel @ d).max()
    distance = depth + max(half_h / tan_half, half_w / (tan_half * aspect)) * FRAME_MARGIN
    focal = np.asarray(camera.focus, float) if camera.focus_level else centre
    distance /= max(camera.zoom, 1e-3)
    return CameraSet(tuple(focal + d * distance), tuple(focal), tuple(up))


class Glide:
    """An eased glide of the camera from one pose to another over ``seconds`` of wall time."""

    def __init__(self) -> None:
        self.source: CameraSet | None = None
        self.target: CameraSet | None = None
        self.seconds = 0.8
        self._started = 0.0

    @property
    def active(self) -> bool:
        return self.target is not None

    def begin(self, source: CameraSet, target: CameraSet, seconds: float) -> None:
        self.source, self.target, self.seconds = source, target, float(seconds)
        self._started = time.perf_counter()

    def cancel(self) -> None:
        self.target = None

    def pose(self) -> tuple[CameraSet, bool]:
        """The camera now, and whether it has arrived (the glide then ends)."""
        u = min((time.perf_counter() - self._started) / max(self.seconds, 1e-9), 1.0)
        if u >= 1.0:
            target, self.target = self.target, None
            return target, True
        return interpolate_camera(self.source, self.target, ease(u)), False

    def finish(self) -> CameraSet | None:
        """End at once: the target, or None when no glide was under way."""
        target, self.target = self.target, None
        return target
