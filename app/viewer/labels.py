"""Leader-line labels for the main structures, readable on a projector and while orbiting.

One label per main structure (each vertebra, the sacrum, each disc, the dural sac, one nerve root
per lower level on the side facing the viewer), only for parts that are shown. Every frame, just
before VTK draws, each label's anchor is found on the part's surface facing the viewer, labels go
to a column left or right of the spine, and each column is spread so that no two labels overlap;
a thin leader joins label and anchor. It costs a few hundred projected points per frame.

No Qt here, so the off-screen renderer (``render --labels``) draws the same labels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from vtkmodules.vtkCommonCore import vtkPoints
from vtkmodules.vtkCommonDataModel import vtkCellArray, vtkPolyData, vtkStaticCellLocator
from vtkmodules.vtkRenderingCore import (
    vtkActor2D,
    vtkCellPicker,
    vtkCoordinate,
    vtkPolyDataMapper2D,
    vtkTextActor,
)

from app.viewer.label_plan import cut_labels, main_labels, spread

if TYPE_CHECKING:
    from app.viewer.viewport import Viewport

FONT_PX = 18  # at 1x; presentation mode and high-DPI screens scale it
COLUMN_OFFSET_PX = 46  # from the outermost anchor of a column to its labels
SIDE_MARGIN_PX = 40  # labels keep off the window's left and right edges
SAMPLE_POINTS = 600  # points per part used to find its anchor
TEXT_RGB = (0.98, 0.98, 0.98)
BOX_RGB = (0.08, 0.10, 0.13)
BOX_OPACITY = 0.72
LEADER_RGB = (0.95, 0.95, 0.85)
HIDDEN_MM = 8.0  # an anchor this far behind the first solid surface at its pixel is hidden
CHECKS_PER_FRAME = 3  # labels whose visibility is re-checked per frame while the view moves


class LabelLayer:
    """Labels drawn over a viewport's plotter; ``set_enabled`` turns them on and off."""

    def __init__(self, viewport: Viewport, font_px: int = FONT_PX, scale: float = 1.0) -> None:
        self.viewport = viewport
        self.renderer = viewport.plotter.renderer
        self.font_px = font_px
        self.scale = scale
        self.enabled = False
        self.labels = main_labels()
        self._texts: dict[str, vtkTextActor] = {}
        self._samples: dict[tuple[str, int], tuple[int, np.ndarray]] = {}  # -> (points mtime, sample)
        self._leaders = vtkPolyData()
        mapper = vtkPolyDataMapper2D()
        mapper.SetInputData(self._leaders)
        coord = vtkCoordinate()
        coord.SetCoordinateSystemToDisplay()
        mapper.SetTransformCoordinate(coord)
        self._leader_actor = vtkActor2D()
        self._leader_actor.SetMapper(mapper)
        prop = self._leader_actor.GetProperty()
        prop.SetColor(*LEADER_RGB)
        prop.SetLineWidth(1.6)
        prop.SetPointSize(7)
        self._observer: int | None = None
        self._visible: dict[str, bool] = {}  # last visibility answer per label
        self._anchors: dict[str, np.ndarray] = {}  # its anchor then (world mm)
        self._locators: dict[str, tuple[int, vtkStaticCellLocator]] = {}
        self._checked_at: dict[str, int] = {}  # frame of that answer
        self._frame = 0
        self.reserved_bottom_px = 0.0  # keep clear (a caption there)
        self.cut_anchors: dict[str, np.ndarray] = {}  # part -> a point on its cut face (app.viewer.sections)
        self.placed: dict[str, tuple[float, float, float, float]] = {}  # part -> label box (x, y, w, h)

    # ---- on and off --------------------------------------------------------------------------
    def set_enabled(self, on: bool) -> None:
        on = bool(on)
        if on == self.enabled:
            return
        self.enabled = on
        if on:
            self.renderer.AddViewProp(self._leader_actor)
            self._observer = self.renderer.AddObserver("StartEvent", self._on_start)
        else:
            if self._observer is not None:
                self.renderer.RemoveObserver(self._observer)
            self._observer = None
            self._visible.clear()
            self._checked_at.clear()
            self._anchors.clear()
            self._locators.clear()  # (stale once a part moves; up to 10 MB kept for nothing)
            self.renderer.RemoveViewProp(self._leader_actor)
            for t in self._texts.values():
                self.renderer.RemoveViewProp(t)
            self._texts.clear()
            self.placed.clear()

    def set_scale(self, scale: float) -> None:
        self.scale = float(scale)
        for t in self._texts.values():
            t.GetTextProperty().SetFontSize(self._font())

    def _font(self) -> int:
        """Font pixels: the user's scale times the view's size (a narrow view gets smaller labels,
        a projector's full screen larger ones), measured against a 1100 x 800 view."""
        w, h = self.renderer.GetSize()
        fit = float(np.clip(min(w / 1100, h / 800), 0.7, 1.6)) if w > 0 and h > 0 else 1.0
        return max(8, round(self.font_px * self.scale * fit))

    # ---- placement ---------------------------------------------------------------------------
    def _on_start(self, *_args) -> None:
        self.update()

    def _sample(self, pid: str, count: int = SAMPLE_POINTS) -> np.ndarray:
        """About ``count`` of the part's current points (cached until they move)."""
        mesh = self.viewport.meshes[pid]
        mtime = mesh.GetPoints().GetMTime()
        cached = self._samples.get((pid, count))
        if cached is not None and cached[0] == mtime:
            return cached[1]
        pts = np.asarray(mesh.points)
        step = max(1, len(pts) // count)
        sample = np.array(pts[::step], dtype=float)
        self._samples[(pid, count)] = (mtime, sample)
        return sample

    def wanted(self) -> dict[str, str]:
        """The labels to show now: visible main parts, one root label per level (viewer's side)."""
        actors = self.viewport.actors
        cam = self.renderer.GetActiveCamera()
        toward = np.asarray(cam.GetPosition()) - np.asarray(cam.GetFocalPoint())
        out: dict[str, str] = {}
        inside = {p: t for p, t in cut_labels().items() if p in self.cut_anchors}
        self.labels = main_labels()  # in the language in use now
        for pid, text in {**self.labels, **inside}.items():
            actor = actors.get(pid)
            if actor is None or not actor.GetVisibility() or actor.GetProperty().GetOpacity() < 0.05:
                continue
            if pid.startswith("root."):
                root, side = pid.split(".")[1:3]
                other = f"root.{root}.{'right' if side == 'left' else 'left'}"
                facing = 1.0 if side == "right" else -1.0  # +x is the patient's right
                other_shown = other in actors and actors[other].GetVisibility()
                if other_shown and facing * toward[0] < 0:
                    continue
            out[pid] = text
        return out

    def anchor(self, pid: str, toward: np.ndarray) -> np.ndarray | None:
        """A point on the part's surface facing the viewer, on the line of sight through its middle
        (None when a cut has removed all of the part)."""
        on_cut = self.cut_anchors.get(pid)
        if on_cut is not None:  # a part a cut passes through is labelled on its cut face
            return np.asarray(on_cut, float)
        pts = self._kept(pid, self._sample(pid))
        if len(pts) == 0:
            return None
        c = pts.mean(axis=0)
        d = toward / max(np.linalg.norm(toward), 1e-9)
        rel = pts - c
        along = rel @ d
        perp = np.linalg.norm(rel - np.outer(along, d), axis=1)
        # The points closest to that line (a ring's inner wall when the line runs through its
        # hole), and of those the one nearest the viewer.
        near = perp <= max(2.5, float(np.percentile(perp, 5)))
        return pts[int(np.argmax(np.where(near, along, -np.inf)))]

    def _kept(self, pid: str, pts: np.ndarray) -> np.ndarray:
        """The points a cut leaves (mapper clipping planes keep the side their normal points to)."""
        planes = self.viewport.actors[pid].GetMapper().GetClippingPlanes()
        if planes is None or planes.GetNumberOfItems() == 0:
            return pts
        keep = np.ones(len(pts), dtype=bool)
        for i in range(planes.GetNumberOfItems()):
            p = planes.GetItem(i)
            keep &= (pts - np.asarray(p.GetOrigin())) @ np.asarray(p.GetNormal()) >= 0.0
        return pts[keep]

    def _pick(self, x: float, y: float, part_ids) -> np.ndarray | None:
        """The first point of these parts under display pixel (x, y) (clipped parts honoured)."""
        picker = vtkCellPicker()
        picker.SetTolerance(0.0005)
        picker.PickFromListOn()
        for pid in part_ids:
            picker.AddPickList(self.viewport.actors[pid])
            picker.AddLocator(self._locator(pid))
        if not picker.Pick(x, y, 0.0, self.renderer):
            return None
        return np.asarray(picker.GetPickPosition())

    def _locator(self, pid: str) -> vtkStaticCellLocator:
        """A cell locator for the part (a pick then costs ~1 ms instead of ~15), rebuilt when the
        part's points have moved since."""
        mesh = self.viewport.meshes[pid]
        mtime = mesh.GetPoints().GetMTime()
        cached = self._locators.get(pid)
        if cached is not None and cached[0] == mtime and cached[1].GetDataSet() is mesh:
            return cached[1]
        loc = vtkStaticCellLocator()
        loc.SetDataSet(mesh)
        loc.BuildLocator()
        self._locators[pid] = (mtime, loc)
        return loc

    def _display(self, p) -> tuple[float, float, float]:
        self.renderer.SetWorldPoint(float(p[0]), float(p[1]), float(p[2]), 1.0)
        self.renderer.WorldToDisplay()
        return self.renderer.GetDisplayPoint()

    def _check_visibility(self, wanted: dict[str, str], cam_pos, count: int | None) -> None:
        """Re-check up to ``count`` labels (all when None), oldest first. Each check finds the
        part's own first surface along the line of sight through its middle (its anchor) and
        whether something solid lies well in front of it. Picks cost a few ms on the real meshes,
        so while orbiting a few labels are checked each frame and the rest keep their answer."""
        toward = np.asarray(cam_pos) - np.asarray(self.renderer.GetActiveCamera().GetFocalPoint())
        solid = [
            p
            for p, a in self.viewport.actors.items()
            if a.GetVisibility() and a.GetProperty().GetOpacity() >= 0.6
        ]
        order = sorted(wanted, key=lambda p: self._checked_at.get(p, -1))
        for pid in order if count is None else order[:count]:
            self._checked_at[pid] = self._frame
            if pid in self.cut_anchors:  # on the cut face, which faces the viewer
                self._anchors.pop(pid, None)
                self._visible[pid] = True
                continue
            rough = self.anchor(pid, toward)
            if rough is None:
                self._visible[pid] = False
                continue
            pts = self._kept(pid, self._sample(pid))
            along = pts @ (toward / max(np.linalg.norm(toward), 1e-9))
            front = pts[along >= np.percentile(along, 80)]  # the side facing the viewer
            self._visible[pid] = False
            for aim in (pts.mean(axis=0), front.mean(axis=0)):  # its middle, else its near side
                x, y, _ = self._display(aim)
                first = self._pick(x, y, [pid])
                p = first if first is not None else rough
                x, y, _ = self._display(p)
                hit = self._pick(x, y, solid)
                self._anchors[pid] = p
                if (
                    hit is None
                    or float(np.linalg.norm(p - cam_pos) - np.linalg.norm(hit - cam_pos)) <= HIDDEN_MM
                ):
                    self._visible[pid] = True
                    break

    def check_all(self) -> None:
        """Decide every label's visibility now (stills and tests; the window spreads it over frames)."""
        cam_pos = np.asarray(self.renderer.GetActiveCamera().GetPosition())
        self._check_visibility(self.wanted(), cam_pos, None)

    def update(self) -> None:
        """Place every label for the current camera (called before each frame)."""
        if not self.enabled:
            return
        wanted = self.wanted()
        for pid in list(self._texts):
            if pid not in wanted:
                self.renderer.RemoveViewProp(self._texts.pop(pid))
        w, h = self.renderer.GetSize()
        if not wanted or w <= 0 or h <= 0:
            self._leaders.Initialize()
            self._leaders.Modified()
            return
        cam = self.renderer.GetActiveCamera()
        cam_pos = np.asarray(cam.GetPosition())
        toward = cam_pos - np.asarray(cam.GetFocalPoint())
        self._frame += 1
        unknown = [p for p in wanted if p not in self._visible]
        self._check_visibility(
            wanted, cam_pos, max(CHECKS_PER_FRAME, len(unknown)) if unknown else CHECKS_PER_FRAME
        )
        anchors: dict[str, tuple[float, float]] = {}
        for pid in wanted:
            p = self._anchors.get(pid)
            if p is None:
                p = self.anchor(pid, toward)
            if p is None:
                continue
            self.renderer.SetWorldPoint(float(p[0]), float(p[1]), float(p[2]), 1.0)
            self.renderer.WorldToDisplay()
            x, y, z = self.renderer.GetDisplayPoint()
            if 0 <= x < w and 0 <= y < h and 0 <= z <= 1 and self._visible.get(pid, True):
                anchors[pid] = (x, y)
        for pid in list(self._texts):
            if pid not in anchors:
                self.renderer.RemoveViewProp(self._texts.pop(pid))
        if not anchors:
            self._leaders.Initialize()
            self._leaders.Modified()
            return
        left = [p for p in anchors if self._goes_left(p, anchors)]
        right = [p for p in anchors if p not in left]
        sizes = {pid: self._text(pid, wanted[pid]) for pid in anchors}
        self.placed.clear()
        pts, lines = [], []
        for column, side in ((left, -1), (right, 1)):
            if not column:
                continue
            ys = spread(
                [anchors[p][1] for p in column], [sizes[p][1] for p in column], h, self.reserved_bottom_px
            )
            edge = (min if side < 0 else max)(
                anchors[p][0] for p in column
            ) + side * COLUMN_OFFSET_PX * self.scale
            for pid, y in zip(column, ys, strict=True):
                tw, th = sizes[pid]
                x = edge - tw if side < 0 else edge
                margin = SIDE_MARGIN_PX * self.scale  # room for the R/L letters at the edges
                x = float(np.clip(x, margin, max(margin, w - tw - margin)))
                actor = self._texts[pid]
                actor.SetDisplayPosition(int(x), int(y - th / 2))
                self.placed[pid] = (x, y - th / 2, tw, th)
                ax, ay = anchors[pid]
                lx = x + tw if side < 0 else x
                pts.extend([(lx, y, 0.0), (ax, ay, 0.0)])
                lines.append((len(pts) - 2, len(pts) - 1))
        self._write_leaders(pts, lines)

    @staticmethod
    def _goes_left(pid: str, anchors: dict[str, tuple[float, float]]) -> bool:
        """Labels go to the side their anchor lies on; those near the middle go by kind (bones
        left, discs and nerves right) so a front or back view splits cleanly too."""
        xs = [a[0] for a in anchors.values()]
        centre, spread = (min(xs) + max(xs)) / 2, max(xs) - min(xs)
        x = anchors[pid][0]
        if spread > 0 and abs(x - centre) > 0.06 * spread:
            return x < centre
        return pid.startswith(("vertebra.", "sacrum", "dura"))

    def _text(self, pid: str, text: str) -> tuple[float, float]:
        actor = self._texts.get(pid)
        if actor is None:
            actor = vtkTextActor()
            actor.SetInput(text)
            prop = actor.GetTextProperty()
            prop.SetFontFamilyToArial()
            prop.BoldOn()
            prop.SetColor(*TEXT_RGB)
            prop.SetBackgroundColor(*BOX_RGB)
            prop.SetBackgroundOpacity(BOX_OPACITY)
            prop.SetFrame(False)
            prop.SetVerticalJustificationToBottom()
            actor.PickableOff()
            self._texts[pid] = actor
            self.renderer.AddViewProp(actor)
        actor.GetTextProperty().SetFontSize(self._font())
        bbox = [0.0] * 4
        actor.GetBoundingBox(self.renderer, bbox)
        tw, th = bbox[1] - bbox[0], bbox[3] - bbox[2]
        if tw <= 0 or th <= 0:  # no font metrics yet: estimate
            tw, th = 0.6 * self._font() * len(text), 1.3 * self._font()
        return tw + 8, th + 4

    def _write_leaders(self, pts, lines) -> None:
        points = vtkPoints()
        for p in pts:
            points.InsertNextPoint(*p)
        cells = vtkCellArray()
        verts = vtkCellArray()
        for a, b in lines:
            cells.InsertNextCell(2)
            cells.InsertCellPoint(a)
            cells.InsertCellPoint(b)
            verts.InsertNextCell(1)
            verts.InsertCellPoint(b)
        self._leaders.Initialize()
        self._leaders.SetPoints(points)
        self._leaders.SetLines(cells)
        self._leaders.SetVerts(verts)
        self._leaders.Modified()

    def overlaps(self) -> int:
        """How many pairs of placed labels overlap (0 when the layout works; for tests)."""
        boxes = list(self.placed.values())
        n = 0
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                x1, y1, w1, h1 = boxes[i]
                x2, y2, w2, h2 = boxes[j]
                if x1 < x2 + w2 and x2 < x1 + w1 and y1 < y2 + h2 and y2 < y1 + h1:
                    n += 1
        return n
