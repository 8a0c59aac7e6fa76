"""What makes a cold build fast must not change what it builds.

Its jobs run in two threads (meshes/assemble.py): the meshes must be the same as one after the
other. fast-simplification keeps its mesh in C++ globals between the calls that load, simplify
and read it back, so two threads decimating at once swapped meshes midway until isosurface.py
put a lock around it. And the roots are routed all together (meshes/clearance.relax_paths):
each path must come out exactly as it would alone."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np

from meshes.clearance import relax_paths
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


def _ball(p):
    return np.linalg.norm(p - np.array([0.0, 0.0, 0.0]), axis=1) - 6.0


def _path(x: float, n: int = 30) -> np.ndarray:
    """A wavy line past the ball at height x (the closer, the longer it must be pushed; the
    waves are what smoothing would change, were a path stepped on after it is clear)."""
    z = np.linspace(-20.0, 20.0, n)
    return np.column_stack([x + 0.8 * np.sin(z / 3.0), np.zeros(n), z])


def test_paths_relaxed_together_come_out_as_each_would_alone():
    paths = np.stack([_path(1.0), _path(4.0), _path(12.0)])  # pushed far, pushed a little, clear
    radius = np.full(paths.shape[:2], 1.5)
    free = np.ones(paths.shape[:2], bool)
    free[:, 0] = False
    together = relax_paths(paths, radius, _ball, free, clearance=1.0)
    for k in range(len(paths)):
        alone = relax_paths(paths[k : k + 1], radius[k : k + 1], _ball, free[k : k + 1], clearance=1.0)
        assert np.array_equal(together[k], alone[0]), f"path {k} moved differently beside the others"
    assert np.array_equal(together[2], paths[2]), "a path already clear of the field must not move"
    assert _ball(together[0]).min() > 1.5, "the path through the ball was not pushed out of it"
