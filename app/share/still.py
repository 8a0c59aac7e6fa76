"""Stills: the view as it stands, as a PNG at screen size or any size up to 3840x2160, with an
optional caption (scene, step, level) and an optional transparent background; or on the clipboard.

The picture is drawn by an off-screen copy of the viewport (same meshes, looks and camera), not
read back from the screen: so its size is free, it gets anti-aliasing even where the window's
software OpenGL cannot afford it, and the window is never resized or disturbed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from app.errors import UserError
from app.i18n import SIDES, translate

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from app.viewer.viewport import Viewport
    from scenes.schema import Scene
    from scenes.timeline import Frame

MAX_SIZE = (3840, 2160)
MIN_SIDE = 16
PRESET_SIZES: dict[str, tuple[int, int]] = {
    "HD 1280x720": (1280, 720),
    "Full HD 1920x1080": (1920, 1080),
    "4K 3840x2160": (3840, 2160),
    "Square 1080x1080": (1080, 1080),
}
# 8x MSAA up to Full HD; beyond that 4x keeps a 4K still within a few hundred MB of GPU memory.
BIG_STILL_PIXELS = 1920 * 1080


@dataclass(frozen=True)
class StillOptions:
    """size None = the view's size on screen; caption lines are drawn at the bottom."""

    size: tuple[int, int] | None = None
    transparent: bool = False
    caption: tuple[str, ...] = ()


def check_size(size: tuple[int, int]) -> tuple[int, int]:
    w, h = (int(size[0]), int(size[1]))
    if not (MIN_SIDE <= w <= MAX_SIZE[0] and MIN_SIDE <= h <= MAX_SIZE[1]):
        raise UserError(
            translate(
                "still",
                "a still of {w}x{h} pixels cannot be made; use {MIN_SIDE}x{MIN_SIDE} up to "
                "{MAX_SIZE}x{MAX_SIZE2}",
            ).format(w=w, h=h, MIN_SIDE=MIN_SIDE, MAX_SIZE=MAX_SIZE[0], MAX_SIZE2=MAX_SIZE[1])
        )
    return w, h


def caption_lines(
    scene: Scene | None = None, frame: Frame | None = None, level: str | None = None,
    side: str | None = None,
) -> tuple[str, ...]:  # fmt: skip
    """'Herniated disc · L4-L5, left side' / 'Step 5 of 7: The pinched nerve' / the notice."""
    from app.viewer.overlay import CAPTION_NOTICE

    lines: list[str] = []
    if scene is not None:
        lv = level or (frame.level if frame else scene.level)
        sd = side or (frame.side if frame else scene.side)
        where = translate("still", "{level}, {side} side").format(
            level=lv, side=translate("sides", SIDES[sd])
        )
        lines.append(f"{scene.title} · {where}")
        if frame is not None:
            lines.append(
                translate("still", "Step {step} of {n}: {title}").format(
                    step=frame.step_index + 1, n=len(scene.steps), title=frame.title
                )
            )
    elif level:
        lines.append(
            translate("still", "Lumbar spine · {level}").format(level=level)
            + (
                translate("still", ", {side} side").format(side=translate("sides", SIDES[side]))
                if side
                else ""
            )
        )
    lines.append(translate("overlay", CAPTION_NOTICE))
    return tuple(lines)


def copy_scene(source: Viewport, size: tuple[int, int], multi_samples: int | None = None):
    """An off-screen plotter showing what ``source`` shows: every 3D actor (sharing its mesh data,
    with its own mapper and a copy of its look) and the same camera, fitted to ``size``."""
    from vtkmodules.vtkRenderingCore import vtkActor

    from app.viewer.render import STILL_MULTI_SAMPLES, open_plotter
    from app.viewer.viewport import Viewport

    if multi_samples is None:
        multi_samples = STILL_MULTI_SAMPLES if size[0] * size[1] <= BIG_STILL_PIXELS else 4
    plotter = open_plotter(size, multi_samples=multi_samples)
    try:
        copy = Viewport(plotter)  # the stage: background and lights as on screen
        src_renderer = source.plotter.renderer
        props = src_renderer.GetViewProps()
        props.InitTraversal()
        for _ in range(props.GetNumberOfItems()):
            prop = props.GetNextProp()
            if not isinstance(prop, vtkActor) or prop.GetMapper() is None or source.annotations.owns(prop):
                continue
            actor = prop.NewInstance()
            actor.ShallowCopy(prop)
            mapper = prop.GetMapper().NewInstance()
            mapper.ShallowCopy(prop.GetMapper())  # same input data and clipping planes
            actor.SetMapper(mapper)
            look = prop.GetProperty().NewInstance()
            look.DeepCopy(prop.GetProperty())
            actor.SetProperty(look)
            if prop.GetBackfaceProperty() is not None:
                back = prop.GetBackfaceProperty().NewInstance()
                back.DeepCopy(prop.GetBackfaceProperty())
                actor.SetBackfaceProperty(back)
            plotter.renderer.AddActor(actor)
        copy.annotations.set_marks(source.annotations.marks, text_scale=max(1.0, size[1] / 720))
        cam = plotter.renderer.GetActiveCamera()
        cam.DeepCopy(src_renderer.GetActiveCamera())
        plotter.renderer.camera_set = True
        plotter.renderer.ResetCameraClippingRange()
    except BaseException:
        plotter.close()
        raise
    return plotter


def view_size(source: Viewport) -> tuple[int, int]:
    """The view's size on screen in device pixels (so a high-DPI screen gets its full detail)."""
    widget = source.plotter
    if hasattr(widget, "devicePixelRatioF") and hasattr(widget, "width"):
        ratio = widget.devicePixelRatioF()
        size = (round(widget.width() * ratio), round(widget.height() * ratio))
    else:
        size = tuple(source.plotter.window_size)
    w, h = size
    return min(max(w, MIN_SIDE), MAX_SIZE[0]), min(max(h, MIN_SIDE), MAX_SIZE[1])


def grab(source: Viewport, options: StillOptions = StillOptions()) -> NDArray[np.uint8]:
    """The still as an (h, w, 3) RGB array, or (h, w, 4) RGBA with a transparent background."""
    from app.viewer.render import NO_OPENGL

    size = check_size(options.size) if options.size else view_size(source)
    plotter = copy_scene(source, size)
    try:
        image = snapshot(plotter, options.transparent)
    finally:
        plotter.close()
    if int(image[..., :3].max()) == 0 and not options.transparent:
        raise UserError(NO_OPENGL)
    if options.caption:
        from app.viewer.overlay import draw_text_band

        image = draw_text_band(image, list(options.caption), scale=0.8)
    return image


def snapshot(plotter, transparent: bool = False) -> NDArray[np.uint8]:
    """What an off-screen plotter shows: RGB, or RGBA where the background is fully transparent."""
    renderer = plotter.renderer
    if transparent:
        gradient = renderer.GetGradientBackground()
        renderer.SetGradientBackground(False)
        renderer.SetBackgroundAlpha(0.0)
        plotter.render_window.SetAlphaBitPlanes(1)
    try:
        plotter.render()
        image = plotter.screenshot(transparent_background=transparent, return_img=True)
    finally:
        if transparent:
            renderer.SetGradientBackground(gradient)
            renderer.SetBackgroundAlpha(1.0)
    return np.ascontiguousarray(image if transparent else image[:, :, :3])


def write_still(image: NDArray[np.uint8], path: Path) -> None:
    """Write a still as PNG (RGB or RGBA); a failure leaves no file behind, one sentence says why."""
    from app.outputs import check_output
    from app.viewer.render import write_png

    check_output(path, (".png",), option="the file")
    try:
        write_png(image, path)
    except OSError as exc:
        raise UserError(write_failure(path, exc)) from None


def write_failure(path: Path, exc: OSError) -> str:
    """One sentence for a failed write: which file, and the reason in plain words."""
    from app.outputs import write_error

    return str(write_error(path, exc))


def copy_to_clipboard(image: NDArray[np.uint8]) -> None:
    """Put the still on the system clipboard (needs the running Qt application)."""
    from PySide6.QtGui import QGuiApplication

    from app.viewer.overlay import to_qimage

    QGuiApplication.clipboard().setImage(to_qimage(image))
