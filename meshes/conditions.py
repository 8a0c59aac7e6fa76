"""A physician's short-hand for a disc problem -> the pathology state that shows it.

One severity slider per condition, 0..1: for a herniation it runs bulge -> protrusion ->
extrusion -> sequestration (the standard stages, Fardon 2014); for the others mild -> severe.
"""

from __future__ import annotations

import numpy as np

from .dimensions import DISC_LEVELS
from .state import DIRECTIONS, EXTRUSION_AT, HEALTHY, PROTRUSION_AT, SEQUESTRATION_AT, PathologyState

CONDITIONS: tuple[str, ...] = ("herniation", "bulge", "tear", "degeneration")
CONDITION_SIDES: tuple[str, ...] = ("left", "right", "both")


def stage_name(severity: float) -> str:
    """The standard name of a herniation slider position."""
    if severity < PROTRUSION_AT:
        return "bulge"
    if severity < EXTRUSION_AT:
        return "protrusion"
    if severity < SEQUESTRATION_AT:
        return "extrusion"
    return "sequestration"


def condition_state(
    condition: str,
    level: str = "L4-L5",
    side: str = "left",
    direction: str = "paracentral",
    severity: float = 1.0,
) -> PathologyState:
    """The state for one condition at one level; raises ValueError with the allowed values."""
    if condition not in CONDITIONS:
        raise ValueError(f"unknown condition '{condition}'; use one of: {', '.join(CONDITIONS)}")
    if level not in DISC_LEVELS:
        raise ValueError(f"unknown level '{level}'; use one of: {', '.join(DISC_LEVELS)}")
    if side not in CONDITION_SIDES:
        raise ValueError(f"unknown side '{side}'; use one of: {', '.join(CONDITION_SIDES)}")
    if direction not in DIRECTIONS:
        raise ValueError(f"unknown direction '{direction}'; use one of: {', '.join(DIRECTIONS)}")
    if not (0.0 <= severity <= 1.0):
        raise ValueError(f"severity {severity!r} is out of range; use a number from 0 to 1")
    s = float(severity)
    if side == "both":  # a herniation reaching both sides is a central one
        direction, one_side = "central", "left"
    else:
        one_side = side
    if condition == "herniation":
        early = float(np.clip(s / PROTRUSION_AT, 0, 1) * np.clip((0.4 - s) / 0.25, 0, 1))
        return HEALTHY.with_disc(level, herniation=s, bulge=0.4 * early, direction=direction, side=one_side)
    if condition == "bulge":
        return HEALTHY.with_disc(level, bulge=s, direction="central", side=one_side)
    if condition == "tear":
        return HEALTHY.with_disc(
            level,
            fissure=s,
            leak=float(np.clip((s - 0.6) / 0.4, 0, 1)) * 0.6,
            direction=direction,
            side=one_side,
        )
    return HEALTHY.with_disc(level, degeneration=s, instability=s)
