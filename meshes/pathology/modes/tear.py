"""Annular tear (fissure): a radial split opens the annulus seam from the nucleus outward, and
gel may seep into it; a concentric one parts the layers along an arc behind the nucleus."""

from __future__ import annotations

import numpy as np

from meshes.pathology.disc_warp import DiscWarp
from meshes.pathology.mode import Condition, FailureMode, Option, Parameter
from meshes.pathology.tongue import Tongue, exit_at


def shape(warp: DiscWarp, ds) -> None:
    if ds.fissure <= 0.0:
        return
    if ds.fissure_kind == "radial":
        warp.open_seam(ds.fissure)
    else:
        warp.delamination = max(warp.delamination, ds.fissure)
    warp.wedge = True
    if ds.leak > 0.0:
        warp.offer_tongue(_leak_tongue(warp, ds))


def _leak_tongue(warp: DiscWarp, ds) -> Tongue:
    """Gel seeping into a radial fissure: a thin finger as deep as the fissure allows."""
    ex = exit_at(warp.disc, warp.frame, warp.theta)
    length = ds.leak * ds.fissure * 0.85 * ex.wall
    return Tongue(ex.base, ex.out, ex.across, ex.up, length, ex.wall, 1.4, 0.6, 0.0, 0.0)


def condition_state(severity: float, direction: str, side: str) -> dict:
    """A deep tear (past 0.6) starts to leak."""
    leak = float(np.clip((severity - 0.6) / 0.4, 0, 1)) * 0.6
    return {"fissure": severity, "leak": leak, "direction": direction, "side": side}


MODE = FailureMode(
    name="tear",
    label="Tear (annular fissure)",
    order=30,
    # fissure: depth from the nucleus outward, 1 = through; leak: nucleus gel seeping out of it
    parameters=(Parameter("fissure"), Parameter("leak")),
    shape=shape,
    options=(Option("fissure_kind", ("radial", "concentric"), "radial"),),
    condition=Condition(
        rank=3,
        label="Tear (annular fissure)",
        tip="A split in the tough outer ring of the disc (annular fissure)",
        scene="torn_disc",
        state=condition_state,
        symptom="Disc material leaking through the tear has come out",
        directed=True,
    ),
)
