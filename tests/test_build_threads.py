"""A cold build runs its jobs in two threads (meshes/assemble.py): the meshes must be the same
as one after the other. fast-simplification keeps its mesh in C++ globals between the calls
that load, simplify and read it back, so two threads decimating at once swapped meshes midway
until isosurface.py put a lock around it."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np

from meshes.isosurface import mesh_sdf


def _blob(k: int):
    """A lumpy ball, a little different for each k (so swapped meshes would show)."""
    centre = np.array([k * 3.0, 0.0, 0.0])

    def f(p):
        q = p - centre
        r = np.linalg.norm(q, axis=1)
        return r - (9.0 + 0.4 * k + 1.5 * np.sin(3 * q[:, 0] / 9.0) * np.cos(2 * q[:, 1] / 9.0))

    return f, centre - 13.0, centre + 13.0


def _mesh(k: int):
    f, lo, hi = _blob(k)
    return mesh_sdf(f, lo, hi, 0.5, target_triangles=2000)


def test_meshes_built_in_two_threads_equal_those_built_one_after_the_other():
    jobs = list(range(12))
    alone = [_mesh(k) for k in jobs]
    with ThreadPoolExecutor(max_workers=2) as pool:
        together = list(pool.map(_mesh, jobs))
    for k, ((v1, f1), (v2, f2)) in enumerate(zip(alone, together, strict=True)):
        assert v1.shape == v2.shape and f1.shape == f2.shape, f"blob {k}: a different mesh in a thread"
        assert np.array_equal(f1, f2) and np.allclose(v1, v2), f"blob {k}: a different mesh in a thread"
