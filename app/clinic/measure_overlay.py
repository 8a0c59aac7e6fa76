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
MIN_FONT_SIZE = 11  # smaller than this the short lines are used instead
LINE_SPACING = 1.55  # from one line to the next, in font sizes
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


def short_lines(level: str, m: LevelMeasure, title: str = "") -> list[Line]:
    """The same, in few words (for a narrow view): values and grades, without the usual ranges."""
    lines = [Line(title or f"{level}, measured", "plain")]
    g, words = grade_disc(m.disc_height_mean, level)
    lines.append(Line(f"Disc {m.disc_height_mean:.1f} mm \u00b7 {words}", g))
    g, words = grade_sac(m.dural_sac_area)
    lines.append(Line(f"Sac {m.dural_sac_area:.0f} mm\u00b2 \u00b7 {words}", g))
    for side in SIDES:
        h = m.foramen_height[side]
        g, words = grade_foramen(h, m.disc_height_posterior)
        lines.append(Line(f"Foramen {side[0].upper()} {h:.1f} mm \u00b7 {words}", g))
    return lines


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
    """Text actors in the view's top-left corner, one per line, coloured by grade; they always fit
    the view (smaller, then shorter lines), and with the healthy spine beside (``split``) they go
    to the healthy half, clear of the diseased one, and say that they measure the right half."""

    def __init__(self, viewport: Viewport, controller: ConditionController, request_render=None) -> None:
        self.viewport = viewport
        self.controller = controller
        self._request_render = request_render or viewport.render
        self.enabled = False
        self.actors: list[vtkTextActor] = []
        self.lines: list[Line] = []
        self.split = None  # app.split_view.SplitView, when the window has one
        self.font_size = FONT_SIZE
        self.text_scale = 1.0  # presentation mode makes every text bigger by one factor
        self._findings: Findings | None = None
        self._host: object | None = None
        self._fitted: tuple | None = None
        controller.measured.connect(self._on_measured)
        controller.findings_changed.connect(self._on_findings)
        # Refit when the view changes size (window, docks, screen scaling); cheap when it has not.
        viewport.plotter.renderer.AddObserver("StartEvent", lambda *_: self._fit())

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
        self._findings = f
        self._set_lines(self._lines_for(f, short=False))

    def set_text_scale(self, factor: float) -> None:
        self.text_scale = float(factor)
        self._fitted = None
        self._fit()
        self._request_render()

    def relayout(self) -> None:
        """Put the lines where they belong now (the split view was turned on or off)."""
        if self.enabled and self._findings is not None and self._findings.measurements is not None:
            self.show(self._findings)
        elif self.lines:
            self._set_lines(list(self.lines))

    def _split_on(self) -> bool:
        return self.split is not None and self.split.enabled and self.split.renderer is not None

    def _lines_for(self, f: Findings, short: bool) -> list[Line]:
        level = f.choice.level
        m = f.measurements.levels[level]
        if self._split_on():
            title = f"Right half (your {level}), measured"
            lines = short_lines(level, m, title) if short else measurement_lines(level, m)
            return [Line(title, "plain"), *lines[1:]]
        return short_lines(level, m) if short else measurement_lines(level, m)

    def _renderer(self):
        """Where the lines go: the main view, or the healthy half beside the diseased one."""
        return self.split.renderer if self._split_on() else self.viewport.plotter.renderer

    def _set_lines(self, lines: list[Line]) -> None:
        renderer = self._renderer()
        if self._host is not None and self._host is not renderer:
            for a in self.actors:
                self._host.RemoveViewProp(a)
                renderer.AddViewProp(a)
        self._host = renderer
        self._fitted = None
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
            tp = a.GetTextProperty()
            tp.SetColor(*_rgb(GRADE_COLOURS[line.grade]))
            tp.SetBold(i == 0)
        self.lines = list(lines)
        self._fit()
        self._request_render()

    def _fit(self) -> None:
        """The largest font (up to FONT_SIZE) at which the widest line fits the view's width; if
        even MIN_FONT_SIZE is too wide, the short lines. Redone only when the view's size or the
        lines change."""
        renderer = self._host
        if not self.actors or renderer is None:
            return
        w, h = renderer.GetSize()
        key = (w, h, tuple(line.text for line in self.lines))
        if w <= 0 or key == self._fitted:
            return
        room = w - 2 * MARGIN

        def widest(size: int) -> float:
            bbox = [0.0] * 4
            out = 0.0
            for a in self.actors:
                a.GetTextProperty().SetFontSize(size)
                a.GetBoundingBox(renderer, bbox)
                out = max(out, bbox[1] - bbox[0])
            return out

        largest = round(FONT_SIZE * self.text_scale)
        size = largest
        while size > MIN_FONT_SIZE and widest(size) > room:
            size -= 1
        if widest(size) > room and self._findings is not None and self._findings.measurements is not None:
            short = self._lines_for(self._findings, short=True)
            if [line.text for line in short] != [line.text for line in self.lines]:
                self._set_lines(short)  # (fits again, with the short lines)
                return
            size = largest
            while size > 8 and widest(size) > room:
                size -= 1
        widest(size)
        step = round(size * LINE_SPACING)
        for i, a in enumerate(self.actors):
            a.GetPositionCoordinate().SetValue(MARGIN, -MARGIN - i * step)
        self.font_size = size
        self._fitted = (w, h, tuple(line.text for line in self.lines))

    def boxes(self) -> list[tuple[float, float, float, float]]:
        """Each line's box in its renderer's pixels (x0, x1, y0, y1; y up from the bottom), for tests."""
        out = []
        for a in self.actors:
            bbox = [0.0] * 4
            a.GetBoundingBox(self._host, bbox)  # (about the line's anchor)
            x, y = a.GetPositionCoordinate().GetComputedViewportValue(self._host)
            out.append((x + bbox[0], x + bbox[1], y + bbox[2], y + bbox[3]))
        return out

    def colour_of(self, i: int) -> tuple[float, float, float]:
        """The colour line ``i`` is drawn in (for tests)."""
        return tuple(self.actors[i].GetTextProperty().GetColor())


def _rgb(colour: str) -> tuple[float, float, float]:
    c = colour.lstrip("#")
    return tuple(int(c[i : i + 2], 16) / 255.0 for i in (0, 2, 4))
