"""How a scene moment looks on a viewport, apart from its shape and camera: highlighted parts
(lightened, a warm glow and an outline), parts a step hides, and parts it shows see-through. It
remembers what each part was, to put it back when the scene moves on or ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from meshes.parts import COLOURS, PARTS

if TYPE_CHECKING:
    from app.viewer.viewport import Viewport
    from scenes.timeline import Frame

# Highlighted parts: the part's own colour blended toward the highlight colour, and a warm
# ambient glow in the highlight colour, so they stand out from every side without losing identity.
# A highlighted part keeps its own colour, lightened, gets a warm glow (ambient light in the
# highlight colour) and an outline in the highlight colour. (Mixing the colours themselves
# would turn the blue disc grey, the colour of a dried-out one: blue and coral are opposites.)
HIGHLIGHT_LIGHTEN = 0.22  # toward white
HIGHLIGHT_AMBIENT = 0.30
OUTLINE_WIDTH = 3.0  # pixels
TRANSLUCENT_OPACITY = 0.22
DRY_NUCLEUS = "#8C8C8C"  # a fully degenerated (dried-out) nucleus: grey instead of blue
FRAME_MARGIN = 1.06


def _rgb(colour: str) -> NDArray[np.float64]:
    c = colour.lstrip("#")
    return np.array([int(c[i : i + 2], 16) / 255.0 for i in (0, 2, 4)])


class SceneLooks:
    """The looks a scene puts on one viewport's parts (see the module docstring)."""

    def __init__(self, viewport: Viewport) -> None:
        self.viewport = viewport
        self._looks: dict[str, tuple] = {}  # part id -> (diffuse rgb, ambient rgb, ambient)
        self._visible_before: dict[str, bool] = {}  # parts hidden here, and whether they were shown
        self.opacity_held: dict[str, float] = {}  # parts a step shows see-through: their own opacity
        self.outlines: dict = {}  # part id -> vtkActor drawing its silhouette

    def reset(self) -> None:
        """The viewport was rebuilt: forget every look (its actors are new)."""
        self.drop_outlines()
        self._looks.clear()
        self._visible_before.clear()
        self.opacity_held.clear()

    def restore(self) -> None:
        """Every part back in its table colour, shown and opaque as it was before the scene."""
        for pid in list(self._looks):
            self._set_look(pid, None)
        self._looks.clear()
        for actor in self.outlines.values():
            actor.SetVisibility(False)
        for pid, was in self._visible_before.items():
            if pid in self.viewport.actors:
                self.viewport.set_visible(pid, was)
        self._visible_before.clear()
        for pid, was in self.opacity_held.items():
            if pid in self.viewport.actors:
                self.viewport.set_opacity(pid, was)
        self.opacity_held.clear()

    def apply(self, frame: Frame, hidden: frozenset[str]) -> None:
        """The looks of a scene moment: highlights with outlines, hidden and see-through parts."""
        degeneration = {lv: ds.degeneration for lv, ds in frame.state.discs}
        wanted: dict[str, tuple] = {}
        hi = _rgb(COLOURS["highlight"])
        for pid in self.viewport.actors:
            info = PARTS.get(pid)
            base = _rgb(info.colour if info else "#CCCCCC")
            if pid.startswith("nucleus.") and degeneration.get(info.level if info else "", 0.0) > 0.0:
                base = base + (_rgb(DRY_NUCLEUS) - base) * degeneration[info.level]
            if pid in frame.highlight:
                look = (tuple(base + (1.0 - base) * HIGHLIGHT_LIGHTEN), tuple(hi), HIGHLIGHT_AMBIENT)
            else:
                look = (tuple(base), tuple(base), None)
            if look != (tuple(base), tuple(base), None) or pid in self._looks:
                wanted[pid] = look
        for pid, look in wanted.items():
            if self._looks.get(pid) != look:
                self._set_look(pid, look)
                self._looks[pid] = look
        for pid in set(self.outlines) | set(frame.highlight):
            if pid in self.viewport.actors:
                self.outline(pid).SetVisibility(pid in frame.highlight and pid not in hidden)
        # Hidden and see-through parts; remember what they were, to put them back after.
        for pid in self.viewport.actors:
            hide = pid in hidden
            if hide and pid not in self._visible_before:
                self._visible_before[pid] = self.viewport.is_visible(pid)
                self.viewport.set_visible(pid, False)
            elif not hide and pid in self._visible_before:
                self.viewport.set_visible(pid, self._visible_before.pop(pid))
            see = pid in frame.translucent and not hide
            if see and pid not in self.opacity_held:
                self.opacity_held[pid] = self.viewport.actors[pid].GetProperty().GetOpacity()
                self.viewport.set_opacity(pid, TRANSLUCENT_OPACITY)
            elif not see and pid in self.opacity_held:
                self.viewport.set_opacity(pid, self.opacity_held.pop(pid))

    def _set_look(self, pid: str, look: tuple | None) -> None:
        from app.viewer.viewport import AMBIENT

        prop = self.viewport.actors[pid].GetProperty()
        if look is None:
            info = PARTS.get(pid)
            base = tuple(_rgb(info.colour if info else "#CCCCCC"))
            look = (base, base, None)
        diffuse, ambient_rgb, ambient = look
        prop.SetDiffuseColor(*diffuse)
        prop.SetAmbientColor(*ambient_rgb)
        prop.SetAmbient(AMBIENT if ambient is None else ambient)

    def outline(self, pid: str):
        """The outline actor of a part (made the first time the part is highlighted): VTK's
        silhouette of the part's own PolyData, so it follows the vertices and the camera."""
        actor = self.outlines.get(pid)
        if actor is not None:
            return actor
        from vtkmodules.vtkFiltersHybrid import vtkPolyDataSilhouette
        from vtkmodules.vtkRenderingCore import vtkActor, vtkPolyDataMapper

        renderer = self.viewport.plotter.renderer
        sil = vtkPolyDataSilhouette()
        sil.SetInputData(self.viewport.meshes[pid])
        sil.SetCamera(renderer.GetActiveCamera())
        sil.SetProp3D(self.viewport.actors[pid])
        sil.SetDirectionToCameraOrigin()
        sil.BorderEdgesOff()
        sil.SetEnableFeatureAngle(False)
        mapper = vtkPolyDataMapper()
        mapper.SetInputConnection(sil.GetOutputPort())
        mapper.ScalarVisibilityOff()
        actor = vtkActor()
        actor.SetMapper(mapper)
        actor.PickableOff()
        prop = actor.GetProperty()
        prop.SetColor(*_rgb(COLOURS["highlight"]))
        prop.SetLineWidth(OUTLINE_WIDTH)
        prop.LightingOff()
        actor.SetVisibility(False)
        renderer.AddActor(actor)
        self.outlines[pid] = actor
        return actor

    def outlined(self) -> set[str]:
        """The parts whose highlight outline is showing."""
        return {pid for pid, a in self.outlines.items() if a.GetVisibility()}

    def drop_outlines(self) -> None:
        for actor in self.outlines.values():
            self.viewport.plotter.renderer.RemoveActor(actor)
        self.outlines.clear()

    def look_of(self, part_id: str) -> tuple[tuple[float, ...], float]:
        """(diffuse colour, ambient) a part is drawn with now, for tests and exports."""
        prop = self.viewport.actors[part_id].GetProperty()
        return tuple(prop.GetDiffuseColor()), float(prop.GetAmbient())
