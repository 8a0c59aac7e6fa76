"""The picture painted on a cut face: what each tissue looks like in section, drawn in numpy.

Bone as a white cortex around spongy bone with marrow; the annulus as concentric lamellae with
criss-crossed fibres (layer index from the relative depth between its outer and inner wall); the
gel nucleus; the dural sac as a thin wall around fluid, with the cauda equina in a cut across the
spine; the roots with their sheath. ``app.viewer.sections`` cuts and fills the faces and maps this
picture onto them. No Qt or VTK here.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageDraw

Array = NDArray[np.float64]

LAMELLAE = 12  # drawn rings (a real annulus has 15-25; fewer read better on a projector)
FIBRE_ANGLE_DEG = 30.0  # annulus fibres run about +/-30 degrees, alternating layer to layer
CORTEX_MM = 1.0
DURA_WALL_MM = 0.45
ROOT_SHEATH_MM = 0.35
OUTLINE_MM = 0.14
SEAM_CLOSE_MM = 0.35  # the annulus sectors' hairline seams are closed up to this
CSF = (0.80, 0.90, 0.96)  # cerebrospinal fluid inside the sac: clear, faintly blue
MARROW = (0.78, 0.52, 0.42)  # red marrow between the trabeculae of spongy bone
# Paint order: later kinds win where sections overlap (roots run inside the sac).
KIND_ORDER = ("bone", "joint", "ligament", "annulus", "nucleus", "dura", "root", "other")


def part_kind(part_id: str) -> str:
    """How a part's section is drawn: bone, annulus, nucleus, dura, root, ligament, joint, other."""
    head = part_id.split(".", 1)[0]
    return {
        "vertebra": "bone",
        "sacrum": "bone",
        "osteophyte": "bone",
        "annulus": "annulus",
        "nucleus": "nucleus",
        "fragment": "nucleus",
        "dura": "dura",
        "root": "root",
        "flavum": "ligament",
        "facet": "joint",
    }.get(head, "other")


def _mask(loops: list[Array], lo: Array, mm_per_px: float, shape: tuple[int, int]) -> tuple[NDArray, tuple]:
    """Even-odd filled mask of the loops, cropped to their box (+ margin): (mask, (r0, r1, c0, c1))."""
    h, w = shape
    allp = np.concatenate(loops)
    c0 = max(int((allp[:, 0].min() - lo[0]) / mm_per_px) - 4, 0)
    c1 = min(int((allp[:, 0].max() - lo[0]) / mm_per_px) + 5, w)
    r0 = max(int((allp[:, 1].min() - lo[1]) / mm_per_px) - 4, 0)
    r1 = min(int((allp[:, 1].max() - lo[1]) / mm_per_px) + 5, h)
    mask = np.zeros((r1 - r0, c1 - c0), dtype=bool)
    for loop in loops:
        px = (loop - lo) / mm_per_px - np.array([c0, r0])
        img = Image.new("1", (c1 - c0, r1 - r0), 0)
        ImageDraw.Draw(img).polygon([tuple(p) for p in px], fill=1, outline=1)
        mask ^= np.asarray(img, dtype=bool)
    return mask, (r0, r1, c0, c1)


def paint_section(
    loops2d: dict[str, list[Array]],
    colours: dict[str, tuple[float, float, float]],
    lo: Array,
    mm_per_px: float,
    shape: tuple[int, int],
    front: Array | None = None,
    inner: dict[str, Array] | None = None,
) -> NDArray[np.uint8]:
    """The section picture (rows = the plane's v axis, columns = u), RGB uint8.

    ``front``: the patient's anterior direction in plane coordinates, for cuts across the spine.
    ``inner`` (filled in if given): each part's point farthest inside its face, in plane mm.
    """
    from scipy import ndimage  # here, not at the top: it costs start-up 0.2 s

    canvas = np.zeros((*shape, 3), dtype=np.float32)
    painted = np.zeros(shape, dtype=bool)
    order = sorted(loops2d, key=lambda p: KIND_ORDER.index(part_kind(p)))
    for pid in order:
        mask, (r0, r1, c0, c1) = _mask(loops2d[pid], lo, mm_per_px, shape)
        if not mask.any():
            continue
        base = np.asarray(colours.get(pid, (0.8, 0.8, 0.8)), dtype=np.float32)
        kind = part_kind(pid)
        if kind == "annulus":
            # The annulus is built of sectors with hairline seams at rest; close those so the
            # lamellae run round the whole ring (a real tear is far wider and stays open).
            mask = ndimage.binary_closing(mask, iterations=max(1, int(round(SEAM_CLOSE_MM / mm_per_px))))
        # Distance (mm) of each inside pixel to the part's outline.
        d_in = ndimage.distance_transform_edt(mask) * mm_per_px
        rows = (np.arange(r0, r1) + 0.5) * mm_per_px + lo[1]
        cols = (np.arange(c0, c1) + 0.5) * mm_per_px + lo[0]
        vv, uu = np.meshgrid(rows, cols, indexing="ij")
        rgb = _style(kind, mask, d_in, base, uu, vv, mm_per_px)
        if inner is not None:
            r, c = np.unravel_index(int(np.argmax(d_in)), d_in.shape)
            inner[pid] = np.array([uu[r, c], vv[r, c]])
        if kind == "dura" and front is not None:
            _cauda_equina(rgb, mask, d_in, uu, vv, front, colours)
        # A thin darker outline inside each part separates touching structures.
        edge = mask & (d_in <= OUTLINE_MM)
        rgb[edge] = rgb[edge] * (0.8 if kind == "nucleus" else 0.55)  # the gel blends into the ring
        sub = canvas[r0:r1, c0:c1]
        sub_painted = painted[r0:r1, c0:c1]
        sub[mask] = rgb[mask]
        # Bleed the outline colour a few pixels outward where nothing is painted yet, so texture
        # filtering at the cap's edge never mixes in black.
        rim = ndimage.binary_dilation(mask, iterations=3) & ~mask & ~sub_painted
        sub[rim] = base * 0.55
        sub_painted |= mask
    return (np.clip(canvas, 0.0, 1.0) * 255).astype(np.uint8)


def _style(kind: str, mask, d_in, base, uu, vv, mm_per_px) -> NDArray[np.float32]:
    rgb = np.empty((*mask.shape, 3), dtype=np.float32)
    rgb[:] = base
    if kind == "annulus":
        _annulus(rgb, mask, d_in, base, uu, vv, mm_per_px)
    elif kind == "nucleus":
        # Gel: brighter and slightly glassy in the middle, darker toward its rim.
        depth = np.clip(d_in / 4.0, 0, 1)[..., None]
        rgb[:] = base * (0.88 + 0.16 * depth) + (1 - base) * 0.16 * depth
        rgb += _noise(uu, vv, 1.4, 0.025)[..., None]
    elif kind == "bone":
        cortex = d_in <= CORTEX_MM
        spongy = _trabeculae(uu, vv)
        marrow = np.asarray(MARROW, np.float32)
        inner = base * (0.6 + 0.4 * spongy[..., None]) + marrow * 0.35 * (1 - spongy[..., None])
        rgb[:] = np.where(cortex[..., None], np.minimum(base * 1.12 + 0.05, 1.0), inner)
    elif kind == "dura":
        wall = d_in <= DURA_WALL_MM
        rgb[:] = np.where(wall[..., None], base * 0.9, np.asarray(CSF, np.float32))
    elif kind == "root":
        sheath = d_in <= ROOT_SHEATH_MM
        fasc = 0.92 + 0.08 * (_noise(uu, vv, 0.45, 1.0) > 0)
        rgb[:] = np.where(sheath[..., None], base * 0.78, base * fasc[..., None])
    elif kind == "ligament":
        rgb *= (0.9 + 0.1 * np.sin(vv * 2 * np.pi / 0.6))[..., None]  # elastic fibre bundles
    return rgb


def _cauda_equina(rgb, mask, d_in, uu, vv, front: Array, colours) -> None:
    """The nerve rootlets floating in the sac, seen in cross-section: small round bundles lying
    mostly toward the back of the sac (where they settle lying down), a pair toward the front-sides
    about to leave. Drawn only when the sac is cut across."""
    if d_in.max() < 2.5:
        return
    cu, cv = uu[mask].mean(), vv[mask].mean()
    du, dv = uu - cu, vv - cv
    ahead = du * front[0] + dv * front[1]  # mm toward the front
    side = du * -front[1] + dv * front[0]
    radius = float(np.sqrt(mask.sum() / np.pi) * abs(uu[0, 1] - uu[0, 0])) if mask.shape[1] > 1 else 5.0
    centres = []
    for k in range(11):  # a crescent in the back half
        a = np.radians(-75 + 150 * k / 10)
        r = radius * (0.55 if k % 2 else 0.68)
        centres.append((-np.cos(a) * r, np.sin(a) * r, 0.6 + 0.15 * (k % 3 == 0)))
    for s in (-1, 1):  # the next roots to leave, toward the front-sides
        centres.append((radius * 0.25, s * radius * 0.6, 0.85))
    root = np.asarray(colours.get("root.L5.left", (0.94, 0.89, 0.26)), np.float32)
    for a_mm, s_mm, r_mm in centres:
        d = np.hypot(ahead - a_mm, side - s_mm)
        dot = mask & (d <= r_mm) & (d_in > 0.5)
        rgb[dot] = root * np.where(d[dot] > r_mm * 0.75, 0.7, 1.0)[:, None]


def _annulus(rgb, mask, d_in, base, uu, vv, mm_per_px) -> None:
    """Concentric lamellae: layer index from the relative depth between the outer and inner wall."""
    from scipy import ndimage  # here, not at the top: it costs start-up 0.2 s

    outside = ~mask
    labels, _ = ndimage.label(outside)
    border = np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))
    inner = outside & ~np.isin(labels, border)
    outer = outside & ~inner
    d_outer = ndimage.distance_transform_edt(~outer) * mm_per_px
    if inner.any():
        d_inner = ndimage.distance_transform_edt(~inner) * mm_per_px
        t = d_outer / np.maximum(d_outer + d_inner, 1e-6)
        centre = np.array([uu[inner].mean(), vv[inner].mean()])
    else:  # an opened ring (a full-thickness tear): layers of a fixed thickness from the outside
        t = np.clip(d_outer / 10.0, 0, 1)
        centre = np.array([uu[mask].mean(), vv[mask].mean()])
    layer = np.minimum((t * LAMELLAE).astype(int), LAMELLAE - 1)
    within = t * LAMELLAE - layer
    shade = np.where(layer % 2 == 0, 1.0, 0.84).astype(np.float32)
    # Collagen fibres: fine lines at +/-30 degrees to the ring, alternating from layer to layer.
    du, dv = uu - centre[0], vv - centre[1]
    r = np.hypot(du, dv)
    phi = np.arctan2(dv, du)
    pitch = 0.9  # mm between fibre lines
    turns = np.tan(np.radians(FIBRE_ANGLE_DEG)) * 2 * np.pi * np.maximum(r, 1.0) / pitch
    sign = np.where(layer % 2 == 0, 1.0, -1.0)
    phase = phi * np.round(turns.mean() if turns.size else 1.0) + sign * 2 * np.pi * r / pitch
    fibres = 0.94 + 0.06 * np.cos(phase)
    boundary = (within < 0.12) & (layer > 0)
    light = shade * fibres * np.where(boundary, 0.7, 1.0)
    rgb[:] = base * light[..., None] + (1 - base) * 0.12 * (layer % 2 == 0)[..., None]


def _noise(uu, vv, scale_mm: float, amplitude: float) -> NDArray[np.float32]:
    """Smooth deterministic value noise tied to plane coordinates (mm), in -amplitude..amplitude."""
    s = 1.0 / scale_mm
    a = np.sin(uu * 1.7 * s + np.sin(vv * 0.9 * s) * 2.1) * np.cos(vv * 1.3 * s + np.sin(uu * 0.7 * s) * 1.7)
    return (a * amplitude).astype(np.float32)


def _trabeculae(uu, vv) -> NDArray[np.float32]:
    """0..1 pattern of spongy bone: a web of struts (1) around marrow spaces (0)."""
    s = 1.0 / 0.55
    a = np.sin(uu * s + 1.3 * np.sin(vv * 0.8 * s)) + np.sin(vv * 1.1 * s + 1.1 * np.sin(uu * 0.6 * s))
    b = np.sin((uu + vv) * 0.7 * s + 2.0 * np.cos(uu * 0.4 * s))
    web = np.abs(a + 0.6 * b)
    return np.clip(1.6 - web, 0.0, 1.0).astype(np.float32)
