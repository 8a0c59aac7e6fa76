"""The nucleus keeps its material: a settling segment squeezes the sick disc's nucleus flatter,
so the gel spreads outward in the disc's plane until its volume (mm^3) is again what the
dried nucleus holds (DESIGN.md: only dehydration shrinks it)."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from .disc_warp import DiscWarp
from .frame import mesh_volume
from .tables import Context

Array = NDArray[np.float64]

TOLERANCE = 0.005  # relative volume error left alone (the tongue's own shaping stays within it)


def nucleus_target(ctx: Context, warp: DiscWarp) -> float:
    """The volume the nucleus and what left it hold together in a warped disc (mm^3)."""
    return ctx.nucleus_volume[warp.disc] * warp.dry**2


def keep_nucleus_volume(ctx: Context, warps: list[DiscWarp], out: dict[str, Array]) -> None:
    """Spread each sick disc's nucleus in its plane so its volume is its target again."""
    for warp in warps:
        pid = f"nucleus.{warp.disc}"
        v = out[pid]
        vol = mesh_volume(v, ctx.model.parts[pid].faces)
        target = nucleus_target(ctx, warp)
        if vol <= 0.0 or abs(vol / target - 1.0) <= TOLERANCE:
            continue
        # Each layer spreads in its own plane: the lower endplate's at the bottom, the tilted
        # upper endplate's at the top (the segment rocks and settles about a transverse axis).
        a0 = ctx.frames[warp.disc].R[:, 2]
        a1 = _upper_axis(ctx, warp.disc, out, a0)
        h = np.clip(ctx.model.parts[pid].param[:, 2], 0.0, 1.0)[:, None]
        ax = (1.0 - h) * a0 + h * a1
        ax /= np.linalg.norm(ax, axis=1, keepdims=True)
        c = v.mean(axis=0)
        rel = v - c
        along = np.einsum("ij,ij->i", rel, ax)[:, None] * ax
        flat = rel - along
        s = 1.0
        for _ in range(4):
            s *= float(np.sqrt(target / vol))
            new = c + along + s * flat
            vol = mesh_volume(new, ctx.model.parts[pid].faces)
        out[pid] = new


def _upper_axis(ctx: Context, disc: str, out: dict[str, Array], a0: Array) -> Array:
    """The disc axis turned as the top of the annulus turned (its rim's best-fit rotation)."""
    pid = f"annulus.{disc}"
    top = ctx.model.parts[pid].param[:, 2] >= 1.0
    p, q = ctx.model.parts[pid].vertices[top], out[pid][top]
    p, q = p - p.mean(axis=0), q - q.mean(axis=0)
    u, _, vt = np.linalg.svd(p.T @ q)
    R = (u @ vt).T
    if np.linalg.det(R) < 0:
        return a0
    return R @ a0
