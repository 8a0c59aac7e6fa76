"""Cut faces on screen: VTK actors for the painted caps of a section, the clipping of part
actors, the layers cut through a viewport, outlines and anchors of the cut parts. The geometry of a
section is in app.viewer.sections; no Qt here either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyvista as pv
from numpy.typing import NDArray

from app.viewer.sections import SOLID, Array, Plane, Section, build_section, polylines

if TYPE_CHECKING:
    from vtkmodules.vtkRenderingCore import vtkRenderer


# ---- VTK actors for a section ---------------------------------------------------------------------
def image_data(image: NDArray[np.uint8]):
    """A vtkImageData of an (H, W, C) image whose row 0 is at texture v = 0 (no flip)."""
    from vtkmodules.util.numpy_support import numpy_to_vtk
    from vtkmodules.vtkCommonDataModel import vtkImageData

    h, w, c = image.shape
    data = vtkImageData()
    data.SetDimensions(w, h, 1)
    arr = numpy_to_vtk(np.ascontiguousarray(image).reshape(-1, c), deep=True)
    arr.SetName("Image")
    data.GetPointData().SetScalars(arr)
    return data


class CutFace:
    """The two actors that draw one section: its painted cap and its dark section lines.

    A view keeps its CutFaces for as long as it lives and refills them for each new section
    (``show``) instead of making new actors; a hidden face gives its picture back (``hide``).
    Measured in the soak with a heap profiler: Mesa's software OpenGL held the textures of hidden
    faces at idle, 4.5-11 MB depending on the last cuts, so a hidden face lets go of its texture's
    memory and its image (0 MB in a 16-lap profile after; Mesa's scene slots can still hold one
    they drew with for a while).
    """

    def __init__(self, renderer: vtkRenderer | None = None) -> None:
        from vtkmodules.vtkCommonDataModel import vtkPolyData
        from vtkmodules.vtkRenderingCore import vtkActor, vtkPolyDataMapper, vtkTexture

        self._empty = vtkPolyData()
        self.cap = vtkActor()
        self.cap.SetMapper(vtkPolyDataMapper())
        self.cap.GetMapper().ScalarVisibilityOff()
        prop = self.cap.GetProperty()
        prop.SetColor(1.0, 1.0, 1.0)
        prop.SetAmbient(0.42)
        prop.SetDiffuse(0.68)
        prop.SetSpecular(0.04)
        prop.BackfaceCullingOff()
        self.texture = vtkTexture()
        self.texture.InterpolateOn()
        self.texture.MipmapOn()
        self.texture.RepeatOff()
        self.texture.EdgeClampOn()
        self.lines = vtkActor()
        lmapper = vtkPolyDataMapper()
        lmapper.ScalarVisibilityOff()
        lmapper.SetResolveCoincidentTopologyToPolygonOffset()
        lmapper.SetRelativeCoincidentTopologyLineOffsetParameters(0, -6)
        self.lines.SetMapper(lmapper)
        lprop = self.lines.GetProperty()
        lprop.SetColor(0.12, 0.12, 0.14)
        lprop.SetLineWidth(1.5)
        lprop.SetLighting(False)
        self.lines.PickableOff()
        self._renderer = renderer
        if renderer is not None:
            for actor in self.actors:
                renderer.AddActor(actor)
        self.hide()

    @property
    def actors(self) -> tuple:
        return self.cap, self.lines

    def show(self, section: Section, opacity: float = 1.0) -> None:
        """Draw ``section`` (its faces at ``opacity``)."""
        self.cap.GetMapper().SetInputData(section.caps)
        self.lines.GetMapper().SetInputData(section.outline)
        if section.texture is not None:
            self.texture.SetInputData(image_data(section.texture))
            self.cap.SetTexture(self.texture)
        else:
            self.cap.SetTexture(None)
        self.cap.GetProperty().SetOpacity(opacity)
        self.lines.GetProperty().SetOpacity(opacity)
        for actor in self.actors:
            actor.VisibilityOn()

    def hide(self) -> None:
        """Draw nothing, and let go of the last section's meshes, picture and texture memory."""
        for actor in self.actors:
            actor.VisibilityOff()
            actor.GetMapper().SetInputData(self._empty)
        if self.texture.GetNumberOfInputConnections(0) == 0:  # a new or hidden face: no picture
            return
        self.cap.SetTexture(None)
        window = self._renderer.GetRenderWindow() if self._renderer is not None else None
        if window is not None and window.GetInitialized():
            window.MakeCurrent()
            self.texture.ReleaseGraphicsResources(window)
        self.texture.RemoveAllInputs()


def cap_actors(section: Section, opacity: float = 1.0):
    """(cap actor, outline actor) drawing a section: textured faces and dark section lines."""
    face = CutFace()
    face.show(section, opacity)
    return face.actors


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
    loops = [ids for ids, o in zip(polylines(section.outline), owner, strict=False) if o == index]
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
