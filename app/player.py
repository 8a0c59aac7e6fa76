"""The scene player: plays a scene (``scenes``) on the window's viewport.

A controller, no widgets: it owns the scene time and one QTimer (parented to the window and
stopped when the window closes), asks ``scenes.timeline.frame_at`` for the frame at the current
time and ``meshes.pathology.deform`` for the vertices, and writes them into the actors the viewport
already has (fixed topology: a mesh is never rebuilt). The panels (``player_panel``,
``text_panel``) only send commands here and listen to the signals.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSettings, QTimer, Signal

from app.scene_slice import SceneSlice
from meshes.parts import COLOURS, PARTS
from scenes.catalog import load_catalog
from scenes.schema import Scene, SceneError
from scenes.timeline import Frame, frame_at, step_time
from scenes.views import VIEWS

if TYPE_CHECKING:
    from app.viewport import Viewport
    from meshes.model import Model

TICK_MS = 30  # ~33 ticks a second; the scene clock follows real time, so slow frames do not slow it
SPEEDS: tuple[float, ...] = (0.5, 0.75, 1.0, 1.5, 2.0)
CAMERA_TRANSITION_S = 0.8  # a short, eased glide to each step's camera
# Highlighted parts: the part's own colour blended toward the highlight colour, and a warm
# ambient glow in the highlight colour, so they stand out from every side without losing identity.
# A highlighted part keeps its own colour, lightened, gets a warm glow (ambient light in the
# highlight colour) and an outline in the highlight colour. (Mixing the colours themselves
# would turn the blue disc grey, the colour of a dried-out one: blue and coral are opposites.)
HIGHLIGHT_LIGHTEN = 0.22  # toward white
HIGHLIGHT_AMBIENT = 0.30
OUTLINE_WIDTH = 3.0  # pixels
TRANSLUCENT_OPACITY = 0.22
DRY_NUCLEUS = "#8C8C8C"  # a fully degenerated (dried-out) nucleus: grey instead of blue
# Framing a view like Viewport.frame: fraction of the window the whole spine fills at zoom 1.
FRAME_MARGIN = 1.06
SETTINGS_SCENE = "player/scene"
SETTINGS_SPEED = "player/speed"
SETTINGS_LOOP = "player/loop"


def _rgb(colour: str) -> NDArray[np.float64]:
    c = colour.lstrip("#")
    return np.array([int(c[i : i + 2], 16) / 255.0 for i in (0, 2, 4)])


@dataclass(frozen=True)
class CameraSet:
    """A camera as VTK holds it: position and focal point (world mm) and view-up."""

    position: tuple[float, float, float]
    focal: tuple[float, float, float]
    up: tuple[float, float, float]


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


@dataclass(frozen=True)
class _RestPart:
    """A part's rest vertices and (outward) normals, and four far-apart vertices that pin down
    an affine motion of the whole part."""

    vertices: NDArray[np.float64]
    normals: NDArray[np.float32]
    anchors: NDArray[np.int64]
    basis_inv: NDArray[np.float64] | None  # inverse of [anchor vertices | 1], or None if flat

    @staticmethod
    def of(vertices: NDArray[np.float64], normals: NDArray[np.float32]) -> _RestPart:
        v = np.asarray(vertices, float)
        c = v.mean(axis=0)
        i0 = int(np.argmax(np.linalg.norm(v - c, axis=1)))
        i1 = int(np.argmax(np.linalg.norm(v - v[i0], axis=1)))
        e = v[i1] - v[i0]
        off = (v - v[i0]) - np.outer((v - v[i0]) @ e, e) / max(float(e @ e), 1e-12)
        i2 = int(np.argmax(np.linalg.norm(off, axis=1)))
        nrm = np.cross(e, v[i2] - v[i0])
        i3 = int(np.argmax(np.abs((v - v[i0]) @ nrm)))
        anchors = np.array([i0, i1, i2, i3])
        basis = np.hstack([v[anchors], np.ones((4, 1))])
        ok = abs(np.linalg.det(basis)) > 1e-3
        basis_inv = np.linalg.inv(basis) if ok else None
        return _RestPart(v, np.asarray(normals, np.float32).copy(), anchors, basis_inv)

    def affine_to(self, new: NDArray[np.float64], tol: float = 1e-6) -> NDArray[np.float64] | None:
        """The 3x3 linear part A when ``new == rest @ A + t`` for every vertex (within ``tol``
        mm), else None."""
        if self.basis_inv is None or new.shape != self.vertices.shape:
            return None
        m = self.basis_inv @ new[self.anchors]  # (4, 3): rows 0-2 are A, row 3 is t
        a, t = m[:3], m[3]
        if abs(np.linalg.det(a)) < 1e-9:
            return None
        err = np.abs(self.vertices @ a + t - new).max()
        return a if err <= tol * (1.0 + np.abs(new).max()) else None


class ScenePlayer(QObject):
    """Plays one scene at a time on a viewport. Times are seconds of scene time."""

    scenes_loaded = Signal(object, object)  # list[Scene], list[SceneError]
    scene_changed = Signal(object)  # Scene or None
    frame_changed = Signal(object)  # Frame, after it is on screen (or would be, without a model)
    step_changed = Signal(int)  # index of the step now showing
    playing_changed = Signal(bool)
    loop_changed = Signal(bool)
    speed_changed = Signal(float)
    problem = Signal(str)  # one sentence for the status bar
    roots_pressed = Signal(object)  # {"L5.left": compression 0..1, ...}: the roots pressed now

    def __init__(
        self,
        viewport: Viewport,
        parent: QObject,
        request_render: Callable[[], None] | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.viewport = viewport
        self.settings = settings
        self._request_render = request_render or viewport.render
        self.scenes: list[Scene] = []
        self.errors: list[SceneError] = []
        self.scene: Scene | None = None
        self.frame: Frame | None = None
        self.time = 0.0
        self.playing = False
        self.loop = bool(self._setting(SETTINGS_LOOP, False, bool))
        self.speed = self._setting(SETTINGS_SPEED, 1.0, float)
        if self.speed not in SPEEDS:
            self.speed = 1.0
        self.camera_transition_s = CAMERA_TRANSITION_S
        self.model: Model | None = None
        # What is on screen now, so a tick only touches what changed.
        self._state = None
        self._points: dict[str, NDArray[np.float64]] = {}
        self._rest: dict[str, _RestPart] = {}
        self._looks: dict[str, tuple] = {}  # part id -> (diffuse rgb, ambient rgb, ambient, opacity)
        self._visible_before: dict[str, bool] = {}  # parts the player hid, and whether they were shown
        self._opacity_before: dict[str, float] = {}
        self._outlines: dict = {}  # part id -> vtkActor drawing its silhouette
        self.pressed: dict[str, float] = {}  # roots pressed in the frame on screen (see roots_pressed)
        self._pressed_sent: dict[str, float] | None = None
        self.slice = SceneSlice(viewport)  # nerves cut off above the disc (hide = ["above"])
        # Parts the last step hid, kept hidden while the camera glides away from them: a camera
        # that looked down with everything above the disc hidden starts its glide inside the
        # upper vertebrae, and would show them from inside if they came back at once.
        self._glide_hidden: frozenset[str] = frozenset()
        self._shown_step = -1
        self._frame_points: NDArray[np.float64] | None = None  # rest points, subsampled, for framing
        self._camera_from: CameraSet | None = None
        self._camera_to: CameraSet | None = None
        self._camera_clock = QElapsedTimer()
        self._clock = QElapsedTimer()
        self.tick_seconds: list[float] = []  # cost of each tick's frame work, for the bench
        self._timer = QTimer(self)
        self._timer.setObjectName("scene_player")
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        parent.installEventFilter(self)

    # ---- scenes ------------------------------------------------------------------------------
    def load_scenes(self, folder: str | Path | None = None) -> None:
        """Read every scene in ``folder`` (default: the presets); bad files become ``errors``."""
        self.scenes, self.errors = load_catalog(folder)
        if self.scene is not None and not any(s.id == self.scene.id for s in self.scenes):
            self.set_scene(None)
        self.scenes_loaded.emit(self.scenes, self.errors)

    def find(self, scene_id: str) -> Scene | None:
        return next((s for s in self.scenes if s.id == scene_id), None)

    def set_scene(self, scene: Scene | str | None) -> None:
        """Show a scene (an id or a Scene) paused at its start; None goes back to the plain model."""
        if isinstance(scene, str):
            found = self.find(scene)
            if found is None:
                self.problem.emit(f"There is no scene '{scene}'.")
                return
            scene = found
        self.pause()
        self.scene = scene
        self.time = 0.0
        self._shown_step = -1
        self._pressed_sent = None  # whoever listens hears the new scene's roots, even if the same
        if scene is None:
            self.frame = None
            self._restore_model()
        elif self.settings is not None:
            self.settings.setValue(SETTINGS_SCENE, scene.id)
        self.scene_changed.emit(scene)
        if scene is not None:
            self._show(force_camera=True)
        else:
            self._send_pressed()

    def remembered_scene(self) -> str | None:
        value = self._setting(SETTINGS_SCENE, "", str)
        return value or None

    # ---- transport ---------------------------------------------------------------------------
    @property
    def duration(self) -> float:
        return self.scene.duration if self.scene is not None else 0.0

    @property
    def step_index(self) -> int:
        return self.frame.step_index if self.frame is not None else -1

    def play(self) -> None:
        if self.scene is None or self.playing:
            return
        if self.time >= self.duration:  # play again from the start
            self.seek(0.0, force_camera=True)
        self.playing = True
        self._clock.start()
        self._timer.start()
        self.playing_changed.emit(True)

    def pause(self) -> None:
        if not self.playing:
            return
        self.playing = False
        if self._camera_to is None:
            self._timer.stop()
        if self.frame is not None and self.slice.on:  # the fine cut faces, now that it rests
            self.slice.apply(self.frame, self.frame.hidden | self._glide_hidden, outlines=self._outlines)
            self._request_render()
        self.playing_changed.emit(False)

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def set_loop(self, on: bool) -> None:
        self.loop = bool(on)
        if self.settings is not None:
            self.settings.setValue(SETTINGS_LOOP, self.loop)
        self.loop_changed.emit(self.loop)

    def set_speed(self, speed: float) -> None:
        """Playback speed, one of SPEEDS (0.5x to 2x)."""
        speed = float(speed)
        if speed not in SPEEDS:
            raise ValueError(f"speed must be one of {', '.join(f'{s:g}' for s in SPEEDS)}, not {speed:g}")
        self.speed = speed
        if self.settings is not None:
            self.settings.setValue(SETTINGS_SPEED, speed)
        self.speed_changed.emit(speed)

    def seek(self, t: float, force_camera: bool = False) -> None:
        """Jump to ``t`` seconds (clamped to the scene); the camera glides only if the step changes."""
        if self.scene is None:
            return
        self.time = min(max(float(t), 0.0), self.duration)
        self._clock.restart()
        self._show(force_camera=force_camera)

    def go_to_step(self, i: int) -> None:
        if self.scene is None:
            return
        i = min(max(int(i), 0), len(self.scene.steps) - 1)
        self.seek(step_time(self.scene, i), force_camera=True)

    def next_step(self) -> None:
        if self.scene is not None:
            if self.step_index + 1 < len(self.scene.steps):
                self.go_to_step(self.step_index + 1)
            else:
                self.go_to_end()

    def previous_step(self) -> None:
        """Back to the start of this step, or to the step before when already near its start
        (like a music player's back button)."""
        if self.scene is None:
            return
        i = self.step_index
        if self.time - step_time(self.scene, i) > 1.0 and not self.playing:
            self.go_to_step(i)
        else:
            self.go_to_step(i - 1)

    def go_to_start(self) -> None:
        self.seek(0.0, force_camera=True)

    def go_to_end(self) -> None:
        if self.scene is not None:
            self.pause()
            self.seek(self.duration, force_camera=True)

    def stop(self) -> None:
        """Stop the clock for good (the window is closing)."""
        self.playing = False
        self._camera_to = None
        self._timer.stop()

    @property
    def timer_active(self) -> bool:
        return self._timer.isActive()

    @property
    def in_transition(self) -> bool:
        return self._camera_to is not None

    # ---- the model ---------------------------------------------------------------------------
    def set_model(self, model: Model) -> None:
        """The window has (re)built its actors for ``model``: forget what was drawn and redraw."""
        self.model = model
        self._state = None
        self._drop_outlines()
        self._points = {pid: p.vertices for pid, p in model.parts.items()}
        self._rest = {}
        for pid, part in model.parts.items():
            mesh = self.viewport.meshes.get(pid)
            if mesh is not None and "Normals" in mesh.point_data:
                self._rest[pid] = _RestPart.of(part.vertices, np.asarray(mesh.point_data["Normals"]))
        self._looks.clear()
        self._visible_before.clear()
        self._opacity_before.clear()
        self._frame_points = None
        self._shown_step = -1
        if self.scene is not None:
            self._show(force_camera=True, glide=False)

    def _restore_model(self) -> None:
        """The plain healthy model in its table colours, as the window first showed it."""
        self._camera_to = None
        self._glide_hidden = frozenset()
        if not self.playing:
            self._timer.stop()
        if self.model is None:
            return
        self._write_points({pid: p.vertices for pid, p in self.model.parts.items()})
        self._state = None
        self.pressed = {}
        for pid in list(self._looks):
            self._apply_look(pid, None)
        self._looks.clear()
        for actor in self._outlines.values():
            actor.SetVisibility(False)
        for pid, was in self._visible_before.items():
            if pid in self.viewport.actors:
                self.viewport.set_visible(pid, was)
        self._visible_before.clear()
        for pid, was in self._opacity_before.items():
            if pid in self.viewport.actors:
                self.viewport.set_opacity(pid, was)
        self._opacity_before.clear()
        self.slice.apply(None)
        self._request_render()

    # ---- the clock ---------------------------------------------------------------------------
    def _tick(self) -> None:
        if self.playing and self.scene is not None:
            dt = self._clock.restart() / 1000.0 * self.speed
            t = self.time + dt
            if t >= self.duration:
                if self.loop:
                    t = math.fmod(t, self.duration) if self.duration > 0 else 0.0
                    self._shown_step = -1  # back at the first step: its camera again
                else:
                    t = self.duration
            self.time = t
            self._show()
            if t >= self.duration and not self.loop:
                self.pause()
        elif self._camera_to is not None:
            self._step_camera()
            self._request_render()
        if not self.playing and self._camera_to is None:
            self._timer.stop()

    def advance(self, seconds: float) -> None:
        """Move the scene clock on by ``seconds`` of real time as one tick would (tests, bench)."""
        if self.scene is None:
            return
        t = self.time + seconds * self.speed
        if t >= self.duration:
            t = math.fmod(t, self.duration) if self.loop else self.duration
        self.time = t
        self._show()

    # ---- drawing a frame ---------------------------------------------------------------------
    def _show(self, force_camera: bool = False, glide: bool = True) -> None:
        """Put the frame at ``self.time`` on screen: vertices, looks, camera; then one render."""
        scene = self.scene
        if scene is None:
            return
        started = time.perf_counter()
        try:
            frame = frame_at(scene, self.time)
        except ValueError as exc:  # a scene the loader accepted but the timeline cannot play
            self.pause()
            self.problem.emit(f"The scene '{scene.id}' cannot be shown: {exc}.")
            return
        previous = self.frame
        self.frame = frame
        new_step = frame.step_index != self._shown_step
        if new_step:
            gliding = glide and self.camera_transition_s > 0 and previous is not None
            self._glide_hidden = previous.hidden if gliding and previous.level == frame.level else frozenset()
        if self.model is not None:
            try:
                self._apply_geometry(frame)
            except Exception as exc:  # an engine failure must never take the window down
                self.pause()
                self.problem.emit(
                    f"This moment of the scene could not be drawn ({type(exc).__name__}: {exc})."
                )
                return
            self._apply_looks(frame)
            self._send_pressed()
            if new_step or force_camera:
                self._aim(frame, glide)
            elif self._camera_to is not None:
                self._step_camera()
            self.tick_seconds.append(time.perf_counter() - started)
            self._request_render()
        self._shown_step = frame.step_index
        if new_step:
            self.step_changed.emit(frame.step_index)
        self.frame_changed.emit(frame)

    def _apply_geometry(self, frame: Frame) -> None:
        if frame.state == self._state:
            return
        from meshes.measure import measure  # the engine is only needed once a scene plays
        from meshes.pathology import deform

        verts = deform(self.model, frame.state)
        self._write_points(verts)
        self._state = frame.state
        # The roots `measure` names (a pressing disc or a narrowed foramen), as everywhere else.
        pressed = measure(self.model, frame.state, volumes=False).pressed()
        self.pressed = {k: round(c, 2) for k, c in pressed.items()}

    def _send_pressed(self) -> None:
        if self.pressed != self._pressed_sent:
            self._pressed_sent = dict(self.pressed)
            self.roots_pressed.emit(dict(self.pressed))

    def _write_points(self, vertices: Mapping[str, NDArray[np.float64]]) -> None:
        """Write only the parts whose vertex array changed (the engine hands back rest arrays as
        they are for parts it leaves alone)."""
        for pid, v in vertices.items():
            if self._points.get(pid) is v or pid not in self.viewport.meshes:
                continue
            self._write_part(pid, v)
            self._points[pid] = v

    def _write_part(self, pid: str, v: NDArray[np.float64]) -> None:
        """New vertices of one part. Most moving parts only move as a whole (the bones above a
        settling disc, a rocking segment): their normals are the rest normals turned the same way,
        which costs far less than recomputing them from the faces."""
        rest = self._rest.get(pid)
        a = rest.affine_to(v) if rest is not None else None
        if a is None:
            self.viewport.set_points(pid, v)
            return
        mesh = self.viewport.meshes[pid]
        mesh.points[:] = v
        mesh.GetPoints().Modified()
        n = rest.normals @ np.linalg.inv(a).T  # normals follow the inverse transpose
        n /= np.maximum(np.linalg.norm(n, axis=1, keepdims=True), 1e-12)
        mesh.point_data["Normals"][:] = n.astype(np.float32)
        mesh.GetPointData().GetNormals().Modified()
        mesh.Modified()

    def _apply_looks(self, frame: Frame) -> None:
        hidden = frame.hidden | self._glide_hidden
        degeneration = {lv: ds.degeneration for lv, ds in frame.state.discs}
        wanted: dict[str, tuple] = {}
        hi = _rgb(COLOURS["highlight"])
        for pid in self.viewport.actors:
            info = PARTS.get(pid)
            base = _rgb(info.colour if info else "#CCCCCC")
            if pid.startswith("nucleus.") and degeneration.get(info.level if info else "", 0.0) > 0.0:
                base = base + (_rgb(DRY_NUCLEUS) - base) * degeneration[info.level]
            if pid in frame.highlight:
                look = (tuple(base + (1.0 - base) * HIGHLIGHT_LIGHTEN), tuple(hi), HIGHLIGHT_AMBIENT)
            else:
                look = (tuple(base), tuple(base), None)
            if look != (tuple(base), tuple(base), None) or pid in self._looks:
                wanted[pid] = look
        for pid, look in wanted.items():
            if self._looks.get(pid) != look:
                self._apply_look(pid, look)
                self._looks[pid] = look
        for pid in set(self._outlines) | set(frame.highlight):
            if pid in self.viewport.actors:
                self._outline(pid).SetVisibility(pid in frame.highlight and pid not in hidden)
        # Hidden and see-through parts; remember what they were, to put them back after.
        for pid in self.viewport.actors:
            hide = pid in hidden
            if hide and pid not in self._visible_before:
                self._visible_before[pid] = self.viewport.is_visible(pid)
                self.viewport.set_visible(pid, False)
            elif not hide and pid in self._visible_before:
                self.viewport.set_visible(pid, self._visible_before.pop(pid))
            see = pid in frame.translucent and not hide
            if see and pid not in self._opacity_before:
                self._opacity_before[pid] = self.viewport.actors[pid].GetProperty().GetOpacity()
                self.viewport.set_opacity(pid, TRANSLUCENT_OPACITY)
            elif not see and pid in self._opacity_before:
                self.viewport.set_opacity(pid, self._opacity_before.pop(pid))
        self.slice.apply(frame, hidden, self.playing, self._outlines)

    def _apply_look(self, pid: str, look: tuple | None) -> None:
        from app.viewport import AMBIENT

        prop = self.viewport.actors[pid].GetProperty()
        if look is None:
            info = PARTS.get(pid)
            base = tuple(_rgb(info.colour if info else "#CCCCCC"))
            look = (base, base, None)
        diffuse, ambient_rgb, ambient = look
        prop.SetDiffuseColor(*diffuse)
        prop.SetAmbientColor(*ambient_rgb)
        prop.SetAmbient(AMBIENT if ambient is None else ambient)

    def _outline(self, pid: str):
        """The outline actor of a part (made the first time the part is highlighted): VTK's
        silhouette of the part's own PolyData, so it follows the vertices and the camera."""
        actor = self._outlines.get(pid)
        if actor is not None:
            return actor
        from vtkmodules.vtkFiltersHybrid import vtkPolyDataSilhouette
        from vtkmodules.vtkRenderingCore import vtkActor, vtkPolyDataMapper

        renderer = self.viewport.plotter.renderer
        sil = vtkPolyDataSilhouette()
        sil.SetInputData(self.viewport.meshes[pid])
        sil.SetCamera(renderer.GetActiveCamera())
        sil.SetProp3D(self.viewport.actors[pid])
        sil.SetDirectionToCameraOrigin()
        sil.BorderEdgesOff()
        sil.SetEnableFeatureAngle(False)
        mapper = vtkPolyDataMapper()
        mapper.SetInputConnection(sil.GetOutputPort())
        mapper.ScalarVisibilityOff()
        actor = vtkActor()
        actor.SetMapper(mapper)
        actor.PickableOff()
        prop = actor.GetProperty()
        prop.SetColor(*_rgb(COLOURS["highlight"]))
        prop.SetLineWidth(OUTLINE_WIDTH)
        prop.LightingOff()
        actor.SetVisibility(False)
        renderer.AddActor(actor)
        self._outlines[pid] = actor
        return actor

    def outlined(self) -> set[str]:
        """The parts whose highlight outline is showing."""
        return {pid for pid, a in self._outlines.items() if a.GetVisibility()}

    def _drop_outlines(self) -> None:
        for actor in self._outlines.values():
            self.viewport.plotter.renderer.RemoveActor(actor)
        self._outlines.clear()

    def looks(self, part_id: str) -> tuple[tuple[float, ...], float]:
        """(diffuse colour, ambient) a part is drawn with now, for tests and exports."""
        prop = self.viewport.actors[part_id].GetProperty()
        return tuple(prop.GetDiffuseColor()), float(prop.GetAmbient())

    # ---- the camera --------------------------------------------------------------------------
    def target_camera(self, frame: Frame) -> CameraSet:
        """Where a step's camera sits: its view's direction, centred on its focus, at the
        distance that fits the whole lumbar spine in the window divided by its zoom."""
        view = VIEWS.get(frame.camera.view) or VIEWS["oblique"]
        d = _unit(np.asarray(view.direction, float))
        up = np.asarray(view.up, float)
        up = _unit(up - d * np.dot(up, d))
        right = np.cross(up, d)
        pts = self._rest_points()
        centre = (pts.min(axis=0) + pts.max(axis=0)) / 2
        rel = pts - centre
        pu, pr = rel @ up, rel @ right
        centre = centre + up * (pu.max() + pu.min()) / 2 + right * (pr.max() + pr.min()) / 2
        rel = pts - centre
        cam = self.viewport.plotter.renderer.GetActiveCamera()
        tan_half = math.tan(math.radians(cam.GetViewAngle()) / 2)
        w, h = self.viewport.plotter.window_size
        aspect = w / h if h else 1.0
        half_h, half_w = np.abs(rel @ up).max(), np.abs(rel @ right).max()
        depth = (rel @ d).max()
        distance = depth + max(half_h / tan_half, half_w / (tan_half * aspect)) * FRAME_MARGIN
        focal = np.asarray(frame.camera.focus, float) if frame.camera.focus_level else centre
        distance /= max(frame.camera.zoom, 1e-3)
        return CameraSet(tuple(focal + d * distance), tuple(focal), tuple(up))

    def _rest_points(self) -> NDArray[np.float64]:
        if self._frame_points is None:
            if self.model is not None and self.model.parts:
                self._frame_points = np.concatenate([p.vertices[::8] for p in self.model.parts.values()])
            else:
                self._frame_points = np.array([[-50.0, -50.0, -20.0], [50.0, 50.0, 200.0]])
        return self._frame_points

    def current_camera(self) -> CameraSet:
        cam = self.viewport.plotter.renderer.GetActiveCamera()
        return CameraSet(cam.GetPosition(), cam.GetFocalPoint(), cam.GetViewUp())

    def _aim(self, frame: Frame, glide: bool) -> None:
        target = self.target_camera(frame)
        if not glide or self.camera_transition_s <= 0:
            self._camera_to = None
            self._set_camera(target)
            self._end_glide()
            return
        self._camera_from = self.current_camera()
        self._camera_to = target
        self._camera_clock.start()
        if not self._timer.isActive():
            self._timer.start()

    def _step_camera(self) -> None:
        if self._camera_to is None or self._camera_from is None:
            return
        u = min(self._camera_clock.elapsed() / 1000.0 / self.camera_transition_s, 1.0)
        if u >= 1.0:
            self._set_camera(self._camera_to)
            self._camera_to = None
            self._end_glide()
            return
        eased = u * u * (3.0 - 2.0 * u)
        self._set_camera(interpolate_camera(self._camera_from, self._camera_to, eased))

    def _end_glide(self) -> None:
        """The camera has arrived: show what the last step had hidden, if this one shows it."""
        if self._glide_hidden:
            self._glide_hidden = frozenset()
            if self.frame is not None and self.model is not None:
                self._apply_looks(self.frame)

    def finish_transition(self) -> None:
        """Jump to the end of a camera glide at once (tests; exports of a step)."""
        if self._camera_to is not None:
            self._set_camera(self._camera_to)
            self._camera_to = None
            self._end_glide()
            self._request_render()

    def _set_camera(self, c: CameraSet) -> None:
        renderer = self.viewport.plotter.renderer
        cam = renderer.GetActiveCamera()
        cam.SetFocalPoint(*c.focal)
        cam.SetPosition(*c.position)
        cam.SetViewUp(*c.up)
        renderer.ResetCameraClippingRange()
        renderer.camera_set = True

    # ---- Qt plumbing -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    def _setting(self, key: str, default, kind):
        if self.settings is None:
            return default
        value = self.settings.value(key, default)
        try:
            if kind is bool and isinstance(value, str):
                return value.lower() == "true"
            return kind(value)
        except (TypeError, ValueError):
            return default
