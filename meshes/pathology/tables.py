"""Per-model tables the deformations read every frame (frames, ring and root indices, rest
volumes, spur and ligament directions), worked out once per model so a frame is a few products."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from meshes.dimensions import DISC_LEVELS, LEVELS, ROOTS, SIDES, disc_between
from meshes.disc import _dims, annulus_points
from meshes.joints import joints
from meshes.model import Model
from meshes.outline import outline_radius

from .fields import TABLE_THETA, RestPoints
from .frame import DiscFrame, disc_frame, face_volumes, homogeneous, mesh_volume, smoothstep, squeeze_band

Array = NDArray[np.float64]


@dataclass
class Context:
    """Per-model data the engine needs every frame, computed once."""

    model: Model
    frames: dict[str, DiscFrame]
    nucleus_volume: dict[str, float]
    bone_above: dict[str, set[str]] = field(default_factory=dict)
    hinge: dict[str, Array] = field(default_factory=dict)
    annulus_caps: dict[str, tuple[Array, Array]] = field(default_factory=dict)
    annulus_radius: dict[str, Array] = field(default_factory=dict)
    root_rings: dict[str, tuple[Array, Array]] = field(default_factory=dict)
    annulus_table: dict[str, tuple[Array, Array]] = field(default_factory=dict)
    root_bounds: dict[str, tuple[Array, Array]] = field(default_factory=dict)  # rest section centres, radii
    nucleus_faces: dict[str, tuple[Array, Array]] = field(default_factory=dict)  # centre, volume/face
    nucleus_rel: dict[str, Array] = field(default_factory=dict)  # rest vertices - centre
    nucleus_rel_h: dict[str, Array] = field(default_factory=dict)  # the same with a 1 appended
    nucleus_volume_rest: dict[str, float] = field(default_factory=dict)  # sum of those volumes
    flavum_growth: dict[str, Array] = field(default_factory=dict)  # direction * weight * band per vertex
    dura_band: dict[str, tuple[Array, tuple, Array]] = field(default_factory=dict)  # index, local, band
    spur_dir: dict[tuple[str, str], tuple[Array, Array]] = field(default_factory=dict)  # flat index, dir
    segment_weights: dict[str, list[tuple[str, object]]] = field(default_factory=dict)
    near_roots: dict[tuple[str, ...], list[str]] = field(default_factory=dict)
    boxes: dict[tuple[str, ...], tuple[Array, Array]] = field(default_factory=dict)
    rest_vertices: dict[str, Array] = field(default_factory=dict)  # every part's rest vertices
    rest_poses: dict = field(default_factory=dict)  # state.discs -> (changed parts, Contacts, motions)
    poses: dict = field(default_factory=dict)  # (discs, phase or None) -> (all parts, Contacts)
    homogeneous: dict[str, Array] = field(default_factory=dict)  # rest vertices with a 1 appended
    # All rest vertices with a 1 appended, parts ordered so that what moves rigidly with each
    # segment is a leading block (one product for all of them); per disc: its rows, its parts.
    block: Array | None = None
    rigid_block: dict[str, tuple[int, list[tuple[str, slice]], list]] = field(default_factory=dict)
    kept: dict[tuple, object] = field(default_factory=dict)  # tables made on first use (`keep`)

    def reset_cache(self) -> None:
        """Forget the deformations computed so far (the tables stay)."""
        self.rest_poses.clear()
        self.poses.clear()

    def keep(self, key: tuple, make: Callable[[], object]):
        """The table kept under `key`, made by `make()` the first time it is asked for."""
        value = self.kept.get(key)
        if value is None:
            value = self.kept[key] = make()
        return value

    def rest_set(self, key: tuple, make: Callable[[], tuple[Array, Array | None]]) -> RestPoints:
        """The rest points kept under `key`: made once by `make()` -> (points, index or None)."""

        def made() -> RestPoints:
            points, index = make()
            return RestPoints(np.ascontiguousarray(points), index)

        return self.keep(("rest", *key), made)


def new_context(model: Model) -> Context:
    """The tables of the disc, root, nucleus, spur and ligament deformations for one model."""
    frames = {d: disc_frame(d) for d in DISC_LEVELS}
    vols = {
        d: mesh_volume(model.parts[f"nucleus.{d}"].vertices, model.parts[f"nucleus.{d}"].faces)
        for d in DISC_LEVELS
    }
    ctx = Context(model, frames, vols)
    ctx.rest_vertices = {pid: p.vertices for pid, p in model.parts.items()}
    J = joints()
    for d in DISC_LEVELS:
        ctx.hinge[d] = 0.5 * (J[(d, "left")].centre + J[(d, "right")].centre)
    for r in ROOTS:
        for sd in SIDES:
            prm = model.parts[f"root.{r}.{sd}"].param
            ring = np.nonzero(prm[:, 2] == 1.0)[0]
            n_st = len(np.unique(prm[ring, 0]))
            ctx.root_rings[f"{r}.{sd}"] = (ring.reshape(n_st, -1), np.nonzero(prm[:, 2] == 0.0)[0])
    for d in DISC_LEVELS:
        _annulus_tables(ctx, d)
    bones = [*LEVELS, "S1"]
    for i, d in enumerate(DISC_LEVELS):
        ctx.bone_above[d] = set(bones[: i + 1])
        _spur_tables(ctx, d)
    _tables(ctx)
    return ctx


def _annulus_tables(ctx: Context, d: str) -> None:
    model, fr = ctx.model, ctx.frames[d]
    prm = model.parts[f"annulus.{d}"].param
    caps = np.nonzero(prm[:, 1] < 0)[0]
    loops = np.stack([np.nonzero((prm[:, 1] >= 0) & (prm[:, 0] == prm[c, 0]))[0] for c in caps])
    ctx.annulus_caps[d] = (caps, loops)
    q = fr.local(model.parts[f"annulus.{d}"].vertices)
    c_nuc = fr.local(model.parts[f"nucleus.{d}"].vertices.mean(axis=0))
    ctx.annulus_radius[d] = np.linalg.norm(q[:, :2] - c_nuc[:2], axis=1) + 1e-9
    sh, loop_of = np.unique(np.round(prm[:, 1:], 6), axis=0, return_inverse=True)
    T, S = np.meshgrid(TABLE_THETA, sh[:, 0], indexing="ij")
    _, H = np.meshgrid(TABLE_THETA, sh[:, 1], indexing="ij")
    table = annulus_points(d, T, np.clip(S, 0, 1), H).transpose(1, 0, 2)
    ctx.annulus_table[d] = (table, loop_of.ravel())


def _spur_tables(ctx: Context, d: str) -> None:
    """Where spurs grow on the bones either side of a disc, and where its ligament thickens."""
    model, fr = ctx.model, ctx.frames[d]
    upper, lower = disc_between(d)
    for bone, sign in ((upper, -1.0), (lower, 1.0)):
        pid = "sacrum" if bone == "S1" else f"vertebra.{bone}"
        q = fr.local(model.parts[pid].vertices)
        w, dp = _dims(lower if sign > 0 else upper)
        theta = np.arctan2(q[:, 1], q[:, 0])
        frac = np.hypot(q[:, 0], q[:, 1]) / outline_radius(theta, w, dp)
        rim_z = sign * -0.5 * fr.height  # the endplate plane facing this disc
        near = np.exp(-(((q[:, 2] - rim_z) / 3.0) ** 2)) * smoothstep(0.8, 0.97, frac)
        # Spurs grow at the front and sides; behind, the canal and lateral recesses hold the
        # sac and the traversing roots, and the foramina the exiting roots, which this model
        # does not let spurs reach.
        near *= 1.0 - np.exp(-(((theta + np.pi / 2) / 1.0) ** 4))
        idx = np.nonzero(near > 0.02)[0]
        wdir = near[idx][:, None] * np.stack(
            [np.cos(theta[idx]), np.sin(theta[idx]), np.zeros(len(idx))], axis=1
        )
        ctx.spur_dir[(d, bone)] = ((3 * idx[:, None] + np.arange(3)).ravel(), fr.world_dir(wdir).ravel())
    fl = model.parts[f"flavum.{d}"].vertices
    q = fr.local(fl)
    toward = -q.copy()
    toward[:, 2] = 0.0
    toward[:, 0] *= 0.6
    toward /= np.maximum(np.linalg.norm(toward, axis=1, keepdims=True), 1e-9)
    # Only the surface facing the canal grows forward (the ligament thickens, it does not slide).
    n = _vertex_normals(fl, model.parts[f"flavum.{d}"].faces) @ fr.R
    facing = np.clip(np.einsum("ij,ij->i", n, toward) + 0.2, 0.0, 1.0)
    central = np.exp(-((q[:, 0] / 14.0) ** 4))
    ctx.flavum_growth[d] = fr.world_dir(toward) * (facing * central * squeeze_band(fr, fl))[:, None]


def _tables(ctx: Context) -> None:
    """What each frame would otherwise recompute from the rest meshes."""
    model = ctx.model
    for key, (rings, _) in ctx.root_rings.items():
        sections = model.parts[f"root.{key}"].vertices[rings]
        centres = sections.mean(axis=1)
        ctx.root_bounds[key] = (centres, np.linalg.norm(sections - centres[:, None], axis=2).max(axis=1))
    dura = model.parts["dura"].vertices
    for d in DISC_LEVELS:
        nuc = model.parts[f"nucleus.{d}"]
        centre = nuc.vertices.mean(axis=0)
        ctx.nucleus_faces[d] = (centre, face_volumes(nuc.vertices - centre, nuc.faces))
        ctx.nucleus_rel[d] = nuc.vertices - centre
        ctx.nucleus_rel_h[d] = homogeneous(ctx.nucleus_rel[d])
        ctx.nucleus_volume_rest[d] = float(ctx.nucleus_faces[d][1].sum())
        fr = ctx.frames[d]
        band = squeeze_band(fr, dura)
        idx = np.nonzero(band > 0.0)[0]  # elsewhere the squeeze leaves the sac exactly where it is
        q = fr.local(dura[idx])
        ctx.dura_band[d] = (idx, (q[:, 0].copy(), q[:, 1].copy(), q), band[idx])


def _vertex_normals(v: Array, f: NDArray[np.int64]) -> Array:
    fn = np.cross(v[f[:, 1]] - v[f[:, 0]], v[f[:, 2]] - v[f[:, 0]])
    n = np.zeros_like(v)
    for k in range(3):
        np.add.at(n, f[:, k], fn)
    return n / np.maximum(np.linalg.norm(n, axis=1, keepdims=True), 1e-12)
