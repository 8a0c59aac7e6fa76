"""Degeneration: a drying nucleus, a disc that loses height (the segment above settles on its
facet joints), bone spurs, a thicker ligamentum flavum and a narrowed canal (Pfirrmann V at 1)."""

from __future__ import annotations

from meshes.pathology.disc_warp import DiscWarp, Narrowing
from meshes.pathology.mode import Condition, FailureMode, Parameter

DEGEN_BULGE_MM = 2.0
HEIGHT_LOSS = 0.5  # of the mean disc height at degeneration 1 (Pfirrmann V: collapse)
DRY_SHRINK = 0.3  # radial shrink of a fully dried nucleus (what is left fits the collapsed disc)
SPUR_MM = 4.5
FLAVUM_GROWTH_MM = 2.6  # 3.1 mm -> ~5.7 mm (Chokshi 2010: 4.9-5.3 thickened)


def shape(warp: DiscWarp, ds) -> None:
    g = ds.degeneration
    if g <= 0.0:
        return
    warp.bulge_mm += DEGEN_BULGE_MM * g
    warp.dry *= 1.0 - DRY_SHRINK * g
    warp.settle += HEIGHT_LOSS * g
    # The sac must fit in an ellipse shrinking with degeneration, its front at the back of the
    # bulged disc.
    warp.narrowing = Narrowing(
        spur_mm=SPUR_MM * g,
        flavum_mm=FLAVUM_GROWTH_MM * g,
        width=7.6 - 2.8 * g,
        depth=11.0 - (FLAVUM_GROWTH_MM + DEGEN_BULGE_MM + 1.5) * g,
        front=DEGEN_BULGE_MM * g + 0.8,
    )


def condition_state(severity: float, direction: str, side: str) -> dict:
    """A worn disc also moves more than it should."""
    return {"degeneration": severity, "instability": severity}


MODE = FailureMode(
    name="degeneration",
    label="Degeneration",
    order=40,
    parameters=(Parameter("degeneration"),),
    shape=shape,
    condition=Condition(
        rank=4,
        label="Worn disc (degeneration)",
        tip="A worn, dried-out disc: it loses height, and bone spurs grow beside it",
        scene="degenerated_disc",
        state=condition_state,
        symptom="The worn disc and its bone spurs bulge",
        measured=True,
    ),
)
