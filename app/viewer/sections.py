"""Filled cross-sections ("caps") where a clipping plane cuts the model, so a cut never looks hollow.

For each visible part the plane crosses, VTK cuts the surface into closed loops (vtkCutter +
vtkStripper) and fills them (vtkContourTriangulator: loops inside loops become holes). All caps of
one plane form one mesh, textured with one picture of the section (``app.viewer.section_paint``): bone as a
white cortex around spongy bone, the annulus as concentric lamellae with criss-crossed fibres, the
gel nucleus, the dural sac as a thin wall around fluid, the roots with their sheath. Because all
overlapping caps sample the same picture, coplanar caps never flicker against each other.

No Qt here: the window (``app.explore.clipping``) and the off-screen renderer
(``app.viewer.render``) both use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyvista as pv
from numpy.typing import NDArray
from vtkmodules.vtkCommonDataModel import vtkPlane
from vtkmodules.vtkFiltersCore import vtkCutter, vtkStripper
from vtkmodules.vtkFiltersGeneral import vtkContourTriangulator

from app.viewer.section_paint import SEAM_CLOSE_MM, paint_section, part_kind

Array = NDArray[np.float64]

# Section picture: (finest mm per pixel, most pixels along its longest side) per quality.
QUALITY = {"draft": (0.2, 640), "fine": (0.08, 2048), "still": (0.05, 4096)}
SOLID = 0.99  # parts at least this opaque are capped solid; others get a see-through cap


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
        polys = polylines(cut)
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


def polylines(lines: pv.PolyData) -> list[NDArray[np.int64]]:
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


# ---- planes the viewer offers ---------------------------------------------------------------------
# Each plane keeps the side its normal points to and is looked at from the removed side, laid out
# as radiologists read scans: axial seen from the feet with the front up (patient's right on the
# left), sagittal seen from the patient's left with the front on the left, coronal from the front.
PLANE_KINDS: tuple[str, ...] = ("sagittal", "coronal", "axial")
PLANE_NORMAL = {"sagittal": (1.0, 0.0, 0.0), "coronal": (0.0, -1.0, 0.0), "axial": (0.0, 0.0, 1.0)}
PLANE_UP = {"sagittal": (0.0, 0.0, 1.0), "coronal": (0.0, 0.0, 1.0), "axial": (0.0, 1.0, 0.0)}
PLANE_RANGE_MM = {"sagittal": (-60.0, 60.0), "coronal": (-70.0, 70.0), "axial": (-140.0, 140.0)}


def plane_for(
    kind: str, offset_mm: float = 0.0, flip: bool = False, disc: str | None = None, camera=None
) -> tuple[Plane, Array]:
    """A viewer plane and the screen-up for looking at its cut face.

    Offsets are mm along the plane's normal from the middle of the spine (the middle of the disc for
    an axial cut through ``disc``, whose plane then tilts with that disc). The plane keeps the side
    its normal points to. Given the ``camera`` position, that is the side away from the camera, so
    the cut face is what the camera sees; ``flip`` keeps the other side.
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
    if camera is not None and float(np.dot(normal, np.asarray(camera, float) - origin)) > 0:
        normal = -normal  # the camera is on the kept side: keep the far side instead
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
