"""Instability: the segment above the disc rocks about its facet joints and slips backward and
forward of neutral while a scene plays (one cycle per unit of the state's phase)."""

from __future__ import annotations

from meshes.pathology.disc_warp import DiscWarp
from meshes.pathology.mode import FailureMode, Parameter

ROCK_DEG = 3.0
SLIDE_MM = 1.2  # backward slip at each rock (kept small: the traversing roots sit right behind)


def shape(warp: DiscWarp, ds) -> None:
    warp.rock_deg += ROCK_DEG * ds.instability
    warp.slip_mm += SLIDE_MM * ds.instability


MODE = FailureMode(
    name="instability",
    label="Instability",
    order=50,
    parameters=(Parameter("instability"),),
    shape=shape,
    phased=True,
)
