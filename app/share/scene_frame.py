"""Pictures of a scene without a window: an off-screen plotter with its own scene player.

The window's :class:`app.viewer.scene_player.ScenePlayer` decides how a moment of a scene looks (vertices from
the pathology engine, highlight glow and outline, see-through and hidden parts, the dried nucleus,
each step's camera); clips, handout pictures and stills use the same player on an off-screen
viewport, so what is exported looks like what the window shows. Between steps the camera glides
as the window's does (same easing, same duration), but on the clip's clock, not the wall clock.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from meshes.model import Model
    from scenes.schema import Scene

SOFTWARE_VIDEO_AA = "fxaa"  # software OpenGL cannot afford MSAA on hundreds of frames


def healthy_version(scene: Scene) -> Scene:
    """The same scene with nothing animated: every step's camera and looks on a healthy disc."""
    return replace(scene, tracks=())


def zoomed(scene: Scene, factor: float) -> Scene:
    """The same scene with every step's camera ``factor`` times closer (for small pictures)."""
    steps = tuple(replace(s, camera=replace(s.camera, zoom=s.camera.zoom * factor)) for s in scene.steps)
    return replace(scene, steps=steps)


class SceneRenderer:
    """An off-screen plotter holding one model and a scene player; ``draw(t)`` gives the picture
    of the scene at ``t`` seconds. Make one per export and ``close()`` it (or use ``with``)."""

    def __init__(self, model: Model, size: tuple[int, int] = (1280, 720), antialias: str = "auto") -> None:
        """``antialias``: 'auto' (MSAA on a GPU, FXAA in software OpenGL), 'msaa', 'fxaa', 'none'."""
        from PySide6.QtCore import QObject

        from app.viewer.overlay import ensure_qt
        from app.viewer.render import open_plotter
        from app.viewer.scene_player import ScenePlayer
        from app.viewer.viewport import GPU_MULTI_SAMPLES, Viewport, is_software_renderer, renderer_name

        ensure_qt()  # the player is a QObject with a (never started) QTimer
        self.model = model
        self.size = (int(size[0]), int(size[1]))
        self.plotter = open_plotter(self.size, multi_samples=0)
        try:
            self.viewport = Viewport(self.plotter)
            self.viewport.set_model(model)
            mode = antialias
            if mode == "auto":
                software = is_software_renderer(renderer_name(self.plotter.render_window))
                mode = SOFTWARE_VIDEO_AA if software else "msaa"
            self.plotter.render_window.SetMultiSamples(GPU_MULTI_SAMPLES if mode == "msaa" else 0)
            self.plotter.renderer.SetUseFXAA(mode == "fxaa")
            self._owner = QObject()
            self.player = ScenePlayer(self.viewport, self._owner, request_render=lambda: None)
            self.player.camera_transition_s = 0.0  # the glide is done here, on the clip's clock
            self.player.set_model(model)
        except BaseException:
            self.plotter.close()
            raise
        self.scene: Scene | None = None

    def set_scene(self, scene: Scene) -> None:
        self.scene = scene
        self.player.set_scene(scene)

    def show_marks(self, marks: tuple) -> None:
        """Draw the pen's marks (app/viewer/annotations.py) in every picture from now on."""
        self.viewport.annotations.set_marks(marks, text_scale=max(1.0, self.size[1] / 720))

    def draw(self, t: float, glide: bool = True, transparent: bool = False) -> NDArray[np.uint8]:
        """The scene at ``t`` seconds as (h, w, 3) RGB (RGBA when ``transparent``). With ``glide``,
        the first moments of a step show the camera on its way from the step before."""
        from app.viewer.camera import ease, interpolate_camera, set_camera
        from app.viewer.scene_player import CAMERA_TRANSITION_S

        player = self.player
        player.seek(t, force_camera=True)
        frame = player.frame
        if glide and frame is not None and frame.step_index > 0:
            start = self.scene.steps[frame.step_index].time
            u = (frame.time - start) / CAMERA_TRANSITION_S if CAMERA_TRANSITION_S > 0 else 1.0
            if 0.0 <= u < 1.0:
                from scenes.timeline import frame_at

                before = frame_at(self.scene, max(0.0, start - 1e-3))
                a, b = player.target_camera(before), player.target_camera(frame)
                camera = interpolate_camera(a, b, ease(u))
                set_camera(self.plotter.renderer, camera)
        return self.snapshot(transparent)

    @property
    def frame(self):
        """The scenes.timeline.Frame drawn last (its step, title, level and side)."""
        return self.player.frame

    def snapshot(self, transparent: bool = False) -> NDArray[np.uint8]:
        """What the plotter shows now, at its size."""
        from app.errors import UserError
        from app.share.still import snapshot
        from app.viewer.render import NO_OPENGL

        image = snapshot(self.plotter, transparent)
        if image.size == 0 or int(image[..., :3].max()) == 0:
            raise UserError(NO_OPENGL)
        return image

    def close(self) -> None:
        try:
            self.player.stop()
        except RuntimeError:  # Qt already deleted the player's timer (the program is ending)
            pass
        self.plotter.close()

    def __enter__(self) -> SceneRenderer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
