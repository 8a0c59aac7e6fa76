"""What the failure modes of one disc add up to. Each mode adds its part into the disc's warp
(bulge and degeneration into one push, herniation and a radial tear into one seam); the engine
then shapes the annulus and nucleus from it once, so modes share geometry without importing each
other. Millimetres, degrees where named, fractions 0..1 elsewhere."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from meshes.disc import direction_angle

from .frame import DiscFrame
from .tongue import Tongue


@dataclass(frozen=True)
class Narrowing:
    """Stenosis round one disc: bone spurs, a thicker ligament, and the room left for the sac
    (an ellipse `width` x `depth` mm whose front is `front` mm behind the vertebral body)."""

    spur_mm: float
    flavum_mm: float
    width: float
    depth: float
    front: float


@dataclass
class DiscWarp:
    """One disc's deformation, added into by its failure modes."""

    disc: str
    frame: DiscFrame
    theta: float  # direction of herniation, fissure and bulge emphasis (rad, in the disc's frame)
    bulge_mm: float = 0.0  # broad push past the rim, most at `theta`
    dome_mm: float = 0.0  # focal dome at `theta` (a protrusion)
    seam: float = 0.0  # how deep the annulus opens at `theta`, from inside (1: through)
    wedge: bool = False  # a fissure without a tongue: its seam is widest inside
    delamination: float = 0.0  # depth of layers parting along an arc (a concentric fissure)
    dry: float = 1.0  # the nucleus' linear size after dehydration
    tongue: Tongue | None = None  # nucleus material leaving through the seam
    settle: float = 0.0  # height lost at the disc's centre, a fraction of its height
    rock_deg: float = 0.0  # rocking of the segment above through a cycle of the phase
    slip_mm: float = 0.0  # backward slip of the segment above at each rock
    narrowing: Narrowing | None = None

    @classmethod
    def at(cls, disc: str, frame: DiscFrame, direction: str, side: str) -> DiscWarp:
        """An empty warp aimed where the disc state's direction and side point."""
        theta = direction_angle(direction, side) if direction != "central" else -np.pi / 2
        return cls(disc, frame, theta)

    def open_seam(self, depth: float) -> None:
        """Open the annulus seam at least `depth` deep."""
        self.seam = max(self.seam, depth)

    def offer_tongue(self, tongue: Tongue) -> None:
        """Let nucleus material leave, unless a mode earlier in the order already does (a
        herniation's tongue is the one a leak would follow)."""
        if self.tongue is None:
            self.tongue = tongue
