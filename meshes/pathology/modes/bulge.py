"""Bulge: the disc's rim pushed out broadly, over more than a quarter of its circumference
(Fardon 2014), most toward the state's direction."""

from __future__ import annotations

from meshes.pathology.disc_warp import DiscWarp
from meshes.pathology.mode import Condition, FailureMode, Parameter

BULGE_MM = 4.0  # full bulge: broad extension past the rim (Fardon: bulge; 3-5 mm)


def shape(warp: DiscWarp, ds) -> None:
    warp.bulge_mm += BULGE_MM * ds.bulge


def condition_state(severity: float, direction: str, side: str) -> dict:
    return {"bulge": severity, "direction": "central", "side": side}


MODE = FailureMode(
    name="bulge",
    label="Bulge",
    order=10,
    parameters=(Parameter("bulge"),),  # 1 = about 4 mm
    shape=shape,
    condition=Condition(
        rank=2,
        label="Bulge",
        tip="The disc's rim pushes out a little all the way round",
        scene="disc_bulge",
        state=condition_state,
        symptom="The disc bulges out all round, also",
    ),
)
