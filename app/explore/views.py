"""Camera moves: smooth transitions between presets, named bookmarks, and a slow turntable.

One QTimer (parented to the window, stopped on close) drives both the transition and the
turntable. A transition glides position, focal point and view-up over ``TRANSITION_S`` with an
ease-in-out, turning around the focal point rather than cutting through the model. Bookmarks are
kept in QSettings as JSON under ``views/bookmarks``.
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from app.i18n import translate
from app.viewer.camera import CameraSet as CameraPose  # a camera pose, as bookmarks hold it
from app.viewer.camera import ease, interpolate_camera, set_camera
from scenes.views import VIEWS

if TYPE_CHECKING:
    from app.context import ViewerContext

TRANSITION_S = 0.4
TICK_MS = 16
TURNTABLE_DEG_PER_S = 12.0  # one turn in 30 s: calm enough for a waiting room
BOOKMARKS_KEY = "views/bookmarks"
MAX_BOOKMARKS = 20


class CameraAnimator(QObject):
    """Glides the window's camera to presets and bookmarks; turns it slowly as a turntable."""

    finished = Signal()
    turntable_changed = Signal(bool)
    bookmarks_changed = Signal()

    def __init__(self, ctx: ViewerContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.viewport = ctx.viewport
        self.duration_s = TRANSITION_S
        self._from: CameraPose | None = None
        self._to: CameraPose | None = None
        self._clock = QElapsedTimer()
        self._turn_clock = QElapsedTimer()
        self.turntable = False
        self._timer = QTimer(self)
        self._timer.setObjectName("camera_animation")
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    # ---- camera access -----------------------------------------------------------------------
    def pose(self) -> CameraPose:
        p, f, u = self.viewport.camera_state()
        return CameraPose(tuple(p), tuple(f), tuple(u))

    def set_pose(self, pose: CameraPose) -> None:
        set_camera(self.viewport.plotter.renderer, pose, orthogonalize=True)
        self.ctx.request_render()

    def preset_pose(self, name: str) -> CameraPose:
        """Where a named view (scenes.views) puts the camera, without moving it."""
        before = self.pose()
        self.viewport.apply_view(name)
        target = self.pose()
        self._set_raw(before)
        return target

    def _set_raw(self, pose: CameraPose) -> None:
        cam = self.viewport.plotter.renderer.GetActiveCamera()
        cam.SetFocalPoint(*pose.focal)
        cam.SetPosition(*pose.position)
        cam.SetViewUp(*pose.up)

    # ---- transitions -------------------------------------------------------------------------
    @property
    def animating(self) -> bool:
        return self._to is not None

    def go_to(self, pose: CameraPose, duration_s: float | None = None) -> None:
        """Glide to ``pose`` (instantly when the duration is 0 or the window is hidden)."""
        duration = self.duration_s if duration_s is None else duration_s
        if duration <= 0 or not self.ctx.frame.isVisible():
            self._to = None
            self.set_pose(pose)
            self._update_timer()
            self.finished.emit()
            return
        self._from, self._to = self.pose(), pose
        self._transition_s = duration
        self._clock.start()
        self._update_timer()

    def go_to_view(self, name: str, duration_s: float | None = None) -> None:
        self.go_to(self.preset_pose(name), duration_s)
        view = VIEWS.get(name)
        if view is not None:
            self.ctx.say(translate("CameraAnimator", "View: {label}").format(label=view.label), 2000)

    def finish(self) -> None:
        """Jump to the end of a running transition."""
        if self._to is not None:
            target, self._to = self._to, None
            self.set_pose(target)
            self._update_timer()
            self.finished.emit()

    # ---- turntable ---------------------------------------------------------------------------
    def set_turntable(self, on: bool) -> None:
        on = bool(on)
        if on == self.turntable:
            return
        self.turntable = on
        self._turn_clock.start()
        self._update_timer()
        self.turntable_changed.emit(on)

    def toggle_turntable(self) -> None:
        self.set_turntable(not self.turntable)

    def turn(self, degrees: float) -> None:
        """Turn the camera about the body's long axis (world +z) through the focal point."""
        pose = self.pose()
        f = np.asarray(pose.focal)
        a = math.radians(degrees)
        c, s = math.cos(a), math.sin(a)
        rot = np.array([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]])
        pos = f + rot @ (np.asarray(pose.position) - f)
        up = rot @ np.asarray(pose.up)
        self.set_pose(CameraPose(tuple(pos), tuple(f), tuple(up)))

    # ---- the one timer -----------------------------------------------------------------------
    def _update_timer(self) -> None:
        want = self._to is not None or self.turntable
        if want and not self._timer.isActive():
            self._timer.start()
        elif not want:
            self._timer.stop()

    def _tick(self) -> None:
        if self._to is not None:
            u = self._clock.elapsed() / 1000.0 / max(self._transition_s, 1e-6)
            if u >= 1.0:
                self.finish()
            else:
                self.set_pose(interpolate_camera(self._from, self._to, ease(u)))
        elif self.turntable:
            dt = self._turn_clock.restart() / 1000.0
            self.turn(TURNTABLE_DEG_PER_S * min(dt, 0.2))
        self._update_timer()

    def stop(self) -> None:
        """Stop the timer (window closing)."""
        self._to = None
        self.turntable = False
        self._timer.stop()

    # ---- bookmarks ---------------------------------------------------------------------------
    def bookmarks(self) -> dict[str, CameraPose]:
        """Saved views by name, in the order saved; a damaged entry is skipped."""
        raw = self.ctx.settings.value(BOOKMARKS_KEY, "")
        try:
            data = json.loads(raw) if isinstance(raw, str) and raw else {}
        except ValueError:
            return {}
        out: dict[str, CameraPose] = {}
        if isinstance(data, dict):
            for name, d in data.items():
                try:
                    out[str(name)] = CameraPose.from_dict(d)
                except (KeyError, TypeError, ValueError):
                    continue
        return out

    def save_bookmark(self, name: str) -> str:
        """Remember the current camera as ``name`` (trimmed, replacing one of the same name)."""
        name = " ".join(name.split())[:60]
        if not name:
            raise ValueError("a view needs a name")
        marks = self.bookmarks()
        marks.pop(name, None)
        marks[name] = self.pose()
        while len(marks) > MAX_BOOKMARKS:
            marks.pop(next(iter(marks)))
        self._store(marks)
        return name

    def delete_bookmark(self, name: str) -> None:
        marks = self.bookmarks()
        if marks.pop(name, None) is not None:
            self._store(marks)

    def go_to_bookmark(self, name: str) -> bool:
        pose = self.bookmarks().get(name)
        if pose is None:
            return False
        self.go_to(pose)
        self.ctx.say(translate("CameraAnimator", "View: {name}").format(name=name), 2000)
        return True

    def _store(self, marks: dict[str, CameraPose]) -> None:
        self.ctx.settings.setValue(BOOKMARKS_KEY, json.dumps({k: v.as_dict() for k, v in marks.items()}))
        self.ctx.settings.sync()
        self.bookmarks_changed.emit()
