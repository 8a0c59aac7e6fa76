"""What a chosen disc problem does to the model, without widgets: ``ConditionController`` asks
``meshes`` for the state, the deformed vertices and the contacts, writes the new points into the
viewport's existing PolyData (fixed topology, nothing rebuilt), tints each root from its own colour
toward the warning colour by how hard it is pressed, and reports ``Findings``. Which root is
pressed is whatever the geometry says; the words for it come from ``scenes.symptoms``.

The measurements (``meshes.measure``, 0.2-3 s) run in a worker thread once the controls rest.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from app.i18n import SIDES as SIDE_WORDS
from app.i18n import translate
from app.viewer.colours import rgb as _rgb
from app.viewer.colours import warning_colour
from meshes.conditions import CONDITION_SPECS, condition_state, stage_name
from meshes.dimensions import ROOT_DIAMETER, ROOTS, SIDES, exit_level
from meshes.parts import COLOURS, PARTS
from meshes.state import HEALTHY, PathologyState
from scenes.symptoms import Pinch, pinch_title, pinch_why, root_role, rule_text, sac_only_text, strength_words

if TYPE_CHECKING:
    from app.viewer.viewport import Viewport
    from meshes.measure import Measurements
    from meshes.model import Model

DEFAULT_SEVERITY = 0.7  # an extrusion: the stage that most often presses a root
MEASURE_DELAY_MS = 250  # measure once the controls rest, not on every step of a drag
SELECT_AMBIENT = 0.55  # glow of a root chosen on the body map


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
        spec = CONDITION_SPECS.get(self.condition)
        if (spec is not None and not spec.directed) or self.side == "both":
            return "central"
        return self.direction

    def stage(self) -> str:
        return stage_name(self.severity, self.condition)

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
        return translate(
            "findings",
            "### Healthy spine\n\nPick a **condition**, a **level** and a **side** above. The model "
            "changes to show it, and the nerve root it presses turns orange-red.\n\nThe body map shows "
            "where that root is felt.",
        )
    out = []
    if not f.pinches:
        if f.dura_mm > 0.05:
            out.append(sac_only_text(ch.level, f.dura_mm))
        else:
            out.append(
                translate(
                    "findings",
                    "No nerve root is touched at this severity. Move the severity slider to the right.",
                )
            )
        return "\n\n".join(out)
    for p in f.pinches[:3]:
        strength = translate("symptoms", strength_words(p.compression)).capitalize()
        out.append(f"#### {pinch_title(p, ch.level)}\n\n**{strength}: {round(100 * p.compression)}%**")
        out.append(pinch_why(p, ch.level, ch.condition, ch.effective_direction))
    if len(f.pinches) > 3:
        rest = ", ".join(f"{translate('sides', SIDE_WORDS[p.side])} {p.root}" for p in f.pinches[3:])
        out.append(translate("findings", "Also touched: {rest}.").format(rest=rest))
    if any(p.cause == "disc" and root_role(p.root, ch.level) for p in f.pinches):
        out.append(f"*{rule_text()}*")
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
        self._tinted: set[str] = set()
        self._generation = 0
        self._pool: ThreadPoolExecutor | None = None
        self._measuring: Future | None = None
        self._measure_timer = QTimer(self)
        self._measure_timer.setObjectName("condition_measure")
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
        self._generation += 1
        if self.model is None:
            return None
        if self.active and self.before_apply is not None:
            self.before_apply()
        stage = self.viewport.stage  # the scene player's too: one record of what is on screen
        stage.show(self.choice.state())
        contacts = stage.contacts
        f = findings_from(self.choice, contacts.root_depth, contacts.dura_depth)
        self._show(f)
        if self.active and (self.want_measurements or self._measured_condition()):
            self._measure_timer.start()
        return f

    def _measured_condition(self) -> bool:
        """Its roots are pinched in the foramen, which only the measurements see."""
        spec = CONDITION_SPECS.get(self.choice.condition)
        return spec is not None and spec.measured

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
        from app.viewer.viewport import AMBIENT

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
            self.viewport.stage.rest()
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
        future = self._measuring = self._pool.submit(measure, model, state)
        future.add_done_callback(lambda fut, g=gen: self._relay(g, fut))

    @property
    def busy(self) -> bool:
        """Measurements are due or being made (a memory reading waits for them: see app.cli.soak)."""
        return self._measure_timer.isActive() or (self._measuring is not None and not self._measuring.done())

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
