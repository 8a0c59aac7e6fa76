"""The quiz's keys, while a quiz runs, anywhere in the window (also in presentation mode, where
the teacher has only a keyboard or a clicker): 1-6 pick an option, Space or R show the answer,
Right or PageDown go on, Left or PageUp go back, Enter answers with the part named in the list.

They are taken before the window's own shortcuts (Space plays the scene, the arrows step it,
PageDown steps the slides), by accepting Qt's ShortcutOverride for them while the quiz runs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox

from app.teach.controller import QuizController

NEXT = (Qt.Key.Key_Right, Qt.Key.Key_PageDown)
PREVIOUS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)
REVEAL = (Qt.Key.Key_Space, Qt.Key.Key_R)
OPTIONS = {getattr(Qt.Key, f"Key_{n}"): n - 1 for n in range(1, 7)}


class QuizKeys(QObject):
    """An application event filter, installed only while a quiz runs (see the module docstring)."""

    def __init__(self, controller: QuizController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.installed = False
        controller.active_changed.connect(self.set_installed)

    def set_installed(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None or on == self.installed:
            return
        (app.installEventFilter if on else app.removeEventFilter)(self)
        self.installed = on

    def _action(self, event: QKeyEvent):
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return None
        focus = QApplication.focusWidget()
        key = event.key()
        c = self.controller
        if isinstance(focus, QComboBox) and key not in NEXT + PREVIOUS:
            return None  # the list of parts keeps its own keys (arrows, letters, Enter)
        if isinstance(focus, QAbstractButton) and key == Qt.Key.Key_Space:
            return None  # Space presses the focused button, as everywhere
        if key in NEXT:
            return c.next
        if key in PREVIOUS:
            return c.previous
        if key in REVEAL:
            return c.reveal
        if key in OPTIONS:
            return lambda: c.answer_option(OPTIONS[key])
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not self.controller.active:
            return False
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QObject):
            return False
        if not watched.isWidgetType() or watched is not QApplication.focusWidget():
            return False  # each key once: only as the focused widget receives it
        action = self._action(event)
        if action is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes as a KeyPress, not as the window's shortcut
            return True
        action()
        return True
