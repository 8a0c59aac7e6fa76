"""Runs a scene's quiz on the window: shows each question's step on the model (its own highlights
off, so the model does not give the answer away), takes an answer from a click on the model or an
option, then highlights the right part with the scene's highlight look and says why.

The questions, the answer check and the score are ``scenes.quiz``; this only shows them.
"""

from __future__ import annotations

import random
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.i18n import translate
from app.viewer.part_words import part_name
from meshes.parts import PARTS
from scenes.quiz import QuizRun, ask

if TYPE_CHECKING:
    from app.context import ViewerContext
    from scenes.schema import Scene

# A root question shows the whole spine from behind with everything but the roots see-through,
# so every root can be clicked (see-through parts are picked only when no solid one is hit).
ROOT_VIEW = "posterior"
ROOT_SEE_THROUGH = ("bone", "disc", "ligament", "joint")


class QuizController(QObject):
    """One quiz at a time on the window's scene player (``ctx.scene_player``)."""

    changed = Signal()  # a question, an answer or the end: the panel redraws
    active_changed = Signal(bool)

    def __init__(self, ctx: ViewerContext, rng: random.Random | None = None) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.rng = rng  # None: fresh root questions every run; tests seed it
        self.scene: Scene | None = None
        self.run: QuizRun | None = None
        self.feedback = ""  # the sentence shown after an answer
        self.last_right: bool | None = None
        self.highlighted: frozenset[str] = frozenset()  # the parts the feedback lights

    @property
    def active(self) -> bool:
        return self.run is not None

    # ---- start and stop ----------------------------------------------------------------------
    def start(self, scene: Scene | None = None) -> bool:
        """Start the quiz of ``scene`` (default: the scene on screen); False, with a status line,
        when there is no scene or it has no questions."""
        player = self.ctx.scene_player
        scene = scene if scene is not None else (player.scene if player is not None else None)
        if scene is None or player is None:
            self.ctx.say(
                translate("QuizController", "Choose a scene first: the quiz asks about the scene on screen."),
                5000,
            )
            return False
        if not scene.questions:
            self.ctx.say(
                translate("QuizController", "The scene “{0}” has no quiz.").format(scene.title),
                5000,
            )
            return False
        if player.scene is None or player.scene.id != scene.id:
            player.set_scene(scene)
        player.pause()
        self.scene = player.scene
        self.run = QuizRun(ask(self.scene, self.rng))
        self.active_changed.emit(True)
        self._show_question()
        return True

    def abandon(self) -> None:
        """The window is closing: drop the quiz without redrawing anything."""
        if self.run is not None:
            self.run = None
            self.active_changed.emit(False)

    def stop(self) -> None:
        """Leave the quiz: the scene's own looks come back at the step on screen."""
        if self.run is None:
            return
        self.run = None
        self.feedback, self.last_right, self.highlighted = "", None, frozenset()
        player = self.ctx.scene_player
        if player is not None and player.scene is not None:
            player.seek(player.time, force_camera=True)
        self.active_changed.emit(False)
        self.changed.emit()

    # ---- answering ---------------------------------------------------------------------------
    def answer_part(self, part_id: str | None) -> bool | None:
        """A click on the model (or a part chosen by name) answers a click or root question."""
        run = self.run
        if run is None or part_id is None or run.current is None or not run.current.clickable:
            return None
        right = run.answer(part=part_id)
        if right is not None:
            name = part_name(part_id) if part_id in PARTS else part_id
            self._feedback(right, translate("QuizController", "You chose: {0}.").format(name))
        return right

    def answer_option(self, index: int) -> bool | None:
        """Option ``index`` (0-based; the number keys give 1..6) answers a choice or root question."""
        run = self.run
        if run is None or run.current is None or not 0 <= index < len(run.current.options):
            return None
        right = run.answer(option=index)
        if right is not None:
            self._feedback(
                right,
                translate("QuizController", "You chose: {0}.").format(run.current.options[index]),
            )
        return right

    def reveal(self) -> None:
        """Show the answer (the teacher's key): it counts as not answered."""
        run = self.run
        if run is None or run.current is None or run.index in run.revealed:
            return
        run.reveal()
        self._feedback(None, "")

    def next(self) -> None:
        if self.run is None:
            return
        self.run.next()
        self._show_question()

    def previous(self) -> None:
        if self.run is None:
            return
        self.run.previous()
        self._show_question()

    # ---- on screen ---------------------------------------------------------------------------
    def _feedback(self, right: bool | None, chosen: str) -> None:
        q = self.run.current
        if right:
            lead = translate("QuizController", "Right!")
        elif right is None:
            lead = translate("QuizController", "The answer: {0}.").format(q.answer_text)
        else:
            lead = translate("QuizController", "Not quite: the answer is {0}.").format(q.answer_text)
        self.last_right = right
        self.feedback = " ".join(s for s in (lead, chosen if right is False else "", q.why) if s)
        self._light(q.answer_parts)
        self.changed.emit()

    def _light(self, parts: frozenset[str]) -> None:
        """The scene player's looks with ``parts`` highlighted (and shown, if the step hid them)."""
        player = self.ctx.scene_player
        if player is None or player.frame is None:
            return
        frame = player.frame
        translucent = frame.translucent
        if self.run is not None and self.run.current is not None and self.run.current.kind == "root":
            translucent = _see_through()
        shown = replace(frame, highlight=parts, hidden=frame.hidden - parts, translucent=translucent - parts)
        player.scene_looks.apply(shown, shown.hidden)
        self.highlighted = parts
        self.ctx.request_render()

    def _show_question(self) -> None:
        self.feedback, self.last_right = "", None
        player = self.ctx.scene_player
        q = self.run.current if self.run is not None else None
        if q is not None and player is not None:
            player.go_to_step(q.step)
            if q.kind == "root":
                player.stop()  # no glide to the step's camera: the whole spine from behind instead
                self.ctx.show_view(ROOT_VIEW)
            self._light(frozenset())
        self.changed.emit()


def _see_through() -> frozenset[str]:
    return frozenset(p for p, info in PARTS.items() if info.group in ROOT_SEE_THROUGH or p == "dura")
