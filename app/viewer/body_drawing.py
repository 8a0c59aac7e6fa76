"""The body map's picture: a front and a back figure from the waist down with the dermatome of
each root L1 to S1 on each leg, lit by how hard that root is pressed. Drawn with a QPainter into
any rectangle, so the window's body map (app.clinic) and the patient handout (app.share) show the
same figure; the regions follow the ASIA/ISNCSCI chart (see app.clinic.body_map).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from app.i18n import translate
from app.viewer.body_outline import (
    CROP_X,
    CUT,
    DERMATOMES,
    FIG_H,
    FIG_W,
    HEIGHT,
    TITLE_H,
    VIEW_TOP,
    WIDTH,
    figure_details,
    figure_shapes,
    figure_x0,
    leg_point,
    placement,
    region_path,
    union,
)
from meshes.dimensions import ROOTS, SIDES
from meshes.parts import COLOURS

# Logical drawing space: two figures FIG_W wide side by side (the front and the back), drawn from
# the waist (y = TOP) to the toes (y = FIG_H): only the lower body carries the L1-S1 dermatomes,
# and leaving out the head and arms doubles the size of the areas that matter.
VIEWS = ("front", "back")

PAPER = QColor("#FFFFFF")
SKIN = QColor("#F1E9E1")
OUTLINE = QColor("#4F5866")
REGION_TINTS = (QColor("#DCE6F2"), QColor("#C9D8EA"))  # alternate so neighbouring bands read apart
REGION_EDGE = QColor("#8FA3BC")
LABEL = QColor("#44546A")
LIT_LABEL = QColor("#FFFFFF")
WARNING = QColor(COLOURS["warning"])
HIGHLIGHT = QColor(COLOURS["highlight"])
LIT_FLOOR = 0.35  # a touched root's area gets at least this much of the warning colour

# Key points (ASIA's, where a chart tests each root): (view, 'leg'/'foot', u, v). The first one
# of each root is its centre for tests and clicks; labels sit at LABEL_POINTS, clear of them.
KEY_POINTS: dict[str, tuple[str, str, float, float]] = {
    "L1": ("front", "leg", 0.5, 0.02),
    "L2": ("front", "leg", 0.5, 0.2),
    "L3": ("front", "leg", 0.22, 0.53),
    "L4": ("front", "leg", 0.18, 0.9),
    "L5": ("front", "foot", 0.5, 0.45),
    "S1": ("back", "leg", 0.62, 0.74),
}
LABEL_POINTS: dict[str, tuple[str, str, float, float]] = {
    "L1": ("front", "leg", 0.75, -0.05),
    "L2": ("front", "leg", 0.78, 0.12),
    "L3": ("front", "leg", 0.62, 0.36),
    "L4": ("front", "leg", 0.2, 0.8),
    "L5": ("front", "leg", 0.74, 0.65),
    "S1": ("back", "leg", 0.62, 0.88),
}


def lit_colour(compression: float, base: QColor) -> QColor:
    """A region's fill for a compression 0..1: its resting tint when free, toward the warning colour."""
    if compression <= 0.0:
        return QColor(base)
    t = LIT_FLOOR + (1.0 - LIT_FLOOR) * min(compression, 1.0)
    return QColor.fromRgbF(
        base.redF() + (WARNING.redF() - base.redF()) * t,
        base.greenF() + (WARNING.greenF() - base.greenF()) * t,
        base.blueF() + (WARNING.blueF() - base.blueF()) * t,
    )


@cache
def _shapes() -> tuple[dict, dict, tuple[tuple[str, QPainterPath], ...]]:
    silhouette = {v: union(figure_shapes(v)) for v in VIEWS}
    details = {v: figure_details(v) for v in VIEWS}
    regions = []  # (root key, path) in drawing order, in logical coordinates
    for root in ROOTS:
        for side in SIDES:
            for view, part, poly in DERMATOMES[root]:
                path = region_path(placement(view, side), part, poly).intersected(silhouette[view])
                regions.append((f"{root}.{side}", path))
    return silhouette, details, tuple(regions)


TINTS = {root: REGION_TINTS[i % 2] for i, root in enumerate(ROOTS)}


def regions() -> tuple[tuple[str, QPainterPath], ...]:
    """Every dermatome as (root key 'L5.left', path in the drawing space), in drawing order."""
    return _shapes()[2]


def fit(width: float, height: float, x: float = 0.0, y: float = 0.0) -> QTransform:
    """Drawing space -> a ``width`` x ``height`` box at (x, y): fitted, centred, in proportion."""
    s = min(width / WIDTH, height / HEIGHT)
    t = QTransform()
    t.translate(x + (width - WIDTH * s) / 2, y + (height - HEIGHT * s) / 2)
    t.scale(s, s)
    t.translate(0.0, -VIEW_TOP)
    return t


def key_point_at(key: str) -> QPointF:
    """A root's key point in the drawing space ('S1.right': the back of the right calf)."""
    root, side = key.split(".")
    view, part, u, v = KEY_POINTS[root]
    return placement(view, side).xy(leg_point(part, u, v))


def fill_of(key: str, compression: Mapping[str, float]) -> QColor:
    """The colour a root's region is filled with at these compressions."""
    return lit_colour(compression.get(key, 0.0), TINTS[key.split(".")[0]])


def paint_body(
    p: QPainter,
    t: QTransform,
    compression: Mapping[str, float],
    selected: str = "",
    font: QFont | None = None,
) -> None:
    """Paint the two figures with ``t`` (see :func:`fit`): dermatomes lit by ``compression``
    ('L5.left' -> 0..1), ``selected`` outlined, the view and side names and the root labels."""
    silhouette, details, _ = _shapes()
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setTransform(t, True)
    s = t.m11()
    for view in VIEWS:
        p.fillPath(silhouette[view], SKIN)
    edge = QPen(REGION_EDGE, max(1.0 / s, 1.5))
    for key, path in regions():
        p.fillPath(path, fill_of(key, compression))
        p.strokePath(path, edge)
    for view in VIEWS:
        p.strokePath(details[view], QPen(OUTLINE.lighter(140), max(1.0 / s, 2.5)))
    outline = QPen(OUTLINE, max(1.5 / s, 3.0), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)  # fmt: skip
    for view in VIEWS:
        p.strokePath(silhouette[view], outline)
    if selected:
        pen = QPen(HIGHLIGHT, max(3.0 / s, 7.0))
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for key, path in regions():
            if key == selected:
                p.strokePath(path, pen)
    # The body is cut at the waist: let it fade into the paper rather than end on a hard edge.
    fade = QLinearGradient(0, CUT - 10, 0, CUT + 60)
    fade.setColorAt(0.0, PAPER)
    fade.setColorAt(0.25, PAPER)
    fade.setColorAt(1.0, QColor(255, 255, 255, 0))
    p.fillRect(QRectF(0, CUT - 10, WIDTH, 70), fade)
    _draw_labels(p, compression, QFont(font) if font is not None else QFont())
    p.restore()


def _draw_labels(p: QPainter, compression: Mapping[str, float], font: QFont) -> None:
    font.setPixelSize(40)
    font.setBold(True)
    p.setFont(font)
    p.setPen(LABEL)
    names = {"front": translate("body_map", "Front"), "back": translate("body_map", "Back")}
    for view in VIEWS:
        x0 = figure_x0(view) + CROP_X
        p.drawText(
            QRectF(x0, VIEW_TOP, FIG_W - 2 * CROP_X, TITLE_H), Qt.AlignmentFlag.AlignCenter, names[view]
        )
    font.setBold(False)
    sides = {"left": translate("body_map", "Left"), "right": translate("body_map", "Right")}
    # The side names sit under the feet, 130 units apart: a longer word gets a smaller size.
    font.setPixelSize(30)
    widest = max(QFontMetricsF(font).horizontalAdvance(t) for t in sides.values())
    font.setPixelSize(max(16, min(30, int(30 * 100 / max(widest, 1.0)))))
    p.setFont(font)
    for view in VIEWS:
        for side in SIDES:
            c = placement(view, side).xy((145, FIG_H + 8))
            p.drawText(QRectF(c.x() - 65, c.y(), 130, 40), Qt.AlignmentFlag.AlignCenter, sides[side])
    font.setPixelSize(28)
    font.setBold(True)
    p.setFont(font)
    for root in ROOTS:
        view, part, u, v = LABEL_POINTS[root]
        for side in SIDES:
            c = placement(view, side).xy(leg_point(part, u, v))
            p.setPen(LIT_LABEL if compression.get(f"{root}.{side}", 0.0) > 0.0 else LABEL)
            p.drawText(QRectF(c.x() - 30, c.y() - 16, 60, 32), Qt.AlignmentFlag.AlignCenter, root)
