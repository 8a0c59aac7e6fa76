"""Bone signed-distance functions in world coordinates, with the boxes they are meshed in."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import numpy as np
from numpy.typing import NDArray

from .dimensions import DISC_LEVELS, LEVELS, SIDES, VERTEBRAE
from .joints import Joint, joints
from .layout import body_mean_height, disc_mean_height, layout
from .sacrum import sacrum_sdf
from .vertebra import vertebra_sdf

Array = NDArray[np.float64]
BONES: tuple[str, ...] = (*LEVELS, "S1")


def top_joint(side: str) -> Joint:
    """The T12-L1 facet joint (T12 is not modelled), so L1 has its superior articular processes:
    the L1-L2 joint carried up L1's axis by L1's height and the L1-L2 disc's."""
    j = joints()[(DISC_LEVELS[0], side)]
    up = layout().bones[LEVELS[0]].R[:, 2] * (body_mean_height(LEVELS[0]) + disc_mean_height(DISC_LEVELS[0]))
    return Joint(j.centre + up, j.normal, j.u, j.v, j.radius)


def bone_sdf(bone: str) -> Callable[[Array], Array]:
    """Signed distance (mm) of a bone at world points (n, 3)."""
    frame, local = layout().bones[bone], bone_local_sdf(bone)
    return lambda p: local(frame.to_local(p))


def bone_local_sdf(bone: str) -> Callable[[Array], Array]:
    """Signed distance (mm) of a bone at points (n, 3) in its own frame (what its grid samples:
    no trip through world axes and back for each of a build's million samples)."""
    frame = layout().bones[bone]
    J = joints()
    if bone == "S1":
        above = {s: J[("L5-S1", s)] for s in SIDES}
        return lambda q: sacrum_sdf(q, above, frame.to_local)
    i = LEVELS.index(bone)
    above = {s: J[(DISC_LEVELS[i - 1], s)] for s in SIDES} if i > 0 else {s: top_joint(s) for s in SIDES}
    below = {s: J[(DISC_LEVELS[i], s)] for s in SIDES}
    return lambda q: vertebra_sdf(bone, q, above, below, frame.to_local)


def bone_local_box(bone: str) -> tuple[Array, Array]:
    """Local-frame box that holds the bone (mm)."""
    if bone == "S1":
        return np.array([-58.0, -50.0, -121.0]), np.array([58.0, 31.0, 22.0])
    v = VERTEBRAE[bone]
    H = body_mean_height(bone)
    half = 0.5 * v.transverse_span + 3.0
    return (
        np.array([-half, -(0.5 * v.endplate_depth + v.canal_ap + v.spinous_length + 16.0), -16.0]),
        np.array([half, 0.5 * v.endplate_depth + 3.0, H + 20.0]),
    )


@cache
def _world_boxes() -> dict[str, tuple[Array, Array]]:
    out = {}
    for b in BONES:
        lo, hi = bone_local_box(b)
        corners = np.array(
            [[x, y, z] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])]
        )
        w = layout().bones[b].to_world(corners)
        out[b] = (w.min(axis=0), w.max(axis=0))
    return out


@cache
def _cached_sdf(bone: str):
    return bone_sdf(bone)


def all_bones_sdf(p: Array, far: float = 8.0) -> Array:
    """Distance to the nearest bone at world points (union of every bone). Bones whose box is
    more than `far` mm away from a point are skipped: there the answer is simply 'far'."""
    out = np.full(len(p), far)
    for b, (lo, hi) in _world_boxes().items():
        near = np.all((p > lo - far) & (p < hi + far), axis=1)
        if near.any():
            out[near] = np.minimum(out[near], _cached_sdf(b)(p[near]))
    return out
