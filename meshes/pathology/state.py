"""The pathology state: a few numbers per disc level that scenes interpolate and geometry is a
pure function of. `DiscState` is built from the failure modes' declarations (`modes/`): their
numbers (0..1 unless declared otherwise) and fixed choices, plus the direction and side they
share; the deformations turn them into millimetres."""

from __future__ import annotations

from dataclasses import dataclass, field, make_dataclass, replace

from meshes.dimensions import DISC_LEVELS

from .mode import Option
from .modes import failure_modes

DIRECTIONS: tuple[str, ...] = ("central", "paracentral", "foraminal", "far-lateral")
HERNIATION_SIDES: tuple[str, ...] = ("left", "right")
# Where a disc's problem points: herniation, fissure and bulge emphasis (side: ignored centrally).
SHARED_OPTIONS = (Option("direction", DIRECTIONS, "paracentral"), Option("side", HERNIATION_SIDES, "left"))

MODES = failure_modes()
NUMERIC_RANGES: dict[str, tuple[float, float]] = {p.name: (p.lo, p.hi) for m in MODES for p in m.parameters}
NUMERIC_FIELDS: tuple[str, ...] = tuple(NUMERIC_RANGES)
OPTIONS: tuple[Option, ...] = (*SHARED_OPTIONS, *(o for m in MODES for o in m.options))
CHOICE_FIELDS: dict[str, tuple[str, ...]] = {o.name: o.values for o in OPTIONS}
# The numbers that move a segment with the scene's phase (its cache is kept per phase then).
PHASED_FIELDS: tuple[str, ...] = tuple(p.name for m in MODES if m.phased for p in m.parameters)


def _check(self) -> None:
    for f in NUMERIC_FIELDS:
        lo, hi = NUMERIC_RANGES[f]
        value = getattr(self, f)
        if not (lo <= value <= hi):  # also rejects NaN
            raise ValueError(f"{f} must be between {lo} and {hi}, not {value!r}")
    for o in OPTIONS:
        value = getattr(self, o.name)
        if value not in o.values:
            allowed = " or ".join(o.values) if len(o.values) == 2 else f"one of {', '.join(o.values)}"
            raise ValueError(f"{o.name} must be {allowed}, not {value!r}")


def _is_healthy(self) -> bool:
    return all(getattr(self, f) == 0.0 for f in NUMERIC_FIELDS)


DiscState = make_dataclass(
    "DiscState",
    [(f, float, field(default=0.0)) for f in NUMERIC_FIELDS]
    + [(o.name, str, field(default=o.default)) for o in OPTIONS],
    namespace={
        "__doc__": "What is wrong with one disc level. Numeric fields are what scene tracks animate.",
        "__post_init__": _check,
        "is_healthy": property(_is_healthy),
    },
    frozen=True,
)
DiscState.__module__ = __name__  # (where pickle finds it)


def _healthy_discs() -> tuple[tuple[str, DiscState], ...]:
    return tuple((d, DiscState()) for d in DISC_LEVELS)


@dataclass(frozen=True)
class PathologyState:
    """The whole spine's state: one DiscState per level, plus the motion phase (0..1, one
    rocking cycle) that makes an unstable segment move while a scene plays."""

    discs: tuple[tuple[str, DiscState], ...] = field(default_factory=_healthy_discs)
    phase: float = 0.0

    def disc(self, level: str) -> DiscState:
        return dict(self.discs)[level]

    def with_disc(self, level: str, **changes) -> PathologyState:
        if level not in DISC_LEVELS:
            raise ValueError(f"level must be one of {', '.join(DISC_LEVELS)}, not {level!r}")
        discs = tuple((d, replace(s, **changes) if d == level else s) for d, s in self.discs)
        return replace(self, discs=discs)


HEALTHY = PathologyState()
