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
from dataclasses import dataclass

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
    QDockWidget,
    QFrame,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.widgets import disclaimer_label, show_markdown
from meshes.dimensions import ROOTS, SIDES
from meshes.parts import COLOURS
from scenes.symptoms import load_symptoms, root_role, strength_words

# Logical drawing space: two figures FIG_W wide side by side (the front and the back), drawn from
# the waist (y = TOP) to the toes (y = FIG_H): only the lower body carries the L1-S1 dermatomes,
# and leaving out the head and arms doubles the size of the areas that matter.
FIG_W, FIG_H, GAP, TITLE_H = 400.0, 1085.0, 10.0, 64.0
TOP = 345.0  # the waist
CROP_X = 78.0  # each figure drops this much empty margin at either side
WIDTH = 2 * (FIG_W - 2 * CROP_X) + GAP
CUT = TOP - 40.0  # where the drawn trunk ends, faded out
VIEW_TOP = CUT - TITLE_H  # the visible drawing starts here (the titles above the trunk)
HEIGHT = FIG_H + 55.0 - VIEW_TOP  # with room below the feet for the side names
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

# Edge curves of the patient's right leg in the front view (viewer's left), figure units.
# Knots in v: hip 0, knee ~0.58, ankle 1; v < 0 reaches up into the groin and hip.
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


def _figure_x0(view: str) -> float:
    return -CROP_X if view == "front" else FIG_W - 3 * CROP_X + GAP


def _placement(view: str, side: str) -> _Placement:
    # Front view: the patient faces us, so the right leg is on the viewer's left; from behind, on the right.
    x0 = _figure_x0(view)
    mirror = (side == "left") if view == "front" else (side == "right")
    return _Placement(x0, mirror)


def _leg_point(part: str, u: float, v: float) -> tuple[float, float]:
    if part == "foot":
        m, lat = _catmull(_FOOT_MEDIAL, _W, v), _catmull(_FOOT_LATERAL, _W, v)
    else:
        m, lat = _catmull(_MEDIAL, _V, v), _catmull(_LATERAL, _V, v)
    return (m[0] + (lat[0] - m[0]) * u, m[1] + (lat[1] - m[1]) * u)


def _region_path(place: _Placement, part: str, poly, steps: int = 16) -> QPainterPath:
    pts = []
    for i, a in enumerate(poly):
        b = poly[(i + 1) % len(poly)]
        for k in range(steps):
            s = k / steps
            pts.append(place.xy(_leg_point(part, a[0] + (b[0] - a[0]) * s, a[1] + (b[1] - a[1]) * s)))
    path = QPainterPath(pts[0])
    for p in pts[1:]:
        path.lineTo(p)
    path.closeSubpath()
    return path


def _figure_shapes(view: str) -> list[QPainterPath]:
    """The closed shapes of one lower-body outline (hips, legs, feet)."""
    x0 = _figure_x0(view)

    def P(x, y):
        return (x0 + x, y)

    shapes = []
    half = [(200, CUT), (134, CUT), (128, 380), (118, 430), (105, 472), (130, 520), (200, 540)]
    trunk_pts = [P(x, y) for x, y in half] + [P(400 - x, y) for x, y in reversed(half[1:-1])]
    shapes.append(_smooth(trunk_pts))
    for side in SIDES:
        place = _placement(view, side)
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


def _figure_details(view: str) -> QPainterPath:
    """Thin lines that say which way the body faces: groin creases in front, buttocks behind."""
    x0 = _figure_x0(view)
    path = QPainterPath()
    if view == "front":
        for m in (False, True):

            def X(x, m=m):
                return x0 + (400 - x if m else x)

            path.moveTo(X(132), 440)
            path.quadTo(X(170), 470, X(192), 512)
        path.addEllipse(QPointF(x0 + 200, 395), 4, 5)  # the navel
        for side in SIDES:  # the kneecaps
            c = _placement(view, side).xy(_leg_point("leg", 0.5, 0.555))
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
            a = _placement(view, side).xy(_leg_point("leg", 0.2, 0.575))
            b = _placement(view, side).xy(_leg_point("leg", 0.8, 0.56))
            path.moveTo(a)
            path.lineTo(b)
    return path


def _union(shapes: list[QPainterPath]) -> QPainterPath:
    out = QPainterPath()
    for shape in shapes:
        out = out.united(shape)
    return out.simplified()


def _frange(a: float, b: float, n: int) -> list[float]:
    return [a + (b - a) * i / (n - 1) for i in range(n)]


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
        self._silhouette = {v: _union(_figure_shapes(v)) for v in VIEWS}
        self._details = {v: _figure_details(v) for v in VIEWS}
        # (root key, path) in drawing order, in logical coordinates.
        self._regions: list[tuple[str, QPainterPath]] = []
        for root in ROOTS:
            for side in SIDES:
                for view, part, poly in DERMATOMES[root]:
                    path = _region_path(_placement(view, side), part, poly).intersected(
                        self._silhouette[view]
                    )
                    self._regions.append((f"{root}.{side}", path))
        self._tint = {root: REGION_TINTS[i % 2] for i, root in enumerate(ROOTS)}
        self.setToolTip("Where each nerve root is felt (dermatomes). Click an area to find its root in 3D.")

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
        return self._transform().map(_placement(view, side).xy(_leg_point(part, u, v)))

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
            x0 = _figure_x0(view) + CROP_X
            p.drawText(QRectF(x0, band, FIG_W - 2 * CROP_X, TITLE_H), Qt.AlignmentFlag.AlignCenter,
                       "Front" if view == "front" else "Back")  # fmt: skip
        font.setPixelSize(30)
        font.setBold(False)
        p.setFont(font)
        for view in VIEWS:
            for side in SIDES:
                c = _placement(view, side).xy((145, FIG_H + 8))
                p.drawText(
                    QRectF(c.x() - 60, c.y(), 120, 40), Qt.AlignmentFlag.AlignCenter, side.capitalize()
                )
        font.setPixelSize(28)
        font.setBold(True)
        p.setFont(font)
        for root in ROOTS:
            view, part, u, v = LABEL_POINTS[root]
            for side in SIDES:
                c = _placement(view, side).xy(_leg_point(part, u, v))
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


def symptoms_markdown(compression: Mapping[str, float], selected: str = "", level: str = "") -> str:
    """The plain-words text beside the map: each pressed root (hardest first), or the chosen one."""
    table = load_symptoms()
    keys = sorted((k for k, c in compression.items() if c > 0), key=lambda k: -compression[k])
    if selected and selected not in keys:
        keys = [selected, *keys]
    if not keys:
        return (
            "### Where it is felt\n\nNo nerve root is pressed now. Each coloured area on the body shows "
            "where one root carries feeling from the skin (its **dermatome**). Click an area to see "
            "its root in the 3D view."
        )
    out = []
    for key in keys[:3]:
        root, side = key.split(".")
        t = table[root]
        c = compression.get(key, 0.0)
        role = root_role(root, level) if level else ""
        state = f"{strength_words(c)}, {round(100 * c)}%" if c > 0 else "not pressed now"
        out.append(f"#### {side.capitalize()} {root} root ({state})")
        if role:
            out.append(f"The {role} root at {level}.")
        out.append(
            f"- **Felt in** {t.area} ({side} leg).\n"
            f"- **Typical complaint:** {t.complaint}\n"
            f"- **Skin:** {t.feels}\n"
            f"- **Weakness:** {t.weak} *({t.muscle})*\n"
            f"- **Reflex:** {t.reflex}"
        )
    return "\n\n".join(out)


class BodyMapPanel(QDockWidget):
    """A dock with the body map above and the symptom text below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Where it is felt", parent)
        self.setObjectName("body_map_panel")
        self.body_map = BodyMap()
        self.text = QTextBrowser()
        self.text.setObjectName("symptoms_text")
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        font = QFont(self.text.font())
        font.setPointSize(TEXT_POINT_SIZE)
        self.text.document().setDefaultFont(font)
        self.text.document().setDocumentMargin(6)
        self.text.setMinimumHeight(80)

        note = disclaimer_label()
        # Side by side in a wide dock, one above the other in a tall one (see resizeEvent).
        self.split = split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.body_map)
        split.addWidget(self.text)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split, 1)
        layout.addWidget(note)
        self.setWidget(body)
        self._level = ""
        self._refresh()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        w, h = event.size().width(), event.size().height()
        want = Qt.Orientation.Horizontal if w > 0.9 * h else Qt.Orientation.Vertical
        if self.split.orientation() != want:
            self.split.setOrientation(want)
        # Give the map what its proportions can use and the words the rest.
        if want == Qt.Orientation.Horizontal:
            side = min(int(h * WIDTH / HEIGHT) + 12, w // 2)
        else:
            side = min(int(w * HEIGHT / WIDTH) + 12, (2 * h) // 3)
        total = w if want == Qt.Orientation.Horizontal else h
        self.split.setSizes([side, max(total - side, 1)])

    def show_findings(self, findings) -> None:
        """Light the areas of the pressed roots (``Findings`` from the condition controller)."""
        level = findings.choice.level if findings is not None and findings.choice.condition else ""
        self.show_pressure(findings.compression if findings is not None else {}, level)

    def show_pressure(self, compression: Mapping[str, float], level: str = "") -> None:
        """Light the areas of the pressed roots ("L5.left" -> 0..1), e.g. as a scene plays;
        ``level`` is the disc at fault, to name each root's role there."""
        self._level = level if compression else ""
        self.body_map.set_compression(compression)
        self._refresh()

    def show_selected(self, key: str) -> None:
        self.body_map.set_selected(key)
        self._refresh()

    def _refresh(self) -> None:

        md = symptoms_markdown(self.body_map.compression, self.body_map.selected, self._level)
        show_markdown(self.text, md)

    def symptoms_text(self) -> str:
        return self.text.toPlainText()
