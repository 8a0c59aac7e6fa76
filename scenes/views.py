"""Named camera views, as data: the direction the camera looks from and its up vector (RAS).

The window's toolbar, the command line's --view and scene steps all use these names.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class View:
    name: str
    label: str
    key: str  # keyboard shortcut in the window
    direction: tuple[float, float, float]  # from the focal point toward the camera
    up: tuple[float, float, float]


VIEWS: dict[str, View] = {
    v.name: v
    for v in (
        View("anterior", "Front", "1", (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)),
        View("posterior", "Back", "2", (0.0, -1.0, 0.0), (0.0, 0.0, 1.0)),
        View("left", "Left side", "3", (-1.0, 0.0, 0.0), (0.0, 0.0, 1.0)),
        View("right", "Right side", "4", (1.0, 0.0, 0.0), (0.0, 0.0, 1.0)),
        View("superior", "From above", "5", (0.0, 0.0, 1.0), (0.0, 1.0, 0.0)),
        View("oblique", "Oblique", "6", (-0.75, -0.55, 0.37), (0.0, 0.0, 1.0)),
        # From the feet, front up: the patient's right on the screen's left, as axial MRI is read.
        View("inferior", "From below", "7", (0.0, 0.0, -1.0), (0.0, 1.0, 0.0)),
    )
}
DEFAULT_VIEW = "oblique"
