"""The camera half of the scene player: each step's camera (its view, focus and zoom framed on the
whole spine) and the eased glide to it, which keeps the parts the last step hid hidden until the
camera has left them. A mixin of app.viewer.scene_player.ScenePlayer, which owns the state it uses
(its viewport, model, frame, timer and glide).
"""

from __future__ import annotations

from app.viewer.camera import CameraSet, camera_of, framing_points, set_camera, step_camera
from scenes.timeline import Frame


class StepCamera:
    """Where each step puts the camera, and the glide there (see the module docstring)."""

    @property
    def in_transition(self) -> bool:
        return self._glide.active

    def target_camera(self, frame: Frame) -> CameraSet:
        """Where a step's camera sits (see app.viewer.camera.step_camera)."""
        if self._frame_points is None:
            self._frame_points = framing_points(self.model)
        return step_camera(frame.camera, self._frame_points, self.viewport.plotter)

    def current_camera(self) -> CameraSet:
        return camera_of(self.viewport.plotter.renderer)

    def _aim(self, frame: Frame, glide: bool) -> None:
        target = self.target_camera(frame)
        if not glide or self.camera_transition_s <= 0:
            self._glide.cancel()
            self._set_camera(target)
            self._end_glide()
            return
        self._glide.begin(self.current_camera(), target, self.camera_transition_s)
        if not self._timer.isActive():
            self._timer.start()

    def _step_camera(self) -> None:
        if not self._glide.active:
            return
        camera, arrived = self._glide.pose()
        self._set_camera(camera)
        if arrived:
            self._end_glide()

    def _end_glide(self) -> None:
        """The camera has arrived: show what the last step had hidden, if this one shows it."""
        if self._glide_hidden:
            self._glide_hidden = frozenset()
            if self.frame is not None and self.model is not None:
                self._apply_looks(self.frame)

    def finish_transition(self) -> None:
        """Jump to the end of a camera glide at once (tests; exports of a step)."""
        target = self._glide.finish()
        if target is not None:
            self._set_camera(target)
            self._end_glide()
            self._request_render()

    def _set_camera(self, c: CameraSet) -> None:
        set_camera(self.viewport.plotter.renderer, c)
