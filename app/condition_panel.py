"""The condition panel: pick a disc problem by level, side, direction and severity, watch the model
follow live, and read which nerve root it presses and why.

``ConditionController`` does the work without widgets of its own (tests drive it directly): it
asks ``meshes`` for the state, the deformed vertices and the contacts, writes the new points into
the viewport's existing PolyData (fixed topology), tints each root from its own colour toward the
warning colour by how hard it is pressed, and reports ``Findings``. Which root is pressed is
whatever the geometry says; the words for it come from ``scenes.symptoms``.

``install_condition_tools(window)`` adds the panel, the body map, the measurement overlay and the
healthy-beside split view to the main window.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from meshes.conditions import CONDITION_SIDES, CONDITIONS, condition_state, stage_name
from meshes.dimensions import DISC_LEVELS, ROOT_DIAMETER, ROOTS, SIDES, exit_level
from meshes.parts import COLOURS, PARTS
from meshes.state import DIRECTIONS, EXTRUSION_AT, HEALTHY, PROTRUSION_AT, SEQUESTRATION_AT, PathologyState
from scenes.schema import DISCLAIMER
from scenes.symptoms import RULE, Pinch, pinch_title, pinch_why, root_role, sac_only_text, strength_words

if TYPE_CHECKING:
    from app.viewport import Viewport
    from app.window import MainWindow
    from meshes.measure import Measurements
    from meshes.model import Model

TEXT_POINT_SIZE = 14  # readable on a projector
HEADING_POINT_SIZE = 17
SEVERITY_STEPS = 100
DEFAULT_SEVERITY = 0.7  # an extrusion: the stage that most often presses a root
MEASURE_DELAY_MS = 250  # measure once the slider rests, not on every step of a drag
# A touched root gets at least this much of the warning colour, so light contact still shows.
WARNING_FLOOR = 0.35
SELECT_AMBIENT = 0.55  # glow of a root chosen on the body map

CONDITION_LABELS = {
    "": "None (healthy)",
    "herniation": "Herniation",
    "bulge": "Bulge",
    "tear": "Tear (annular fissure)",
    "degeneration": "Worn disc (degeneration)",
}
CONDITION_TIPS = {
    "": "The healthy spine, as built",
    "herniation": "Part of the soft centre of the disc pushes out through the outer ring",
    "bulge": "The disc's rim pushes out a little all the way round",
    "tear": "A split in the tough outer ring of the disc (annular fissure)",
    "degeneration": "A worn, dried-out disc: it loses height, and bone spurs grow beside it",
}
DIRECTION_LABELS = {
    "central": "Central (middle)",
    "paracentral": "Paracentral (beside the middle)",
    "foraminal": "Foraminal (side opening)",
    "far-lateral": "Far lateral (outside it)",
}
SHORT_DISCLAIMER = "Educational, not medical advice."
# The scene that shows each condition happening (scenes/presets), replayed at the chosen level.
CONDITION_SCENES = {
    "herniation": "herniated_disc",
    "bulge": "disc_bulge",
    "tear": "torn_disc",
    "degeneration": "degenerated_disc",
}


def _rgb(colour: str) -> np.ndarray:
    c = colour.lstrip("#")
    return np.array([int(c[i : i + 2], 16) / 255.0 for i in (0, 2, 4)])


def warning_colour(root_colour: str, compression: float) -> tuple[float, float, float]:
    """A root's colour for a compression 0..1: its own colour when free, graded to the warning colour."""
    base, warn = _rgb(root_colour), _rgb(COLOURS["warning"])
    if compression <= 0.0:
        return tuple(base)
    t = WARNING_FLOOR + (1.0 - WARNING_FLOOR) * min(float(compression), 1.0)
    return tuple(base + (warn - base) * t)


@dataclass(frozen=True)
class Choice:
    """What the user picked: condition ('' = healthy), level, side, direction, severity 0..1."""

    condition: str = ""
    level: str = "L4-L5"
    side: str = "right"
    direction: str = "paracentral"
    severity: float = DEFAULT_SEVERITY

    def state(self) -> PathologyState:
        if not self.condition:
            return HEALTHY
        return condition_state(self.condition, self.level, self.side, self.direction, self.severity)

    @property
    def effective_direction(self) -> str:
        """'Both sides' is a central problem (see meshes.conditions)."""
        if self.condition in ("bulge", "degeneration") or self.side == "both":
            return "central"
        return self.direction

    def stage(self) -> str:
        if self.condition == "herniation":
            return stage_name(self.severity)
        return "mild" if self.severity < 0.34 else "moderate" if self.severity < 0.67 else "severe"

    def short_label(self) -> str:
        """'L5-S1 extrusion, right' (for the split view's caption)."""
        if not self.condition:
            return "Healthy spine"
        what = self.stage() if self.condition == "herniation" else f"{self.condition} ({self.stage()})"
        return f"{self.level} {what}, {'both sides' if self.side == 'both' else self.side}"

    def label(self) -> str:
        if not self.condition:
            return "Healthy spine"
        side = "both sides" if self.side == "both" else f"{self.side} side"
        return f"{self.level} {self.condition} ({self.stage()}), {side}"


@dataclass(frozen=True)
class Findings:
    """What the geometry says about a choice: the pressed roots, hardest first, and the sac."""

    choice: Choice
    pinches: tuple[Pinch, ...]
    compression: dict[str, float]  # every root key 'L5.right' -> 0..1
    dura_mm: float
    measurements: Measurements | None = field(default=None, compare=False)

    def top(self) -> Pinch | None:
        return self.pinches[0] if self.pinches else None


def findings_from(
    choice: Choice, root_depth: dict[str, float], dura_mm: float, measurements: Measurements | None = None
) -> Findings:
    """Findings from the engine's contacts (mm each root gave way) and, when there, its measurements.

    Without measurements, compression is depth / root diameter (what ``meshes.measure`` does for
    contact by disc); with them, the measured compression and cause win (a narrowed foramen).
    """
    comp: dict[str, float] = {}
    pinches = []
    for r in ROOTS:
        for s in SIDES:
            key = f"{r}.{s}"
            depth = float(root_depth.get(key, 0.0))
            c, cause, fh = float(np.clip(depth / ROOT_DIAMETER[r], 0.0, 1.0)), "disc", None
            if measurements is not None and key in measurements.roots:
                m = measurements.roots[key]
                c, cause = (float(m.compression), m.cause or "disc") if m.contact else (0.0, "disc")
                if cause == "foramen" and r != "S1":
                    fh = measurements.levels[exit_level(r)].foramen_height[s]
            comp[key] = c
            if c > 0.0:
                pinches.append(Pinch(r, s, c, cause, depth, fh))
    pinches.sort(key=lambda p: (-p.compression, ROOTS.index(p.root), p.side))
    return Findings(choice, tuple(pinches), comp, float(dura_mm), measurements)


def findings_markdown(f: Findings) -> str:
    """The panel text for some findings (Markdown)."""
    ch = f.choice
    if not ch.condition:
        return (
            "### Healthy spine\n\nPick a **condition**, a **level** and a **side** above. The model "
            "changes to show it, and the nerve root it presses turns orange-red.\n\nThe body map shows "
            "where that root is felt."
        )
    out = []
    if not f.pinches:
        if f.dura_mm > 0.05:
            out.append(sac_only_text(ch.level, f.dura_mm))
        else:
            out.append("No nerve root is touched at this severity. Move the severity slider to the right.")
        return "\n\n".join(out)
    for p in f.pinches[:3]:
        out.append(
            f"#### {pinch_title(p, ch.level)}\n\n**{strength_words(p.compression).capitalize()}: "
            f"{round(100 * p.compression)}%**"
        )
        out.append(pinch_why(p, ch.level, ch.condition, ch.effective_direction))
    if len(f.pinches) > 3:
        rest = ", ".join(f"{p.side} {p.root}" for p in f.pinches[3:])
        out.append(f"Also touched: {rest}.")
    if any(p.cause == "disc" and root_role(p.root, ch.level) for p in f.pinches):
        out.append(f"*{RULE}*")
    return "\n\n".join(out)


class ConditionController(QObject):
    """Applies a Choice to the model in a viewport and reports the Findings (no widgets)."""

    choice_changed = Signal(object)  # Choice
    findings_changed = Signal(object)  # Findings (live, from contacts; again once measured)
    measured = Signal(object)  # Findings with measurements
    root_selected = Signal(str)  # 'L5.right', or '' for none

    def __init__(self, viewport: Viewport, parent: QObject, request_render=None) -> None:
        super().__init__(parent)
        self.viewport = viewport
        self._request_render = request_render or viewport.render
        self.model: Model | None = None
        self.choice = Choice()
        self.findings: Findings | None = None
        self.selected = ""
        self.want_measurements = False  # the overlay is on: measure every state
        self._points: dict[str, np.ndarray] = {}  # what this controller last wrote, per part
        self._tinted: set[str] = set()
        self._generation = 0
        self._pool: ThreadPoolExecutor | None = None
        self._measure_timer = QTimer(self)
        self._measure_timer.setSingleShot(True)
        self._measure_timer.setInterval(MEASURE_DELAY_MS)
        self._measure_timer.timeout.connect(self.measure_now)
        self._result_relay.connect(self._on_measured)
        self.before_apply = None  # callable run before the model changes (the window stops a scene)
        parent.installEventFilter(self)

    _result_relay = Signal(int, object)  # generation, Measurements (from the worker thread)

    # ---- inputs ------------------------------------------------------------------------------
    def set_model(self, model: Model) -> None:
        self.model = model
        self._points = {pid: p.vertices for pid, p in model.parts.items()}
        self._tinted.clear()
        if self.choice.condition:
            self.apply()

    def set_choice(self, **changes) -> None:
        """Change some of condition/level/side/direction/severity and show the result at once."""
        new = replace(self.choice, **changes)
        if new == self.choice and self.findings is not None:
            return
        self.choice = new
        self.choice_changed.emit(new)
        self.apply()

    @property
    def active(self) -> bool:
        return bool(self.choice.condition)

    # ---- the model ---------------------------------------------------------------------------
    def apply(self) -> Findings | None:
        """Deform the model for the current choice, tint the roots, report findings."""
        from meshes.pathology import deform_with_contacts

        self._generation += 1
        if self.model is None:
            return None
        if self.active and self.before_apply is not None:
            self.before_apply()
        verts, contacts = deform_with_contacts(self.model, self.choice.state())
        self._write_points(verts)
        f = findings_from(self.choice, contacts.root_depth, contacts.dura_depth)
        self._show(f)
        if self.active and (self.want_measurements or self.choice.condition == "degeneration"):
            self._measure_timer.start()
        return f

    def _write_points(self, verts: dict[str, np.ndarray]) -> None:
        for pid, v in verts.items():
            if self._points.get(pid) is v or pid not in self.viewport.meshes:
                continue
            self.viewport.set_points(pid, v)
            self._points[pid] = v

    def _show(self, f: Findings) -> None:
        self.findings = f
        self._tint(f)
        self._request_render()
        self.findings_changed.emit(f)

    def _tint(self, f: Findings) -> None:
        for key, c in f.compression.items():
            pid = f"root.{key}"
            if pid not in self.viewport.actors:
                continue
            if c > 0.0 or pid in self._tinted or key == self.selected:
                self._look(pid, c, key == self.selected)
                if c > 0.0 or key == self.selected:
                    self._tinted.add(pid)
                else:
                    self._tinted.discard(pid)

    def _look(self, pid: str, compression: float, selected: bool) -> None:
        from app.viewport import AMBIENT

        info = PARTS.get(pid)
        rgb = warning_colour(info.colour if info else COLOURS["root"], compression)
        prop = self.viewport.actors[pid].GetProperty()
        prop.SetDiffuseColor(*rgb)
        if selected:
            prop.SetAmbientColor(*_rgb(COLOURS["highlight"]))
            prop.SetAmbient(SELECT_AMBIENT)
        else:
            prop.SetAmbientColor(*rgb)
            prop.SetAmbient(AMBIENT)

    def root_colour(self, key: str) -> tuple[float, float, float]:
        """The diffuse colour a root actor is drawn with now (for tests)."""
        return tuple(self.viewport.actors[f"root.{key}"].GetProperty().GetDiffuseColor())

    def select_root(self, key: str) -> None:
        """Highlight one root in 3D ('L5.right'; '' clears) and tell the panels."""
        old, self.selected = self.selected, key if f"root.{key}" in self.viewport.actors else ""
        comp = self.findings.compression if self.findings else {}
        for k in {old, self.selected} - {""}:
            pid = f"root.{k}"
            if pid in self.viewport.actors:
                self._look(pid, comp.get(k, 0.0), k == self.selected)
                (self._tinted.add if (k == self.selected or comp.get(k, 0.0) > 0) else self._tinted.discard)(
                    pid
                )
        self._request_render()
        self.root_selected.emit(self.selected)

    def release(self) -> None:
        """Give the model back as it was built (a scene is about to play on it)."""
        self._generation += 1
        self._measure_timer.stop()
        if self.model is not None:
            rest = {pid: p.vertices for pid, p in self.model.parts.items()}
            self._write_points(rest)
        for pid in list(self._tinted):
            if pid in self.viewport.actors:
                self._look(pid, 0.0, False)
        self._tinted.clear()
        self.selected = ""
        self.choice = replace(self.choice, condition="")
        self.findings = None
        self.choice_changed.emit(self.choice)

    # ---- measurements (meshes.measure: 0.2-3 s, so off the GUI thread) ----------------------
    def measure_now(self) -> None:
        from meshes.measure import measure

        self._measure_timer.stop()
        if self.model is None:
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="measure")
        gen, model, state = self._generation, self.model, self.choice.state()
        future = self._pool.submit(measure, model, state)
        future.add_done_callback(lambda fut, g=gen: self._relay(g, fut))

    def _relay(self, gen: int, fut: Future) -> None:
        if fut.cancelled() or fut.exception() is not None:
            return
        try:
            self._result_relay.emit(gen, fut.result())
        except RuntimeError:  # the window closed meanwhile
            pass

    def _on_measured(self, gen: int, m: Measurements) -> None:
        if gen != self._generation or self.findings is None:
            return
        f = self.findings
        depth = {p.key: p.depth_mm for p in f.pinches}
        measured = findings_from(f.choice, depth, f.dura_mm, m)
        self._show(measured)
        self.measured.emit(measured)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.shutdown()
        return False

    def shutdown(self) -> None:
        self._measure_timer.stop()
        self._generation += 1
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


def disclaimer_label() -> QLabel:
    """A one-line 'Educational, not medical advice.' with the whole disclaimer as its tooltip."""
    note = QLabel(f"<b>{SHORT_DISCLAIMER}</b> Point here for more.")
    note.setToolTip(DISCLAIMER)
    note.setWordWrap(True)
    note.setStyleSheet("QLabel { background: #FFF4D6; color: #3A3020; padding: 3px; }")
    return note


class ConditionPanel(QDockWidget):
    """The controls (condition, level, side, direction, severity) and the pinched-root text."""

    watch_scene = Signal()  # 'Watch how it happens'

    def __init__(self, controller: ConditionController, parent: QWidget | None = None) -> None:
        super().__init__("Condition", parent)
        self.setObjectName("condition_panel")
        self.controller = controller
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 6)
        big = QFont(body.font())
        big.setPointSize(TEXT_POINT_SIZE)
        body.setFont(big)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.condition_box = QComboBox()
        self.condition_box.setObjectName("condition_box")
        for key in ("", *CONDITIONS):
            self.condition_box.addItem(CONDITION_LABELS[key], key)
            self.condition_box.setItemData(self.condition_box.count() - 1, CONDITION_TIPS[key],
                                           Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        self.condition_box.setToolTip("The disc problem to show on the model")
        form.addRow("Condition", self.condition_box)

        self.level_box = QComboBox()
        self.level_box.setObjectName("level_box")
        for level in DISC_LEVELS:
            self.level_box.addItem(f"{level} disc", level)
        self.level_box.setToolTip("Which disc: L4-L5 and L5-S1 are the ones that fail most often")
        form.addRow("Level", self.level_box)

        side_row = QHBoxLayout()
        self.side_group = QButtonGroup(self)
        self.side_buttons: dict[str, QPushButton] = {}
        for side in CONDITION_SIDES:
            b = QPushButton(side.capitalize())
            b.setObjectName(f"side_{side}")
            b.setCheckable(True)
            b.setToolTip(f"The patient's {side} side" if side != "both" else "Both sides (a central problem)")
            self.side_group.addButton(b)
            self.side_buttons[side] = b
            side_row.addWidget(b)
        form.addRow("Side", side_row)

        self.direction_box = QComboBox()
        self.direction_box.setObjectName("direction_box")
        for d in DIRECTIONS:
            self.direction_box.addItem(DIRECTION_LABELS.get(d, d), d)
        self.direction_box.setToolTip(
            "Where the disc material goes. Just beside the middle (paracentral) usually catches the root "
            "that runs past the disc; out at the side (foraminal) the root that leaves at that level."
        )
        form.addRow("Direction", self.direction_box)
        layout.addLayout(form)

        sev_row = QHBoxLayout()
        self.severity_slider = QSlider(Qt.Orientation.Horizontal)
        self.severity_slider.setObjectName("severity_slider")
        self.severity_slider.setRange(0, SEVERITY_STEPS)
        self.severity_slider.setToolTip("How far along the problem is: drag to see it grow")
        self.stage_label = QLabel("")
        self.stage_label.setObjectName("stage_label")
        stage_font = QFont(big)
        stage_font.setPointSize(HEADING_POINT_SIZE)
        stage_font.setBold(True)
        self.stage_label.setFont(stage_font)
        self.stage_label.setMinimumWidth(QFontMetrics(stage_font).horizontalAdvance("Sequestration") + 8)
        sev_row.addWidget(QLabel("Severity"))
        sev_row.addWidget(self.severity_slider, 1)
        sev_row.addWidget(self.stage_label)
        layout.addLayout(sev_row)
        scale_row = QHBoxLayout()
        self.scale_label = QLabel("")
        self.scale_label.setObjectName("scale_label")
        small = QFont(big)
        small.setPointSize(max(10, TEXT_POINT_SIZE - 3))
        self.scale_label.setFont(small)
        self.scale_label.setStyleSheet("color: #667;")
        self.scale_label.setWordWrap(True)
        scale_row.addWidget(self.scale_label, 1)
        self.watch_button = QPushButton("▶ Watch it happen")
        self.watch_button.setObjectName("watch_button")
        self.watch_button.setFont(small)
        self.watch_button.setToolTip("Play the scene for this condition at this level and side")
        self.watch_button.clicked.connect(self.watch_scene)
        scale_row.addWidget(self.watch_button)
        layout.addLayout(scale_row)

        self.text = QTextBrowser()
        self.text.setObjectName("findings_text")
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.document().setDefaultFont(big)
        self.text.document().setDocumentMargin(6)
        self.text.setMinimumHeight(90)
        layout.addWidget(self.text, 1)
        note = disclaimer_label()
        note.setObjectName("condition_disclaimer")
        layout.addWidget(note)
        self.setWidget(body)

        self.show_choice(controller.choice)
        self.condition_box.currentIndexChanged.connect(
            lambda _i: controller.set_choice(condition=self.condition_box.currentData())
        )
        self.level_box.currentIndexChanged.connect(
            lambda _i: controller.set_choice(level=self.level_box.currentData())
        )
        self.direction_box.currentIndexChanged.connect(
            lambda _i: controller.set_choice(direction=self.direction_box.currentData())
        )
        for side, b in self.side_buttons.items():
            b.clicked.connect(lambda _c=False, s=side: controller.set_choice(side=s))
        self.severity_slider.valueChanged.connect(
            lambda v: controller.set_choice(severity=v / SEVERITY_STEPS))  # fmt: skip
        controller.choice_changed.connect(self.show_choice)
        controller.findings_changed.connect(self.show_findings)
        self.show_findings(None)

    def show_choice(self, ch: Choice) -> None:
        """Put the controls in line with ``ch`` without sending changes back."""
        blockers = [QSignalBlocker(w) for w in (self.condition_box, self.level_box, self.direction_box,
                                               self.severity_slider)]  # fmt: skip
        self.condition_box.setCurrentIndex(max(0, self.condition_box.findData(ch.condition)))
        self.level_box.setCurrentIndex(max(0, self.level_box.findData(ch.level)))
        self.direction_box.setCurrentIndex(max(0, self.direction_box.findData(ch.direction)))
        self.severity_slider.setValue(round(ch.severity * SEVERITY_STEPS))
        self.side_buttons[ch.side].setChecked(True)
        del blockers
        has_direction = ch.condition in ("herniation", "tear") and ch.side != "both"
        self.direction_box.setEnabled(has_direction or not ch.condition)
        self.watch_button.setEnabled(bool(ch.condition))
        self.stage_label.setText(ch.stage().capitalize() if ch.condition else "")
        if ch.condition == "herniation":
            self.scale_label.setText("bulge → protrusion → extrusion → sequestration")
            self.scale_label.setToolTip(
                f"The standard stages (Fardon 2014): protrusion from {PROTRUSION_AT:.0%} of the slider, "
                f"extrusion from {EXTRUSION_AT:.0%}, sequestration (loose piece) from {SEQUESTRATION_AT:.0%}"
            )
        else:
            self.scale_label.setText("mild  →  moderate  →  severe" if ch.condition else "")

    def show_findings(self, f: Findings | None) -> None:
        from app.text_panel import set_glossary_markdown

        f = f or Findings(self.controller.choice, (), {}, 0.0)
        set_glossary_markdown(self.text.document(), findings_markdown(f))

    def findings_text(self) -> str:
        return self.text.toPlainText()


FOCUS_SIZE_MM = (120.0, 160.0)  # width and height of the spine a level's close-up shows
PANEL_WIDTH = 400


def focus_camera(viewport: Viewport, level: str, side: str) -> None:
    """Look at a disc level from behind and from the chosen side, where its roots leave the spine."""
    from meshes.layout import disc_centre

    s = {"right": 1.0, "left": -1.0}.get(side, 0.0)
    d = np.array([0.85 * s, -1.0, 0.3])
    d /= np.linalg.norm(d)
    focal = np.asarray(disc_centre(level), dtype=float) + np.array([0.0, -18.0, 0.0])  # the canal behind it
    renderer = viewport.plotter.renderer
    cam = renderer.GetActiveCamera()
    tan_half = np.tan(np.radians(cam.GetViewAngle()) / 2)
    x0, y0, x1, y1 = renderer.GetViewport()
    w, h = viewport.plotter.window_size
    aspect = (x1 - x0) * w / ((y1 - y0) * h) if h else 1.0
    distance = 0.5 * max(FOCUS_SIZE_MM[1], FOCUS_SIZE_MM[0] / aspect) / tan_half
    cam.SetFocalPoint(*focal)
    cam.SetPosition(*(focal + d * distance))
    cam.SetViewUp(0.0, 0.0, 1.0)
    renderer.ResetCameraClippingRange()
    renderer.camera_set = True


def install_condition_tools(window: MainWindow) -> ConditionController:
    """Give ``window`` the condition panel, the body map, measurements and the split view.

    Adds ``window.conditions`` (the controller), ``window.condition_panel``, ``window.body_map``,
    ``window.measure_overlay`` and ``window.split_view``.
    """
    from app.body_map import BodyMapPanel
    from app.measure_overlay import MeasureOverlay
    from app.split_view import SplitView

    controller = ConditionController(window.viewport, window, window.request_render)
    panel = ConditionPanel(controller, window)
    body = BodyMapPanel(window)
    overlay = MeasureOverlay(window.viewport, controller, window.request_render)
    split = SplitView(window.viewport, window.request_render)

    player = getattr(window, "player", None)

    def stop_scene() -> None:
        if player is not None and player.scene is not None:
            player.set_scene(None)

    controller.before_apply = stop_scene
    if player is not None:
        player.scene_changed.connect(lambda scene: controller.release() if scene is not None else None)

    def watch() -> None:
        if player is None:
            return
        from scenes.schema import retarget

        ch = controller.choice
        scene = player.find(CONDITION_SCENES.get(ch.condition, ""))
        if scene is None:
            window.statusBar().showMessage("There is no scene for this condition.", 6000)
            return
        side = ch.side if ch.side in SIDES else "left"
        player.set_scene(retarget(scene, level=ch.level, side=side))
        player.play()

    panel.watch_scene.connect(watch)
    controller.findings_changed.connect(body.show_findings)
    body.body_map.root_clicked.connect(controller.select_root)
    controller.root_selected.connect(body.show_selected)

    def on_selected(key: str) -> None:
        if key:
            r, s = key.split(".")
            role = root_role(r, controller.choice.level) if controller.active else ""
            window.statusBar().showMessage(
                f"{s.capitalize()} {r} nerve root" + (f" ({role})" if role else ""), 6000
            )

    controller.root_selected.connect(on_selected)
    controller.choice_changed.connect(lambda ch: split.set_label(ch.short_label()))
    last = {"where": None}

    def follow(ch: Choice) -> None:
        # Turn to the level when it (or the side) changes, not on every step of the severity slider.
        where = (ch.level, ch.side) if ch.condition else None
        if where is not None and where != last["where"]:
            focus_camera(window.viewport, ch.level, ch.side)
            window.request_render()
        last["where"] = where

    controller.choice_changed.connect(follow)

    window.add_dock(panel, Qt.DockWidgetArea.RightDockWidgetArea)
    window.add_dock(body, Qt.DockWidgetArea.RightDockWidgetArea)
    text_dock = getattr(window, "text_panel", None)
    if text_dock is not None:
        window.tabifyDockWidget(text_dock, panel)
        panel.raise_()
    window.resizeDocks([panel, body], [PANEL_WIDTH, PANEL_WIDTH], Qt.Orientation.Horizontal)
    window.resizeDocks([panel, body], [460, 340], Qt.Orientation.Vertical)
    window.add_action(
        "View", "measurements", "&Measurements", lambda checked=False: overlay.set_enabled(bool(checked)),
        QKeySequence("Ctrl+M"), "Show disc height, dural sac area and foramen height with the normal range",
        checkable=True,
    )  # fmt: skip
    window.add_action(
        "View", "split_view", "&Healthy beside", lambda checked=False: split.set_enabled(bool(checked)),
        QKeySequence("Ctrl+B"), "Show the healthy spine on the left and the chosen condition on the right",
        checkable=True,
    )  # fmt: skip
    window.conditions, window.condition_panel, window.body_map = controller, panel, body
    window.measure_overlay, window.split_view = overlay, split
    window.model_loaded.connect(controller.set_model)
    window.model_loaded.connect(split.set_model)
    if window.model is not None:
        controller.set_model(window.model)
        split.set_model(window.model)
    return controller
