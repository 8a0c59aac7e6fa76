"""The one dimension table of the model, in millimetres and degrees.

Every number comes from ``shared/reference/anatomy.md`` (adult means, rounded); the column a
number comes from is named beside it. Where that file gives a range, the middle is used.
"""

from __future__ import annotations

from dataclasses import dataclass

LEVELS: tuple[str, ...] = ("L1", "L2", "L3", "L4", "L5")
DISC_LEVELS: tuple[str, ...] = ("L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1")
ROOTS: tuple[str, ...] = ("L1", "L2", "L3", "L4", "L5", "S1")
# The lower sacral roots leave through the 2nd-4th anterior sacral foramina; they are drawn
# but have no dermatome or pinch logic (no scene presses them).
SACRAL_ROOTS: tuple[str, ...] = ("S2", "S3", "S4")
SIDES: tuple[str, ...] = ("left", "right")


@dataclass(frozen=True)
class VertebraDims:
    """One lumbar vertebra (anatomy.md, 'Vertebrae' table)."""

    height_anterior: float  # body height ant.
    height_posterior: float  # body height post.
    endplate_width: float
    endplate_depth: float
    canal_ap: float  # canal AP
    canal_width: float  # canal width (interpedicular)
    pedicle_width: float
    pedicle_height: float
    pedicle_medial_angle: float  # degrees
    transverse_span: float  # tip to tip
    facet_angle: float  # joint plane from sagittal, degrees (at the joint below this vertebra)
    spinous_length: float  # from the lamina junction to the tip


@dataclass(frozen=True)
class DiscDims:
    """One intervertebral disc (anatomy.md, 'Discs' table)."""

    height_anterior: float
    height_posterior: float
    lordosis: float  # standing segmental lordosis, degrees (whole segment, for checks)
    nucleus_area_fraction: float


VERTEBRAE: dict[str, VertebraDims] = {
    "L1": VertebraDims(25.0, 26.0, 41.0, 32.0, 18.0, 23.0, 8.6, 15.0, 11.0, 73.0, 28.0, 30.0),
    "L2": VertebraDims(26.5, 26.5, 43.0, 33.0, 17.0, 24.0, 8.3, 15.0, 14.0, 82.0, 32.0, 31.0),
    "L3": VertebraDims(27.5, 26.5, 44.5, 34.0, 16.0, 24.5, 10.2, 14.5, 13.0, 90.0, 42.0, 31.0),
    "L4": VertebraDims(27.5, 25.5, 47.0, 35.0, 17.0, 25.5, 13.5, 14.0, 16.0, 87.0, 48.0, 30.0),
    "L5": VertebraDims(28.5, 24.5, 49.0, 35.5, 18.0, 27.5, 18.0, 13.0, 28.0, 93.0, 53.0, 26.0),
}

DISCS: dict[str, DiscDims] = {
    "L1-L2": DiscDims(8.0, 5.5, 1.2, 0.40),
    "L2-L3": DiscDims(9.5, 6.5, 5.9, 0.40),
    "L3-L4": DiscDims(10.5, 7.0, 9.1, 0.40),
    "L4-L5": DiscDims(12.0, 8.0, 12.7, 0.40),
    "L5-S1": DiscDims(13.5, 7.0, 21.6, 0.38),
}


@dataclass(frozen=True)
class SacrumDims:
    """S1 and the sacrum below it (anatomy.md, 'Sacrum')."""

    endplate_width: float = 50.0
    endplate_depth: float = 35.0
    slope: float = 40.0  # sacral slope, degrees
    ala_span: float = 100.0
    canal_width: float = 30.0
    canal_ap: float = 20.0
    foramen_width: float = 13.0
    foramen_height: float = 12.0
    length: float = 95.0  # S1 endplate to the apex along the curve (approx.)


SACRUM = SacrumDims()

# Endplates: concave inside a ring apophysis (anatomy.md, 'Vertebrae' notes).
ENDPLATE_CONCAVITY_UPPER_OF_DISC = 0.7  # the lower endplate of the vertebra above
ENDPLATE_CONCAVITY_LOWER_OF_DISC = 1.5  # "the upper endplate of each disc more so": lower vertebra's top
RING_APOPHYSIS_FRACTION = 0.82  # concavity starts inside this fraction of the outline radius

# Dural sac: ~150 mm2 at L4-L5 (Schonstrom 1985); it narrows towards S1 and ends near S2.
# Sections are ellipses (width x AP): 17 x 11.5 gives ~154 mm2; the sac stays near normal size
# down to the L5-S1 disc (relative stenosis is < 100 mm2 at any level) and tapers in the sacrum.
DURA_WIDTH = {"L1": 17.0, "L2": 17.0, "L3": 17.0, "L4": 17.0, "L5": 16.5, "S1": 16.0}
DURA_AP = {"L1": 12.0, "L2": 12.0, "L3": 11.5, "L4": 11.5, "L5": 11.5, "S1": 11.0}

# Nerve roots: diameter 3.9 mm at L1 to 5.5 at S1; ganglion width x length 4.4 x 5.4 (L1) to
# 5.8 x 10.8 (L5); takeoff angle from the sac about 70 (L1) to 30 (L5) and 20 (S1) degrees.
ROOT_DIAMETER = {
    "L1": 3.9,
    "L2": 4.1,
    "L3": 4.4,
    "L4": 4.7,
    "L5": 5.0,
    "S1": 5.5,
    "S2": 4.0,
    "S3": 3.0,
    "S4": 2.4,
}
GANGLION_SIZE = {  # (width, length)
    "L1": (4.4, 5.4),
    "L2": (4.8, 6.8),
    "L3": (5.1, 8.1),
    "L4": (5.5, 9.5),
    "L5": (5.8, 10.8),
    "S1": (5.8, 10.0),
    "S2": (4.6, 7.0),  # sacral ganglia get smaller going down (approx.)
    "S3": (3.6, 6.0),
    "S4": (3.0, 5.0),
}
ROOT_TAKEOFF_DEG = {"L1": 70.0, "L2": 60.0, "L3": 50.0, "L4": 40.0, "L5": 30.0, "S1": 20.0}

# Shape of the posterior arch (anatomy-shape.md, 'Posterior arch'): the angle between the two
# laminae opens from ~108 degrees at L5 to ~124 at L1 (Wang 2024); laminae ~6 mm thick and
# ~22 mm tall; spinous process 17-31 mm tall (a hatchet, smallest at L5); facets 13-16 mm wide
# and 15-18 mm tall, curved in top view (J/C), flatter at L1-L2 and more curved below, so the
# radius of the curved facet surface falls going down (approx., from the textbook shape).
INTERLAMINAR_ANGLE = {"L1": 124.0, "L2": 120.0, "L3": 116.0, "L4": 112.0, "L5": 108.0}
LAMINA_THICKNESS = 6.0
LAMINA_HEIGHT = 22.0
SPINOUS_HEIGHT = {"L1": 24.0, "L2": 24.0, "L3": 23.0, "L4": 21.0, "L5": 18.0}  # at the tip
PEDICLE_LENGTH = 9.0  # body to the root of the articular pillar (approx.)
# The notches above and below a pedicle (anatomy-shape.md): the inferior one is deep, its roof
# arching up under the pedicle; the superior one is shallow. Together they thin the pedicle's
# waist by 1-1.3 mm (within 10% of the table's heights). L1's inferior notch is the deepest (and
# its superior one flush): with the table's tall L1 pedicle, L1 body and thin L1-L2 disc, a
# shallower one leaves the L1-L2 foramen under the normal 18 mm (17.3 at 0.75 mm).
PEDICLE_NOTCH_ARCH = {"L1": 1.3, "L2": 0.75, "L3": 0.75, "L4": 0.75, "L5": 0.75}
PEDICLE_NOTCH_DIP = {"L1": 0.0, "L2": 0.5, "L3": 0.3, "L4": 0.3, "L5": 0.3}
FACET_WIDTH = 14.5
FACET_HEIGHT = 16.5
FACET_RADIUS = {"L1-L2": 26.0, "L2-L3": 22.0, "L3-L4": 17.0, "L4-L5": 14.0, "L5-S1": 14.0}
BODY_WAIST = 0.12  # mid-height section 10-15% smaller than the endplates

LIGAMENTUM_FLAVUM_THICKNESS = 3.1  # Chokshi 2010
FACET_JOINT_SPACE = 2.5  # normal 2-4 mm

# Normal ranges used by measurements and checks (anatomy.md, 'Canal, sac and foramen').
DURAL_SAC_AREA_NORMAL = 150.0
DURAL_SAC_AREA_RELATIVE_STENOSIS = 100.0
DURAL_SAC_AREA_ABSOLUTE_STENOSIS = 75.0
FORAMEN_HEIGHT_NORMAL = (18.0, 23.0)
FORAMEN_HEIGHT_NARROW = 15.0
LORDOSIS_RANGE = (40.0, 60.0)  # L1 upper endplate to S1, standing (segmental sum ~50)


def disc_between(level: str) -> tuple[str, str]:
    """Upper and lower bone of a disc level: 'L4-L5' -> ('L4', 'L5'), 'L5-S1' -> ('L5', 'S1')."""
    upper, lower = level.split("-")
    return upper, lower


def exit_level(root: str) -> str:
    """The foramen a root leaves by: a lumbar root exits below its own pedicle (L4 at L4-L5);
    a sacral root by its own sacral foramen (named by the root)."""
    if root == "S1" or root in SACRAL_ROOTS:
        return root
    i = LEVELS.index(root)
    return DISC_LEVELS[i]
