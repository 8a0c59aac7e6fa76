"""The body map's drawing: two figures (front and back) and, on each leg, the dermatome of each
root L1 to S1, as Qt painter paths in a fixed drawing space. Each leg is a strip between a medial
and a lateral edge curve; a region is a polygon in (u across the leg, v down it).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF
from PySide6.QtGui import (
    QPainterPath,
)

from meshes.dimensions import SIDES

# Edge curves of the patient's right leg in the front view (viewer's left), figure units.
# Knots in v: hip 0, knee ~0.58, ankle 1; v < 0 reaches up into the groin and hip.
FIG_W, FIG_H, GAP, TITLE_H = 400.0, 1085.0, 10.0, 64.0
TOP = 345.0  # the waist
CROP_X = 78.0  # each figure drops this much empty margin at either side
WIDTH = 2 * (FIG_W - 2 * CROP_X) + GAP
CUT = TOP - 40.0  # where the drawn trunk ends, faded out
VIEW_TOP = CUT - TITLE_H  # the visible drawing starts here (the titles above the trunk)
HEIGHT = FIG_H + 55.0 - VIEW_TOP  # with room below the feet for the side names

_V = (-0.15, 0.0, 0.18, 0.38, 0.58, 0.66, 0.78, 0.9, 1.0)


_LATERAL = (
    (112, 392),
    (104, 470),
    (100, 565),
    (110, 665),
    (122, 765),
    (121, 805),
    (118, 860),
    (128, 925),
    (138, 975),
)


_MEDIAL = (
    (200, 430),
    (199, 500),
    (188, 585),
    (178, 675),
    (172, 765),
    (175, 805),
    (172, 860),
    (163, 925),
    (161, 975),
)


# The foot (u medial 0 -> lateral 1, w ankle 0 -> toes 1), drawn pointing down the page.
_W = (0.0, 0.35, 0.72, 1.0)


_FOOT_LATERAL = ((137, 972), (124, 1000), (116, 1030), (120, 1052))


_FOOT_MEDIAL = ((161, 972), (168, 1000), (174, 1030), (172, 1058))


_TOE_TIP = (146, 1072)


# Dermatomes: (view, 'leg' or 'foot', polygon in (u, v) or (u, w)), per root.
DERMATOMES: dict[str, tuple[tuple[str, str, tuple[tuple[float, float], ...]], ...]] = {
    "L1": (("front", "leg", ((0, -0.02), (1, -0.13), (1, 0.02), (0, 0.16))),),
    "L2": (("front", "leg", ((0, 0.16), (1, 0.02), (1, 0.22), (0, 0.36))),),
    "L3": (("front", "leg", ((0, 0.36), (1, 0.22), (1, 0.5), (0.5, 0.55), (0, 0.64))),),
    "L4": (
        ("front", "leg", ((0, 0.64), (0.5, 0.55), (0.45, 0.75), (0.4, 1.0), (0, 1.0))),
        ("front", "foot", ((0, 0), (0.3, 0), (0.3, 0.5), (0, 0.5))),
        ("back", "leg", ((0, 0.62), (0.28, 0.6), (0.28, 1.0), (0, 1.0))),
    ),
    "L5": (
        ("front", "leg", ((0.5, 0.55), (1, 0.5), (1, 1.0), (0.4, 1.0), (0.45, 0.75))),
        ("front", "foot", ((0.3, 0), (0.76, 0), (0.76, 1), (0, 1), (0, 0.5), (0.3, 0.5))),
    ),
    "S1": (
        ("back", "leg", ((0.28, 0.6), (1, 0.55), (1, 1.0), (0.28, 1.0))),
        ("back", "foot", ((0, 0), (1, 0), (1, 1), (0, 1))),
        ("front", "foot", ((0.76, 0), (1, 0), (1, 1), (0.76, 1))),
    ),
}


def _catmull(points, params, t: float) -> tuple[float, float]:
    """A point on the Catmull-Rom curve through ``points`` at ``params`` (clamped ends, linear outside)."""
    n = len(points)
    if t <= params[0] or t >= params[-1]:
        i = 0 if t <= params[0] else n - 2
        a, b = points[i], points[i + 1]
        s = (t - params[i]) / (params[i + 1] - params[i])
        return (a[0] + (b[0] - a[0]) * s, a[1] + (b[1] - a[1]) * s)
    i = max(k for k in range(n - 1) if params[k] <= t)
    s = (t - params[i]) / (params[i + 1] - params[i])
    p0, p1, p2, p3 = points[max(i - 1, 0)], points[i], points[i + 1], points[min(i + 2, n - 1)]
    out = []
    for k in range(2):
        out.append(
            0.5 * ((2 * p1[k]) + (-p0[k] + p2[k]) * s + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * s * s
                   + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * s ** 3)
        )  # fmt: skip
    return (out[0], out[1])


def _smooth(points: list[tuple[float, float]], closed: bool = True) -> QPainterPath:
    """A path through ``points`` with cubic curves (Catmull-Rom turned into Bezier segments)."""
    path = QPainterPath(QPointF(*points[0]))
    n = len(points)
    last = n if closed else n - 1
    for i in range(last):
        p0 = points[(i - 1) % n] if closed or i > 0 else points[0]
        p1, p2 = points[i], points[(i + 1) % n]
        p3 = points[(i + 2) % n] if closed or i + 2 < n else points[-1]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*p2))
    if closed:
        path.closeSubpath()
    return path


@dataclass(frozen=True)
class _Placement:
    """Where one leg is drawn: which figure (offset) and mirrored or not."""

    x0: float
    mirror: bool

    def xy(self, p: tuple[float, float]) -> QPointF:
        x = FIG_W - p[0] if self.mirror else p[0]
        return QPointF(self.x0 + x, p[1])


def figure_x0(view: str) -> float:
    return -CROP_X if view == "front" else FIG_W - 3 * CROP_X + GAP


def placement(view: str, side: str) -> _Placement:
    # Front view: the patient faces us, so the right leg is on the viewer's left; from behind, on the right.
    x0 = figure_x0(view)
    mirror = (side == "left") if view == "front" else (side == "right")
    return _Placement(x0, mirror)


def leg_point(part: str, u: float, v: float) -> tuple[float, float]:
    if part == "foot":
        m, lat = _catmull(_FOOT_MEDIAL, _W, v), _catmull(_FOOT_LATERAL, _W, v)
    else:
        m, lat = _catmull(_MEDIAL, _V, v), _catmull(_LATERAL, _V, v)
    return (m[0] + (lat[0] - m[0]) * u, m[1] + (lat[1] - m[1]) * u)


def region_path(place: _Placement, part: str, poly, steps: int = 16) -> QPainterPath:
    pts = []
    for i, a in enumerate(poly):
        b = poly[(i + 1) % len(poly)]
        for k in range(steps):
            s = k / steps
            pts.append(place.xy(leg_point(part, a[0] + (b[0] - a[0]) * s, a[1] + (b[1] - a[1]) * s)))
    path = QPainterPath(pts[0])
    for p in pts[1:]:
        path.lineTo(p)
    path.closeSubpath()
    return path


def figure_shapes(view: str) -> list[QPainterPath]:
    """The closed shapes of one lower-body outline (hips, legs, feet)."""
    x0 = figure_x0(view)

    def P(x, y):
        return (x0 + x, y)

    shapes = []
    half = [(200, CUT), (134, CUT), (128, 380), (118, 430), (105, 472), (130, 520), (200, 540)]
    trunk_pts = [P(x, y) for x, y in half] + [P(400 - x, y) for x, y in reversed(half[1:-1])]
    shapes.append(_smooth(trunk_pts))
    for side in SIDES:
        place = placement(view, side)
        lat = [place.xy(_catmull(_LATERAL, _V, v)) for v in _frange(0.0, 1.0, 26)]
        med = [place.xy(_catmull(_MEDIAL, _V, v)) for v in _frange(1.0, 0.0, 26)]
        leg = QPainterPath(lat[0])
        for p in lat[1:] + med:
            leg.lineTo(p)
        leg.lineTo(place.xy((200, 470)))
        leg.closeSubpath()
        shapes.append(leg)
        foot = [place.xy(p) for p in (*_FOOT_LATERAL[:-1], _FOOT_LATERAL[-1], _TOE_TIP, _FOOT_MEDIAL[-1],
                                      *reversed(_FOOT_MEDIAL[1:-1]))]  # fmt: skip
        foot_path = _smooth([(p.x(), p.y()) for p in foot])
        shapes.append(foot_path)
    return shapes


def figure_details(view: str) -> QPainterPath:
    """Thin lines that say which way the body faces: groin creases in front, buttocks behind."""
    x0 = figure_x0(view)
    path = QPainterPath()
    if view == "front":
        for m in (False, True):

            def X(x, m=m):
                return x0 + (400 - x if m else x)

            path.moveTo(X(132), 440)
            path.quadTo(X(170), 470, X(192), 512)
        path.addEllipse(QPointF(x0 + 200, 395), 4, 5)  # the navel
        for side in SIDES:  # the kneecaps
            c = placement(view, side).xy(leg_point("leg", 0.5, 0.555))
            path.addEllipse(c, 13, 17)
    else:
        path.moveTo(x0 + 200, 420)
        path.lineTo(x0 + 200, 515)  # the cleft between the buttocks
        for m in (False, True):

            def X(x, m=m):
                return x0 + (400 - x if m else x)

            path.moveTo(X(112), 540)
            path.quadTo(X(150), 566, X(196), 540)  # the fold under each buttock
        for side in SIDES:  # the crease behind each knee
            a = placement(view, side).xy(leg_point("leg", 0.2, 0.575))
            b = placement(view, side).xy(leg_point("leg", 0.8, 0.56))
            path.moveTo(a)
            path.lineTo(b)
    return path


def union(shapes: list[QPainterPath]) -> QPainterPath:
    out = QPainterPath()
    for shape in shapes:
        out = out.united(shape)
    return out.simplified()


def _frange(a: float, b: float, n: int) -> list[float]:
    return [a + (b - a) * i / (n - 1) for i in range(n)]
