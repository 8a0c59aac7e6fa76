"""The axial slice a scene step shows when it hides everything above (or below) its disc.

Seen from above with the upper vertebrae hidden, the dural sac and the roots would rise as long
tubes towards the camera and hide the disc (and the disc's ligamentum flavum and facet joints,
which reach up past it, would hide the canal); cut off just above the disc without a lid, the sac
is a hollow tube seen end on (its walls edge on, so next to invisible). So these parts are clipped
(a mapper clipping plane: free on the GPU, and it follows the animation) and the cut faces are
filled with painted caps (``app.viewer.sections``): the sac shows as pale fluid holding the cauda
equina, each root as a yellow dot, the ligament as a band behind, as on an axial MRI slice.

Caps cost 25-45 ms to cut and paint, so while a scene plays they are redrawn as a coarse picture
at most every ``DRAFT_EVERY_S``; at rest (paused, stepping, scrubbing, a still or a video frame)
they are redrawn finely whenever what they show has changed.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy as np
from vtkmodules.vtkCommonDataModel import vtkPlane

from app.viewer.section_actors import CutFace
from app.viewer.sections import Plane, Section, build_section
from meshes.parts import PARTS

if TYPE_CHECKING:
    from vtkmodules.vtkRenderingCore import vtkActor, vtkMapper

    from app.viewer.viewport import Viewport
    from scenes.timeline import Frame

SLICE_ABOVE_MM = 1.0  # the cut lies this far above the top of the disc
DRAFT_EVERY_S = 0.15  # while playing, redraw the caps at most this often


def _cut(part_id: str, level: str) -> bool:
    """The parts cut at the slice: the nerves, and the disc's own ligament and facet joints
    (they reach up past the disc and would hide the canal from above)."""
    info = PARTS.get(part_id)
    if info is None:
        return False
    return info.group == "nerve" or (info.group in ("ligament", "joint") and info.level == level)


def _bone(name: str) -> str:
    return "sacrum" if name == "S1" else f"vertebra.{name}"


class SceneSlice:
    """Clips the nerve parts of a viewport above a disc and caps the cut faces."""

    def __init__(self, viewport: Viewport) -> None:
        self.viewport = viewport
        self.plane = vtkPlane()
        self.plane.SetNormal(0.0, 0.0, -1.0)  # keeps what is below
        self.parts: set[str] = set()  # part ids cut at the plane
        self._mappers: dict[int, vtkMapper] = {}  # the mappers holding the plane (parts, outlines)
        self.section: Section | None = None  # the cut faces on screen
        self.cap_builds = 0
        self._face: CutFace | None = None  # their actors (made once, refilled for each section)
        self._key: tuple | None = None  # what they show
        self._quality = ""
        self._built_at = 0.0

    @property
    def on(self) -> bool:
        return bool(self.parts)

    def apply(
        self,
        frame: Frame | None,
        hidden: frozenset[str] = frozenset(),
        playing: bool = False,
        outlines: Mapping[str, vtkActor] | None = None,
    ) -> None:
        """Cut the nerves above ``frame``'s disc when the vertebra above it is hidden, else undo.
        ``outlines`` (part id -> the actor drawing its highlight outline) are cut with their parts."""
        upper, lower = frame.level.split("-") if frame is not None else ("", "")
        annulus = self.viewport.meshes.get(f"annulus.{frame.level}") if frame is not None else None
        above = annulus is not None and f"vertebra.{upper}" in hidden
        # Looking up from the feet (the radiological way) with everything below hidden: the same
        # slice, just below the disc.
        below = annulus is not None and not above and _bone(lower) in hidden
        on = above or below
        self.parts = {pid for pid in self.viewport.actors if on and _cut(pid, frame.level)}
        if above:
            top = float(np.asarray(annulus.points)[:, 2].max())
            self.plane.SetNormal(0.0, 0.0, -1.0)
            self.plane.SetOrigin(0.0, 0.0, top + SLICE_ABOVE_MM)
        elif below:  # through the back of the disc, beside the canal, where a stenosis is tightest
            pts = np.asarray(annulus.points)
            back = pts[pts[:, 1] <= np.percentile(pts[:, 1], 10), 2]
            self.plane.SetNormal(0.0, 0.0, 1.0)
            self.plane.SetOrigin(0.0, 0.0, 0.5 * float(back.min() + back.max()))
        actors = [self.viewport.actors[pid] for pid in self.parts]
        actors += [outlines[pid] for pid in self.parts if outlines and pid in outlines]
        wanted = {id(a.GetMapper()): a.GetMapper() for a in actors}
        for key in self._mappers.keys() - wanted.keys():
            self._mappers[key].RemoveClippingPlane(self.plane)
        for key in wanted.keys() - self._mappers.keys():
            wanted[key].AddClippingPlane(self.plane)
        self._mappers = wanted
        self._update_caps(frame, playing)

    def _update_caps(self, frame: Frame | None, playing: bool) -> None:
        if not self.parts or frame is None:
            self._remove_caps()
            return
        quality = "draft" if playing else "fine"
        shown = sorted(pid for pid in self.parts if self.viewport.is_visible(pid))
        colours = {pid: tuple(self.viewport.actors[pid].GetProperty().GetDiffuseColor()) for pid in shown}
        key = (frame.state, self.plane.GetOrigin()[2], self.plane.GetNormal()[2], tuple(colours.items()))
        if key == self._key and (playing or self._quality == "fine"):
            return
        if playing and time.perf_counter() - self._built_at < DRAFT_EVERY_S:
            return
        origin = tuple(float(x) for x in self.plane.GetOrigin())
        normal = tuple(float(x) for x in self.plane.GetNormal())
        section = build_section(
            {pid: self.viewport.meshes[pid] for pid in shown}, Plane(origin, normal), colours,
            quality=quality,
        )  # fmt: skip
        if section.empty:
            self._remove_caps()
        else:  # refilled, not hidden first: a hidden face gives its texture back
            if self._face is None:
                self._face = CutFace(self.viewport.plotter.renderer)
                self._face.cap.PickableOff()
            self._face.show(section)
        self.section = section
        self._key, self._quality = key, quality
        self._built_at = time.perf_counter()
        self.cap_builds += 1

    def _remove_caps(self) -> None:
        if self._face is not None:
            self._face.hide()
        self.section, self._key, self._quality = None, None, ""
