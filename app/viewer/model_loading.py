"""Loading the model off the GUI thread: start the build early, hand the result to the window.

The viewer's launch starts the build before importing Qt and VTK, so the model is usually ready
by the time the window is, and the first frame already shows it.
"""

from __future__ import annotations

from concurrent.futures import Future

from PySide6.QtCore import QObject, Signal


class ModelLoader(QObject):
    """Waits for a model Future off the GUI thread; its signals arrive on the GUI thread."""

    loaded = Signal(object)
    failed = Signal(str)

    def watch(self, future: Future) -> None:
        future.add_done_callback(self._done)

    def _done(self, future: Future) -> None:
        exc = future.exception()
        try:
            if exc is not None:
                self.failed.emit(f"The model could not be built ({type(exc).__name__}: {exc}).")
            else:
                self.loaded.emit(future.result())
        except RuntimeError:  # the window closed meanwhile and took this object with it
            pass
