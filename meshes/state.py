"""The pathology state: a few numbers per disc level that scenes interpolate and geometry is a
pure function of. Ranges are 0..1 unless noted; the deformations (`meshes.pathology`) turn
them into millimetres."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from .dimensions import DISC_LEVELS

DIRECTIONS: tuple[str, ...] = ("central", "paracentral", "foraminal", "far-lateral")
HERNIATION_SIDES: tuple[str, ...] = ("left", "right")
FISSURE_KINDS: tuple[str, ...] = ("radial", "concentric")

# Herniation progress: where each standard stage (Fardon 2014) begins on the 0..1 scale.
PROTRUSION_AT = 0.15
EXTRUSION_AT = 0.5
SEQUESTRATION_AT = 0.85


@dataclass(frozen=True)
class DiscState:
    """What is wrong with one disc level. Numeric fields are what scene tracks animate."""

    bulge: float = 0.0  # broad extension past the rim, 1 = about 4 mm
    herniation: float = 0.0  # 0 none, then protrusion, extrusion, sequestration (see *_AT)
    migration: float = 0.0  # -1..1: a free fragment slides down (-) or up (+), 1 = about 10 mm
    fissure: float = 0.0  # depth of an annular fissure from the nucleus outward, 1 = through
    leak: float = 0.0  # nucleus gel seeping out of the fissure
    degeneration: float = 0.0  # 1 = Pfirrmann V: dry nucleus, half the height, spurs, stenosis
    instability: float = 0.0  # extra rocking and sliding of the segment while playing
    direction: str = "paracentral"  # of herniation, fissure and bulge emphasis
    side: str = "left"  # ignored for a central herniation
    fissure_kind: str = "radial"

    def __post_init__(self) -> None:
        for f in NUMERIC_FIELDS:
            lo, hi = NUMERIC_RANGES[f]
            value = getattr(self, f)
            if not (lo <= value <= hi):  # also rejects NaN
                raise ValueError(f"{f} must be between {lo} and {hi}, not {value!r}")
        if self.direction not in DIRECTIONS:
            raise ValueError(f"direction must be one of {', '.join(DIRECTIONS)}, not {self.direction!r}")
        if self.side not in HERNIATION_SIDES:
            raise ValueError(f"side must be left or right, not {self.side!r}")
        if self.fissure_kind not in FISSURE_KINDS:
            raise ValueError(f"fissure_kind must be radial or concentric, not {self.fissure_kind!r}")

    @property
    def is_healthy(self) -> bool:
        return all(getattr(self, f) == 0.0 for f in NUMERIC_FIELDS)


NUMERIC_RANGES: dict[str, tuple[float, float]] = {
    "bulge": (0.0, 1.0),
    "herniation": (0.0, 1.0),
    "migration": (-1.0, 1.0),
    "fissure": (0.0, 1.0),
    "leak": (0.0, 1.0),
    "degeneration": (0.0, 1.0),
    "instability": (0.0, 1.0),
}
NUMERIC_FIELDS: tuple[str, ...] = tuple(NUMERIC_RANGES)
CHOICE_FIELDS: dict[str, tuple[str, ...]] = {
    "direction": DIRECTIONS,
    "side": HERNIATION_SIDES,
    "fissure_kind": FISSURE_KINDS,
}
assert set(NUMERIC_FIELDS) | set(CHOICE_FIELDS) == {f.name for f in fields(DiscState)}


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
