"""The body map's dock: the two figures above the plain-words text of which root is pressed and
where it is felt (the disclaimer is stated once, beside the explanation); it shows the findings
of the dials or the roots a scene presses.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.clinic.body_map import TEXT_POINT_SIZE, BodyMap
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.viewer.body_outline import HEIGHT, WIDTH
from app.widgets import show_markdown
from scenes.symptoms import load_symptoms, root_role, strength_words

# The words scenes.symptoms uses for how hard and which root, translated where they are shown.
STRENGTH_WORDS = (
    QT_TRANSLATE_NOOP("symptoms", "pressed hard"),
    QT_TRANSLATE_NOOP("symptoms", "pressed"),
    QT_TRANSLATE_NOOP("symptoms", "touched"),
    QT_TRANSLATE_NOOP("symptoms", "free"),
)
ROLE_WORDS = {
    "exiting": QT_TRANSLATE_NOOP("symptoms", "exiting"),
    "traversing": QT_TRANSLATE_NOOP("symptoms", "traversing"),
}
SIDE_WORDS = {"left": QT_TRANSLATE_NOOP("sides", "Left"), "right": QT_TRANSLATE_NOOP("sides", "Right")}


def symptoms_markdown(compression: Mapping[str, float], selected: str = "", level: str = "") -> str:
    """The plain-words text beside the map: each pressed root (hardest first), or the chosen one."""
    table = load_symptoms()
    keys = sorted((k for k, c in compression.items() if c > 0), key=lambda k: -compression[k])
    if selected and selected not in keys:
        keys = [selected, *keys]
    if not keys:
        return translate(
            "body_map",
            "### Where it is felt\n\nNo nerve root is pressed now. Each coloured area on the body shows "
            "where one root carries feeling from the skin (its **dermatome**). Click an area to see "
            "its root in the 3D view.",
        )
    out = []
    for key in keys[:6]:  # both sides of up to three roots: every root a scene presses
        root, side = key.split(".")
        t = table[root]
        c = compression.get(key, 0.0)
        role = root_role(root, level) if level else ""
        state = (
            f"{translate('symptoms', strength_words(c))}, {round(100 * c)}%"
            if c > 0
            else translate("body_map", "not pressed now")
        )
        side_word = translate("sides", SIDE_WORDS[side])
        heading = translate("body_map", "#### {side} {root} root ({state})")
        out.append(heading.format(side=side_word, side_lower=side_word.lower(), root=root, state=state))
        if role:
            text = translate("body_map", "The {role} root at {level}.")
            out.append(text.format(role=translate("symptoms", ROLE_WORDS[role]), level=level))
        out.append(
            translate(
                "body_map",
                "- **Felt in** {area} ({side} leg).\n"
                "- **Typical complaint:** {complaint}\n"
                "- **Skin:** {feels}\n"
                "- **Weakness:** {weak} *({muscle})*\n"
                "- **Reflex:** {reflex}",
            ).format(
                area=t.area,
                side=side_word.lower(),
                complaint=t.complaint,
                feels=t.feels,
                weak=t.weak,
                muscle=t.muscle,
                reflex=t.reflex,
            )
        )
    return "\n\n".join(out)


class BodyMapPanel(QDockWidget):
    """A dock with the body map above and the symptom text below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("BodyMapPanel", "Where it is felt"), parent)
        self.setObjectName("body_map_panel")
        self.body_map = BodyMap()
        self.text = QTextBrowser()
        self.text.setObjectName("symptoms_text")
        self.text.setAccessibleName(translate("BodyMapPanel", "Where it is felt"))
        self.text.setAccessibleDescription(
            translate("BodyMapPanel", "Which nerve root is pressed and where in the leg it is felt")
        )
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        font = QFont(self.text.font())
        font.setPointSize(TEXT_POINT_SIZE)
        self.text.document().setDefaultFont(font)
        self.text.document().setDocumentMargin(6)
        self.text.setMinimumHeight(80)

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
