"""Stenosis round one disc (`Narrowing`): bone spurs at the endplate margins, a thicker
ligamentum flavum, and the dural sac squeezed into the room they and the disc leave."""

from __future__ import annotations

from functools import cache

import numpy as np
from numpy.typing import NDArray

from meshes.dimensions import disc_between
from meshes.disc import _dims
from meshes.outline import outline_radius

from .disc_warp import Narrowing
from .fields import CLEARANCE
from .frame import squeeze_band
from .tables import Context

Array = NDArray[np.float64]


def narrow(ctx: Context, d: str, n: Narrowing, out: dict[str, Array]) -> None:
    """Move the bones either side of disc `d`, its ligament and the sac in `out` (rest pose)."""
    fr = ctx.frames[d]
    upper, lower = disc_between(d)
    for bone in (upper, lower):
        pid = "sacrum" if bone == "S1" else f"vertebra.{bone}"
        idx, wdir = ctx.spur_dir[(d, bone)]
        v = out[pid].copy() if out[pid] is ctx.model.parts[pid].vertices else out[pid]
        flat = v.reshape(-1)  # (one index per coordinate: cheaper than rows)
        flat[idx] += wdir * n.spur_mm
        out[pid] = v
    # It grows only where the sac below is squeezed to make room (see the band below).
    out[f"flavum.{d}"] = ctx.model.parts[f"flavum.{d}"].vertices + ctx.flavum_growth[d] * n.flavum_mm
    # The sac at this level must fit inside what the ligament and the disc leave free: an ellipse
    # shrinking with degeneration, its front at the back of the bulged disc.
    back = -_back_wall(lower) - (n.front + CLEARANCE)
    dv = out["dura"]
    if dv is ctx.model.parts["dura"].vertices:
        idx, (qx, qy, q), band = ctx.dura_band[d]
    else:  # another level squeezed it already
        idx = np.arange(len(dv))
        q, band = fr.local(dv), squeeze_band(fr, dv)
        qx, qy = q[:, 0], q[:, 1]
    a_free, b_depth = n.width, n.depth
    cy = back - 0.5 * b_depth
    e = np.hypot(qx / a_free, (qy - cy) / (0.5 * b_depth))
    # Only what lies outside the ellipse moves (inside it the sac keeps its rest vertices).
    out_of = np.nonzero(e > 1.0)[0]
    q, band, scale = q.take(out_of, axis=0), band.take(out_of), 1.0 / e.take(out_of)
    qn = q.copy()
    qn[:, 0] = q[:, 0] * scale
    qn[:, 1] = cy + (q[:, 1] - cy) * scale
    qn = q + (qn - q) * band[:, None]
    dv = dv.copy()
    dv[idx.take(out_of)] = fr.centre + qn @ fr.R.T
    out["dura"] = dv


@cache
def _back_wall(bone: str) -> float:
    """How far behind its centre a vertebral body's endplate outline reaches (mm)."""
    w, dp = _dims(bone)
    return float(outline_radius(np.array([-np.pi / 2]), w, dp)[0])
