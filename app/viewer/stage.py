"""The one way a model state reaches the screen: deform, write only the parts that changed, turn
the normals of parts that only moved as a whole, and say which roots are pressed.

Every viewport has one stage (``viewport.stage``), shared by whatever shows states on it: the
scene player, the condition dials, the off-screen renderers. Because they share it, the stage
always knows what is on screen, and one of them never skips a part the other moved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from meshes.model import Model


@dataclass(frozen=True)
class RestPart:
    """A part's rest vertices and (outward) normals, and four far-apart vertices that pin down
    an affine motion of the whole part."""

    vertices: NDArray[np.float64]
    normals: NDArray[np.float32]
    anchors: NDArray[np.int64]
    basis_inv: NDArray[np.float64] | None  # inverse of [anchor vertices | 1], or None if flat

    @staticmethod
    def of(vertices: NDArray[np.float64], normals: NDArray[np.float32]) -> RestPart:
        v = np.asarray(vertices, float)
        c = v.mean(axis=0)
        i0 = int(np.argmax(np.linalg.norm(v - c, axis=1)))
        i1 = int(np.argmax(np.linalg.norm(v - v[i0], axis=1)))
        e = v[i1] - v[i0]
        off = (v - v[i0]) - np.outer((v - v[i0]) @ e, e) / max(float(e @ e), 1e-12)
        i2 = int(np.argmax(np.linalg.norm(off, axis=1)))
        nrm = np.cross(e, v[i2] - v[i0])
        i3 = int(np.argmax(np.abs((v - v[i0]) @ nrm)))
        anchors = np.array([i0, i1, i2, i3])
        basis = np.hstack([v[anchors], np.ones((4, 1))])
        ok = abs(np.linalg.det(basis)) > 1e-3
        basis_inv = np.linalg.inv(basis) if ok else None
        return RestPart(v, np.asarray(normals, np.float32).copy(), anchors, basis_inv)

    def affine_to(self, new: NDArray[np.float64], tol: float = 1e-6) -> NDArray[np.float64] | None:
        """The 3x3 linear part A when ``new == rest @ A + t`` for every vertex (within ``tol``
        mm), else None."""
        if self.basis_inv is None or new.shape != self.vertices.shape:
            return None
        m = self.basis_inv @ new[self.anchors]  # (4, 3): rows 0-2 are A, row 3 is t
        a, t = m[:3], m[3]
        if abs(np.linalg.det(a)) < 1e-9:
            return None
        err = np.abs(self.vertices @ a + t - new).max()
        return a if err <= tol * (1.0 + np.abs(new).max()) else None


class Stage:
    """Shows model states on one viewport (see the module docstring)."""

    def __init__(self, viewport) -> None:
        self.viewport = viewport  # app.viewer.viewport.Viewport, which owns this stage
        self.model: Model | None = None
        self._points: dict[str, NDArray[np.float64]] = {}  # what is on screen, per part
        self._rest: dict[str, RestPart] = {}
        self.state = None  # the state on screen (None: the model at rest)
        self.contacts = None  # meshes.pathology.Contacts of that state
        # Told (state or None at rest, every part's vertices: read-only) after each change.
        self.listeners: list[Callable[[object, Mapping[str, NDArray[np.float64]]], None]] = []

    def set_model(self, model: Model) -> None:
        """The viewport has (re)built its actors for ``model``: everything is at rest."""
        self.model = model
        self.state = None
        self._points = {pid: p.vertices for pid, p in model.parts.items()}
        self._rest = {}
        for pid, part in model.parts.items():
            mesh = self.viewport.meshes.get(pid)
            if mesh is not None and "Normals" in mesh.point_data:
                self._rest[pid] = RestPart.of(part.vertices, np.asarray(mesh.point_data["Normals"]))

    def show(self, state) -> dict[str, float]:
        """Show the model in ``state`` (a PathologyState); returns the roots it presses
        ({"L5.left": compression 0..1}): the ones ``meshes.measure`` names (a pressing disc or a
        narrowed foramen), as every other view does. The engine caches the pose, so measuring
        reuses this pass."""
        from meshes.measure import measure  # the engine only once a state is shown
        from meshes.pathology import deform_with_contacts

        verts, contacts = deform_with_contacts(self.model, state)
        self.write(verts)
        self.state = state
        self.contacts = contacts
        self._tell(state, verts)
        pressed = measure(self.model, state, volumes=False).pressed()
        return {k: round(c, 2) for k, c in pressed.items()}

    def rest(self) -> None:
        """The model as it was built."""
        self.state = None
        if self.model is not None:
            rest = {pid: p.vertices for pid, p in self.model.parts.items()}
            self.write(rest)
            self._tell(None, rest)

    def _tell(self, state, vertices: Mapping[str, NDArray[np.float64]]) -> None:
        for listener in list(self.listeners):
            listener(state, vertices)

    def write(self, vertices: Mapping[str, NDArray[np.float64]]) -> None:
        """Write only the parts whose vertex array changed (the engine hands back rest arrays as
        they are for parts it leaves alone)."""
        for pid, v in vertices.items():
            if self._points.get(pid) is v or pid not in self.viewport.meshes:
                continue
            self._write_part(pid, v)
            self._points[pid] = v

    def _write_part(self, pid: str, v: NDArray[np.float64]) -> None:
        """New vertices of one part. Most moving parts only move as a whole (the bones above a
        settling disc, a rocking segment): their normals are the rest normals turned the same way,
        which costs far less than recomputing them from the faces."""
        rest = self._rest.get(pid)
        a = rest.affine_to(v) if rest is not None else None
        if a is None:
            self.viewport.set_points(pid, v)
            return
        mesh = self.viewport.meshes[pid]
        mesh.points[:] = v
        mesh.GetPoints().Modified()
        n = rest.normals @ np.linalg.inv(a).T  # normals follow the inverse transpose
        n /= np.maximum(np.linalg.norm(n, axis=1, keepdims=True), 1e-12)
        mesh.point_data["Normals"][:] = n.astype(np.float32)
        mesh.GetPointData().GetNormals().Modified()
        mesh.Modified()
