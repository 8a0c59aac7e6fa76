"""Colours computed from the part table's: a part's colour as RGB 0..1, and a nerve root's colour
graded toward the warning colour as it is pressed (the window, stills and figures alike)."""

from __future__ import annotations

import numpy as np

from meshes.parts import COLOURS

# A touched root gets at least this much of the warning colour, so light contact still shows.
WARNING_FLOOR = 0.35


def rgb(colour: str) -> np.ndarray:
    c = colour.lstrip("#")
    return np.array([int(c[i : i + 2], 16) / 255.0 for i in (0, 2, 4)])


def warning_colour(root_colour: str, compression: float) -> tuple[float, float, float]:
    """A root's colour for a compression 0..1: its own colour when free, graded to the warning colour."""
    base, warn = rgb(root_colour), rgb(COLOURS["warning"])
    if compression <= 0.0:
        return tuple(base)
    t = WARNING_FLOOR + (1.0 - WARNING_FLOOR) * min(float(compression), 1.0)
    return tuple(base + (warn - base) * t)
