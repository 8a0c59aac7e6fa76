"""The quiz panel: the question, its options (numbered for the keys), a list to name a part by
keyboard instead of clicking it, the feedback with its one sentence of why, and the score at the
end. It shows what the controller holds and sends the reader's choices back to it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.teach.controller import QuizController
from app.viewer.part_words import part_name
from app.widgets import disclaimer_label
from meshes.parts import PARTS
from scenes.glossary import find_terms

MAX_OPTIONS = 6
PROMPT_POINT_SIZE = 15
RIGHT_STYLE = "QLabel { background: #E3F4E8; color: #14452A; padding: 6px; }"
WRONG_STYLE = "QLabel { background: #FBE9E2; color: #5A2010; padding: 6px; }"
SHOWN_STYLE = "QLabel { background: #E8EEF6; color: #1B3A57; padding: 6px; }"


def glossary_tip(text: str) -> str:
    """The plain words for each medical term in ``text`` (scenes/glossary.toml), one per line."""
    seen: dict[str, str] = {}
    for m in find_terms(text):
        seen.setdefault(m.term.name, m.term.plain)
    return "\n".join(f"{name}: {plain}" for name, plain in seen.items())


class QuizPanel(QDockWidget):
    """A dock beside the model (tabbed with the explanation, so one disclaimer is on screen)."""

    def __init__(self, controller: QuizController, parent: QWidget | None = None) -> None:
        super().__init__(translate("QuizPanel", "Quiz"), parent)
        self.setObjectName("quiz_panel")
        self.controller = controller
        body = QWidget()
        layout = QVBoxLayout(body)
        self.counter = QLabel()
        self.counter.setObjectName("quiz_counter")
        self.prompt = QLabel()
        self.prompt.setObjectName("quiz_prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.prompt.font())
        font.setPointSize(PROMPT_POINT_SIZE)
        font.setBold(True)
        self.prompt.setFont(font)
        layout.addWidget(self.counter)
        layout.addWidget(self.prompt)
        self.option_buttons: list[QPushButton] = []
        for i in range(MAX_OPTIONS):
            b = QPushButton()
            b.setObjectName(f"quiz_option_{i + 1}")
            b.setStyleSheet("QPushButton { text-align: left; padding: 6px; }")
            b.clicked.connect(lambda checked=False, n=i: controller.answer_option(n))
            layout.addWidget(b)
            self.option_buttons.append(b)
        # Naming a part instead of clicking it: the quiz can be done with the keyboard alone.
        self.by_name_row = QWidget()
        row = QHBoxLayout(self.by_name_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.part_box = QComboBox()
        self.part_box.setObjectName("quiz_part_box")
        for name, pid in sorted((part_name(pid), pid) for pid in PARTS):
            self.part_box.addItem(name, pid)
        self.part_box.setPlaceholderText(translate("QuizPanel", "Or name the part…"))
        self.part_box.setCurrentIndex(-1)
        self.part_box.setAccessibleName(translate("QuizPanel", "Answer by naming a part"))
        self.part_box.setAccessibleDescription(
            translate("QuizPanel", "Choose the part the question asks for, then press Answer")
        )
        self.part_box.setToolTip(translate("QuizPanel", "Or name the part here, then press Answer"))
        self.part_button = QPushButton(translate("QuizPanel", "&Answer"))
        self.part_button.setObjectName("quiz_part_answer")
        self.part_button.setAccessibleName(translate("QuizPanel", "Answer with the part named"))
        self.part_button.clicked.connect(lambda: controller.answer_part(self.part_box.currentData()))
        row.addWidget(self.part_box, 1)
        row.addWidget(self.part_button)
        layout.addWidget(self.by_name_row)
        self.feedback = QLabel()
        self.feedback.setObjectName("quiz_feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(translate("QuizPanel", "Feedback"))
        layout.addWidget(self.feedback)
        buttons = QHBoxLayout()
        self.reveal_button = QPushButton(translate("QuizPanel", "&Show answer"))
        self.next_button = QPushButton(translate("QuizPanel", "&Next question"))
        self.stop_button = QPushButton(translate("QuizPanel", "&End quiz"))
        for b, name, tip in (
            (
                self.reveal_button,
                "quiz_reveal",
                translate("QuizPanel", "Show the right answer (Space or R)"),
            ),
            (
                self.next_button,
                "quiz_next",
                translate("QuizPanel", "Go on to the next question (Right or PageDown)"),
            ),
            (
                self.stop_button,
                "quiz_stop",
                translate("QuizPanel", "Leave the quiz and go back to the scene"),
            ),
        ):
            b.setObjectName(name)
            b.setToolTip(tip)
            b.setAccessibleName(b.text().replace("&", ""))
            b.setAccessibleDescription(tip)
            buttons.addWidget(b)
        self.reveal_button.clicked.connect(controller.reveal)
        self.next_button.clicked.connect(controller.next)
        self.stop_button.clicked.connect(controller.stop)
        layout.addLayout(buttons)
        self.keys_help = QLabel(
            translate(
                "QuizPanel",
                "Keys: 1 to 6 choose an option · Space or R shows the answer · Right or PageDown: "
                "next · Left or PageUp: back",
            )
        )
        self.keys_help.setWordWrap(True)
        self.keys_help.setStyleSheet("QLabel { color: #555555; }")
        layout.addWidget(self.keys_help)
        layout.addStretch(1)
        layout.addWidget(disclaimer_label())
        scroll = QScrollArea()  # a long question and its feedback are never cut off
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self._shown: tuple = ()
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the controller's question, feedback or score."""
        c = self.controller
        run = c.run
        q = run.current if run is not None else None
        for b in self.option_buttons:
            b.hide()
        self.by_name_row.setVisible(q is not None and q.clickable)
        shown = (id(run), run.index if run is not None else -1)
        if shown != self._shown:  # a new question: nothing named yet
            self._shown = shown
            self.part_box.setCurrentIndex(-1)
        answered = run is not None and run.index in run.revealed
        if run is None:
            self.counter.setText("")
            self.prompt.setText(
                translate("QuizPanel", "Choose a scene, then Scene > Quiz to test what you saw.")
            )
        elif q is None:
            self.counter.setText(translate("QuizPanel", "Quiz finished"))
            self.prompt.setText(translate("QuizPanel", "Your score: {0} of {1}").format(run.score, run.total))
        else:
            self.counter.setText(
                translate("QuizPanel", "Question {0} of {1} · score {2}").format(
                    run.index + 1, run.total, run.score
                )
            )
            self.prompt.setText(q.prompt)
            for i, (b, text) in enumerate(zip(self.option_buttons, q.options, strict=False)):
                mark = ("  ✓" if i == q.correct else "") if answered else ""
                b.setText(f"&{i + 1}  {text}{mark}")
                b.setAccessibleName(translate("QuizPanel", "Option {0}: {1}").format(i + 1, text))
                b.setEnabled(not answered)
                b.show()
        self.part_button.setEnabled(q is not None and not answered)
        self.reveal_button.setEnabled(q is not None and not answered)
        self.next_button.setEnabled(q is not None)
        self.next_button.setText(
            translate("QuizPanel", "&See the score")
            if run is not None and run.index + 1 == run.total
            else translate("QuizPanel", "&Next question")
        )
        self.stop_button.setEnabled(run is not None)
        self.feedback.setVisible(bool(c.feedback))
        self.feedback.setText(c.feedback)
        for label in (self.prompt, self.feedback):  # medical words explained (not on the options:
            label.setToolTip(glossary_tip(label.text()))  # that would answer "what is it called?")
        style = {True: RIGHT_STYLE, False: WRONG_STYLE, None: SHOWN_STYLE}[c.last_right]
        self.feedback.setStyleSheet(style)
