"""Filled cross-sections ("caps") where a clipping plane cuts the model, so a cut never looks hollow.

For each visible part the plane crosses, VTK cuts the surface into closed loops (vtkCutter +
vtkStripper) and fills them (vtkContourTriangulator: loops inside loops become holes). All caps of
one plane form one mesh, textured with one picture of the section drawn here in numpy: bone as a
white cortex around spongy bone, the annulus as concentric lamellae with criss-crossed fibres, the
gel nucleus, the dural sac as a thin wall around fluid, the roots with their sheath. Because all
overlapping caps sample the same picture, coplanar caps never flicker against each other.

No Qt here: the window (``app.clipping``) and the off-screen renderer (``app.render``) both use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyvista as pv
from numpy.typing import NDArray
from PIL import Image, ImageDraw
from scipy import ndimage
from vtkmodules.vtkCommonDataModel import vtkPlane
from vtkmodules.vtkFiltersCore import vtkCutter, vtkStripper
from vtkmodules.vtkFiltersGeneral import vtkContourTriangulator

Array = NDArray[np.float64]

# Section picture: (finest mm per pixel, most pixels along its longest side) per quality.
QUALITY = {"draft": (0.2, 640), "fine": (0.08, 2048), "still": (0.05, 4096)}
LAMELLAE = 12  # drawn rings (a real annulus has 15-25; fewer read better on a projector)
FIBRE_ANGLE_DEG = 30.0  # annulus fibres run about +/-30 degrees, alternating layer to layer
CORTEX_MM = 1.0
DURA_WALL_MM = 0.45
ROOT_SHEATH_MM = 0.35
OUTLINE_MM = 0.14
SOLID = 0.99  # parts at least this opaque are capped solid; others get a see-through cap
SEAM_CLOSE_MM = 0.35
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


@dataclass(frozen=True)
class Plane:
    """A cutting plane: a point on it and the unit normal pointing to the side that is kept (mm)."""

    origin: tuple[float, float, float]
    normal: tuple[float, float, float]

    def signed(self, points: Array) -> Array:
        return (np.asarray(points, float) - np.asarray(self.origin)) @ np.asarray(self.normal)

    def vtk(self) -> vtkPlane:
        p = vtkPlane()
        p.SetOrigin(*self.origin)
        p.SetNormal(*self.normal)
        return p


def plane_axes(normal) -> tuple[Array, Array]:
    """Two unit vectors spanning the plane (for the section picture's pixel grid)."""
    n = np.asarray(normal, float)
    n = n / np.linalg.norm(n)
    helper = np.array([0.0, 0.0, 1.0]) if abs(n[2]) < 0.9 else np.array([0.0, 1.0, 0.0])
    u = np.cross(helper, n)
    u /= np.linalg.norm(u)
    return u, np.cross(n, u)


def crosses(bounds, plane: Plane) -> bool:
    """Whether an axis-aligned box (xmin, xmax, ymin, ymax, zmin, zmax) straddles the plane."""
    xs, ys, zs = bounds[0:2], bounds[2:4], bounds[4:6]
    corners = np.array([[x, y, z] for x in xs for y in ys for z in zs])
    s = plane.signed(corners)
    return bool(s.min() < 0.0 < s.max())


def cut_loops(mesh: pv.PolyData, plane: Plane) -> pv.PolyData:
    """The plane's intersection with a closed surface, as joined polylines (empty if none)."""
    cutter = vtkCutter()
    cutter.SetInputData(mesh)
    cutter.SetCutFunction(plane.vtk())
    cutter.GenerateTrianglesOff()
    stripper = vtkStripper()
    stripper.SetInputConnection(cutter.GetOutputPort())
    stripper.JoinContiguousSegmentsOn()
    stripper.Update()
    return pv.wrap(stripper.GetOutput())


def fill_loops(lines: pv.PolyData, normal) -> pv.PolyData:
    """Triangles covering the closed loops (nested loops become holes)."""
    tri = vtkContourTriangulator()
    tri.SetInputData(lines)
    tri.Update()
    return pv.wrap(tri.GetOutput())


@dataclass
class Section:
    """The caps of one plane: ``caps`` (triangles with texture coordinates and a 'part' index per
    cell), ``outline`` (the section loops as lines), ``texture`` (H, W, 3) uint8 and ``parts``
    (part ids in the order of the 'part' index)."""

    plane: Plane
    caps: pv.PolyData
    outline: pv.PolyData
    texture: NDArray[np.uint8] | None
    parts: list[str] = field(default_factory=list)
    mm_per_px: float = 0.0
    anchors: dict[str, Array] = field(default_factory=dict)  # the most inner point of each face

    @property
    def empty(self) -> bool:
        return self.caps.n_cells == 0

    def part_at_cell(self, cell: int) -> str | None:
        if cell < 0 or cell >= self.caps.n_cells or "part" not in self.caps.cell_data:
            return None
        i = int(self.caps.cell_data["part"][cell])
        return self.parts[i] if 0 <= i < len(self.parts) else None


def build_section(
    meshes: dict[str, pv.PolyData],
    plane: Plane,
    colours: dict[str, tuple[float, float, float]],
    draw_texture: bool = True,
    quality: str = "fine",
) -> Section:
    """Cut every mesh (part id -> closed PolyData) by ``plane`` and fill and paint the sections.

    ``colours`` gives each part's current colour (RGB 0..1), so tinted or dried parts stay so.
    ``quality`` 'draft' paints a coarser picture (about 6 times faster) for use while animating.
    """
    finest, max_px = QUALITY[quality]
    u_axis, v_axis = plane_axes(plane.normal)
    origin = np.asarray(plane.origin, float)
    loops2d: dict[str, list[Array]] = {}
    caps, lines, part_ids = [], [], []
    for pid, mesh in meshes.items():
        if mesh.n_points == 0 or not crosses(mesh.bounds, plane):
            continue
        cut = cut_loops(mesh, plane)
        if cut.n_points < 3:
            continue
        pts2 = (np.asarray(cut.points) - origin) @ np.stack([u_axis, v_axis], axis=1)
        polys = _polylines(cut)
        loops = [pts2[ids] for ids in polys if len(ids) >= 3]
        if not loops:
            continue
        if part_kind(pid) == "annulus":
            # Its sectors meet with hairline seams at rest; grown a little, their caps overlap and
            # the ring's cut face shows no cracks (a real tear opens far wider than this).
            # (The plain fill is kept under it, in case growing spoils an odd loop.)
            grown = fill_loops(_grown(loops, SEAM_CLOSE_MM / 2, origin, u_axis, v_axis), plane.normal)
            filled = _merge([f for f in (fill_loops(cut, plane.normal), grown) if f.n_cells])
        else:
            filled = fill_loops(cut, plane.normal)
        index = len(part_ids)
        part_ids.append(pid)
        loops2d[pid] = loops
        if filled.n_cells:
            filled.cell_data["part"] = np.full(filled.n_cells, index, dtype=np.int32)
            caps.append(filled)
        cut.cell_data["part"] = np.full(cut.n_cells, index, dtype=np.int32)
        if part_kind(pid) != "annulus":  # its sectors' hairline seams would read as tears
            lines.append(cut)
    cap_mesh = _merge(caps)
    outline = _merge(lines)
    if cap_mesh.n_points == 0:
        return Section(plane, cap_mesh, outline, None, part_ids)
    uv = (np.asarray(cap_mesh.points) - origin) @ np.stack([u_axis, v_axis], axis=1)
    lo = uv.min(axis=0) - 1.0
    hi = uv.max(axis=0) + 1.0
    span = hi - lo
    mm_per_px = max(finest, float(span.max()) / max_px)
    w = int(np.ceil(span[0] / mm_per_px)) + 1
    h = int(np.ceil(span[1] / mm_per_px)) + 1
    tc = (uv - lo) / (np.array([w, h]) * mm_per_px)
    cap_mesh.point_data["TCoords"] = tc.astype(np.float32)
    cap_mesh.GetPointData().SetActiveTCoords("TCoords")
    texture = None
    if draw_texture:
        # In a cut across the spine the sac shows the cauda equina; it needs to know where the front is.
        n = np.asarray(plane.normal, float)
        front = None
        if abs(n[2]) > 0.7:
            y = np.array([0.0, 1.0, 0.0])
            front = np.array([y @ u_axis, y @ v_axis])
            front /= max(np.linalg.norm(front), 1e-9)
        inner: dict[str, Array] = {}
        texture = paint_section(loops2d, colours, lo, mm_per_px, (h, w), front, inner)
        anchors = {pid: origin + uv2[0] * u_axis + uv2[1] * v_axis for pid, uv2 in inner.items()}
    else:
        anchors = {}
    return Section(plane, cap_mesh, outline, texture, part_ids, mm_per_px, anchors)


def _grown(loops: list[Array], delta: float, origin: Array, u_axis: Array, v_axis: Array) -> pv.PolyData:
    """Closed loops (plane coordinates) moved ``delta`` mm outward, as 3D polylines for filling."""
    pieces, lines, start = [], [], 0
    for loop in loops:
        p = loop[:-1] if np.allclose(loop[0], loop[-1]) else loop
        if len(p) < 3:
            continue
        area = 0.5 * float(np.sum(p[:, 0] * np.roll(p[:, 1], -1) - np.roll(p[:, 0], -1) * p[:, 1]))
        edge = np.roll(p, -1, axis=0) - p
        normal = np.stack([edge[:, 1], -edge[:, 0]], axis=1)  # outward for counter-clockwise loops
        normal /= np.maximum(np.linalg.norm(normal, axis=1, keepdims=True), 1e-12)
        vertex_normal = normal + np.roll(normal, 1, axis=0)
        vertex_normal /= np.maximum(np.linalg.norm(vertex_normal, axis=1, keepdims=True), 1e-12)
        q = p + np.sign(area) * delta * vertex_normal
        pieces.append(origin + np.outer(q[:, 0], u_axis) + np.outer(q[:, 1], v_axis))
        n = len(q)
        lines.append(np.r_[n + 1, np.arange(start, start + n), start])
        start += n
    if not pieces:
        return pv.PolyData()
    return pv.PolyData(np.concatenate(pieces), lines=np.concatenate(lines))


def _polylines(lines: pv.PolyData) -> list[NDArray[np.int64]]:
    """Point ids of each polyline in a PolyData of lines."""
    conn = np.asarray(lines.lines)
    out, i = [], 0
    while i < len(conn):
        n = int(conn[i])
        out.append(conn[i + 1 : i + 1 + n].astype(np.int64))
        i += n + 1
    return out


def _merge(items: list[pv.PolyData]) -> pv.PolyData:
    if not items:
        return pv.PolyData()
    if len(items) == 1:
        return items[0]
    merged = items[0].merge(items[1:], merge_points=False)
    return merged if isinstance(merged, pv.PolyData) else merged.extract_surface()


# ---- the picture ----------------------------------------------------------------------------------
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


# ---- planes the viewer offers ---------------------------------------------------------------------
# Each plane keeps the side its normal points to and is looked at from the removed side, laid out
# as radiologists read scans: axial seen from the feet with the front up (patient's right on the
# left), sagittal seen from the patient's left with the front on the left, coronal from the front.
PLANE_KINDS: tuple[str, ...] = ("sagittal", "coronal", "axial")
PLANE_NORMAL = {"sagittal": (1.0, 0.0, 0.0), "coronal": (0.0, -1.0, 0.0), "axial": (0.0, 0.0, 1.0)}
PLANE_UP = {"sagittal": (0.0, 0.0, 1.0), "coronal": (0.0, 0.0, 1.0), "axial": (0.0, 1.0, 0.0)}
PLANE_RANGE_MM = {"sagittal": (-60.0, 60.0), "coronal": (-70.0, 70.0), "axial": (-140.0, 140.0)}


def plane_for(
    kind: str, offset_mm: float = 0.0, flip: bool = False, disc: str | None = None
) -> tuple[Plane, Array]:
    """A viewer plane and the screen-up for looking at its cut face.

    Offsets are mm along the plane's normal from the middle of the spine (the middle of the disc for
    an axial cut through ``disc``, whose plane then tilts with that disc).
    """
    from meshes.layout import disc_centre, spine_centre

    if kind not in PLANE_NORMAL:
        raise ValueError(f"unknown plane '{kind}'; use one of: {', '.join(PLANE_KINDS)}")
    up = np.asarray(PLANE_UP[kind], float)
    if disc is not None:
        if kind != "axial":
            raise ValueError("only an axial plane can go through a disc")
        from meshes.pathology import disc_frame

        frame = disc_frame(disc)
        normal = frame.R[:, 2].astype(float)
        centre = disc_centre(disc).astype(float)
        up = frame.R[:, 1].astype(float)
    else:
        normal = np.asarray(PLANE_NORMAL[kind], float)
        centre = np.asarray(spine_centre(), float).copy()
        if kind == "sagittal":
            centre[0] = 0.0  # the midline
    origin = centre + normal * float(offset_mm)
    if flip:
        normal = -normal
    return Plane(tuple(origin), tuple(normal)), up


def facing_camera(
    section: Section | list[Section] | None,
    plane: Plane,
    up,
    view_angle_deg: float,
    aspect: float,
    margin: float = 1.15,
) -> tuple[Array, Array, Array]:
    """(position, focal point, view-up) that look straight at the cut face and fit the section."""
    n = np.asarray(plane.normal, float)
    up = np.asarray(up, float)
    up = up - n * np.dot(up, n)
    up /= np.linalg.norm(up)
    right = np.cross(n * -1.0, up)
    sections = section if isinstance(section, list) else [section] if section is not None else []
    clouds = [np.asarray(s.caps.points) for s in sections if s.caps.n_points]
    pts = np.concatenate(clouds) if clouds else np.asarray([plane.origin])
    centre = (pts.min(axis=0) + pts.max(axis=0)) / 2
    centre = centre - n * np.dot(centre - np.asarray(plane.origin), n)
    rel = pts - centre
    half_h = max(float(np.abs(rel @ up).max()), 20.0)
    half_w = max(float(np.abs(rel @ right).max()), 20.0)
    t = np.tan(np.radians(view_angle_deg) / 2)
    distance = max(half_h / t, half_w / (t * max(aspect, 1e-3))) * margin
    return centre - n * distance, centre, up


# ---- VTK actors for a section ---------------------------------------------------------------------
def texture_from(image: NDArray[np.uint8]):
    """A vtkTexture of an (H, W, 3) image whose row 0 is at texture v = 0 (no flip)."""
    from vtkmodules.util.numpy_support import numpy_to_vtk
    from vtkmodules.vtkCommonDataModel import vtkImageData
    from vtkmodules.vtkRenderingCore import vtkTexture

    h, w, c = image.shape
    data = vtkImageData()
    data.SetDimensions(w, h, 1)
    arr = numpy_to_vtk(np.ascontiguousarray(image).reshape(-1, c), deep=True)
    arr.SetName("Image")
    data.GetPointData().SetScalars(arr)
    tex = vtkTexture()
    tex.SetInputData(data)
    tex.InterpolateOn()
    tex.MipmapOn()
    tex.RepeatOff()
    tex.EdgeClampOn()
    return tex


def cap_actors(section: Section, opacity: float = 1.0):
    """(cap actor, outline actor) drawing a section: textured faces and dark section lines."""
    from vtkmodules.vtkRenderingCore import vtkActor, vtkPolyDataMapper

    cap = vtkActor()
    mapper = vtkPolyDataMapper()
    mapper.SetInputData(section.caps)
    mapper.ScalarVisibilityOff()
    cap.SetMapper(mapper)
    prop = cap.GetProperty()
    prop.SetColor(1.0, 1.0, 1.0)
    prop.SetAmbient(0.42)
    prop.SetDiffuse(0.68)
    prop.SetSpecular(0.04)
    prop.BackfaceCullingOff()
    if section.texture is not None:
        cap.SetTexture(texture_from(section.texture))
    lines = vtkActor()
    lmapper = vtkPolyDataMapper()
    lmapper.SetInputData(section.outline)
    lmapper.ScalarVisibilityOff()
    lmapper.SetResolveCoincidentTopologyToPolygonOffset()
    lmapper.SetRelativeCoincidentTopologyLineOffsetParameters(0, -6)
    lines.SetMapper(lmapper)
    lprop = lines.GetProperty()
    lprop.SetColor(0.12, 0.12, 0.14)
    lprop.SetLineWidth(1.5)
    lprop.SetLighting(False)
    lines.PickableOff()
    if opacity < 1.0:
        prop.SetOpacity(opacity)
        lprop.SetOpacity(opacity)
    return cap, lines


def clip_actor(actor, planes) -> None:
    """Make an actor's mapper clip by exactly these vtkPlanes."""
    mapper = actor.GetMapper()
    mapper.RemoveAllClippingPlanes()
    for p in planes:
        mapper.AddClippingPlane(p)


def cut_layers(viewport, plane: Plane, quality: str = "fine") -> list[tuple[Section, float]]:
    """The sections of the visible parts of a viewport: one of the solid parts and, when some
    parts are see-through (x-ray), one of those, with the opacity to draw it at."""
    solid, clear, colours, opacities = {}, {}, {}, []
    for pid, actor in viewport.actors.items():
        if not actor.GetVisibility():
            continue
        prop = actor.GetProperty()
        colours[pid] = tuple(prop.GetDiffuseColor())
        if prop.GetOpacity() >= SOLID:
            solid[pid] = viewport.meshes[pid]
        elif prop.GetOpacity() > 0.02:
            clear[pid] = viewport.meshes[pid]
            opacities.append(prop.GetOpacity())
    layers = []
    if solid:
        layers.append((build_section(solid, plane, colours, quality=quality), 1.0))
    if clear:
        opacity = float(np.clip(np.mean(opacities) * 1.6, 0.3, 0.85))
        layers.append((build_section(clear, plane, colours, quality=quality), opacity))
    return [(s, o) for s, o in layers if not s.empty]


def part_outline(section: Section, part_id: str) -> pv.PolyData:
    """The section lines of one part (empty if the plane misses it), e.g. to highlight it."""
    if part_id not in section.parts or section.outline.n_cells == 0:
        return pv.PolyData()
    index = section.parts.index(part_id)
    owner = np.asarray(section.outline.cell_data["part"])
    loops = [ids for ids, o in zip(_polylines(section.outline), owner, strict=False) if o == index]
    if not loops:
        return pv.PolyData()
    lines = np.concatenate([np.r_[len(ids), ids] for ids in loops])
    return pv.PolyData(np.asarray(section.outline.points), lines=lines)


def section_anchors(section: Section) -> dict[str, Array]:
    """A point on each part's cut face, well inside it (for labels and tests): the point farthest
    from the face's edges; without a painted picture, the centre of the cap triangle nearest the
    face's area-weighted centre."""
    if section.anchors:
        return dict(section.anchors)
    caps = section.caps
    if caps.n_cells == 0 or "part" not in caps.cell_data:
        return {}
    faces = np.asarray(caps.faces).reshape(-1, 4)[:, 1:] if caps.is_all_triangles else None
    if faces is None:
        return {}
    pts = np.asarray(caps.points)
    tri = pts[faces]
    centres = tri.mean(axis=1)
    area = 0.5 * np.linalg.norm(np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]), axis=1)
    owner = np.asarray(caps.cell_data["part"])
    out = {}
    for i, pid in enumerate(section.parts):
        sel = owner == i
        if not sel.any() or area[sel].sum() <= 0:
            continue
        c = (centres[sel] * area[sel, None]).sum(axis=0) / area[sel].sum()
        k = np.argmin(np.linalg.norm(centres[sel] - c, axis=1))
        out[pid] = centres[sel][k]
    return out


def highlight_actor(lines: pv.PolyData):
    """Thick lines in the highlight colour, drawn over the cut face (the selected part's section)."""
    from vtkmodules.vtkRenderingCore import vtkActor, vtkPolyDataMapper

    from meshes.parts import COLOURS

    actor = vtkActor()
    mapper = vtkPolyDataMapper()
    mapper.SetInputData(lines)
    mapper.ScalarVisibilityOff()
    mapper.SetResolveCoincidentTopologyToPolygonOffset()
    mapper.SetRelativeCoincidentTopologyLineOffsetParameters(0, -10)
    actor.SetMapper(mapper)
    prop = actor.GetProperty()
    prop.SetColor(*pv.Color(COLOURS["highlight"]).float_rgb)
    prop.SetLineWidth(3.5)
    prop.SetLighting(False)
    actor.PickableOff()
    return actor
