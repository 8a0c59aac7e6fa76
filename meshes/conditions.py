"""A physician's short-hand for a disc problem -> the pathology state that shows it.

One severity slider per condition, 0..1: for a herniation it runs bulge -> protrusion ->
extrusion -> sequestration (the standard stages, Fardon 2014); for the others mild -> severe.
The conditions are the failure modes that declare one (``meshes.pathology.mode.Condition``).
"""

from __future__ import annotations

from .dimensions import DISC_LEVELS
from .pathology.mode import MILD_TO_SEVERE, Condition, stage_of
from .pathology.state import DIRECTIONS, HEALTHY, MODES, PathologyState

CONDITION_SPECS: dict[str, Condition] = {
    m.name: m.condition for m in sorted((m for m in MODES if m.condition), key=lambda m: m.condition.rank)
}
CONDITIONS: tuple[str, ...] = tuple(CONDITION_SPECS)
CONDITION_SIDES: tuple[str, ...] = ("left", "right", "both")


def stage_name(severity: float, condition: str = "herniation") -> str:
    """The name of a slider position ('protrusion' for a herniation at 0.3, else mild..severe)."""
    spec = CONDITION_SPECS.get(condition)
    return spec.stage(severity) if spec else stage_of(MILD_TO_SEVERE, severity)


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
    if side == "both":  # a problem reaching both sides is a central one
        direction, side = "central", "left"
    return HEALTHY.with_disc(level, **CONDITION_SPECS[condition].state(float(severity), direction, side))
