"""Herniation: nucleus material through the annulus, from protrusion (a dome, the annulus still
whole) to extrusion (a tongue through an opened seam) to sequestration (a loose piece that may
migrate up or down); the standard stages of Fardon 2014. Millimetres."""

from __future__ import annotations

import numpy as np

from meshes.pathology.disc_warp import DiscWarp
from meshes.pathology.frame import smoothstep
from meshes.pathology.mode import Condition, FailureMode, Parameter
from meshes.pathology.tongue import Tongue, exit_at

# Where each standard stage begins on the 0..1 scale.
PROTRUSION_AT = 0.15
EXTRUSION_AT = 0.5
SEQUESTRATION_AT = 0.85

PROTRUSION_MM = 3.2  # dome of a protrusion at its peak
NECK_RADIUS = 2.1
DOME_MAX = 4.2
EXTRUDE_PAST_RIM = 7.5  # how far past the rim an extrusion's dome reaches at its peak
MIGRATION_MM = 9.0
FORAMINAL_RISE = 0.45  # of the disc height


def shape(warp: DiscWarp, ds) -> None:
    if ds.herniation <= 0.0:
        return
    prot = smoothstep(PROTRUSION_AT, EXTRUSION_AT, ds.herniation)
    ext = smoothstep(EXTRUSION_AT, SEQUESTRATION_AT, ds.herniation)
    bump = PROTRUSION_MM * prot * (1.0 - 0.6 * ext)
    warp.dome_mm += bump
    warp.open_seam(smoothstep(0.0, EXTRUSION_AT, ds.herniation) * 1.05)
    warp.offer_tongue(_tongue(warp, ds.herniation, ds.migration, bump))


def _tongue(warp: DiscWarp, progress: float, migration: float, bump: float) -> Tongue:
    """The tongue at a stage: a finger inside the fissure, then a neck and a growing dome past
    the rim, then a dome nearly cut off that migrates."""
    prot = smoothstep(PROTRUSION_AT, EXTRUSION_AT, progress)
    ext = smoothstep(EXTRUSION_AT, SEQUESTRATION_AT, progress)
    seq = smoothstep(SEQUESTRATION_AT, 1.0, progress)
    frame, ex = warp.frame, exit_at(warp.disc, warp.frame, warp.theta)
    through = ex.wall + bump + 0.8
    patch = min(0.36 * frame.height, 4.2)
    if ext <= 0.0:
        length = float(prot) * 0.8 * (through - 0.8)
        return Tongue(ex.base, ex.out, ex.across, ex.up, length, through, patch, NECK_RADIUS, 0.0, 0.0)
    dome = NECK_RADIUS + (DOME_MAX - NECK_RADIUS) * float(ext)
    # Out in the foramen the disc material rides up toward the exiting root under the pedicle.
    rise = FORAMINAL_RISE * frame.height * float(ext) if abs(np.cos(warp.theta)) > 0.5 else 0.0
    length = through + 2 * dome + (EXTRUDE_PAST_RIM - 2 * DOME_MAX) * float(ext) + 1.5 * float(seq)
    neck = NECK_RADIUS * (1.0 - 0.93 * float(seq))
    lift = rise + MIGRATION_MM * migration * float(seq)
    return Tongue(ex.base, ex.out, ex.across, ex.up, length, through, patch, neck, dome, lift)


def condition_state(severity: float, direction: str, side: str) -> dict:
    """The slider's first stretch also bulges the disc a little (gone by 0.4)."""
    early = float(np.clip(severity / PROTRUSION_AT, 0, 1) * np.clip((0.4 - severity) / 0.25, 0, 1))
    return {"herniation": severity, "bulge": 0.4 * early, "direction": direction, "side": side}


MODE = FailureMode(
    name="herniation",
    label="Herniation",
    order=20,
    # herniation: 0 none, then protrusion, extrusion, sequestration (see *_AT); migration -1..1:
    # a free fragment slides down (-) or up (+), 1 = about 10 mm
    parameters=(Parameter("herniation"), Parameter("migration", -1.0, 1.0)),
    shape=shape,
    condition=Condition(
        rank=1,
        label="Herniation",
        tip="Part of the soft centre of the disc pushes out through the outer ring",
        scene="herniated_disc",
        state=condition_state,
        symptom="Disc material has pushed out",
        directed=True,
        stages=(
            ("bulge", 0.0),
            ("protrusion", PROTRUSION_AT),
            ("extrusion", EXTRUSION_AT),
            ("sequestration", SEQUESTRATION_AT),
        ),
        stage_tip=(
            f"The standard stages (Fardon 2014): protrusion from {PROTRUSION_AT:.0%} of the slider, "
            f"extrusion from {EXTRUSION_AT:.0%}, sequestration (loose piece) from {SEQUESTRATION_AT:.0%}"
        ),
        scale="bulge → protrusion → extrusion → sequestration",
    ),
)
