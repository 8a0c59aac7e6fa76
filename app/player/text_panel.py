"""The text panel: the current step's title and explanation beside the 3D view, the list of
steps (click one to jump there) and the educational disclaimer, always in view.

Medical words get a tooltip with plain words (``scenes.glossary``) and a dotted underline, so
a reader knows to point at them. The panel only shows what the player tells it and reports
clicks on steps (``step_clicked``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.widgets import show_markdown
from scenes.language import disclaimer
from scenes.schema import Scene
from scenes.timeline import Frame, scene_texts, step_texts

TEXT_POINT_SIZE = 14  # large and readable, also on a projector
WELCOME = QT_TRANSLATE_NOOP(
    "text_panel",
    "### Choose a scene\n\n"
    "Pick a scene from the list to watch how a disc in the lower back can bulge, tear or break "
    "open and press on a nerve. Press **Space** to play or pause, the **arrow keys** to go a "
    "step back or forward, **Home** and **End** to go to the start or the end.\n\n"
    "You can turn the model with the mouse at any time. Point at an underlined word to see "
    "what it means.",
)


def clock(seconds: float) -> str:
    """Seconds as m:ss (scene times are short)."""
    s = max(0, int(seconds + 0.5))
    return f"{s // 60}:{s % 60:02d}"


class TextPanel(QDockWidget):
    """A dock with the step text (top), the steps of the scene (middle), the disclaimer (bottom)."""

    step_clicked = Signal(int)  # index of the step the reader chose

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("TextPanel", "Explanation"), parent)
        self.setObjectName("text_panel")  # QSettings restores docks by object name
        self.scene: Scene | None = None
        self.shown_step = -1

        self.browser = QTextBrowser()
        self.browser.setObjectName("step_text")
        self.browser.setAccessibleName(translate("TextPanel", "Explanation of this step"))
        self.browser.setAccessibleDescription(
            translate("TextPanel", "Underlined words have a plain-words tooltip")
        )
        self.browser.setOpenExternalLinks(True)
        font = QFont(self.browser.font())
        font.setPointSize(TEXT_POINT_SIZE)
        self.browser.setFont(font)
        self.browser.document().setDefaultFont(font)
        self.browser.document().setDocumentMargin(10)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)

        self.steps = QListWidget()
        self.steps.setObjectName("step_list")
        self.steps.setAccessibleName(translate("TextPanel", "Steps of this scene"))
        self.steps.setToolTip(translate("TextPanel", "The steps of this scene: click one to jump there."))
        list_font = QFont(self.steps.font())
        list_font.setPointSize(max(list_font.pointSize(), 11))
        self.steps.setFont(list_font)
        self.steps.itemClicked.connect(self._on_item_clicked)
        self.steps.itemActivated.connect(self._on_item_clicked)

        self.disclaimer = QLabel(
            translate("TextPanel", "<b>Educational, not medical advice.</b> {DISCLAIMER}").format(
                DISCLAIMER=disclaimer()
            )
        )
        self.disclaimer.setObjectName("disclaimer")
        self.disclaimer.setAccessibleName(translate("TextPanel", "Educational, not medical advice"))
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setTextFormat(Qt.TextFormat.RichText)
        self.disclaimer.setFrameShape(QFrame.Shape.StyledPanel)
        self.disclaimer.setMargin(6)
        self.disclaimer.setStyleSheet("QLabel#disclaimer { background: #FFF4D6; color: #3A3020; }")

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.browser)
        split.addWidget(self.steps)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split, 1)
        layout.addWidget(self.disclaimer, 0)
        self.setWidget(body)
        self.set_scene(None)

    # ---- what the player tells it -----------------------------------------------------------
    def set_scene(self, scene: Scene | None) -> None:
        """List the scene's steps and show its first one (or the welcome text without a scene)."""
        self.scene = scene
        self.shown_step = -1
        self.steps.clear()
        if scene is None:
            show_markdown(self.browser, translate("text_panel", WELCOME))
            return
        for i, ((title, _text), step) in enumerate(zip(step_texts(scene), scene.steps, strict=True)):
            item = QListWidgetItem(f"{i + 1}.  {title}   ({clock(step.time)})")
            item.setToolTip(
                translate("TextPanel", "Jump to this step ({clock})").format(clock=clock(step.time))
            )
            self.steps.addItem(item)
        summary, _intro = scene_texts(scene)
        show_markdown(self.browser, f"### {scene.title}\n\n{summary}", skip_blocks=1)

    def show_frame(self, frame: Frame) -> None:
        """Show the step of ``frame`` (re-laid out only when the step changes)."""
        if self.scene is None or frame.step_index == self.shown_step:
            return
        self.shown_step = frame.step_index
        n = len(self.scene.steps)
        header = translate("TextPanel", "*{title} · step {step} of {n}*").format(
            title=self.scene.title, step=frame.step_index + 1, n=n
        )
        markdown = f"{header}\n\n### {frame.title}\n\n{frame.text}"
        show_markdown(self.browser, markdown, skip_blocks=2)
        self.browser.verticalScrollBar().setValue(0)
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(frame.step_index)
        self.steps.blockSignals(False)

    # ---- what the reader does ---------------------------------------------------------------
    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        self.step_clicked.emit(self.steps.row(item))

    # ---- for tests and exports --------------------------------------------------------------
    def text(self) -> str:
        return self.browser.toPlainText()

    def tooltip_at_text(self, words: str) -> str:
        """The tooltip on the first occurrence of ``words`` in the text ('' if none)."""
        pos = self.browser.toPlainText().find(words)
        if pos < 0:
            return ""
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(pos + 1)
        return cursor.charFormat().toolTip()
