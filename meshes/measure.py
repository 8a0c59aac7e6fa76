"""What the model reports back, measured on the deformed geometry (never typed into a scene):
disc heights, dural sac area and foraminal height per level, nucleus and herniated fragment
volumes, and for each root whether something touches it and how hard (0..1)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
from numpy.typing import NDArray

from .dimensions import (
    DISC_LEVELS,
    FORAMEN_HEIGHT_NARROW,
    LEVELS,
    ROOT_DIAMETER,
    ROOTS,
    SIDES,
    VERTEBRAE,
    disc_between,
)
from .disc import GAP, annulus_points
from .joints import bone_canal, side_sign
from .layout import layout
from .model import Model
from .pathology.contacts import Contacts
from .pathology.engine import context, deform_with_contacts, warp_of
from .pathology.frame import mesh_volume
from .pathology.nucleus import shape_nucleus
from .pathology.state import PathologyState
from .vertebra import pedicle_axis

Array = NDArray[np.float64]


@dataclass(frozen=True)
class LevelMeasure:
    disc_height_anterior: float
    disc_height_posterior: float
    disc_height_mean: float
    dural_sac_area: float
    foramen_height: dict[str, float]
    nucleus_volume: float
    fragment_volume: float


@dataclass(frozen=True)
class RootMeasure:
    contact: bool
    compression: float
    cause: str  # 'disc', 'foramen' or '' (what presses on it)


@dataclass(frozen=True)
class Measurements:
    levels: dict[str, LevelMeasure]
    roots: dict[str, RootMeasure]  # keys like 'L5.left'

    def pressed(self) -> dict[str, float]:
        """The roots something presses now ('L5.left' -> 0..1), the one list every view names."""
        return {k: m.compression for k, m in self.roots.items() if m.contact}

    def to_json(self, scene: str | None = None, time: float | None = None) -> dict:
        """The documented `measure --json` shape."""
        r = lambda x: round(float(x), 2)  # noqa: E731
        return {
            "scene": scene,
            "time": time,
            "levels": {
                d: {
                    "disc_height_mm": {
                        "anterior": r(m.disc_height_anterior),
                        "posterior": r(m.disc_height_posterior),
                        "mean": r(m.disc_height_mean),
                    },
                    "dural_sac_area_mm2": r(m.dural_sac_area),
                    "foramen_height_mm": {s: r(m.foramen_height[s]) for s in SIDES},
                    "nucleus_volume_mm3": r(m.nucleus_volume),
                    "fragment_volume_mm3": r(m.fragment_volume),
                }
                for d, m in self.levels.items()
            },
            "roots": {
                k: {"contact": m.contact, "compression": r(m.compression)} for k, m in self.roots.items()
            },
        }


@dataclass(frozen=True)
class _Landmarks:
    """Vertex indices chosen once on the rest model."""

    rim: dict[str, tuple[int, int, int, int]]  # annulus (ant. bottom, ant. top, post. bottom, post. top)
    dura_rings: Array  # (n_rings, n_around) vertex indices
    pedicle_low: dict[tuple[str, str], Array]  # (bone, side) -> indices of its pedicle's underside
    pedicle_high: dict[tuple[str, str], Array]


_LANDMARKS: dict[int, tuple[Model, _Landmarks]] = {}


def _landmarks(model: Model) -> _Landmarks:
    hit = _LANDMARKS.get(id(model))
    if hit is not None and hit[0] is model:
        return hit[1]
    lay = layout()
    rim = {}
    for d in DISC_LEVELS:
        prm = model.parts[f"annulus.{d}"].param
        out = []
        for ang in (90.0, -84.0):  # just beside the seam at -90
            th_err = np.abs(np.degrees(np.angle(np.exp(1j * (prm[:, 0] - np.radians(ang))))))
            for hh in (0.0, 1.0):
                score = th_err + 1000 * (prm[:, 1] != 1.0) + 1000 * (prm[:, 2] != hh)
                out.append(int(np.argmin(score)))
        rim[d] = tuple(out)
    prm = model.parts["dura"].param
    ring = prm[:, 2] == 1.0
    idx = np.nonzero(ring)[0]
    ts = np.unique(prm[ring, 0])
    n_around = len(idx) // len(ts)
    rings = idx.reshape(len(ts), n_around)
    low, high = {}, {}
    for bone in (*LEVELS, "S1"):
        pid = "sacrum" if bone == "S1" else f"vertebra.{bone}"
        q = lay.bones[bone].to_local(model.parts[pid].vertices)
        cw, yb, _ = bone_canal(bone)
        for side in SIDES:
            s = side_sign(side)
            if bone == "S1":
                # The S1 pedicle: lateral to the canal, just behind the body, below the endplate.
                sel = (
                    (np.abs(q[:, 0] - s * (cw + 5.0)) < 4.5)
                    & (q[:, 1] < yb + 1)
                    & (q[:, 1] > yb - 6)
                    & (q[:, 2] < -1.0)
                )
                zs = q[sel, 2]
                high[(bone, side)] = np.nonzero(sel)[0][np.argsort(zs)[-12:]]
                continue
            # The pedicle's middle third: a column around its axis, away from body and pillar.
            v = VERTEBRAE[bone]
            front, back = pedicle_axis(bone, side)
            front = front + (back - front) * 0.45  # the part behind the body's back wall
            axis = back - front
            t = (q - front) @ axis / (axis @ axis)
            across = np.abs(q[:, 0] - (front[0] + t * axis[0]))
            # (In front the body's fillet, behind the pars below and the superior articular
            # process above would be taken for the pedicle.)
            sel = (across < 0.3 * v.pedicle_width) & (t > 0.05)
            zc, half = front[2], 0.5 * v.pedicle_height + 2.5
            lo_sel = sel & (t < 0.35) & (q[:, 2] < zc) & (q[:, 2] > zc - half)
            hi_sel = sel & (t < 0.3) & (q[:, 2] > zc) & (q[:, 2] < zc + half)
            low[(bone, side)] = np.nonzero(lo_sel)[0][np.argsort(q[lo_sel, 2])[:12]]
            high[(bone, side)] = np.nonzero(hi_sel)[0][np.argsort(q[hi_sel, 2])[-12:]]
    lm = _Landmarks(rim, rings, low, high)
    _LANDMARKS.clear()
    _LANDMARKS[id(model)] = (model, lm)
    return lm


@cache
def _envelope(disc: str, n_theta: int = 96, n_h: int = 12):
    """The disc space at rest as a closed trimesh (rim wall plus flat-ish caps)."""
    import trimesh

    th = np.linspace(-np.pi, np.pi, n_theta, endpoint=False)
    hh = np.linspace(-0.02, 1.02, n_h)
    T, H = np.meshgrid(th, hh, indexing="ij")
    wall = annulus_points(disc, T, np.ones_like(T), np.clip(H, 0, 1))
    # Extend slightly past each endplate so material touching an endplate counts as inside.
    centre_b = annulus_points(disc, th, np.full_like(th, -2.0), np.zeros_like(th)).mean(axis=0)
    centre_t = annulus_points(disc, th, np.full_like(th, -2.0), np.ones_like(th)).mean(axis=0)
    axis = centre_t - centre_b
    axis /= np.linalg.norm(axis)
    wall = wall + axis * ((H - np.clip(H, 0, 1)) * 40.0)[..., None]
    verts = np.concatenate([wall.reshape(-1, 3), [centre_b - axis * 1.5, centre_t + axis * 1.5]])
    faces = []
    for i in range(n_theta):
        j = (i + 1) % n_theta
        for k in range(n_h - 1):
            a, b, c, d = i * n_h + k, j * n_h + k, j * n_h + k + 1, i * n_h + k + 1
            faces += [(a, b, c), (a, c, d)]
        faces.append((len(verts) - 2, j * n_h, i * n_h))
        faces.append((len(verts) - 1, i * n_h + n_h - 1, j * n_h + n_h - 1))
    m = trimesh.Trimesh(verts, np.array(faces), process=False)
    if m.volume < 0:
        m.invert()
    return m


def fragment_volume(model: Model, disc: str, nucleus: Array) -> float:
    """Nucleus material outside the disc space (mm^3), by a boolean with the rest envelope."""
    import trimesh

    faces = model.parts[f"nucleus.{disc}"].faces
    total = mesh_volume(nucleus, faces)
    env = _envelope(disc)
    nuc = trimesh.Trimesh(nucleus, faces, process=False)
    if np.all(env.contains(nucleus[:: max(1, len(nucleus) // 400)])):
        return 0.0
    inside = trimesh.boolean.intersection([nuc, env], engine="manifold")
    kept = float(inside.volume) if len(inside.faces) else 0.0  # empty: trimesh would divide by zero
    return max(0.0, total - kept)


def _ring_area(pts: Array, axis: Array) -> float:
    x = np.array([1.0, 0.0, 0.0])
    y = np.cross(axis, x)
    u, v = pts @ x, pts @ y
    return 0.5 * abs(np.dot(u, np.roll(v, -1)) - np.dot(v, np.roll(u, -1)))


def measure(model: Model, state: PathologyState, volumes: bool = True) -> Measurements:
    """Measure the model in a state (see the module docstring for what and how); without
    `volumes` the fragment boolean is skipped (fast enough for every frame of a scene)."""
    verts, contacts = deform_with_contacts(model, state)
    ctx = context(model)
    lm = _landmarks(model)
    levels: dict[str, LevelMeasure] = {}
    foramen: dict[tuple[str, str], float] = {}
    post_height: dict[str, float] = {}
    for d in DISC_LEVELS:
        fr = ctx.frames[d]
        ann = verts[f"annulus.{d}"]
        ab, at, pb, pt = lm.rim[d]
        ant = float(np.linalg.norm(ann[at] - ann[ab])) + 2 * GAP
        post = float(np.linalg.norm(ann[pt] - ann[pb])) + 2 * GAP
        post_height[d] = post
        centre = ann[[ab, at, pb, pt]].mean(axis=0)
        axis = ann[at] - ann[ab] + ann[pt] - ann[pb]
        axis /= np.linalg.norm(axis)
        rings = verts["dura"][lm.dura_rings]
        dist = np.abs((rings.mean(axis=1) - centre) @ axis)
        k = int(np.argmin(dist))
        area = _ring_area(rings[k], axis)
        upper, lower = disc_between(d)
        fh = {}
        for side in SIDES:
            lo_pts = verts[f"vertebra.{upper}"][lm.pedicle_low[(upper, side)]]
            hi_pid = "sacrum" if lower == "S1" else f"vertebra.{lower}"
            hi_pts = verts[hi_pid][lm.pedicle_high[(lower, side)]]
            fh[side] = float((lo_pts @ axis).min() - (hi_pts @ axis).max())
            foramen[(d, side)] = fh[side]
        faces = model.parts[f"nucleus.{d}"].faces
        total = mesh_volume(verts[f"nucleus.{d}"], faces)
        ds = state.disc(d)
        # Only a sick disc's own gel can leave it; it is judged against its own disc space as
        # shaped before the segments above settle or rock (a healthy disc carried along by a
        # settling one below keeps its rest values: a rigid move changes no volume).
        frag = (
            0.0
            if ds.is_healthy or not volumes
            else fragment_volume(model, d, shape_nucleus(ctx, warp_of(ctx, d, ds)))
        )
        levels[d] = LevelMeasure(ant, post, 0.5 * (ant + post), area, fh, total - frag, frag)
        del fr
    roots: dict[str, RootMeasure] = {}
    pressed = contact_compression(contacts)
    for r in ROOTS:
        for s in SIDES:
            key = f"{r}.{s}"
            comp = pressed[key]
            cause = "disc" if comp > 0.0 else ""
            if r != "S1":
                d = DISC_LEVELS[LEVELS.index(r)]  # the foramen this root exits by
                fh = foramen[(d, s)]
                # Hasegawa 1995: foramen under 15 mm with posterior disc height under 4 mm.
                if fh < FORAMEN_HEIGHT_NARROW and post_height[d] < 4.0:
                    f_comp = float(np.clip((FORAMEN_HEIGHT_NARROW - fh) / 5.0 + 0.3, 0.0, 1.0))
                    if f_comp > comp:
                        comp, cause = f_comp, "foramen"
            roots[key] = RootMeasure(comp > 0.0, comp, cause)
    return Measurements(levels, roots)


def contact_compression(contacts: Contacts) -> dict[str, float]:
    """Each root's compression (0..1) from what touches it: a disc, spur or ligament pressing the
    root itself, or, above its exit, an indented sac on its side (the root still runs inside)."""
    out = {}
    for i, r in enumerate(ROOTS):
        for s in SIDES:
            comp = float(np.clip(contacts.root_depth[f"{r}.{s}"] / ROOT_DIAMETER[r], 0.0, 1.0))
            if i >= 1:
                sac = contacts.sac_depth.get((DISC_LEVELS[i - 1], s), 0.0)
                comp = max(comp, float(np.clip(0.6 * sac / ROOT_DIAMETER[r], 0.0, 1.0)))
            out[f"{r}.{s}"] = comp
    return out
