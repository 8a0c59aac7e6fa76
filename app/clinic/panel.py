"""The condition panel: pick a disc problem by level, side, direction and severity, watch the model
follow live, and read which nerve root it presses and why. The work is done by
``app.clinic.controller``; this module holds the widgets and ``install_condition_tools(ctx)``,
which adds the panel, the body map, the measurement overlay and the healthy-beside split view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, Signal
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

from app.clinic.body_map_panel import ROLE_WORDS
from app.clinic.body_map_panel import SIDE_WORDS as BODY_SIDE_WORDS
from app.clinic.controller import Choice, ConditionController, Findings, findings_markdown
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.widgets import disclaimer_label, show_markdown
from meshes.conditions import CONDITION_SIDES, CONDITION_SPECS, CONDITIONS
from meshes.dimensions import DISC_LEVELS, SIDES
from meshes.state import DIRECTIONS
from scenes.symptoms import root_role

if TYPE_CHECKING:
    from app.context import ViewerContext
    from app.viewer.viewport import Viewport

TEXT_POINT_SIZE = 14  # readable on a projector
HEADING_POINT_SIZE = 17
SEVERITY_STEPS = 100

# Names and tooltips of the conditions, as their failure modes declare them (meshes.pathology.modes).
CONDITION_LABELS = {
    "": QT_TRANSLATE_NOOP("conditions", "None (healthy)"),
    **{name: c.label for name, c in CONDITION_SPECS.items()},
}
CONDITION_TIPS = {
    "": QT_TRANSLATE_NOOP("conditions", "The healthy spine, as built"),
    **{name: c.tip for name, c in CONDITION_SPECS.items()},
}
# The failure modes' own words (meshes.pathology.modes), for the translation file.
MODE_WORDS = (
    QT_TRANSLATE_NOOP("conditions", "Herniation"),
    QT_TRANSLATE_NOOP("conditions", "Part of the soft centre of the disc pushes out through the outer ring"),
    QT_TRANSLATE_NOOP("conditions", "Bulge"),
    QT_TRANSLATE_NOOP("conditions", "The disc's rim pushes out a little all the way round"),
    QT_TRANSLATE_NOOP("conditions", "Tear (annular fissure)"),
    QT_TRANSLATE_NOOP("conditions", "A split in the tough outer ring of the disc (annular fissure)"),
    QT_TRANSLATE_NOOP("conditions", "Worn disc (degeneration)"),
    QT_TRANSLATE_NOOP("conditions", "A worn, dried-out disc: it loses height, and bone spurs grow beside it"),
)
DIRECTION_LABELS = {
    "central": QT_TRANSLATE_NOOP("conditions", "Central (middle)"),
    "paracentral": QT_TRANSLATE_NOOP("conditions", "Paracentral (beside the middle)"),
    "foraminal": QT_TRANSLATE_NOOP("conditions", "Foraminal (side opening)"),
    "far-lateral": QT_TRANSLATE_NOOP("conditions", "Far lateral (outside it)"),
}
SIDE_WORDS = {**BODY_SIDE_WORDS, "both": QT_TRANSLATE_NOOP("sides", "Both")}
# The scene that shows each condition happening (scenes/presets), replayed at the chosen level.
CONDITION_SCENES = {name: c.scene for name, c in CONDITION_SPECS.items()}


class ConditionPanel(QDockWidget):
    """The controls (condition, level, side, direction, severity) and the pinched-root text."""

    watch_scene = Signal()  # 'Watch how it happens'

    def __init__(self, controller: ConditionController, parent: QWidget | None = None) -> None:
        super().__init__(translate("ConditionPanel", "Condition"), parent)
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
            self.condition_box.addItem(translate("conditions", CONDITION_LABELS[key]), key)
            tip = translate("conditions", CONDITION_TIPS[key])
            self.condition_box.setItemData(self.condition_box.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.condition_box.setToolTip(translate("ConditionPanel", "The disc problem to show on the model"))
        form.addRow(translate("ConditionPanel", "Condition"), self.condition_box)

        self.level_box = QComboBox()
        self.level_box.setObjectName("level_box")
        for level in DISC_LEVELS:
            self.level_box.addItem(translate("ConditionPanel", "{level} disc").format(level=level), level)
        self.level_box.setToolTip(
            translate("ConditionPanel", "Which disc: L4-L5 and L5-S1 are the ones that fail most often")
        )
        form.addRow(translate("ConditionPanel", "Level"), self.level_box)

        side_row = QHBoxLayout()
        self.side_group = QButtonGroup(self)
        self.side_buttons: dict[str, QPushButton] = {}
        for side in CONDITION_SIDES:
            b = QPushButton(translate("sides", SIDE_WORDS[side]))
            b.setObjectName(f"side_{side}")
            b.setCheckable(True)
            b.setToolTip(
                translate("ConditionPanel", "The patient's {side} side").format(
                    side=translate("sides", SIDE_WORDS[side]).lower()
                )
                if side != "both"
                else translate("ConditionPanel", "Both sides (a central problem)")
            )
            self.side_group.addButton(b)
            self.side_buttons[side] = b
            side_row.addWidget(b)
        form.addRow(translate("ConditionPanel", "Side"), side_row)

        self.direction_box = QComboBox()
        self.direction_box.setObjectName("direction_box")
        for d in DIRECTIONS:
            self.direction_box.addItem(translate("conditions", DIRECTION_LABELS.get(d, d)), d)
        self.direction_box.setToolTip(
            translate(
                "ConditionPanel",
                "Where the disc material goes. Just beside the middle (paracentral) usually catches the root "
                "that runs past the disc; out at the side (foraminal) the root that leaves at that level.",
            )
        )
        form.addRow(translate("ConditionPanel", "Direction"), self.direction_box)
        layout.addLayout(form)

        sev_row = QHBoxLayout()
        self.severity_slider = QSlider(Qt.Orientation.Horizontal)
        self.severity_slider.setObjectName("severity_slider")
        self.severity_slider.setAccessibleName(translate("ConditionPanel", "Severity"))
        self.severity_slider.setRange(0, SEVERITY_STEPS)
        self.severity_slider.setToolTip(
            translate("ConditionPanel", "How far along the problem is: drag to see it grow")
        )
        self.stage_label = QLabel("")
        self.stage_label.setObjectName("stage_label")
        stage_font = QFont(big)
        stage_font.setPointSize(HEADING_POINT_SIZE)
        stage_font.setBold(True)
        self.stage_label.setFont(stage_font)
        self.stage_label.setMinimumWidth(QFontMetrics(stage_font).horizontalAdvance("Sequestration") + 8)
        sev_row.addWidget(QLabel(translate("ConditionPanel", "Severity")))
        sev_row.addWidget(self.severity_slider, 1)
        sev_row.addWidget(self.stage_label)
        layout.addLayout(sev_row)
        scale_row = QHBoxLayout()
        self.scale_label = QLabel("")
        self.scale_label.setObjectName("scale_label")
        small = QFont(big)
        small.setPointSize(max(10, TEXT_POINT_SIZE - 3))
        self.scale_label.setFont(small)
        self.scale_label.setWordWrap(True)
        scale_row.addWidget(self.scale_label, 1)
        self.watch_button = QPushButton(translate("ConditionPanel", "▶ Watch it happen"))
        self.watch_button.setObjectName("watch_button")
        self.watch_button.setFont(small)
        self.watch_button.setToolTip(
            translate("ConditionPanel", "Play the scene for this condition at this level and side")
        )
        self.watch_button.clicked.connect(self.watch_scene)
        scale_row.addWidget(self.watch_button)
        layout.addLayout(scale_row)

        self.text = QTextBrowser()
        self.text.setObjectName("findings_text")
        self.text.setAccessibleName(translate("ConditionPanel", "What the condition does"))
        self.text.setAccessibleDescription(
            translate("ConditionPanel", "The pressed roots and what they cause")
        )
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
        spec = CONDITION_SPECS.get(ch.condition)
        has_direction = spec is not None and spec.directed and ch.side != "both"
        self.direction_box.setEnabled(has_direction or not ch.condition)
        self.watch_button.setEnabled(bool(ch.condition))
        self.stage_label.setText(ch.stage().capitalize() if ch.condition else "")
        self.scale_label.setText(spec.scale if spec else "")
        if spec is not None and spec.stage_tip:
            self.scale_label.setToolTip(spec.stage_tip)

    def show_findings(self, f: Findings | None) -> None:

        f = f or Findings(self.controller.choice, (), {}, 0.0)
        show_markdown(self.text, findings_markdown(f))

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


@dataclass
class ClinicTools:
    """What the clinic feature puts in the window."""

    controller: ConditionController
    panel: ConditionPanel
    body_map: object  # app.clinic.body_map.BodyMapPanel
    overlay: object  # app.clinic.measure_overlay.MeasureOverlay
    split: object  # app.clinic.split_view.SplitView


def install_condition_tools(ctx: ViewerContext) -> ClinicTools:
    """The condition panel, the body map, measurements and the split view; they follow the scene
    player (``ctx.scene_player``) when there is one: a scene stops the dials, and its pressed roots
    light the body map."""
    from app.clinic.body_map_panel import BodyMapPanel
    from app.clinic.measure_overlay import MeasureOverlay
    from app.clinic.split_view import SplitView

    controller = ConditionController(ctx.viewport, ctx.frame, ctx.request_render)
    panel = ConditionPanel(controller, ctx.frame)
    body = BodyMapPanel(ctx.frame)
    overlay = MeasureOverlay(ctx.viewport, controller, ctx.request_render)
    split = SplitView(ctx.viewport, ctx.request_render)
    overlay.split = split
    split.listeners.append(overlay.relayout)

    player = ctx.scene_player

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
            ctx.say(translate("panel", "There is no scene for this condition."), 6000)
            return
        side = ch.side if ch.side in SIDES else "left"
        player.set_scene(retarget(scene, level=ch.level, side=side))
        player.play()

    panel.watch_scene.connect(watch)
    controller.findings_changed.connect(body.show_findings)
    if player is not None:  # a scene that pinches a root lights up where it is felt, as it plays
        player.roots_pressed.connect(
            lambda pressed: body.show_pressure(pressed, player.scene.level if player.scene else "")
        )
    body.body_map.root_clicked.connect(controller.select_root)
    controller.root_selected.connect(body.show_selected)

    def on_selected(key: str) -> None:
        if key:
            r, s = key.split(".")
            role = root_role(r, controller.choice.level) if controller.active else ""
            side_word = translate("sides", SIDE_WORDS[s])
            words = translate("ConditionPanel", "{side} {root} nerve root").format(
                side=side_word, side_lower=side_word.lower(), root=r
            )
            role_words = translate("symptoms", ROLE_WORDS[role]) if role else ""
            ctx.say(words + (f" ({role_words})" if role else ""), 6000)

    controller.root_selected.connect(on_selected)
    controller.choice_changed.connect(lambda ch: split.set_label(ch.short_label()))
    last = {"where": None}

    def follow(ch: Choice) -> None:
        # Turn to the level when it (or the side) changes, not on every step of the severity slider.
        where = (ch.level, ch.side) if ch.condition else None
        if where is not None and where != last["where"]:
            focus_camera(ctx.viewport, ch.level, ch.side)
            ctx.request_render()
        last["where"] = where

    controller.choice_changed.connect(follow)

    ctx.add_dock(panel, Qt.DockWidgetArea.RightDockWidgetArea)
    ctx.add_dock(body, Qt.DockWidgetArea.RightDockWidgetArea)
    ctx.frame.resizeDocks([panel, body], [PANEL_WIDTH, PANEL_WIDTH], Qt.Orientation.Horizontal)
    ctx.frame.resizeDocks([panel, body], [460, 340], Qt.Orientation.Vertical)
    ctx.add_action(
        "View",
        "measurements",
        translate("panel", "&Measurements"),
        lambda checked=False: overlay.set_enabled(bool(checked)),
        QKeySequence("Ctrl+M"),
        translate("panel", "Show disc height, dural sac area and foramen height with the normal range"),
        checkable=True,
    )
    ctx.add_action(
        "View",
        "split_view",
        translate("panel", "&Healthy beside"),
        lambda checked=False: split.set_enabled(bool(checked)),
        QKeySequence("Ctrl+B"),
        translate("panel", "Show the healthy spine on the left and the chosen condition on the right"),
        checkable=True,
    )
    ctx.model_loaded.connect(controller.set_model)
    ctx.model_loaded.connect(split.set_model)
    if ctx.model is not None:
        controller.set_model(ctx.model)
        split.set_model(ctx.model)
    return ClinicTools(controller, panel, body, overlay, split)
