"""Drawings on the model: freehand strokes, arrows and pinned text notes, as data and as VTK props.

A mark is plain data (3D points in model millimetres, a colour, a text), so the pen that draws it,
the visit file that keeps it, the stills, clips and handout pictures that show it and the HTML
take-home page all read the same thing. The points lie on the model's surface where they were
picked; they are world coordinates, so a mark stays where it was drawn when the camera turns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

KINDS = ("stroke", "arrow", "note")
# A few colours that read on bone, disc and nerve alike (and apart for colour-blind viewers).
COLOURS: dict[str, str] = {
    "red": "#E0201B",
    "blue": "#1565C0",
    "green": "#1B9E3E",
    "black": "#111111",
}
DEFAULT_COLOUR = COLOURS["red"]
STROKE_RADIUS_MM = 0.6
NOTE_MAX_CHARS = 200
MAX_POINTS = 5000
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


class MarkError(ValueError):
    """A mark that cannot be read: the message is one sentence saying what is wrong."""


@dataclass(frozen=True)
class Mark:
    """A stroke or arrow (two or more points; an arrow points at its last one) or a note (one point
    and a text)."""

    kind: str
    points: tuple[tuple[float, float, float], ...]
    colour: str = DEFAULT_COLOUR
    text: str = ""

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "colour": self.colour,
            "points": [[round(c, 3) for c in p] for p in self.points],
        }
        if self.kind == "note":
            out["text"] = self.text
        return out


def mark_from_dict(data: object, where: str = "a mark") -> Mark:
    """Read one mark back (from a visit file); anything wrong is one MarkError sentence."""
    if not isinstance(data, dict):
        raise MarkError(f"{where} must be a table with kind, colour and points")
    kind = data.get("kind")
    if kind not in KINDS:
        raise MarkError(f"{where} has kind {kind!r}; allowed are {', '.join(KINDS)}")
    colour = data.get("colour", DEFAULT_COLOUR)
    if not isinstance(colour, str) or not _HEX.match(colour):
        raise MarkError(f"{where} has colour {colour!r}; give a colour as #RRGGBB")
    raw = data.get("points")
    if not isinstance(raw, list) or not raw or len(raw) > MAX_POINTS:
        raise MarkError(f"{where} needs a list of 1 to {MAX_POINTS} points")
    points: list[tuple[float, float, float]] = []
    for p in raw:
        if not (isinstance(p, list) and len(p) == 3 and all(isinstance(c, int | float) for c in p)):
            raise MarkError(f"{where} has a point {p!r}; each point is [x, y, z] in millimetres")
        points.append((float(p[0]), float(p[1]), float(p[2])))
    text = data.get("text", "")
    if not isinstance(text, str) or len(text) > NOTE_MAX_CHARS:
        raise MarkError(f"{where} has a text that is not a string of at most {NOTE_MAX_CHARS} characters")
    if kind == "note" and (len(points) != 1 or not text.strip()):
        raise MarkError(f"{where} is a note: it needs one point and a text")
    if kind != "note" and len(points) < 2:
        raise MarkError(f"{where} is a {kind}: it needs at least two points")
    return Mark(kind, tuple(points), colour.upper(), text.strip())


def _rgb(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def mark_props(mark: Mark, text_scale: float = 1.0) -> list:
    """The VTK props that draw ``mark``: a tube along a stroke (plus a cone at an arrow's tip), or a
    dot with its text beside it for a note. ``text_scale`` enlarges a note's text for big pictures."""
    import numpy as np
    import pyvista as pv
    from vtkmodules.vtkRenderingCore import vtkActor, vtkCoordinate, vtkPolyDataMapper, vtkTextActor

    def actor(mesh: pv.PolyData) -> vtkActor:
        mapper = vtkPolyDataMapper()
        mapper.SetInputData(mesh)
        mapper.ScalarVisibilityOff()
        act = vtkActor()
        act.SetMapper(mapper)
        prop = act.GetProperty()
        prop.SetColor(*_rgb(mark.colour))
        prop.SetAmbient(0.35)
        prop.SetDiffuse(0.7)
        act.SetPickable(False)
        return act

    pts = np.asarray(mark.points, dtype=float)
    radius = STROKE_RADIUS_MM
    if mark.kind == "note":
        props: list = [actor(pv.Sphere(radius=2.2 * radius, center=pts[0]))]
        # The text is an overlay pinned to the point (a little right of it and up), so a see-through
        # part in front never hides what the physician wrote.
        label = vtkTextActor()
        label.SetInput(mark.text)
        anchor = vtkCoordinate()
        anchor.SetCoordinateSystemToWorld()
        anchor.SetValue(*pts[0])
        at = label.GetPositionCoordinate()
        at.SetCoordinateSystemToDisplay()
        at.SetValue(round(10 * text_scale), round(6 * text_scale))
        at.SetReferenceCoordinate(anchor)
        tp = label.GetTextProperty()
        tp.SetFontSize(round(18 * text_scale))
        tp.SetColor(*_rgb(mark.colour))
        tp.SetBackgroundColor(1.0, 1.0, 1.0)
        tp.SetBackgroundOpacity(0.8)
        tp.BoldOn()
        label.SetPickable(False)
        return [*props, label]
    keep = np.ones(len(pts), dtype=bool)
    keep[1:] = np.linalg.norm(np.diff(pts, axis=0), axis=1) > 1e-6  # a tube cannot turn on a repeat
    pts = pts[keep]
    if len(pts) < 2:
        return [actor(pv.Sphere(radius=radius, center=pts[0]))]
    props = [actor(pv.lines_from_points(pts).tube(radius=radius, n_sides=10, capping=True))]
    if mark.kind == "arrow":
        tip, back = pts[-1], pts[max(0, len(pts) - 4)]
        direction = tip - back
        length = 6.0 * radius
        centre = tip - direction / np.linalg.norm(direction) * length / 2
        props.append(actor(pv.Cone(center=centre, direction=direction, height=length, radius=2.2 * radius)))
    return props


class AnnotationLayer:
    """The marks shown in one renderer, with their props: ``set_marks`` redraws all of them."""

    def __init__(self, renderer) -> None:
        self.renderer = renderer
        self.marks: tuple[Mark, ...] = ()
        self.props: list = []

    def set_marks(self, marks: tuple[Mark, ...] | list[Mark], text_scale: float = 1.0) -> None:
        for prop in self.props:
            self.renderer.RemoveViewProp(prop)
        self.marks = tuple(marks)
        self.props = [p for m in self.marks for p in mark_props(m, text_scale)]
        for prop in self.props:
            self.renderer.AddViewProp(prop)

    def owns(self, prop) -> bool:
        return any(prop is p for p in self.props)
