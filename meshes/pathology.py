"""The pathology engine: rest vertices + PathologyState -> deformed vertices, per part.

Everything is a vectorised function of the fixed-topology rest meshes and their builder
coordinates (`PartMesh.param`). Disc changes are made in the rest pose; then each degenerated
or unstable segment moves everything above it rigidly (settling, rocking), blended smoothly
through the disc and along the sac and roots. Roots and sac give way where disc material
reaches them (`contact.push_out`); how far they had to move is their compression.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache

import numpy as np
from numpy.typing import NDArray

from .contact import push_tubes
from .dimensions import DISC_LEVELS, LEVELS, ROOTS, SIDES, disc_between
from .disc import NUCLEUS_GAP, _dims, annulus_points, direction_angle
from .fields import TABLE_THETA, RestPoints, RoundCone, envelope_field, field_at
from .layout import disc_mean_height, layout
from .model import Model
from .outline import outline_radius
from .state import EXTRUSION_AT, PROTRUSION_AT, SEQUESTRATION_AT, DiscState, PathologyState

Array = NDArray[np.float64]

BULGE_MM = 4.0  # full bulge: broad extension past the rim (Fardon: bulge; 3-5 mm)
DEGEN_BULGE_MM = 2.0
PROTRUSION_MM = 3.2  # dome of a protrusion at its peak
NECK_RADIUS = 2.1
DOME_MAX = 4.2
EXTRUDE_PAST_RIM = 7.5  # how far past the rim an extrusion's dome reaches at its peak
MIGRATION_MM = 9.0
FORAMINAL_RISE = 0.45  # of the disc height
HEIGHT_LOSS = 0.5  # of the mean disc height at degeneration 1 (Pfirrmann V: collapse)
DRY_SHRINK = 0.25  # radial shrink of a fully dried nucleus
SPUR_MM = 4.5
FLAVUM_GROWTH_MM = 2.6  # 3.1 mm -> ~5.7 mm (Chokshi 2010: 4.9-5.3 thickened)
ROCK_DEG = 3.0
SLIDE_MM = 1.2  # backward slip at each rock (kept small: the traversing roots sit right behind)
CLEARANCE = 0.35


def smoothstep(a: float, b: float, x):
    if isinstance(x, float | int):  # (a state's number: no array needed)
        t = min(max((x - a) / (b - a), 0.0), 1.0)
        return t * t * (3 - 2 * t)
    t = np.clip((np.asarray(x, float) - a) / (b - a), 0.0, 1.0)
    return t * t * (3 - 2 * t)


@dataclass
class DiscFrame:
    """A disc's rest frame: centre, rotation (columns: right, anterior, axis), mean height."""

    centre: Array
    R: Array
    height: float

    def local(self, p: Array) -> Array:
        return (p - self.centre) @ self.R

    def world_dir(self, v: Array) -> Array:
        return v @ self.R.T


@dataclass
class Context:
    """Per-model data the engine needs every frame, computed once."""

    model: Model
    frames: dict[str, DiscFrame]
    nucleus_volume: dict[str, float]
    bone_above: dict[str, set[str]] = field(default_factory=dict)
    hinge: dict[str, Array] = field(default_factory=dict)
    spur_weight: dict[tuple[str, str], tuple[Array, Array]] = field(default_factory=dict)
    flavum_dir: dict[str, tuple[Array, Array]] = field(default_factory=dict)
    annulus_caps: dict[str, tuple[Array, Array]] = field(default_factory=dict)
    annulus_radius: dict[str, Array] = field(default_factory=dict)
    root_rings: dict[str, tuple[Array, Array]] = field(default_factory=dict)
    annulus_table: dict[str, tuple[Array, Array]] = field(default_factory=dict)
    root_bounds: dict[str, tuple[Array, Array]] = field(default_factory=dict)  # rest section centres, radii
    nucleus_faces: dict[str, tuple[Array, Array]] = field(
        default_factory=dict
    )  # rest centre, volume per face
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
    rest_poses: dict = field(default_factory=dict)  # state.discs -> (changed parts, Contacts)
    poses: dict = field(default_factory=dict)  # (discs, phase or None) -> (all parts, Contacts)
    homogeneous: dict[str, Array] = field(default_factory=dict)  # rest vertices with a 1 appended
    # All rest vertices with a 1 appended, parts ordered so that what moves rigidly with each
    # segment is a leading block (one product for all of them); per disc: its rows, its parts.
    block: Array | None = None
    rigid_block: dict[str, tuple[int, list[tuple[str, slice]], list]] = field(default_factory=dict)
    rings: dict[str, _Ring] = field(default_factory=dict)
    aims: dict[tuple[str, float], _Aim] = field(default_factory=dict)
    patches: dict[tuple[str, float, float], tuple] = field(default_factory=dict)
    rest_sets: dict[tuple, RestPoints] = field(default_factory=dict)

    def reset_cache(self) -> None:
        """Forget the deformations computed so far (the tables stay)."""
        self.rest_poses.clear()
        self.poses.clear()


POSES_KEPT = 4  # recent results kept per model: a held or rocking scene step costs no new work


_CONTEXTS: dict[int, Context] = {}


def disc_frame(disc: str) -> DiscFrame:
    lay = layout()
    b, t = lay.disc_bottom[disc], lay.disc_top[disc]
    axis = b.R[:, 2] + t.R[:, 2]
    axis /= np.linalg.norm(axis)
    x = np.array([1.0, 0.0, 0.0])
    y = np.cross(axis, x)
    return DiscFrame(0.5 * (b.t + t.t), np.stack([x, y, axis], axis=1), disc_mean_height(disc))


def mesh_volume(v: Array, f: NDArray[np.int64]) -> float:
    a, b, c = v[f[:, 0]], v[f[:, 1]], v[f[:, 2]]
    return float(np.einsum("ij,ij->i", a, np.cross(b, c)).sum() / 6.0)


def context(model: Model) -> Context:
    ctx = _CONTEXTS.get(id(model))
    if ctx is not None and ctx.model is model:
        return ctx
    frames = {d: disc_frame(d) for d in DISC_LEVELS}
    vols = {
        d: mesh_volume(model.parts[f"nucleus.{d}"].vertices, model.parts[f"nucleus.{d}"].faces)
        for d in DISC_LEVELS
    }
    ctx = Context(model, frames, vols)
    ctx.rest_vertices = {pid: p.vertices for pid, p in model.parts.items()}
    from .joints import joints

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
        prm = model.parts[f"annulus.{d}"].param
        caps = np.nonzero(prm[:, 1] < 0)[0]
        loops = np.stack([np.nonzero((prm[:, 1] >= 0) & (prm[:, 0] == prm[c, 0]))[0] for c in caps])
        ctx.annulus_caps[d] = (caps, loops)
        q = frames[d].local(model.parts[f"annulus.{d}"].vertices)
        c_nuc = frames[d].local(model.parts[f"nucleus.{d}"].vertices.mean(axis=0))
        ctx.annulus_radius[d] = np.linalg.norm(q[:, :2] - c_nuc[:2], axis=1) + 1e-9
        sh, loop_of = np.unique(np.round(prm[:, 1:], 6), axis=0, return_inverse=True)
        T, S = np.meshgrid(TABLE_THETA, sh[:, 0], indexing="ij")
        _, H = np.meshgrid(TABLE_THETA, sh[:, 1], indexing="ij")
        table = annulus_points(d, T, np.clip(S, 0, 1), H).transpose(1, 0, 2)
        ctx.annulus_table[d] = (table, loop_of.ravel())
    bones = [*LEVELS, "S1"]
    for i, d in enumerate(DISC_LEVELS):
        ctx.bone_above[d] = set(bones[: i + 1])
        upper, lower = disc_between(d)
        for bone, sign in ((upper, -1.0), (lower, 1.0)):
            pid = "sacrum" if bone == "S1" else f"vertebra.{bone}"
            q = frames[d].local(model.parts[pid].vertices)
            w, dp = _dims(lower if sign > 0 else upper)
            theta = np.arctan2(q[:, 1], q[:, 0])
            frac = np.hypot(q[:, 0], q[:, 1]) / outline_radius(theta, w, dp)
            rim_z = sign * -0.5 * frames[d].height  # the endplate plane facing this disc
            near = np.exp(-(((q[:, 2] - rim_z) / 3.0) ** 2)) * smoothstep(0.8, 0.97, frac)
            # Spurs grow at the front and sides; behind, the canal and lateral recesses hold the
            # sac and the traversing roots, and the foramina the exiting roots, which this model
            # does not let spurs reach.
            near *= 1.0 - np.exp(-(((theta + np.pi / 2) / 1.0) ** 4))
            idx = np.nonzero(near > 0.02)[0]
            ctx.spur_weight[(d, bone)] = (
                idx,
                near[idx][:, None]
                * np.stack([np.cos(theta[idx]), np.sin(theta[idx]), np.zeros(len(idx))], axis=1),
            )
        fl = model.parts[f"flavum.{d}"].vertices
        q = frames[d].local(fl)
        toward = -q.copy()
        toward[:, 2] = 0.0
        toward[:, 0] *= 0.6
        toward /= np.maximum(np.linalg.norm(toward, axis=1, keepdims=True), 1e-9)
        # Only the surface facing the canal grows forward (the ligament thickens, it does not slide).
        n = _vertex_normals(fl, model.parts[f"flavum.{d}"].faces) @ frames[d].R
        facing = np.clip(np.einsum("ij,ij->i", n, toward) + 0.2, 0.0, 1.0)
        central = np.exp(-((q[:, 0] / 14.0) ** 4))
        ctx.flavum_dir[d] = (frames[d].world_dir(toward), facing * central)
    _tables(ctx)
    _CONTEXTS.clear()
    _CONTEXTS[id(model)] = ctx
    return ctx


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
        ctx.nucleus_faces[d] = (centre, _face_volumes(nuc.vertices - centre, nuc.faces))
        ctx.nucleus_rel[d] = nuc.vertices - centre
        ctx.nucleus_rel_h[d] = _to_homogeneous(ctx.nucleus_rel[d])
        ctx.nucleus_volume_rest[d] = float(ctx.nucleus_faces[d][1].sum())
        fr = ctx.frames[d]
        toward, weight = ctx.flavum_dir[d]
        ctx.flavum_growth[d] = (
            toward * (weight * _squeeze_band(fr, model.parts[f"flavum.{d}"].vertices))[:, None]
        )
        band = _squeeze_band(fr, dura)
        idx = np.nonzero(band > 0.0)[0]  # elsewhere the squeeze leaves the sac exactly where it is
        q = fr.local(dura[idx])
        ctx.dura_band[d] = (idx, (q[:, 0].copy(), q[:, 1].copy(), q), band[idx])
        for bone in disc_between(d):
            idx, wdir = ctx.spur_weight[(d, bone)]
            ctx.spur_dir[(d, bone)] = ((3 * idx[:, None] + np.arange(3)).ravel(), fr.world_dir(wdir).ravel())
        ctx.segment_weights[d] = _segment_weights(ctx, d)
    _rigid_blocks(ctx)


def _face_volumes(v: Array, f: NDArray[np.int64]) -> Array:
    """Signed volume of the tetrahedron each face makes with the origin (mm^3)."""
    a, b, c = v[f[:, 0]].T, v[f[:, 1]].T, v[f[:, 2]].T
    return (
        a[0] * (b[1] * c[2] - b[2] * c[1])
        + a[1] * (b[2] * c[0] - b[0] * c[2])
        + a[2] * (b[0] * c[1] - b[1] * c[0])
    ) / 6.0


def _vertex_normals(v: Array, f: NDArray[np.int64]) -> Array:
    fn = np.cross(v[f[:, 1]] - v[f[:, 0]], v[f[:, 2]] - v[f[:, 0]])
    n = np.zeros_like(v)
    for k in range(3):
        np.add.at(n, f[:, k], fn)
    return n / np.maximum(np.linalg.norm(n, axis=1, keepdims=True), 1e-12)


@dataclass(frozen=True)
class Tongue:
    """Nucleus material pushed out along a direction: the analytic shape its vertices sit on."""

    base: Array  # world point on the nucleus wall where it leaves
    out: Array  # unit radial direction (world)
    across: Array  # unit tangent (world)
    up: Array  # disc axis (world)
    length: float  # from base to the tip along `out`
    through: float  # annulus thickness along `out` (+ bump + clearance)
    patch: float  # radius of the nucleus wall patch that becomes the tongue
    neck: float
    dome: float  # 0 while contained in the annulus
    lift: float  # migration of the dome along the axis (mm)

    def dome_centre(self) -> Array:
        """Centre of the dome sphere, exactly as `_tongue_points` places it."""
        b0 = np.arcsin(min(self.neck / self.dome, 1.0))
        along = self.length - 2 * self.dome + self.dome * np.cos(b0)
        return self.base + self.out * along + self.up * self.lift


@cache
def _wall_points(disc: str, theta: float) -> tuple[Array, Array]:
    """Rest annulus points at mid height on the nucleus wall and on the rim (one direction)."""
    th = np.array([theta])
    inner = annulus_points(disc, th, np.zeros(1), np.full(1, 0.5))[0]
    outer = annulus_points(disc, th, np.ones(1), np.full(1, 0.5))[0]
    return inner, outer


def _tongue(
    disc: str, frame: DiscFrame, theta: float, progress: float, migration: float, protrude_bump: float
) -> Tongue:
    prot = smoothstep(PROTRUSION_AT, EXTRUSION_AT, progress)
    ext = smoothstep(EXTRUSION_AT, SEQUESTRATION_AT, progress)
    seq = smoothstep(SEQUESTRATION_AT, 1.0, progress)
    inner, outer = _wall_points(disc, theta)
    out = frame.world_dir(np.array([np.cos(theta), np.sin(theta), 0.0]))
    across = frame.world_dir(np.array([-np.sin(theta), np.cos(theta), 0.0]))
    up = frame.R[:, 2]
    through = float((outer - inner) @ out) + protrude_bump + 0.8
    patch = min(0.36 * frame.height, 4.2)
    base = inner - out * NUCLEUS_GAP
    if ext <= 0.0:
        return Tongue(
            base, out, across, up, float(prot) * 0.8 * (through - 0.8), through, patch, NECK_RADIUS, 0.0, 0.0
        )
    dome = NECK_RADIUS + (DOME_MAX - NECK_RADIUS) * float(ext)
    # Out in the foramen the disc material rides up toward the exiting root under the pedicle.
    rise = FORAMINAL_RISE * frame.height * float(ext) if abs(np.cos(theta)) > 0.5 else 0.0
    length = through + 2 * dome + (EXTRUDE_PAST_RIM - 2 * DOME_MAX) * float(ext) + 1.5 * float(seq)
    neck = NECK_RADIUS * (1.0 - 0.93 * float(seq))
    return Tongue(
        base,
        out,
        across,
        up,
        length,
        through,
        patch,
        neck,
        dome,
        rise + MIGRATION_MM * migration * float(seq),
    )


def _tongue_points(t: Tongue, patch: _Patch, rest: Array) -> Array:
    """Points of the tongue surface for the patch's vertices (radius rho: 1 = its rim on the
    wall, 0 = tip).

    Written as a displacement of each wall vertex (`rest`), so the rim stays exactly on the
    curved nucleus wall and the tongue grows out of it."""
    # Each point as weights of (out, across, up, base): one product for all of them.
    frame = np.stack([t.out, t.across, t.up, t.base])
    rest = rest - patch.on_plane @ frame[1:]  # its offset from the tangent plane (the wall's curve)
    w = np.empty((len(patch.rho), 4))
    w[:, 3] = 1.0
    if t.dome <= 0.0:  # contained: a rounded finger into the fissure, narrower than its base
        np.multiply(patch.finger_a, t.length, out=w[:, 0])
        w[:, 1:3] = patch.finger_r
        out = w @ frame
        out += rest * patch.rho2
        return out
    f, n = patch.segments
    a, r, lift = w[:, 0], w[:, 1], w[:, 2]
    # Funnel: from the wall's patch into the neck.
    np.multiply(patch.u[:f], 0.3 * t.through, out=a[:f])
    np.multiply(patch.ease[:f], t.neck - t.patch, out=r[:f])
    r[:f] += t.patch
    lift[:f] = 0.0
    # Neck: through the annulus (and up or down with a migrating fragment).
    back = t.length - 2 * t.dome
    np.multiply(patch.u[f:n], back - 0.3 * t.through, out=a[f:n])
    a[f:n] += 0.3 * t.through
    r[f:n] = t.neck
    np.multiply(patch.u[f:n], t.lift, out=lift[f:n])
    # Dome: a sphere cap past the rim.
    b0 = math.asin(min(t.neck / t.dome, 1.0))
    beta = b0 + (np.pi - b0) * patch.u[n:]
    ac = back + t.dome * math.cos(b0)
    np.multiply(np.cos(beta), -t.dome, out=a[n:])
    a[n:] += ac
    np.multiply(np.sin(beta), t.dome, out=r[n:])
    lift[n:] = t.lift
    # r along cdir = cos psi across + sin psi up
    lift += r * patch.sin_psi
    r *= patch.cos_psi
    out = w @ frame
    out += rest * patch.keep  # only the funnel keeps the wall's curve
    return out


def tongue_field(t: Tongue):
    """Signed distance to the convex hull of the tongue's neck and dome (a round cone), so
    every chord of its mesh is inside and whatever it pushes ends up outside the mesh."""
    a = t.base + t.out * (0.3 * t.through)
    b = t.dome_centre()
    return RoundCone(a, b, t.neck + 0.25, t.dome + 0.25)


def _wrap(a: Array) -> Array:
    return (a + np.pi) % (2 * np.pi) - np.pi


def _wrap_once(a: Array) -> Array:
    """`_wrap` for angles less than a turn outside -pi..pi (as a sum of two wrapped angles is),
    at a third of the cost on long arrays."""
    return np.where(a >= np.pi, a - 2 * np.pi, np.where(a < -np.pi, a + 2 * np.pi, a))


@dataclass(frozen=True)
class _Ring:
    """Per-vertex numbers of one annulus that depend on its rest mesh only. Arrays of points
    are kept one row per axis (3, n): a frame works along rows, where numpy is fastest."""

    th: Array  # builder angle of each vertex
    rest: Array  # (3, n) rest vertices
    wall: Array  # not an end-cap centre
    sclip: Array  # s clipped to 0..1
    taper: Array  # clip(1 - s / 0.3): where the opened seam is as wide as the tongue's base
    wedge: Array  # a fissure is widest inside
    gap_h: Array  # (0.75 + 0.25 sin(pi h)) / radius: the seam's angular width per mm
    radial: Array  # (3, n) world radial direction at each vertex's angle
    bulge_w: Array  # sin(pi h)^0.7 s, 0 at the caps: where a bulge pushes out
    dome_w: Array  # sin(pi h)^0.7 s^1.5, 0 at the caps: where a protrusion domes
    layer_w: Array  # sin(pi h)^0.7, 0 at the caps
    inner_first: Array  # vertex indices by s, innermost first (a seam opens from inside)
    s_sorted: Array  # sclip in that order
    table: Array  # (3, loops * len(TABLE_THETA)): each cross-section point all round
    row0: Array  # where each vertex's cross-section point starts in `table`
    caps: Array
    loops: Array  # (caps, loop) the vertices each cap centre is the mean of
    row_start: Array  # (3, 1): where each coordinate's row starts in the flat (3, n) points


@dataclass(frozen=True)
class _Aim:
    """Per-vertex numbers of one annulus for one herniation/fissure direction."""

    d_ang: Array  # angle from the direction, wrapped
    d_ang2: Array  # its square
    sign: Array
    around: Array  # 0.55 + 0.45 cos: the bulge's emphasis
    focal: Array  # where a protrusion domes
    arc: Array  # where a concentric fissure parts the layers


def _ring(ctx: Context, disc: str) -> _Ring:
    ring = ctx.rings.get(disc)
    if ring is None:
        prm = ctx.model.parts[f"annulus.{disc}"].param
        th, s, h = prm[:, 0], prm[:, 1], prm[:, 2]
        sclip = np.clip(s, 0.0, 1.0)
        sin_h = np.sin(np.pi * np.clip(h, 0, 1))
        prof_h = sin_h**0.7
        wall = s >= 0.0
        fr = ctx.frames[disc]
        table, loop_of = ctx.annulus_table[disc]
        inner_first = np.argsort(sclip, kind="stable")
        caps, loops = ctx.annulus_caps[disc]
        ring = ctx.rings[disc] = _Ring(
            th,
            np.ascontiguousarray(ctx.model.parts[f"annulus.{disc}"].vertices.T),
            wall,
            sclip,
            np.clip(1 - sclip / 0.3, 0, 1),
            0.5 + 0.8 * (1.0 - sclip),
            (0.75 + 0.25 * sin_h) / ctx.annulus_radius[disc],
            np.ascontiguousarray(fr.world_dir(np.stack([np.cos(th), np.sin(th), np.zeros_like(th)], 1)).T),
            prof_h * sclip * wall,
            prof_h * sclip**1.5 * wall,
            prof_h * wall,
            inner_first,
            sclip[inner_first],
            np.ascontiguousarray(table.reshape(-1, 3).T),
            loop_of * table.shape[1],
            caps,
            loops,
            np.arange(3)[:, None] * len(th),
        )
    return ring


def _aim(ctx: Context, disc: str, theta_dir: float) -> _Aim:
    aim = ctx.aims.get((disc, theta_dir))
    if aim is None:
        th = ctx.model.parts[f"annulus.{disc}"].param[:, 0]
        d_ang = _wrap(th - theta_dir)
        aim = ctx.aims[(disc, theta_dir)] = _Aim(
            d_ang,
            d_ang**2,
            np.sign(d_ang),
            0.55 + 0.45 * np.cos(th - theta_dir),
            np.exp(-((d_ang / 0.3) ** 2)),
            np.exp(-((d_ang / 0.6) ** 2)),
        )
    return aim


@dataclass(frozen=True)
class _Patch:
    """The nucleus wall patch a tongue leaves by (per disc, direction and patch size): its
    vertices in the tongue's order (funnel, neck, dome) and what depends on the patch only."""

    moved: Array  # vertex indices
    rho: Array  # where on the patch: 1 at its rim, 0 at its centre
    cos_psi: Array
    sin_psi: Array
    blend: Array  # (k, 1) how far each vertex goes over to the tongue
    on_plane: Array  # (k, 3): weights of (across, up, base) of each vertex's place on the patch
    segments: tuple[int, int]  # where the neck and the dome start
    u: Array  # how far along its segment (funnel, neck, dome) each vertex is, 0..1
    ease: Array  # smoothstep of u (the funnel narrows smoothly)
    keep: Array  # (k, 1) how much of the wall's curve a vertex keeps
    rho2: Array  # (k, 1)
    finger_a: Array  # 1 - rho^2: a contained tongue's reach
    finger_r: Array  # (k, 2): a contained tongue's radius along (across, up)
    corners: Array  # the vertices of the faces the tongue changes
    faces: Array  # those faces, indexing `corners`
    moved_corner: Array  # where the moved vertices are among `corners`
    fixed_volume: float  # rest volume of the other faces (about the nucleus centre)


def _patch(ctx: Context, disc: str, theta_dir: float, tongue: Tongue) -> _Patch:
    """The nucleus wall patch a tongue leaves by: which vertices, where on the patch (rho, psi),
    their blend weight, and the faces (and rest volume of the others) it changes."""
    key = (disc, theta_dir, tongue.patch)
    patch = ctx.patches.get(key)
    if patch is None:
        fr, nuc = ctx.frames[disc], ctx.model.parts[f"nucleus.{disc}"]
        nth, ns, nh = nuc.param[:, 0], nuc.param[:, 1], nuc.param[:, 2]
        rw = np.linalg.norm(fr.local(tongue.base)[:2]) + 1e-9
        du = _wrap(nth - theta_dir) * rw
        dv = (nh - 0.5) * fr.height
        rho = np.hypot(du, dv) / tongue.patch
        inside = (ns >= 1.0) & (rho < 1.0)
        touched = inside[nuc.faces].any(axis=1)
        corners, faces = np.unique(nuc.faces[touched], return_inverse=True)
        sig = 1.0 - rho
        moved = np.nonzero(inside)[0]
        moved = moved[np.argsort(np.digitize(sig[moved], [0.25, 0.45]), kind="stable")]
        rho, sig, psi = rho[moved], sig[moved], np.arctan2(dv[moved], du[moved])
        f, n = int(np.sum(sig < 0.25)), int(np.sum(sig < 0.45))
        u = np.concatenate([sig[:f] / 0.25, (sig[f:n] - 0.25) / 0.2, (sig[n:] - 0.45) / 0.55])
        r_finger, r_flat = tongue.patch * rho * (0.55 + 0.45 * rho), tongue.patch * rho
        patch = ctx.patches[key] = _Patch(
            moved,
            rho,
            np.cos(psi),
            np.sin(psi),
            smoothstep(0.0, 0.2, 1.0 - rho)[:, None],
            np.stack([r_flat * np.cos(psi), r_flat * np.sin(psi), np.ones_like(rho)], 1),
            (f, n),
            u,
            u * u * (3 - 2 * u),
            np.clip((rho - 0.75) / 0.25, 0.0, 1.0)[:, None],
            (rho**2)[:, None],
            1.0 - rho**2,
            np.stack([r_finger * np.cos(psi), r_finger * np.sin(psi)], 1),
            corners,
            faces.reshape(-1, 3),
            np.searchsorted(corners, moved),
            float(ctx.nucleus_faces[disc][1][~touched].sum()),
        )
    return patch


def _disc_shapes(ctx: Context, disc: str, ds: DiscState, out: dict[str, Array], pushers: list):
    """Bulge, protrusion/extrusion/sequestration, fissure and leak, dehydration of one disc."""
    fr = ctx.frames[disc]
    ring = _ring(ctx, disc)
    theta_dir = direction_angle(ds.direction, ds.side) if ds.direction != "central" else -np.pi / 2
    aim = _aim(ctx, disc, theta_dir)
    prot = smoothstep(PROTRUSION_AT, EXTRUSION_AT, ds.herniation)
    ext = smoothstep(EXTRUSION_AT, SEQUESTRATION_AT, ds.herniation)
    bump = PROTRUSION_MM * prot * (1.0 - 0.6 * ext)
    tongue = None
    if ds.herniation > 0.0:
        tongue = _tongue(disc, fr, theta_dir, ds.herniation, ds.migration, bump)
    elif ds.fissure > 0.0 and ds.leak > 0.0:
        tongue = _leak_tongue(disc, fr, theta_dir, ds)
    # Open the seam at the fissure/herniation direction: a real gap through the annulus. The
    # sectors are squeezed along the ring in their own coordinates, so the inner wall stays on
    # the nucleus' outline.
    bulge = BULGE_MM * ds.bulge + DEGEN_BULGE_MM * ds.degeneration
    # Bulge: broad, all round, most at the back (Fardon 2014: over 25% of the circumference).
    # Protrusion: a focal dome whose base is wider than its height.
    v = _push_annulus(ring, ring.radial, aim.around, aim.focal, bulge, bump, ring.rest)
    depth = max(
        smoothstep(0.0, EXTRUSION_AT, ds.herniation) * 1.05,
        ds.fissure if ds.fissure_kind == "radial" else 0.0,
    )
    turned = None
    if depth > 0.0:
        # Only the layers inside 1.12 * depth open (the others are not moved at all).
        inner = ring.inner_first[: np.searchsorted(ring.s_sorted, 1.12 * depth)]
        need = 0.6 if tongue is None else tongue.neck + 1.2
        base_need = 0.6 if tongue is None else tongue.patch + 2.4
        width = need + (base_need - need) * ring.taper[inner]
        if ds.fissure > 0.0 and tongue is None:
            width *= ring.wedge[inner]  # wedge: widest inside
        opened = (1.12 * depth - ring.sclip[inner]) / 0.08
        np.minimum(np.maximum(opened, 0.0, out=opened), 1.0, out=opened)
        gap = width * opened
        gap *= ring.gap_h[inner]
        sigma = max(1.2 * float(gap.max(initial=0.0)), 0.05)
        shift = aim.d_ang2[inner] * (-1.0 / sigma**2)
        np.exp(shift, out=shift)
        shift *= gap
        shift *= aim.sign[inner]
        turn = np.nonzero(np.abs(shift) > 1e-9)[0]  # (1e-9 rad: under 1e-8 mm)
        turned, shift = inner[turn], shift[turn]
        th_new = ring.th.take(turned) + shift
        # The seam moves vertices along the ring (sampled anew), and their directions turn.
        at = ring.rest.take(turned, axis=1)
        moving = ring.wall.take(turned) & (np.abs(shift) > 1e-5)
        at = np.where(moving, _annulus_lookup(ring, th_new, turned), at)
        cos_new, sin_new = np.cos(th_new), np.sin(th_new)
        radial_t = fr.R[:, :2] @ np.stack([cos_new, sin_new])
        cos_new *= 0.45 * np.cos(theta_dir)
        sin_new *= 0.45 * np.sin(theta_dir)
        cos_new += sin_new
        cos_new += 0.55
        d_new = np.abs(aim.d_ang.take(turned) + shift)  # wrapped (less than a turn off)
        np.minimum(d_new, 2 * np.pi - d_new, out=d_new)
        d_new *= 1 / 0.3
        np.square(d_new, out=d_new)
        np.negative(d_new, out=d_new)
        focal_t = np.exp(d_new, out=d_new)
        at = _push_annulus(ring, radial_t, cos_new, focal_t, bulge, bump, at, turned)
        v.reshape(-1)[(turned + ring.row_start).ravel()] = at.ravel()
    v[:, ring.caps] = v.take(ring.loops, axis=1).sum(axis=2) / ring.loops.shape[1]
    if ds.fissure > 0.0 and ds.fissure_kind == "concentric":
        # Delamination: inner layers part from outer ones along an arc behind the nucleus.
        radial = ring.radial
        if turned is not None:
            radial = radial.copy()
            radial[:, turned] = radial_t
        layer = np.clip(1.0 - ring.sclip / max(ds.fissure, 1e-3), 0.0, 1.0)
        v += radial * (1.4 * ds.fissure * aim.arc * layer * ring.layer_w)
    out[f"annulus.{disc}"] = np.ascontiguousarray(v.T)

    # Nucleus: dehydration shrinks it; a tongue leaves it; the rest shrinks to conserve material.
    nv = ctx.model.parts[f"nucleus.{disc}"].vertices
    centre, face_vol = ctx.nucleus_faces[disc]
    rel = ctx.nucleus_rel[disc]
    dry = 1.0 - DRY_SHRINK * ds.degeneration
    target = ctx.nucleus_volume[disc] * dry**2
    # Scaled about its centre the nucleus' volume goes as k^3; only the faces at the tongue need
    # summing again, and only their corners scaling.
    tongue_pts, patch = None, None
    fixed_vol = ctx.nucleus_volume_rest[disc]
    if tongue is not None and tongue.length > 0.0:
        patch = _patch(ctx, disc, theta_dir, tongue)
        fixed_vol = patch.fixed_volume
        tongue_pts = _tongue_points(tongue, patch, nv.take(patch.moved, axis=0))
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
            vol += float(_face_volumes(relk, patch.faces).sum())
        k_next = k * (target / vol) ** (0.45)
    scale = np.zeros((4, 3))  # centre + rel * k, as one product
    np.fill_diagonal(scale[:3], k)
    scale[3] = centre
    nvk = ctx.nucleus_rel_h[disc] @ scale
    if patch is not None:
        nvk[patch.moved] = nvk.take(patch.moved, axis=0) * keep + tongue_pts * patch.blend
    out[f"nucleus.{disc}"] = nvk
    if tongue is not None and tongue.dome > 0.0:
        pushers.append(tongue_field(tongue))
    pushers.append(envelope_field(disc, fr, bulge, theta_dir, bump))
    return tongue


def _push_annulus(ring: _Ring, radial, around, focal, bulge: float, bump: float, at: Array, which=None):
    """Annulus points `at` (3, k) pushed out along `radial` by the bulge and the protrusion dome
    (of emphasis `around` and `focal`), for the vertices `which` (default: all)."""
    disp = None
    if bulge:
        disp = around * (ring.bulge_w if which is None else ring.bulge_w.take(which))
        disp *= bulge
    if bump:
        dome = focal * (ring.dome_w if which is None else ring.dome_w.take(which))
        dome *= bump
        disp = dome if disp is None else disp + dome
    if disp is None:
        return at.copy() if which is None else at
    disp = radial * disp
    disp += at
    return disp


def _annulus_lookup(ring: _Ring, theta: Array, which: Array) -> Array:
    """Rest annulus positions (3, k) at new angles for the vertices `which`, from a table per
    cross-section point (linear in theta, 0.25 degree steps)."""
    x = (_wrap_once(theta) + np.pi) / (2 * np.pi) * (len(TABLE_THETA) - 1)
    i0 = np.floor(x).astype(int)
    np.minimum(np.maximum(i0, 0, out=i0), len(TABLE_THETA) - 2, out=i0)
    f = x - i0
    i0 += ring.row0[which]
    a = ring.table.take(i0, axis=1)
    i0 += 1
    a *= 1 - f
    a += ring.table.take(i0, axis=1) * f
    return a


def _leak_tongue(disc: str, fr: DiscFrame, theta: float, ds: DiscState) -> Tongue:
    """Gel seeping into a radial fissure: a thin finger as deep as the fissure allows."""
    inner, outer = _wall_points(disc, theta)
    out = fr.world_dir(np.array([np.cos(theta), np.sin(theta), 0.0]))
    across = fr.world_dir(np.array([-np.sin(theta), np.cos(theta), 0.0]))
    through = float((outer - inner) @ out)
    length = ds.leak * ds.fissure * 0.85 * through
    return Tongue(inner - out * NUCLEUS_GAP, out, across, fr.R[:, 2], length, through, 1.4, 0.6, 0.0, 0.0)


def _rest_set(ctx: Context, key: tuple, make) -> RestPoints:
    """The rest points kept under `key`: made once by `make()` -> (points, index or None)."""
    rest = ctx.rest_sets.get(key)
    if rest is None:
        points, index = make()
        rest = ctx.rest_sets[key] = RestPoints(np.ascontiguousarray(points), index)
    return rest


def _rigid(ctx: Context, disc: str, ds: DiscState, phase: float) -> tuple[Array, Array, Array] | None:
    """Settling and rocking of everything above a disc: (R, centre, translation) or None.

    The segment hinges on its facet joints: as the disc collapses the front drops most and the
    joints stay engaged (height loss is larger in front than behind); an unstable segment rocks
    about the same hinge and slips backward and forward of neutral."""
    fr = ctx.frames[disc]
    drop = HEIGHT_LOSS * ds.degeneration * fr.height
    wave = np.sin(2 * np.pi * phase)
    hinge = ctx.hinge[disc]
    arm = float((fr.centre - hinge) @ fr.R[:, 1])  # disc centre in front of the hinge (mm)
    angle = -drop / arm + np.radians(ROCK_DEG * ds.instability * wave)
    slide = -SLIDE_MM * ds.instability * 0.5 * (1.0 - np.cos(2 * np.pi * phase))
    if angle == 0.0 and slide == 0.0:
        return None
    c, s = np.cos(angle), np.sin(angle)
    x = fr.R[:, 0]
    K = np.array([[0, -x[2], x[1]], [x[2], 0, -x[0]], [-x[1], x[0], 0]])
    R = np.eye(3) + s * K + (1 - c) * K @ K
    return R, hinge, slide * fr.R[:, 1]


def _root_weight(fr: DiscFrame, p: Array) -> Array:
    """A root moves with its own bone, but its nerve further down (over the sacrum, past the
    lower bone) stays where it is anchored: 1 down to 4 mm below the disc, 0 from 12 mm."""
    z = (p - fr.centre) @ fr.R[:, 2]
    w = np.clip((z + 0.5 * fr.height + 12.0) / 8.0, 0.0, 1.0)
    return 1.0 if bool(np.all(w == 1.0)) else w


def _axial_weight(fr: DiscFrame, p: Array) -> Array:
    z = (p - fr.centre) @ fr.R[:, 2]
    return smoothstep(-0.5 * fr.height, 0.5 * fr.height, z)


@dataclass(frozen=True)
class Contacts:
    """How far each root and the sac had to give way (mm), from the last deform()."""

    root_depth: dict[str, float]
    dura_depth: float
    sac_depth: dict[tuple[str, str], float] = field(default_factory=dict)  # (level, side) -> mm


def deform(model: Model, state: PathologyState) -> dict[str, Array]:
    """Vertices of every part for a pathology state (rest arrays are returned as they are)."""
    return deform_with_contacts(model, state)[0]


def deform_with_contacts(model: Model, state: PathologyState) -> tuple[dict[str, Array], Contacts]:
    """Vertices of every part and how far roots and sac gave way. The arrays may be shared with
    earlier and later calls for the same state: read them, never write into them."""
    out = {pid: p.vertices for pid, p in model.parts.items()}
    sick = tuple((d, ds) for d, ds in state.discs if not ds.is_healthy)
    if not sick:
        return out, Contacts({f"{r}.{s}": 0.0 for r in ROOTS for s in SIDES}, 0.0)
    ctx = context(model)
    # Only an unstable segment moves with the phase; otherwise the phase changes nothing.
    key = (state.discs, state.phase if any(ds.instability > 0.0 for _, ds in sick) else None)
    posed = _recall(ctx.poses, key)
    if posed is None:
        rest_pose = _recall(ctx.rest_poses, state.discs)
        if rest_pose is None:
            rest_pose = _rest_pose(ctx, sick)
            _remember(ctx.rest_poses, state.discs, rest_pose)
        parts, contacts = rest_pose
        moved = out | parts
        _move_segments(ctx, state, sick, moved)
        posed = ({pid: v for pid, v in moved.items() if v is not out[pid]}, contacts)
        _remember(ctx.poses, key, posed)
    return out | posed[0], posed[1]


def _recall(cache: dict, key):
    hit = cache.pop(key, None)
    if hit is not None:
        cache[key] = hit  # most recent last
    return hit


def _remember(cache: dict, key, value) -> None:
    cache[key] = value
    while len(cache) > POSES_KEPT:
        del cache[next(iter(cache))]


def _rest_pose(ctx: Context, sick: tuple[tuple[str, DiscState], ...]) -> tuple[dict[str, Array], Contacts]:
    """The parts that disc changes, spurs and contact move in the rest pose (before segments
    settle or rock), and how far roots and sac gave way."""
    rest = ctx.rest_vertices
    out = dict(rest)
    depth = dict.fromkeys(ctx.root_rings, 0.0)
    pushers: list = []
    for d, ds in sick:
        _disc_shapes(ctx, d, ds, out, pushers)
        if ds.degeneration > 0.0:
            _degenerate(ctx, d, ds, out)

    # Roots and sac give way to disc material (in the rest pose, before segments move).
    def field(p):
        d = pushers[0](p)
        for f in pushers[1:]:
            d = np.minimum(d, f(p))
        return d

    levels = tuple(d for d, _ in sick)
    box = ctx.boxes.get(levels)
    if box is None:  # round the sick levels: where roots and sac can be reached
        box = ctx.boxes[levels] = (
            np.min([ctx.frames[d].centre for d in levels], axis=0) - 32.0,
            np.max([ctx.frames[d].centre for d in levels], axis=0) + 32.0,
        )
    lo, hi = box
    keys = ctx.near_roots.get(levels)
    if keys is None:  # the roots are still at rest here: which are near depends on the levels only
        keys = [
            f"{r}.{s}"
            for r in ROOTS
            for s in SIDES
            if np.any(np.all((out[f"root.{r}.{s}"] > lo) & (out[f"root.{r}.{s}"] < hi), axis=1))
        ]
        ctx.near_roots[levels] = keys
    v = out["dura"]

    def make():
        index = np.nonzero(np.all((rest["dura"] > lo) & (rest["dura"] < hi), axis=1))[0]
        return rest["dura"].take(index, axis=0), index

    # The sac near the levels at rest: what the field needs of it is kept.
    dura = _rest_set(ctx, ("dura", levels), make)
    if v is rest["dura"]:
        near, v_near = dura.index, dura.p
        d_near = field_at(pushers, dura)
    else:  # squeezed: only the vertices that moved can have left or entered the box, or changed
        changed = np.nonzero((v != rest["dura"]).any(axis=1))[0]
        mask = np.zeros(len(v), bool)
        mask[dura.index] = True
        v_changed = v.take(changed, axis=0)
        mask[changed] = np.all((v_changed > lo) & (v_changed < hi), axis=1)
        near = np.nonzero(mask)[0]
        d_all = np.empty(len(v))
        d_all[dura.index] = field_at(pushers, dura)
        moved = mask[changed]
        d_all[changed[moved]] = field(v_changed[moved])
        v_near, d_near = v.take(near, axis=0), d_all.take(near)
    # Where the sac is indented, the roots still inside it on that side are pressed too.
    pen = np.maximum(0.0, -d_near)
    sac: dict[tuple[str, str], float] = {}
    for d in levels:
        sides = dura.cache.get(("sac", d)) if v is rest["dura"] else None
        if sides is None:
            q = ctx.frames[d].local(v_near)
            at_level = np.abs(q[:, 2]) < 0.5 * ctx.frames[d].height + 3.0
            sides = [
                np.nonzero(at_level & ((q[:, 0] > 0) if s == "right" else (q[:, 0] < 0)))[0] for s in SIDES
            ]
            if v is rest["dura"]:
                dura.cache[("sac", d)] = sides
        for s, on_side in zip(SIDES, sides, strict=True):
            sac[(d, s)] = float(pen.take(on_side).max()) if len(on_side) else 0.0
    tubes = [(out[f"root.{k}"], *ctx.root_rings[k]) for k in keys]
    at_rest = all(out[f"root.{k}"] is rest[f"root.{k}"] for k in keys)  # (so far always)

    def rings_field(i: int) -> Array:
        pts, rings, _ = tubes[i]
        return field_at(
            pushers, _rest_set(ctx, ("rings", keys[i]), lambda: (pts[rings].reshape(-1, 3), None))
        )

    def make_centres():
        return np.concatenate([ctx.root_bounds[k][0] for k in keys]), None

    centres = _rest_set(ctx, ("centres", tuple(keys)), make_centres) if keys else None
    *pushed, (moved, dura_depth) = push_tubes(
        tubes,
        field,
        CLEARANCE,
        bounds=[ctx.root_bounds[k] for k in keys],
        loose=(v_near, d_near),
        bounds_field=field_at(pushers, centres) if centres and at_rest else None,
        rings_field=rings_field if at_rest else None,
    )
    for k, (moved_root, dep) in zip(keys, pushed, strict=True):
        if dep > 0.0:
            out[f"root.{k}"] = moved_root
        depth[k] = dep
    v = v.copy()
    v[near] = moved
    out["dura"] = v
    return {pid: v for pid, v in out.items() if v is not rest[pid]}, Contacts(depth, dura_depth, sac)


def _degenerate(ctx: Context, d: str, ds: DiscState, out: dict[str, Array]) -> None:
    """Bone spurs at the endplate margins, a thicker ligamentum flavum, a squeezed sac."""
    g = ds.degeneration
    fr = ctx.frames[d]
    upper, lower = disc_between(d)
    for bone in (upper, lower):
        pid = "sacrum" if bone == "S1" else f"vertebra.{bone}"
        idx, wdir = ctx.spur_dir[(d, bone)]
        v = out[pid].copy() if out[pid] is ctx.model.parts[pid].vertices else out[pid]
        flat = v.reshape(-1)  # (one index per coordinate: cheaper than rows)
        flat[idx] += wdir * (SPUR_MM * g)
        out[pid] = v
    # It grows only where the sac below is squeezed to make room (see the band below).
    out[f"flavum.{d}"] = ctx.model.parts[f"flavum.{d}"].vertices + ctx.flavum_growth[d] * (
        FLAVUM_GROWTH_MM * g
    )
    # The sac at this level must fit inside what the ligament and the disc leave free: an ellipse
    # shrinking with degeneration, its front at the back of the bulged disc.
    back = -_back_wall(lower) - (DEGEN_BULGE_MM * g + 0.8 + CLEARANCE)
    dv = out["dura"]
    if dv is ctx.model.parts["dura"].vertices:
        idx, (qx, qy, q), band = ctx.dura_band[d]
    else:  # another level squeezed it already
        idx = np.arange(len(dv))
        q, band = fr.local(dv), _squeeze_band(fr, dv)
        qx, qy = q[:, 0], q[:, 1]
    a_free = 7.6 - 2.8 * g
    b_depth = 11.0 - (FLAVUM_GROWTH_MM + DEGEN_BULGE_MM + 1.5) * g
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


def _squeeze_band(fr: DiscFrame, p: Array) -> Array:
    """Weight 1 within the disc's height (and a margin), falling to 0 above and below."""
    z = (p - fr.centre) @ fr.R[:, 2]
    return np.exp(-((z / (0.5 * fr.height + 4.0)) ** 4))


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
                w = _axial_weight(fr, part.vertices)
            else:
                w = np.clip(part.param[:, 2], 0.0, 1.0)
        elif kind == "root":  # a root goes with the bone it belongs to, down to below the disc
            root = pid.split(".")[1]
            w = _root_weight(fr, part.vertices) if (root in LEVELS and LEVELS.index(root) <= i) else 0.0
        else:  # the sac: blended along the axis
            w = _axial_weight(fr, part.vertices)
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
    ctx.block = _to_homogeneous(np.concatenate([ctx.model.parts[pid].vertices for pid in order]))
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


def _move_segments(ctx: Context, state: PathologyState, sick, out: dict[str, Array]) -> None:
    """Apply each segment's settling/rocking to everything above it, top disc first."""
    moves = [(d, _rigid(ctx, d, ds, state.phase)) for d, ds in sick]
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


def _homogeneous(ctx: Context, pid: str) -> Array:
    """A part's rest vertices with a fourth coordinate 1 (kept per model)."""
    vh = ctx.homogeneous.get(pid)
    if vh is None:
        vh = ctx.homogeneous[pid] = _to_homogeneous(ctx.model.parts[pid].vertices)
    return vh


def _to_homogeneous(v: Array) -> Array:
    vh = np.empty((len(v), 4))
    vh[:, :3] = v
    vh[:, 3] = 1.0
    return vh
