"""Lighter frames while the user drags the view, for software OpenGL.

Measured with Mesa llvmpipe on 2 cores in the native view (app/viewer/native_view.py), a 1280x800 frame
of the 220k-triangle model costs ~65 ms, of which ~18 ms is clearing and presenting the empty view:
too slow to orbit smoothly. While a mouse button drags the camera, each part draws from a
decimated copy with under a fifth of its triangles (~33 ms a frame; a quarter measured ~38 ms and
looked no better in motion); the full model comes back the moment the button is released. This
is the level-of-detail pattern ParaView uses for the same problem.

The decimated copy keeps a subset of the part's own vertices (vtkDecimatePro removes vertices and
never moves them), so a deformed part (scene playing, condition shown) is followed by a gather.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyvista as pv
from numpy.typing import NDArray

if TYPE_CHECKING:
    from app.viewer.viewport import Viewport

KEEP = 0.18  # the share of each part's triangles drawn while dragging
MIN_TRIANGLES = 400  # smaller parts draw in full


class _Light:
    """One part's decimated copy: the mesh the mapper draws while dragging, and where its
    vertices come from in the full mesh."""

    def __init__(self, full: pv.PolyData, faces: NDArray[np.int64]) -> None:
        self.full = full
        source = pv.PolyData.from_regular_faces(np.array(full.points), faces)
        source.point_data["index"] = np.arange(source.n_points, dtype=np.int64)  # kept vertices keep it
        small = source.decimate_pro(1.0 - KEEP, preserve_topology=True, splitting=False)
        self.index = np.asarray(small.point_data["index"])
        self.mesh = pv.PolyData.from_regular_faces(np.array(full.points[self.index]), small.regular_faces)
        self.mesh.point_data["Normals"] = np.array(full.point_data["Normals"][self.index])
        self.mesh.GetPointData().SetActiveNormals("Normals")
        self.seen = -1  # the full mesh's points MTime when the copy last followed it

    def follow(self) -> None:
        """Take the full mesh's current vertex positions and normals, if they moved."""
        stamp = self.full.GetPoints().GetMTime()
        if stamp == self.seen:
            return
        self.seen = stamp
        self.mesh.points[:] = self.full.points[self.index]
        self.mesh.GetPoints().Modified()
        self.mesh.point_data["Normals"][:] = self.full.point_data["Normals"][self.index]
        self.mesh.GetPointData().GetNormals().Modified()
        self.mesh.Modified()


class DragDetail:
    """Swaps each part's mapper input to its light copy while the view is dragged.

    ``prepare`` builds the copies one part per call (about 1.4 s in all for the default model),
    so the window spreads the work over idle moments after its first frame; a part without a copy
    yet simply draws in full.
    """

    def __init__(self, viewport: Viewport) -> None:
        self.viewport = viewport
        self._light: dict[str, _Light] = {}
        self._active = False
        self._observer: int | None = None
        self.enabled = True  # off: drags draw the full parts (the bench compares both)

    @property
    def active(self) -> bool:
        return self._active

    def pending(self) -> list[str]:
        """Parts that still need a light copy (new, or replaced since theirs was built)."""
        vp = self.viewport
        return [
            pid
            for pid, mesh in vp.meshes.items()
            if vp.triangle_count(pid) >= MIN_TRIANGLES
            and (pid not in self._light or self._light[pid].full is not mesh)
        ]

    def prepare(self, part_id: str) -> None:
        """Build the light copy of one part (skipped if the part is gone or its copy is current)."""
        if part_id in self.pending():
            self._light[part_id] = _Light(self.viewport.meshes[part_id], self.viewport.faces(part_id))

    def begin(self) -> None:
        """Draw the light copies from the next frame on."""
        if self._active or not self.enabled:
            return
        self._active = True
        renderer = self.viewport.plotter.renderer
        self._observer = renderer.AddObserver("StartEvent", self._follow)
        for pid, light in self._usable():
            light.follow()
            self.viewport.actors[pid].GetMapper().SetInputData(light.mesh)

    def end(self) -> None:
        """Draw the full parts again."""
        if not self._active:
            return
        self._active = False
        if self._observer is not None:
            self.viewport.plotter.renderer.RemoveObserver(self._observer)
            self._observer = None
        for pid, light in self._usable():
            self.viewport.actors[pid].GetMapper().SetInputData(light.full)

    def drawn_triangles(self) -> int:
        """Triangles the parts' mappers draw now (light or full)."""
        return sum(actor.GetMapper().GetInput().GetNumberOfCells() for actor in self.viewport.actors.values())

    def _usable(self):
        vp = self.viewport
        for pid, light in self._light.items():
            if pid in vp.actors and vp.meshes.get(pid) is light.full:
                yield pid, light

    def _follow(self, *_args) -> None:
        for _pid, light in self._usable():
            light.follow()
