"""Measurements written over the 3D view, on request: for the chosen disc level, the disc height,
the dural sac area and the height of each foramen, each with its normal range and a traffic-light
colour (green normal, amber reduced, red severe), also said in words so colour is not needed.

The numbers are ``meshes.measure``'s, taken on the deformed model; the thresholds are the ones in
``meshes.dimensions`` (Schonstrom's dural sac areas, Hasegawa's foraminal height).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from vtkmodules.vtkRenderingCore import vtkCoordinate, vtkTextActor

from meshes.dimensions import (
    DISCS,
    DURAL_SAC_AREA_ABSOLUTE_STENOSIS,
    DURAL_SAC_AREA_RELATIVE_STENOSIS,
    FORAMEN_HEIGHT_NARROW,
    SIDES,
)

if TYPE_CHECKING:
    from app.clinic.controller import ConditionController, Findings
    from app.viewer.viewport import Viewport
    from meshes.measure import LevelMeasure

GRADE_COLOURS = {"green": "#5BD68A", "amber": "#F2B93B", "red": "#FF6F61", "plain": "#F4F6F8"}
DISC_AMBER, DISC_RED = 0.8, 0.6  # of the level's usual height (Pfirrmann IV-V: moderate loss, collapse)
POSTERIOR_DISC_LOW = 4.0  # mm; with a foramen under 15 mm the root is usually pressed (Hasegawa 1995)
FONT_SIZE = 19  # pixels; readable on a projector
LINE_PIXELS = 30  # from one line to the next
MARGIN = 10  # pixels from the view's top-left corner
BOX_OPACITY = 0.6  # dark box behind each line, so it reads over the model


def grade_sac(area: float) -> tuple[str, str]:
    """(colour, words) for a dural sac area in mm^2."""
    if area < DURAL_SAC_AREA_ABSOLUTE_STENOSIS:
        return "red", "absolute stenosis"
    if area < DURAL_SAC_AREA_RELATIVE_STENOSIS:
        return "amber", "relative stenosis"
    return "green", "normal"


def grade_foramen(height: float, posterior_disc: float | None = None) -> tuple[str, str]:
    """(colour, words) for a foraminal height in mm; red when also the disc's back is under 4 mm."""
    if height < FORAMEN_HEIGHT_NARROW:
        if posterior_disc is not None and posterior_disc < POSTERIOR_DISC_LOW:
            return "red", "narrow, root likely pressed"
        return "amber", "narrow"
    return "green", "normal"


def usual_disc_height(level: str) -> float:
    d = DISCS[level]
    return 0.5 * (d.height_anterior + d.height_posterior)


def grade_disc(height: float, level: str) -> tuple[str, str]:
    """(colour, words) for a mean disc height in mm against the level's usual height."""
    ratio = height / usual_disc_height(level)
    if ratio < DISC_RED:
        return "red", "collapsed"
    if ratio < DISC_AMBER:
        return "amber", "lower than usual"
    return "green", "normal"


@dataclass(frozen=True)
class Line:
    text: str
    grade: str  # key of GRADE_COLOURS


def measurement_lines(level: str, m: LevelMeasure) -> list[Line]:
    """The overlay's lines for one level (plain text, one grade each)."""
    lines = [Line(f"{level}, measured on the model", "plain")]
    g, words = grade_disc(m.disc_height_mean, level)
    lines.append(
        Line(
            f"Disc height {m.disc_height_mean:.1f} mm \u00b7 {words} "
            f"(usual {usual_disc_height(level):.0f} mm)",
            g,
        )
    )
    g, words = grade_sac(m.dural_sac_area)
    lines.append(
        Line(
            f"Dural sac {m.dural_sac_area:.0f} mm\u00b2 \u00b7 {words} (narrow < "
            f"{DURAL_SAC_AREA_RELATIVE_STENOSIS:.0f}, severe < {DURAL_SAC_AREA_ABSOLUTE_STENOSIS:.0f})",
            g,
        )
    )
    for side in SIDES:
        h = m.foramen_height[side]
        g, words = grade_foramen(h, m.disc_height_posterior)
        lines.append(
            Line(f"Foramen {side} {h:.1f} mm \u00b7 {words} (narrow < {FORAMEN_HEIGHT_NARROW:.0f})", g)
        )
    return lines


class MeasureOverlay:
    """Text actors in the main renderer's top-left corner, one per line, coloured by grade."""

    def __init__(self, viewport: Viewport, controller: ConditionController, request_render=None) -> None:
        self.viewport = viewport
        self.controller = controller
        self._request_render = request_render or viewport.render
        self.enabled = False
        self.actors: list[vtkTextActor] = []
        self.lines: list[Line] = []
        controller.measured.connect(self._on_measured)
        controller.findings_changed.connect(self._on_findings)

    def set_enabled(self, on: bool) -> None:
        self.enabled = bool(on)
        self.controller.want_measurements = self.enabled
        if not self.enabled:
            self._set_lines([])
            return
        f = self.controller.findings
        if f is not None and f.measurements is not None:
            self.show(f)
        else:
            self._set_lines([Line("Measuring…", "plain")])
            if self.controller.findings is None:
                self.controller.apply()
            self.controller.measure_now()

    def _on_findings(self, f: Findings) -> None:
        if self.enabled and f.measurements is None and self.lines and self.lines[0].text != "Measuring…":
            # Keep the last values until the new ones come, but say they are being updated.
            self._set_lines([Line("Measuring…", "plain"), *self.lines[1:]])

    def _on_measured(self, f: Findings) -> None:
        if self.enabled:
            self.show(f)

    def show(self, f: Findings) -> None:
        level = f.choice.level
        self._set_lines(measurement_lines(level, f.measurements.levels[level]))

    def _set_lines(self, lines: list[Line]) -> None:
        renderer = self.viewport.plotter.renderer
        while len(self.actors) > len(lines):
            renderer.RemoveViewProp(self.actors.pop())
        while len(self.actors) < len(lines):
            a = vtkTextActor()
            # Placed in pixels from the view's top-left corner, whatever the window's size.
            corner = vtkCoordinate()
            corner.SetCoordinateSystemToNormalizedViewport()
            corner.SetValue(0.0, 1.0)
            a.GetPositionCoordinate().SetCoordinateSystemToViewport()
            a.GetPositionCoordinate().SetReferenceCoordinate(corner)
            tp = a.GetTextProperty()
            tp.SetFontSize(FONT_SIZE)
            tp.SetFontFamilyToArial()
            tp.SetVerticalJustificationToTop()
            tp.SetBackgroundColor(0.08, 0.1, 0.13)
            tp.SetBackgroundOpacity(BOX_OPACITY)
            tp.SetFrame(False)
            renderer.AddViewProp(a)
            self.actors.append(a)
        for i, (a, line) in enumerate(zip(self.actors, lines, strict=True)):
            a.SetInput(f" {line.text} ")
            a.GetPositionCoordinate().SetValue(MARGIN, -MARGIN - i * LINE_PIXELS)
            tp = a.GetTextProperty()
            tp.SetColor(*_rgb(GRADE_COLOURS[line.grade]))
            tp.SetBold(i == 0)
        self.lines = list(lines)
        self._request_render()

    def colour_of(self, i: int) -> tuple[float, float, float]:
        """The colour line ``i`` is drawn in (for tests)."""
        return tuple(self.actors[i].GetTextProperty().GetColor())


def _rgb(colour: str) -> tuple[float, float, float]:
    c = colour.lstrip("#")
    return tuple(int(c[i : i + 2], 16) / 255.0 for i in (0, 2, 4))
