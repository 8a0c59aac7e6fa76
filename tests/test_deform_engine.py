"""The pathology engine's shortcuts give what the plain computation gives: roots pushed all at
once move as if pushed one at a time, the contact field from per-model tables is the field where
contact looks, and results kept from earlier frames are the ones a fresh computation returns."""

from __future__ import annotations

import numpy as np
import pytest

from meshes.conditions import condition_state
from meshes.contact import push_out, push_tubes
from meshes.dimensions import DISC_LEVELS
from meshes.pathology.engine import context, deform, deform_with_contacts, shape_disc, warp_of
from meshes.pathology.fields import CLEARANCE, FAR_MM, RestPoints, field_at
from meshes.state import HEALTHY, PathologyState


@pytest.fixture(scope="module")
def normal():
    from meshes.model import build_model

    return build_model("normal")


def _push_one_root(points, rings, caps, field, clearance=0.35, iters=12):
    """The root push as written before roots were batched (one root, np.convolve spread)."""
    sections = points[rings]
    centres = sections.mean(axis=1)
    radius = np.linalg.norm(sections - centres[:, None], axis=2).max(axis=1)
    if np.min(field(centres) - radius) > clearance:
        return points, 0.0
    p = points.copy()
    rings_full = rings
    d_all = field(p[rings].reshape(-1, 3)).reshape(rings.shape)
    depth = float(max(0.0, clearance - d_all.min()))
    if depth <= 0.0:
        return p, 0.0
    near = np.nonzero(d_all.min(axis=1) < clearance + 6.0)[0]
    rings = rings[near.min() : near.max() + 1]
    sec = p[rings]
    n, m, _ = sec.shape
    need = np.zeros(n)
    direction = np.zeros((n, 3))
    offsets = np.concatenate([np.eye(3), -np.eye(3)]) * 0.2
    for _ in range(iters):
        d = field(sec.reshape(-1, 3)).reshape(n, m)
        short = clearance - d.min(axis=1)
        hit = short > 1e-4
        if not hit.any():
            break
        q = sec[np.arange(n), d.argmin(axis=1)][hit]
        v = field((q[None] + offsets[:, None]).reshape(-1, 3)).reshape(6, len(q))
        g = (v[:3] - v[3:]).T
        g /= np.maximum(np.linalg.norm(g, axis=1, keepdims=True), 1e-9)
        step = np.zeros((n, 3))
        step[hit] = g * short[hit, None]
        kernel = np.array([0.25, 0.5, 1.0, 0.5, 0.25])
        spread = np.stack([np.convolve(step[:, k], kernel, mode="same") for k in range(3)], axis=1)
        mag = np.linalg.norm(step, axis=1, keepdims=True)
        smag = np.linalg.norm(spread, axis=1, keepdims=True)
        spread = np.where(
            smag > mag, spread / np.maximum(smag, 1e-9) * np.maximum(mag, np.minimum(smag, 1.0)), step
        )
        sec = sec + spread[:, None, :]
        need += np.linalg.norm(spread, axis=1)
        direction += spread
    pressed = need > 0.05
    if pressed.any():
        u = direction[pressed] / np.maximum(np.linalg.norm(direction[pressed], axis=1, keepdims=True), 1e-9)
        rel = sec[pressed] - sec[pressed].mean(axis=1)[:, None, :]
        along = np.einsum("smk,sk->sm", rel, u)
        face = along.min(axis=1)
        squash = np.clip(0.25 * need[pressed] / (np.ptp(along, axis=1) + 1e-9), 0.0, 0.45)
        new_along = face[:, None] + (along - face[:, None]) * (1.0 - squash[:, None])
        sec[pressed] = sec[pressed] + (new_along - along)[..., None] * u[:, None, :]
    p[rings] = sec
    p[caps[0]] = p[rings_full[0]].mean(axis=0)
    p[caps[1]] = p[rings_full[-1]].mean(axis=0)
    idx = rings.ravel()
    p[idx], _ = push_out(p[idx], field, clearance)
    return p, depth


def _state_pushers(model, state) -> tuple:
    """The engine's context, the vertices after the disc shapes, and the shapes (disc, spurs,
    tongue) that push roots in ``state``."""
    ctx = context(model)
    out = {pid: p.vertices for pid, p in model.parts.items()}
    pushers: list = []
    for d, ds in state.discs:
        if not ds.is_healthy:
            shape_disc(ctx, warp_of(ctx, d, ds), out, pushers)
    return ctx, out, pushers


@pytest.mark.parametrize(
    "state",
    [
        condition_state("herniation", "L4-L5", "left", "paracentral", 0.75),
        condition_state("herniation", "L5-S1", "right", "foraminal", 0.95),
        HEALTHY.with_disc("L4-L5", bulge=1.0, degeneration=0.6),
    ],
)
def test_roots_pushed_together_move_as_if_pushed_one_at_a_time(normal, state):
    ctx, out, pushers = _state_pushers(normal, state)

    def field(p):
        return np.min(np.stack([f(p) for f in pushers]), axis=0)

    keys = list(ctx.root_rings)
    tubes = [(out[f"root.{k}"], *ctx.root_rings[k]) for k in keys]
    together = push_tubes(tubes, field, CLEARANCE)
    pressed = 0
    for (pts, rings, caps), (moved, depth) in zip(tubes, together, strict=True):
        alone, alone_depth = _push_one_root(pts, rings, caps, field, CLEARANCE)
        assert depth == pytest.approx(alone_depth, abs=1e-9)
        if depth > 0.0:
            pressed += 1
            assert np.abs(moved - alone).max() < 1e-9
    assert pressed >= 1  # the states do press a root


@pytest.mark.parametrize(
    "state",
    [
        condition_state("herniation", "L4-L5", "left", "paracentral", 0.75),
        condition_state("herniation", "L5-S1", "right", "foraminal", 0.95),
        HEALTHY.with_disc("L3-L4", bulge=1.0, degeneration=0.6),
    ],
)
def test_field_at_kept_rest_points_is_the_field_where_contact_looks(normal, state):
    ctx, out, pushers = _state_pushers(normal, state)
    rest, looked = normal.parts["dura"].vertices, 0
    for pts in [
        rest,
        *(
            normal.parts[f"root.{k}"].vertices[rings].reshape(-1, 3)
            for k, (rings, _) in ctx.root_rings.items()
        ),
    ]:
        kept = field_at(pushers, RestPoints(pts))
        plain = np.min(np.stack([f(pts) for f in pushers]), axis=0)
        near = plain < FAR_MM
        assert np.allclose(kept[near], plain[near], rtol=0.0, atol=1e-9)
        assert (kept[~near] >= FAR_MM).all()  # farther only reads "far"
        looked += int(near.sum())
    assert looked > 500


def test_kept_results_are_what_a_fresh_computation_gives(normal):
    ctx = context(normal)
    base = condition_state("degeneration", "L4-L5", severity=0.8).with_disc("L4-L5", instability=0.7)
    states = [
        condition_state("herniation", "L4-L5", "left", "paracentral", 0.6),
        condition_state("herniation", "L4-L5", "left", "paracentral", 0.6),  # the same again
        PathologyState(base.discs, phase=0.25),
        PathologyState(base.discs, phase=0.6),  # same discs, the unstable segment rocks on
        PathologyState(base.discs, phase=0.25),
        PathologyState(condition_state("degeneration", "L3-L4", severity=0.5).discs, phase=0.1),
        PathologyState(condition_state("degeneration", "L3-L4", severity=0.5).discs, phase=0.9),
    ]
    for state in states:
        kept, kept_contacts = deform_with_contacts(normal, state)
        ctx.reset_cache()
        fresh, fresh_contacts = deform_with_contacts(normal, state)
        assert kept_contacts == fresh_contacts
        for pid in normal.parts:
            assert np.array_equal(kept[pid], fresh[pid]), pid
    a = deform(normal, PathologyState(base.discs, phase=0.25))["vertebra.L4"]
    b = deform(normal, PathologyState(base.discs, phase=0.6))["vertebra.L4"]
    assert np.abs(a - b).max() > 0.1  # the phase still moves an unstable segment


def test_all_levels_at_once_stay_finite_and_press_their_roots(normal):
    state = HEALTHY
    for d in DISC_LEVELS:
        state = state.with_disc(d, herniation=0.7, degeneration=0.5, side="right")
    out, contacts = deform_with_contacts(normal, state)
    assert all(np.isfinite(v).all() for v in out.values())
    assert max(contacts.root_depth.values()) > 0.0


def test_model_cache_key_leaves_out_the_deformation_modules():
    """Editing the engine must not throw away the cached rest model (a minute to rebuild), while
    every module the builders import, even lazily, still keys it."""
    import subprocess
    import sys

    from meshes.model import build_modules

    built = set(build_modules())
    assert {"assemble", "model", "disc", "nerves", "clearance", "isosurface"} <= built
    assert not built & {"pathology", "contact", "measure", "state", "conditions"}
    imports = "; ".join(f"import meshes.{name}" for name in sorted(built))
    loaded = subprocess.run(
        [sys.executable, "-c", f"import sys; {imports}; print(*sorted(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert {m.removeprefix("meshes.") for m in loaded if m.startswith("meshes.")} <= built


def test_the_package_names_stay_the_engines_once_every_module_is_loaded():
    """`from meshes.pathology import context` is the engine's function, never a submodule of the
    same name (a loaded submodule would shadow a lazily exported name)."""
    import importlib
    import pkgutil
    import types

    import meshes.pathology as package

    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        importlib.import_module(info.name)
    for name in package.__all__:
        assert not isinstance(getattr(package, name), types.ModuleType), name
