"""Teaching tools: a quiz per scene, asked beside the model, answered by clicking the model.

``install_teach(ctx)`` adds the quiz panel, the Scene > Quiz command and the quiz keys, and
returns :class:`Teach`. Clicks on the model reach the quiz through ``ctx.part_clicked``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from app.i18n import translate
from app.teach.controller import QuizController
from app.teach.keys import QuizKeys
from app.teach.panel import QuizPanel

if TYPE_CHECKING:
    from app.context import ViewerContext


@dataclass
class Teach:
    quiz: QuizController
    panel: QuizPanel
    keys: QuizKeys


def install_teach(ctx: ViewerContext) -> Teach:
    quiz = QuizController(ctx)
    panel = QuizPanel(quiz, ctx.frame)
    keys = QuizKeys(quiz)
    ctx.add_dock(panel, Qt.DockWidgetArea.RightDockWidgetArea)
    panel.hide()  # shown when a quiz starts

    def start() -> None:
        if quiz.start():
            panel.show()
            panel.raise_()

    ctx.add_action(
        "Scene",
        "quiz",
        translate("Teach", "&Quiz"),
        start,
        ctx.free_key("Q"),
        translate("Teach", "Ask the questions of the scene on screen; click the model to answer"),
        toolbar=True,
    )
    quiz.active_changed.connect(lambda on: ctx.request_render())
    ctx.part_clicked.connect(quiz.answer_part)
    ctx.closing.connect(quiz.abandon)
    return Teach(quiz, panel, keys)
