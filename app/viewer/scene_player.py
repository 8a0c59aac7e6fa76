"""The scene player: plays a scene (``scenes``) on the window's viewport.

A controller, no widgets: it owns the scene time and one QTimer (parented to the window and
stopped when the window closes), asks ``scenes.timeline.frame_at`` for the frame at the current
time and ``meshes.pathology.deform`` for the vertices, and writes them into the actors the viewport
already has (fixed topology: a mesh is never rebuilt). The panels (``player_panel``,
``text_panel``) only send commands here and listen to the signals.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSettings, QTimer, Signal

from app.i18n import translate
from app.viewer.camera import (
    Glide,
)
from app.viewer.scene_camera import StepCamera
from app.viewer.scene_looks import SceneLooks
from app.viewer.scene_slice import SceneSlice
from app.viewer.settings import read_setting
from scenes.catalog import load_catalog
from scenes.schema import Scene, SceneError
from scenes.timeline import Frame, frame_at, step_time

if TYPE_CHECKING:
    from app.viewer.viewport import Viewport
    from meshes.model import Model

TICK_MS = 30  # ~33 ticks a second; the scene clock follows real time, so slow frames do not slow it
SPEEDS: tuple[float, ...] = (0.5, 0.75, 1.0, 1.5, 2.0)
CAMERA_TRANSITION_S = 0.8  # a short, eased glide to each step's camera
SETTINGS_SCENE = "player/scene"
SETTINGS_SPEED = "player/speed"
SETTINGS_LOOP = "player/loop"


class ScenePlayer(StepCamera, QObject):
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
        self.loop = bool(read_setting(self.settings, SETTINGS_LOOP, False, bool))
        self.speed = read_setting(self.settings, SETTINGS_SPEED, 1.0, float)
        if self.speed not in SPEEDS:
            self.speed = 1.0
        self.camera_transition_s = CAMERA_TRANSITION_S
        self.model: Model | None = None
        # What is on screen now, so a tick only touches what changed.
        self.scene_looks = SceneLooks(viewport)  # highlights, outlines, hidden and see-through parts
        self.pressed: dict[str, float] = {}  # roots pressed in the frame on screen (see roots_pressed)
        self._pressed_sent: dict[str, float] | None = None
        self.slice = SceneSlice(viewport)  # nerves cut off above the disc (hide = ["above"])
        # Parts the last step hid, kept hidden while the camera glides away from them: a camera
        # that looked down with everything above the disc hidden starts its glide inside the
        # upper vertebrae, and would show them from inside if they came back at once.
        self._glide_hidden: frozenset[str] = frozenset()
        self._shown_step = -1
        self._frame_points: NDArray[np.float64] | None = None  # rest points, subsampled, for framing
        self._glide = Glide()  # the camera on its way to a step's view
        self._clock = QElapsedTimer()
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

    def add_scene(self, scene: Scene) -> None:
        """A scene made in the window (from an MRI report) joins the list, replacing one of its id."""
        self.scenes = [s for s in self.scenes if s.id != scene.id] + [scene]
        self.scenes_loaded.emit(self.scenes, self.errors)

    def find(self, scene_id: str) -> Scene | None:
        return next((s for s in self.scenes if s.id == scene_id), None)

    def set_scene(self, scene: Scene | str | None) -> None:
        """Show a scene (an id or a Scene) paused at its start; None goes back to the plain model."""
        if isinstance(scene, str):
            found = self.find(scene)
            if found is None:
                self.problem.emit(
                    translate("ScenePlayer", "There is no scene '{scene}'.").format(scene=scene)
                )
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
        value = read_setting(self.settings, SETTINGS_SCENE, "", str)
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
        if not self._glide.active:
            self._timer.stop()
        if self.frame is not None and self.slice.on:  # the fine cut faces, now that it rests
            hidden = self.frame.hidden | self._glide_hidden
            self.slice.apply(self.frame, hidden, outlines=self.scene_looks.outlines)
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
        self._glide.cancel()
        self._timer.stop()

    @property
    def timer_active(self) -> bool:
        return self._timer.isActive()

    # ---- the model ---------------------------------------------------------------------------
    def set_model(self, model: Model) -> None:
        """The window has (re)built its actors for ``model``: forget what was drawn and redraw."""
        self.model = model
        self.scene_looks.reset()
        self._frame_points = None
        self._shown_step = -1
        if self.scene is not None:
            self._show(force_camera=True, glide=False)

    def _restore_model(self) -> None:
        """The plain healthy model in its table colours, as the window first showed it."""
        self._glide.cancel()
        self._glide_hidden = frozenset()
        if not self.playing:
            self._timer.stop()
        if self.model is None:
            return
        self.viewport.stage.rest()
        self.pressed = {}
        self.scene_looks.restore()
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
        elif self._glide.active:
            self._step_camera()
            self._request_render()
        if not self.playing and not self._glide.active:
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
        try:
            frame = frame_at(scene, self.time)
        except ValueError as exc:  # a scene the loader accepted but the timeline cannot play
            self.pause()
            self.problem.emit(
                translate("ScenePlayer", "The scene '{scene}' cannot be shown: {why}.").format(
                    scene=scene.id, why=exc
                )
            )
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
            elif self._glide.active:
                self._step_camera()
            self._request_render()
        self._shown_step = frame.step_index
        if new_step:
            self.step_changed.emit(frame.step_index)
        self.frame_changed.emit(frame)

    def _apply_geometry(self, frame: Frame) -> None:
        stage = self.viewport.stage  # shared with the condition dials: it knows what is on screen
        if frame.state == stage.state:
            return
        self.pressed = stage.show(frame.state)

    def _send_pressed(self) -> None:
        if self.pressed != self._pressed_sent:
            self._pressed_sent = dict(self.pressed)
            self.roots_pressed.emit(dict(self.pressed))

    def _apply_looks(self, frame: Frame) -> None:
        hidden = frame.hidden | self._glide_hidden
        self.scene_looks.apply(frame, hidden)
        self.slice.apply(frame, hidden, self.playing, self.scene_looks.outlines)

    # ---- the camera --------------------------------------------------------------------------
    # ---- Qt plumbing -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.stop()
        return False
