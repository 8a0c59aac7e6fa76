"""What a failure mode declares: its numbers in the disc state, its fixed choices, how it adds
into a disc's warp, and how the condition dials offer it. The state, the dials, the command line
and the symptom text are built from these declarations (`modes/` holds one module per mode)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .disc_warp import DiscWarp


@dataclass(frozen=True)
class Parameter:
    """A number of a disc's state that scene tracks animate (0 = healthy)."""

    name: str
    lo: float = 0.0
    hi: float = 1.0


@dataclass(frozen=True)
class Option:
    """A choice of a disc's state that stays fixed through a scene."""

    name: str
    values: tuple[str, ...]
    default: str


MILD_TO_SEVERE: tuple[tuple[str, float], ...] = (("mild", 0.0), ("moderate", 0.34), ("severe", 0.67))


@dataclass(frozen=True)
class Condition:
    """How the condition dials and `--condition` offer a mode: one severity slider 0..1 that
    `state` turns into disc-state numbers (with the chosen direction and side)."""

    rank: int  # place among the conditions (the dials' list, the command line's choices)
    label: str  # in the dials' list
    tip: str  # its tooltip, in plain words
    scene: str  # the preset scene that shows it happening
    state: Callable[[float, str, str], Mapping[str, Any]]  # (severity, direction, side) -> fields
    symptom: str  # how the text on a pinched root begins ("Disc material has pushed out")
    directed: bool = False  # the direction dial applies (else the problem is central)
    stages: tuple[tuple[str, float], ...] = MILD_TO_SEVERE  # names from where each begins
    stage_tip: str = ""  # what the stages mean, for the severity scale's tooltip
    scale: str = "mild  →  moderate  →  severe"  # the line under the slider
    measured: bool = False  # its roots are pinched in the foramen: the findings need measuring

    def stage(self, severity: float) -> str:
        """The name of a slider position."""
        return stage_of(self.stages, severity)


def stage_of(stages: tuple[tuple[str, float], ...], severity: float) -> str:
    """The name of the last stage that begins at or below `severity`."""
    name = stages[0][0]
    for stage, at in stages:
        if severity >= at:
            name = stage
    return name


@dataclass(frozen=True)
class FailureMode:
    """One way a disc fails. `shape(warp, disc_state)` adds the mode's part into the disc's warp;
    it runs for every sick disc, so it adds nothing where the mode's numbers are 0."""

    name: str
    label: str
    order: int  # place of its numbers in the state, and of its shape in the engine's loop
    parameters: tuple[Parameter, ...]
    shape: Callable[[DiscWarp, Any], None]
    options: tuple[Option, ...] = ()
    phased: bool = False  # its segment moves with the scene's phase (the state's cache knows it)
    condition: Condition | None = None  # None: no dial of its own (set by another condition)
