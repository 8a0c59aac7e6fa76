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

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QTransform
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from app.i18n import translate
from app.viewer.body_drawing import (  # noqa: F401 (the map's colours and points, for its users)
    KEY_POINTS,
    LIT_FLOOR,
    TINTS,
    WARNING,
    fill_of,
    fit,
    key_point_at,
    lit_colour,
    paint_body,
    regions,
)

TEXT_POINT_SIZE = 14


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
        self._tint = TINTS  # each root's resting colour
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
        return fit(self.width(), self.height())

    def key_point(self, key: str) -> QPointF:
        """The widget position of a root's key point ('S1.right': the back of the right calf)."""
        return self._transform().map(key_point_at(key))

    def root_at(self, pos: QPointF) -> str:
        """The root key whose region is under a widget position, or ''."""
        inv, ok = self._transform().inverted()
        if not ok:
            return ""
        p = inv.map(QPointF(pos))
        for key, path in reversed(regions()):
            if path.contains(p):
                return key
        return ""

    def fill_of(self, key: str) -> QColor:
        """The colour a root's region is filled with now."""
        return fill_of(key, self.compression)

    # ---- drawing -----------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#FFFFFF"))
        paint_body(p, self._transform(), self.compression, self.selected, self.font())
        p.end()

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
