"""Where the MRI slice lies, drawn in the 3D view: a see-through sheet over the slice's field of
view with a solid outline, moved (not rebuilt) when the slice or the pose changes."""

from __future__ import annotations

import numpy as np
import pyvista as pv
from vtkmodules.vtkRenderingCore import vtkActor, vtkPolyDataMapper

PLANE_COLOUR = (0.80, 0.47, 0.65)  # Okabe-Ito reddish purple: apart from every part colour
PLANE_OPACITY = 0.28


class PlaneActor:
    """One sheet and its outline in a renderer; ``place(corners)`` moves them."""

    def __init__(self) -> None:
        self.sheet = pv.PolyData(np.zeros((4, 3)), faces=np.array([4, 0, 1, 2, 3]))
        self.outline = pv.PolyData(np.zeros((4, 3)), lines=np.array([5, 0, 1, 2, 3, 0]))
        self.actors = [self._actor(self.sheet, PLANE_OPACITY), self._actor(self.outline, 0.9)]
        self.actors[1].GetProperty().SetLineWidth(2.0)
        self._renderer = None

    @staticmethod
    def _actor(mesh: pv.PolyData, opacity: float) -> vtkActor:
        mapper = vtkPolyDataMapper()
        mapper.SetInputData(mesh)
        actor = vtkActor()
        actor.SetMapper(mapper)
        prop = actor.GetProperty()
        prop.SetColor(*PLANE_COLOUR)
        prop.SetOpacity(opacity)
        prop.LightingOff()
        actor.PickableOff()  # clicks go to the parts behind it
        return actor

    def place(self, corners: np.ndarray) -> None:
        """The four corners of the slice's field of view (world mm)."""
        for mesh in (self.sheet, self.outline):
            mesh.points[:] = corners
            mesh.GetPoints().Modified()
            mesh.Modified()

    def corners(self) -> np.ndarray:
        return np.array(self.sheet.points)

    def show_in(self, renderer) -> None:
        """Add to ``renderer`` (None: take it out of the one it is in)."""
        if renderer is self._renderer:
            return
        if self._renderer is not None:
            for actor in self.actors:
                self._renderer.RemoveActor(actor)
        self._renderer = renderer
        if renderer is not None:
            for actor in self.actors:
                renderer.AddActor(actor)

    @property
    def shown(self) -> bool:
        return self._renderer is not None
