"""Loading the model off the GUI thread: start the build early, hand the result to the window.

The viewer's launch starts the build before importing Qt and VTK, so the model is usually ready
by the time the window is, and the first frame already shows it.
"""

from __future__ import annotations

from concurrent.futures import Future

from PySide6.QtCore import QObject, Signal

from app.i18n import translate


class ModelLoader(QObject):
    """Waits for a model Future off the GUI thread; its signals arrive on the GUI thread."""

    loaded = Signal(object)
    failed = Signal(str)
    progressed = Signal(float, str)  # a cold build's fraction 0..1 and what it is doing

    def watch(self, future: Future) -> None:
        progress = getattr(future, "progress", None)  # a future from prefetch_model has one
        if progress is not None:
            progress.listen(self._progressed)
        future.add_done_callback(self._done)

    def _progressed(self, fraction: float, text: str) -> None:
        try:
            self.progressed.emit(fraction, text)  # queued to the GUI thread
        except RuntimeError:  # the window closed meanwhile and took this object with it
            pass

    def _done(self, future: Future) -> None:
        exc = future.exception()
        try:
            if exc is not None:
                self.failed.emit(
                    translate("ModelLoader", "The model could not be built ({kind}: {why}).").format(
                        kind=type(exc).__name__, why=exc
                    )
                )
            else:
                self.loaded.emit(future.result())
        except RuntimeError:  # the window closed meanwhile and took this object with it
            pass
