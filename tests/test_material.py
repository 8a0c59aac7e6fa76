"""Material is conserved (DESIGN.md): a healthy level reports its rest nucleus and no fragment,
and at a sick level the nucleus plus what left it keeps the dried nucleus' volume, in every
preset at every step (issue 18, defect 5)."""

from __future__ import annotations

import numpy as np
import pytest

from meshes.conditions import condition_state
from meshes.dimensions import DISC_LEVELS
from meshes.measure import measure
from meshes.pathology.engine import context, warp_of
from meshes.pathology.frame import mesh_volume
from scenes.catalog import load_catalog
from scenes.timeline import frame_at

PRESETS = ["healthy_tour", "herniated_disc", "torn_disc", "disc_bulge", "degenerated_disc"]


def rest_nucleus(model, d: str) -> float:
    part = model.parts[f"nucleus.{d}"]
    return mesh_volume(part.vertices, part.faces)


def check_material(model, state) -> None:
    m = measure(model, state)
    ctx = context(model)
    for d in DISC_LEVELS:
        lv, ds = m.levels[d], state.disc(d)
        if ds.is_healthy:
            assert lv.fragment_volume == 0.0, f"{d} is healthy but reports a fragment"
            assert lv.nucleus_volume == pytest.approx(rest_nucleus(model, d), rel=1e-6), d
        else:
            target = ctx.nucleus_volume[d] * warp_of(ctx, d, ds).dry ** 2
            got = lv.nucleus_volume + lv.fragment_volume
            assert got == pytest.approx(target, rel=0.02), f"{d}: {got:.0f} mm3, expected {target:.0f}"


def test_degeneration_reports_rest_values_at_healthy_levels(model):
    check_material(model, condition_state("degeneration", level="L4-L5", severity=1.0))


@pytest.mark.parametrize("scene_id", PRESETS)
def test_material_is_conserved_at_every_step(scene_id, model):
    scene = {s.id: s for s in load_catalog()[0]}[scene_id]
    times = [s.time for s in scene.steps]
    # each step as it starts, and halfway into it (mid-animation)
    ends = [*times[1:], scene.duration]
    for t in sorted({*times, *((a + b) / 2 for a, b in zip(times, ends, strict=True))}):
        check_material(model, frame_at(scene, t).state)


@pytest.mark.parametrize("condition", ["herniation", "degeneration", "bulge", "tear"])
def test_material_is_conserved_at_every_severity(condition, model):
    for sev in np.linspace(0.0, 1.0, 5):
        check_material(model, condition_state(condition, level="L5-S1", side="right", severity=float(sev)))
