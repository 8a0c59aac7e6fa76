"""R/L, A/P and S/I letters at the edges of a view that looks along an axis (axial views seen from
the feet, as MRI is read: the patient's right on the screen's left), in the window, stills, clips
and handouts alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from vtkmodules.vtkRenderingCore import (
    vtkTextActor,
)

if TYPE_CHECKING:
    pass


# ---- orientation letters -----------------------------------------------------------------------------
# World axes (RAS) and the letter radiologists put on the screen edge they point to.
_AXIS_LETTERS = (
    ((1.0, 0.0, 0.0), "R"),
    ((-1.0, 0.0, 0.0), "L"),
    ((0.0, 1.0, 0.0), "A"),
    ((0.0, -1.0, 0.0), "P"),
    ((0.0, 0.0, 1.0), "S"),
    ((0.0, 0.0, -1.0), "I"),
)


ORIENTATION_TIP = "R/L: patient's right/left · A/P: front/back · S/I: up (head)/down (feet)"


def looks_along_an_axis(renderer, cos_max: float = 0.9) -> bool:
    """Whether the camera looks (within about 25 degrees) along x, y or z: a view that needs
    its R/L, A/P, S/I marks; an oblique view is read without them."""
    cam = renderer.GetActiveCamera()
    forward = np.asarray(cam.GetFocalPoint()) - np.asarray(cam.GetPosition())
    forward /= max(np.linalg.norm(forward), 1e-9)
    return float(np.abs(forward).max()) >= cos_max


def edge_letters(renderer) -> dict[str, str]:
    """Letter for each screen edge ('left', 'right', 'top', 'bottom') whose direction is clearly one
    anatomical axis (as on an MRI scan); edges at an angle get none."""
    cam = renderer.GetActiveCamera()
    forward = np.asarray(cam.GetFocalPoint()) - np.asarray(cam.GetPosition())
    forward /= max(np.linalg.norm(forward), 1e-9)
    up = np.asarray(cam.GetViewUp(), float)
    up = up - forward * np.dot(up, forward)
    up /= max(np.linalg.norm(up), 1e-9)
    right = np.cross(forward, up)
    out = {}
    for edge, d in (("right", right), ("left", -right), ("top", up), ("bottom", -up)):
        best = max(_AXIS_LETTERS, key=lambda al: float(np.dot(al[0], d)))
        if float(np.dot(best[0], d)) > 0.8:
            out[edge] = best[1]
    return out


class OrientationMarks:
    """R/L/A/P/S/I letters at the edges of the view, kept right for the current camera."""

    def __init__(self, renderer, font_px: int = 22) -> None:
        """``font_px`` 0: a size that follows the view's height (a 34th, at least 14 px)."""
        self.renderer = renderer
        self.font_px = font_px
        self.enabled = False
        self._texts: dict[str, vtkTextActor] = {}
        self._observer: int | None = None

    def set_enabled(self, on: bool) -> None:
        on = bool(on)
        if on == self.enabled:
            return
        self.enabled = on
        if on:
            for edge in ("left", "right", "top", "bottom"):
                t = vtkTextActor()
                prop = t.GetTextProperty()
                prop.SetFontSize(self.font_px or 14)
                prop.BoldOn()
                prop.SetColor(1.0, 0.92, 0.55)
                prop.SetJustificationToCentered()
                prop.SetVerticalJustificationToCentered()
                t.PickableOff()
                self._texts[edge] = t
                self.renderer.AddViewProp(t)
            self._observer = self.renderer.AddObserver("StartEvent", lambda *_: self.update())
        else:
            if self._observer is not None:
                self.renderer.RemoveObserver(self._observer)
                self._observer = None
            for t in self._texts.values():
                self.renderer.RemoveViewProp(t)
            self._texts.clear()

    def update(self) -> None:
        if not self.enabled:
            return
        w, h = self.renderer.GetSize()
        letters = edge_letters(self.renderer) if looks_along_an_axis(self.renderer) else {}
        m = self.font_px or max(14, round(h / 34))
        for t in self._texts.values():
            t.GetTextProperty().SetFontSize(m)
        where = {"left": (m, h / 2), "right": (w - m, h / 2), "top": (w / 2, h - m), "bottom": (w / 2, m)}
        for edge, t in self._texts.items():
            t.SetInput(letters.get(edge, ""))
            x, y = where[edge]
            t.SetDisplayPosition(int(x), int(y))
