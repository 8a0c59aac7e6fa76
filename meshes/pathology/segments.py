"""Motion of the segments above sick discs: a collapsing disc lets everything above it settle,
an unstable one rocks and slips with the scene's phase. Each move hinges on the facet joints and
carries the parts above rigidly, blended through the disc and along the sac."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from meshes.dimensions import DISC_LEVELS, LEVELS

from .disc_warp import DiscWarp
from .frame import axial_weight, homogeneous
from .tables import Context

Array = NDArray[np.float64]


def prepare(ctx: Context) -> None:
    """Each segment's weights per part, and the rigid blocks one product moves."""
    for d in DISC_LEVELS:
        ctx.segment_weights[d] = _segment_weights(ctx, d)
    _rigid_blocks(ctx)


def _root_weight(fr, p: Array) -> Array | float:
    """A root moves with its own bone, but its nerve further down (over the sacrum, past the
    lower bone) stays where it is anchored: 1 down to 4 mm below the disc, 0 from 12 mm."""
    z = (p - fr.centre) @ fr.R[:, 2]
    w = np.clip((z + 0.5 * fr.height + 12.0) / 8.0, 0.0, 1.0)
    return 1.0 if bool(np.all(w == 1.0)) else w


def _segment_weights(ctx: Context, d: str) -> list[tuple[str, float | Array]]:
    """How much of a segment's motion each part takes (1: all; per-vertex column: blended);
    parts that stay put are left out."""
    order = {level: i for i, level in enumerate(DISC_LEVELS)}
    fr, i = ctx.frames[d], order[d]
    weights: list[tuple[str, float | Array]] = []
    for pid, part in ctx.model.parts.items():
        kind = pid.split(".")[0]
        if kind in ("vertebra", "sacrum"):
            bone = "S1" if kind == "sacrum" else pid.split(".")[1]
            w = 1.0 if bone in ctx.bone_above[d] else 0.0
        elif kind in ("annulus", "nucleus", "flavum", "facet"):
            j = order[pid.split(".")[1]]
            if j < i:
                w = 1.0
            elif j > i:
                w = 0.0
            elif kind == "facet":
                w = 0.5
            elif kind == "flavum":
                w = axial_weight(fr, part.vertices)
            else:
                w = np.clip(part.param[:, 2], 0.0, 1.0)
        elif kind == "root":  # a root goes with the bone it belongs to, down to below the disc
            root = pid.split(".")[1]
            w = _root_weight(fr, part.vertices) if (root in LEVELS and LEVELS.index(root) <= i) else 0.0
        else:  # the sac: blended along the axis
            w = axial_weight(fr, part.vertices)
        if not np.isscalar(w):  # per vertex, repeated for x, y, z (faster than broadcasting)
            w = np.repeat(w[:, None], 3, axis=1)
        if not (np.isscalar(w) and w == 0.0):
            weights.append((pid, w))
    return weights


def _rigid_blocks(ctx: Context) -> None:
    """Order the parts by the highest segment they move rigidly with (the parts moving with a
    segment move with every segment below it), and keep their homogeneous rest vertices in one
    array in that order."""
    first = {}
    for i, d in enumerate(DISC_LEVELS):
        for pid, w in ctx.segment_weights[d]:
            if np.isscalar(w) and w == 1.0:
                first.setdefault(pid, i)
    order = sorted(ctx.model.parts, key=lambda pid: first.get(pid, len(DISC_LEVELS)))
    ctx.block = homogeneous(np.concatenate([ctx.model.parts[pid].vertices for pid in order]))
    at, where = 0, {}
    for pid in order:
        n = len(ctx.model.parts[pid].vertices)
        where[pid] = slice(at, at + n)
        ctx.homogeneous[pid] = ctx.block[at : at + n]
        at += n
    for i, d in enumerate(DISC_LEVELS):
        rigid = [pid for pid, w in ctx.segment_weights[d] if np.isscalar(w) and w == 1.0]
        lead = [pid for pid in order if first.get(pid, len(DISC_LEVELS)) <= i]
        if sorted(rigid) != sorted(lead):  # (not nested: each part on its own)
            continue
        rows = where[lead[-1]].stop if lead else 0
        others = [(pid, w) for pid, w in ctx.segment_weights[d] if pid not in set(lead)]
        ctx.rigid_block[d] = (rows, [(pid, where[pid]) for pid in lead], others)


def move_segments(ctx: Context, warps: list[DiscWarp], phase: float, out: dict[str, Array]) -> None:
    """Apply each segment's settling/rocking to everything above it, top disc first."""
    moves = [(w.disc, _rigid(ctx, w, phase)) for w in warps]
    moves = [(d, m) for d, m in moves if m is not None]
    if not moves:
        return
    order = {d: i for i, d in enumerate(DISC_LEVELS)}
    moves.sort(key=lambda dm: order[dm[0]])
    parts = ctx.model.parts
    for d, (R, c, t) in moves:
        # (v - c) R^T + c + t as one 4x4 product on homogeneous points; blended parts move by
        # their weight times the displacement (the same product with R^T - I).
        M = np.zeros((4, 3))
        M[:3] = R.T
        M[3] = c - c @ R.T + t
        D = M.copy()
        D[:3] -= np.eye(3)
        block = ctx.rigid_block.get(d)
        if block is None:
            others = ctx.segment_weights[d]
        else:  # what moves rigidly at rest: one product (the arrays are views of it)
            rows, lead, others = block
            moved_all = ctx.block[:rows] @ M
            for pid, where in lead:
                v, rest = out[pid], parts[pid].vertices
                out[pid] = moved_all[where] if v is rest else moved_all[where] + (v - rest) @ M[:3]
        for pid, w in others:
            v = out[pid]
            rest = parts[pid].vertices
            rigid = np.isscalar(w) and w == 1.0
            P = M if rigid else D
            moved = _homogeneous(ctx, pid) @ P
            if v is not rest:  # the same product, as the rest one plus that of the change
                moved += (v - rest) @ P[:3]
            if not rigid:
                moved *= w
                moved += v
            out[pid] = moved


def _rigid(ctx: Context, warp: DiscWarp, phase: float) -> tuple[Array, Array, Array] | None:
    """Settling and rocking of everything above a disc: (R, centre, translation) or None.

    The segment hinges on its facet joints: as the disc collapses the front drops most and the
    joints stay engaged (height loss is larger in front than behind); an unstable segment rocks
    about the same hinge and slips backward and forward of neutral."""
    fr = ctx.frames[warp.disc]
    drop = warp.settle * fr.height
    wave = np.sin(2 * np.pi * phase)
    hinge = ctx.hinge[warp.disc]
    arm = float((fr.centre - hinge) @ fr.R[:, 1])  # disc centre in front of the hinge (mm)
    angle = -drop / arm + np.radians(warp.rock_deg * wave)
    slide = -warp.slip_mm * 0.5 * (1.0 - np.cos(2 * np.pi * phase))
    if angle == 0.0 and slide == 0.0:
        return None
    c, s = np.cos(angle), np.sin(angle)
    x = fr.R[:, 0]
    K = np.array([[0, -x[2], x[1]], [x[2], 0, -x[0]], [-x[1], x[0], 0]])
    R = np.eye(3) + s * K + (1 - c) * K @ K
    return R, hinge, slide * fr.R[:, 1]


def _homogeneous(ctx: Context, pid: str) -> Array:
    """A part's rest vertices with a fourth coordinate 1 (kept per model)."""
    vh = ctx.homogeneous.get(pid)
    if vh is None:
        vh = ctx.homogeneous[pid] = homogeneous(ctx.model.parts[pid].vertices)
    return vh
