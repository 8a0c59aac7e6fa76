"""All the text of the window at one size for presentation mode: the explanation's body text at
a chosen pixel height (read from the back of a classroom: 30 px by default on a 1920x1080
projector) and every other text in the window, the 3D labels and the measurements with it, in
proportion. What was set is remembered and put back when the mode ends."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QTextEdit, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    TextScaler = Callable[[float], Callable[[], None]]

DEFAULT_BODY_PX = 30


def pixel_size(font: QFont) -> int:
    """A font's height in pixels as drawn (whether it was set in points or pixels)."""
    return QFontInfo(font).pixelSize()


def scaled(font: QFont, factor: float) -> QFont:
    f = QFont(font)
    f.setPixelSize(max(1, round(pixel_size(font) * factor)))
    return f


def body_font_px(window: QMainWindow) -> int:
    """The explanation's body text height in pixels (or the window's, without one)."""
    browser = window.findChild(QTextEdit, "step_text")  # the explanation (app.player.text_panel)
    if browser is not None:
        return pixel_size(browser.document().defaultFont())
    return pixel_size(window.font())


def scale_text(window: QMainWindow, body_px: int, scalers: list[TextScaler] = ()) -> Callable[[], None]:
    """Make the body text ``body_px`` high and every text in the window as much bigger (the 3D
    view's texts through ``scalers``: each scales its text by a factor and returns its undo);
    returns what puts it all back."""
    factor = body_px / max(body_font_px(window), 1)
    undo: list[Callable[[], None]] = []
    widgets = [window, *window.findChildren(QWidget)]
    # Widgets with their own font (or a style sheet) do not follow the window's: each is scaled
    # itself.
    docs = [(w.document(), QFont(w.document().defaultFont())) for w in widgets if isinstance(w, QTextEdit)]
    for w in widgets:
        if w is window or w.testAttribute(Qt.WidgetAttribute.WA_SetFont) or w.styleSheet():
            before, resolved = QFont(w.font()), w.font().resolveMask()
            w.setFont(scaled(w.font(), factor))
            undo.append(lambda w=w, f=before, r=resolved: w.setFont(f if r else QFont()))
    # (after the widgets: a text view's new font also becomes its document's default font)
    doc_undo: list[Callable[[], None]] = []
    for doc, before_doc in docs:
        doc.setDefaultFont(scaled(before_doc, factor))
        doc_undo.append(lambda doc=doc, f=before_doc: doc.setDefaultFont(f))
    undo.extend(scale(factor) for scale in scalers)

    def restore() -> None:
        for u in reversed(undo):
            u()
        for u in doc_undo:  # last, for the same reason
            u()

    return restore
