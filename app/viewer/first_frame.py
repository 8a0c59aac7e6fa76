"""Work that waits for the first frame showing the model: building rarely used panels, warming
caches, configuring OpenGL. Start-up is measured to that frame (``bench``: first_frame_s), so
whatever the first look does not need runs just after it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class FirstFrame(QObject):
    """Watches a render window for its first frame with the model, then runs what waited."""

    def __init__(self, render_window, has_model: Callable[[], bool], parent: QObject) -> None:
        super().__init__(parent)
        self.done = False
        self._waiting: list[Callable[[], object]] = []
        self._has_model = has_model
        self._render_window = render_window
        self._observer = render_window.AddObserver("EndEvent", self._on_frame_end)

    def then(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` after the first frame (on the next event-loop turn if it was drawn)."""
        if self.done:
            QTimer.singleShot(0, self, callback)
        else:
            self._waiting.append(callback)

    def _on_frame_end(self, *_args) -> None:
        if not self.done and self._has_model():
            self.release()

    def release(self) -> None:
        """Run what waited now (also when no model frame will come: a failed load)."""
        if self.done:
            return
        self.done = True
        self._render_window.RemoveObserver(self._observer)
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            QTimer.singleShot(0, self, callback)
