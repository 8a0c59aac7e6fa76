"""Pictures of the model without a window: an off-screen pyvista Plotter with the viewport's scene.

VTK can draw off-screen through EGL (no X server needed) or through the X server. With no
DISPLAY we ask for EGL up front, which avoids VTK's noisy attempt at X first. When neither works
VTK would fall back to OSMesa and, without that library, crash in the first render; we check for
that case before drawing and raise a UserError instead.
"""

from __future__ import annotations

import ctypes.util
import os
from typing import TYPE_CHECKING

from app.errors import UserError

if TYPE_CHECKING:
    from pathlib import Path

    import numpy as np
    import pyvista as pv

    from meshes.model import Model

NO_OPENGL = (
    "no usable OpenGL was found to draw the model (tried EGL and the X server); install Mesa with "
    "'apt-get install libegl1 libgl1 libegl-mesa0 libglx-mesa0' or run it on a desktop session"
)
# A still is one frame, so it can afford MSAA even in software OpenGL.
STILL_MULTI_SAMPLES = 8


def prepare_backend() -> None:
    """Choose how VTK reaches OpenGL and keep its log off the terminal; call before importing VTK."""
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")
    from vtkmodules.vtkCommonCore import vtkLogger, vtkObject

    vtkLogger.SetStderrVerbosity(vtkLogger.VERBOSITY_OFF)
    vtkObject.GlobalWarningDisplayOff()


def open_plotter(size: tuple[int, int], multi_samples: int = STILL_MULTI_SAMPLES) -> pv.Plotter:
    """An off-screen plotter of ``size`` (width, height) pixels, or UserError if OpenGL is unusable."""
    prepare_backend()
    import pyvista as pv

    plotter = pv.Plotter(off_screen=True, window_size=list(size))
    name = plotter.render_window.GetClassName()
    # VTK's last resort is OSMesa; without libOSMesa its first render segfaults.
    if name == "vtkOSOpenGLRenderWindow" and ctypes.util.find_library("OSMesa") is None:
        plotter.close()
        raise UserError(NO_OPENGL)
    plotter.render_window.SetMultiSamples(multi_samples)
    return plotter


def render_model(
    model: Model,
    size: tuple[int, int] = (1280, 800),
    view: str = "oblique",
    hidden: tuple[str, ...] = (),
    decorate=None,
) -> np.ndarray:
    """The model drawn from a named view, as an (height, width, 3) uint8 RGB image."""
    from app.viewer.viewport import Viewport

    plotter = open_plotter(size)
    try:
        viewport = Viewport(plotter)
        viewport.set_model(model)
        for pid in hidden:
            if pid in viewport.actors:
                viewport.set_visible(pid, False)
        viewport.apply_view(view)
        if decorate is not None:  # x-ray, cuts, labels, selection (app.cli.explore_args)
            decorate(plotter, viewport)
        image = plotter.screenshot(return_img=True, window_size=list(size))
    finally:
        plotter.close()
    if image is None or image.size == 0 or int(image.max()) == 0:
        raise UserError(NO_OPENGL)
    return image[:, :, :3]


def write_png(image: np.ndarray, path: Path) -> None:
    """Write an RGB image as PNG; a failure leaves no file behind (see app.outputs)."""
    import imageio.v3 as iio

    from app.outputs import atomic_path

    with atomic_path(path) as tmp:
        iio.imwrite(tmp, image, extension=".png")
