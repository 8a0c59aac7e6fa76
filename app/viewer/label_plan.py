"""What the 3D labels say and how a column of them is spread: which parts are labelled in the
whole view and on a cut, and the vertical spreading that keeps a column's boxes from overlapping
(pure functions: no VTK).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from app.i18n import translate
from meshes.dimensions import DISC_LEVELS, LEVELS

if TYPE_CHECKING:
    pass


def main_labels() -> dict[str, str]:
    """Part id -> short label of the main structures, top to bottom."""
    out: dict[str, str] = {}
    for lv in LEVELS:
        out[f"vertebra.{lv}"] = translate("labels", "{level} vertebra").format(level=lv)
    out["sacrum"] = translate("labels", "Sacrum")
    for d in DISC_LEVELS:
        out[f"annulus.{d}"] = translate("labels", "{level} disc").format(level=d)
    out["dura"] = translate("labels", "Dural sac")
    for root in ("L4", "L5", "S1"):
        for side in ("left", "right"):
            out[f"root.{root}.{side}"] = translate("labels", "{root} nerve root").format(root=root)
    return out


def cut_labels() -> dict[str, str]:
    """Labels that name what a cut shows inside (only for parts the cut passes through)."""
    out: dict[str, str] = {}
    for d in DISC_LEVELS:
        out[f"annulus.{d}"] = translate("labels", "{level} disc: outer ring (annulus)").format(level=d)
        out[f"nucleus.{d}"] = translate("labels", "Gel core (nucleus)")
        out[f"flavum.{d}"] = translate("labels", "Ligamentum flavum")
        out[f"facet.{d}.left"] = translate("labels", "Facet joint")
    return out


GAP_PX = 6  # between labels in a column


def spread(ys: list[float], heights: list[float], h: float, bottom: float = 0.0) -> list[float]:
    """Label centre heights near their anchors with no overlap, inside the window (above
    ``bottom`` pixels kept clear)."""
    order = np.argsort(ys)[::-1]  # top (largest y) first
    placed = [0.0] * len(ys)
    prev_bottom = h - 4.0
    for k in order:
        half = heights[k] / 2
        y = min(ys[k], prev_bottom - half)
        placed[k] = y
        prev_bottom = y - half - GAP_PX
    # Pushed off the bottom: shift the column back up.
    lowest = min(placed[k] - heights[k] / 2 for k in range(len(ys)))
    floor = 4.0 + bottom
    if lowest < floor:
        shift = floor - lowest
        placed = [y + shift for y in placed]
    return placed
