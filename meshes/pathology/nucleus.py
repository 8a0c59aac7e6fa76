"""The nucleus of a warped disc: dehydration shrinks it, a tongue leaves it, and the rest shrinks
so the nucleus and what left it keep the volume (mm^3) the dried nucleus has."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from .context import Context
from .disc_warp import DiscWarp
from .frame import face_volumes
from .tongue import patch_of, tongue_points

Array = NDArray[np.float64]


def shape_nucleus(ctx: Context, warp: DiscWarp) -> Array:
    """The warped nucleus' vertices (n, 3)."""
    disc, tongue = warp.disc, warp.tongue
    nv = ctx.model.parts[f"nucleus.{disc}"].vertices
    centre, _ = ctx.nucleus_faces[disc]
    rel = ctx.nucleus_rel[disc]
    dry = warp.dry
    target = ctx.nucleus_volume[disc] * dry**2
    # Scaled about its centre the nucleus' volume goes as k^3; only the faces at the tongue need
    # summing again, and only their corners scaling.
    tongue_pts, patch = None, None
    fixed_vol = ctx.nucleus_volume_rest[disc]
    if tongue is not None and tongue.length > 0.0:
        patch = patch_of(ctx, disc, warp.theta, tongue)
        fixed_vol = patch.fixed_volume
        tongue_pts = tongue_points(tongue, patch, nv.take(patch.moved, axis=0))
        corners = rel.take(patch.corners, axis=0)
        pulled = (tongue_pts - centre) * patch.blend
        keep = 1 - patch.blend
    k_next = dry
    for _ in range(3):  # the shape kept is the last one measured (before its correction)
        k = k_next
        vol = k**3 * fixed_vol
        if patch is not None:
            relk = corners * k
            mc = patch.moved_corner
            relk[mc] = relk[mc] * keep + pulled
            vol += float(face_volumes(relk, patch.faces).sum())
        k_next = k * (target / vol) ** (0.45)
    scale = np.zeros((4, 3))  # centre + rel * k, as one product
    np.fill_diagonal(scale[:3], k)
    scale[3] = centre
    nvk = ctx.nucleus_rel_h[disc] @ scale
    if patch is not None:
        nvk[patch.moved] = nvk.take(patch.moved, axis=0) * keep + tongue_pts * patch.blend
    return nvk
