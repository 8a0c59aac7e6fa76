"""Where a pinched root is felt: a front and back body outline drawn by the program (QPainterPath,
so it stays crisp at any size) with the dermatome of each root L1 to S1 on each leg, lit by how
hard that root is pressed, and beside it the typical symptoms in plain words.

The regions are stylised but placed as on the ASIA/ISNCSCI chart (anatomy.md): L1 groin and top
of the front thigh, L2 mid front thigh, L3 lower front thigh to the inner knee, L4 inner shin to
the inner ankle, L5 outer shin, top of the foot and big toe, S1 back of the calf, heel, outer
edge and sole of the foot. Each leg is a strip between a medial and a lateral edge curve; a region
is a polygon in (u across the leg from inside 0 to outside 1, v down the leg from hip 0 to ankle
1), so it follows the leg's shape. Clicking a region emits ``root_clicked('L5.right')``.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from app.clinic.body_outline import (
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
from app.i18n import translate
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
TEXT_POINT_SIZE = 14


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


class BodyMap(QWidget):
    """Front and back body outlines with a dermatome per root and side; lit by compression."""

    root_clicked = Signal(str)  # 'L5.right'

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("body_map")
        self.setMinimumSize(200, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.compression: dict[str, float] = {}
        self.selected = ""
        self._silhouette = {v: union(figure_shapes(v)) for v in VIEWS}
        self._details = {v: figure_details(v) for v in VIEWS}
        # (root key, path) in drawing order, in logical coordinates.
        self._regions: list[tuple[str, QPainterPath]] = []
        for root in ROOTS:
            for side in SIDES:
                for view, part, poly in DERMATOMES[root]:
                    path = region_path(placement(view, side), part, poly).intersected(self._silhouette[view])
                    self._regions.append((f"{root}.{side}", path))
        self._tint = {root: REGION_TINTS[i % 2] for i, root in enumerate(ROOTS)}
        self.setToolTip(
            translate(
                "BodyMap", "Where each nerve root is felt (dermatomes). Click an area to find its root in 3D."
            )
        )

    # ---- inputs ------------------------------------------------------------------------------
    def set_compression(self, values: Mapping[str, float]) -> None:
        self.compression = {k: float(v) for k, v in values.items() if v > 0.0}
        self.update()

    def set_selected(self, key: str) -> None:
        self.selected = key or ""
        self.update()

    # ---- geometry ----------------------------------------------------------------------------
    def _transform(self) -> QTransform:
        """Logical -> widget coordinates: fit the drawing, centred, keeping its proportions."""
        s = min(self.width() / WIDTH, self.height() / HEIGHT)
        t = QTransform()
        t.translate((self.width() - WIDTH * s) / 2, (self.height() - HEIGHT * s) / 2)
        t.scale(s, s)
        t.translate(0.0, -VIEW_TOP)
        return t

    def key_point(self, key: str) -> QPointF:
        """The widget position of a root's key point ('S1.right': the back of the right calf)."""
        root, side = key.split(".")
        view, part, u, v = KEY_POINTS[root]
        return self._transform().map(placement(view, side).xy(leg_point(part, u, v)))

    def root_at(self, pos: QPointF) -> str:
        """The root key whose region is under a widget position, or ''."""
        inv, ok = self._transform().inverted()
        if not ok:
            return ""
        p = inv.map(QPointF(pos))
        for key, path in reversed(self._regions):
            if path.contains(p):
                return key
        return ""

    def fill_of(self, key: str) -> QColor:
        """The colour a root's region is filled with now."""
        return lit_colour(self.compression.get(key, 0.0), self._tint[key.split(".")[0]])

    # ---- drawing -----------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.fillRect(self.rect(), PAPER)
        t = self._transform()
        p.setTransform(t)
        s = t.m11()
        for view in VIEWS:
            p.fillPath(self._silhouette[view], SKIN)
        edge = QPen(REGION_EDGE, max(1.0 / s, 1.5))
        for key, path in self._regions:
            p.fillPath(path, self.fill_of(key))
            p.strokePath(path, edge)
        for view in VIEWS:
            p.strokePath(self._details[view], QPen(OUTLINE.lighter(140), max(1.0 / s, 2.5)))
        outline = QPen(OUTLINE, max(1.5 / s, 3.0), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                       Qt.PenJoinStyle.RoundJoin)  # fmt: skip
        for view in VIEWS:
            p.strokePath(self._silhouette[view], outline)
        if self.selected:
            pen = QPen(HIGHLIGHT, max(3.0 / s, 7.0))
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            for key, path in self._regions:
                if key == self.selected:
                    p.strokePath(path, pen)
        # The body is cut at the waist: let it fade into the paper rather than end on a hard edge.
        top = CUT
        fade = QLinearGradient(0, top - 10, 0, top + 60)
        fade.setColorAt(0.0, PAPER)
        fade.setColorAt(0.25, PAPER)
        fade.setColorAt(1.0, QColor(255, 255, 255, 0))
        p.fillRect(QRectF(0, top - 10, WIDTH, 70), fade)
        self._draw_labels(p)
        p.end()

    def _draw_labels(self, p: QPainter) -> None:
        font = QFont(self.font())
        font.setPixelSize(40)
        font.setBold(True)
        p.setFont(font)
        p.setPen(LABEL)
        band = VIEW_TOP
        for view in VIEWS:
            x0 = figure_x0(view) + CROP_X
            p.drawText(QRectF(x0, band, FIG_W - 2 * CROP_X, TITLE_H), Qt.AlignmentFlag.AlignCenter,
                       "Front" if view == "front" else "Back")  # fmt: skip
        font.setPixelSize(30)
        font.setBold(False)
        p.setFont(font)
        for view in VIEWS:
            for side in SIDES:
                c = placement(view, side).xy((145, FIG_H + 8))
                p.drawText(
                    QRectF(c.x() - 60, c.y(), 120, 40), Qt.AlignmentFlag.AlignCenter, side.capitalize()
                )
        font.setPixelSize(28)
        font.setBold(True)
        p.setFont(font)
        for root in ROOTS:
            view, part, u, v = LABEL_POINTS[root]
            for side in SIDES:
                c = placement(view, side).xy(leg_point(part, u, v))
                lit = self.compression.get(f"{root}.{side}", 0.0) > 0.0
                p.setPen(LIT_LABEL if lit else LABEL)
                p.drawText(QRectF(c.x() - 30, c.y() - 16, 60, 32), Qt.AlignmentFlag.AlignCenter, root)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            key = self.root_at(event.position())
            if key:
                self.set_selected(key)
                self.root_clicked.emit(key)
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        key = self.root_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if key else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def sizeHint(self):  # noqa: D102
        from PySide6.QtCore import QSize

        return QSize(360, 440)
