"""Mesh a signed-distance function: the one place `meshes` uses pyvista (VTK filters at build
time only, never at run time and never a plotter). Flying edges, windowed-sinc smoothing and
quadric decimation keep the surface closed, smooth and within its triangle budget. Decimation is
fast-simplification's (the same quadric-error collapse as VTK's, about five times faster: it was
a quarter of a cold build)."""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from .sampled import SampledField

Array = NDArray[np.float64]
# fast-simplification keeps the mesh it works on in globals of its C++ module, loaded, simplified
# and read back in separate calls: two threads decimating at once would swap meshes midway.
_SIMPLIFY = threading.Lock()


def _tri_arrays(surf) -> tuple[Array, NDArray[np.int64]]:
    faces = np.asarray(surf.faces).reshape(-1, 4)[:, 1:].astype(np.int64)
    return np.asarray(surf.points, dtype=np.float64), faces


def is_closed_manifold(faces: NDArray[np.int64]) -> bool:
    """Every edge shared by exactly two triangles, in opposite directions."""
    n = int(faces.max()) + 1 if len(faces) else 1
    a = faces[:, [0, 1, 2]].ravel().astype(np.int64)
    b = faces[:, [1, 2, 0]].ravel().astype(np.int64)
    directed = a * n + b  # one integer per directed edge: unique() on 1-D keys is fast
    undirected = np.minimum(a, b) * n + np.maximum(a, b)
    _, counts = np.unique(undirected, return_counts=True)
    return bool(np.all(counts == 2) and len(np.unique(directed)) == len(directed))


def _poly(v: Array, f: NDArray[np.int64]):
    import pyvista as pv

    return pv.PolyData(v, np.hstack([np.full((len(f), 1), 3), f]).ravel())


def mesh_sdf(
    func: Callable[[Array], Array],
    lo,
    hi,
    spacing: float,
    target_triangles: int | None = None,
    smooth_iter: int = 20,
) -> tuple[Array, NDArray[np.int64]]:
    """Triangulate the zero level of func over the box [lo, hi] sampled every `spacing` mm.

    Returns (vertices (n, 3) float64, faces (m, 3) int64), outward-facing and watertight.
    """
    return mesh_grid(SampledField.sample(func, lo, hi, spacing), target_triangles, smooth_iter)


def mesh_grid(
    field: SampledField, target_triangles: int | None = None, smooth_iter: int = 20
) -> tuple[Array, NDArray[np.int64]]:
    """Triangulate the zero level of a sampled field (in the field's own frame)."""
    import pyvista as pv

    grid = pv.ImageData(dimensions=field.values.shape, spacing=(field.spacing,) * 3, origin=field.lo)
    grid.point_data["d"] = field.values.ravel(order="F")
    surf = grid.contour([0.0], scalars="d", method="flying_edges").triangulate().clean()
    surf = _poly(*_tri_arrays(surf)).extract_largest()
    surf = _poly(*_tri_arrays(surf.extract_surface(algorithm=None).triangulate()))
    if smooth_iter:
        surf = surf.smooth_taubin(n_iter=smooth_iter, pass_band=0.08)
    if target_triangles and surf.n_cells > target_triangles:
        import fast_simplification

        fine_v, fine_f = _tri_arrays(surf)
        # Decimation can tear a thin spot; a slightly different target usually does not.
        for scale in (1.0, 1.07, 1.15, 1.3, 1.6):
            count = int(scale * target_triangles)
            if count >= len(fine_f):
                surf = _poly(fine_v, fine_f)
                break
            with _SIMPLIFY:
                v, f = fast_simplification.simplify(fine_v, fine_f, target_count=count)
            if is_closed_manifold(f):
                surf = _poly(v, f)
                break
        else:
            surf = _poly(fine_v, fine_f)  # keep the finer, closed mesh
    surf = surf.clean().compute_normals(
        auto_orient_normals=True, consistent_normals=True, split_vertices=False, cell_normals=False
    )
    return _tri_arrays(surf)
